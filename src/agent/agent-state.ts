import { randomBytes } from 'node:crypto';
import type { StateStore } from '../store/index.ts';
import { AGENT_DOC, type AgentState } from './persisted.ts';
import type { StateWriter } from './state-writer.ts';

/** A first start's bookkeeping, and a factory reset's: a new secret connection-request path. */
export function freshAgentState(): AgentState {
  return {
    bootstrappedUrl: undefined,
    connectionRequestToken: randomBytes(12).toString('hex'),
    retryCount: 0,
    scheduledInforms: [],
  };
}

/**
 * The agent's own persisted document (bootstrapped URL, connection-request token, retry count,
 * ScheduleInforms), shared by the parts that keep it. Read `value` afresh after every await: a
 * factory reset replaces it.
 */
export class AgentStateDoc {
  value: AgentState;

  constructor(
    store: StateStore,
    private readonly writer: StateWriter,
  ) {
    this.value = store.read('agent', AGENT_DOC) ?? freshAgentState();
  }

  save(): void {
    this.writer.write('agent', AGENT_DOC, this.value);
  }
}
