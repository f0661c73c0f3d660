import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeEnvelope, type CwmpVersion, type Message } from '../../../src/cwmp/soap/index.ts';
import { bbfDir, REPO } from '../../support/bbf-path.ts';

// Every message kind the agent sends, encoded and checked by xmllint against the BBF CWMP XSDs.
// The XSDs describe the body elements, so each body element is validated as its own document.
// BBF quirk: cwmp-1-3.xsd and cwmp-1-4.xsd declare targetNamespace cwmp-1-2, so 1.3/1.4 bodies
// are checked in that namespace against the 1.4 schema.
const dir = bbfDir();
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

const now = '2026-11-22T10:00:00Z';
const CPE_MESSAGES: Message[] = [
  {
    kind: 'Inform', deviceId: { manufacturer: 'Acme & Co <STB>', oui: '00D09E', productClass: 'STB4K', serialNumber: 'ACME1' },
    events: [{ eventCode: '0 BOOTSTRAP', commandKey: '' }, { eventCode: 'M Reboot', commandKey: 'r1' }], maxEnvelopes: 1, currentTime: now, retryCount: 2,
    parameterList: [
      { name: 'Device.DeviceInfo.UpTime', value: '42', xsiType: 'xsd:unsignedInt' },
      { name: 'Device.IP.Interface.1.Stats.BytesSent', value: '18446744073709551615', xsiType: 'xsd:unsignedLong' },
      { name: 'Device.DeviceInfo.ProvisioningCode', value: 'a"b\'c', xsiType: 'xsd:string' },
    ],
  },
  { kind: 'Inform', deviceId: { manufacturer: 'A', oui: '00D09E', productClass: '', serialNumber: 'S' }, events: [], maxEnvelopes: 1, currentTime: now, retryCount: 0, parameterList: [] },
  { kind: 'TransferComplete', commandKey: 'fw-1', fault: { faultCode: 0, faultString: '' }, startTime: now, completeTime: now },
  { kind: 'TransferComplete', commandKey: 'fw-2', fault: { faultCode: 9010, faultString: 'Download failure: HTTP 404' }, startTime: now, completeTime: now },
  { kind: 'GetRPCMethods' },
  { kind: 'GetRPCMethodsResponse', methodList: ['AddObject', 'GetParameterValues', 'Reboot'] },
  { kind: 'GetParameterValuesResponse', parameterList: [{ name: 'Device.DeviceInfo.Manufacturer', value: 'Acme', xsiType: 'xsd:string' }, { name: 'Device.X.Enable', value: 'true', xsiType: 'xsd:boolean' }] },
  { kind: 'GetParameterValuesResponse', parameterList: [] },
  { kind: 'SetParameterValuesResponse', status: 0 },
  { kind: 'GetParameterNamesResponse', parameterList: [{ name: 'Device.', writable: false }, { name: 'Device.IP.Interface.', writable: true }] },
  { kind: 'SetParameterAttributesResponse' },
  { kind: 'GetParameterAttributesResponse', parameterList: [{ name: 'Device.DeviceInfo.SoftwareVersion', notification: 2, accessList: [] }, { name: 'Device.X.Y', notification: 0, accessList: ['Subscriber'] }] },
  { kind: 'AddObjectResponse', instanceNumber: 3, status: 0 },
  { kind: 'DeleteObjectResponse', status: 0 },
  { kind: 'RebootResponse' },
  { kind: 'FactoryResetResponse' },
  { kind: 'DownloadResponse', status: 1, startTime: '0001-01-01T00:00:00Z', completeTime: '0001-01-01T00:00:00Z' },
  { kind: 'UploadResponse', status: 0, startTime: now, completeTime: now },
  { kind: 'ScheduleInformResponse' },
  { kind: 'Fault', faultCode: 9000, faultString: 'Method not supported' },
  {
    kind: 'Fault', faultCode: 9003, faultString: 'Invalid arguments',
    setParameterValuesFault: [{ parameterName: 'Device.DeviceInfo.SerialNumber', faultCode: 9008, faultString: 'not writable' }, { parameterName: 'Device.Nope', faultCode: 9005, faultString: 'no such parameter' }],
  },
];

const NS = 'xmlns:cwmp="NS" xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:soap-enc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/** The CWMP element of the body (or of the SOAP Fault's detail) as a standalone document. */
function bodyDocument(envelope: string, ns: string): string {
  const body = /<soap-env:Body>([\s\S]*)<\/soap-env:Body>/.exec(envelope)![1]!;
  const inner = /<detail>([\s\S]*)<\/detail>/.exec(body)?.[1] ?? body;
  const withNs = inner.replace(/^<(cwmp:[A-Za-z]+)/, `<$1 ${NS.replace('NS', ns)}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withNs}`;
}

describe.skipIf(!dir || !hasXmllint)('every CPE message validates against the BBF CWMP XSD (xmllint)', () => {
  const work = mkdtempSync(join(tmpdir(), 'tr069-xsd-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const catalog = join(work, 'catalog.xml');
  writeFileSync(catalog, `<?xml version="1.0"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <nextCatalog catalog="${join(REPO, 'test', 'fixtures', 'xsd', 'catalog.xml')}"/>
  <rewriteURI uriStartString="http://www.broadband-forum.org/cwmp/" rewritePrefix="file://${dir}/"/>
  <rewriteSystem systemIdStartString="http://www.broadband-forum.org/cwmp/" rewritePrefix="file://${dir}/"/>
</catalog>`);

  it('the check is not vacuous: a response with a wrong child fails', () => {
    const f = join(work, 'broken.xml');
    writeFileSync(f, '<?xml version="1.0"?>\n<cwmp:SetParameterValuesResponse xmlns:cwmp="urn:dslforum-org:cwmp-1-0"><Oops>1</Oops></cwmp:SetParameterValuesResponse>');
    const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(dir!, 'cwmp-1-0.xsd'), f], { encoding: 'utf8', env: { ...process.env, XML_CATALOG_FILES: catalog } });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("Element 'Oops': This element is not expected. Expected is ( Status )");
  });

  const cases: [CwmpVersion, string, string][] = [['1.0', 'cwmp-1-0.xsd', 'urn:dslforum-org:cwmp-1-0'], ['1.2', 'cwmp-1-2.xsd', 'urn:dslforum-org:cwmp-1-2'], ['1.4', 'cwmp-1-4.xsd', 'urn:dslforum-org:cwmp-1-2']];
  for (const [version, xsd, ns] of cases) {
    it(`cwmp ${version}: ${CPE_MESSAGES.length} messages, every kind the CPE sends`, () => {
      const files: string[] = [];
      CPE_MESSAGES.forEach((m, i) => {
        const env = encodeEnvelope({ version, header: { id: `id-${i}` }, body: m });
        const f = join(work, `${version}-${i}-${m.kind}.xml`);
        writeFileSync(f, bodyDocument(env, ns));
        files.push(f);
      });
      const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(dir!, xsd), ...files], { encoding: 'utf8', env: { ...process.env, XML_CATALOG_FILES: catalog } });
      // xmllint says "<file> validates" once per valid file, on stderr.
      const validated = files.filter((f) => r.stderr.includes(`${f} validates`));
      if (r.status !== 0 || validated.length !== files.length) throw new Error(`xmllint rejected messages:\n${r.stderr}`);
      expect(validated).toHaveLength(CPE_MESSAGES.length);
    });
  }
});
