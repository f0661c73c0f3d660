import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AgentProcess } from '../support/agent-process.ts';
import { freeUdpPort } from '../support/free-port.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import {
  GenieAcs,
  type Exchange,
  type GenieSession,
  type ProblemMark,
  type QueueItem,
} from '../support/genieacs/genie-acs.ts';
import type { AcsRequest, TransferCompleteRequest } from '../support/genieacs/types.ts';
import { until } from '../support/until.ts';
import {
  cli,
  expectGenieAcsSatisfied,
  fault,
  rawStrings,
  response,
  sessionSummary,
  startFileServer,
  values,
  within,
} from './interop-support.ts';

/** What differs between the shipped profiles for the same scenarios. */
export interface InteropProfile {
  profile: 'stb' | 'gateway';
  root: 'Device.' | 'InternetGatewayDevice.';
  identity: { Manufacturer: string; OUI: string; ProductClass: string; SerialNumber: string };
  /** DeviceInfo.SoftwareVersion the profile boots with. */
  softwareVersion: string;
  /** The version in the name of the firmware file the Download brings. */
  firmwareVersion: string;
  /** A writable table for AddObject / DeleteObject. */
  table: string;
}

const CR = { username: 'acs', password: 'cr-secret' };
const WAIT_MS = 20_000;

/**
 * One agent process per profile, driven through real sessions by the GenieACS test ACS: every
 * scenario queues GenieACS requests for the device and starts a session with GenieACS's own
 * connection request, and ends asserting that GenieACS parsed everything without an error or
 * warning. Scenarios run in order on the same device; the autonomous transfer comes last, after
 * the factory reset, because an agent that mishandles GenieACS's answer to it retries without end.
 */
