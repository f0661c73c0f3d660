/**
 * The small toolkit the scenario checks are written in: a mapping's keys against the valid
 * ones (with a did-you-mean), and fields read through a parser, every problem reported at its
 * key path so the error can name the file's line.
 */
import type { TransferFaultCode } from '../../transfer/transfer-error.ts';
import { didYouMean } from '../../device/profile/suggest.ts';
import type { Report } from '../../device/profile/issues.ts';
import { isRecord, type Parsed, typeName } from './scenario-values.ts';

export type Path = readonly (string | number)[];

export class Fields {
  constructor(
    readonly obj: Record<string, unknown>,
    readonly at: Path,
    readonly report: Report,
  ) {}

  /** A mapping at `at`, or undefined (reported) when the value is something else. */
  static of(v: unknown, at: Path, report: Report, what: string): Fields | undefined {
    if (v === null || v === undefined) return new Fields({}, at, report);
    if (isRecord(v)) return new Fields(v, at, report);
    report(at, `${typeName(v)} is not ${what}; write a mapping of keys to values`);
    return undefined;
  }

  keys(valid: readonly string[]): void {
    for (const key of Object.keys(this.obj))
      if (!valid.includes(key))
        this.report(
          [...this.at, key],
          `unknown key '${key}'${didYouMean(key, valid)} (valid keys: ${valid.join(', ')})`,
        );
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined && this.obj[key] !== null;
  }

  /** The key's value through `parse`; missing gives undefined (reported when `required` says how to fix it). */
  get<T>(key: string, parse: (v: unknown) => Parsed<T>, required?: string): T | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) {
      if (required !== undefined) this.report(this.at, `'${key}' is missing: ${required}`);
      return undefined;
    }
    const r = parse(v);
    if (r.ok) return r.value;
    this.report([...this.at, key], r.message);
    return undefined;
  }

  /** A nested mapping. */
  sub(key: string, what: string): Fields | undefined {
    return Fields.of(this.obj[key], [...this.at, key], this.report, what);
  }
}

export const text =
  (what: string) =>
  (v: unknown): Parsed<string> =>
    typeof v === 'string' && v.trim() !== ''
      ? { ok: true, value: v.trim() }
      : { ok: false, message: `${typeName(v)} is not ${what}; write it as text` };

/** A value as the ACS would send it on the wire: text, a number or a boolean. */
export const wireValue = (v: unknown): Parsed<string> =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? { ok: true, value: String(v) }
    : { ok: false, message: `${typeName(v)} is not a parameter value; write text, a number or true/false` };

export const wholeNumber =
  (min: number, max: number, example: string) =>
  (v: unknown): Parsed<number> =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? { ok: true, value: v }
      : { ok: false, message: `${typeName(v)} is not a whole number from ${min} to ${max}; e.g. ${example}` };

/** CWMP fault codes a CPE sends (TR-069 A.5.1): 9000-9899 (9800 and up vendor-specific). */
export const faultCode = wholeNumber(9000, 9899, '9010 (Download failure) or 9018 (file corrupted)');

/** The fault codes a failed transfer reports in TransferComplete (TR-069 A.5.1). */
const TRANSFER_FAULTS = [9010, 9011, 9012, 9013, 9015, 9016, 9017, 9018, 9019, 9020] as const;
export const transferFaultCode = (v: unknown): Parsed<TransferFaultCode> =>
  (TRANSFER_FAULTS as readonly unknown[]).includes(v)
    ? { ok: true, value: v as TransferFaultCode }
    : { ok: false, message: `${typeName(v)} is not a transfer fault code; one of ${TRANSFER_FAULTS.join(', ')}` };

export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): Parsed<T> =>
    typeof v === 'string' && (values as readonly string[]).includes(v)
      ? { ok: true, value: v as T }
      : {
          ok: false,
          message: `${typeName(v)} is not one of ${values.join(', ')}${typeof v === 'string' ? didYouMean(v, values) : ''}`,
        };
