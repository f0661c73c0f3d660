/**
 * Every writable parameter of a shipped profile starts from a deliberate factory value: the
 * profile's own `values`, a BBF default, or the spec table (src/datamodel/spec-defaults.ts). What
 * still takes the generic type rule is either in a group below whose reason says why the generic
 * value is the specification's factory state, or in the reviewed list of its profile. A parameter
 * that newly falls to the generic rule (a new model version, a profile edit) fails this test until
 * someone gives it a value or reviews it.
 */
import { describe, expect, it } from 'vitest';
import { defaultSource } from '../../../src/datamodel/defaults.ts';
import type { BuiltinProfile } from '../../../src/device/profile/load.ts';
import { concretePaths } from '../../../src/device/profile/paths.ts';
import { toWire } from '../../../src/schema/values.ts';
import { defaultValue, factoryView, type FactoryEntry } from './factory-sources.ts';

const NUMERIC = new Set(['int', 'unsignedInt', 'long', 'unsignedLong', 'decimal']);
const typeOf = (e: FactoryEntry): string => e.param.validator.descriptor.type;
const name = (e: FactoryEntry): string => e.param.name;
const isPlainString = (e: FactoryEntry): boolean => {
  const d = e.param.validator.descriptor;
  return d.type === 'string' && d.list === undefined && d.enums === undefined && d.pathRef === undefined;
};

/** Generic values that are the specification's factory state, by reason. First match wins. */
const LEGITIMATE: readonly { readonly reason: string; readonly applies: (e: FactoryEntry) => boolean }[] = [
  {
    reason: 'never exists: it sits under a read-only table the profile gives no rows',
    applies: (e) => e.presence === 'never',
  },
  {
    reason: 'Alias: the ACS names rows (TR-069 alias-based addressing); empty until it does',
    applies: (e) => name(e) === 'Alias',
  },
  {
    reason: 'hidden or secured: a credential, reads back empty and is not provisioned at the factory',
    applies: (e) => e.param.meta.hidden === true || e.param.meta.secured === true,
  },
  {
    reason: 'path reference: empty refers to nothing until the ACS points it somewhere (TR-106 reference parameters)',
    applies: (e) => e.param.validator.descriptor.pathRef !== undefined,
  },
  {
    reason: 'list: the empty list is the unconfigured state',
    applies: (e) => e.param.validator.descriptor.list !== undefined,
  },
  {
    reason: 'binary blob (hexBinary, base64): none at the factory',
    applies: (e) => typeOf(e) === 'hexBinary' || typeOf(e) === 'base64',
  },
  {
    reason: 'dateTime: the Unknown Time 0001-01-01T00:00:00Z until something sets it (TR-106 3.2)',
    applies: (e) => typeOf(e) === 'dateTime',
  },
  {
    reason: 'action trigger: setting true starts an action, reading it always gives false',
    applies: (e) =>
      typeOf(e) === 'boolean' &&
      /^(Reset|Start|ForceSample|DeleteItem|CancelMute|FlushATFTable|ResetPINCode|PasswordReset)$/.test(name(e)),
  },
  {
    reason: 'DiagnosticsState: None until the ACS requests a test (TR-143)',
    applies: (e) => /DiagnosticsState$/.test(name(e)) && defaultValue(e.param) === 'None',
  },
  {
    reason: 'credential or user name: empty until the operator provisions one',
    applies: (e) =>
      isPlainString(e) &&
      /(Username|User|Password|Passphrase|Secret|PIN|Key|Realm|AuthenticationAlias|AuthenticationKeyFileLocation)$/.test(
        name(e),
      ),
  },
  {
    reason: 'host, address, domain or URL: empty means none configured, so the feature uses none or its own default',
    applies: (e) =>
      isPlainString(e) &&
      /(Host|HostName|Address|Addr|Server|ServerAddress|DNSServer|URL|URI|Page|Domain|DomainName|SubnetMask|BSSID|TargetBSS|BlockedSTA|NTPServer[0-9]|Prefix|HESSID|Resource|DPPURI)$/.test(
        name(e),
      ),
  },
  {
    reason: 'directory number or dialled digits: empty until the subscriber or ACS sets one',
    applies: (e) => isPlainString(e) && /(Number|ISPHelpDesk)$/.test(name(e)),
  },
  {
    reason: 'name, label or free text: empty until someone writes one',
    applies: (e) =>
      isPlainString(e) &&
      /(Name|Title|SubTitle|Text|Value|VenueType|Location|LocationDescription|SSID|DataObject|FilePath|UserAgent|LocalCName|QIModelUsed|DvbId|DisplayFormat|VideoFormat|PreferredBehaviour|ApplicationProtocol|StartTime|EndTime)$/.test(
        name(e),
      ),
  },
  {
    reason: 'a non-numeric setting of rows only the ACS creates: it configures the rows it adds',
    applies: (e) => e.presence === 'acs-rows' && !NUMERIC.has(typeOf(e)),
  },
];

