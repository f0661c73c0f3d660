import type { RpcDispatcher } from './dispatch.ts';
import { cwmpFault } from './fault.ts';

/** What the device RPCs need of the agent. */
export interface DeviceControl {
  /** Reboots the device, the session over (TR-069 A.3.2.9); "M Reboot" carries the CommandKey. */
  reboot(commandKey: string): Promise<void>;
  /** Back to the factory state, the session over (A.4.1.4). */
  factoryReset(): Promise<void>;
  /** An Inform in `delaySeconds`, with "M ScheduleInform" carrying the CommandKey (A.4.1.5). */
  scheduleInform(delaySeconds: number, commandKey: string): void;
}

/** Reboot, FactoryReset and ScheduleInform. Reboot and FactoryReset act once the session has ended. */
export function registerDeviceRpcs(d: RpcDispatcher, device: DeviceControl): void {
  d.register('Reboot', async (req, ctx) => {
    ctx.afterSession(() => device.reboot(req.commandKey));
    return { kind: 'RebootResponse' };
  });
  d.register('FactoryReset', async (_req, ctx) => {
    ctx.afterSession(() => device.factoryReset());
    return { kind: 'FactoryResetResponse' };
  });
  d.register('ScheduleInform', async (req) => {
    if (!(req.delaySeconds > 0)) return cwmpFault(9003, 'DelaySeconds must be greater than 0');
    device.scheduleInform(req.delaySeconds, req.commandKey);
    return { kind: 'ScheduleInformResponse' };
  });
}
