import { interopSuite } from './profile-suite.ts';

// The shipped set-top box: TR-181 Device:2 (src/device/profiles/stb.yaml).
interopSuite({
  profile: 'stb',
  root: 'Device.',
  identity: { Manufacturer: 'Acme Set-Top', OUI: '00D09E', ProductClass: 'STB4K', SerialNumber: 'ACME0000001' },
  softwareVersion: '4.2.0',
  firmwareVersion: '4.3.0',
  table: 'Device.DNS.Client.Server.',
});
