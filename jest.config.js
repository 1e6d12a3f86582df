/** Unit and contract tests. Browser tests live in test/e2e and run under Playwright. */
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
        isolatedModules: true,
        tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true },
      },
    ],
  },
  testEnvironmentOptions: { customExportConditions: [""] },
};
