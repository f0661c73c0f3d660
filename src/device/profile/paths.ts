/**
 * Path helpers for profiles. Schema paths write instances as '{i}', concrete paths as numbers;
 * a profile's `instances` keys are concrete table paths without the final '{i}.'.
 */
import { parentOf } from '../../datamodel/paths.ts';
import { containerPath } from '../../datamodel/schema-index.ts';

const NUMBER = /^[0-9]+$/;

/** 'Device.IP.Interface.2.Name' → 'Device.IP.Interface.{i}.Name' (numeric segments become '{i}'). */
export function toSchemaPath(path: string): string {
  return path
    .split('.')
    .map((s) => (NUMBER.test(s) ? '{i}' : s))
    .join('.');
}

export function hasInstanceNumber(path: string): boolean {
  return path.split('.').some((s) => NUMBER.test(s));
}

/** Every object above an item, nearest first: a table's container, not its '{i}'-less name. */
export function ancestorsOf(path: string): string[] {
  const out: string[] = [];
  let p = path.endsWith('.') ? containerPath(path) : parentOf(path);
  while (p !== '') {
    out.push(p);
    p = containerPath(p);
  }
  return out;
}

/**
 * Each row prefix a concrete path goes through, with the table key that must list it:
 * 'Device.IP.Interface.1.IPv4Address.2.X' → [{ table: 'Device.IP.Interface.', n: 1 },
 * { table: 'Device.IP.Interface.1.IPv4Address.', n: 2 }].
 */
export function rowsOf(concrete: string): { table: string; n: number }[] {
  const segs = concrete.split('.');
  const out: { table: string; n: number }[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (NUMBER.test(s)) out.push({ table: `${segs.slice(0, i).join('.')}.`, n: Number(s) });
  }
  return out;
}

/**
 * Every concrete path of a schema path given the rows in `instances`:
 * 'Device.IP.Interface.{i}.Name' with { 'Device.IP.Interface.': [1, 2] } → '….1.Name', '….2.Name'.
 */
export function concretePaths(schemaPath: string, instances: Readonly<Record<string, readonly number[]>>): string[] {
  const parts = schemaPath.split('{i}');
  let prefixes = [''];
  for (let k = 0; k < parts.length - 1; k++) {
    const next: string[] = [];
    for (const p of prefixes) {
      const table = p + parts[k]!;
      for (const n of Object.hasOwn(instances, table) ? instances[table]! : []) next.push(table + n);
    }
    prefixes = next;
  }
  const tail = parts[parts.length - 1]!;
  return prefixes.map((p) => p + tail);
}
