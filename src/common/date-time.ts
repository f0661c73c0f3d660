/** TR-069's "unknown time" (A.3.2.8, and the dateTime of an event that has not happened yet). */
export const UNKNOWN_TIME = '0001-01-01T00:00:00Z';

/**
 * An instant as the CWMP dateTime the data model and the RPCs carry: UTC, to the second
 * ("2026-11-23T04:00:00Z"), or with `fraction` digits after the seconds (TR-143 results use µs).
 */
export function isoSeconds(ms: number | Date, fraction?: string): string {
  const d = typeof ms === 'number' ? new Date(ms) : ms;
  return d.toISOString().replace(/\.[0-9]{3}Z$/, fraction === undefined ? 'Z' : `.${fraction}Z`);
}
