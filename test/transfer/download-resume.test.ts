import { describe, expect, it } from 'vitest';
import type { DownloadReply } from '../../src/transfer/download-connection.ts';
import { continuesAt, cutShort, rangeFrom, resumePoint } from '../../src/transfer/download-resume.ts';
import { IncompleteResponseError, ResponseFormatError } from '../../src/transport/http-response-parser.ts';

function reply(status: number, headers: Record<string, string>, length: number | null = 1000): DownloadReply {
  return {
    status,
    statusText: '',
    headers,
    length: length ?? undefined,
    pipeTo: () => Promise.resolve(),
    discard: () => Promise.resolve(),
  };
}

describe('download resume rules', () => {
  it('resumes only a sized body of a server that serves byte ranges and names the version strongly', () => {
    expect(resumePoint(reply(200, { 'accept-ranges': 'bytes', etag: '"a1"' }))).toEqual({
      validator: '"a1"',
      total: 1000,
    });
    // A weak ETag cannot vouch for the bytes; Last-Modified is taken instead, if there is one.
    expect(
      resumePoint(
        reply(200, { 'accept-ranges': 'bytes', etag: 'W/"a1"', 'last-modified': 'Sun, 29 Nov 2026 10:00:00 GMT' }),
      )?.validator,
    ).toBe('Sun, 29 Nov 2026 10:00:00 GMT');
    expect(resumePoint(reply(200, { 'accept-ranges': 'bytes', etag: 'W/"a1"' }))).toBeUndefined();
    expect(resumePoint(reply(200, { 'accept-ranges': 'none', etag: '"a1"' }))).toBeUndefined();
    expect(resumePoint(reply(200, { etag: '"a1"' }))).toBeUndefined();
    expect(resumePoint(reply(200, { 'accept-ranges': 'bytes', etag: '"a1"' }, null))).toBeUndefined();
  });

  it('asks for the rest with If-Range and accepts only the exact continuation', () => {
    const p = { validator: '"a1"', total: 1000 };
    expect(rangeFrom(p, 400)).toEqual({ range: 'bytes=400-', 'if-range': '"a1"' });
    expect(continuesAt(reply(206, { 'content-range': 'bytes 400-999/1000' }), p, 400)).toBe(true);
    expect(continuesAt(reply(206, { 'content-range': 'bytes 0-999/1000' }), p, 400)).toBe(false);
    expect(continuesAt(reply(206, { 'content-range': 'bytes 400-499/1000' }), p, 400)).toBe(false);
    expect(continuesAt(reply(206, { 'content-range': 'bytes 400-1199/1200' }), p, 400)).toBe(false);
    expect(continuesAt(reply(206, { 'content-range': 'bytes 400-999/*' }), p, 400)).toBe(false);
    expect(continuesAt(reply(200, { 'content-range': 'bytes 400-999/1000' }), p, 400)).toBe(false);
  });

  it('counts a broken or silent connection as cut short, not a refusal, a bad response or a full disk', () => {
    expect(cutShort(new IncompleteResponseError('closed after 3 of 10 bytes'))).toBe(true);
    expect(cutShort(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(true);
    expect(cutShort(Object.assign(new Error('silent'), { code: 'ETIMEDOUT' }))).toBe(true);
    expect(cutShort(new ResponseFormatError('invalid chunk size'))).toBe(false);
    expect(cutShort(Object.assign(new Error('full'), { code: 'ENOSPC' }))).toBe(false);
    expect(cutShort(undefined)).toBe(false);
  });
});
