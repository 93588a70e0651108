/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  setupFiles: ["reflect-metadata"],
  // A hang guard, not a speed check: integration files store their fixtures in beforeAll, which on
  // PostgreSQL (a round trip per statement) under a loaded CI machine can take more than jest's 5 s.
  testTimeout: 30_000,
  globalSetup: "<rootDir>/tests/helpers/global-setup.ts",
  globalTeardown: "<rootDir>/tests/helpers/global-teardown.ts",
  // jose 6 ships ES modules only (Node 20 loads them through require; jest does not): compile it to CommonJS.
  transformIgnorePatterns: ["/node_modules/(?!jose/)"],
  transform: {
    "/node_modules/jose/.+\\.js$": ["@swc/jest", { jsc: { target: "es2022" }, module: { type: "commonjs" } }],
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
};
