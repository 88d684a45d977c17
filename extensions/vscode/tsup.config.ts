import { defineConfig } from 'tsup';

// VS Code loads extensions as CommonJS: one file, `vscode` provided by the host, everything else bundled
// (vsce packages with --no-dependencies, so nothing may be left in node_modules). The extension has no runtime
// dependencies: tsup bundles devDependencies such as vscode-languageclient and what they import.
export default defineConfig({
  entry: { extension: 'src/extension.ts' },
  format: ['cjs'],
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  sourcemap: true,
  clean: true,
  dts: false,
});
