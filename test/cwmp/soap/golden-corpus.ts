import type { CwmpVersion, Header, Message } from '../../../src/cwmp/soap/index.ts';

/**
 * The corpus the codec's golden files were recorded from (before the descriptor table replaced
 * the hand-written codec): every message kind with plain, hostile and empty values, every header
 * at every version, and ACS input the decoder must read the same way for ever.
 */

/** Strings that stress the encoder: edge spaces, CR and CRLF, markup, references, non-BMP, characters XML forbids. */
export const TRICKY = [
  '',
  ' ',
  ' lead and trail  ',
  'a\rb\r\nc\n',
  '&<>"\'',
  '&amp; &#65; ]]> <![CDATA[x]]>',
  'café ☃ 😀 \u00A0 \u2028',
  'bad \u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF \uD800 \uDFFF \uDBFF\uDFFF end',
  '\t tab\t',
  'Device.IP.Interface.1.Stats.BytesSent',
] as const;
/**
 * Numbers as an RPC handler may hand them over: 32- and 64-bit limits, unsafe integers, and values no integer field
 * should see.
 */
export const NUMBERS = [
  0,
  1,
  -1,
  4294967295,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  1e21,
  1.5,
  -0,
  NaN,
  -2147483648,
] as const;
const VALUES64 = ['18446744073709551615', '-9223372036854775808', '9223372036854775807', '4294967296'];

const s = (i: number): string => TRICKY[i % TRICKY.length]!;
const n = (i: number): number => NUMBERS[i % NUMBERS.length]!;

const NOW = '2026-11-22T10:00:00Z';

function plain(): Message[] {
  return [
    { kind: 'GetRPCMethods' },
    { kind: 'GetParameterValues', parameterNames: ['Device.DeviceInfo.', 'Device.ManagementServer.URL'] },
    {
      kind: 'SetParameterValues',
      parameterList: [
        { name: 'Device.ManagementServer.PeriodicInformInterval', value: '300', xsiType: 'xsd:unsignedInt' },
      ],
      parameterKey: 'pk-1',
    },
    { kind: 'GetParameterNames', parameterPath: 'Device.IP.', nextLevel: true },
    {
      kind: 'SetParameterAttributes',
      parameterList: [
        {
          name: 'Device.DeviceInfo.SoftwareVersion',
          notificationChange: true,
          notification: 2,
          accessListChange: true,
          accessList: ['Subscriber'],
        },
      ],
    },
    { kind: 'GetParameterAttributes', parameterNames: ['Device.DeviceInfo.SoftwareVersion'] },
    { kind: 'AddObject', objectName: 'Device.IP.Interface.', parameterKey: 'pk-2' },
    { kind: 'DeleteObject', objectName: 'Device.IP.Interface.3.', parameterKey: 'pk-3' },
    { kind: 'Reboot', commandKey: 'rb-1' },
    { kind: 'FactoryReset' },
    {
      kind: 'Download',
      commandKey: 'dl-1',
      fileType: '1 Firmware Upgrade Image',
      url: 'http://acs.example/fw.bin',
      username: 'u',
      password: 'p',
      fileSize: 1024,
      targetFileName: 'fw.bin',
      delaySeconds: 5,
      successUrl: 'http://acs.example/ok',
      failureUrl: 'http://acs.example/ko',
    },
    {
      kind: 'Upload',
      commandKey: 'ul-1',
      fileType: '2 Vendor Log File',
      url: 'http://acs.example/up',
      username: 'u',
      password: 'p',
      delaySeconds: 0,
    },
    { kind: 'ScheduleInform', delaySeconds: 60, commandKey: 'si-1' },
    { kind: 'GetQueuedTransfers' },
    { kind: 'GetAllQueuedTransfers' },
    { kind: 'CancelTransfer', commandKey: 'ct-1' },
    {
      kind: 'ScheduleDownload',
      commandKey: 'sd-1',
      fileType: '1 Firmware Upgrade Image',
      url: 'http://acs.example/fw.bin',
      username: '',
      password: '',
      fileSize: 0,
      targetFileName: '',
      timeWindowList: [
        { windowStart: 0, windowEnd: 3600, windowMode: '1 At Any Time', userMessage: '', maxRetries: -1 },
      ],
    },
    { kind: 'GetRPCMethodsResponse', methodList: ['GetRPCMethods', 'GetParameterValues'] },
    {
      kind: 'GetParameterValuesResponse',
      parameterList: [{ name: 'Device.DeviceInfo.UpTime', value: '42', xsiType: 'xsd:unsignedInt' }],
    },
    { kind: 'SetParameterValuesResponse', status: 0 },
    { kind: 'GetParameterNamesResponse', parameterList: [{ name: 'Device.IP.', writable: false }] },
    { kind: 'SetParameterAttributesResponse' },
    {
      kind: 'GetParameterAttributesResponse',
      parameterList: [{ name: 'Device.DeviceInfo.SoftwareVersion', notification: 2, accessList: ['Subscriber'] }],
    },
    { kind: 'AddObjectResponse', instanceNumber: 4, status: 0 },
    { kind: 'DeleteObjectResponse', status: 1 },
    { kind: 'RebootResponse' },
    { kind: 'FactoryResetResponse' },
    { kind: 'DownloadResponse', status: 1, startTime: '0001-01-01T00:00:00Z', completeTime: '0001-01-01T00:00:00Z' },
    { kind: 'UploadResponse', status: 0, startTime: NOW, completeTime: NOW },
    { kind: 'ScheduleInformResponse' },
    { kind: 'CancelTransferResponse' },
    { kind: 'ScheduleDownloadResponse' },
    { kind: 'GetQueuedTransfersResponse', transferList: [{ commandKey: 'dl-1', state: 2 }] },
    {
      kind: 'GetAllQueuedTransfersResponse',
      transferList: [
        {
          commandKey: 'dl-1',
          state: 1,
          isDownload: true,
          fileType: '1 Firmware Upgrade Image',
          fileSize: 1024,
          targetFileName: 'fw.bin',
        },
      ],
    },
    {
      kind: 'Inform',
      deviceId: { manufacturer: 'Acme', oui: '00D09E', productClass: 'STB4K', serialNumber: 'ACME1' },
      events: [{ eventCode: '1 BOOT', commandKey: '' }],
      maxEnvelopes: 1,
      currentTime: NOW,
      retryCount: 0,
      parameterList: [{ name: 'Device.DeviceInfo.UpTime', value: '42', xsiType: 'xsd:unsignedInt' }],
    },
    { kind: 'InformResponse', maxEnvelopes: 1 },
    {
      kind: 'TransferComplete',
      commandKey: 'dl-1',
      fault: { faultCode: 0, faultString: '' },
      startTime: NOW,
      completeTime: NOW,
    },
    { kind: 'TransferCompleteResponse' },
    {
      kind: 'AutonomousTransferComplete',
      announceUrl: 'http://a.example/',
      transferUrl: 'http://t.example/f',
      isDownload: false,
      fileType: '2 Vendor Log File',
      fileSize: 10,
      targetFileName: 'log.txt',
      fault: { faultCode: 0, faultString: '' },
      startTime: NOW,
      completeTime: NOW,
    },
    { kind: 'AutonomousTransferCompleteResponse' },
    { kind: 'Fault', faultCode: 9005, faultString: 'Invalid parameter name' },
    {
      kind: 'Fault',
      faultCode: 9003,
      faultString: 'Invalid arguments',
      setParameterValuesFault: [{ parameterName: 'Device.A', faultCode: 9007, faultString: 'Invalid parameter value' }],
    },
  ];
}

