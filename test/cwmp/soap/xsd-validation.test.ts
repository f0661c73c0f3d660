import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cwmpNamespace,
  encodeEnvelope,
  encodeMustUnderstandFault,
  type CwmpVersion,
  type Message,
} from '../../../src/cwmp/soap/index.ts';
import { bbfDir, REPO } from '../../support/bbf-path.ts';
import { skipUnlessPeer } from '../../support/peers.ts';

// Every message kind the agent sends, as the whole envelope it puts on the wire (namespace,
// headers and all, nothing rewritten), checked by xmllint against the BBF CWMP XSD of its
// version. The SOAP envelope schema beside the catalog processes Header and Body children
// strictly, so an element in a namespace no schema declares (cwmp-1-4) fails.
const dir = bbfDir();

const now = '2026-11-22T10:00:00Z';
const CPE_MESSAGES: Message[] = [
  {
    kind: 'Inform',
    deviceId: { manufacturer: 'Acme & Co <STB>', oui: '00D09E', productClass: 'STB4K', serialNumber: 'ACME1' },
    events: [
      { eventCode: '0 BOOTSTRAP', commandKey: '' },
      { eventCode: 'M Reboot', commandKey: 'r1' },
    ],
    maxEnvelopes: 1,
    currentTime: now,
    retryCount: 2,
    parameterList: [
      { name: 'Device.DeviceInfo.UpTime', value: '42', xsiType: 'xsd:unsignedInt' },
      { name: 'Device.IP.Interface.1.Stats.BytesSent', value: '18446744073709551615', xsiType: 'xsd:unsignedLong' },
      { name: 'Device.DeviceInfo.ProvisioningCode', value: 'a"b\'c', xsiType: 'xsd:string' },
    ],
  },
  {
    kind: 'Inform',
    deviceId: { manufacturer: 'A', oui: '00D09E', productClass: '', serialNumber: 'S' },
    events: [],
    maxEnvelopes: 1,
    currentTime: now,
    retryCount: 0,
    parameterList: [],
  },
  {
    kind: 'TransferComplete',
    commandKey: 'fw-1',
    fault: { faultCode: 0, faultString: '' },
    startTime: now,
    completeTime: now,
  },
  {
    kind: 'TransferComplete',
    commandKey: 'fw-2',
    fault: { faultCode: 9010, faultString: 'Download failure: HTTP 404' },
    startTime: now,
    completeTime: now,
  },
  { kind: 'GetRPCMethods' },
  { kind: 'GetRPCMethodsResponse', methodList: ['AddObject', 'GetParameterValues', 'Reboot'] },
  {
    kind: 'GetParameterValuesResponse',
    parameterList: [
      { name: 'Device.DeviceInfo.Manufacturer', value: 'Acme', xsiType: 'xsd:string' },
      { name: 'Device.X.Enable', value: 'true', xsiType: 'xsd:boolean' },
    ],
  },
  { kind: 'GetParameterValuesResponse', parameterList: [] },
  { kind: 'SetParameterValuesResponse', status: 0 },
  {
    kind: 'GetParameterNamesResponse',
    parameterList: [
      { name: 'Device.', writable: false },
      { name: 'Device.IP.Interface.', writable: true },
    ],
  },
  { kind: 'SetParameterAttributesResponse' },
  {
    kind: 'GetParameterAttributesResponse',
    parameterList: [
      { name: 'Device.DeviceInfo.SoftwareVersion', notification: 2, accessList: [] },
      { name: 'Device.X.Y', notification: 0, accessList: ['Subscriber'] },
    ],
  },
  { kind: 'AddObjectResponse', instanceNumber: 3, status: 0 },
  { kind: 'DeleteObjectResponse', status: 0 },
  { kind: 'RebootResponse' },
  { kind: 'FactoryResetResponse' },
  { kind: 'DownloadResponse', status: 1, startTime: '0001-01-01T00:00:00Z', completeTime: '0001-01-01T00:00:00Z' },
  { kind: 'UploadResponse', status: 0, startTime: now, completeTime: now },
  { kind: 'ScheduleInformResponse' },
  { kind: 'Fault', faultCode: 9000, faultString: 'Method not supported' },
  {
    kind: 'Fault',
    faultCode: 9003,
    faultString: 'Invalid arguments',
    setParameterValuesFault: [
      { parameterName: 'Device.DeviceInfo.SerialNumber', faultCode: 9008, faultString: 'not writable' },
      { parameterName: 'Device.Nope', faultCode: 9005, faultString: 'no such parameter' },
    ],
  },
];

