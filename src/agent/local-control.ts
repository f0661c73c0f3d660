import { DataModelFault } from '../datamodel/faults.ts';
import type { DataModel } from '../datamodel/tree.ts';

/** One local-control request (`tr069-agent get|set|add|delete`), as sent over the socket. */
export type ControlRequest =
  | { op: 'get'; path: string }
  | { op: 'set'; path: string; value: string }
  | { op: 'add'; path: string }
  | { op: 'delete'; path: string }
  /** A device-initiated download, reported with AutonomousTransferComplete (running agent only). */
  | { op: 'install'; url: string; fileType: string };

/** What only a running agent can do for local software. */
export interface ControlHooks {
  install?(url: string, fileType: string): { ok: true; id: string } | { ok: false; code: number; message: string };
  /** A set, add or delete went through (the agent follows a new ManagementServer.URL at once). */
  changed?(): void;
}

export type ControlResponse =
  | { ok: true; values?: { path: string; value: string; type: string }[]; instance?: number; transfer?: string }
  | { ok: false; code: number; message: string; parameters?: { name: string; code: number; message: string }[] };

export function parseControlRequest(raw: unknown): ControlRequest | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (r['op'] === 'install')
    return typeof r['url'] === 'string' && typeof r['fileType'] === 'string'
      ? { op: 'install', url: r['url'], fileType: r['fileType'] }
      : undefined;
  if (typeof r['path'] !== 'string') return undefined;
  const path = r['path'];
  switch (r['op']) {
    case 'get':
    case 'add':
    case 'delete':
      return { op: r['op'], path };
    case 'set':
      return typeof r['value'] === 'string' ? { op: 'set', path, value: r['value'] } : undefined;
    default:
      return undefined;
  }
}

/**
 * Applies a local request to the tree. Local sets are validated exactly like the ACS's and are
 * notified to the ACS (origin 'local'); hidden values read back empty here too.
 */
export async function applyControl(
  tree: DataModel,
  req: ControlRequest,
  hooks: ControlHooks = {},
): Promise<ControlResponse> {
  try {
    switch (req.op) {
      case 'install': {
        if (!hooks.install)
          return {
            ok: false,
            code: 9001,
            message: 'install needs the running agent; start it with the same --state-dir',
          };
        const r = hooks.install(req.url, req.fileType);
        return r.ok ? { ok: true, transfer: r.id } : { ok: false, code: r.code, message: r.message };
      }
      case 'get': {
        const values = await tree.getValues([req.path]);
        return {
          ok: true,
          values: values.map((v) => ({ path: v.path, value: v.wire, type: v.list ? 'list' : v.type })),
        };
      }
      case 'set':
        await tree.setValues([{ path: req.path, value: req.value }], 'local');
        hooks.changed?.();
        return { ok: true };
      case 'add': {
        const instance = await tree.addObject(req.path, 'local');
        hooks.changed?.();
        return { ok: true, instance };
      }
      case 'delete':
        await tree.deleteObject(req.path, 'local');
        hooks.changed?.();
        return { ok: true };
    }
  } catch (e) {
    if (e instanceof DataModelFault)
      return { ok: false, code: e.code, message: e.message, parameters: e.parameters.map((p) => ({ ...p })) };
    return { ok: false, code: 9002, message: (e as Error).message };
  }
}
