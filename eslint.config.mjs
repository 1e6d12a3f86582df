// ESLint flat config. The domain core (src/shared/{deadlines,recognise,cases,drafting}) is pure:
// no UI, host SDK, network client or Node built-in imports, and no reading of the clock.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";

const pureFolders = [
  "src/shared/deadlines/**",
  "src/shared/recognise/**",
  "src/shared/cases/**",
  "src/shared/drafting/**",
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      "coverage/**",
      "test-results/**",
      "playwright-report/**",
      ".test-results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        URL: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: pureFolders,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "react",
                "react-dom",
                "@fluentui/*",
                "@microsoft/office-js",
                "@microsoft/teams-js",
                "@azure/msal-browser",
                "@microsoft/microsoft-graph-client",
                "node:*",
                "fs",
                "path",
                "http",
                "https",
                "**/platform/**",
                "**/ui/**",
                "**/register/**",
              ],
              message: "The domain core is pure: no UI, host, network or Node imports.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: "The domain core does no I/O." },
        { name: "window", message: "The domain core does not touch the DOM." },
        { name: "document", message: "The domain core does not touch the DOM." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The core never reads the clock: pass 'today' in.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "The core never reads the clock: pass 'today' in.",
        },
      ],
    },
  },
  prettier,
);
