import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { CodegenError } from '../errors.ts';
import type { ResolvedModel } from '../ir/types.ts';

/** The paths a product serves or binds, to narrow an upgrade report to what concerns it. */
export interface PathScope {
  /** What the paths came from, for the report's header. */
  readonly label: string;
  keeps(path: string): boolean;
}

class Paths {
  readonly exact = new Set<string>();
  /** Subtrees: object paths whose whole subtree counts. */
  readonly prefixes = new Set<string>();

  add(path: string, subtree: boolean): void {
    for (const p of alternates(path)) (subtree ? this.prefixes : this.exact).add(p);
  }

  keeps(path: string): boolean {
    if (this.exact.has(path)) return true;
    for (const p of this.prefixes) if (path.startsWith(p)) return true;
    // An object above something served: its removal or deprecation concerns that too.
    if (path.endsWith('.')) {
      for (const p of this.exact) if (p.startsWith(path)) return true;
      for (const p of this.prefixes) if (p.startsWith(path)) return true;
    }
    return false;
  }
}

/**
 * A service model's paths are relative ('STBService.{i}.…'); a profile names them mounted
 * ('Device.Services.STBService.{i}.…'): both forms count.
 */
function alternates(path: string): string[] {
  const m = /^[A-Za-z][A-Za-z0-9_]*\.Services\.(.+)$/.exec(path);
  return m ? [path, m[1]!] : [path];
}

/**
 * Builds the scope from `--paths-from` arguments: a device profile (a YAML/JSON file, or the name
 * of a shipped one such as 'stb') contributes its supported subtrees, parameters and BBF profiles
 * (expanded in both models, with their base and extended profiles); a directory or .ts file
 * contributes the paths its TypeScript binds: the first argument of every handle, set, changed
 * and handleTable call (a table binding counts for the table's whole subtree).
 */
export function pathScope(
  args: readonly string[],
  models: readonly ResolvedModel[],
  profilesDir: string,
): PathScope | undefined {
  if (args.length === 0) return undefined;
  const paths = new Paths();
  const labels: string[] = [];
  for (const arg of args) {
    const shipped = join(profilesDir, `${arg}.yaml`);
    const file = existsSync(arg) ? arg : existsSync(shipped) ? shipped : undefined;
    if (!file)
      throw new CodegenError(
        `--paths-from: '${arg}' is neither a file, a directory nor a shipped profile; give a profile (e.g. src/device/profiles/stb.yaml) or a source directory`,
      );
    if (statSync(file).isDirectory() || file.endsWith('.ts')) {
      const n = bindingsFrom(file, paths);
      labels.push(`${arg} (${n} bindings)`);
    } else {
      profileFrom(file, models, paths);
      labels.push(basename(file));
    }
  }
  return { label: labels.join(', '), keeps: (p) => paths.keeps(p) };
}

function profileFrom(file: string, models: readonly ResolvedModel[], paths: Paths): void {
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new CodegenError(`--paths-from: cannot read profile ${file}: ${(e as Error).message}`);
  }
  const supported = (doc as { supported?: unknown }).supported;
  if (!Array.isArray(supported))
    throw new CodegenError(`--paths-from: ${file} has no 'supported' list; is it a device profile?`);
  for (const entry of supported) {
    if (typeof entry !== 'string') continue;
    if (entry.startsWith('profile:')) {
      for (const m of models) for (const p of bbfProfileItems(m, entry.slice('profile:'.length))) paths.add(p, false);
    } else paths.add(entry, entry.endsWith('.'));
  }
}

/** The item paths of a BBF profile with its base and the profiles it extends. */
function bbfProfileItems(model: ResolvedModel, name: string, seen = new Set<string>()): string[] {
  const p = model.profiles.get(name);
  if (!p || seen.has(name)) return [];
  seen.add(name);
  const own = p.items.filter((i) => i.status !== 'deleted').map((i) => i.path);
  const inherited = [...(p.base !== undefined ? [p.base] : []), ...p.extends].flatMap((b) =>
    bbfProfileItems(model, b, seen),
  );
  return [...own, ...inherited];
}

const METHODS = new Set(['handle', 'set', 'changed', 'handleTable']);
const PATH = /^[A-Za-z][A-Za-z0-9_]*\.(?:[A-Za-z0-9_{}-]+\.)*[A-Za-z0-9_{}-]*$/;

/** Adds the paths bound by the TypeScript under `where`; returns how many bindings it found. */
function bindingsFrom(where: string, paths: Paths): number {
  // ts-morph (TypeScript 6 inside) costs a few hundred ms to load: only for this option.
  const { Project, SyntaxKind } = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  if (statSync(where).isDirectory())
    project.addSourceFilesAtPaths([`${where}/**/*.ts`, `!${where}/**/node_modules/**`]);
  else project.addSourceFileAtPath(where);
  let n = 0;
  for (const sf of project.getSourceFiles()) {
    for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      if (!callee.isKind(SyntaxKind.PropertyAccessExpression) || !METHODS.has(callee.getName())) continue;
      const first = call.getArguments()[0];
      if (!first || !(first.isKind(SyntaxKind.StringLiteral) || first.isKind(SyntaxKind.NoSubstitutionTemplateLiteral)))
        continue;
      const path = first.getLiteralText();
      if (!PATH.test(path)) continue;
      paths.add(path, callee.getName() === 'handleTable' || path.endsWith('.'));
      n++;
    }
  }
  return n;
}
