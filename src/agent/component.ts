import type { RpcDispatcher } from '../cwmp/rpc/dispatch.ts';

/** What a component gets before each session's Inform. */
export interface SessionStart {
  /** The ACS URL this session goes to. */
  readonly acsUrl: string;
  /** The local address towards that ACS, looked up once per session and only if asked for. */
  localAddress(): Promise<string | undefined>;
}

/**
 * One part of a running agent (reachability, XMPP, the UDP echo responder, diagnostics,
 * transfers, the change poller). Every phase is optional; the agent calls each phase of every
 * component in the order `Lifecycle` fixes. A phase that returns nothing runs synchronously.
 */
export interface AgentComponent {
  /** At every start, before the agent takes requests: settle what a restart cut short. */
  boot?(): Promise<void> | void;
  /** The agent runs: open listeners, log in, start queued work. */
  start?(): Promise<void> | void;
  /** Before each Inform: advertise how the ACS reaches the device (TR-069 3.2.2, TR-111). */
  beforeSession?(session: SessionStart): Promise<void> | void;
  /** After each successful session: follow what the ACS configured, start what it asked for. */
  afterSession?(): Promise<void> | void;
  /** The device bootstraps with a new ACS (TR-069 3.7.1.5): drop what the previous one asked for. */
  newAcs?(): void;
  /** The wall clock stepped by `ms`: deadlines kept as wall-clock times keep their remaining wait. */
  clockJumped?(ms: number): void;
  stop?(): Promise<void> | void;
  /** Registers the RPCs it serves, or subscribes to what the ACS sets, once at construction. */
  rpcs?(dispatcher: RpcDispatcher): void;
}

export type Phase = 'boot' | 'start' | 'beforeSession' | 'afterSession' | 'stop';
type SyncPhase = 'newAcs' | 'clockJumped';

/** Each phase's components by role, in the order that phase runs them. */
export type PhaseOrder<R extends string> = { readonly [P in Phase | SyncPhase]: readonly R[] };

/**
 * The fixed order of every phase. Each phase lists its own (the orders differ, and they are the
 * agent's behaviour: see components.ts and ARCHITECTURE.md, "Agent components"); a component
 * that has a phase but is missing from its list is a wiring mistake, refused at construction
 * rather than silently never called. The order is by role and shared by every agent; each agent
 * keeps only its components by role.
 */
export class Lifecycle<R extends string> {
  constructor(
    private readonly order: PhaseOrder<R>,
    private readonly parts: { readonly [K in R]: AgentComponent | undefined },
  ) {
    for (const phase of Object.keys(order) as (keyof PhaseOrder<R>)[]) {
      for (const role of Object.keys(parts) as R[]) {
        if (parts[role]?.[phase] !== undefined && !order[phase].includes(role))
          throw new Error(`agent: the ${role} component has a ${phase} phase but is not in that phase's order`);
      }
    }
  }

  /** Once, at construction: every component's RPCs and subscriptions. */
  rpcs(dispatcher: RpcDispatcher): void {
    for (const role of Object.keys(this.parts) as R[]) this.parts[role]?.rpcs?.(dispatcher);
  }

  async run(phase: 'boot' | 'start' | 'afterSession' | 'stop'): Promise<void> {
    for (const role of this.order[phase]) {
      const p = this.parts[role]?.[phase]?.();
      if (p) await p;
    }
  }

  async beforeSession(session: SessionStart): Promise<void> {
    for (const role of this.order.beforeSession) {
      const p = this.parts[role]?.beforeSession?.(session);
      if (p) await p;
    }
  }

  newAcs(): void {
    for (const role of this.order.newAcs) this.parts[role]?.newAcs?.();
  }

  clockJumped(ms: number): void {
    for (const role of this.order.clockJumped) this.parts[role]?.clockJumped?.(ms);
  }
}
