import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDiff } from './emit/diff-command.ts';
import { dumpModels } from './emit/dump.ts';
import { generateAll, staleFiles, writeFiles } from './emit/generate.ts';
import { readManifest } from './emit/manifest.ts';
import { CodegenError } from './errors.ts';
import { SearchPath } from './load/search-path.ts';
import { resolveTopFile } from './resolve/resolve.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMAS = join(ROOT, 'schemas');
const GENERATED = join(ROOT, 'generated');

const USAGE = 'usage: npm run codegen [-- --check | --dump TOP.xml | --diff OLD-TOP.xml NEW-TOP.xml [--json]]';

function main(argv: string[]): number {
  const searchPath = SearchPath.fromEnvironment(SCHEMAS);
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case undefined:
    case '--check': {
      const files = generateAll(readManifest(join(SCHEMAS, 'manifest.json')), searchPath);
      if (cmd === '--check') {
        const stale = staleFiles(GENERATED, files);
        if (stale.length === 0) return 0;
        process.stderr.write(
          `codegen: generated/ is stale; run 'npm run codegen' and commit the result:\n${stale.map((s) => `  ${s}\n`).join('')}`,
        );
        return 1;
      }
      const n = writeFiles(GENERATED, files);
      process.stdout.write(`codegen: ${files.size} files in generated/, ${n} rewritten\n`);
      return 0;
    }
    case '--dump': {
      const top = rest[0];
      if (!top || rest.length > 1)
        throw new CodegenError(`--dump takes one top file, e.g. --dump tr-181-2-19-1-cwmp.xml\n${USAGE}`);
      process.stdout.write(dumpModels(resolveTopFile(searchPath.findTop(top), searchPath).models));
      return 0;
    }
    case '--diff': {
      const json = rest.includes('--json');
      const tops = rest.filter((a) => a !== '--json');
      if (tops.length !== 2)
        throw new CodegenError(
          `--diff takes two top files, e.g. --diff tr-181-2-17-0-cwmp.xml tr-181-2-19-1-cwmp.xml\n${USAGE}`,
        );
      process.stdout.write(runDiff(tops[0]!, tops[1]!, searchPath, json));
      return 0;
    }
    default:
      throw new CodegenError(`unknown arguments '${argv.join(' ')}'\n${USAGE}`);
  }
}

// `npm run codegen -- --dump … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof CodegenError)) throw e;
  process.stderr.write(`codegen: ${e.message}\n`);
  process.exitCode = 1;
}
