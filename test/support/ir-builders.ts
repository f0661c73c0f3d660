import type { Facets, Item, ObjectItem, ParameterItem, ResolvedModel, Status, Syntax } from '../../codegen/ir/types.ts';

// Small hand-built pieces of codegen's intermediate model, for tests of what reads it.

export function facets(over: Partial<Facets> = {}): Facets {
  return { sizes: [], ranges: [], enums: [], patterns: [], ...over };
}

export function obj(path: string, over: Partial<ObjectItem> = {}): ObjectItem {
  return {
    kind: 'object',
    path,
    access: 'readOnly',
    status: 'current',
    minEntries: 1,
    maxEntries: 1,
    uniqueKeys: [],
    ...over,
  };
}

export function param(path: string, over: Partial<ParameterItem> = {}, syntax: Partial<Syntax> = {}): ParameterItem {
  return {
    kind: 'parameter',
    path,
    access: 'readOnly',
    status: 'current',
    forcedInform: false,
    activeNotify: 'normal',
    syntax: { type: 'string', levels: [facets()], hidden: false, secured: false, command: false, ...syntax },
    ...over,
  };
}

export function model(name: string, items: Item[]): ResolvedModel {
  return { name, isService: false, bases: [], items: new Map(items.map((i) => [i.path, i])), profiles: new Map() };
}

export const enums = (...values: string[]): Facets['enums'] =>
  values.map((value) => ({ value, status: 'current' as Status }));
