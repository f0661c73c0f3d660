/**
 * The URL of a transfer request (Download, Upload, ScheduleDownload, a device's own install),
 * checked when the request arrives: a malformed URL is a fault answer in the session (9003), never
 * a queued job that fails later. Checked against RFC 3986 itself, because WHATWG parsing (what
 * `new URL` does) repairs what the ACS did not mean: it drops tabs and newlines, reads `\` as `/`,
 * takes `http:///x` as host "x" and `http:host` as `http://host`.
 */

/** 9003 Invalid arguments, 9013 Unsupported protocol for file transfer (TR-069 A.5.1). */
export type RequestUrlFaultCode = 9003 | 9013;

/** Why a request's URL is refused. The message never repeats the URL: it may hold a password. */
export interface RequestUrlFault {
  faultCode: RequestUrlFaultCode;
  message: string;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
// Whitespace (Unicode's too), C0/C1 controls, DEL, and the backslash WHATWG turns into '/'.
const NOT_IN_URL = /[\s\u0000-\u001f\u007f-\u009f\\]/u;
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;
// RFC 3986 3.2.2 host: an IP literal, or a reg-name (unreserved, pct-encoded, sub-delims; non-ASCII for IDN hosts).
const HOST_PORT =
  /^(\[[0-9A-Fa-f:.]+\]|\[v[0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%\u00a0-\u{10ffff}]*)(?::([0-9]*))?$/u;

const fault = (faultCode: RequestUrlFaultCode, message: string): RequestUrlFault => ({ faultCode, message });

/**
 * Checks a transfer request's URL; undefined when it can be fetched. Syntax comes first, so an
 * unsupported scheme is 9013 only for an otherwise valid URL (TR-069 A.5.1 lists 9013 for the
 * Download, Upload and ScheduleDownload responses).
 */
export function checkRequestUrl(raw: string): RequestUrlFault | undefined {
  if (raw === '') return fault(9003, 'the URL is empty');
  if (NOT_IN_URL.test(raw)) return fault(9003, 'the URL contains whitespace, a control character or a backslash');
  if (BAD_ESCAPE.test(raw)) return fault(9003, "the URL has a '%' that does not start a percent-encoded byte");
  const scheme = SCHEME.exec(raw)?.[1]?.toLowerCase();
  if (scheme === undefined) return fault(9003, 'the URL is not an absolute URL (no scheme)');
  const rest = raw.slice(scheme.length + 1);
  const authority = rest.startsWith('//') ? /^[^/?#]*/.exec(rest.slice(2))![0] : undefined;
  // TR-069 A.3.2.8/A.4.1.5: no userinfo in the URL; credentials go in Username and Password.
  if (authority?.includes('@'))
    return fault(9003, 'the URL has a userinfo part (user name or password); they belong in Username and Password');
  if (scheme !== 'http' && scheme !== 'https')
    return fault(9013, `unsupported file transfer protocol ${scheme}: (only http: and https:)`);
  if (authority === undefined) return fault(9003, `the URL has no host (${scheme}: must be followed by //host)`);
  const hp = HOST_PORT.exec(authority);
  if (!hp) return fault(9003, 'the URL has an invalid host');
  if (hp[1] === '') return fault(9003, 'the URL has no host');
  if (hp[2] !== undefined && hp[2] !== '' && Number(hp[2]) > 65535)
    return fault(9003, `the URL's port ${hp[2]} is out of range`);
  try {
    new URL(raw);
  } catch {
    return fault(9003, 'the URL is not a valid URL');
  }
  return undefined;
}
