/**
 * What the checks of the `live:` section share: who drives which parameter (a parameter takes one
 * behaviour), and whether a value fits a parameter, said the way the profile's errors say it.
 */
import { type LivePattern, patternsOverlap } from './live-pattern.ts';
import type { MountedItem } from './mount.ts';
import { q } from './issues.ts';
import { describeSyntax } from './values.ts';

export type Param = MountedItem & { readonly validator: NonNullable<MountedItem['validator']> };

/** Who drives which parameter, to refuse a second behaviour on the same one. */
export class Claims {
  private readonly bySchemaPath = new Map<string, { pattern: LivePattern; where: string }[]>();

  claim(schemaPath: string, pattern: LivePattern, where: string): string | undefined {
    const list = this.bySchemaPath.get(schemaPath) ?? [];
    const other = list.find((c) => patternsOverlap(c.pattern, pattern));
    if (other) return `${q(schemaPath)} is already driven by ${other.where}; a parameter takes one behaviour`;
    list.push({ pattern, where });
    this.bySchemaPath.set(schemaPath, list);
    return undefined;
  }
}

/** The problem with one value for a parameter, or undefined. */
export function badValue(p: Param, wire: string): string | undefined {
  const r = p.validator.validateWire(wire);
  return r.ok
    ? undefined
    : `${JSON.stringify(wire)} is not valid for ${q(p.meta.path)} (${describeSyntax(p.validator.descriptor)}): ${r.message}`;
}
