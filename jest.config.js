/** Jest runs the TypeScript sources through ts-jest as CommonJS; type errors are caught by `npm run typecheck`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx" } },
    ],
  },
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/test/support/closingLineReporter.js"],
};