/** Every kind again, each field a different hostile string or number, lists with several items. */
function tricky(): Message[] {
  const pvs = (o: number): { name: string; value: string; xsiType?: string | undefined }[] => [
    { name: s(o), value: s(o + 1), xsiType: 'xsd:string' },
    { name: 'Device.X.Counter', value: VALUES64[o % VALUES64.length]!, xsiType: 'xsd:unsignedLong' },
    { name: 'Device.X.NoType', value: s(o + 2) },
    { name: 'Device.X.OddType', value: s(o + 3), xsiType: s(o + 4) },
    { name: 'Device.X.Undef', value: '', xsiType: undefined },
  ];
  return [
    { kind: 'GetParameterValues', parameterNames: TRICKY.slice() },
    { kind: 'SetParameterValues', parameterList: pvs(0), parameterKey: s(2) },
    { kind: 'GetParameterNames', parameterPath: s(3), nextLevel: false },
    {
      kind: 'SetParameterAttributes',
      parameterList: [
        { name: s(1), notificationChange: false, notification: n(3), accessListChange: false, accessList: [] },
        {
          name: s(4),
          notificationChange: true,
          notification: n(9),
          accessListChange: true,
          accessList: [s(5), s(6), 'Subscriber'],
        },
      ],
    },
    { kind: 'GetParameterAttributes', parameterNames: [s(6), s(7)] },
    { kind: 'AddObject', objectName: s(4), parameterKey: s(5) },
    { kind: 'DeleteObject', objectName: s(6), parameterKey: s(7) },
    { kind: 'Reboot', commandKey: s(3) },
    {
      kind: 'Download',
      commandKey: s(0),
      fileType: s(1),
      url: s(2),
      username: s(3),
      password: s(4),
      fileSize: n(4),
      targetFileName: s(5),
      delaySeconds: n(6),
      successUrl: s(6),
      failureUrl: s(7),
    },
    { kind: 'Upload', commandKey: s(8), fileType: s(9), url: s(4), username: s(5), password: s(6), delaySeconds: n(3) },
    { kind: 'ScheduleInform', delaySeconds: n(5), commandKey: s(6) },
    { kind: 'CancelTransfer', commandKey: s(7) },
    {
      kind: 'ScheduleDownload',
      commandKey: s(2),
      fileType: s(3),
      url: s(4),
      username: s(5),
      password: s(6),
      fileSize: n(4),
      targetFileName: s(7),
      timeWindowList: [
        { windowStart: n(1), windowEnd: n(3), windowMode: s(8), userMessage: s(3), maxRetries: n(2) },
        { windowStart: n(5), windowEnd: n(6), windowMode: s(2), userMessage: s(7), maxRetries: n(10) },
      ],
    },
    { kind: 'GetRPCMethodsResponse', methodList: TRICKY.slice(2) },
    { kind: 'GetParameterValuesResponse', parameterList: pvs(3) },
    { kind: 'SetParameterValuesResponse', status: n(7) },
    {
      kind: 'GetParameterNamesResponse',
      parameterList: [
        { name: s(2), writable: true },
        { name: s(7), writable: false },
      ],
    },
    {
      kind: 'GetParameterAttributesResponse',
      parameterList: [
        { name: s(3), notification: n(2), accessList: [s(4)] },
        { name: s(5), notification: n(4), accessList: [] },
      ],
    },
    { kind: 'AddObjectResponse', instanceNumber: n(4), status: n(8) },
    { kind: 'DeleteObjectResponse', status: n(9) },
    { kind: 'DownloadResponse', status: n(3), startTime: s(2), completeTime: s(7) },
    { kind: 'UploadResponse', status: n(5), startTime: s(3), completeTime: s(1) },
    {
      kind: 'GetQueuedTransfersResponse',
      transferList: [
        { commandKey: s(2), state: n(1) },
        { commandKey: s(7), state: n(6) },
      ],
    },
    {
      kind: 'GetAllQueuedTransfersResponse',
      transferList: [
        { commandKey: s(3), state: n(2), isDownload: false, fileType: s(4), fileSize: n(4), targetFileName: s(5) },
        { commandKey: s(7), state: n(10), isDownload: true, fileType: s(8), fileSize: n(5), targetFileName: s(6) },
      ],
    },
    {
      kind: 'Inform',
      deviceId: { manufacturer: s(4), oui: s(2), productClass: s(7), serialNumber: s(6) },
      events: [
        { eventCode: '0 BOOTSTRAP', commandKey: '' },
        { eventCode: s(2), commandKey: s(7) },
        { eventCode: 'M Download', commandKey: s(3) },
      ],
      maxEnvelopes: n(3),
      currentTime: s(2),
      retryCount: n(4),
      parameterList: pvs(6),
    },
    { kind: 'InformResponse', maxEnvelopes: n(5) },
    {
      kind: 'TransferComplete',
      commandKey: s(7),
      fault: { faultCode: 9010, faultString: s(4) },
      startTime: s(2),
      completeTime: s(3),
    },
    {
      kind: 'AutonomousTransferComplete',
      announceUrl: s(2),
      transferUrl: s(4),
      isDownload: true,
      fileType: s(6),
      fileSize: n(5),
      targetFileName: s(7),
      fault: { faultCode: n(3), faultString: s(3) },
      startTime: s(8),
      completeTime: s(1),
    },
    {
      kind: 'Fault',
      faultCode: 9003,
      faultString: s(4),
      setParameterValuesFault: [
        { parameterName: s(2), faultCode: 9007, faultString: s(7) },
        { parameterName: s(3), faultCode: n(4), faultString: s(6) },
      ],
    },
    { kind: 'Fault', faultCode: n(5), faultString: s(7), setParameterValuesFault: [] },
    { kind: 'Fault', faultCode: 8005, faultString: 'Retry request', setParameterValuesFault: undefined },
  ];
}

