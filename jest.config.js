/**
 * Unit and contract tests. Browser tests live in test/e2e and run under Playwright.
 * Jest 29, not 30: jest-resolve 30 needs unrs-resolver, whose platform packages the registry this
 * project installs from does not all serve, so `npm ci` cannot verify a lockfile made with it.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  moduleNameMapper: {
    "^@shared/(.*)$": "<rootDir>/src/shared/$1",
  },
  transform: {
    "^.+\\.(ts|tsx)$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          jsx: "react-jsx",
          esModuleInterop: true,
          isolatedModules: true,
        },
      },
    ],
  },
  // jsdom suites (UI) need the "" condition for msw-style packages; "node" and "require" keep
  // CommonJS builds (e.g. exceljs's uuid) loading in the Node suites.
  testEnvironmentOptions: { customExportConditions: ["", "node", "require", "default"] },
};
