// Lets child processes in tests run the TypeScript sources directly (`node -r ./tests/helpers/ts-register.js
// src/main.ts`), compiled on the fly by @swc/core with the same options as jest (decorator metadata on).
const fs = require("node:fs");
const swc = require("@swc/core");

require.extensions[".ts"] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, "utf8"), {
    filename,
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: "es2022",
    },
    module: { type: "commonjs" },
    sourceMaps: false,
  });
  module._compile(code, filename);
};