/** Every list empty (and every string empty where that is a legal message). */
function empty(): Message[] {
  return [
    { kind: 'GetParameterValues', parameterNames: [] },
    { kind: 'SetParameterValues', parameterList: [], parameterKey: '' },
    { kind: 'SetParameterAttributes', parameterList: [] },
    { kind: 'GetParameterAttributes', parameterNames: [] },
    {
      kind: 'ScheduleDownload',
      commandKey: '',
      fileType: '',
      url: '',
      username: '',
      password: '',
      fileSize: 0,
      targetFileName: '',
      timeWindowList: [],
    },
    { kind: 'GetRPCMethodsResponse', methodList: [] },
    { kind: 'GetParameterValuesResponse', parameterList: [] },
    { kind: 'GetParameterNamesResponse', parameterList: [] },
    { kind: 'GetParameterAttributesResponse', parameterList: [] },
    { kind: 'GetQueuedTransfersResponse', transferList: [] },
    { kind: 'GetAllQueuedTransfersResponse', transferList: [] },
    {
      kind: 'Inform',
      deviceId: { manufacturer: '', oui: '', productClass: '', serialNumber: '' },
      events: [],
      maxEnvelopes: 0,
      currentTime: '',
      retryCount: 0,
      parameterList: [],
    },
  ];
}

export interface EncodeCase {
  label: string;
  version: CwmpVersion;
  header: Header;
  body: Message;
}

export const PLAIN: readonly Message[] = plain();
export const MESSAGES: readonly { label: string; body: Message }[] = [
  ...plain().map((body, i) => ({ label: `plain ${i} ${body.kind}`, body })),
  ...tricky().map((body, i) => ({ label: `tricky ${i} ${body.kind}`, body })),
  ...empty().map((body, i) => ({ label: `empty ${i} ${body.kind}`, body })),
];

const FULL_HEADER: Header = {
  id: ' id &<7>\r ',
  holdRequests: false,
  sessionTimeout: 30,
  supportedCwmpVersions: '1.0,1.1,1.2,1.3,1.4',
  useCwmpVersion: '1.4',
  noMoreRequests: true,
};
const HEADERS: readonly Header[] = [
  {},
  { id: '' },
  { id: 'a' },
  { holdRequests: true },
  { holdRequests: false },
  { sessionTimeout: 0 },
  { sessionTimeout: 4294967296 },
  { supportedCwmpVersions: '1.0-1.4 & <x>' },
  { useCwmpVersion: '1.3' },
  { noMoreRequests: false },
  FULL_HEADER,
];
const VERSIONS: readonly CwmpVersion[] = ['1.0', '1.1', '1.2', '1.3', '1.4'];

