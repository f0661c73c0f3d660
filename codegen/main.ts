import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE, type Invocation } from './args.ts';
import { runDiff } from './emit/diff-command.ts';
import { dumpModels } from './emit/dump.ts';
import { generateAll, staleFiles, writeFiles } from './emit/generate.ts';
import { readManifest } from './emit/manifest.ts';
import { CodegenError } from './errors.ts';
import { SearchPath } from './load/search-path.ts';
import { projectAt } from './project.ts';
import { resolveTopFile } from './resolve/resolve.ts';
import { retarget } from './upgrade/retarget.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');

function main(inv: Invocation): number {
  const project = projectAt(inv.root ?? REPO);
  const searchPath = SearchPath.fromEnvironment(project.schemas);
  const cmd = inv.command;
  switch (cmd.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'generate': {
      const files = generateAll(readManifest(project.manifest), searchPath);
      const n = writeFiles(project.generated, files);
      process.stdout.write(`codegen: ${files.size} files in generated/, ${n} rewritten\n`);
      return 0;
    }
    case 'check': {
      const files = generateAll(readManifest(project.manifest), searchPath);
      const stale = staleFiles(project.generated, files);
      if (stale.length === 0) return 0;
      process.stderr.write(
        `codegen: generated/ is stale; run 'npm run codegen' and commit the result:\n${stale.map((s) => `  ${s}\n`).join('')}`,
      );
      return 1;
    }
    case 'dump':
      process.stdout.write(dumpModels(resolveTopFile(searchPath.findTop(cmd.top), searchPath).models));
      return 0;
    case 'diff':
      process.stdout.write(runDiff(cmd, searchPath, project.profiles));
      return 0;
    case 'retarget': {
      for (const line of retarget(project, searchPath, cmd.output, cmd.top)) process.stdout.write(`codegen: ${line}\n`);
      const files = generateAll(readManifest(project.manifest), searchPath);
      const n = writeFiles(project.generated, files);
      process.stdout.write(`codegen: ${files.size} files in generated/, ${n} rewritten\n`);
      return 0;
    }
  }
}

// `npm run codegen -- --dump … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  process.exitCode = main(parseArgs(process.argv.slice(2)));
} catch (e) {
  if (!(e instanceof CodegenError)) throw e;
  process.stderr.write(`codegen: ${e.message}\n`);
  process.exitCode = 1;
}
