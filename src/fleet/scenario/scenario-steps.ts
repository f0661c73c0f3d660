/** The check of a scenario's `steps:` and of selectors (scenario-parse.ts runs it). */
import type { Report } from '../../device/profile/issues.ts';
import {
  Fields,
  faultCode,
  oneOf,
  text,
  transferFaultCode,
  wholeNumber,
  wireValue,
  type Path,
} from './scenario-check.ts';
import type { Selector, Step, StepAction, StepKind, TimeRef } from './scenario-types.ts';
import { distribution, duration, numberRanges, serialRanges, share, type Parsed } from './scenario-values.ts';

/** Every ACS request a CPE answers (TR-069 A.3.2, A.4.1): what `rpc-fault` may name. */
export const ACS_RPCS = [
  'AddObject',
  'CancelTransfer',
  'DeleteObject',
  'Download',
  'FactoryReset',
  'GetAllQueuedTransfers',
  'GetParameterAttributes',
  'GetParameterNames',
  'GetParameterValues',
  'GetQueuedTransfers',
  'GetRPCMethods',
  'Reboot',
  'ScheduleDownload',
  'ScheduleInform',
  'SetParameterAttributes',
  'SetParameterValues',
  'Upload',
] as const;

export const STEP_KINDS = [
  'boot',
  'acs-outage',
  'acs-recovery',
  'power-cycle',
  'firmware',
  'value-change',
  'unreachable',
  'reachable',
  'rpc-fault',
  'clear-faults',
  'connection-request',
  'reboot',
  'factory-reset',
] as const satisfies readonly StepKind[];

const STEP_KEYS = ['name', 'at', 'after', 'wait', 'select', 'repeat'] as const;
const SELECT_KEYS = ['devices', 'serials', 'profile', 'share'] as const;

export function parseSelector(v: unknown, at: Path, report: Report): Selector {
  const f = Fields.of(v, at, report, 'a selector');
  if (!f) return {};
  f.keys(SELECT_KEYS);
  const devices = f.get('devices', numberRanges);
  const serials = f.get('serials', serialRanges);
  const profile = f.get('profile', text('a profile name'));
  const s = f.get('share', share);
  return {
    ...(devices ? { devices } : {}),
    ...(serials ? { serials } : {}),
    ...(profile !== undefined ? { profile } : {}),
    ...(s !== undefined ? { share: s } : {}),
  };
}

/** `within:`/`from:`: a time from the start, or { after: STEP, wait: DURATION }. */
export function parseTimeRef(f: Fields, key: string): TimeRef | undefined {
  const v = f.obj[key];
  if (v === undefined || v === null) return undefined;
  const sub = typeof v === 'object' ? f.sub(key, 'a time') : undefined;
  if (!sub) {
    const atMs = f.get(key, duration);
    return atMs !== undefined ? { atMs } : undefined;
  }
  sub.keys(['after', 'wait']);
  const step = sub.get('after', text('a step name'), 'name the step, e.g. { after: outage, wait: 30s }');
  const waitMs = sub.get('wait', duration) ?? 0;
  return step !== undefined ? { step, waitMs } : undefined;
}

type ActionParser = (f: Fields) => StepAction | undefined;

const forMs = (f: Fields): { forMs?: number } => {
  const ms = f.get('for', duration);
  return ms !== undefined ? { forMs: ms } : {};
};

