/**
 * The values of a row that joined a churning table (live-spec.ts FieldSpec), as wire text: pure
 * functions of the device's seed, the row and the generator, so nothing is stored per row and
 * the same generator gives the same value in one row (a host's IPAddress and its
 * IPv4Address.1.IPAddress agree).
 */
import type { FieldSpec } from '../../device/profile/live-spec.ts';
import { wireOf } from '../../device/profile/values.ts';
import { between, hash, hashText, unit } from './seeded.ts';

/** The row a value is for: 'Device.Hosts.Host.7.' (the churning table's row, not a sub-row). */
export interface RowContext {
  readonly seed: number;
  readonly rowPath: string;
  /** Device time in ms (for countdowns). */
  readonly now: number;
}

const hex2 = (n: number): string => (n & 0xff).toString(16).toUpperCase().padStart(2, '0');

function ipv4Text(n: number): string {
  return [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff].join('.');
}

/** 'Device.Hosts.Host.7.' → ['Device.Hosts.Host.', 7]. */
function splitRow(rowPath: string): [string, number] {
  const body = rowPath.slice(0, -1);
  const cut = body.lastIndexOf('.');
  return [body.slice(0, cut + 1), Number(body.slice(cut + 1))];
}

/** A generator's own salt: two fields with the same generator in one row get the same value. */
export function generatorSalt(spec: FieldSpec): number {
  return hashText(JSON.stringify(spec));
}

export function generateField(spec: FieldSpec, salt: number, row: RowContext): string {
  const h = hash(row.seed, hashText(row.rowPath), salt);
  switch (spec.kind) {
    case 'literal':
      return wireOf(spec.value);
    case 'pick':
      return wireOf(spec.items[between(h, 0, spec.items.length - 1)]!);
    case 'mac': {
      const r = hash(h, 1);
      const s = hash(h, 2);
      // Without a vendor prefix: a locally administered unicast address, as phones randomize them.
      const prefix =
        spec.prefixes.length > 0
          ? spec.prefixes[between(hash(h, 3), 0, spec.prefixes.length - 1)]!
          : [hex2((r & 0xfc) | 0x02), hex2(r >>> 8), hex2(r >>> 16)].join(':');
      return `${prefix}:${hex2(s)}:${hex2(s >>> 8)}:${hex2(s >>> 16)}`;
    }
    case 'ipv4': {
      // Numbered from the row's instance: rows closer than the pool's size never collide.
      const [table, n] = splitRow(row.rowPath);
      const offset = hash(row.seed, hashText(table), salt) % spec.size;
      return ipv4Text((spec.first + ((n - 1 + offset) % spec.size)) >>> 0);
    }
    case 'hostname': {
      const prefix = spec.prefixes[between(hash(h, 1), 0, spec.prefixes.length - 1)]!;
      return `${prefix}-${(hash(h, 2) & 0xffff).toString(16).padStart(4, '0')}`;
    }
    case 'range':
      return String(between(h, spec.min, spec.max));
    case 'countdown': {
      const phase = unit(h) * spec.period;
      return String(spec.period - 1 - Math.floor((row.now / 1000 + phase) % spec.period));
    }
  }
}
