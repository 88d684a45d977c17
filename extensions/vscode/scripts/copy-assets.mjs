// Copies what the extension ships besides its own bundle into dist/: the language server (dist/server.js of
// @qualcat/language-server, self-contained) and the JSON Schemas (from @qualcat/sdk) that jsonValidation points at.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

const serverPackage = packageDir('@qualcat/language-server');
const serverDist = join(serverPackage, 'dist');
if (!existsSync(join(serverDist, 'server.js'))) {
  console.error(`copy-assets: ${join(serverDist, 'server.js')} is missing; build @qualcat/language-server first (turbo does: pnpm build)`);
  process.exit(1);
}
const target = join(root, 'dist', 'server');
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
// server.js is self-contained (the language server's build bundles everything into it); its map helps debugging
// from a checkout and is left out of the .vsix.
for (const file of ['server.js', 'server.js.map']) if (existsSync(join(serverDist, file))) cpSync(join(serverDist, file), join(target, file));
// The extension's package.json has no "type" (VS Code loads the extension as CommonJS); the server keeps its own.
const { type = 'commonjs' } = JSON.parse(readFileSync(join(serverPackage, 'package.json'), 'utf8'));
writeFileSync(join(target, 'package.json'), `${JSON.stringify({ name: 'qualcat-language-server-bundle', private: true, type }, null, 2)}\n`);

const schemas = join(packageDir('@qualcat/sdk'), 'schemas');
const schemaTarget = join(root, 'dist', 'schemas');
rmSync(schemaTarget, { recursive: true, force: true });
mkdirSync(schemaTarget, { recursive: true });
const copied = readdirSync(schemas).filter((f) => f.endsWith('.schema.json'));
for (const file of copied) cpSync(join(schemas, file), join(schemaTarget, file));
console.log(`copy-assets: server from ${serverDist}, ${copied.length} schemas`);