/**
 * Parameters on the generic rule that a person reviewed, per profile and reason. Keep each list
 * sorted; the test prints what to add or remove.
 */
const REVIEWED: Record<BuiltinProfile, Record<string, readonly string[]>> = {
  stb: {
    'key of a row only the ACS creates: it sets it with the row': [
      'Device.DHCPv4.Client.{i}.SentOption.{i}.Tag',
      'Device.DNS.SD.Advertise.{i}.Port',
      'Device.WiFi.DataElements.Network.Device.{i}.Default8021Q.{i}.DefaultPCP',
      'Device.WiFi.DataElements.Network.Device.{i}.Default8021Q.{i}.PrimaryVID',
      'Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.DisAllowedOpClassChannels.{i}.OpClass',
      'Device.XMPP.Connection.{i}.Server.{i}.Priority',
    ],
    'optional feature, service or report: off until the ACS turns it on': [
      'Device.DNS.Relay.Enable',
      'Device.DNS.SD.Enable',
      'Device.Ethernet.Interface.{i}.EDPDEnable',
      'Device.Ethernet.Interface.{i}.EEEEnable',
      'Device.IP.Diagnostics.UDPEchoConfig.EchoPlusEnabled',
      'Device.IP.Diagnostics.UDPEchoConfig.Enable',
      'Device.Services.STBService.{i}.Applications.AudienceStats.Enable',
      'Device.Services.STBService.{i}.Components.FrontEnd.{i}.IP.FEC.Enable',
      'Device.Services.STBService.{i}.Components.FrontEnd.{i}.IP.ForceMonitor.Enable',
      'Device.Services.STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.LoggingEnable',
      'Device.Services.STBService.{i}.Components.FrontEnd.{i}.IP.RTCP.Enable',
      'Device.Services.STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.Enable',
      'Device.Services.STBService.{i}.Components.SPDIF.{i}.ForcePCM',
      'Device.Services.STBService.{i}.Components.VideoOutput.{i}.ColorbarEnable',
      'Device.Services.STBService.{i}.ServiceMonitoring.EventCollectionEnable',
      'Device.Services.STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Enable',
      'Device.Services.StorageService.{i}.FTPServer.AnonymousUser.Enable',
      'Device.Services.StorageService.{i}.FTPServer.Enable',
      'Device.Services.StorageService.{i}.HTTPSServer.Enable',
      'Device.Services.StorageService.{i}.HTTPServer.Enable',
      'Device.Services.StorageService.{i}.NetworkServer.AFPEnable',
      'Device.Services.StorageService.{i}.NetworkServer.NFSEnable',
      'Device.Services.StorageService.{i}.NetworkServer.SMBEnable',
      'Device.Services.StorageService.{i}.SFTPServer.Enable',
      'Device.UserInterface.LocalDisplay.Movable',
      'Device.UserInterface.LocalDisplay.Resizable',
      'Device.UserInterface.PasswordUserSelectable',
      'Device.UserInterface.UpgradeAvailable',
      'Device.WiFi.AccessPoint.{i}.Accounting.Enable',
      'Device.WiFi.AccessPoint.{i}.Interworking.ASRA',
      'Device.WiFi.AccessPoint.{i}.Interworking.EmergencyServiceReachable',
      'Device.WiFi.AccessPoint.{i}.Interworking.Enable',
      'Device.WiFi.AccessPoint.{i}.Interworking.InternetAvailable',
      'Device.WiFi.AccessPoint.{i}.Interworking.UnauthenticatedEmergencyServiceAvailable',
      'Device.WiFi.AccessPoint.{i}.IsolationEnable',
      'Device.WiFi.AccessPoint.{i}.MACAddressControlEnabled',
      'Device.WiFi.AccessPoint.{i}.Passpoint.DGAFDisable',
      'Device.WiFi.DataElements.Network.Device.{i}.CoordinatedCACAllowed',
      'Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.APMetricsWiFi6',
      'Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.AssociatedSTALinkMetricsInclusionPolicy',
      'Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.AssociatedSTATrafficStatsInclusionPolicy',
      'Device.WiFi.DataElements.Network.Device.{i}.ReportIndependentScans',
      'Device.WiFi.DataElements.Network.Device.{i}.ReportUnsuccessfulAssociations',
      'Device.WiFi.DataElements.Network.Device.{i}.WPS.Enable',
      'Device.WiFi.DataElements.Network.Device.{i}.bSTAMLD.bSTAMLDConfig.EMLMREnabled',
      'Device.WiFi.DataElements.Network.Device.{i}.bSTAMLD.bSTAMLDConfig.EMLSREnabled',
      'Device.WiFi.DataElements.Network.Device.{i}.bSTAMLD.bSTAMLDConfig.NSTREnabled',
      'Device.WiFi.DataElements.Network.Device.{i}.bSTAMLD.bSTAMLDConfig.STREnabled',
      'Device.WiFi.DataElements.Network.Device.{i}.bSTAMLD.bSTAMLDConfig.TIDLinkMapNegotiation',
      'Device.WiFi.Radio.{i}.EnableRRM',
      'Device.WiFi.SSID.{i}.ATFEnable',
    ],
    'setting of a row only the ACS creates, with no value in any spec: the ACS sets what it needs': [
      'Device.DeviceInfo.LogRotate.{i}.MaxFileSize',
      'Device.DeviceInfo.LogRotate.{i}.NumberOfFiles',
      'Device.DeviceInfo.LogRotate.{i}.Retention',
      'Device.DeviceInfo.LogRotate.{i}.RollOver',
      'Device.Hosts.AccessControl.{i}.Schedule.{i}.Duration',
      'Device.WiFi.DataElements.Network.STABlock.{i}.Schedule.{i}.Duration',
    ],
    'enumeration: its first value is the intended start': [
      'Device.Services.STBService.{i}.Components.FrontEnd.{i}.IP.FEC.OperationMode',
      'Device.Services.STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.OperationMode',
      'Device.WiFi.AccessPoint.{i}.ANQP.IPv4AddressAvailability',
      'Device.WiFi.AccessPoint.{i}.ANQP.IPv6AddressAvailability',
      'Device.WiFi.AccessPoint.{i}.Interworking.AccessNetworkType',
      'Device.WiFi.AccessPoint.{i}.Interworking.VenueGroup',
      'Device.WiFi.AccessPoint.{i}.Security.SPPAMSDU',
      'Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.STA.{i}.CellularDataPreference',
    ],
  },
  gateway: {
    'optional feature, service or report: off until the ACS turns it on': [
      'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.MACAddressControlEnabled',
      'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.InsecureOOBAccessEnabled',
      'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.MACAddressControlEnabled',
      'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Enable',
      'InternetGatewayDevice.Services.VoiceService.{i}.CallControl.Extension.{i}.QuiescentMode',
      'InternetGatewayDevice.Services.VoiceService.{i}.CallControl.Line.{i}.QuiescentMode',
      'InternetGatewayDevice.Services.VoiceService.{i}.ClockSynchronization.AutoRevert',
      'InternetGatewayDevice.Services.VoiceService.{i}.CodecProfile.{i}.SilenceSuppression',
      'InternetGatewayDevice.Services.VoiceService.{i}.POTS.FXS.{i}.ChargingPulse',
      'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Client.{i}.QuiescentMode',
      'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Network.{i}.NoLoginRetry',
      'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Network.{i}.QuiescentMode',
      'InternetGatewayDevice.Services.VoiceService.{i}.VoIPProfile.{i}.QuiescentMode',
      'InternetGatewayDevice.Services.VoiceService.{i}.VoIPProfile.{i}.RTP.SRTP.Enable',
      'InternetGatewayDevice.UDPEchoConfig.EchoPlusEnabled',
      'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.MACAddressOverride',
    ],
    'key of a row only the ACS creates: it sets it with the row': [
      'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Tag',
      'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.PoolOrder',
      'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Tag',
      'InternetGatewayDevice.Services.VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Order',
      'InternetGatewayDevice.Services.VoiceService.{i}.Interwork.{i}.Map.{i}.Priority',
      'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Port',
      'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Port',
      'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.SIPResponseNumber',
      'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Proxy.{i}.ProxyPort',
      'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Port',
      'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Registrar.{i}.RegistrarPort',
      'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Order',
      'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Tag',
      'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Tag',
      'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.ExternalPort',
      'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.InternalPort',
    ],
    'setting of a row only the ACS creates, with no value in any spec: the ACS sets what it needs': [
      'InternetGatewayDevice.Services.VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnBusyRingTimeout',
      'InternetGatewayDevice.Services.VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnNoAnswerRingTimeout',
      'InternetGatewayDevice.Services.VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Delay',
      'InternetGatewayDevice.Services.VoiceService.{i}.CallControl.Group.{i}.RingTimeout',
      'InternetGatewayDevice.Services.VoiceService.{i}.CallControl.Mailbox.{i}.MaxMsg',
      'InternetGatewayDevice.Services.VoiceService.{i}.CallControl.Mailbox.{i}.MinSize',
      'InternetGatewayDevice.Services.VoiceService.{i}.MGCP.Network.{i}.DSCPMark',
      'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.ExpireTime',
      'InternetGatewayDevice.Services.VoiceService.{i}.SIP.Registrar.{i}.RegisterExpires',
      'InternetGatewayDevice.Services.VoiceService.{i}.Trunk.{i}.MaxChannels',
      'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.WarnDisconnectDelay',
    ],
    'enumeration: its first value is the intended start': [
      'InternetGatewayDevice.Services.VoiceService.{i}.POTS.FXS.{i}.DiagTests.TestSelector',
    ],
  },
};