export function interopSuite(p: InteropProfile): void {
  describe.skipIf(skipUnlessPeer('genieacs'))(`GenieACS drives the '${p.profile}' agent (${p.root})`, () => {
    const R = p.root;
    const MS = `${R}ManagementServer.`;
    const PC = `${R}DeviceInfo.ProvisioningCode`;
    const PII = `${MS}PeriodicInformInterval`;
    // The bootstrap session sets what keeps the suite short: retries after 1 s (TR-069 3.2.1.1
    // with m = 1, k = 1000) and no periodic Informs in between the scenarios.
    const setup: AcsRequest = {
      name: 'SetParameterValues',
      parameterKey: 'interop-setup',
      parameterList: [
        [`${MS}CWMPRetryMinimumWaitInterval`, 1, 'xsd:unsignedInt'],
        [`${MS}CWMPRetryIntervalMultiplier`, 1000, 'xsd:unsignedInt'],
        [`${MS}PeriodicInformEnable`, false, 'xsd:boolean'],
      ],
    };
    let acs: GenieAcs;
    let agent: AgentProcess;
    let files: Awaited<ReturnType<typeof startFileServer>>;
    let id: string;
    let udpPort: number;
    let bootstrap: Promise<Exchange>;
    let mark: ProblemMark;

    const detail = (): string => `${sessionSummary(acs, id)}\n--- agent log ---\n${agent.output.slice(-3000)}`;
    const lastIndex = (): number => acs.sessions.filter((s) => s.deviceId === id).at(-1)?.index ?? -1;
    /** The first finished session of the device after `after` that satisfies `predicate`. */
    const next = (after: number, predicate: (s: GenieSession) => boolean, what: string): Promise<GenieSession> =>
      acs.waitForSession((s) => s.deviceId === id && s.index > after && s.outcome !== 'open' && predicate(s), {
        timeoutMs: WAIT_MS,
        what,
        detail,
      });
    /**
     * GenieACS's HTTP connection request. The agent accepts at most 10 per 10 s per device
     * (src/nat/connection-request-server.ts; refused ones do not count) and answers 503 beyond,
     * which GenieACS reports as "Device is offline": a suite that opens sessions back to back
     * waits for room, as a patient operator would.
     */
    const accepted: number[] = [];
    /** Waits until `n` more connection requests fit in the agent's window. */
    const roomFor = async (n: number): Promise<void> => {
      for (;;) {
        while (accepted.length > 0 && Date.now() - accepted[0]! >= 10_500) accepted.shift();
        if (accepted.length <= 10 - n) return;
        await new Promise((r) => setTimeout(r, 10_500 - (Date.now() - accepted[0]!)));
      }
    };
    const cr = async (c = CR): Promise<string> => {
      await roomFor(1);
      const r = await acs.httpConnectionRequest(id, c);
      if (r === '') accepted.push(Date.now());
      return r;
    };
    /** Queues the requests, asks for a session with GenieACS's HTTP connection request, and returns the answers. */
    const run = async (items: QueueItem[]): Promise<Exchange[]> => {
      const answers = items.map((item) => acs.enqueue(id, item));
      expect(await cr(), detail()).toBe('');
      const got = await within(
        Promise.all(answers),
        WAIT_MS,
        `answers to ${items.map((i) => i.name).join(', ')}`,
        detail,
      );
      const last = got.at(-1)!.session;
      await acs.waitForSession((s) => s === last && s.outcome !== 'open', {
        timeoutMs: WAIT_MS,
        what: 'the end of the session',
        detail,
      });
      expect(last.outcome).toBe('ended');
      return got;
    };
    const transferComplete = (s: GenieSession, commandKey: string): TransferCompleteRequest | undefined =>
      s.cpeRequests.find(
        (r): r is TransferCompleteRequest => r.name === 'TransferComplete' && r.commandKey === commandKey,
      );

    beforeAll(async () => {
      acs = await GenieAcs.start();
      id = acs.deviceId(p.identity);
      bootstrap = acs.enqueue(id, setup);
      files = await startFileServer({
        // A plain file, not the simulated device's own image format: what an operator serves.
        [`/firmware-${p.firmwareVersion}.bin`]: Buffer.from(
          `${p.profile} firmware ${p.firmwareVersion}\n`.repeat(2048),
        ),
        '/web/site.tar': Buffer.from('web content\n'.repeat(64)),
      });
      udpPort = await freeUdpPort();
      agent = new AgentProcess().start([
        '--acs-url',
        acs.url,
        '--profile',
        p.profile,
        '--cr-username',
        CR.username,
        '--cr-password',
        CR.password,
        '--cr-host',
        '127.0.0.1',
        '--udp-port',
        String(udpPort),
        '--session-timeout',
        '5',
      ]);
    });

    afterAll(async () => {
      await agent?.stop();
      await acs?.close();
      await files?.close();
      agent?.cleanup();
    });

    beforeEach(() => {
      mark = acs.mark();
    });

    it('bootstraps: 0 BOOTSTRAP and 1 BOOT, answered in the CWMP version GenieACS derived', async () => {
      const e = await within(bootstrap, 30_000, 'the bootstrap session', detail);
      const s = e.session;
      expect(s.index).toBe(acs.sessions.find((x) => x.deviceId === id)!.index);
      expect(s.events).toEqual(expect.arrayContaining(['0 BOOTSTRAP', '1 BOOT']));
      expect(['1.0', '1.1', '1.2', '1.3', '1.4']).toContain(s.cwmpVersion);
      expect(s.inform.deviceId).toEqual(p.identity);
      expect(s.retryCount).toBe(0);
      expect(s.informParameters.get(`${MS}ConnectionRequestURL`)).toMatch(/^http:\/\/127\.0\.0\.1:[0-9]+\//);
      expect(s.informParameters.get(`${R}DeviceInfo.SoftwareVersion`)).toBe(p.softwareVersion);
      expect(response(e, 'SetParameterValuesResponse').status).toBe(0);
      await next(s.index - 1, (x) => x === s, 'the end of the bootstrap session');
      expect(s.outcome).toBe('ended');
      expectGenieAcsSatisfied(acs, mark);
    });

    it('GetParameterValues: values with the xsi:types GenieACS reads', async () => {
      const [e] = await run([
        {
          name: 'GetParameterValues',
          parameterNames: [
            `${R}DeviceInfo.SoftwareVersion`,
            `${R}DeviceInfo.SerialNumber`,
            PII,
            `${MS}PeriodicInformEnable`,
            `${R}DeviceInfo.UpTime`,
          ],
        },
      ]);
      const list = response(e!, 'GetParameterValuesResponse').parameterList.map(([path, v, type]) => [
        path.toString(),
        v,
        type,
      ]);
      expect(list).toEqual([
        [`${R}DeviceInfo.SoftwareVersion`, p.softwareVersion, 'xsd:string'],
        [`${R}DeviceInfo.SerialNumber`, p.identity.SerialNumber, 'xsd:string'],
        [PII, expect.any(Number), 'xsd:unsignedInt'],
        [`${MS}PeriodicInformEnable`, false, 'xsd:boolean'],
        [`${R}DeviceInfo.UpTime`, expect.any(Number), 'xsd:unsignedInt'],
      ]);
      expectGenieAcsSatisfied(acs, mark);
    });

    it('the whole tree, as GenieACS first reads a device: GetParameterNames and GetParameterValues of the root', async () => {
      const [names, vals] = await run([
        { name: 'GetParameterNames', parameterPath: R, nextLevel: false },
        { name: 'GetParameterValues', parameterNames: [R] },
      ]);
      const gpn = response(names!, 'GetParameterNamesResponse').parameterList;
      const parameters = gpn
        .filter(([, object]) => !object)
        .map(([path]) => path.toString())
        .sort();
      expect(parameters.length).toBeGreaterThan(100);
      expect(gpn.some(([path, object]) => object && path.toString() === R.slice(0, -1))).toBe(true);
      // Every parameter the names list has is in the values, and nothing else; but for the rows of
      // the tables whose hosts and stations join and leave by themselves (the profile's live
      // section), which may change between the two requests.
      const settled = (path: string): boolean => !/\.(Hosts\.Host|AssociatedDevice)\.[0-9]+\./.test(path);
      expect([...values(vals!).keys()].filter(settled).sort()).toEqual(parameters.filter(settled));
      expectGenieAcsSatisfied(acs, mark);
    });

    it('SetParameterValues applies a good set and reports Status 0; the values read back, ParameterKey too', async () => {
      const [set, get] = await run([
        {
          name: 'SetParameterValues',
          parameterList: [
            [PC, 'interop-1', 'xsd:string'],
            [PII, 1800, 'xsd:unsignedInt'],
          ],
          parameterKey: 'spv-1',
        },
        { name: 'GetParameterValues', parameterNames: [PC, PII, `${MS}ParameterKey`] },
      ]);
      expect(response(set!, 'SetParameterValuesResponse').status).toBe(0);
      expect(Object.fromEntries(values(get!))).toEqual({
        [PC]: 'interop-1',
        [PII]: 1800,
        [`${MS}ParameterKey`]: 'spv-1',
      });
      expectGenieAcsSatisfied(acs, mark);
    });

    it('SetParameterValues faults: wrong type 9006, read-only 9008, each in a 9003; atomic: nothing of a faulty set applied', async () => {
      const [badType, readOnly, mixed, get] = await run([
        { name: 'SetParameterValues', parameterList: [[PII, true, 'xsd:boolean']], parameterKey: 'bad-type' },
        {
          name: 'SetParameterValues',
          parameterList: [[`${R}DeviceInfo.Manufacturer`, 'Someone Else', 'xsd:string']],
          parameterKey: 'read-only',
        },
        {
          name: 'SetParameterValues',
          parameterList: [
            [PC, 'must-not-apply', 'xsd:string'],
            [PII, true, 'xsd:boolean'],
          ],
          parameterKey: 'atomic',
        },
        { name: 'GetParameterValues', parameterNames: [PC, PII, `${MS}ParameterKey`] },
      ]);
      const perParameter = (e: Exchange): [string, string][] => {
        const f = fault(e).detail!;
        expect(f.faultCode).toBe('9003');
        return (f.setParameterValuesFault ?? []).map((x) => [x.parameterName, x.faultCode]);
      };
      expect(perParameter(badType!)).toEqual([[PII, '9006']]);
      expect(perParameter(readOnly!)).toEqual([[`${R}DeviceInfo.Manufacturer`, '9008']]);
      expect(perParameter(mixed!)).toContainEqual([PII, '9006']);
      // Read back: neither the good parameter of the faulty set nor its ParameterKey was applied.
      expect(Object.fromEntries(values(get!))).toEqual({
        [PC]: 'interop-1',
        [PII]: 1800,
        [`${MS}ParameterKey`]: 'spv-1',
      });
      expectGenieAcsSatisfied(acs, mark);
    });

    it('GetParameterNames: NextLevel true lists only the children, false the object and everything below', async () => {
      const info = `${R}DeviceInfo.`;
      const [level, all] = await run([
        { name: 'GetParameterNames', parameterPath: MS, nextLevel: true },
        { name: 'GetParameterNames', parameterPath: info, nextLevel: false },
      ]);
      const named = (e: Exchange): Map<string, boolean> =>
        new Map(
          response(e, 'GetParameterNamesResponse').parameterList.map(([path, object, writable]) => [
            `${path.toString()}${object ? '.' : ''}`,
            writable,
          ]),
        );
      const children = named(level!);
      expect(children.get(`${MS}URL`)).toBe(true);
      expect(children.get(`${MS}ConnectionRequestURL`)).toBe(false);
      expect([...children.keys()].filter((n) => !n.startsWith(MS) || !/^[^.]+\.?$/.test(n.slice(MS.length)))).toEqual(
        [],
      );
      const below = named(all!);
      expect(below.has(info)).toBe(true);
      expect(below.get(`${info}SoftwareVersion`)).toBe(false);
      expect([...below.keys()].some((n) => /^[^.]+\.[^.]+\./.test(n.slice(info.length)))).toBe(true);
      expect([...below.keys()].filter((n) => !n.startsWith(info))).toEqual([]);
      expectGenieAcsSatisfied(acs, mark);
    });

    it('Set/GetParameterAttributes, including GenieACS changing only the access list (NotificationChange false, empty Notification)', async () => {
      // PeriodicInformInterval: the data model lets the ACS choose its notification freely.
      const gpa: AcsRequest = { name: 'GetParameterAttributes', parameterNames: [PII] };
      const [spa1, gpa1, spa2, gpa2, spa3, gpa3] = await run([
        { name: 'SetParameterAttributes', parameterList: [[PII, 2, null]] },
        gpa,
        { name: 'SetParameterAttributes', parameterList: [[PII, null, ['Subscriber']]] },
        gpa,
        { name: 'SetParameterAttributes', parameterList: [[PII, 0, []]] },
        gpa,
      ]);
      const attrs = (e: Exchange): [string, number, string[]][] =>
        response(e, 'GetParameterAttributesResponse').parameterList.map(([path, n, access]) => [
          path.toString(),
          n,
          access,
        ]);
      for (const e of [spa1!, spa2!, spa3!]) response(e, 'SetParameterAttributesResponse');
      expect(attrs(gpa1!)).toEqual([[PII, 2, []]]);
      expect(attrs(gpa2!)).toEqual([[PII, 2, ['Subscriber']]]);
      expect(attrs(gpa3!)).toEqual([[PII, 0, []]]);
      expectGenieAcsSatisfied(acs, mark);
    });

    it('AddObject gives a new instance; DeleteObject removes it (reading it is then 9005)', async () => {
      const [add] = await run([{ name: 'AddObject', objectName: p.table, parameterKey: 'add-1', instanceValues: {} }]);
      const added = response(add!, 'AddObjectResponse');
      expect(added.instanceNumber).toMatch(/^[1-9][0-9]*$/);
      expect(added.status).toBe(0);
      const row = `${p.table}${added.instanceNumber}.`;
      const [read, del, gone] = await run([
        { name: 'GetParameterValues', parameterNames: [row] },
        { name: 'DeleteObject', objectName: row, parameterKey: 'del-1' },
        { name: 'GetParameterValues', parameterNames: [row] },
      ]);
      expect([...values(read!).keys()].length).toBeGreaterThan(0);
      expect([...values(read!).keys()].every((n) => n.startsWith(row))).toBe(true);
      expect(response(del!, 'DeleteObjectResponse').status).toBe(0);
      expect(fault(gone!).detail?.faultCode).toBe('9005');
      expectGenieAcsSatisfied(acs, mark);
    });

    it('GetRPCMethods lists every method TR-069 requires of a CPE', async () => {
      const [e] = await run([{ name: 'GetRPCMethods', raw: '<cwmp:GetRPCMethods></cwmp:GetRPCMethods>' }]);
      expect(e!.reply.unknownMethod).toBe('GetRPCMethodsResponse');
      expect(rawStrings(acs, e!.body, 'MethodList')).toEqual(
        expect.arrayContaining([
          'GetRPCMethods',
          'SetParameterValues',
          'GetParameterValues',
          'GetParameterNames',
          'SetParameterAttributes',
          'GetParameterAttributes',
          'AddObject',
          'DeleteObject',
          'Reboot',
          'Download',
          'FactoryReset',
          'ScheduleInform',
        ]),
      );
      expectGenieAcsSatisfied(acs, mark);
    });

    // ---- the defects of the first contact with GenieACS (issue 16), each through GenieACS ----

    it('whitespace: a string value and a ParameterKey GenieACS sets with leading and trailing spaces read back with every character', async () => {
      const spaced = '  edge spaces  ';
      const key = '  key with spaces  ';
      const [set, get] = await run([
        { name: 'SetParameterValues', parameterList: [[PC, spaced, 'xsd:string']], parameterKey: key },
        { name: 'GetParameterValues', parameterNames: [PC, `${MS}ParameterKey`] },
      ]);
      // GenieACS writes both as they are, spaces inside the elements.
      expect(set!.sent).toContain(`<Value xsi:type="xsd:string">${spaced}</Value>`);
      expect(set!.sent).toContain(`<ParameterKey>${key}</ParameterKey>`);
      expect(response(set!, 'SetParameterValuesResponse').status).toBe(0);
      expect(Object.fromEntries(values(get!))).toEqual({ [PC]: spaced, [`${MS}ParameterKey`]: key });
      expectGenieAcsSatisfied(acs, mark);
    });

    it('characters: é, <, &, quotes and 😀 set by GenieACS read back exactly; a CR GenieACS writes raw is a line feed (XML 1.0 2.11), one sent as &#13; a CR', async () => {
      const plain = `é <&> '" 😀`;
      const withCr = 'line\rend';
      const wanted = 'é\r<&😀';
      const [spv1, get1, spv2, get2, spv3, get3] = await run([
        { name: 'SetParameterValues', parameterList: [[PC, plain, 'xsd:string']], parameterKey: 'chars-1' },
        { name: 'GetParameterValues', parameterNames: [PC] },
        { name: 'SetParameterValues', parameterList: [[PC, withCr, 'xsd:string']], parameterKey: 'chars-2' },
        { name: 'GetParameterValues', parameterNames: [PC] },
        // What an ACS writes to get a CR through any XML parser: a character reference.
        {
          name: 'SetParameterValues',
          raw:
            '<cwmp:SetParameterValues><ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[1]">' +
            `<ParameterValueStruct><Name>${PC}</Name><Value xsi:type="xsd:string">&#233;&#13;&lt;&amp;&#x1F600;</Value></ParameterValueStruct>` +
            '</ParameterList><ParameterKey>chars-3</ParameterKey></cwmp:SetParameterValues>',
        },
        { name: 'GetParameterValues', parameterNames: [PC] },
      ]);
      // The Inform of this session carried the value the previous test left, spaces and all.
      expect(spv1!.session.informParameters.get(PC)).toBe('  edge spaces  ');
      // GenieACS's encodeEntities: é and 😀 as UTF-8, the five XML entities, and the CR raw.
      expect(spv1!.sent).toContain(`<Value xsi:type="xsd:string">é &lt;&amp;&gt; &apos;&quot; 😀</Value>`);
      expect(spv2!.sent).toContain('<Value xsi:type="xsd:string">line\rend</Value>');
      for (const e of [spv1!, spv2!, spv3!]) expect(response(e, 'SetParameterValuesResponse').status).toBe(0);
      expect(values(get1!).get(PC)).toBe(plain);
      expect(values(get2!).get(PC)).toBe('line\nend');
      expect(values(get3!).get(PC)).toBe(wanted);
      // The agent writes the CR as a reference and 😀 as UTF-8 (GenieACS's decodeEntities reads
      // &#x1F600; as U+F600: String.fromCharCode).
      expect(get3!.body).toContain('>é&#13;&lt;&amp;😀</Value>');
      expectGenieAcsSatisfied(acs, mark);
    });

    it('xsi:type as GenieACS chooses it: PeriodicInformInterval (unsignedInt) set as xsd:int and as xsd:unsignedLong; -1 as xsd:int is 9007', async () => {
      const [int, get1, long, get2, negative, get3] = await run([
        { name: 'SetParameterValues', parameterList: [[PII, 1200, 'xsd:int']], parameterKey: 'xsi-int' },
        { name: 'GetParameterValues', parameterNames: [PII] },
        { name: 'SetParameterValues', parameterList: [[PII, 1300, 'xsd:unsignedLong']], parameterKey: 'xsi-ulong' },
        { name: 'GetParameterValues', parameterNames: [PII] },
        { name: 'SetParameterValues', parameterList: [[PII, -1, 'xsd:int']], parameterKey: 'xsi-negative' },
        { name: 'GetParameterValues', parameterNames: [PII, `${MS}ParameterKey`] },
      ]);
      expect(int!.sent).toContain('<Value xsi:type="xsd:int">1200</Value>');
      expect(long!.sent).toContain('<Value xsi:type="xsd:unsignedLong">1300</Value>');
      expect(response(int!, 'SetParameterValuesResponse').status).toBe(0);
      expect(values(get1!).get(PII)).toBe(1200);
      expect(response(long!, 'SetParameterValuesResponse').status).toBe(0);
      expect(values(get2!).get(PII)).toBe(1300);
      const f = fault(negative!);
      expect(f.detail?.faultCode).toBe('9003');
      expect((f.detail?.setParameterValuesFault ?? []).map((x) => [x.parameterName, x.faultCode])).toEqual([
        [PII, '9007'],
      ]);
      expect(Object.fromEntries(values(get3!))).toEqual({ [PII]: 1300, [`${MS}ParameterKey`]: 'xsi-ulong' });
      expectGenieAcsSatisfied(acs, mark);
    });

    it('SetParameterAttributes on the partial path DeviceInfo.: applied to every parameter that takes it, the forced ones unchanged; naming ProvisioningCode with Notification 0 is 9009', async () => {
      const info = `${R}DeviceInfo.`;
      // activeNotify forceEnabled in both models: always active, whatever the ACS asks.
      const forced = [`${info}ProvisioningCode`, `${info}SoftwareVersion`];
      const gpa: AcsRequest = { name: 'GetParameterAttributes', parameterNames: [info] };
      const [before, partial, after, explicit, untouched, restore, restored] = await run([
        gpa,
        { name: 'SetParameterAttributes', parameterList: [[info, 1, null]] },
        gpa,
        // One struct refused: nothing of the request applies (PeriodicInformInterval stays 0).
        {
          name: 'SetParameterAttributes',
          parameterList: [
            [PII, 2, null],
            [PC, 0, null],
          ],
        },
        { name: 'GetParameterAttributes', parameterNames: [PII, PC] },
        { name: 'SetParameterAttributes', parameterList: [[info, 0, null]] },
        gpa,
      ]);
      const notifications = (e: Exchange): Map<string, number> =>
        new Map(response(e, 'GetParameterAttributesResponse').parameterList.map(([path, n]) => [path.toString(), n]));
      const was = notifications(before!);
      expect(was.size).toBeGreaterThan(5);
      expect(
        [...was]
          .filter(([, n]) => n !== 0)
          .map(([path]) => path)
          .sort(),
      ).toEqual(forced);
      response(partial!, 'SetParameterAttributesResponse');
      const now = notifications(after!);
      expect([...now.keys()].sort()).toEqual([...was.keys()].sort());
      for (const [path, n] of now) expect([path, n]).toEqual([path, forced.includes(path) ? 2 : 1]);
      expect(fault(explicit!).detail?.faultCode).toBe('9009');
      expect(Object.fromEntries(notifications(untouched!))).toEqual({ [PII]: 0, [PC]: 2 });
      response(restore!, 'SetParameterAttributesResponse');
      expect(notifications(restored!)).toEqual(was);
      expectGenieAcsSatisfied(acs, mark);
    });

    it('faults: an Inform sent by the ACS is 9000 with faultcode Server; a bad value 9007 in a 9003 with faultcode Client', async () => {
      const [inform, badValue, get] = await run([
        {
          name: 'Inform',
          raw:
            '<cwmp:Inform><DeviceId><Manufacturer>ACS</Manufacturer><OUI>000000</OUI><ProductClass>ACS</ProductClass><SerialNumber>1</SerialNumber></DeviceId>' +
            '<Event soap-enc:arrayType="cwmp:EventStruct[1]"><EventStruct><EventCode>1 BOOT</EventCode><CommandKey></CommandKey></EventStruct></Event>' +
            '<MaxEnvelopes>1</MaxEnvelopes><CurrentTime>2024-01-01T00:00:00Z</CurrentTime><RetryCount>0</RetryCount>' +
            '<ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[0]"></ParameterList></cwmp:Inform>',
        },
        // ProvisioningCode is string(64) in both models.
        { name: 'SetParameterValues', parameterList: [[PC, 'x'.repeat(65), 'xsd:string']], parameterKey: 'too-long' },
        { name: 'GetParameterValues', parameterNames: [PC] },
      ]);
      expect(fault(inform!)).toMatchObject({ faultCode: 'Server', detail: { faultCode: '9000' } });
      expect(fault(badValue!)).toMatchObject({
        faultCode: 'Client',
        detail: { faultCode: '9003', setParameterValuesFault: [{ parameterName: PC, faultCode: '9007' }] },
      });
      expect(values(get!).get(PC)).toBe('é\r<&😀');
      expectGenieAcsSatisfied(acs, mark);
    });

    /*
     * KNOWN DEFECT (reported with issue 16): the agent answers with the SOAP 1.1 MustUnderstand
     * fault, which has no <detail> (SOAP 1.1 4.4: detail is for errors of the Body). GenieACS's
     * soap.request throws "Missing detail element" for any Fault without detail/cwmp:Fault, so
     * cwmp.ts logs an XML parse error and answers HTTP 400: the session fails. This test holds
     * what happens now; when the agent's answer changes, change the expectations below to
     * GenieACS's parsed fault (rpc.cpeFault) and end with expectGenieAcsSatisfied.
     */
    it('an unknown header with mustUnderstand="1": the agent answers the SOAP MustUnderstand fault and acts on nothing (GenieACS cannot parse that fault: known defect)', async () => {
      const last = lastIndex();
      void acs.enqueue(id, {
        name: 'SetParameterValues',
        raw: `<cwmp:SetParameterValues><ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[1]"><ParameterValueStruct><Name>${PC}</Name><Value xsi:type="xsd:string">must-not-apply</Value></ParameterValueStruct></ParameterList><ParameterKey>must-understand</ParameterKey></cwmp:SetParameterValues>`,
        headers: '<x:Transaction xmlns:x="urn:example:interop" soap-env:mustUnderstand="1">t-1</x:Transaction>',
      });
      expect(await cr(), detail()).toBe('');
      const failed = await next(last, () => true, 'the session with the unknown header');
      // The request GenieACS keeps for the device's next session: dropped, or the retries bring it again.
      acs.clearQueue(id);
      const answer = failed.messages.at(-1)!;
      const body = acs.parseXml(answer.body).children[0]!.children.find((c) => c.localName === 'Body')!.children[0]!;
      expect(body.localName).toBe('Fault');
      const fields = Object.fromEntries(body.children.map((c) => [c.localName, c.text]));
      expect(Object.keys(fields)).toEqual(['faultcode', 'faultstring']);
      expect(fields['faultcode']).toBe('soap-env:MustUnderstand');
      expect(fields['faultstring']).toContain('Transaction');
      // What GenieACS makes of it now (see above).
      expect(answer.error).toBe('Missing detail element');
      expect(failed.outcome).toBe('client-error');
      const problems = acs.problemsSince(mark);
      expect(problems.parseErrors.map((x) => x.message)).toEqual(['Missing detail element']);
      expect(problems.loggerErrors.map((x) => x.details['message'])).toEqual(['XML parse error']);
      expect([problems.parseWarnings, problems.sessionFaults]).toEqual([[], []]);
      const afterFailure = acs.mark();
      // The agent's retry: nothing was applied.
      const [get] = await within(
        Promise.all([acs.enqueue(id, { name: 'GetParameterValues', parameterNames: [PC, `${MS}ParameterKey`] })]),
        WAIT_MS,
        'the retried session',
        detail,
      );
      expect(get!.session.retryCount).toBe(1);
      expect(Object.fromEntries(values(get!))).toEqual({ [PC]: 'é\r<&😀', [`${MS}ParameterKey`]: 'xsi-ulong' });
      await next(get!.session.index - 1, (x) => x === get!.session, 'the end of the retried session');
      expect(get!.session.outcome).toBe('ended');
      expectGenieAcsSatisfied(acs, afterFailure);
    });

    it("GenieACS's HTTP connection request: wrong credentials get its error, the right ones a 6 CONNECTION REQUEST session", async () => {
      expect(await cr({ username: CR.username, password: 'wrong' })).toBe(
        'Connection request error: Incorrect connection request credentials',
      );
      const last = lastIndex();
      expect(await cr(), detail()).toBe('');
      const s = await next(last, (x) => x.events.includes('6 CONNECTION REQUEST'), 'the connection-requested session');
      expect(s.outcome).toBe('ended');
      expectGenieAcsSatisfied(acs, mark);
    });

    it('a connection request during a session: GenieACS gets its success, and a 6 CONNECTION REQUEST session follows the running one', async () => {
      const noted = (): number => agent.output.split('connection request during a session').length - 1;
      const before = noted();
      // Room for both requests: the one during the session must not wait while GenieACS holds the agent's POST.
      await roomFor(2);
      let during: string | undefined;
      const answer = acs.enqueue(
        id,
        { name: 'GetParameterValues', parameterNames: [PC] },
        { beforeSend: async () => void (during = await cr()) },
      );
      expect(await cr(), detail()).toBe('');
      const e = await within(answer, WAIT_MS, 'the answer to the held GetParameterValues', detail);
      // Sent while the agent's empty POST waited for GenieACS's answer: the session was running.
      expect(during).toBe('');
      await next(e.session.index - 1, (x) => x === e.session, 'the end of the session');
      expect(e.session.outcome).toBe('ended');
      const s = await next(
        e.session.index,
        (x) => x.events.includes('6 CONNECTION REQUEST'),
        'the session after the one the request came in',
      );
      expect(s.outcome).toBe('ended');
      expect(noted() - before).toBe(1);
      expectGenieAcsSatisfied(acs, mark);
    });

    it("GenieACS's UDP connection request (TR-111): a wrong signature starts nothing, the right one a session", async () => {
      const [e] = await run([{ name: 'GetParameterValues', parameterNames: [`${MS}UDPConnectionRequestAddress`] }]);
      expect(values(e!).get(`${MS}UDPConnectionRequestAddress`)).toBe(`127.0.0.1:${udpPort}`);
      // The agent logs each request it acts on: the wrong one, sent first, must not be among them.
      const accepted = (): number => agent.output.split('UDP connection request accepted').length - 1;
      const before = accepted();
      const last = lastIndex();
      expect(await acs.udpConnectionRequest(id, { username: CR.username, password: 'wrong' })).toBe('');
      expect(await acs.udpConnectionRequest(id, CR)).toBe('');
      const s = await next(
        last,
        (x) => x.events.includes('6 CONNECTION REQUEST'),
        'the UDP connection-requested session',
      );
      expect(s.outcome).toBe('ended');
      await until('the accepted request in the agent log', () => accepted() > before);
      expect(accepted() - before).toBe(1);
      expectGenieAcsSatisfied(acs, mark);
    });

    it('ScheduleInform: the next session carries 3 SCHEDULED and M ScheduleInform', async () => {
      const [e] = await run([
        {
          name: 'ScheduleInform',
          raw: '<cwmp:ScheduleInform><DelaySeconds>1</DelaySeconds><CommandKey>si-1</CommandKey></cwmp:ScheduleInform>',
        },
      ]);
      expect(e!.reply.unknownMethod).toBe('ScheduleInformResponse');
      const s = await next(e!.session.index, (x) => x.events.includes('3 SCHEDULED'), 'the scheduled session');
      expect(s.events).toContain('M ScheduleInform');
      expectGenieAcsSatisfied(acs, mark);
    });

    it('periodic Informs: with PeriodicInformInterval set small, sessions with 2 PERIODIC', async () => {
      const [e] = await run([
        {
          name: 'SetParameterValues',
          parameterList: [
            [`${MS}PeriodicInformEnable`, true, 'xsd:boolean'],
            [PII, 2, 'xsd:unsignedInt'],
          ],
          parameterKey: 'periodic-on',
        },
      ]);
      expect(response(e!, 'SetParameterValuesResponse').status).toBe(0);
      const s = await next(e!.session.index, (x) => x.events.includes('2 PERIODIC'), 'a periodic session');
      expect(s.outcome).toBe('ended');
      // Off again; the next periodic session takes the request.
      const off = await within(
        acs.enqueue(id, {
          name: 'SetParameterValues',
          parameterList: [
            [`${MS}PeriodicInformEnable`, false, 'xsd:boolean'],
            [PII, 1800, 'xsd:unsignedInt'],
          ],
          parameterKey: 'periodic-off',
        }),
        WAIT_MS,
        'periodic off',
        detail,
      );
      expect(off.session.events).toContain('2 PERIODIC');
      expect(response(off, 'SetParameterValuesResponse').status).toBe(0);
      await next(off.session.index - 1, (x) => x === off.session, 'the end of that session');
      expectGenieAcsSatisfied(acs, mark);
    });

    it('retries: after an HTTP 500 and a dropped connection the Informs count RetryCount 1 and 2; after success 0 again', async () => {
      acs.failNextInform(id, 'http500');
      acs.failNextInform(id, 'close');
      const last = lastIndex();
      expect(await cr(), detail()).toBe('');
      const first = await next(last, (x) => x.outcome === 'failed-by-test', 'the Inform answered 500');
      const second = await next(
        first.index,
        (x) => x.outcome === 'failed-by-test',
        'the Inform whose connection was closed',
      );
      const ok = await next(second.index, (x) => x.outcome === 'ended', 'the successful retry');
      expect(first.events).toContain('6 CONNECTION REQUEST');
      // (TR-069 discards 6 CONNECTION REQUEST with a failed session: what the retries carry is not asserted.)
      expect([first.retryCount, second.retryCount, ok.retryCount]).toEqual([0, 1, 2]);
      expect(await cr(), detail()).toBe('');
      const after = await next(
        ok.index,
        (x) => x.events.includes('6 CONNECTION REQUEST'),
        'the session after the successful one',
      );
      expect(after.retryCount).toBe(0);
      expectGenieAcsSatisfied(acs, mark);
    });

    it('Download of a URL that is not there: TransferComplete with a 9xxx fault', async () => {
      const [e] = await run([
        {
          name: 'Download',
          commandKey: 'dl-404',
          instance: '1',
          fileType: '1 Firmware Upgrade Image',
          url: `${files.url('/missing')}-9.9.9.bin`,
        },
      ]);
      expect(response(e!, 'DownloadResponse').status).toBe(1);
      const s = await next(
        e!.session.index,
        (x) => transferComplete(x, 'dl-404') !== undefined,
        'the TransferComplete of dl-404',
      );
      expect(s.events).toEqual(expect.arrayContaining(['7 TRANSFER COMPLETE', 'M Download']));
      expect(transferComplete(s, 'dl-404')!.faultStruct?.faultCode).toMatch(/^9[0-9]{3}$/);
      expectGenieAcsSatisfied(acs, mark);
    });

    it('Download of a firmware file: TransferComplete FaultCode 0 and the new SoftwareVersion after the reboot', async () => {
      const [e] = await run([
        {
          name: 'Download',
          commandKey: 'fw-1',
          instance: '1',
          fileType: '1 Firmware Upgrade Image',
          url: files.url(`/firmware-${p.firmwareVersion}.bin`),
        },
      ]);
      expect(response(e!, 'DownloadResponse').status).toBe(1);
      const s = await next(
        e!.session.index,
        (x) => transferComplete(x, 'fw-1') !== undefined,
        'the TransferComplete of fw-1',
      );
      expect(transferComplete(s, 'fw-1')!.faultStruct).toMatchObject({ faultCode: '0' });
      expect(s.events).toEqual(expect.arrayContaining(['1 BOOT', '7 TRANSFER COMPLETE', 'M Download']));
      const version = String(s.informParameters.get(`${R}DeviceInfo.SoftwareVersion`));
      expect(version).not.toBe(p.softwareVersion);
      expect(version).toContain(p.firmwareVersion);
      expectGenieAcsSatisfied(acs, mark);
    });

    it('Reboot: the next session carries M Reboot and 1 BOOT', async () => {
      const [e] = await run([{ name: 'Reboot', commandKey: 'rb-1' }]);
      response(e!, 'RebootResponse');
      const s = await next(e!.session.index, (x) => x.events.includes('1 BOOT'), 'the session after the reboot');
      expect(s.events).toContain('M Reboot');
      expectGenieAcsSatisfied(acs, mark);
    });

    it('FactoryReset: the next session is a 0 BOOTSTRAP, with the profile values back', async () => {
      const [e] = await run([{ name: 'FactoryReset' }]);
      response(e!, 'FactoryResetResponse');
      const again = acs.enqueue(id, setup);
      const read = acs.enqueue(id, { name: 'GetParameterValues', parameterNames: [PC] });
      const x = await within(again, WAIT_MS, 'the bootstrap after the factory reset', detail);
      expect(x.session.index).toBeGreaterThan(e!.session.index);
      expect(x.session.events).toContain('0 BOOTSTRAP');
      expect(response(x, 'SetParameterValuesResponse').status).toBe(0);
      expect(values(await read).get(PC)).not.toBe('interop-1');
      expectGenieAcsSatisfied(acs, mark);
    });

    it('AutonomousTransferComplete, which GenieACS answers with Fault 8000, does not break the session', async () => {
      const [on] = await run([
        {
          name: 'SetParameterValues',
          parameterList: [
            [`${MS}AutonomousTransferCompletePolicy.Enable`, true, 'xsd:boolean'],
            [`${MS}AutonomousTransferCompletePolicy.FileTypeFilter`, '2 Web Content', 'xsd:string'],
          ],
          parameterKey: 'atc-on',
        },
      ]);
      expect(response(on!, 'SetParameterValuesResponse').status).toBe(0);
      // Queued for the session the agent opens to report the transfer: it must get to it.
      const served = acs.enqueue(id, { name: 'GetParameterValues', parameterNames: [PC] });
      const installed = await cli([
        'install',
        '--state-dir',
        agent.stateDir,
        files.url('/web/site.tar'),
        '2 Web Content',
      ]);
      expect(installed.code, installed.output).toBe(0);
      const e = await within(served, WAIT_MS, 'the session that reports the autonomous transfer', detail);
      const s = e.session;
      expect(s.events).toContain('10 AUTONOMOUS TRANSFER COMPLETE');
      expect(s.unknownCpeRequests).toContain('AutonomousTransferComplete');
      expect(values(e).has(PC)).toBe(true);
      await next(s.index - 1, (x) => x === s, 'the end of that session');
      expect(s.outcome).toBe('ended');
      expectGenieAcsSatisfied(acs, mark);
    });
  });
}
