/**
 * Cheap checks run before any XML parser sees ACS input: size, DTDs and entities (no
 * expansion attacks), stray processing instructions, UTF-8 validity and nesting depth.
 */
export type GuardFailure = { reason: 'too-large' | 'too-deep' | 'dtd' | 'malformed'; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function guard(
  input: string | Uint8Array,
  maxBytes: number,
  maxDepth: number,
): { ok: true; text: string } | ({ ok: false } & GuardFailure) {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > maxBytes)
    return { ok: false, reason: 'too-large', message: `message of ${size} bytes exceeds the limit of ${maxBytes}` };
  let text: string;
  try {
    text = typeof input === 'string' ? input : decoder.decode(input);
  } catch {
    return { ok: false, reason: 'malformed', message: 'message is not valid UTF-8' };
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    return { ok: false, reason: 'dtd', message: 'DTDs and entity declarations are not accepted' };
  const pi = /<\?([A-Za-z_][\w.-]*)/g;
  for (let m = pi.exec(text); m; m = pi.exec(text)) {
    if (m[1]!.toLowerCase() !== 'xml' || m.index !== text.search(/\S/))
      return { ok: false, reason: 'dtd', message: 'processing instructions are not accepted' };
  }
  let depth = 0;
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c === 0x2f /* / */) depth--;
    else if (c !== 0x3f /* ? */ && c !== 0x21 /* ! */) {
      const end = text.indexOf('>', i);
      if (end === -1) return { ok: false, reason: 'malformed', message: 'unterminated tag' };
      if (text.charCodeAt(end - 1) !== 0x2f) depth++;
      if (depth > maxDepth) return { ok: false, reason: 'too-deep', message: `elements nest deeper than ${maxDepth}` };
    }
  }
  return { ok: true, text };
}
