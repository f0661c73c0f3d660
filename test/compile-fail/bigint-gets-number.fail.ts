// 64-bit counters are bigint: a plain number must not compile.
import type { Values } from '../../generated/device-2/index.ts';

export const bytes: Values['Device.IP.Interface.{i}.Stats.BytesSent'] = 5;
