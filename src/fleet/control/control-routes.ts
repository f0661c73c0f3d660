import type { Issue } from '../../device/profile/issues.ts';
import { formatKey } from '../../device/profile/issues.ts';
import type { ControlledFleet } from '../controlled-fleet.ts';
import type { Judge } from '../scenario/expectations.ts';
import { parseStep } from '../scenario/scenario-steps.ts';
import { streamOf } from '../scenario/seeded.ts';
import { applyAction, type StepRecord } from '../scenario/step-actions.ts';

export interface Reply {
  status: number;
  body: unknown;
}

const fail = (status: number, error: string): Reply => ({ status, body: { error } });

export interface RouteDeps {
  cf: ControlledFleet;
  seed: number;
  /** The scenario's judge, when a scenario runs. */
  judge?: Judge;
}

let actionCounter = 0;

/** One device as the list shows it. */
function brief(d: RouteDeps, n: number): Record<string, unknown> {
  const serial = d.cf.roster.serial(n);
  const t = d.cf.tracker.get(serial);
  return {
    serial,
    number: n,
    profile: d.cf.roster.profileOf(n),
    powered: d.cf.fleet.isOn(serial),
    online: d.cf.fleet.isOn(serial) && t?.lastSession?.ok === true,
    retryCount: t?.retryCount ?? 0,
  };
}

/** GET /devices?offset=&limit=&profile=: this shard's devices, a page at a time. */
export function listDevices(d: RouteDeps, q: URLSearchParams): Reply {
  const offset = Number(q.get('offset') ?? 0);
  const limit = Number(q.get('limit') ?? 100);
  if (!Number.isInteger(offset) || offset < 0) return fail(400, "'offset' is a whole number from 0, e.g. ?offset=100");
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    return fail(400, "'limit' is a whole number from 1 to 1000, e.g. ?limit=100");
  const profile = q.get('profile');
  let ns = d.cf.roster.numbers();
  if (profile !== null) ns = ns.filter((n) => d.cf.roster.profileOf(n) === profile);
  return {
    status: 200,
    body: { total: ns.length, offset, limit, devices: ns.slice(offset, offset + limit).map((n) => brief(d, n)) },
  };
}

/** GET /devices/{serial}: one device's state. */
export async function showDevice(d: RouteDeps, serial: string): Promise<Reply> {
  const n = d.cf.roster.numberOf(serial);
  if (n === undefined || n < d.cf.roster.o.first || n > d.cf.roster.o.last)
    return fail(404, `no device ${serial} in this fleet (shard)`);
  const agent = d.cf.fleet.agent(serial);
  const t = d.cf.tracker.get(serial);
  return {
    status: 200,
    body: {
      ...brief(d, n),
      lastSession: t?.lastSession ?? null,
      sessions: t?.sessions ?? 0,
      failedSessions: t?.failed ?? 0,
      eventsPending: agent?.events.list().map((e) => e.code) ?? [],
      softwareVersion: agent ? String(await agent.tree.readInternal(`${agent.root}DeviceInfo.SoftwareVersion`)) : null,
      faultsSeen: t?.faults ?? {},
      conditions: d.cf.conditions.state(serial),
    },
  };
}

/**
 * POST /actions (a selector in the body) and POST /devices/{serial}/actions: the body is a
 * scenario step without its timing, e.g. {"select": {"share": "10%"}, "rpc-fault": {"rpc":
 * "Download", "code": 9010}}, checked as a scenario file is. Answers once the action is applied.
 */
export async function act(d: RouteDeps, body: unknown, serial?: string): Promise<Reply> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return fail(400, 'the body is a JSON object naming one action, e.g. {"connection-request": {}}');
  const given = body as Record<string, unknown>;
  for (const timing of ['at', 'after', 'wait', 'repeat', 'name'])
    if (timing in given) return fail(400, `'${timing}' belongs to scenario files; an action here runs now`);
  if (serial !== undefined && 'select' in given)
    return fail(400, "this action is for one device; send a 'select' to POST /actions instead");
  const issues: Issue[] = [];
  const step = parseStep(
    serial !== undefined ? { ...given, select: { serials: serial } } : given,
    0,
    (path, message) => void issues.push({ path, message }),
  );
  if (!step || issues.length > 0)
    return fail(
      400,
      issues.map((i) => `${formatKey(i.path.slice(2)) || 'body'}: ${i.message}`).join('; ') || 'not an action',
    );
  const problem = d.cf.roster.check(step.select);
  if (problem) return fail(serial !== undefined ? 404 : 400, problem);
  const stream = streamOf(`control ${++actionCounter}`);
  const ns = d.cf.roster.select(step.select, stream);
  const record: StepRecord = { name: `control ${actionCounter}`, kind: step.action.kind, devices: 0, failed: 0 };
  await applyAction(step.action, ns, { ...d.cf, seed: d.seed, stream }, record);
  const failedAll = ns.length > 0 && record.failed === ns.length;
  return {
    status: serial !== undefined && failedAll ? 409 : 200,
    body: {
      action: step.action.kind,
      devices: record.devices,
      failed: record.failed,
      ...(record.problem ? { problem: record.problem } : {}),
    },
  };
}

/** GET /scenario: the verdicts so far. */
export function scenarioState(d: RouteDeps): Reply {
  if (!d.judge) return fail(404, 'no scenario runs (start the fleet with --scenario FILE)');
  return { status: 200, body: { decided: d.judge.decided(), verdicts: d.judge.verdicts() } };
}
