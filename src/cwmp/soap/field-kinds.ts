/**
 * What a field of a CWMP message can be, the constructors the descriptor table is written with,
 * and the TypeScript type each stands for (the `Message` union is derived from the table).
 */

/**
 * Text: `string` keeps every character (values, keys, credentials: TR-069 A.2.1 does not collapse
 * xsd:string), `token` and `dateTime` are trimmed. Optional text reads '' when absent.
 */
export interface TextField {
  readonly kind: 'string' | 'token' | 'dateTime';
  readonly el: string;
  readonly optional?: true;
}
/**
 * An xsd:int or xsd:unsignedInt. With a default it may be absent; `onlyIf` names a bool field that must be true for it
 * to be read (else 0).
 */
export interface IntField {
  readonly kind: 'int';
  readonly el: string;
  readonly default?: number;
  readonly onlyIf?: string;
}
export interface BoolField {
  readonly kind: 'bool';
  readonly el: string;
}
/**
 * A fault code from the peer: Number() of its text, never refused; `unreadable` replaces what is not a finite number.
 */
export interface FaultCodeField {
  readonly kind: 'faultCode';
  readonly el: string;
  readonly unreadable?: number;
}
/** An xsd:anySimpleType value with its xsi:type attribute, held in `typeKey` (TR-069 A.3.2.1 ParameterValueStruct). */
export interface AnySimpleField<T extends string = string> {
  readonly kind: 'anySimple';
  readonly el: string;
  readonly typeKey: T;
}
/** A SOAP array of xsd:string, each entry a token; optional means absent reads []. */
export interface StringsField {
  readonly kind: 'strings';
  readonly el: string;
  readonly optional?: true;
  readonly onlyIf?: string;
}
/** A SOAP array of structs (arrayType cwmp:<item name>), with the item count allowed when the agent enforces one. */
export interface ListField<F extends Fields = Fields> {
  readonly kind: 'list';
  readonly el: string;
  readonly item: Struct<F>;
  readonly count?: Count;
}
/** A nested struct; its own presence is not checked, its required fields are. */
export interface StructField<F extends Fields = Fields> {
  readonly kind: 'struct';
  readonly el: string;
  readonly struct: Struct<F>;
}
/**
 * An element repeated in place with no array wrapper (cwmp:Fault's SetParameterValuesFault); the property is left out
 * when there is none.
 */
export interface RepeatedField<F extends Fields = Fields> {
  readonly kind: 'repeated';
  readonly el: string;
  readonly item: Struct<F>;
}

export type Field =
  | TextField
  | IntField
  | BoolField
  | FaultCodeField
  | AnySimpleField
  | StringsField
  | ListField
  | StructField
  | RepeatedField;
/** Fields by property name, in XSD sequence order (object keys keep their insertion order). */
export interface Fields {
  readonly [key: string]: Field;
}
/** A complexType: its XSD name (also the element name of a list item) and its fields. */
export interface Struct<F extends Fields = Fields> {
  readonly name: string;
  readonly fields: F;
}
export interface Count {
  readonly min: number;
  readonly max: number;
  readonly noun: string;
}

/**
 * One CWMP message. `body: 'soap-fault'` is the SOAP Fault whose detail holds cwmp:Fault
 * (TR-069 A.5.1); every other message is the body element cwmp:<kind>. Fields are read in order
 * and the first bad one names the 9003; `checkFirst` names a field read before all the others.
 */
export interface MessageDescriptor<F extends Fields = Fields> {
  readonly fields: F;
  readonly body?: 'soap-fault';
  readonly checkFirst?: string;
}

/** The option of a field that may be absent and then reads empty. */
export const OPTIONAL = { optional: true } as const;

export const str = (el: string, o?: typeof OPTIONAL): TextField => ({ kind: 'string', el, ...o });
export const token = (el: string, o?: typeof OPTIONAL): TextField => ({ kind: 'token', el, ...o });
export const dateTime = (el: string, o?: typeof OPTIONAL): TextField => ({ kind: 'dateTime', el, ...o });
export const int = (el: string, o?: { default?: number; onlyIf?: string }): IntField => ({ kind: 'int', el, ...o });
export const bool = (el: string): BoolField => ({ kind: 'bool', el });
export const faultCode = (el: string, o?: { unreadable: number }): FaultCodeField => ({ kind: 'faultCode', el, ...o });
export const anySimple = <T extends string>(el: string, typeKey: T): AnySimpleField<T> => ({
  kind: 'anySimple',
  el,
  typeKey,
});
export const strings = (el: string, o?: { optional?: true; onlyIf?: string }): StringsField => ({
  kind: 'strings',
  el,
  ...o,
});
export const list = <F extends Fields>(el: string, item: Struct<F>, count?: Count): ListField<F> => ({
  kind: 'list',
  el,
  item,
  ...(count ? { count } : {}),
});
export const struct = <F extends Fields>(name: string, fields: F): Struct<F> => ({ name, fields });
export const nested = <F extends Fields>(el: string, s: Struct<F>): StructField<F> => ({
  kind: 'struct',
  el,
  struct: s,
});
export const repeated = <F extends Fields>(el: string, item: Struct<F>): RepeatedField<F> => ({
  kind: 'repeated',
  el,
  item,
});

export const rpc = <F extends Fields>(fields: F, o?: { checkFirst: keyof F & string }): MessageDescriptor<F> => ({
  fields,
  ...o,
});
export const soapFault = <F extends Fields>(fields: F): MessageDescriptor<F> => ({ fields, body: 'soap-fault' });

// The types the table stands for.

type Flat<T> = { [K in keyof T]: T[K] } & {};

export type ValueOf<F extends Field> = F extends TextField | AnySimpleField
  ? string
  : F extends IntField | FaultCodeField
    ? number
    : F extends BoolField
      ? boolean
      : F extends StringsField
        ? string[]
        : F extends ListField<infer S>
          ? StructOf<S>[]
          : F extends StructField<infer S>
            ? StructOf<S>
            : F extends RepeatedField<infer S>
              ? readonly StructOf<S>[]
              : never;

type PresentKeys<F extends Fields> = { [K in keyof F]: F[K] extends RepeatedField ? never : K }[keyof F];
type AbsentKeys<F extends Fields> = { [K in keyof F]: F[K] extends RepeatedField ? K : never }[keyof F];
type TypeKeys<F extends Fields> = { [K in keyof F]: F[K] extends AnySimpleField<infer T> ? T : never }[keyof F];

/** The value a struct's fields decode to (and encode from). */
export type StructOf<F extends Fields> = Flat<
  { -readonly [K in PresentKeys<F>]: ValueOf<F[K]> } & {
    -readonly [K in AbsentKeys<F>]?: ValueOf<F[K]> | undefined;
  } & { -readonly [K in TypeKeys<F>]?: string | undefined }
>;

/** The message union of a descriptor table: `kind` is the table's key. */
export type MessageOf<T extends { readonly [kind: string]: MessageDescriptor }> = {
  [K in keyof T & string]: Flat<{ kind: K } & StructOf<T[K]['fields']>>;
}[keyof T & string];
