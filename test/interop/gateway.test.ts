import { interopSuite } from './profile-suite.ts';

// The shipped home gateway: TR-098 InternetGatewayDevice:1 (src/device/profiles/gateway.yaml).
interopSuite({
  profile: 'gateway',
  root: 'InternetGatewayDevice.',
  identity: { Manufacturer: 'Acme Gateways', OUI: '00D09F', ProductClass: 'HGW', SerialNumber: 'ACMEGW000001' },
  softwareVersion: '2.8.1',
  firmwareVersion: '2.9.0',
  table: 'InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.PortMapping.',
});
