// `npm run build`: the agent as a few plain-JavaScript files in dist/ for a device or a container.
// One esbuild bundle (split so each generated model stays its own chunk, loaded only when a
// profile mounts it), and the built-in profiles compiled from YAML to JSON so a start needs no
// YAML parser. Measured effect on start-up and memory: BENCHMARKS.md (session suite).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { BUILTIN_PROFILES } from '../src/device/profile/load.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(REPO, 'dist');

rmSync(DIST, { recursive: true, force: true });
// Entry points: the command, the library (`tr069-agent`) and each generated model
// (`tr069-agent/models/<output>`), as the exports map in package.json names them.
const models = readdirSync(join(REPO, 'generated'), { withFileTypes: true }).filter((d) => d.isDirectory());
const result = await build({
  metafile: true,
  entryPoints: {
    main: join(REPO, 'src', 'cli', 'main.ts'),
    index: join(REPO, 'src', 'index.ts'),
    ...Object.fromEntries(models.map((d) => [`models/${d.name}`, join(REPO, 'generated', d.name, 'index.ts')])),
  },
  outdir: DIST,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded lazily, only when XMPP connection requests are configured.
  external: ['@xmpp/client'],
  // Bundled CommonJS dependencies (stun, yaml) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // Whitespace and syntax only: names stay readable in stack traces and logs; the smaller source
  // is what V8 keeps in memory for every loaded chunk.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
// Each model's facts are JSON its module reads beside itself at run time (src/schema/model-file.ts):
// copy the file next to every output chunk that holds that module.
for (const [out, meta] of Object.entries(result.metafile.outputs)) {
  for (const d of models) {
    if (meta.inputs[`generated/${d.name}/index.ts`] === undefined) continue;
    copyFileSync(join(REPO, 'generated', d.name, `${d.name}.json`), join(REPO, dirname(out), `${d.name}.json`));
  }
}
mkdirSync(join(DIST, 'profiles'), { recursive: true });
for (const name of BUILTIN_PROFILES) {
  const data: unknown = parse(readFileSync(join(REPO, 'src', 'device', 'profiles', `${name}.yaml`), 'utf8'));
  writeFileSync(join(DIST, 'profiles', `${name}.json`), JSON.stringify(data));
}
writeFileSync(join(DIST, 'cli.js'), "#!/usr/bin/env node\nimport './main.js';\n");
// Type declarations for the exports map (dist/types), from the TypeScript compiler the project pins.
const tsc = spawnSync(
  process.execPath,
  [join(REPO, 'node_modules', '@typescript', 'native', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: REPO,
    stdio: 'inherit',
  },
);
if (tsc.status !== 0) throw new Error('build: declaration emit failed (tsc -p tsconfig.build.json)');
// tsc copies no hand-written .d.ts: our typings of two untyped dependencies (stun, @xmpp/client),
// which the declarations of the agent's internals reach. The entry declaration references them.
const AMBIENT = ['stun.d.ts', 'xmpp.d.ts'];
for (const f of AMBIENT) copyFileSync(join(REPO, 'src', 'nat', f), join(DIST, 'types', 'src', 'nat', f));
const entry = join(DIST, 'types', 'src', 'index.d.ts');
writeFileSync(
  entry,
  AMBIENT.map((f) => `/// <reference path="./nat/${f}" />\n`).join('') + readFileSync(entry, 'utf8'),
);
chmodSync(join(DIST, 'cli.js'), 0o755);
process.stdout.write(`build: ${DIST}\n`);