describe.skipIf(skipUnlessPeer('bbf', 'xmllint'))(
  'every CPE message validates against the BBF CWMP XSD (xmllint)',
  () => {
    const work = mkdtempSync(join(tmpdir(), 'tr069-xsd-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const catalog = join(work, 'catalog.xml');
    writeFileSync(
      catalog,
      `<?xml version="1.0"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <nextCatalog catalog="${join(REPO, 'test', 'fixtures', 'xsd', 'catalog.xml')}"/>
  <rewriteURI uriStartString="http://www.broadband-forum.org/cwmp/" rewritePrefix="file://${dir}/"/>
  <rewriteSystem systemIdStartString="http://www.broadband-forum.org/cwmp/" rewritePrefix="file://${dir}/"/>
</catalog>`,
    );

    it('the check is not vacuous: a response with a wrong child fails', () => {
      const f = join(work, 'broken.xml');
      writeFileSync(
        f,
        '<?xml version="1.0"?>\n<cwmp:SetParameterValuesResponse xmlns:cwmp="urn:dslforum-org:cwmp-1-0"><Oops>1</Oops></cwmp:SetParameterValuesResponse>',
      );
      const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(dir!, 'cwmp-1-0.xsd'), f], {
        encoding: 'utf8',
        env: { ...process.env, XML_CATALOG_FILES: catalog },
      });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain("Element 'Oops': This element is not expected. Expected is ( Status )");
    });

    /**
     * xmllint over envelope files with one wrapper schema importing SOAP and the CWMP XSD; the files it says validate.
     */
    function validate(
      xsd: string,
      ns: string,
      files: string[],
    ): { validated: string[]; stderr: string; status: number | null } {
      const wrapper = join(work, `wrapper-${xsd}`);
      writeFileSync(
        wrapper,
        `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://schemas.xmlsoap.org/soap/envelope/" schemaLocation="http://schemas.xmlsoap.org/soap/envelope/"/>
  <xs:import namespace="${ns}" schemaLocation="file://${join(dir!, xsd)}"/>
</xs:schema>`,
      );
      const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', wrapper, ...files], {
        encoding: 'utf8',
        env: { ...process.env, XML_CATALOG_FILES: catalog },
      });
      // xmllint says "<file> validates" once per valid file, on stderr.
      return {
        validated: files.filter((f) => r.stderr.includes(`${f} validates`)),
        stderr: r.stderr,
        status: r.status,
      };
    }

    it('the envelope check is not vacuous: the namespace cwmp-1-4, which does not exist, fails', () => {
      const good = encodeEnvelope({ version: '1.4', header: { id: 'x' }, body: { kind: 'RebootResponse' } });
      const f = join(work, 'cwmp-1-4-namespace.xml');
      writeFileSync(f, good.replace('urn:dslforum-org:cwmp-1-2', 'urn:dslforum-org:cwmp-1-4'));
      const r = validate('cwmp-1-4.xsd', 'urn:dslforum-org:cwmp-1-2', [f]);
      expect(r.validated).toEqual([]);
      expect(r.stderr).toMatch(/No matching global (element )?declaration available/);
    });

    const cases: [CwmpVersion, string][] = [
      ['1.0', 'cwmp-1-0.xsd'],
      ['1.1', 'cwmp-1-1.xsd'],
      ['1.2', 'cwmp-1-2.xsd'],
      ['1.3', 'cwmp-1-3.xsd'],
      ['1.4', 'cwmp-1-4.xsd'],
    ];
    for (const [version, xsd] of cases) {
      it(`cwmp ${version}: every kind of envelope the CPE sends, as sent`, () => {
        const files: string[] = [];
        CPE_MESSAGES.forEach((m, i) => {
          // The Inform carries the headers the session sends with it (TR-069 A.4.2).
          const header =
            m.kind === 'Inform'
              ? { id: `id-${i}`, sessionTimeout: 30, supportedCwmpVersions: '1.0,1.1,1.2,1.3,1.4' }
              : { id: `id-${i}` };
          const f = join(work, `${version}-${i}-${m.kind}.xml`);
          writeFileSync(f, encodeEnvelope({ version, header, body: m }));
          files.push(f);
        });
        const mu = join(work, `${version}-must-understand.xml`);
        writeFileSync(mu, encodeMustUnderstandFault(version, 'id-mu', ['Frob']));
        files.push(mu);
        const r = validate(xsd, cwmpNamespace(version), files);
        if (r.status !== 0 || r.validated.length !== files.length)
          throw new Error(`xmllint rejected messages:\n${r.stderr}`);
        expect(r.validated).toHaveLength(CPE_MESSAGES.length + 1);
      });
    }
  },
);
