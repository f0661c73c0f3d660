import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { controlSocketPath, isAlive } from '../agent/control-server.ts';
import { simulatedDevice } from '../agent/device-setup.ts';
import { applyControl, type ControlRequest, type ControlResponse } from '../agent/local-control.ts';
import { AGENT_DOC, TREE_DOC } from '../agent/persisted.ts';
import type { AgentSettings } from '../agent/settings.ts';
import { DataModel } from '../datamodel/tree.ts';
import { loadProfile } from '../device/profile/load.ts';
import { StateStore } from '../store/index.ts';
import { UsageError } from './args.ts';

function ask(socket: string, req: ControlRequest): Promise<ControlResponse> {
  return new Promise((resolve, reject) => {
    const s = createConnection(socket);
    let buf = '';
    s.setEncoding('utf8');
    s.on('connect', () => s.write(JSON.stringify(req) + '\n'));
    s.on('data', (c: string) => {
      buf += c;
      const nl = buf.indexOf('\n');
      if (nl !== -1) {
        s.destroy();
        resolve(JSON.parse(buf.slice(0, nl)) as ControlResponse);
      }
    });
    s.on('error', reject);
  });
}

/** Without a running agent, the request is applied to the persisted state directly. */
async function offline(settings: AgentSettings, req: ControlRequest): Promise<ControlResponse> {
  if (!existsSync(settings.stateDir))
    throw new UsageError(
      `no state in ${settings.stateDir}; run the agent once with --state-dir ${settings.stateDir}, or point --state-dir at its state`,
    );
  const store = StateStore.open(settings.stateDir, {
    onWarning: (m) => process.stderr.write(`tr069-agent: warning: ${m}\n`),
  });
  const saved = store.read('agent', AGENT_DOC);
  const device = await simulatedDevice(await loadProfile(saved?.profile ?? settings.profile));
  const tree = new DataModel(device.schema, {
    base: device.base,
    sharedHandlers: device.sharedHandlers,
    onCommit: (s) => store.write('datamodel', TREE_DOC, s),
  });
  const snapshot = store.read('datamodel', TREE_DOC);
  if (snapshot) tree.restore(snapshot);
  device.bind(tree);
  return applyControl(tree, req);
}

export async function controlCommand(
  op: ControlRequest['op'],
  args: readonly string[],
  settings: AgentSettings,
): Promise<void> {
  if (op === 'install') return install(args, settings);
  const [path, value] = args;
  if (path === undefined)
    throw new UsageError(`${op} needs a path, e.g. tr069-agent ${op} --state-dir DIR Device.DeviceInfo.`);
  if (op === 'set' && value === undefined)
    throw new UsageError(
      'set needs a path and a value, e.g. tr069-agent set --state-dir DIR Device.DeviceInfo.ProvisioningCode ABC',
    );
  const req: ControlRequest = op === 'set' ? { op, path, value: value! } : { op: op as 'get' | 'add' | 'delete', path };
  const socket = controlSocketPath(settings.stateDir);
  const res = existsSync(socket) && (await isAlive(socket)) ? await ask(socket, req) : await offline(settings, req);
  if (!res.ok) {
    const detail = res.parameters?.map((p) => `${p.name}: ${p.code} ${p.message}`).join('; ');
    throw new Error(`fault ${res.code}: ${detail || res.message}`);
  }
  for (const v of res.values ?? []) process.stdout.write(`${v.path} = ${v.value}\n`);
  if (res.instance !== undefined) process.stdout.write(`${path}${res.instance}.\n`);
}

/** `tr069-agent install URL [FILETYPE]`: the running agent downloads and applies it on its own. */
async function install(args: readonly string[], settings: AgentSettings): Promise<void> {
  const [url, fileType = '1 Firmware Upgrade Image'] = args;
  if (url === undefined)
    throw new UsageError(
      'install needs a URL, e.g. tr069-agent install --state-dir DIR http://updates.example.net/fw-2.0.0.img',
    );
  const socket = controlSocketPath(settings.stateDir);
  if (!(existsSync(socket) && (await isAlive(socket))))
    throw new UsageError(`install needs the running agent; start it with --state-dir ${settings.stateDir} first`);
  const res = await ask(socket, { op: 'install', url, fileType });
  if (!res.ok) throw new Error(`fault ${res.code}: ${res.message}`);
  process.stdout.write(
    `install: transfer ${res.transfer ?? ''} queued; its result goes to the ACS as AutonomousTransferComplete when the policy asks for it\n`,
  );
}
