import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

const tsPlugin = officeAddins.configs.react.find((c) => c.plugins?.["@typescript-eslint"]).plugins[
  "@typescript-eslint"
];

export default [
  {
    ignores: ["node_modules/", "dist/", "lib/", "build/", "coverage/", "bench/results.json", "test/corpus/"],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    // office-addins registers @typescript-eslint for .ts files only; .tsx files need the same
    // plugin instance (a second copy would be a "Cannot redefine plugin" error) for the rules below.
    plugins: { "@typescript-eslint": tsPlugin },
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly" },
    },
    rules: {
      "no-undef": "off",
      "no-redeclare": "off",
      // The core rule misreads TypeScript (parameter names in function types); the TS rule below replaces it.
      "no-unused-vars": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-new-func": "error",
      "no-implied-eval": "error",
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node },
    },
  },
  {
    files: ["**/*.cjs", "jest.config.js", "webpack.config.js", "bin/*.js"],
    languageOptions: { sourceType: "commonjs" },
  },
];
