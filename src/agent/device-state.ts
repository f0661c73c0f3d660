import { EventQueue } from '../cwmp/event-queue.ts';
import { DataModel } from '../datamodel/tree.ts';
import type { UdpReplayState } from '../nat/udp-connection-request.ts';
import { type DocumentStore, StateStore } from '../store/index.ts';
import type { AgentOptions } from './agent-options.ts';
import { AgentStateDoc } from './agent-state.ts';
import { EVENTS_DOC, TREE_DOC, UDP_REPLAY_DOC } from './persisted.ts';
import { StateWriter } from './state-writer.ts';

/** One device's persisted state, read back from its state directory when the agent is made. */
export interface DeviceState {
  readonly store: DocumentStore;
  readonly writer: StateWriter;
  /** The data-model tree over the profile's base, with what was committed before. */
  readonly tree: DataModel;
  /** Events not yet delivered (TR-069 3.2.1: they survive a restart). */
  readonly events: EventQueue;
  /** The agent's own document: retry count, seeded settings, connection-request token, … */
  readonly state: AgentStateDoc;
  /** The UDP connection-request replay state (TR-111 2.2.2: a captured datagram stays refused). */
  readonly udpReplay: { load(): UdpReplayState | undefined; save(state: UdpReplayState): void };
}

/** Opens the state directory (or takes the fleet's in-memory documents) and reads every document back. */
export function openDeviceState(opts: AgentOptions): DeviceState {
  const store =
    opts.documents ??
    StateStore.open(opts.stateDir, {
      onWarning: (m) => opts.log.warn(m),
      ...(opts.fs ? { fs: opts.fs } : {}),
    });
  const writer = new StateWriter(store, opts.log);
  const tree = new DataModel(opts.device.schema, {
    base: opts.device.base,
    sharedHandlers: opts.device.sharedHandlers,
    onCommit: (s) => writer.write('datamodel', TREE_DOC, s),
  });
  const events = new EventQueue((s) => writer.write('events', EVENTS_DOC, s));
  const saved = store.read('datamodel', TREE_DOC);
  if (saved) tree.restore(saved);
  const queued = store.read('events', EVENTS_DOC);
  if (queued) events.restore(queued);
  let udpReplay = store.read('udp-replay', UDP_REPLAY_DOC);
  return {
    store,
    writer,
    tree,
    events,
    state: new AgentStateDoc(store, writer),
    udpReplay: {
      load: () => udpReplay,
      save: (s) => {
        udpReplay = s;
        writer.write('udp-replay', UDP_REPLAY_DOC, s);
      },
    },
  };
}
