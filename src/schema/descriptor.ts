/**
 * The shapes generated/ is written in: facts about items and syntaxes, no behaviour. Generated
 * metadata imports these types; the validator engine and the data-model tree read them.
 */

export type PrimitiveType =
  | 'string'
  | 'int'
  | 'unsignedInt'
  | 'long'
  | 'unsignedLong'
  | 'boolean'
  | 'dateTime'
  | 'base64'
  | 'hexBinary'
  | 'decimal';

export type Access = 'readOnly' | 'readWrite' | 'writeOnceReadOnly';
export type ActiveNotify = 'normal' | 'forceEnabled' | 'forceDefaultEnabled' | 'canDeny';
export type Status = 'current' | 'deprecated' | 'obsoleted' | 'deleted';

/** Inclusive length bounds (characters for strings, bytes for base64/hexBinary). */
export interface SizeFacet {
  readonly min?: number;
  readonly max?: number;
}
/** Inclusive numeric bounds as decimal strings, so 64-bit bounds stay exact. */
export interface RangeFacet {
  readonly min?: string;
  readonly max?: string;
  readonly step?: string;
}

/**
 * One derivation level of facets. Alternatives inside a level are ORed (several sizes, ranges or
 * patterns); a value must satisfy every level (AND). Patterns are anchored JS regex sources.
 */
export interface FacetLevel {
  readonly sizes?: readonly SizeFacet[];
  readonly ranges?: readonly RangeFacet[];
  readonly patterns?: readonly string[];
}

export interface ListDescriptor {
  readonly minItems?: number;
  readonly maxItems?: number;
  /** Bounds on the whole comma-separated string. */
  readonly sizes?: readonly SizeFacet[];
}

export interface PathRefDescriptor {
  readonly refType: 'weak' | 'strong';
  readonly targetParent?: string;
  readonly targetParentScope?: string;
  readonly targetType?: string;
  readonly targetDataType?: string;
}

export interface EnumerationRefDescriptor {
  readonly targetParam: string;
  readonly targetParamScope?: string;
  readonly nullValue?: string;
}

/** Everything needed to validate a value; parameters with equal descriptors share one. */
export interface SyntaxDescriptor {
  readonly type: PrimitiveType;
  readonly dataType?: string;
  readonly list?: ListDescriptor;
  readonly levels?: readonly FacetLevel[];
  /** Allowed enumeration values (deleted ones left out), merged across the named type chain. */
  readonly enums?: readonly string[];
  readonly pathRef?: PathRefDescriptor;
  readonly enumerationRef?: EnumerationRefDescriptor;
  readonly units?: string;
}

export interface ObjectMeta {
  readonly kind: 'object';
  readonly path: string;
  readonly access: Access;
  readonly minEntries: number;
  readonly maxEntries: number | 'unbounded';
  readonly numEntriesParameter?: string;
  readonly enableParameter?: string;
  readonly uniqueKeys?: readonly { readonly functional: boolean; readonly parameters: readonly string[] }[];
  readonly status?: Status;
  readonly version?: string;
}

export interface ParameterMeta {
  readonly kind: 'parameter';
  readonly path: string;
  readonly access: Access;
  /** Index into the model's syntax table. */
  readonly syntax: number;
  readonly forcedInform?: true;
  readonly activeNotify?: Exclude<ActiveNotify, 'normal'>;
  readonly hidden?: true;
  readonly secured?: true;
  readonly command?: true;
  readonly default?: { readonly type: 'object' | 'factory' | 'implementation' | 'parameter'; readonly value: string };
  readonly status?: Status;
  readonly version?: string;
}

export type ItemMeta = ObjectMeta | ParameterMeta;

export interface ProfileMeta {
  readonly name: string;
  readonly base?: string;
  readonly extends?: readonly string[];
  /** Object and parameter paths the profile requires, with the requirement. */
  readonly items: readonly { readonly path: string; readonly requirement: string }[];
}

/** One generated model: what generated/<model>/index.ts exports as `model`. */
export interface ModelMeta {
  /** e.g. "Device:2.19". */
  readonly name: string;
  readonly isService: boolean;
  readonly items: readonly ItemMeta[];
  readonly syntaxes: readonly SyntaxDescriptor[];
  readonly profiles: readonly ProfileMeta[];
}