async function genericRule(
  profile: BuiltinProfile,
): Promise<{ path: string; reason: string | undefined; entry: FactoryEntry }[]> {
  const view = await factoryView(profile);
  return [...view.entries.entries()]
    .filter(([, e]) => e.source === 'generic')
    .map(([path, entry]) => ({ path, entry, reason: LEGITIMATE.find((g) => g.applies(entry))?.reason }));
}

describe.each(['stb', 'gateway'] as const)('factory values of the %s profile', (profile) => {
  it('leaves on the generic rule only what a group or the reviewed list accounts for', async () => {
    const unexplained = (await genericRule(profile))
      .filter((g) => g.reason === undefined)
      .map((g) => g.path)
      .sort();
    expect(unexplained).toEqual(Object.values(REVIEWED[profile]).flat().sort());
  });

  it('gives ManagementServer no value from the generic rule except empty strings and lists', async () => {
    const reviewed = Object.values(REVIEWED[profile])
      .flat()
      .filter((p) => p.includes('.ManagementServer.'));
    expect(reviewed).toEqual([]);
    const generic = (await genericRule(profile))
      .filter((g) => g.path.includes('.ManagementServer.') && g.entry.presence !== 'never')
      .filter(
        (g) =>
          !isPlainString(g.entry) &&
          g.entry.param.validator.descriptor.list === undefined &&
          g.entry.param.validator.descriptor.pathRef === undefined &&
          g.entry.param.meta.hidden !== true &&
          g.entry.param.meta.secured !== true,
      )
      .map((g) => g.path);
    expect(generic).toEqual([]);
  });

  it('starts no timing, interval or count parameter at its range minimum by the generic rule', async () => {
    const atMinimum = (await genericRule(profile))
      .filter(
        (g) =>
          g.entry.presence === 'rows' &&
          NUMERIC.has(typeOf(g.entry)) &&
          g.entry.param.validator.descriptor.list === undefined,
      )
      .filter((g) =>
        /(Interval|Period|Time|Timeout|Delay|Duration|Count|Number|Retries|Limit|Expires|Max|Min)/.test(
          g.entry.param.name,
        ),
      )
      .map((g) => g.path);
    expect(atMinimum).toEqual([]);
  });

  it('gives every writable parameter on the factory rows a value its syntax accepts', async () => {
    const view = await factoryView(profile);
    const bad: string[] = [];
    for (const [path, e] of view.entries) {
      if (e.presence !== 'rows' || e.param.meta.hidden === true || e.param.meta.secured === true) continue;
      const rows = path.includes('{i}') ? concretePaths(path, view.profile.instances) : [path];
      for (const row of rows) {
        if (Object.hasOwn(view.profile.values, row)) continue; // checked when the profile loads
        const wire = toWire(e.param.validator.descriptor, defaultValue(e.param));
        const r = e.param.validator.validateWire(wire);
        if (!r.ok) bad.push(`${row} = ${JSON.stringify(wire)}: ${r.message}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('where factory values come from', () => {
  it('reads the retry interval of the gateway (TR-098) from the spec table, not the range minimum', async () => {
    const view = await factoryView('gateway');
    const p = view.entries.get('InternetGatewayDevice.ManagementServer.CWMPRetryMinimumWaitInterval')!;
    expect(defaultSource(p.param)).toBe('spec');
    expect(defaultValue(p.param)).toBe(5);
    expect(
      defaultValue(view.entries.get('InternetGatewayDevice.ManagementServer.CWMPRetryIntervalMultiplier')!.param),
    ).toBe(2000);
  });

  it("counts a parameter as the profile's only when every factory row has a value", async () => {
    const view = await factoryView('stb');
    // IP.Interface.1 (lo), 2 and 3 each set MaxMTUSize in the profile.
    expect(view.entries.get('Device.IP.Interface.{i}.MaxMTUSize')!.source).toBe('profile');
    expect(view.entries.get('Device.ManagementServer.URL')!.source).toBe('profile');
    expect(view.entries.get('Device.ManagementServer.DelayReboot')!.source).toBe('spec');
  });
});
