/**
 * Per-device strings of a fleet from one template: `{n}` is the device number (1-based, across
 * all shards), `{n:06}` zero-pads it to 6 digits, `{n:x}` / `{n:06x}` writes it in hex (upper
 * case, as OUIs and MAC-derived serials are). Anything else is literal text.
 */
export type DeviceTemplate = (n: number) => string;

const FIELD = /\{n(?::(0?)([0-9]*)(x?))?\}/g;

export function parseDeviceTemplate(template: string, option: string, unique = false): DeviceTemplate {
  const stray = template.replace(FIELD, '').match(/[{}]/);
  if (stray)
    throw new Error(
      `--${option} '${template}': unexpected '${stray[0]}'; use {n}, {n:06} or {n:06x} for the device number`,
    );
  if (unique && !template.match(FIELD))
    throw new Error(`--${option} '${template}' gives every device the same value; put {n} in it, e.g. 'STB-{n:06}'`);
  const parts: (string | ((n: number) => string))[] = [];
  let last = 0;
  for (const m of template.matchAll(FIELD)) {
    parts.push(template.slice(last, m.index));
    const width = Number(m[2] || 0);
    const pad = m[1] === '0' ? '0' : ' ';
    const hex = m[3] === 'x';
    parts.push((n) => (hex ? n.toString(16).toUpperCase() : String(n)).padStart(width, pad));
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return (n) => parts.map((p) => (typeof p === 'string' ? p : p(n))).join('');
}

/** The devices one shard runs: shard i of n takes the i-th of n near-equal consecutive ranges. */
export interface Shard {
  index: number;
  of: number;
}

export function parseShard(text: string): Shard {
  const m = /^([0-9]+)\/([0-9]+)$/.exec(text);
  const index = Number(m?.[1]);
  const of = Number(m?.[2]);
  if (!m || of < 1 || index >= of)
    throw new Error(`--shard '${text}' is not i/n with 0 <= i < n; e.g. --shard 0/4 for the first of four shards`);
  return { index, of };
}

/** Device numbers [first, last] (1-based, inclusive) of a shard of a fleet of `count`. */
export function shardRange(count: number, shard: Shard): { first: number; last: number } {
  const start = Math.floor((count * shard.index) / shard.of);
  const end = Math.floor((count * (shard.index + 1)) / shard.of);
  return { first: start + 1, last: end };
}
