import type { TreeSnapshot } from '../datamodel/instance-state.ts';
import type { EventQueueState } from '../cwmp/event-queue.ts';
import type { DocumentSpec } from '../store/index.ts';
import type { TransferQueueState } from '../transfer/transfer-queue.ts';
import type { UdpReplayState } from '../nat/udp-connection-request.ts';

/** Throws unless `v` is a plain object; the store then falls back to the last good copy. */
function record(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`${what} is not an object`);
  return v as Record<string, unknown>;
}

export const TREE_DOC: DocumentSpec<TreeSnapshot> = {
  version: 1,
  migrations: {},
  validate: (p) => {
    const o = record(p, 'datamodel');
    for (const k of ['values', 'tables', 'attributes']) record(o[k], `datamodel.${k}`);
    if (!Array.isArray(o['writtenOnce'])) throw new Error('datamodel.writtenOnce is not a list');
    return o as unknown as TreeSnapshot;
  },
};

export const EVENTS_DOC: DocumentSpec<EventQueueState> = {
  version: 1,
  migrations: {},
  validate: (p) => {
    const o = record(p, 'events');
    if (!Array.isArray(o['events'])) throw new Error('events.events is not a list');
    return o as unknown as EventQueueState;
  },
};

/** Agent bookkeeping that is not part of the data model. */
export interface AgentState {
  /** The ACS URL the last successful BOOTSTRAP went to; a change re-raises BOOTSTRAP. */
  bootstrappedUrl: string | undefined;
  /** Random path segment of ConnectionRequestURL, kept across restarts. */
  connectionRequestToken: string;
  retryCount: number;
  /** The device profile this state belongs to, so offline local control builds the same tree. */
  profile?: string;
  /** ScheduleInform requests not yet due (TR-069 A.4.1.5), as absolute times. */
  scheduledInforms: { dueAt: number; commandKey: string }[];
  /** What each start-up setting seeded last time (src/agent/seeded-settings.ts); absent in older state. */
  seeded?: Record<string, string>;
}

export const AGENT_DOC: DocumentSpec<AgentState> = {
  version: 1,
  migrations: {},
  validate: (p) => {
    const o = record(p, 'agent');
    if (typeof o['connectionRequestToken'] !== 'string') throw new Error('agent.connectionRequestToken is missing');
    if (typeof o['retryCount'] !== 'number') throw new Error('agent.retryCount is missing');
    if (!Array.isArray(o['scheduledInforms'])) throw new Error('agent.scheduledInforms is not a list');
    return o as unknown as AgentState;
  },
};

export const TRANSFERS_DOC: DocumentSpec<TransferQueueState> = {
  version: 1,
  migrations: {},
  validate: (p) => {
    const o = record(p, 'transfers');
    if (!Array.isArray(o['jobs'])) throw new Error('transfers.jobs is not a list');
    for (const j of o['jobs'] as unknown[]) {
      const r = record(j, 'transfers.jobs[]');
      if (typeof r['id'] !== 'string' || typeof r['commandKey'] !== 'string' || typeof r['state'] !== 'string')
        throw new Error('transfers.jobs[] lacks id, commandKey or state');
    }
    return o as unknown as TransferQueueState;
  },
};

/** UDP connection-request replay protection (TR-111 2.2.2), written on each accepted request. */
export const UDP_REPLAY_DOC: DocumentSpec<UdpReplayState> = {
  version: 1,
  migrations: {},
  validate: (p) => {
    const o = record(p, 'udp-replay');
    if (typeof o['lastTs'] !== 'number') throw new Error('udp-replay.lastTs is not a number');
    if (!Array.isArray(o['seenIds']) || !o['seenIds'].every((x) => typeof x === 'string'))
      throw new Error('udp-replay.seenIds is not a list of strings');
    return o as unknown as UdpReplayState;
  },
};
