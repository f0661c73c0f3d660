import { describe, StoreError } from './errors.ts';

/**
 * The value as JSON text, or StoreError 'invalid-value' saying `refusing` (what was refused,
 * e.g. "refusing to write /var/lib/x/agent.json") and why: a cycle, a bigint, or no JSON at all.
 */
export function jsonText(value: unknown, refusing: string, path: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new StoreError('invalid-value', `${refusing}: the value is not JSON (${describe(error)})`, {
      path,
      cause: error,
    });
  }
  if (text === undefined)
    throw new StoreError('invalid-value', `${refusing}: the value is not JSON (${typeof value})`, { path });
  return text;
}
