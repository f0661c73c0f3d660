const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Renders plain data as a one-line TypeScript literal with stable key order (insertion order). */
export function literal(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${IDENT.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`);
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}

/** Same as literal(), for a JSON string produced with JSON.stringify. */
export function literalFromJson(json: string): string {
  return literal(JSON.parse(json));
}