export const ENCODE_CASES: readonly EncodeCase[] = [
  // Every message at the oldest and the newest version, with every header the agent can send.
  ...MESSAGES.flatMap(({ label, body }) => [
    { label: `${label} @1.0 {}`, version: '1.0' as const, header: {}, body },
    { label: `${label} @1.4 full`, version: '1.4' as const, header: FULL_HEADER, body },
  ]),
  // Headers and namespaces: every header alone at every version.
  ...VERSIONS.flatMap((version) =>
    HEADERS.map((header, i) => ({
      label: `header ${i} @${version}`,
      version,
      header,
      body: { kind: 'RebootResponse' } as Message,
    })),
  ),
];

export const MUST_UNDERSTAND_CASES: readonly {
  label: string;
  version: CwmpVersion;
  id: string | undefined;
  headers: string[];
}[] = VERSIONS.flatMap((version) => [
  { label: `mu @${version} no id`, version, id: undefined, headers: ['Frob'] },
  { label: `mu @${version} id`, version, id: 'q 9&', headers: ['Frob', 'X<Y>', ''] },
  { label: `mu @${version} empty`, version, id: '', headers: [] },
]);

const env = (body: string, ns = 'urn:dslforum-org:cwmp-1-0', header = '', prefix = 'soapenv', cwmp = 'cwmp'): string =>
  `<${prefix}:Envelope xmlns:${prefix}="http://schemas.xmlsoap.org/soap/envelope/" xmlns:${cwmp}="${ns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
  `${header ? `<${prefix}:Header>${header}</${prefix}:Header>` : ''}<${prefix}:Body>${body}</${prefix}:Body></${prefix}:Envelope>`;
const spv = (value: string, extra = ''): string =>
  `<cwmp:SetParameterValues><ParameterList><ParameterValueStruct><Name>Device.A</Name>${value}</ParameterValueStruct>${extra}</ParameterList><ParameterKey>k</ParameterKey></cwmp:SetParameterValues>`;
const fault = (detail: string, outer = 'soapenv:Fault'): string =>
  `<${outer}><faultcode>Client</faultcode><faultstring>CWMP fault</faultstring><detail><cwmp:Fault>${detail}</cwmp:Fault></detail></${outer}>`;

/** ACS input written by hand: layouts, prefixes, references, CDATA, the leniencies and every refusal. */
export const HAND_DECODE_CASES: readonly {
  label: string;
  xml: string | Uint8Array;
  limits?: { maxBytes?: number; maxDepth?: number };
}[] = [
  // Namespaces and versions.
  ...['1-0', '1-1', '1-2', '1-3', '1-4', '1-5', '2-0', '1-10'].map((v) => ({
    label: `ns cwmp-${v}`,
    xml: env('<cwmp:GetRPCMethods/>', `urn:dslforum-org:cwmp-${v}`),
  })),
  {
    label: 'ns two declared, first wins',
    xml: `<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/" xmlns:a="urn:dslforum-org:cwmp-1-1" xmlns:b="urn:dslforum-org:cwmp-1-2"><e:Body><b:GetRPCMethods/></e:Body></e:Envelope>`,
  },
  {
    label: 'ns single quotes',
    xml: `<e:Envelope xmlns:e='http://schemas.xmlsoap.org/soap/envelope/' xmlns:c='urn:dslforum-org:cwmp-1-2'><e:Body><c:GetRPCMethods/></e:Body></e:Envelope>`,
  },
  {
    label: 'ns default namespace',
    xml: `<Envelope xmlns="http://schemas.xmlsoap.org/soap/envelope/"><Body><GetRPCMethods xmlns="urn:dslforum-org:cwmp-1-1"/></Body></Envelope>`,
  },
  {
    label: 'ns mentioned only in text',
    xml: env(spv('<Value>urn:dslforum-org:cwmp-1-1</Value>'), 'urn:example:other'),
  },
  { label: 'no envelope', xml: '<cwmp:GetRPCMethods xmlns:cwmp="urn:dslforum-org:cwmp-1-0"/>' },
  {
    label: 'no body',
    xml: `<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/" xmlns:c="urn:dslforum-org:cwmp-1-0"><e:Header/></e:Envelope>`,
  },
  { label: 'empty body', xml: env('') },
  { label: 'empty body with id', xml: env('  ', undefined, '<cwmp:ID soapenv:mustUnderstand="1">e1</cwmp:ID>') },
  { label: 'body text only', xml: env('just text') },
  { label: 'two body elements', xml: env('<cwmp:Reboot><CommandKey>a</CommandKey></cwmp:Reboot><cwmp:FactoryReset/>') },
  {
    label: 'same body element twice',
    xml: env(
      '<cwmp:Reboot><CommandKey>a</CommandKey></cwmp:Reboot><cwmp:Reboot><CommandKey>b</CommandKey></cwmp:Reboot>',
    ),
  },
  {
    label: 'body attributes first',
    xml: env('<cwmp:GetRPCMethods/>').replace(
      '<soapenv:Body>',
      '<soapenv:Body soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">',
    ),
  },
  // Unknown methods, including names an object lookup would find.
  ...[
    'Frobnicate',
    'constructor',
    'toString',
    'hasOwnProperty',
    '__proto__',
    'valueOf',
    'Fault2',
    'fault',
    'GetRPCMethodsResponseX',
    'SetVouchers',
    'GetOptions',
    'ChangeDUState',
    'Kicked',
    'RequestDownload',
  ].map((m) => ({
    label: `unknown method ${m}`,
    xml: env(`<cwmp:${m}/>`, undefined, '<cwmp:ID soapenv:mustUnderstand="1">u1</cwmp:ID>'),
  })),
  { label: 'unprefixed method', xml: env('<GetRPCMethods/>') },
  { label: 'method with odd prefix', xml: env('<a:b:GetRPCMethods/>') },
  // Headers.
  {
    label: 'headers all',
    xml: env(
      '<cwmp:GetRPCMethods/>',
      'urn:dslforum-org:cwmp-1-2',
      '<cwmp:ID soapenv:mustUnderstand="1"> id &amp; 7 </cwmp:ID><cwmp:HoldRequests soapenv:mustUnderstand="1"> 1 </cwmp:HoldRequests><cwmp:SessionTimeout> 30 </cwmp:SessionTimeout><cwmp:SupportedCWMPVersions> 1.0,1.4 </cwmp:SupportedCWMPVersions><cwmp:UseCWMPVersion> 1.4 </cwmp:UseCWMPVersion><cwmp:NoMoreRequests>true</cwmp:NoMoreRequests>',
    ),
  },
  {
    label: 'headers odd values',
    xml: env(
      '<cwmp:GetRPCMethods/>',
      undefined,
      '<cwmp:HoldRequests>yes</cwmp:HoldRequests><cwmp:SessionTimeout>-5</cwmp:SessionTimeout><cwmp:NoMoreRequests>0</cwmp:NoMoreRequests><cwmp:ID/>',
    ),
  },
  {
    label: 'headers cdata id',
    xml: env('<cwmp:GetRPCMethods/>', undefined, '<cwmp:ID soapenv:mustUnderstand="1"><![CDATA[ <a&b> ]]>x</cwmp:ID>'),
  },
  {
    label: 'headers mustUnderstand',
    xml: env(
      '<cwmp:GetRPCMethods/>',
      undefined,
      '<cwmp:Frob soapenv:mustUnderstand="1">1</cwmp:Frob><cwmp:Soft soapenv:mustUnderstand="0">1</cwmp:Soft><x:Other xmlns:x="urn:x" soapenv:mustUnderstand="true"/><cwmp:ID soapenv:mustUnderstand="true">i</cwmp:ID><cwmp:Plain>p</cwmp:Plain>',
    ),
  },
  {
    label: 'headers duplicated ID',
    xml: env('<cwmp:GetRPCMethods/>', undefined, '<cwmp:ID>a</cwmp:ID><cwmp:ID>b</cwmp:ID>'),
  },
  // Values: every character kept, references decoded, CDATA literal, CR and CRLF.
  {
    label: 'value refs and cdata',
    xml: env(
      spv('<Value>caf&#233; &#xE9;&#x1F600; a&#13;b &amp;lt; &lt;&gt;&quot;&apos; <![CDATA[&#65;<x>]]> tail</Value>'),
    ),
  },
  {
    label: 'value illegal refs',
    xml: env(
      spv(
        '<Value>&#0; &#x1; &#xD800; &#xFFFE; &#x110000; &#9; &#10; &#13; &#32; &#xFFFD; &#x10FFFF; &#99999999;</Value>',
      ),
    ),
  },
  { label: 'value unknown entity', xml: env(spv('<Value>&nbsp; &copy; &AMP;</Value>')) },
  { label: 'value crlf', xml: env(spv('<Value>a\r\nb\rc\n\r\nd</Value>')) },
  { label: 'value two cdata', xml: env(spv('<Value><![CDATA[ a ]]>mid<![CDATA[ b ]]></Value>')) },
  { label: 'value edge spaces and tabs', xml: env(spv('<Value xsi:type="xsd:string">\t  two  \n</Value>')) },
  {
    label: 'value empty forms',
    xml: env(
      spv(
        '<Value/>',
        '<ParameterValueStruct><Name>Device.B</Name><Value></Value></ParameterValueStruct><ParameterValueStruct><Name>Device.C</Name></ParameterValueStruct>',
      ),
    ),
  },
  {
    label: 'value type with spaces and refs',
    xml: env(
      spv(
        '<Value xsi:type=" xsd:int ">5</Value>',
        '<ParameterValueStruct><Name>Device.B</Name><Value xsi:type="xsd&#58;boolean">1</Value></ParameterValueStruct><ParameterValueStruct><Name>Device.C</Name><Value type="plain">x</Value></ParameterValueStruct>',
      ),
    ),
  },
  { label: 'value nested element', xml: env(spv('<Value><b>bold</b>text</Value>')) },
  { label: 'value repeated', xml: env(spv('<Value>a</Value><Value>b</Value>')) },
  {
    label: 'name repeated',
    xml: env(
      '<cwmp:SetParameterValues><ParameterList><ParameterValueStruct><Name>A</Name><Name>B</Name><Value>v</Value></ParameterValueStruct></ParameterList><ParameterKey>k</ParameterKey></cwmp:SetParameterValues>',
    ),
  },
  {
    label: 'struct as text',
    xml: env(
      '<cwmp:SetParameterValues><ParameterList><ParameterValueStruct>junk</ParameterValueStruct><ParameterValueStruct/></ParameterList><ParameterKey>k</ParameterKey></cwmp:SetParameterValues>',
    ),
  },
  {
    label: 'list with arrayType and text',
    xml: env(
      '<cwmp:GetParameterValues><ParameterNames soapenc:arrayType="xsd:string[3]" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/">\n  <string> Device.A </string>\n  <string xsi:type="xsd:string">Device.&#66;</string>\n  <string><![CDATA[ Device.C ]]></string>\n  <string/>\n</ParameterNames></cwmp:GetParameterValues>',
    ),
  },
  { label: 'list empty forms', xml: env('<cwmp:GetParameterValues><ParameterNames/></cwmp:GetParameterValues>') },
  {
    label: 'list as text',
    xml: env('<cwmp:GetParameterValues><ParameterNames>Device.</ParameterNames></cwmp:GetParameterValues>'),
  },
  {
    label: 'list with foreign items',
    xml: env(
      '<cwmp:GetParameterValues><ParameterNames><item>Device.</item><string>Device.X</string></ParameterNames></cwmp:GetParameterValues>',
    ),
  },
  {
    label: 'pretty printed spv',
    xml: env(
      '\n  <cwmp:SetParameterValues>\n    <ParameterList soapenc:arrayType="cwmp:ParameterValueStruct[1]">\n      <ParameterValueStruct>\n        <Name>\n          Device.WiFi.SSID.1.SSID\n        </Name>\n        <Value xsi:type="xsd:string"> my wifi  </Value>\n      </ParameterValueStruct>\n    </ParameterList>\n    <ParameterKey> k 1 </ParameterKey>\n  </cwmp:SetParameterValues>\n',
      undefined,
      '\n <cwmp:ID soapenv:mustUnderstand="1"> id 7 </cwmp:ID>\n',
    ),
  },
  {
    label: 'crlf layout everywhere',
    xml: env(
      '<cwmp:GetParameterNames>\r\n<ParameterPath>\r\nDevice.\r\n</ParameterPath>\r\n<NextLevel>\r\n1\r\n</NextLevel>\r\n</cwmp:GetParameterNames>',
    ).replace(/></g, '>\r\n<'),
  },
  {
    label: 'other prefixes',
    xml: env(
      '<c:GetParameterNames><ParameterPath>Device.</ParameterPath><NextLevel>true</NextLevel></c:GetParameterNames>',
      'urn:dslforum-org:cwmp-1-1',
      '<c:ID x:mustUnderstand="1">p</c:ID>',
      'x',
      'c',
    ),
  },
  { label: 'prefixed child elements', xml: env('<cwmp:Reboot><cwmp:CommandKey> r </cwmp:CommandKey></cwmp:Reboot>') },
  {
    label: 'child with attributes',
    xml: env(
      '<cwmp:ScheduleInform><DelaySeconds xsi:type="xsd:unsignedInt"> 30 </DelaySeconds><CommandKey a="b">c</CommandKey></cwmp:ScheduleInform>',
    ),
  },
  {
    label: 'child cdata int',
    xml: env(
      '<cwmp:ScheduleInform><DelaySeconds><![CDATA[30]]></DelaySeconds><CommandKey><![CDATA[ c ]]></CommandKey></cwmp:ScheduleInform>',
    ),
  },
  {
    label: 'child ref int',
    xml: env(
      '<cwmp:ScheduleInform><DelaySeconds>&#51;0</DelaySeconds><CommandKey>&#x20;c&#x20;</CommandKey></cwmp:ScheduleInform>',
    ),
  },
  {
    label: 'child order swapped',
    xml: env('<cwmp:ScheduleInform><CommandKey>c</CommandKey><DelaySeconds>30</DelaySeconds></cwmp:ScheduleInform>'),
  },
  { label: 'extra unknown child', xml: env('<cwmp:Reboot><CommandKey>c</CommandKey><Extra>x</Extra></cwmp:Reboot>') },
  {
    label: 'int forms',
    xml: env(
      '<cwmp:AddObjectResponse><InstanceNumber>007</InstanceNumber><Status>-0</Status></cwmp:AddObjectResponse>',
    ),
  },
  {
    label: 'int huge',
    xml: env(
      '<cwmp:AddObjectResponse><InstanceNumber>99999999999999999999999</InstanceNumber><Status>18446744073709551615</Status></cwmp:AddObjectResponse>',
    ),
  },
  ...['+1', '1.0', '1e3', '0x10', ' ', '- 1', '١٢', 'Infinity', 'NaN'].map((v) => ({
    label: `int refused '${v}'`,
    xml: env(`<cwmp:DeleteObjectResponse><Status>${v}</Status></cwmp:DeleteObjectResponse>`),
  })),
  ...['1', '0', 'true', 'false', ' true ', 'TRUE', 'True', 'yes', '', '2'].map((v) => ({
    label: `bool '${v}'`,
    xml: env(
      `<cwmp:GetParameterNames><ParameterPath>Device.</ParameterPath><NextLevel>${v}</NextLevel></cwmp:GetParameterNames>`,
    ),
  })),
  // SetParameterAttributes: fields whose Change flag is false are ignored (TR-069 A.3.2.4).
  ...[
    '<NotificationChange>false</NotificationChange><Notification/><AccessListChange>true</AccessListChange><AccessList><string>Subscriber</string></AccessList>',
    '<NotificationChange>1</NotificationChange><Notification>2</Notification><AccessListChange>0</AccessListChange><AccessList>junk</AccessList>',
    '<NotificationChange>true</NotificationChange><Notification/><AccessListChange>0</AccessListChange>',
    '<NotificationChange>0</NotificationChange><AccessListChange>1</AccessListChange>',
    '<NotificationChange>0</NotificationChange><Notification>x</Notification><AccessListChange>1</AccessListChange><AccessList/>',
    '<NotificationChange>1</NotificationChange><Notification> 6 </Notification><AccessListChange>1</AccessListChange><AccessList><string> Subscriber </string><string/></AccessList>',
    '<NotificationChange>maybe</NotificationChange><Notification>1</Notification><AccessListChange>0</AccessListChange>',
    '<NotificationChange>0</NotificationChange><Notification>1</Notification><AccessListChange>maybe</AccessListChange>',
    '<Notification>1</Notification><AccessListChange>0</AccessListChange>',
  ].map((inner, i) => ({
    label: `spa ${i}`,
    xml: env(
      `<cwmp:SetParameterAttributes><ParameterList><SetParameterAttributesStruct><Name> Device.A </Name>${inner}</SetParameterAttributesStruct></ParameterList></cwmp:SetParameterAttributes>`,
    ),
  })),
  // ScheduleDownload: one or two windows.
  ...[0, 1, 2, 3].map((count) => ({
    label: `schedule download ${count} windows`,
    xml: env(
      `<cwmp:ScheduleDownload><CommandKey>c</CommandKey><FileType>1 Firmware Upgrade Image</FileType><URL>http://x/</URL><TimeWindowList>${'<TimeWindowStruct><WindowStart>0</WindowStart><WindowEnd>60</WindowEnd><WindowMode>1 At Any Time</WindowMode><MaxRetries>1</MaxRetries></TimeWindowStruct>'.repeat(count)}</TimeWindowList></cwmp:ScheduleDownload>`,
    ),
  })),
  {
    label: 'schedule download bad window and no key',
    xml: env(
      '<cwmp:ScheduleDownload><FileType>1</FileType><URL>u</URL><TimeWindowList><TimeWindowStruct><WindowStart>x</WindowStart></TimeWindowStruct></TimeWindowList></cwmp:ScheduleDownload>',
    ),
  },
  {
    label: 'schedule download no list and no key',
    xml: env('<cwmp:ScheduleDownload><FileType>1</FileType><URL>u</URL></cwmp:ScheduleDownload>'),
  },
  // Faults from the ACS, GenieACS's malformed QName included.
  {
    label: 'fault plain',
    xml: env(
      fault('<FaultCode>8005</FaultCode><FaultString>Retry request</FaultString>'),
      'urn:dslforum-org:cwmp-1-2',
      '<cwmp:ID soapenv:mustUnderstand="1">f1</cwmp:ID>',
    ),
  },
  {
    label: 'fault genieacs Body:Fault',
    xml: env(
      fault('<FaultCode>8000</FaultCode><FaultString>Method not supported</FaultString>', 'soapenv:Body:Fault'),
      'urn:dslforum-org:cwmp-1-2',
    ),
  },
  {
    label: 'fault odd codes',
    xml: env(
      fault(
        '<FaultCode> 8003 </FaultCode><FaultString> spaced &amp; </FaultString><SetParameterValuesFault><ParameterName> Device.A </ParameterName><FaultCode>x</FaultCode><FaultString>bad</FaultString></SetParameterValuesFault><SetParameterValuesFault/><SetParameterValuesFault>text</SetParameterValuesFault><SetParameterValuesFault><FaultCode>1e3</FaultCode></SetParameterValuesFault>',
      ),
    ),
  },
  ...['', 'x', '0x1F', '1e999', '-5', ' ', 'Infinity'].map((c) => ({
    label: `fault code '${c}'`,
    xml: env(fault(`<FaultCode>${c}</FaultCode>`)),
  })),
  {
    label: 'fault no detail',
    xml: env('<soapenv:Fault><faultcode>Server</faultcode><faultstring>oops</faultstring></soapenv:Fault>'),
  },
  { label: 'fault empty', xml: env('<soapenv:Fault/>') },
  { label: 'fault detail text', xml: env('<soapenv:Fault><detail>text</detail></soapenv:Fault>') },
  {
    label: 'fault prefixed detail fault',
    xml: env('<x:Fault xmlns:x="urn:x"><detail><Fault><FaultCode>9001</FaultCode></Fault></detail></x:Fault>'),
  },
  // Inform from a CPE, as the demo ACS reads it: DeviceId exact, event codes trimmed.
  {
    label: 'inform spaced',
    xml: env(
      '<cwmp:Inform><DeviceId><Manufacturer> Acme </Manufacturer><OUI> 00D09E </OUI><ProductClass> P </ProductClass><SerialNumber> S1 </SerialNumber></DeviceId><Event><EventStruct><EventCode> 1 BOOT </EventCode><CommandKey> k </CommandKey></EventStruct><EventStruct><EventCode>2 PERIODIC</EventCode></EventStruct></Event><MaxEnvelopes> 1 </MaxEnvelopes><CurrentTime> 2026-01-01T00:00:00Z </CurrentTime><RetryCount>0</RetryCount><ParameterList/></cwmp:Inform>',
    ),
  },
  {
    label: 'inform no device id',
    xml: env(
      '<cwmp:Inform><Event/><MaxEnvelopes>1</MaxEnvelopes><CurrentTime>t</CurrentTime><RetryCount>0</RetryCount><ParameterList/></cwmp:Inform>',
    ),
  },
  {
    label: 'inform device id text',
    xml: env(
      '<cwmp:Inform><DeviceId>junk</DeviceId><Event/><MaxEnvelopes>1</MaxEnvelopes><CurrentTime>t</CurrentTime><RetryCount>0</RetryCount><ParameterList/></cwmp:Inform>',
    ),
  },
  { label: 'inform response no max', xml: env('<cwmp:InformResponse/>') },
  {
    label: 'inform response max text',
    xml: env('<cwmp:InformResponse><MaxEnvelopes>many</MaxEnvelopes></cwmp:InformResponse>'),
  },
  { label: 'transfer complete bare', xml: env('<cwmp:TransferComplete/>') },
  {
    label: 'transfer complete fault text',
    xml: env(
      '<cwmp:TransferComplete><CommandKey> c </CommandKey><FaultStruct>none</FaultStruct></cwmp:TransferComplete>',
    ),
  },
  // The guard, before any parser.
  { label: 'guard dtd', xml: '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">]><l>&a;</l>' },
  {
    label: 'guard entity',
    xml: env('<cwmp:GetRPCMethods/>').replace('<soapenv:Body>', '<soapenv:Body><!ENTITY x "y">'),
  },
  { label: 'guard pi late', xml: `${env('<cwmp:GetRPCMethods/>')}<?evil x?>` },
  { label: 'guard pi xml late', xml: ` \n<a/><?xml version="1.0"?>` },
  { label: 'guard declaration after space', xml: ` \n<?xml version="1.0"?>${env('<cwmp:GetRPCMethods/>')}` },
  { label: 'guard deep', xml: '<a>'.repeat(65) + '</a>'.repeat(65) },
  { label: 'guard deep custom', xml: env('<cwmp:GetRPCMethods/>'), limits: { maxDepth: 3 } },
  { label: 'guard large', xml: env('<cwmp:GetRPCMethods/>'), limits: { maxBytes: 50 } },
  { label: 'guard bad utf-8', xml: Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]) },
  { label: 'guard utf-8 bytes', xml: Buffer.from(env(spv('<Value>café 😀</Value>'))) },
  { label: 'guard unterminated', xml: '<a' },
  { label: 'malformed truncated', xml: env('<cwmp:GetRPCMethods/>').slice(0, 80) },
  { label: 'malformed not xml', xml: 'not xml at all' },
  { label: 'malformed mismatched', xml: env('<cwmp:Reboot><CommandKey>a</Key></cwmp:Reboot>') },
  { label: 'malformed empty', xml: '' },
];

