/**
 * The on-disk form of one document:
 *   {"format":"tr069-agent","name":…,"version":…,"sha256":…,"payload":…}
 * The format marker and name catch a foreign or misplaced file; the sha256 of the canonical
 * payload JSON catches a torn write or a flipped bit that still happens to parse.
 */
import { createHash } from 'node:crypto';
import { TextDecoder } from 'node:util';

export const FORMAT = 'tr069-agent';

export type Decoded =
  | { readonly ok: true; readonly version: number; readonly payload: unknown }
  | { readonly ok: false; readonly reason: string };

/**
 * JSON with object keys sorted and no whitespace, so equal data always hashes the same however
 * it was formatted. Accepts plain JSON data only (what JSON.parse returns).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`not a JSON number: ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    // Built as text, not as a new object: an own "__proto__" key from JSON.parse stays a key.
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  throw new TypeError(`not JSON data: ${typeof value}`);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The file bytes for `payload`, which must be plain JSON data. Compact: flash space is scarce. */
export function encodeEnvelope(name: string, version: number, payload: unknown): Uint8Array {
  const body = canonicalJson(payload);
  const head = `{"format":${JSON.stringify(FORMAT)},"name":${JSON.stringify(name)},"version":${version}`;
  return Buffer.from(`${head},"sha256":"${sha256Hex(body)}","payload":${body}}\n`, 'utf8');
}

// fatal: bytes that are not UTF-8 are damage, not text to patch with U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Checks a file's bytes; `reason` says in a few words what is wrong. */
export function decodeEnvelope(bytes: Uint8Array, name: string): Decoded {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `not valid JSON, perhaps truncated (${detail})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false, reason: 'not a JSON object' };
  const env: Record<string, unknown> = { ...parsed };
  if (env['format'] !== FORMAT) return { ok: false, reason: `no "format": "${FORMAT}" marker` };
  if (env['name'] !== name)
    return { ok: false, reason: `holds document ${JSON.stringify(env['name'])}, not "${name}"` };
  const version = env['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { ok: false, reason: `bad schema version ${JSON.stringify(version)}` };
  }
  if (!('payload' in env)) return { ok: false, reason: 'no payload' };
  let digest: string;
  try {
    digest = sha256Hex(canonicalJson(env['payload']));
  } catch (error) {
    return {
      ok: false,
      reason: `payload is not JSON data (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (env['sha256'] !== digest) return { ok: false, reason: 'sha256 mismatch: payload torn or altered' };
  return { ok: true, version, payload: env['payload'] };
}
