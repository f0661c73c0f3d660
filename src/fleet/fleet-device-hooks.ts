import type { AgentOptions } from '../agent/agent.ts';
import type { DeviceSetup } from '../agent/device-setup.ts';
import type { HttpListenSettings } from '../agent/http-connection-requests.ts';
import type { UdpListenSettings } from '../agent/udp-connection-requests.ts';
import type { AllFields } from '../common/all-fields.ts';
import { cwmpFault } from '../cwmp/rpc/fault.ts';
import type { SessionConnection } from '../cwmp/session.ts';
import type { DeviceConditions } from './device-conditions.ts';
import type { DeviceTracker } from './device-tracker.ts';
import type { FleetHooks } from './fleet.ts';
import type { FleetMetrics } from './fleet-metrics.ts';
import type { FleetRoster } from './fleet-roster.ts';
import { FirmwareBehaviour, type FirmwareBehaviourHooks } from './firmware-behaviour.ts';
import type { TimerHeap } from './timer-heap.ts';

export interface DeviceHookDeps {
  roster: FleetRoster;
  /** The simulated device of each profile the roster names. */
  setups: ReadonlyMap<string, DeviceSetup>;
  conditions: DeviceConditions;
  tracker: DeviceTracker;
  metrics: FleetMetrics;
  clock: TimerHeap;
}

// Field by field, not spread: one hidden class for every device (src/common/all-fields.ts).
function httpListen(c: HttpListenSettings, reachable: () => boolean): AllFields<HttpListenSettings> {
  return { port: c.port, advertiseHost: c.advertiseHost, bindHost: c.bindHost, shared: c.shared, reachable };
}

function udpListen(c: UdpListenSettings, reachable: () => boolean): AllFields<UdpListenSettings> {
  return { port: c.port, advertiseHost: c.advertiseHost, shared: c.shared, reachable };
}

/** A session towards an ACS that cannot be reached: the connection fails at once, as a refused one does. */
function unreachableAcs(url: string): SessionConnection {
  return {
    localAddress: undefined,
    post: () => Promise.reject(new Error(`connect ECONNREFUSED ${url} (ACS outage in the scenario)`)),
    close: () => Promise.resolve(),
  };
}

/** A session that starts only once the device is back from its reboot. */
function afterReboot(real: SessionConnection, back: Promise<void>): SessionConnection {
  return {
    get localAddress() {
      return real.localAddress;
    },
    post: async (body, action) => {
      await back;
      return real.post(body, action);
    },
    close: () => real.close(),
  };
}

/**
 * The fleet's hooks for scenarios and live control: each device runs its group's profile, its
 * sessions fail while its ACS is "down", connection requests to it drop while it is
 * "unreachable" or rebooting, its RPCs answer with injected faults or latency, its firmware
 * installs take the scenario's drawn times and failures; and every session and fault (an RPC's,
 * or a failed transfer's once its TransferComplete is acknowledged) is told to the tracker and
 * the metrics.
 */
export function fleetDeviceHooks(d: DeviceHookDeps): FleetHooks {
  const wait = (ms: number): Promise<void> => new Promise((resolve) => d.clock.setTimeout(() => resolve(), ms));
  const rebooting = new Map<string, { back: Promise<void>; done: () => void }>();
  // One object for the whole fleet: a device's own parts hold its number and serial, not closures.
  const firmware: FirmwareBehaviourHooks = {
    conditions: d.conditions,
    wait,
    rebooting: (serial, down) => {
      if (down) {
        let done = (): void => undefined;
        const back = new Promise<void>((resolve) => (done = resolve));
        rebooting.set(serial, { back, done });
      } else {
        rebooting.get(serial)?.done();
        rebooting.delete(serial);
      }
    },
  };
  return {
    options(n, serial, o): AgentOptions {
      const profile = d.roster.profileOf(n);
      const setup = d.setups.get(profile) ?? o.device;
      const reachable = (): boolean => d.conditions.reachable(serial) && !rebooting.has(serial);
      const inner = setup.transfers;
      // The closures below keep what they use, not `o` (the fleet's options object for the device).
      const { connect, observer } = o;
      const device: DeviceSetup = inner
        ? { ...setup, transfers: (ctx) => new FirmwareBehaviour(inner(ctx), serial, firmware) }
        : setup;
      return {
        ...o,
        device,
        profileName: profile,
        connect: (url, user, pass) => {
          if (d.conditions.inAcsOutage(serial)) return unreachableAcs(url);
          const real = connect(url, user, pass);
          const r = rebooting.get(serial);
          return r ? afterReboot(real, r.back) : real;
        },
        ...(o.connectionRequests ? { connectionRequests: httpListen(o.connectionRequests, reachable) } : {}),
        ...(o.udpConnectionRequests ? { udpConnectionRequests: udpListen(o.udpConnectionRequests, reachable) } : {}),
        observer: {
          sessionEnded: (r) => {
            observer?.sessionEnded(r);
            d.tracker.session(n, serial, r);
            // Every failed transfer the ACS was told of: injected by a scenario or the device's own.
            for (const code of r.transferFaults ?? []) {
              d.metrics.timeline.fault(`TransferComplete ${code}`);
              d.tracker.fault(n, serial, 'TransferComplete', code);
            }
          },
        },
        // Set on the device's dispatcher when its first RPC makes one (idle devices never do).
        rpcAround: async (request, handle) => {
          const f = d.conditions.fault(serial, request.kind);
          if (f?.latencyMs) await wait(d.conditions.time(serial, `latency ${f.rpc}`, f.latencyMs));
          const result =
            f?.code !== undefined ? cwmpFault(f.code, `injected by the fleet for ${request.kind}`) : await handle();
          if (result.kind === 'Fault') {
            d.metrics.timeline.fault(`RPC ${result.faultCode}`);
            d.tracker.fault(n, serial, 'RPC', result.faultCode);
          }
          return result;
        },
      };
    },
  };
}
