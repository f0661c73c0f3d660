import { liveItems } from '../ir/live-items.ts';
import type { Item, ResolvedModel } from '../ir/types.ts';

/** One --dump line: the fields the flattened-file oracle is compared on, plus a few extras. */
export interface DumpLine {
  model: string;
  path: string;
  kind: 'object' | 'parameter';
  access: string;
  minEntries?: number;
  maxEntries?: number | 'unbounded';
  type?: string;
  list?: boolean;
  forcedInform?: boolean;
  activeNotify?: string;
  enum?: string[];
  dataType?: string;
  status?: string;
  hidden?: boolean;
  secured?: boolean;
}

export function dumpLine(model: string, item: Item): DumpLine {
  if (item.kind === 'object') {
    return {
      model,
      path: item.path,
      kind: 'object',
      access: item.access,
      minEntries: item.minEntries,
      maxEntries: item.maxEntries,
      status: item.status,
    };
  }
  const syn = item.syntax;
  const line: DumpLine = {
    model,
    path: item.path,
    kind: 'parameter',
    access: item.access,
    type: syn.type,
    list: syn.list !== undefined,
    forcedInform: item.forcedInform,
    activeNotify: item.activeNotify,
    status: item.status,
  };
  const values = enumValues(item);
  if (values.length > 0) line.enum = values;
  if (syn.dataType !== undefined) line.dataType = syn.dataType;
  if (syn.hidden) line.hidden = true;
  if (syn.secured) line.secured = true;
  return line;
}

/** The enumeration values of a parameter across its named type chain and its own syntax. */
export function enumValues(item: Item): string[] {
  if (item.kind !== 'parameter') return [];
  const out: string[] = [];
  for (const level of item.syntax.levels) {
    for (const e of level.enums) {
      const i = out.indexOf(e.value);
      if (e.status === 'deleted') {
        if (i !== -1) out.splice(i, 1);
      } else if (i === -1) out.push(e.value);
    }
  }
  return out;
}

export function dumpModels(models: ResolvedModel[]): string {
  const lines: string[] = [];
  for (const m of [...models].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    for (const item of liveItems(m)) lines.push(JSON.stringify(dumpLine(m.name, item)));
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