/** One element of an XML text: where it starts and ends, and where its content does. */
export interface Span {
  name: string;
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  depth: number;
}

/** The elements of a text the encoder wrote (no comments, no CDATA), in document order. */
export function spans(xml: string): Span[] {
  const out: Span[] = [];
  const stack: Span[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[1] === '/') {
      const open = stack.pop()!;
      open.innerEnd = m.index;
      open.end = m.index + m[0].length;
    } else {
      const span: Span = {
        name: m[2]!,
        start: m.index,
        end: m.index + m[0].length,
        innerStart: m.index + m[0].length,
        innerEnd: m.index + m[0].length,
        depth: stack.length,
      };
      out.push(span);
      if (m[3] !== '/') stack.push(span);
    }
  }
  return out;
}

/** What an element's content is replaced by in the mutated decode cases. */
export const REPLACEMENTS = [
  '',
  ' 7 ',
  'x y',
  'true',
  '-3',
  '&#32;1&#x20;',
  '<![CDATA[ 2 ]]>',
  '99999999999999999999',
  '<string>in</string>',
] as const;

/**
 * Mutations of each plain message as the agent would receive it: every element inside the body
 * removed or given other content, and every pair of the body's children removed together (which
 * fault an ACS is told about when two things are wrong).
 */
export function mutations(xml: string): { label: string; xml: string }[] {
  const all = spans(xml);
  const body = all.find((s) => s.name === 'soap-env:Body')!;
  const method = all.find((s) => s.depth === body.depth + 1 && s.start >= body.innerStart)!;
  const inside = all.filter((s) => s.start >= method.innerStart && s.end <= method.innerEnd);
  const out: { label: string; xml: string }[] = [];
  for (const sp of inside) {
    const at = `${sp.name}@${sp.start - method.innerStart}`;
    out.push({ label: `-${at}`, xml: xml.slice(0, sp.start) + xml.slice(sp.end) });
    if (sp.innerStart === sp.end) continue;
    for (const r of REPLACEMENTS)
      out.push({ label: `${at}=${JSON.stringify(r)}`, xml: xml.slice(0, sp.innerStart) + r + xml.slice(sp.innerEnd) });
  }
  const children = inside.filter((s) => s.depth === method.depth + 1);
  for (let i = 0; i < children.length; i++) {
    for (let j = i + 1; j < children.length; j++) {
      const [a, b] = [children[i]!, children[j]!];
      out.push({
        label: `-${a.name} -${b.name}`,
        xml: xml.slice(0, a.start) + xml.slice(a.end, b.start) + xml.slice(b.end),
      });
    }
  }
  return out;
}

/** A decode or encode result as text: key order kept, undefined, NaN, ±Infinity and -0 spelled out. */
export function show(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v === undefined) return '(undefined)';
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))
      return `(number ${Object.is(v, -0) ? '-0' : String(v)})`;
    return v;
  });
}
