/** A problem found while checking a profile, located by its key path in the parsed document. */
export interface Issue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type Report = (path: readonly (string | number)[], message: string) => void;

/** ['supported', 3] → 'supported[3]'; ['values', 'Device.X'] → 'values.Device.X'. */
export function formatKey(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out;
}

/** Quotes a path or value for a message. */
export function q(text: string): string {
  return `'${text}'`;
}
