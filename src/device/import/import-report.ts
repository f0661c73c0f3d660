/**
 * What an import did, and its one-screen account: how many paths matched a model, how many
 * values are served typed, what only the vendor layer serves, what conflicts with the model
 * (reported, and served valid), and what was dropped — the largest groups named, the rest
 * counted.
 */
import type { DumpFormat } from './dump.ts';
import type { VersionFit } from './choose-model.ts';
import type { Dropped } from './match-dump.ts';

export type ConflictKind = 'value' | 'type' | 'writable' | 'notification' | 'rows' | 'identity' | 'derived';

export interface Conflict {
  readonly path: string;
  readonly kind: ConflictKind;
  readonly message: string;
}

export interface ImportReport {
  readonly file: string;
  readonly format: DumpFormat;
  /** Entries read from the dump (objects and parameters), after merging split rows. */
  readonly entries: number;
  readonly root: string;
  readonly services: readonly string[];
  readonly overlays: readonly string[];
  readonly fit: readonly VersionFit[];
  /** Dump paths a mounted model defines. */
  readonly matched: number;
  /** Parameters among them whose dump value is served, valid for its BBF type. */
  readonly typed: number;
  /** Dump paths only the vendor layer serves (objects and parameters). */
  readonly vendor: number;
  readonly conflicts: readonly Conflict[];
  /** Entries left out, with why (malformed rows too). */
  readonly dropped: readonly Dropped[];
  /** Parameters every CWMP device has that the dump lacks, added with their defaults. */
  readonly added: readonly string[];
  /** Values that belong to the deployment (ACS URL, credentials), left for the agent's settings. */
  readonly deployment: readonly string[];
  /** Identity fields the dump does not give, filled with placeholders. */
  readonly placeholders: readonly string[];
  /** Rows about the ACS's own records (GenieACS's Events, Tags). */
  readonly acsRows: number;
  readonly declaredProfiles: readonly string[];
}

/**
 * Dropped entries grouped under the topmost dropped object above them (a whole unknown subtree
 * is one line), largest first; malformed rows form one group.
 */
function groups(dropped: readonly Dropped[]): [string, number, string][] {
  const objects = new Set(dropped.filter((d) => d.path.endsWith('.')).map((d) => d.path));
  const by = new Map<string, { n: number; reason: string }>();
  for (const d of dropped) {
    let key = /^(line|entry) /.test(d.path) ? 'malformed rows' : d.path;
    for (let i = d.path.indexOf('.'); i !== -1 && i < d.path.length - 1; i = d.path.indexOf('.', i + 1)) {
      const up = d.path.slice(0, i + 1);
      if (objects.has(up)) {
        key = up;
        break;
      }
    }
    const g = by.get(key) ?? { n: 0, reason: d.reason };
    g.n++;
    by.set(key, g);
  }
  return [...by.entries()].map(([k, g]): [string, number, string] => [k, g.n, g.reason]).sort((a, b) => b[1] - a[1]);
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The report as text, about one screen; `all` lists every conflict and dropped path instead. */
export function formatReport(r: ImportReport, all = false): string {
  const lines: string[] = [];
  lines.push(`imported ${r.file} (${r.format}, ${plural(r.entries, 'entry', 'entries')})`);
  const mounted = [r.root, ...r.services.map((s) => `services: ${s}`), ...r.overlays.map((o) => `overlay: ${o}`)];
  lines.push(`  model       ${mounted.join(', ')}`);
  for (const f of r.fit) lines.push(`  best fit    ${f.model} (${f.basis})`);
  lines.push(`  matched     ${plural(r.matched, 'path')} a model defines`);
  lines.push(`  typed       ${plural(r.typed, 'value')} served as the dump has them, valid for their BBF type`);
  lines.push(`  vendor-only ${plural(r.vendor, 'path')} served by the untyped vendor layer (the dump's xsi:type)`);
  const conflicting = new Set(r.conflicts.map((c) => c.path)).size;
  lines.push(`  conflicting ${plural(conflicting, 'path')} (reported below; each served valid)`);
  lines.push(`  dropped     ${plural(r.dropped.length, 'entry', 'entries')}`);
  if (r.added.length > 0)
    lines.push(`  added       ${plural(r.added.length, 'parameter')} every CWMP device has, which the dump lacks`);
  if (r.deployment.length > 0)
    lines.push(`  left out    ${plural(r.deployment.length, 'value')} of the deployment (ACS URL, credentials)`);
  if (r.declaredProfiles.length > 0) lines.push(`  profiles    ${r.declaredProfiles.join(', ')} (from DeviceSummary)`);
  if (r.placeholders.length > 0) lines.push(`  identity    placeholders for ${r.placeholders.join(', ')}`);
  if (r.acsRows > 0) lines.push(`  skipped     ${plural(r.acsRows, 'row')} of the ACS's own records (Events, Tags)`);
  const show = all ? Infinity : 8;
  if (r.conflicts.length > 0) {
    lines.push('conflicts:');
    for (const c of r.conflicts.slice(0, show)) lines.push(`  ${c.kind.padEnd(12)} ${c.path}: ${c.message}`);
    if (r.conflicts.length > show) lines.push(`  … ${r.conflicts.length - show} more (--verbose lists all)`);
  }
  if (r.dropped.length > 0) {
    lines.push('dropped:');
    if (all) for (const d of r.dropped) lines.push(`  ${d.path}: ${d.reason}`);
    else {
      const g = groups(r.dropped);
      for (const [prefix, n, reason] of g.slice(0, 8)) lines.push(`  ${String(n).padStart(5)}  ${prefix} (${reason})`);
      const rest = g.slice(8).reduce((sum, [, n]) => sum + n, 0);
      lines.push(`  ${rest > 0 ? `… ${rest} more in ${g.length - 8} places; ` : ''}--verbose lists every entry`);
    }
  }
  return lines.join('\n');
}
