import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CodegenError } from '../errors.ts';
import { candidateMatches, compareVersions, parseFileName, parseSpec } from './file-name.ts';

export const BBF_PUBLISHED_AT = 'https://cwmp-data-models.broadband-forum.org/';

/** Directories searched for BBF files, in order: schemas/ first, then each $BBF_SCHEMA_PATH entry. */
export class SearchPath {
  readonly dirs: string[];
  private listings = new Map<string, string[]>();

  constructor(dirs: string[]) {
    this.dirs = dirs.map((d) => resolve(d)).filter((d, i, all) => all.indexOf(d) === i);
  }

  static fromEnvironment(schemasDir: string, env: NodeJS.ProcessEnv = process.env): SearchPath {
    const extra = (env['BBF_SCHEMA_PATH'] ?? '').split(':').filter((d) => d !== '');
    return new SearchPath([schemasDir, ...extra]);
  }

  private list(dir: string): string[] {
    let names = this.listings.get(dir);
    if (!names) {
      names = existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).sort() : [];
      this.listings.set(dir, names);
    }
    return names;
  }

  /** Finds a top-level file given on the command line: a path, or a name on the search path. */
  findTop(file: string): string {
    if (existsSync(file) && statSync(file).isFile()) return resolve(file);
    for (const dir of this.dirs) {
      const p = join(dir, file);
      if (existsSync(p) && statSync(p).isFile()) return p;
    }
    throw new CodegenError(
      `cannot find '${file}'; searched ${this.dirs.join(', ') || '(no directories)'}. ` +
        `Set BBF_SCHEMA_PATH to the folder holding the BBF XML (published at ${BBF_PUBLISHED_AT}).`,
    );
  }

  /**
   * Resolves an import by BBF's rules: an exact file name wins; otherwise an unversioned name maps
   * to the highest issue/amendment/corrigendum whose numbers agree with the import's spec.
   */
  findImport(file: string, spec: string, importer: string): string {
    const dirs = [dirname(importer), ...this.dirs.filter((d) => d !== dirname(importer))];
    for (const dir of dirs) {
      if (this.list(dir).includes(file)) return join(dir, file);
    }
    const wanted = parseFileName(file);
    if (wanted) {
      const specName = parseSpec(spec);
      let best: { path: string; versions: number[] } | undefined;
      for (const dir of dirs) {
        for (const name of this.list(dir)) {
          const cand = parseFileName(name);
          if (!cand || !candidateMatches(wanted, specName, cand)) continue;
          if (!best || compareVersions(cand.versions, best.versions) > 0)
            best = { path: join(dir, name), versions: cand.versions };
        }
      }
      if (best) return best.path;
    }
    throw new CodegenError(
      `cannot find import '${file}' (spec ${spec}) needed by ${importer}; searched ${dirs.join(', ')}. ` +
        `The Broadband Forum publishes its data-model files at ${BBF_PUBLISHED_AT}: put the file in one of ` +
        `these directories or point BBF_SCHEMA_PATH at a folder that has it.`,
    );
  }
}
