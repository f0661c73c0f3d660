/**
 * The intermediate model: what resolve produces and every emitter reads. It holds facts only
 * (names, types, facets, access, versions, flags), never description prose.
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

export const PRIMITIVE_TYPES: readonly PrimitiveType[] = [
  'string',
  'int',
  'unsignedInt',
  'long',
  'unsignedLong',
  'boolean',
  'dateTime',
  'base64',
  'hexBinary',
  'decimal',
];

export type Status = 'current' | 'deprecated' | 'obsoleted' | 'deleted';
export type Access = 'readOnly' | 'readWrite' | 'writeOnceReadOnly';
export type ActiveNotify = 'normal' | 'forceEnabled' | 'forceDefaultEnabled' | 'canDeny';

export interface SizeFacet {
  min?: number;
  max?: number;
}
/** Range bounds are decimal strings so that 64-bit bounds keep their precision. */
export interface RangeFacet {
  min?: string;
  max?: string;
  step?: string;
}
export interface EnumFacet {
  value: string;
  status: Status;
  access?: 'readOnly' | 'readWrite';
  optional?: boolean;
}
export interface PatternFacet {
  value: string;
  status: Status;
}
export interface PathRefFacet {
  refType: 'weak' | 'strong';
  targetParent?: string;
  targetParentScope?: string;
  targetType?: string;
  targetDataType?: string;
}
export interface EnumerationRefFacet {
  targetParam: string;
  targetParamScope?: string;
  nullValue?: string;
}

/** The facets of one derivation level. Within a level several sizes, ranges or patterns mean OR. */
export interface Facets {
  sizes: SizeFacet[];
  ranges: RangeFacet[];
  enums: EnumFacet[];
  patterns: PatternFacet[];
  pathRef?: PathRefFacet;
  enumerationRef?: EnumerationRefFacet;
  units?: string;
}

export interface ListFacet {
  minItems?: number;
  maxItems?: number;
  nestedBrackets?: string;
  sizes: SizeFacet[];
}

export interface DefaultValue {
  type: 'object' | 'factory' | 'implementation' | 'parameter';
  value: string;
}

/**
 * A resolved parameter syntax. `levels` runs from the primitive outwards: the named data type
 * chain (most basic first) and then the parameter's own refinement. A value must satisfy every
 * level (AND); within a level the alternatives are ORed.
 */
export interface Syntax {
  type: PrimitiveType;
  /** The outermost named data type, when the parameter uses one. */
  dataType?: string;
  list?: ListFacet;
  levels: Facets[];
  hidden: boolean;
  secured: boolean;
  command: boolean;
  default?: DefaultValue;
}

export interface UniqueKey {
  functional: boolean;
  parameters: string[];
}

/** The versions an item was deprecated, obsoleted and deleted in, as its description states them. */
export interface LifecycleVersions {
  deprecated?: string;
  obsoleted?: string;
  deleted?: string;
}

interface ItemBase {
  /** BBF-form path: objects end with '.', parameters are the object path plus the name. */
  path: string;
  access: Access;
  status: Status;
  version?: string;
  lifecycle?: LifecycleVersions;
  /** The item BBF names as this one's replacement (same model, BBF-form path), when it names one. */
  replacedBy?: string;
}

export interface ObjectItem extends ItemBase {
  kind: 'object';
  minEntries: number;
  maxEntries: number | 'unbounded';
  numEntriesParameter?: string;
  enableParameter?: string;
  uniqueKeys: UniqueKey[];
  mountType?: string;
}

export interface ParameterItem extends ItemBase {
  kind: 'parameter';
  forcedInform: boolean;
  activeNotify: ActiveNotify;
  syntax: Syntax;
}

export type Item = ObjectItem | ParameterItem;

export interface ProfileItem {
  path: string;
  requirement: string;
  status: Status;
}
export interface Profile {
  name: string;
  base?: string;
  extends: string[];
  status: Status;
  items: ProfileItem[];
}

export interface ResolvedModel {
  /** e.g. "Device:2.19". */
  name: string;
  isService: boolean;
  /** The models it extends (base=), its own base first, each by its name where defined and that file. */
  bases: { file: string; name: string }[];
  /** Items in definition order, keyed by path. Deleted items stay (status 'deleted'). */
  items: Map<string, Item>;
  profiles: Map<string, Profile>;
}

export interface SourceFile {
  file: string;
  path: string;
  sha256: string;
}

export interface ResolveResult {
  models: ResolvedModel[];
  /** Every file read, for the generated banners. */
  sources: SourceFile[];
}
