/**
 * Factory values the specifications state where the BBF XML has no `default` element: the
 * parameter's own description says what it should start as ("the default SHOULD be …", "-1 means
 * not configured", "0 means never"), or it defers to another standard that does (RFC 3261's SIP
 * timers, RFC 3376's IGMP robustness). defaults.ts uses an entry only when the model gives no BBF
 * default, and only if the value is valid for the parameter's syntax.
 *
 * Keys are schema paths without the root object, so one entry serves `Device.` and
 * `InternetGatewayDevice.` alike; a mounted service model is keyed under `Services.`
 * ('Services.VoiceService.{i}.SIP.Network.{i}.TimerT1'). Every entry names where its value comes
 * from; test/datamodel/defaults-spec-table.test.ts checks that each key exists in a generated model,
 * that BBF gives it no default of its own, and that the value fits its syntax.
 */

export interface SpecDefault {
  /** The value in wire form. */
  readonly value: string;
  /** Where the value is stated: document and section or object, in a few words. */
  readonly ref: string;
}

/** TR-106 3.2: the dateTime that stands for "no time known". */
const UNKNOWN_TIME = '0001-01-01T00:00:00Z';

const at =
  (ref: string) =>
  (value: string | number | boolean): SpecDefault => ({ value: String(value), ref });

// Shared references: most entries are facts of one object's descriptions.
const TR069_RETRY = at('TR-069 3.2.1.1 (session retry)');
const MS = at('TR-181/TR-098 ManagementServer');
const TR143 = at('TR-143 diagnostics (test marking SHOULD default to 0)');
const TR181_DIAG = at('TR-181 IP.Diagnostics (stated SHOULD default)');
const TR471 = at('TR-181 IP.Diagnostics.IPLayerCapacityMetrics (TR-471 defaults)');
const TEMP = at('TR-181/TR-098 DeviceInfo.TemperatureStatus');
const MEMORY = at('TR-181 DeviceInfo.MemoryStatus.MemoryMonitor');
const DOT11_MIB = at('IEEE 802.11 MIB default');
const WIFI = at('TR-181 WiFi');
const EASYMESH = at('TR-181 WiFi.DataElements (EasyMesh policy: 0 = off)');
const RFC3261 = at('RFC 3261 Table 4 (SIP timers)');
const RFC3550 = at('RFC 3550 6.2 (RTCP minimum interval 5 s)');
const TR104 = at('TR-104 VoiceService');
const TR135 = at('TR-135 STBService');
const WAN = at('TR-098 WANDevice connections');

