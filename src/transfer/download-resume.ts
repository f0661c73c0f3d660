/**
 * Resuming a download that the network cut short (RFC 9110 14: Range and If-Range): a firmware
 * image that breaks off at 90 % on a flaky access line continues from the byte it reached instead
 * of costing the ACS a 9017 and the whole image again. Only when the server says it serves byte
 * ranges and names the file's version (a strong ETag or Last-Modified), so that a file replaced
 * meanwhile is sent whole instead of being stitched from two versions.
 */
import type { DownloadReply } from './download-connection.ts';
import { IncompleteResponseError, type ResponseHeaders } from '../transport/http-response-parser.ts';

export interface ResumePoint {
  /** The If-Range value: the strong ETag, or else Last-Modified. */
  validator: string;
  /** The whole file's length. */
  total: number;
}

/** Failures in the middle of a body that a new request can pick up after. */
const CUT_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED']);

function field(headers: ResponseHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** How `res` (a 200 with its whole file) could be resumed, or undefined when the server does not allow it. */
export function resumePoint(res: DownloadReply): ResumePoint | undefined {
  if (res.length === undefined) return undefined;
  const ranges = (field(res.headers, 'accept-ranges') ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim());
  if (!ranges.includes('bytes')) return undefined;
  const etag = field(res.headers, 'etag');
  // RFC 9110 13.1.5: If-Range needs a strong validator; a weak ETag cannot vouch for byte equality.
  const validator = etag !== undefined && !etag.startsWith('W/') ? etag : field(res.headers, 'last-modified');
  return validator === undefined ? undefined : { validator, total: res.length };
}

/** The connection broke or went silent mid-body (not a refusal, a bad response or our own disk). */
export function cutShort(err: unknown): boolean {
  if (err instanceof IncompleteResponseError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CUT_CODES.has(code);
}

/** The request headers that ask for the rest of the file from `from` on. */
export function rangeFrom(point: ResumePoint, from: number): Record<string, string> {
  return { range: `bytes=${from}-`, 'if-range': point.validator };
}

/** A 206 that carries exactly the rest of the same file (RFC 9110 14.4: Content-Range). */
export function continuesAt(res: DownloadReply, point: ResumePoint, from: number): boolean {
  if (res.status !== 206) return false;
  const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec((field(res.headers, 'content-range') ?? '').trim());
  return m !== null && Number(m[1]) === from && Number(m[2]) === point.total - 1 && Number(m[3]) === point.total;
}
