/**
 * Path helpers. A schema path writes table instances as '{i}' ('Device.IP.Interface.{i}.Name');
 * a concrete path uses instance numbers ('Device.IP.Interface.2.Name'). Object paths end in '.'.
 */

const INSTANCE = /^[1-9][0-9]*$/;

export function isObjectPath(path: string): boolean {
  return path.endsWith('.');
}

/**
 * Answers by concrete path, shared by every tree of the process: a fleet's devices resolve the
 * same paths in every session, and a lookup costs a fraction of the split and the tests. Emptied
 * when full, so a walk over many rows cannot grow it without bound.
 */
const SCHEMA_PATHS = new Map<string, string | undefined>();
const SCHEMA_PATHS_MAX = 50_000;

/** 'Device.IP.Interface.2.Name' → 'Device.IP.Interface.{i}.Name'; undefined if malformed. */
export function schemaPathOf(concrete: string): string | undefined {
  const known = SCHEMA_PATHS.get(concrete);
  if (known !== undefined || SCHEMA_PATHS.has(concrete)) return known;
  const found = schemaPathOfUncached(concrete);
  if (SCHEMA_PATHS.size >= SCHEMA_PATHS_MAX) SCHEMA_PATHS.clear();
  SCHEMA_PATHS.set(concrete, found);
  return found;
}

function schemaPathOfUncached(concrete: string): string | undefined {
  const segs = concrete.split('.');
  const last = segs.length - 1;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (s === '') {
      if (i !== last) return undefined; // empty segment inside the path
      continue;
    }
    if (INSTANCE.test(s)) segs[i] = '{i}';
    else if (s === '{i}' || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(s)) return undefined;
  }
  return segs.join('.');
}

/** The instance numbers in a concrete path, outermost first. */
export function instancesOf(concrete: string): number[] {
  const out: number[] = [];
  for (const s of concrete.split('.')) if (INSTANCE.test(s)) out.push(Number(s));
  return out;
}

/** Fills a schema path's '{i}' placeholders with instance numbers, outermost first. */
export function fillInstances(schemaPath: string, instances: readonly number[]): string {
  let k = 0;
  return schemaPath.replace(/\{i\}/g, () => String(instances[k++]));
}

/** The parent object of a concrete or schema path ('' above the root). */
export function parentOf(path: string): string {
  const trimmed = path.endsWith('.') ? path.slice(0, -1) : path;
  const i = trimmed.lastIndexOf('.');
  return i === -1 ? '' : trimmed.slice(0, i + 1);
}

/** The last segment of a path, without the trailing dot. */
export function leafName(path: string): string {
  const trimmed = path.endsWith('.') ? path.slice(0, -1) : path;
  return trimmed.slice(trimmed.lastIndexOf('.') + 1);
}
