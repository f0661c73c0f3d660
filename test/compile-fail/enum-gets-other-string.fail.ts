// An enumerated string only takes its literals.
import type { Values } from '../../generated/device-2/index.ts';

export const status: Values['Device.IP.Interface.{i}.Status'] = 'Sideways';
