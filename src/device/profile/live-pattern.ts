/**
 * Paths of the `live:` section: a parameter or table path whose rows are named by number (that
 * row only) or '{i}' (every row), and whose last segment may hold '*' wildcards:
 * 'Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.SignalStrength', 'Device.IP.Interface.1.Stats.Bytes*'.
 */

type Segment =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'glob'; readonly re: RegExp; readonly text: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'row'; readonly n: number };

export interface LivePattern {
  readonly text: string;
  readonly segments: readonly Segment[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const GLOB = /^[A-Za-z0-9_*-]+$/;
const ROW = /^[1-9][0-9]*$/;

/** Parses a pattern ('.'-terminated for objects: the final empty segment is dropped); a string says what is wrong. */
export function parsePattern(text: string, opts: { glob: boolean }): LivePattern | string {
  const body = text.endsWith('.') ? text.slice(0, -1) : text;
  const parts = body.split('.');
  const segments: Segment[] = [];
  for (let i = 0; i < parts.length; i++) {
    const s = parts[i]!;
    if (s === '{i}') segments.push({ kind: 'any' });
    else if (ROW.test(s)) segments.push({ kind: 'row', n: Number(s) });
    else if (NAME.test(s)) segments.push({ kind: 'name', name: s });
    else if (opts.glob && i === parts.length - 1 && s.includes('*') && GLOB.test(s)) {
      const re = new RegExp(`^${s.replace(/-/g, '\\-').replace(/\*/g, '.*')}$`);
      segments.push({ kind: 'glob', re, text: s });
    } else if (s === '') return `${JSON.stringify(text)} has an empty segment`;
    else if (s.includes('*'))
      return `'*' may only stand in the last segment of a parameter path (${JSON.stringify(s)})`;
    else return `${JSON.stringify(s)} is neither a name, a row number nor '{i}'`;
  }
  if (segments[0]?.kind !== 'name') return `${JSON.stringify(text)} must start with the root object's name`;
  return { text, segments };
}

function segmentMatches(seg: Segment, s: string, schema: boolean): boolean {
  switch (seg.kind) {
    case 'name':
      return seg.name === s;
    case 'glob':
      return seg.re.test(s);
    case 'any':
      return schema ? s === '{i}' : ROW.test(s);
    case 'row':
      return schema ? s === '{i}' : s === String(seg.n);
  }
}

function matches(p: LivePattern, path: string, schema: boolean): boolean {
  const parts = (path.endsWith('.') ? path.slice(0, -1) : path).split('.');
  if (parts.length !== p.segments.length) return false;
  for (let i = 0; i < parts.length; i++) if (!segmentMatches(p.segments[i]!, parts[i]!, schema)) return false;
  return true;
}

/** The pattern names items of this schema path ('Device.IP.Interface.{i}.Stats.BytesSent'). */
export function matchesSchemaPath(p: LivePattern, schemaPath: string): boolean {
  return matches(p, schemaPath, true);
}

/** The pattern names this concrete path ('Device.IP.Interface.2.Stats.BytesSent'). */
export function matchesConcretePath(p: LivePattern, concrete: string): boolean {
  return matches(p, concrete, false);
}

/** Some concrete path matches both patterns (the same length, every segment compatible). */
export function patternsOverlap(a: LivePattern, b: LivePattern): boolean {
  if (a.segments.length !== b.segments.length) return false;
  return a.segments.every((x, i) => {
    const y = b.segments[i]!;
    if (x.kind === 'any' || y.kind === 'any')
      return (x.kind === 'any' || x.kind === 'row') && (y.kind === 'any' || y.kind === 'row');
    if (x.kind === 'row' || y.kind === 'row') return x.kind === 'row' && y.kind === 'row' && x.n === y.n;
    if (x.kind === 'name' && y.kind === 'name') return x.name === y.name;
    // A wildcard against a name or another wildcard: assume they meet (callers compare per schema path).
    return true;
  });
}

/**
 * The pattern with every row segment turned into '{i}' and wildcards kept: the schema form of a
 * table pattern ('Device.WiFi.AccessPoint.1.AssociatedDevice.' → '….AccessPoint.{i}.AssociatedDevice.').
 */
export function schemaFormOf(p: LivePattern): string {
  return p.segments.map((s) => (s.kind === 'name' ? s.name : s.kind === 'glob' ? s.text : '{i}')).join('.');
}

/** Row numbers the pattern fixes, per '{i}' of its schema form (undefined: every row). */
export function fixedRows(p: LivePattern): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (const s of p.segments) if (s.kind === 'any' || s.kind === 'row') out.push(s.kind === 'row' ? s.n : undefined);
  return out;
}
