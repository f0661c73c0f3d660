import { randomBytes } from 'node:crypto';
import type { DocumentStore } from '../store/index.ts';
import { AGENT_DOC, type AgentState } from './persisted.ts';
import type { StateWriter } from './state-writer.ts';

const TOKEN_BYTES = 12;
/** Random bytes drawn 512 tokens at a time: a fleet starting 2,000 devices a second makes one call in 256 ms. */
let pool = Buffer.alloc(0);
let used = 0;

function newToken(): string {
  if (used + TOKEN_BYTES > pool.length) {
    pool = randomBytes(TOKEN_BYTES * 512);
    used = 0;
  }
  used += TOKEN_BYTES;
  return pool.toString('hex', used - TOKEN_BYTES, used);
}

/** A first start's bookkeeping, and a factory reset's: a new secret connection-request path. */
export function freshAgentState(): AgentState {
  return {
    bootstrappedUrl: undefined,
    connectionRequestToken: newToken(),
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
    store: DocumentStore,
    private readonly writer: StateWriter,
  ) {
    this.value = store.read('agent', AGENT_DOC) ?? freshAgentState();
  }

  save(): void {
    this.writer.write('agent', AGENT_DOC, this.value);
  }
}
