/**
 * BBF file and spec naming (TR-106 Annex/BBF "dm" conventions): tr-NNN-i-a-c[-label].xml, where
 * trailing version numbers may be left out in an import to mean "the latest".
 */
export interface BbfName {
  doc: string; // e.g. "tr-181"
  versions: number[]; // issue, amendment, corrigendum; as many as were given
  label?: string; // e.g. "cwmp", "common", "wifi-cwmp"
}

const NAME = /^([a-z]+-\d+)((?:-\d+){0,3})(?:-([a-z][a-z0-9_-]*))?$/i;

export function parseBbfName(stem: string): BbfName | undefined {
  const m = NAME.exec(stem);
  if (!m) return undefined;
  const versions = m[2] ? m[2].slice(1).split('-').map(Number) : [];
  const name: BbfName = { doc: m[1]!.replace(/^wt-/, 'tr-'), versions };
  if (m[3] !== undefined) name.label = m[3];
  return name;
}

export function parseFileName(file: string): BbfName | undefined {
  if (!file.endsWith('.xml')) return undefined;
  return parseBbfName(file.slice(0, -4));
}

/** "urn:broadband-forum-org:tr-181-2-19-common" → its name part. */
export function parseSpec(spec: string): BbfName | undefined {
  const last = spec.slice(spec.lastIndexOf(':') + 1);
  return parseBbfName(last);
}

/**
 * Whether a concrete file name can satisfy an import: same document and label, and every version
 * number fixed by the import's file name or, failing that, by its spec (labels ignored) agrees.
 */
export function candidateMatches(wanted: BbfName, spec: BbfName | undefined, candidate: BbfName): boolean {
  if (candidate.doc !== wanted.doc || candidate.label !== wanted.label) return false;
  if (candidate.versions.length < 3) return false;
  for (let i = 0; i < 3; i++) {
    const fixed = wanted.versions[i] ?? (spec && spec.doc === wanted.doc ? spec.versions[i] : undefined);
    if (fixed !== undefined && candidate.versions[i] !== fixed) return false;
  }
  return true;
}

export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
