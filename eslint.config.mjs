// ESLint flat config read by `office-addin-lint check` (npm run lint), which lints src/**.
// Base: Microsoft's eslint-plugin-office-addins "react" preset (eslint recommended, prettier,
// the Office.js rules such as load-before-read and no-sync-in-loop, and eslint-plugin-react).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

const SOURCE_FILES = ["**/*.{js,mjs,cjs,jsx,ts,cts,mts,tsx}"];

// The preset's TypeScript block lists .ts but not .tsx; widen it so components get the
// TypeScript parser and the Office.js rules too.
const preset = officeAddins.configs.react.map((block) =>
  block.files ? { ...block, files: SOURCE_FILES } : block
);

export default [
  { ignores: ["dist/**", "lib/**", "coverage/**", "node_modules/**"] },
  ...preset,
  {
    files: SOURCE_FILES,
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      globals: { ...globals.browser },
    },
    settings: { react: { version: "detect" } },
    rules: {
      // React 17+ JSX transform (tsconfig "jsx": "react-jsx"): no React import needed.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
    },
  },
  {
    // Build and helper scripts run in Node as CommonJS (webpack.config.js, scripts/).
    files: ["*.js", "*.cjs", "scripts/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    files: ["*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // TypeScript already resolves every name (including the Office and Excel globals);
    // core no-undef does not understand types and only produces false alarms here.
    files: ["**/*.{ts,cts,mts,tsx}"],
    rules: { "no-undef": "off" },
  },
];
