import type { ParameterItem, PrimitiveType } from '../../ir/types.ts';
import { enumValues } from '../dump.ts';

// The TypeScript value type of each CWMP primitive (TR-106 3.2): 64-bit integers are bigint so
// no value is rounded; dateTime, decimal and binary types stay strings, exactly as on the wire.
const PRIMITIVE_TS: Record<PrimitiveType, string> = {
  string: 'string',
  int: 'number',
  unsignedInt: 'number',
  long: 'bigint',
  unsignedLong: 'bigint',
  boolean: 'boolean',
  dateTime: 'string',
  base64: 'string',
  hexBinary: 'string',
  decimal: 'string',
};

/**
 * A string with enumerations and no pattern alternative becomes a union of its literals; a list
 * becomes a readonly array of its item type.
 */
export function valueType(p: ParameterItem): string {
  const s = p.syntax;
  let item = PRIMITIVE_TS[s.type];
  const hasPatterns = s.levels.some((l) => l.patterns.some((x) => x.status !== 'deleted'));
  const enums = enumValues(p);
  if (s.type === 'string' && enums.length > 0 && !hasPatterns) item = enums.map((v) => JSON.stringify(v)).join(' | ');
  if (!s.list) return item;
  return item.includes('|') ? `readonly (${item})[]` : `readonly ${item}[]`;
}
