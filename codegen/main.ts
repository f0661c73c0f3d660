import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dumpModels } from './emit/dump.ts';
import { CodegenError } from './errors.ts';
import { SearchPath } from './load/search-path.ts';
import { resolveTopFile } from './resolve/resolve.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function main(argv: string[]): number {
  const searchPath = SearchPath.fromEnvironment(join(ROOT, 'schemas'));
  if (argv[0] === '--dump') {
    const top = argv[1];
    if (!top) throw new CodegenError('--dump needs a top file, e.g. --dump tr-181-2-19-1-cwmp.xml');
    const result = resolveTopFile(searchPath.findTop(top), searchPath);
    process.stdout.write(dumpModels(result.models));
    return 0;
  }
  throw new CodegenError(`unknown arguments '${argv.join(' ')}'; use --dump FILE, --diff OLD NEW, --check or no arguments`);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof CodegenError) {
    process.stderr.write(`codegen: ${e.message}\n`);
    process.exitCode = 1;
  } else throw e;
}
