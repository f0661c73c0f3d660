// `npm run build`: the agent as a few plain-JavaScript files in dist/ for a device or a container.
// One esbuild bundle (split so each generated model stays its own chunk, loaded only when a
// profile mounts it), and the built-in profiles compiled from YAML to JSON so a start needs no
// YAML parser. Measured effect on start-up and memory: BENCHMARKS.md (session suite).
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { BUILTIN_PROFILES } from '../src/device/profile/load.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(REPO, 'dist');

rmSync(DIST, { recursive: true, force: true });
await build({
  entryPoints: { main: join(REPO, 'src', 'cli', 'main.ts') },
  outdir: DIST,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded lazily, only when XMPP connection requests are configured.
  external: ['@xmpp/client'],
  // Bundled CommonJS dependencies (undici) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // Whitespace and syntax only: names stay readable in stack traces and logs; the smaller source
  // is what V8 keeps in memory for every loaded chunk.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
mkdirSync(join(DIST, 'profiles'), { recursive: true });
for (const name of BUILTIN_PROFILES) {
  const data: unknown = parse(readFileSync(join(REPO, 'src', 'device', 'profiles', `${name}.yaml`), 'utf8'));
  writeFileSync(join(DIST, 'profiles', `${name}.json`), JSON.stringify(data));
}
writeFileSync(join(DIST, 'cli.js'), "#!/usr/bin/env node\nimport './main.js';\n");
chmodSync(join(DIST, 'cli.js'), 0o755);
process.stdout.write(`build: ${DIST}\n`);
