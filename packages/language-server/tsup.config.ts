import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The language service, for embedding: dependencies stay dependencies.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    // The schemas are inlined: an external JSON import would need an import attribute esbuild does not keep.
    noExternal: [/^@qualcat\/sdk\/schemas\//],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
  },
  {
    // The server, self-contained: the editor extension ships this one file.
    entry: { server: 'src/server.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal: [/.*/],
    // One file: modules the SDK imports on demand (ajv's compiler) are inlined, not split into chunks beside it.
    splitting: false,
    // CommonJS inside the ESM bundle (vscode-languageserver, ajv) requires Node built-ins.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __qualcatCreateRequire } from 'node:module';\nconst require = __qualcatCreateRequire(import.meta.url);" },
  },
]);