const ACTIONS: Record<StepKind, { keys: readonly string[]; parse: ActionParser }> = {
  boot: {
    keys: ['rate'],
    parse: (f) => ({ kind: 'boot', rate: f.get('rate', wholeNumber(0, 1_000_000, 'rate: 200')) ?? 0 }),
  },
  'acs-outage': { keys: ['for'], parse: (f) => ({ kind: 'acs-outage', ...forMs(f) }) },
  'acs-recovery': { keys: [], parse: () => ({ kind: 'acs-recovery' }) },
  'power-cycle': {
    keys: ['off'],
    parse: (f) => {
      const offMs = f.get('off', distribution, 'how long the devices stay off, e.g. off: 5s');
      return offMs && { kind: 'power-cycle', offMs };
    },
  },
  firmware: {
    keys: ['download', 'fail', 'reboot'],
    parse: (f) => {
      const fail = f.sub('fail', 'a failure rule');
      fail?.keys(['share', 'code']);
      const failShare = fail?.get('share', share) ?? 0;
      const failCode = fail?.get('code', transferFaultCode) ?? 9010;
      const none = { kind: 'fixed', ms: 0 } as const;
      return {
        kind: 'firmware',
        behaviour: {
          downloadMs: f.get('download', distribution) ?? none,
          failShare,
          failCode,
          rebootMs: f.get('reboot', distribution) ?? none,
        },
      };
    },
  },
  'value-change': {
    keys: ['parameter', 'value', 'notify'],
    parse: (f) => {
      const parameter = f.get(
        'parameter',
        (v): Parsed<string> =>
          typeof v === 'string' && /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)+$/.test(v)
            ? { ok: true, value: v }
            : { ok: false, message: `${JSON.stringify(v)} is not a parameter path; e.g. Device.WiFi.SSID.1.SSID` },
        'the parameter the devices change, e.g. parameter: Device.WiFi.SSID.1.SSID',
      );
      const value = f.get('value', wireValue, "the new value ({k} counts the repetitions), e.g. value: 'net-{k}'");
      const notify = f.get('notify', oneOf(['active', 'passive', 'as-set'] as const)) ?? 'as-set';
      return parameter !== undefined && value !== undefined
        ? { kind: 'value-change', parameter, value, notify }
        : undefined;
    },
  },
  unreachable: { keys: ['for'], parse: (f) => ({ kind: 'unreachable', ...forMs(f) }) },
  reachable: { keys: [], parse: () => ({ kind: 'reachable' }) },
  'rpc-fault': {
    keys: ['rpc', 'code', 'latency', 'for'],
    parse: (f) => {
      const rpc = f.get('rpc', oneOf(ACS_RPCS), 'the ACS request to fault, e.g. rpc: Download');
      const code = f.get('code', faultCode);
      const latencyMs = f.get('latency', distribution);
      if (code === undefined && latencyMs === undefined && !f.has('code') && !f.has('latency'))
        f.report(f.at, "give 'code' (a fault to answer with) or 'latency' (a delay before the answer), or both");
      if (rpc === undefined) return undefined;
      return {
        kind: 'rpc-fault',
        fault: { rpc, ...(code !== undefined ? { code } : {}), ...(latencyMs ? { latencyMs } : {}) },
        ...forMs(f),
      };
    },
  },
  'clear-faults': {
    keys: ['rpc'],
    parse: (f) => {
      const rpc = f.get('rpc', oneOf(ACS_RPCS));
      return { kind: 'clear-faults', ...(rpc !== undefined ? { rpc } : {}) };
    },
  },
  'connection-request': { keys: [], parse: () => ({ kind: 'connection-request' }) },
  reboot: { keys: [], parse: () => ({ kind: 'reboot' }) },
  'factory-reset': { keys: [], parse: () => ({ kind: 'factory-reset' }) },
};

export function parseStep(v: unknown, index: number, report: Report): Step | undefined {
  const at: Path = ['steps', index];
  const f = Fields.of(v, at, report, 'a step');
  if (!f) return undefined;
  f.keys([...STEP_KEYS, ...STEP_KINDS]);
  const kinds = STEP_KINDS.filter((k) => k in f.obj);
  if (kinds.length !== 1) {
    report(
      at,
      kinds.length === 0
        ? `a step needs one action: ${STEP_KINDS.join(', ')}`
        : `a step has one action; this one has ${kinds.join(' and ')}: split it into steps`,
    );
    return undefined;
  }
  const kind = kinds[0]!;
  const name = f.get('name', text('a step name')) ?? `step ${index + 1} (${kind})`;
  if (f.has('at') && f.has('after')) report(at, "give 'at' (a time from the start) or 'after' (a step), not both");
  const after = f.get('after', text('a step name'));
  const waitMs = f.get('wait', duration) ?? 0;
  if (f.has('wait') && !f.has('after'))
    report([...at, 'wait'], "'wait' counts from the end of the step named in 'after'");
  const atMs = f.get('at', duration);
  const when: TimeRef = after !== undefined ? { step: after, waitMs } : { atMs: atMs ?? 0 };
  const select = parseSelector(f.obj['select'], [...at, 'select'], report);
  let repeat: Step['repeat'];
  const r = f.has('repeat') ? f.sub('repeat', 'a repetition') : undefined;
  if (r) {
    r.keys(['every', 'times']);
    const everyMs = r.get('every', duration, 'how often, e.g. every: 10s');
    const times = r.get('times', wholeNumber(1, 1_000_000, 'times: 5'), 'how many times in all, e.g. times: 5');
    if (everyMs !== undefined && times !== undefined) repeat = { everyMs, times };
  }
  const spec = ACTIONS[kind];
  const body = Fields.of(f.obj[kind], [...at, kind], report, `the ${kind} settings`);
  body?.keys(spec.keys);
  const action = body && spec.parse(body);
  return action ? { name, when, select, action, ...(repeat ? { repeat } : {}) } : undefined;
}