/** Factory values by schema path below the root object. */
export const SPEC_DEFAULTS: Readonly<Record<string, SpecDefault>> = {
  // CWMP itself. The retry pair is what TR-069 prescribes when nothing is configured; the
  // others are the "feature off" or "not configured" values their descriptions define.
  'ManagementServer.CWMPRetryMinimumWaitInterval': TR069_RETRY(5),
  'ManagementServer.CWMPRetryIntervalMultiplier': TR069_RETRY(2000),
  'ManagementServer.EnableCWMP': at('TR-098 ManagementServer (factory value MUST be true)')(true),
  'ManagementServer.DefaultActiveNotificationThrottle': MS(0), // 0 s: no extra wait
  'ManagementServer.ManageableDeviceNotificationLimit': MS(0), // 0 s: no minimum spacing
  'ManagementServer.UDPConnectionRequestAddressNotificationLimit': MS(0),
  'ManagementServer.LightweightNotificationTriggerInterval': MS(0), // 0: trigger interval off
  'ManagementServer.UDPLightweightNotificationPort': MS(7547), // the port used when none is set
  'ManagementServer.DelayReboot': MS(-1), // -1: no delayed reboot pending
  'ManagementServer.STUNServerPort': at('TR-069 Annex G / RFC 3489 (STUN port 3478)')(3478),
  'ManagementServer.STUNMaximumKeepAlivePeriod': MS(-1), // -1: no maximum specified
  // TR-106 3.2 Unknown Time: a past time schedules no reboot, and as a phase reference it lets
  // the device pick its own.
  'ManagementServer.ScheduleReboot': MS(UNKNOWN_TIME),
  'ManagementServer.HeartbeatPolicy.InitiationTime': MS(UNKNOWN_TIME),
  'ManagementServer.LightweightNotificationTriggerTime': MS(UNKNOWN_TIME),

  // TR-143 inputs of the TR-098 diagnostics objects.
  'IPPingDiagnostics.DSCP': TR143(0),
  'TraceRouteDiagnostics.DSCP': TR143(0),
  'DownloadDiagnostics.DSCP': TR143(0),
  'DownloadDiagnostics.EthernetPriority': TR143(0),
  'UploadDiagnostics.DSCP': TR143(0),
  'UploadDiagnostics.EthernetPriority': TR143(0),
  'UDPEchoConfig.UDPPort': at('RFC 862 (echo port 7)')(7),

  // The same inputs under TR-181 IP.Diagnostics.
  'IP.Diagnostics.IPPing.DSCP': TR143(0),
  'IP.Diagnostics.TraceRoute.DSCP': TR143(0),
  'IP.Diagnostics.UDPEchoConfig.UDPPort': at('RFC 862 (echo port 7)')(7),
  'IP.Diagnostics.DownloadDiagnostics.DSCP': TR143(0),
  'IP.Diagnostics.DownloadDiagnostics.EthernetPriority': TR143(0),
  'IP.Diagnostics.DownloadDiagnostics.ProtocolVersion': TR181_DIAG('Any'),
  'IP.Diagnostics.DownloadDiagnostics.EnablePerConnectionResults': TR181_DIAG(false),
  'IP.Diagnostics.DownloadDiagnostics.TimeBasedTestDuration': TR181_DIAG(0),
  'IP.Diagnostics.DownloadDiagnostics.TimeBasedTestMeasurementInterval': TR181_DIAG(0),
  'IP.Diagnostics.DownloadDiagnostics.TimeBasedTestMeasurementOffset': TR181_DIAG(0),
  'IP.Diagnostics.UploadDiagnostics.DSCP': TR143(0),
  'IP.Diagnostics.UploadDiagnostics.EthernetPriority': TR143(0),
  'IP.Diagnostics.UploadDiagnostics.ProtocolVersion': TR181_DIAG('Any'),
  'IP.Diagnostics.UploadDiagnostics.EnablePerConnectionResults': TR181_DIAG(false),
  'IP.Diagnostics.UploadDiagnostics.TimeBasedTestDuration': TR181_DIAG(0),
  'IP.Diagnostics.UploadDiagnostics.TimeBasedTestMeasurementInterval': TR181_DIAG(0),
  'IP.Diagnostics.UploadDiagnostics.TimeBasedTestMeasurementOffset': TR181_DIAG(0),
  'IP.Diagnostics.UDPEchoDiagnostics.DSCP': TR143(0),
  'IP.Diagnostics.UDPEchoDiagnostics.ProtocolVersion': TR181_DIAG('Any'),
  'IP.Diagnostics.UDPEchoDiagnostics.EnableIndividualPacketResults': TR181_DIAG(false),

  // IP-layer capacity test (TR-471) settings, as the TR-181 descriptions give them.
  'IP.Diagnostics.IPLayerCapacityMetrics.DSCP': TR471(0),
  'IP.Diagnostics.IPLayerCapacityMetrics.EthernetPriority': TR471(0),
  'IP.Diagnostics.IPLayerCapacityMetrics.ProtocolVersion': TR471('Any'),
  'IP.Diagnostics.IPLayerCapacityMetrics.TestType': TR471('Search'),
  'IP.Diagnostics.IPLayerCapacityMetrics.UDPPayloadContent': TR471('zeroes'),
  'IP.Diagnostics.IPLayerCapacityMetrics.JumboFramesPermitted': TR471(true),
  'IP.Diagnostics.IPLayerCapacityMetrics.IPDVEnable': TR471(false),
  'IP.Diagnostics.IPLayerCapacityMetrics.IPRREnable': TR471(false),
  'IP.Diagnostics.IPLayerCapacityMetrics.RIPREnable': TR471(false),
  'IP.Diagnostics.IPLayerCapacityMetrics.ReordDupIgnoreEnable': TR471(true),
  'IP.Diagnostics.IPLayerCapacityMetrics.FlowCount': TR471(0), // 0: not used
  'IP.Diagnostics.IPLayerCapacityMetrics.MaximumFlows': TR471(0), // 0: not used
  'IP.Diagnostics.IPLayerCapacityMetrics.PortMin': TR471(49152), // the IANA dynamic range
  'IP.Diagnostics.IPLayerCapacityMetrics.PortMax': TR471(65535),
  'IP.Diagnostics.IPLayerCapacityMetrics.PortOptionalMin': TR471(0), // 0: no user ports
  'IP.Diagnostics.IPLayerCapacityMetrics.PortOptionalMax': TR471(0),
  'IP.Diagnostics.IPLayerCapacityMetrics.HSpeedThresh': TR471(1),
  'IP.Diagnostics.IPLayerCapacityMetrics.HighSpeedDelta': TR471(10),
  'IP.Diagnostics.IPLayerCapacityMetrics.LowerThresh': TR471(30),
  'IP.Diagnostics.IPLayerCapacityMetrics.UpperThresh': TR471(90),
  'IP.Diagnostics.IPLayerCapacityMetrics.NumberFirstModeTestSubIntervals': TR471(0),
  'IP.Diagnostics.IPLayerCapacityMetrics.NumberTestSubIntervals': TR471(10),
  'IP.Diagnostics.IPLayerCapacityMetrics.PreambleDuration': TR471(2),
  'IP.Diagnostics.IPLayerCapacityMetrics.RetryThresh': TR471(5),
  'IP.Diagnostics.IPLayerCapacityMetrics.SeqErrThresh': TR471(10),
  'IP.Diagnostics.IPLayerCapacityMetrics.SlowAdjThresh': TR471(3),
  'IP.Diagnostics.IPLayerCapacityMetrics.StartSendingRate': TR471(500),
  'IP.Diagnostics.IPLayerCapacityMetrics.StartSendingRateIndex': TR471(0),
  'IP.Diagnostics.IPLayerCapacityMetrics.StatusFeedbackInterval': TR471(50),
  'IP.Diagnostics.IPLayerCapacityMetrics.TestSubInterval': TR471(1000),
  'IP.Diagnostics.IPLayerCapacityMetrics.TimeoutNoStatusMessage': TR471(1000),
  'IP.Diagnostics.IPLayerCapacityMetrics.TimeoutNoTestTraffic': TR471(1000),
  'IP.Diagnostics.IPLayerCapacityMetrics.TimestampResolution': TR471(1),
  'IP.Diagnostics.IPLayerCapacityMetrics.Tmax': TR471(1000),
  'IP.Diagnostics.IPLayerCapacityMetrics.TmaxRTT': TR471(3000),

  // Monitoring thresholds: -274 °C (below absolute zero) marks an alarm as not configured, and a
  // polling interval of 0 lets the device pick its own.
  'DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.LowAlarmValue': TEMP(-274),
  'DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.HighAlarmValue': TEMP(-274),
  'DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.PollingInterval': TEMP(0),
  'DeviceInfo.MemoryStatus.MemoryMonitor.PollingInterval': MEMORY(0),

  // Wi-Fi radio settings TR-181 maps onto 802.11 MIB attributes, with the MIB's defaults.
  'WiFi.Radio.{i}.BeaconPeriod': DOT11_MIB(100), // dot11BeaconPeriod
  'WiFi.Radio.{i}.DTIMPeriod': DOT11_MIB(1), // dot11DTIMPeriod
  'WiFi.Radio.{i}.RetryLimit': DOT11_MIB(7), // dot11ShortRetryLimit
  'WiFi.Radio.{i}.LongRetryLimit': DOT11_MIB(4), // dot11LongRetryLimit
  'WiFi.Radio.{i}.MCS': WIFI(-1), // -1: the radio selects the MCS
  // 802.11 QoS frames ask for an acknowledgement unless a sender chooses otherwise (Normal Ack).
  'WiFi.AccessPoint.{i}.AC.{i}.AckPolicy': at('IEEE 802.11 QoS Ack Policy (Normal Ack)')(true),
  'WiFi.EndPoint.{i}.AC.{i}.AckPolicy': at('IEEE 802.11 QoS Ack Policy (Normal Ack)')(true),
  'WiFi.DataElements.Network.Device.{i}.APMetricsReportingInterval': EASYMESH(0),
  'WiFi.DataElements.Network.Device.{i}.AssociatedSTAReportingInterval': EASYMESH(0),
  'WiFi.DataElements.Network.Device.{i}.Radio.{i}.SteeringPolicy': EASYMESH(0), // agent steering disallowed
  'WiFi.DataElements.Network.Device.{i}.Radio.{i}.STAReportingRCPIThreshold': EASYMESH(0),
  'WiFi.DataElements.Network.Device.{i}.Radio.{i}.STAReportingRCPIHysteresisMarginOverride': EASYMESH(0), // the agent's own margin
  'WiFi.DataElements.Network.Device.{i}.Radio.{i}.ChannelUtilizationReportingThreshold': EASYMESH(0),
  'XMPP.Connection.{i}.Server.{i}.Weight': at('TR-181 XMPP (-1: weight left to the implementation)')(-1),

  // TR-098 LAN and WAN.
  'LANDevice.{i}.WLANConfiguration.{i}.WPS.SetupLock': at('TR-098 WLANConfiguration.WPS (factory setting false)')(
    false,
  ),
  'WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.AutoDisconnectTime': WAN(0), // 0: never
  'WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.IdleDisconnectTime': WAN(0),
  'WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingLeaseDuration': WAN(0), // 0: static
  'WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.AutoDisconnectTime': WAN(0),
  'WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.IdleDisconnectTime': WAN(0),
  'WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingLeaseDuration': WAN(0),
  'WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.MaxMRUSize': at('RFC 1661 6.1 (default MRU 1500)')(1500),
  'WANDevice.{i}.WANEthernetInterfaceConfig.ShapingRate': WAN(-1), // -1: no shaping

  // TR-135 set-top box: IGMP and RTCP behaviour from the RFCs the descriptions cite.
  'Services.STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientRobustness': at('RFC 3376 8.1 (robustness 2)')(2),
  'Services.STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientUnsolicitedReportInterval':
    at('RFC 3376 8.11 (1 s)')(1),
  'Services.STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.DSCPMark': at('RFC 2474 4.1 (default PHB 0)')(0),
  'Services.STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.EthernetPriorityMark': TR135(-1), // -1: the default marking
  'Services.STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.VLANIDMark': TR135(-1),
  'Services.STBService.{i}.Components.FrontEnd.{i}.IP.RTCP.TxRepeatInterval': RFC3550(5000),
  'Services.STBService.{i}.ServiceMonitoring.MainStream.{i}.Gmin': at('RFC 3611 4.7.6 (Gmin 16)')(16),
  'Services.StorageService.{i}.FTPServer.AnonymousUser.ReadOnlyAccess': at(
    'TR-140 FTPServer.AnonymousUser (SHOULD default to true)',
  )(true),

  // TR-104 voice: SIP transaction timers, RTCP interval, line gains relative to the device's own.
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerT1': RFC3261(500),
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerT2': RFC3261(4000),
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerT4': RFC3261(5000),
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerA': RFC3261(500), // T1
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerB': RFC3261(32000), // 64*T1
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerC': RFC3261(180000), // > 3 min
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerD': RFC3261(32000), // > 32 s over UDP
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerE': RFC3261(500), // T1
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerF': RFC3261(32000), // 64*T1
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerG': RFC3261(500), // T1
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerH': RFC3261(32000), // 64*T1
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerI': RFC3261(5000), // T4 over UDP
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerJ': RFC3261(32000), // 64*T1 over UDP
  'Services.VoiceService.{i}.SIP.Network.{i}.TimerK': RFC3261(5000), // T4 over UDP
  'Services.VoiceService.{i}.VoIPProfile.{i}.RTP.RTCP.TxRepeatInterval': RFC3550(5000),
  'Services.VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.ReceiveGain': TR104(0), // 0: the device's own gain
  'Services.VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.TransmitGain': TR104(0),
  // Limits and refreshes whose descriptions give 0 the meaning "none" or "off".
  'Services.VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.MaxMessageLength': TR104(0),
  'Services.VoiceService.{i}.CallControl.Mailbox.{i}.MaxMessageTime': TR104(0),
  'Services.VoiceService.{i}.Interwork.{i}.FirewallRuleSetInterval': TR104(0),
  'Services.VoiceService.{i}.Interwork.{i}.InterworkingRuleSetInterval': TR104(0),
  'Services.VoiceService.{i}.SIP.Client.{i}.Contact.{i}.PingInterval': TR104(0),
  'Services.VoiceService.{i}.SIP.Registrar.{i}.PingInterval': TR104(0),
};

/** The spec table's entry for a mounted schema path ('Device.ManagementServer.DelayReboot'). */
export function specDefault(schemaPath: string): SpecDefault | undefined {
  const key = schemaPath.slice(schemaPath.indexOf('.') + 1);
  return Object.hasOwn(SPEC_DEFAULTS, key) ? SPEC_DEFAULTS[key] : undefined;
}
