// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model InternetGatewayDevice:1.14 from tr-098-1-8-0.xml.
// Sources, each with its sha256: generated/sources.txt.

/**
 * The value type of every parameter of InternetGatewayDevice:1.14, keyed by its BBF path.
 * Each entry's doc comment holds its facts: access, type, range or size, units, the version that added it, its status.
 */
export interface Values {
  /** readWrite · boolean */
  'InternetGatewayDevice.BulkData.Enable': boolean;
  /** readOnly · string list */
  'InternetGatewayDevice.BulkData.EncodingTypes': readonly ("XML" | "XDR")[];
  /** readOnly · int · range -1.. */
  'InternetGatewayDevice.BulkData.MaxNumberOfParameterReferences': number;
  /** readOnly · int · range -1.. */
  'InternetGatewayDevice.BulkData.MaxNumberOfProfiles': number;
  /** readOnly · unsignedInt · units seconds */
  'InternetGatewayDevice.BulkData.MinReportingInterval': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.BulkData.Profile.{i}.Alias': string;
  /** readWrite · string · size ..128 */
  'InternetGatewayDevice.BulkData.Profile.{i}.ControlFileFormat': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.BulkData.Profile.{i}.Enable': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.BulkData.Profile.{i}.EncodingType': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.BulkData.Profile.{i}.FileTransferPassword': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.BulkData.Profile.{i}.FileTransferURL': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.BulkData.Profile.{i}.FileTransferUsername': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.BulkData.Profile.{i}.Parameter.{i}.Reference': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.BulkData.Profile.{i}.ParameterNumberOfEntries': number;
  /** readWrite · string */
  'InternetGatewayDevice.BulkData.Profile.{i}.Protocol': string;
  /** readWrite · unsignedInt · range 1.. · units seconds */
  'InternetGatewayDevice.BulkData.Profile.{i}.ReportingInterval': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.BulkData.Profile.{i}.StreamingHost': string;
  /** readWrite · unsignedInt · range 0..65535 */
  'InternetGatewayDevice.BulkData.Profile.{i}.StreamingPort': number;
  /** readWrite · unsignedInt · range 48..57 | 65..90 */
  'InternetGatewayDevice.BulkData.Profile.{i}.StreamingSessionID': number;
  /** readWrite · dateTime */
  'InternetGatewayDevice.BulkData.Profile.{i}.TimeReference': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.BulkData.ProfileNumberOfEntries': number;
  /** readOnly · string list */
  'InternetGatewayDevice.BulkData.Protocols': readonly ("Streaming" | "File")[];
  /** readOnly · string */
  'InternetGatewayDevice.BulkData.Status': "Enabled" | "Disabled" | "Error";
  /** readOnly · string list */
  'InternetGatewayDevice.Capabilities.PerformanceDiagnostic.DownloadTransports': readonly ("HTTP" | "FTP")[];
  /** readOnly · string list */
  'InternetGatewayDevice.Capabilities.PerformanceDiagnostic.UploadTransports': readonly ("HTTP" | "FTP")[];
  /** readWrite · string list */
  'InternetGatewayDevice.CaptivePortal.AllowedList': readonly string[];
  /** readWrite · string · size ..2000 */
  'InternetGatewayDevice.CaptivePortal.CaptivePortalURL': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.CaptivePortal.Enable': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.CaptivePortal.Status': "Disabled" | "Enabled" | "Error_URLEmpty" | "Error";
  /** readOnly · string list */
  'InternetGatewayDevice.DLNA.Capabilities.AVClassProfileID': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.DLNA.Capabilities.AudioClassProfileID': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.DLNA.Capabilities.DeviceCapability': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.DLNA.Capabilities.HIDDeviceClass': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.DLNA.Capabilities.HNDDeviceClass': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.DLNA.Capabilities.ImageClassProfileID': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.DLNA.Capabilities.MediaCollectionProfileID': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.DLNA.Capabilities.PrinterClassProfileID': readonly string[];
  /** readWrite · boolean */
  'InternetGatewayDevice.DNS.SD.Enable': boolean;
  /** readOnly · string · size ..15 */
  'InternetGatewayDevice.DNS.SD.Service.{i}.ApplicationProtocol': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.DNS.SD.Service.{i}.Domain': string;
  /** readOnly · string list · size ..256 */
  'InternetGatewayDevice.DNS.SD.Service.{i}.Host': readonly string[];
  /** readOnly · string · size ..63 */
  'InternetGatewayDevice.DNS.SD.Service.{i}.InstanceName': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DNS.SD.Service.{i}.LastUpdate': string;
  /** readOnly · unsignedInt · range ..65535 */
  'InternetGatewayDevice.DNS.SD.Service.{i}.Port': number;
  /** readOnly · unsignedInt · range ..65535 */
  'InternetGatewayDevice.DNS.SD.Service.{i}.Priority': number;
  /** readOnly · string */
  'InternetGatewayDevice.DNS.SD.Service.{i}.Status': "LeaseActive" | "GoodbyeReceived" | "LeaseExpired";
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.DNS.SD.Service.{i}.Target': string;
  /** readOnly · string · size ..255 */
  'InternetGatewayDevice.DNS.SD.Service.{i}.TextRecord.{i}.Key': string;
  /** readOnly · string · size ..255 */
  'InternetGatewayDevice.DNS.SD.Service.{i}.TextRecord.{i}.Value': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DNS.SD.Service.{i}.TextRecordNumberOfEntries': number;
  /** readOnly · unsignedInt · range ..2147483647 */
  'InternetGatewayDevice.DNS.SD.Service.{i}.TimeToLive': number;
  /** readOnly · string */
  'InternetGatewayDevice.DNS.SD.Service.{i}.TransportProtocol': "TCP" | "UDP";
  /** readOnly · unsignedInt · range ..65535 */
  'InternetGatewayDevice.DNS.SD.Service.{i}.Weight': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DNS.SD.ServiceNumberOfEntries': number;
  /** readWrite · string · size ..32768 */
  'InternetGatewayDevice.DeviceConfig.ConfigFile': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.DeviceConfig.PersistentData': string;
  /** readOnly · string list */
  'InternetGatewayDevice.DeviceInfo.AdditionalHardwareVersion': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.DeviceInfo.AdditionalSoftwareVersion': readonly string[];
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.DeviceInfo.Description': string;
  /** readOnly · string list */
  'InternetGatewayDevice.DeviceInfo.DeviceCategory': readonly string[];
  /** readOnly · string · size ..32768 */
  'InternetGatewayDevice.DeviceInfo.DeviceLog': string;
  /**
   * readOnly · string list · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.DeviceInfo.EnabledOptions': readonly string[];
  /** readOnly · dateTime */
  'InternetGatewayDevice.DeviceInfo.FirstUseDate': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.HardwareVersion': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DeviceInfo.Location.{i}.AcquiredTime': string;
  /** readWrite · string · size ..1200 */
  'InternetGatewayDevice.DeviceInfo.Location.{i}.DataObject': string;
  /** readOnly · string */
  'InternetGatewayDevice.DeviceInfo.Location.{i}.ExternalProtocol': "" | "CWMP" | "OMA-DM" | "SNMP" | "UPnP" | "HELD" | "DHCPv4" | "DHCPv6" | "LLDP-MED" | "MLP" | "Other";
  /** readOnly · string */
  'InternetGatewayDevice.DeviceInfo.Location.{i}.ExternalSource': string;
  /** readOnly · string */
  'InternetGatewayDevice.DeviceInfo.Location.{i}.Source': "GPS" | "AGPS" | "Manual" | "External";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DeviceInfo.LocationNumberOfEntries': number;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.Manufacturer': string;
  /** readOnly · string · size 6..6 */
  'InternetGatewayDevice.DeviceInfo.ManufacturerOUI': string;
  /** readOnly · unsignedInt · units kilobytes */
  'InternetGatewayDevice.DeviceInfo.MemoryStatus.Free': number;
  /** readOnly · unsignedInt · units kilobytes */
  'InternetGatewayDevice.DeviceInfo.MemoryStatus.Total': number;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.ModelName': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.ModelNumber': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.ModemFirmwareVersion': string;
  /** readOnly · unsignedInt · units bytes */
  'InternetGatewayDevice.DeviceInfo.NetworkProperties.MaxTCPWindowSize': number;
  /** readOnly · string list */
  'InternetGatewayDevice.DeviceInfo.NetworkProperties.TCPImplementation': readonly ("Tahoe" | "Reno" | "New Reno" | "Vegas")[];
  /** readOnly · unsignedInt · range ..100 · units percent */
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.CPUUsage': number;
  /** readOnly · unsignedInt · units milliseconds */
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.CPUTime': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.Command': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.PID': number;
  /** readOnly · unsignedInt · range ..99 */
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.Priority': number;
  /** readOnly · unsignedInt · units kilobytes */
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.Size': number;
  /** readOnly · string */
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.State': "Running" | "Sleeping" | "Stopped" | "Idle" | "Uninterruptible" | "Zombie";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.ProcessNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.DeviceInfo.Processor.{i}.Alias': string;
  /** readOnly · string */
  'InternetGatewayDevice.DeviceInfo.Processor.{i}.Architecture': "arm" | "i386" | "m68010" | "m68k" | "mipseb" | "mipsel" | "powerpc" | "sh3eb" | "sh3el" | "x86_64";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DeviceInfo.ProcessorNumberOfEntries': number;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.ProductClass': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.ProvisioningCode': string;
  /** readOnly · string · size 6..6 */
  'InternetGatewayDevice.DeviceInfo.ProxierInfo.ManufacturerOUI': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.ProxierInfo.ProductClass': string;
  /** readOnly · string */
  'InternetGatewayDevice.DeviceInfo.ProxierInfo.ProxyProtocol': "Z-Wave" | "ZigBee" | "UPnP-DM" | "ETSI-M2M";
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.ProxierInfo.SerialNumber': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.SerialNumber': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.SoftwareVersion': string;
  /**
   * readOnly · string · size ..16 · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.DeviceInfo.SpecVersion': string;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.Alias': string;
  /** readOnly · string list */
  'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.Features': readonly string[];
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.URL': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.URN': string;
  /** readOnly · string <UUID> · size 36..36 */
  'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.UUID': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DeviceInfo.SupportedDataModelNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Enable': boolean;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.HighAlarmTime': string;
  /** readWrite · int · range -274.. · units degrees celsius */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.HighAlarmValue': number;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.LastUpdate': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.LowAlarmTime': string;
  /** readWrite · int · range -274.. · units degrees celsius */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.LowAlarmValue': number;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.MaxTime': string;
  /** readOnly · int · range -274.. · units degrees celsius */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.MaxValue': number;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.MinTime': string;
  /** readOnly · int · range -274.. · units degrees celsius */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.MinValue': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Name': string;
  /** readWrite · unsignedInt · units seconds */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.PollingInterval': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Reset': boolean;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.ResetTime': string;
  /** readOnly · string */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · int · range -274.. · units degrees celsius */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Value': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensorNumberOfEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DeviceInfo.UpTime': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Alias': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Date': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Description': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Name': string;
  /** readOnly · string · size ..16 */
  'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Version': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DeviceInfo.VendorConfigFileNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.DeviceInfo.VendorLogFile.{i}.Alias': string;
  /** readOnly · unsignedInt · units bytes */
  'InternetGatewayDevice.DeviceInfo.VendorLogFile.{i}.MaximumSize': number;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.DeviceInfo.VendorLogFile.{i}.Name': string;
  /** readOnly · boolean */
  'InternetGatewayDevice.DeviceInfo.VendorLogFile.{i}.Persistent': boolean;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DeviceInfo.VendorLogFileNumberOfEntries': number;
  /**
   * readOnly · string · size ..1024 · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.DeviceSummary': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.DownloadAvailability.Announcement.Enable': boolean;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.Enable': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.URL': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DownloadAvailability.Announcement.GroupNumberOfEntries': number;
  /** readOnly · string */
  'InternetGatewayDevice.DownloadAvailability.Announcement.Status': "Disabled" | "Enabled" | "Error";
  /** readWrite · boolean */
  'InternetGatewayDevice.DownloadAvailability.Query.Enable': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.DownloadAvailability.Query.Status': "Disabled" | "Enabled" | "Error";
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.DownloadAvailability.Query.URL': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DownloadDiagnostics.BOMTime': string;
  /** readWrite · unsignedInt · range 0..63 */
  'InternetGatewayDevice.DownloadDiagnostics.DSCP': number;
  /** readWrite · string */
  'InternetGatewayDevice.DownloadDiagnostics.DiagnosticsState': "None" | "Requested" | "Completed" | "Error_InitConnectionFailed" | "Error_NoResponse" | "Error_TransferFailed" | "Error_PasswordRequestFailed" | "Error_LoginFailed" | "Error_NoTransferMode" | "Error_NoPASV" | "Error_IncorrectSize" | "Error_Timeout";
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.DownloadDiagnostics.DownloadURL': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DownloadDiagnostics.EOMTime': string;
  /** readWrite · unsignedInt · range 0..7 */
  'InternetGatewayDevice.DownloadDiagnostics.EthernetPriority': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.DownloadDiagnostics.Interface': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DownloadDiagnostics.ROMTime': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DownloadDiagnostics.TCPOpenRequestTime': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.DownloadDiagnostics.TCPOpenResponseTime': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DownloadDiagnostics.TestBytesReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.DownloadDiagnostics.TotalBytesReceived': number;
  /** readOnly · string list */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.AccessLevelsSupported': readonly ("Guest" | "Standard" | "Restricted" | "Administrator" | "Debug")[];
  /** readOnly · string list */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.AuthenticationMethodsSupported': readonly ("Basic" | "Digest" | "DigitalSignature")[];
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.FemtoAwarenessAPISupport': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.MMSAPISupport': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.PresenceApplicationSupport': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.QueryMMSDeliveryStatusSupport': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.QuerySMSDeliveryStatusSupport': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.SMSAPISupport': boolean;
  /** readOnly · string list */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.SendMMSTargetAddressType': readonly ("TelUri" | "AnonymousReference" | "All")[];
  /** readOnly · string list */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.SendSMSTargetAddressType': readonly ("TelUri" | "AnonymousReference" | "All")[];
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.SubscribeToNotificationsOfMMSSentToApplicationSupport': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.SubscribeToNotificationsOfSMSSentToApplicationSupport': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.TerminalLocationAPISupport': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.AuthenticationMethod': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.APIEnable': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.FemtozoneID': string;
  /** readWrite · unsignedInt · range 0..255 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.MaxAPIUsersNumber': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.NotificationsUserIdentifierMSISDN': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.QueryFemtocellResponseTimezone': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.QueueEnable': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.Queueing': "FiFo" | "Priority";
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.SubscribeToNotificationsResponseCallbackData': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.APIEnable': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.EnableQueryMMSDeliveryStatus': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.EnableSubscribeToNotificationsOfMessageSentToApplication': boolean;
  /** readWrite · unsignedInt · range 0..255 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.MaxAPIUsersNumber': number;
  /** readWrite · unsignedInt · range 0..3599 · units seconds */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.MinSendMMSTimeInterval': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.QueueEnable': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.Queueing': "FiFo" | "Priority";
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.APIEnable': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.EnableQuerySMSDeliveryStatus': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.EnableSubscribeToNotificationsOfMessageSentToApplication': boolean;
  /** readWrite · unsignedInt · range 0..255 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.MaxAPIUsersNumber': number;
  /** readWrite · unsignedInt · range 0..3599 · units seconds */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.MinSendSMSTimeInterval': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.QueueEnable': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.Queueing': "FiFo" | "Priority";
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.APIEnable': boolean;
  /** readWrite · unsignedInt · range 0..255 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.MaxAPIUsersNumber': number;
  /** readWrite · string */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueryMobileLocationResponseAddress': "TelUri" | "AnonymousReference";
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueryMobileLocationResponseAltitude': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueryMobileLocationResponseLongitudeLatitude': boolean;
  /** readWrite · unsignedInt · range 0..86399 · units seconds */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueryMobileLocationResponseTimestamp': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueueEnable': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.Queueing': "FiFo" | "Priority";
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TunnelInst': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.ApplicationPlatform.CurrentNumberofApplications': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Enable': boolean;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.ApplicationPlatform.MaxNumberOfApplications': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.AuthenticationRequestsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.AuthenticationRequestsRejected': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.Enable': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.APIAvailable': boolean;
  /** readOnly · unsignedInt · range 0..255 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.APIUsers': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.QueueDiscarded': number;
  /** readOnly · unsignedInt · range 0..255 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.QueueNum': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.QueueReceived': number;
  /** readOnly · string */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.QueueState': "Disabled" | "Ready" | "Flushed";
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.APIAvailable': boolean;
  /** readOnly · unsignedInt · range 0..255 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.APIUsers': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.QueueDiscarded': number;
  /** readOnly · unsignedInt · range 0..255 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.QueueNum': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.QueueReceived': number;
  /** readOnly · string */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.QueueState': "Disabled" | "Ready" | "Flushed";
  /** readWrite · unsignedInt · units seconds */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MonitoringInterval': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.APIAvailable': boolean;
  /** readOnly · unsignedInt · range 0..255 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.APIUsers': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.QueueDiscarded': number;
  /** readOnly · unsignedInt · range 0..255 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.QueueNum': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.QueueReceived': number;
  /** readOnly · string */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.QueueState': "Disabled" | "Ready" | "Flushed";
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.APIAvailable': boolean;
  /** readOnly · unsignedInt · range 0..255 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.APIUsers': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.QueueDiscarded': number;
  /** readOnly · unsignedInt · range 0..255 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.QueueNum': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.QueueReceived': number;
  /** readOnly · string */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.QueueState': "Disabled" | "Ready" | "Flushed";
  /** readOnly · string */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Status': "Disabled" | "Enabled" | "Reset" | "Initializing";
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FAP.ApplicationPlatform.Version': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.Enable': boolean;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.Password': string;
  /** readWrite · int · range -90000000..90000000 */
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ReferenceLatitude': number;
  /** readWrite · int · range -180000000..180000000 */
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ReferenceLongitude': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ServerInUse': boolean;
  /** readWrite · unsignedInt · range ..65535 */
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ServerPort': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ServerURL': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.Username': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPS': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.CurrentFix': boolean;
  /** readOnly · int · range -5000000..25000000 · units millimeters */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.Elevation': number;
  /** readWrite · int · range -1.. · units seconds */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.FirstFixTimeout': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.GotFix': boolean;
  /** readOnly · unsignedInt · units seconds */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.LastFixDuration': number;
  /** readOnly · dateTime */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.LastFixTime': string;
  /** readOnly · int · range -90000000..90000000 */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.Latitude': number;
  /** readOnly · string */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.LocationType': "Real" | "Reference";
  /** readWrite · unsignedInt · range 120..86400 · units seconds */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.LockTimeOutDuration': number;
  /** readOnly · int · range -180000000..180000000 */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.Longitude': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.ReceiverStatus': string;
  /** readWrite · unsignedInt · range 60..3600 · units seconds */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.SatelliteTrackingInterval': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.SatellitesTracked': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.TimingGood': boolean;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.FAP.GPS.ErrorDetails': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.GPS.GPSReset': boolean;
  /** readOnly · dateTime */
  'InternetGatewayDevice.FAP.GPS.LastScanTime': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.FAP.GPS.LastSuccessfulScanTime': string;
  /** readOnly · int · range -90000000..90000000 */
  'InternetGatewayDevice.FAP.GPS.LockedLatitude': number;
  /** readOnly · int · range -180000000..180000000 */
  'InternetGatewayDevice.FAP.GPS.LockedLongitude': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.GPS.NumberOfSatellites': number;
  /** readWrite · unsignedInt · units seconds */
  'InternetGatewayDevice.FAP.GPS.PeriodicInterval': number;
  /** readWrite · dateTime */
  'InternetGatewayDevice.FAP.GPS.PeriodicTime': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.GPS.ScanOnBoot': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.GPS.ScanPeriodically': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.FAP.GPS.ScanStatus': "Indeterminate" | "InProgress" | "Success" | "Error" | "Error_TIMEOUT";
  /** readWrite · unsignedInt · units seconds */
  'InternetGatewayDevice.FAP.GPS.ScanTimeout': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.Enable': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.Password': string;
  /** readWrite · unsignedInt · range 1.. · units seconds */
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.PeriodicUploadInterval': number;
  /** readWrite · dateTime */
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.PeriodicUploadTime': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.URL': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.Username': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.PerfMgmt.ConfigNumberOfEntries': number;
  /** readOnly · dateTime */
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.CreationTime': string;
  /** readOnly · boolean */
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.DirectionOutbound': boolean;
  /** readOnly · unsignedInt · units packets */
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.IntegrityErrors': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.ParentID': string;
  /** readOnly · unsignedInt · units packets */
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.ReplayErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.SPI': number;
  /** readOnly · unsignedInt · units bytes */
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.Traffic': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.Tunnel.ChildSANumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.Alias': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.AuthMethod': string;
  /** readWrite · unsignedInt · units seconds */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.DPDTimer': number;
  /** readWrite · string list */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.ESPEncrypt': readonly ("3DES-CBC" | "AES-CBC" | "Null")[];
  /** readWrite · string list */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.ESPIntegrity': readonly ("HMAC-SHA1-96" | "AES-XCBC-MAC-96")[];
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.Enable': boolean;
  /** readWrite · string list */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKEDH': readonly ("1024" | "2048")[];
  /** readWrite · string list */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKEEncrypt': readonly ("3DES-CBC" | "AES-CBC")[];
  /** readWrite · string list */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKEIntegrity': readonly ("HMAC-SHA1-96" | "AES-XCBC-MAC-96")[];
  /** readWrite · string list */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKEPRF': readonly ("HMAC-SHA1" | "AES-XCBC-PRF-128")[];
  /** readWrite · unsignedInt · units seconds */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKERekeyLifetime': number;
  /** readWrite · unsignedInt · units Kilobytes */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IPsecRekeyLifetimeByte': number;
  /** readWrite · unsignedInt · units seconds */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IPsecRekeyLifetimeTime': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IPsecWindowSize': number;
  /** readWrite · unsignedInt · range 2 | 4 | 6 | 8 | 10 */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.MaxChildSA': number;
  /** readWrite · unsignedInt · units seconds */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.NATTKeepaliveTimer': number;
  /** readWrite · string */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.SecDFBit': "On" | "Off";
  /** readWrite · unsignedInt · range 256..1400 · units bytes */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.SecMaxFragSize': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfileNumberOfEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.AuthErrors': number;
  /** readOnly · dateTime */
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.CreationTime': string;
  /** readOnly · string list <IPAddress> · size ..45 */
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.DHCPServers': readonly string[];
  /** readOnly · string list <IPAddress> · size ..45 */
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.DNSServers': readonly string[];
  /** readOnly · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.IPAddress': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.IntegrityErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.OtherErrors': number;
  /** readOnly · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.PeerAddress': string;
  /** readOnly · string */
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.Status': "Disabled" | "Active" | "Completed" | "Progressing" | "Error";
  /** readOnly · string */
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.SubnetMask': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.Tunnel.IKESANumberOfEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.Tunnel.MaxChildSAPerIKE': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.Tunnel.MaxIKESessions': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.Tunnel.MaxVirtualInterfaces': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.Tunnel.UseForCWMP': boolean;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.Alias': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.CryptoProfile': string;
  /** readWrite · int · range -2.. */
  'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.DSCPMarkPolicy': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.Enable': boolean;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FAP.Tunnel.VirtualInterfaceNumberOfEntries': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.AdditionalInformation': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.AdditionalText': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.AlarmChangedTime': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.AlarmIdentifier': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.AlarmRaisedTime': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.EventType': string;
  /** readOnly · string · size ..512 */
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.ManagedObjectInstance': string;
  /** readOnly · string */
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.PerceivedSeverity': "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.ProbableCause': string;
  /** readOnly · string · size ..128 */
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.SpecificProblem': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FaultMgmt.CurrentAlarmNumberOfEntries': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.AdditionalInformation': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.AdditionalText': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.AlarmIdentifier': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.EventTime': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.EventType': string;
  /** readOnly · string · size ..512 */
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.ManagedObjectInstance': string;
  /** readOnly · string */
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.NotificationType': "NewAlarm" | "ChangedAlarm" | "ClearedAlarm";
  /** readOnly · string */
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.PerceivedSeverity': "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.ProbableCause': string;
  /** readOnly · string · size ..128 */
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.SpecificProblem': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FaultMgmt.ExpeditedEventNumberOfEntries': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.AdditionalInformation': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.AdditionalText': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.AlarmIdentifier': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.EventTime': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.EventType': string;
  /** readOnly · string · size ..512 */
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.ManagedObjectInstance': string;
  /** readOnly · string */
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.NotificationType': "NewAlarm" | "ChangedAlarm" | "ClearedAlarm";
  /** readOnly · string */
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.PerceivedSeverity': "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.ProbableCause': string;
  /** readOnly · string · size ..128 */
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.SpecificProblem': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FaultMgmt.HistoryEventNumberOfEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FaultMgmt.MaxCurrentAlarmEntries': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.AdditionalInformation': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.AdditionalText': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.AlarmIdentifier': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.EventTime': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.EventType': string;
  /** readOnly · string · size ..512 */
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.ManagedObjectInstance': string;
  /** readOnly · string */
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.NotificationType': "NewAlarm" | "ChangedAlarm" | "ClearedAlarm";
  /** readOnly · string */
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.PerceivedSeverity': "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.ProbableCause': string;
  /** readOnly · string · size ..128 */
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.SpecificProblem': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FaultMgmt.QueuedEventNumberOfEntries': number;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.EventType': string;
  /** readOnly · string */
  'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.PerceivedSeverity': "" | "*" | "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.ProbableCause': string;
  /** readWrite · string */
  'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.ReportingMechanism': "0 Expedited" | "1 Queued" | "2 Logged" | "3 Disabled";
  /** readOnly · string · size ..128 */
  'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.SpecificProblem': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.FaultMgmt.SupportedAlarmNumberOfEntries': number;
  /** readWrite · string */
  'InternetGatewayDevice.Firewall.Config': "High" | "Low" | "Off";
  /** readOnly · dateTime */
  'InternetGatewayDevice.Firewall.LastChange': string;
  /** readOnly · string · size ..16 */
  'InternetGatewayDevice.Firewall.Version': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.IPPingDiagnostics.AverageResponseTime': number;
  /** readWrite · unsignedInt · range 0..63 */
  'InternetGatewayDevice.IPPingDiagnostics.DSCP': number;
  /** readWrite · unsignedInt · range 1..65535 */
  'InternetGatewayDevice.IPPingDiagnostics.DataBlockSize': number;
  /** readWrite · string */
  'InternetGatewayDevice.IPPingDiagnostics.DiagnosticsState': "None" | "Requested" | "Complete" | "Error_CannotResolveHostName" | "Error_Internal" | "Error_Other";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.IPPingDiagnostics.FailureCount': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.IPPingDiagnostics.Host': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.IPPingDiagnostics.Interface': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.IPPingDiagnostics.MaximumResponseTime': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.IPPingDiagnostics.MinimumResponseTime': number;
  /** readWrite · unsignedInt · range 1.. */
  'InternetGatewayDevice.IPPingDiagnostics.NumberOfRepetitions': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.IPPingDiagnostics.SuccessCount': number;
  /** readWrite · unsignedInt · range 1.. */
  'InternetGatewayDevice.IPPingDiagnostics.Timeout': number;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.LANConfigSecurity.ConfigPassword': string;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.Alias': string;
  /** readOnly · boolean */
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.Active': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.AddressSource': "DHCP" | "Static" | "AutoIP";
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.ClientID': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.HostName': string;
  /** readOnly · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.IPAddress': string;
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.InterfaceType': "Ethernet" | "USB" | "802.11" | "HomePNA" | "HomePlug" | "MoCA" | "Other";
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.Layer2Interface': string;
  /** readOnly · int · range -1.. */
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.LeaseTimeRemaining': number;
  /** readOnly · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.MACAddress': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.UserClassID': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.VendorClassID': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.Hosts.HostNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Alias': string;
  /** readWrite · string */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.DuplexMode': "Half" | "Full" | "Auto";
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Enable': boolean;
  /** readOnly · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.MACAddress': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.MACAddressControlEnabled': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.MaxBitRate': "10" | "100" | "1000" | "10000" | "Auto";
  /** readOnly · string · size ..16 */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Name': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.BroadcastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.BroadcastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.BytesReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.BytesSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.DiscardPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.DiscardPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.ErrorsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.ErrorsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.MulticastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.MulticastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.PacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.PacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.UnicastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.UnicastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.UnknownProtoPacketsReceived': number;
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Status': "Up" | "NoLink" | "Error" | "Disabled";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceNumberOfEntries': number;
  /** readWrite · string list <MACAddress> · size ..17 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.AllowedMACAddresses': readonly string[];
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.AssociatedConnection': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalPoolNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.Alias': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.AssociatedConnection': string;
  /** readWrite · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.Chaddr': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ChaddrExclude': boolean;
  /** readWrite · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ChaddrMask': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ClientID': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ClientIDExclude': boolean;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPLeaseTime': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Enable': boolean;
  /** readWrite · unsignedInt · range 1..254 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Tag': number;
  /** readWrite · base64 · size 0..255 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Value': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOptionNumberOfEntries': number;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPServerIPAddress': string;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.Alias': string;
  /** readWrite · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.Chaddr': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.Enable': boolean;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.Yiaddr': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddressNumberOfEntries': number;
  /** readWrite · string list <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DNSServers': readonly string[];
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DomainName': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.Enable': boolean;
  /** readWrite · string list <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.IPRouters': readonly string[];
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.LocallyServed': boolean;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.MaxAddress': string;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.MinAddress': string;
  /** readWrite · unsignedInt · range 1.. */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.PoolOrder': number;
  /** readWrite · string list <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ReservedAddresses': readonly string[];
  /** readWrite · string list */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.SourceInterface': readonly string[];
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.SubnetMask': string;
  /** readWrite · string */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.UseAllocatedWAN': "Normal" | "Passthrough";
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.UserClassID': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.UserClassIDExclude': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.VendorClassID': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.VendorClassIDExclude': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.VendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPLeaseTime': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Enable': boolean;
  /** readWrite · unsignedInt · range 1..254 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Tag': number;
  /** readWrite · base64 · size 0..255 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Value': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOptionNumberOfEntries': number;
  /**
   * readOnly · boolean · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPRelay': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPServerConfigurable': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPServerEnable': boolean;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.Alias': string;
  /** readWrite · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.Chaddr': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.Enable': boolean;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.Yiaddr': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddressNumberOfEntries': number;
  /** readWrite · string list <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DNSServers': readonly string[];
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DomainName': string;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.Enable': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.IPInterfaceAddressingType': "DHCP" | "Static" | "AutoIP";
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.IPInterfaceIPAddress': string;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.IPInterfaceSubnetMask': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterfaceNumberOfEntries': number;
  /** readWrite · string list <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPRouters': readonly string[];
  /** readOnly · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.MACAddress': string;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.MaxAddress': string;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.MinAddress': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.PassthroughLease': number;
  /** readWrite · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.PassthroughMACAddress': string;
  /** readWrite · string list <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.ReservedAddresses': readonly string[];
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.SubnetMask': string;
  /** readWrite · string */
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.UseAllocatedWAN': "Normal" | "UseAllocatedSubnet" | "Passthrough";
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Enable': boolean;
  /** readOnly · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.MACAddress': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.MACAddressControlEnabled': boolean;
  /** readOnly · string · size ..16 */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Name': string;
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Power': "Self" | "Bus" | "Unknown";
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Rate': "Low" | "Full" | "High";
  /** readOnly · string · size ..6 */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Standard': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.BroadcastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.BroadcastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.BytesReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.BytesSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.CellsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.CellsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.DiscardPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.DiscardPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.ErrorsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.ErrorsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.MulticastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.MulticastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.UnicastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.UnicastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.UnknownProtoPacketsReceived': number;
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Status': "Up" | "NoLink" | "Error" | "Disabled";
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Type': "Host" | "Hub" | "Device";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceNumberOfEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.LANWLANConfigurationNumberOfEntries': number;
  /** readWrite · unsignedInt · range 2..15 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.AIFSN': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.AckPolicy': boolean;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.Alias': string;
  /** readWrite · unsignedInt · range 0..15 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.ECWMax': number;
  /** readWrite · unsignedInt · range 0..15 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.ECWMin': number;
  /** readWrite · unsignedInt · range 0..255 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.TXOP': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Alias': string;
  /** readOnly · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.AssociatedDeviceAuthenticationState': boolean;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.AssociatedDeviceIPAddress': string;
  /** readOnly · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.AssociatedDeviceMACAddress': string;
  /** readOnly · string · size ..4 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.LastDataTransmitRate': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.LastPMKId': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.LastRequestedMulticastCipher': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.LastRequestedUnicastCipher': string;
  /** readWrite · string */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AuthenticationServiceMode': "None" | "LinkAuthentication" | "RadiusClient";
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AutoChannelEnable': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AutoRateFallBackEnabled': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BSSID': string;
  /** readWrite · string · size ..31 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BasicAuthenticationMode': "None" | "EAPAuthentication" | "SharedAuthentication";
  /** readWrite · string list */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BasicDataTransmitRates': readonly string[];
  /** readWrite · string · size ..31 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BasicEncryptionModes': "None" | "WEPEncryption";
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BeaconAdvertisementEnabled': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BeaconType': "None" | "Basic" | "WPA" | "11i" | "BasicandWPA" | "Basicand11i" | "WPAand11i" | "BasicandWPAand11i";
  /** readWrite · unsignedInt · range 0..255 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Channel': number;
  /** readOnly · string list */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.ChannelsInUse': readonly string[];
  /** readWrite · string · size ..31 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.DeviceOperationMode': "InfrastructureAccessPoint" | "WirelessBridge" | "WirelessRepeater" | "WirelessStation";
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.DistanceFromRoot': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Enable': boolean;
  /** readWrite · string · size ..31 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.IEEE11iAuthenticationMode': "PSKAuthentication" | "EAPAuthentication" | "EAPandPSKAuthentication";
  /** readWrite · string · size ..31 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.IEEE11iEncryptionModes': "WEPEncryption" | "TKIPEncryption" | "WEPandTKIPEncryption" | "AESEncryption" | "WEPandAESEncryption" | "TKIPandAESEncryption" | "WEPandTKIPandAESEncryption";
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.InsecureOOBAccessEnabled': boolean;
  /** readWrite · string · size ..63 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.KeyPassphrase': string;
  /** readWrite · string · size ..4096 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.LocationDescription': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.MACAddressControlEnabled': boolean;
  /** readWrite · string · size ..4 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.MaxBitRate': string;
  /** readOnly · string · size ..16 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Name': string;
  /** readWrite · string list */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.OperationalDataTransmitRates': readonly string[];
  /** readWrite · string */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PeerBSSID': string;
  /** readOnly · string list */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PossibleChannels': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PossibleDataTransmitRates': readonly string[];
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.Alias': string;
  /** readWrite · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.AssociatedDeviceMACAddress': string;
  /** readWrite · string · size ..63 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.KeyPassphrase': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.PreSharedKey': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.RadioEnabled': boolean;
  /** readWrite · string · size ..3 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.RegulatoryDomain': string;
  /** readWrite · string · size ..32 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.SSID': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.SSIDAdvertisementEnabled': boolean;
  /** readWrite · unsignedInt · range 2..15 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.AIFSN': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.AckPolicy': boolean;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.Alias': string;
  /** readWrite · unsignedInt · range 0..15 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.ECWMax': number;
  /** readWrite · unsignedInt · range 0..15 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.ECWMin': number;
  /** readWrite · unsignedInt · range 0..255 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.TXOP': number;
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Standard': "a" | "b" | "g" | "g-only" | "n";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.BroadcastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.BroadcastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.DiscardPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.DiscardPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.ErrorsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.ErrorsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.MulticastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.MulticastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.UnicastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.UnicastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.UnknownProtoPacketsReceived': number;
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Status': "Up" | "Error" | "Disabled";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalAssociations': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalBytesReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalBytesSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalIntegrityFailures': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalPSKFailures': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalPacketsSent': number;
  /** readWrite · unsignedInt · range 0..100 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TransmitPower': number;
  /** readOnly · unsignedInt list · range 0..100 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TransmitPowerSupported': readonly number[];
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.UAPSDEnable': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.UAPSDSupported': boolean;
  /** readOnly · string list */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPEncryptionLevel': readonly ("Disabled" | "40-bit" | "104-bit")[];
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPKey.{i}.Alias': string;
  /** readWrite · string · size ..128 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPKey.{i}.WEPKey': string;
  /** readWrite · unsignedInt · range 1..4 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPKeyIndex': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WMMEnable': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WMMSupported': boolean;
  /** readWrite · string · size ..31 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPAAuthenticationMode': "PSKAuthentication" | "EAPAuthentication";
  /** readWrite · string · size ..31 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPAEncryptionModes': "WEPEncryption" | "TKIPEncryption" | "WEPandTKIPEncryption" | "AESEncryption" | "WEPandAESEncryption" | "TKIPandAESEncryption" | "WEPandTKIPandAESEncryption";
  /** readWrite · string list */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.ConfigMethodsEnabled': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.ConfigMethodsSupported': readonly ("USBFlashDrive" | "Ethernet" | "Label" | "Display" | "ExternalNFCToken" | "IntegratedNFCToken" | "NFCInterface" | "PushButton" | "Keypad")[];
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.ConfigurationState': "Not configured" | "Configured";
  /** readOnly · string · size ..32 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.DeviceName': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.DevicePassword': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Enable': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.LastConfigurationError': "NoError" | "DecryptionCRCFailure" | "SignalTooWeak" | "CouldntConnectToRegistrar" | "RogueActivitySuspected" | "DeviceBusy" | "SetupLocked" | "MessageTimeout" | "RegistrationSessionTimeout" | "DevicePasswordAuthFailure";
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}.Alias': string;
  /** readOnly · string · size ..32 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}.DeviceName': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}.Enable': boolean;
  /** readOnly · string · size ..36 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}.UUID': string;
  /** readOnly · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.RegistrarEstablished': boolean;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.RegistrarNumberOfEntries': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.SetupLock': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.SetupLockedState': "Unlocked" | "LockedByLocalManagement" | "LockedByRemoteManagement" | "PINRetryLimitReached";
  /** readOnly · string · size ..36 */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.UUID': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Version': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANDeviceNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANInterfaces.LANEthernetInterfaceConfig.{i}.Alias': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANInterfaces.LANEthernetInterfaceNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANInterfaces.LANUSBInterfaceConfig.{i}.Alias': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANInterfaces.LANUSBInterfaceNumberOfEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.LANInterfaces.LANWLANConfigurationNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.LANInterfaces.WLANConfiguration.{i}.Alias': string;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.Layer2Bridging.AvailableInterface.{i}.Alias': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.AvailableInterface.{i}.AvailableInterfaceKey': number;
  /** readOnly · string list · size ..256 */
  'InternetGatewayDevice.Layer2Bridging.AvailableInterface.{i}.InterfaceReference': readonly string[];
  /** readOnly · string */
  'InternetGatewayDevice.Layer2Bridging.AvailableInterface.{i}.InterfaceType': "LANInterface" | "WANInterface" | "LANRouterConnection" | "WANRouterConnection";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.AvailableInterfaceNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeEnable': boolean;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeKey': number;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeName': string;
  /** readWrite · string */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeStandard': "802.1D" | "802.1Q";
  /** readOnly · string */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeStatus': "Disabled" | "Enabled" | "Error";
  /** readWrite · string */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.AcceptableFrameTypes': "AdmitAll" | "AdmitOnlyVLANTagged" | "AdmitOnlyPrioUntagged";
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.IngressFiltering': boolean;
  /** readWrite · int · range 1..4094 */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.PVID': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.PortEnable': boolean;
  /** readWrite · string · size ..16 */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.PortInterface': string;
  /** readOnly · string */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.PortState': "Disabled" | "Blocking" | "Listening" | "Learning" | "Forwarding" | "Broken";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.PortNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.VLANEnable': boolean;
  /** readWrite · int · range 1..4094 */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.VLANID': number;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.VLANName': string;
  /** readWrite · unsignedInt · range 0..4094 */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLANID': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLANNumberOfEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.BridgeNumberOfEntries': number;
  /**
   * readWrite · boolean · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.AdmitOnlyVLANTagged': boolean;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACAddressFilterExclude': boolean;
  /** readWrite · string list */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACAddressFilterList': readonly string[];
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromClientIDFilter': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromClientIDFilterExclude': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromUserClassIDFilter': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromUserClassIDFilterExclude': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromVendorClassIDFilter': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromVendorClassIDFilterExclude': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.EthertypeFilterExclude': boolean;
  /** readWrite · unsignedInt list */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.EthertypeFilterList': readonly number[];
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.ExclusivityOrder': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterBridgeReference': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterEnable': boolean;
  /** readWrite · string · size ..16 */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterInterface': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterKey': number;
  /** readOnly · string */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterStatus': "Disabled" | "Enabled" | "Error";
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACAddressFilterExclude': boolean;
  /** readWrite · string list */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACAddressFilterList': readonly string[];
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromClientIDFilter': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromClientIDFilterExclude': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromUserClassIDFilter': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromUserClassIDFilterExclude': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromVendorClassIDFilter': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromVendorClassIDFilterExclude': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  /** readWrite · int · range -1..4094 */
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.VLANIDFilter': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.FilterNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.Alias': string;
  /** readWrite · int · range -1..7 */
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.EthernetPriorityMark': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.EthernetPriorityOverride': boolean;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingBridgeReference': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingEnable': boolean;
  /** readWrite · string · size ..16 */
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingInterface': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingKey': number;
  /** readOnly · string */
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingStatus': "Disabled" | "Enabled" | "Error";
  /** readWrite · int · range -1..4094 */
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.VLANIDMark': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.VLANIDMarkOverride': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.VLANIDUntag': boolean;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.MarkingNumberOfEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.MaxBridgeEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.MaxDBridgeEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.MaxFilterEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.MaxMarkingEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.MaxQBridgeEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer2Bridging.MaxVLANEntries': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.Layer3Forwarding.DefaultConnectionService': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Layer3Forwarding.ForwardNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Alias': string;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.DestIPAddress': string;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.DestSubnetMask': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Enable': boolean;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.ForwardingMetric': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.ForwardingPolicy': number;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.GatewayIPAddress': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Interface': string;
  /** readWrite · unsignedInt · range 1..1540 */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.MTU': number;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.SourceIPAddress': string;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.SourceSubnetMask': string;
  /** readOnly · boolean */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.StaticRoute': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Status': "Disabled" | "Enabled" | "Error";
  /**
   * readWrite · string · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Type': "Default" | "Network" | "Host";
  /** readOnly · boolean */
  'InternetGatewayDevice.ManagementServer.AliasBasedAddressing': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.ManagementServer.AutoCreateInstances': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.Enable': boolean;
  /** readWrite · string list */
  'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.FileTypeFilter': readonly string[];
  /** readWrite · string */
  'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.ResultTypeFilter': "Success" | "Failure" | "Both";
  /** readWrite · string */
  'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.TransferTypeFilter': "Upload" | "Download" | "Both";
  /** readWrite · unsignedInt · range 1000..65535 */
  'InternetGatewayDevice.ManagementServer.CWMPRetryIntervalMultiplier': number;
  /** readWrite · unsignedInt · range 1..65535 · units seconds */
  'InternetGatewayDevice.ManagementServer.CWMPRetryMinimumWaitInterval': number;
  /** readWrite · string list · size ..256 */
  'InternetGatewayDevice.ManagementServer.ConnReqAllowedJabberIDs': readonly string[];
  /** readOnly · string */
  'InternetGatewayDevice.ManagementServer.ConnReqJabberID': string;
  /** readWrite · string */
  'InternetGatewayDevice.ManagementServer.ConnReqXMPPConnection': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.ConnectionRequestPassword': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.ConnectionRequestURL': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.ConnectionRequestUsername': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.Enable': boolean;
  /** readWrite · string list */
  'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.FaultCodeFilter': readonly ("9001" | "9003" | "9012" | "9013" | "9015" | "9016" | "9017" | "9018" | "9022" | "9023" | "9024" | "9025" | "9026" | "9027" | "9028" | "9029" | "9030" | "9031" | "9032")[];
  /** readWrite · string list */
  'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.OperationTypeFilter': readonly ("Install" | "Update" | "Uninstall")[];
  /** readWrite · string */
  'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.ResultTypeFilter': "Success" | "Failure" | "Both";
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.ManagementServer.DefaultActiveNotificationThrottle': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.DownloadProgressURL': string;
  /** readOnly · string */
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.CommandProcessed': "Pending" | "Retrying" | "Success" | "Error";
  /** readOnly · string · size ..1024 */
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.CommandProcessingErrMsg': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.ControllerID': string;
  /** readOnly · string list */
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.DiscoveryProtocol': readonly ("Z-Wave" | "ZigBee" | "UPnP" | "ETSI-M2M")[];
  /** readOnly · string list */
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.DiscoveryProtocolReference': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.Host': readonly string[];
  /** readOnly · dateTime */
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.LastSyncTime': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.ProxiedDeviceID': string;
  /** readOnly · string */
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.ProxyProtocol': "Z-Wave" | "ZigBee" | "UPnP-DM" | "ETSI-M2M";
  /** readOnly · string */
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.ProxyProtocolReference': string;
  /** readOnly · string */
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.Reference': string;
  /** readOnly · string list */
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.SupportedDataModel': readonly string[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.ManagementServer.EmbeddedDeviceNumberOfEntries': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.ManagementServer.EnableCWMP': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.ManagementServer.HTTPCompression': string;
  /** readOnly · string list */
  'InternetGatewayDevice.ManagementServer.HTTPCompressionSupported': readonly ("GZIP" | "Compress" | "Deflate")[];
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.ManagementServer.InformParameter.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.ManagementServer.InformParameter.{i}.Enable': boolean;
  /** readWrite · string list */
  'InternetGatewayDevice.ManagementServer.InformParameter.{i}.EventList': readonly string[];
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.InformParameter.{i}.ParameterName': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.ManagementServer.InformParameterNumberOfEntries': number;
  /** readWrite · string */
  'InternetGatewayDevice.ManagementServer.InstanceMode': "InstanceNumber" | "InstanceAlias";
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.KickURL': string;
  /** readOnly · string list */
  'InternetGatewayDevice.ManagementServer.LightweightNotificationProtocolsSupported': readonly "UDP"[];
  /** readWrite · string list */
  'InternetGatewayDevice.ManagementServer.LightweightNotificationProtocolsUsed': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.ManagementServer.ManageableDevice.{i}.Host': readonly string[];
  /** readOnly · string · size ..6 */
  'InternetGatewayDevice.ManagementServer.ManageableDevice.{i}.ManufacturerOUI': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.ManagementServer.ManageableDevice.{i}.ProductClass': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.ManagementServer.ManageableDevice.{i}.SerialNumber': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.ManagementServer.ManageableDeviceNotificationLimit': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.ManagementServer.ManageableDeviceNumberOfEntries': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.ManagementServer.NATDetected': boolean;
  /** readOnly · string · size ..32 */
  'InternetGatewayDevice.ManagementServer.ParameterKey': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.Password': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.ManagementServer.PeriodicInformEnable': boolean;
  /** readWrite · unsignedInt · range 1.. */
  'InternetGatewayDevice.ManagementServer.PeriodicInformInterval': number;
  /** readWrite · dateTime */
  'InternetGatewayDevice.ManagementServer.PeriodicInformTime': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.ManagementServer.STUNEnable': boolean;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.ManagementServer.STUNMaximumKeepAlivePeriod': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.ManagementServer.STUNMinimumKeepAlivePeriod': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.STUNPassword': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.STUNServerAddress': string;
  /** readWrite · unsignedInt · range 0..65535 */
  'InternetGatewayDevice.ManagementServer.STUNServerPort': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.STUNUsername': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.CRAwarenessRequested': boolean;
  /** readWrite · int · range -1.. · units seconds */
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.CRUnawarenessMaxDuration': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.MaxMissedPeriodic': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.NetworkAwarenessCapable': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.NotifyMissedScheduled': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.PeriodicAwarenessRequested': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.ScheduledAwarenessRequested': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.SelfTimerCapable': boolean;
  /** readOnly · string list */
  'InternetGatewayDevice.ManagementServer.SupportedConnReqMethods': readonly ("HTTP" | "STUN" | "XMPP")[];
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.UDPConnectionRequestAddress': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.ManagementServer.UDPConnectionRequestAddressNotificationLimit': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.UDPLightweightNotificationHost': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.ManagementServer.UDPLightweightNotificationPort': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.URL': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.ManagementServer.UpgradesManaged': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.ManagementServer.Username': string;
  /** readOnly · string list */
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.DiscoveryProtocol': readonly ("Z-Wave" | "ZigBee" | "UPnP" | "ETSI-M2M")[];
  /** readOnly · string list */
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.DiscoveryProtocolReference': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.Host': readonly string[];
  /** readOnly · string · size 6..6 */
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.ManufacturerOUI': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.ProductClass': string;
  /** readOnly · string */
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.ProxyProtocol': "Z-Wave" | "ZigBee" | "UPnP-DM" | "ETSI-M2M";
  /** readOnly · string */
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.ProxyProtocolReference': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.SerialNumber': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.ManagementServer.VirtualDeviceNumberOfEntries': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.NSLookupDiagnostics.DNSServer': string;
  /** readWrite · string */
  'InternetGatewayDevice.NSLookupDiagnostics.DiagnosticsState': "None" | "Requested" | "Complete" | "Error_DNSServerNotResolved" | "Error_Internal" | "Error_Other";
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.NSLookupDiagnostics.HostName': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.NSLookupDiagnostics.Interface': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.NSLookupDiagnostics.NumberOfRepetitions': number;
  /** readOnly · string */
  'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.AnswerType': "None" | "Authoritative" | "NonAuthoritative";
  /** readOnly · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.DNSServerIP': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.HostNameReturned': string;
  /** readOnly · string list <IPAddress> · size ..45 */
  'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.IPAddresses': readonly string[];
  /** readOnly · unsignedInt · units milliseconds */
  'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.ResponseTime': number;
  /** readOnly · string */
  'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.Status': "Success" | "Error_DNSServerNotAvailable" | "Error_HostNameNotResolved" | "Error_Timeout" | "Error_Other";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.NSLookupDiagnostics.ResultNumberOfEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.NSLookupDiagnostics.SuccessCount': number;
  /** readWrite · unsignedInt · units milliseconds */
  'InternetGatewayDevice.NSLookupDiagnostics.Timeout': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.PeriodicStatistics.MaxReportSamples': number;
  /** readOnly · unsignedInt · units seconds */
  'InternetGatewayDevice.PeriodicStatistics.MinSampleInterval': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Enable': boolean;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.FetchSamples': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.ForceSample': boolean;
  /** readWrite · string · size ..128 */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Name': string;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Alias': string;
  /** readWrite · string */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.CalculationMode': "Latest" | "Minimum" | "Maximum" | "Average";
  /** readWrite · boolean */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Enable': boolean;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Failures': number;
  /** readWrite · int */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.HighThreshold': number;
  /** readWrite · int */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.LowThreshold': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Reference': string;
  /** readWrite · string */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.SampleMode': "Current" | "Change";
  /** readOnly · unsignedInt list · units seconds */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.SampleSeconds': readonly number[];
  /** readOnly · unsignedInt list · range ..1 */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.SuspectData': readonly number[];
  /** readOnly · string list */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Values': readonly string[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.ParameterNumberOfEntries': number;
  /** readOnly · dateTime */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.ReportEndTime': string;
  /** readWrite · unsignedInt · range 1.. */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.ReportSamples': number;
  /** readOnly · dateTime */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.ReportStartTime': string;
  /** readWrite · unsignedInt · range 1.. · units seconds */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.SampleInterval': number;
  /** readOnly · unsignedInt list · units seconds */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.SampleSeconds': readonly number[];
  /** readOnly · string */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Status': "Disabled" | "Enabled" | "Trigger";
  /** readWrite · dateTime */
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.TimeReference': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.PeriodicStatistics.SampleSetNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.QueueManagement.App.{i}.Alias': string;
  /** readWrite · int · range -2.. */
  'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultDSCPMark': number;
  /** readWrite · int · range -2.. */
  'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultEthernetPriorityMark': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultForwardingPolicy': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultPolicer': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultQueue': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultTrafficClass': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.App.{i}.AppEnable': boolean;
  /**
   * readOnly · unsignedInt · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.QueueManagement.App.{i}.AppKey': number;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.QueueManagement.App.{i}.AppName': string;
  /** readOnly · string */
  'InternetGatewayDevice.QueueManagement.App.{i}.AppStatus': "Disabled" | "Enabled" | "Error";
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.App.{i}.ProtocolIdentifier': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.AppNumberOfEntries': number;
  /** readOnly · string list */
  'InternetGatewayDevice.QueueManagement.AvailableAppList': readonly string[];
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.Alias': string;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassApp': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassInterface': string;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassPolicer': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassQueue': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassificationEnable': boolean;
  /**
   * readOnly · unsignedInt · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassificationKey': number;
  /** readWrite · unsignedInt · range 1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassificationOrder': number;
  /** readOnly · string */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassificationStatus': "Disabled" | "Enabled" | "Error";
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DSAP': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DSAPExclude': boolean;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DSCPCheck': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DSCPExclude': boolean;
  /** readWrite · int · range -2.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DSCPMark': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestClientID': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestClientIDExclude': boolean;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestIP': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestIPExclude': boolean;
  /** readWrite · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestMACAddress': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestMACExclude': boolean;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestMACMask': string;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestMask': string;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestPort': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestPortExclude': boolean;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestPortRangeMax': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestUserClassID': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestUserClassIDExclude': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorClassID': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorClassIDExclude': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfo': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfoEnterprise': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfoExclude': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfoMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  /** readWrite · int · range 0..255 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfoSubOption': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.EthernetPriorityCheck': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.EthernetPriorityExclude': boolean;
  /** readWrite · int · range -2.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.EthernetPriorityMark': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.Ethertype': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.EthertypeExclude': boolean;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ForwardingPolicy': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.IPLengthExclude': boolean;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.IPLengthMax': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.IPLengthMin': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.LLCControl': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.LLCControlExclude': boolean;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.OutOfBandInfo': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.Protocol': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ProtocolExclude': boolean;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SNAPOUI': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SNAPOUIExclude': boolean;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SSAP': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SSAPExclude': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceClientID': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceClientIDExclude': boolean;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceIP': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceIPExclude': boolean;
  /** readWrite · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceMACAddress': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceMACExclude': boolean;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceMACMask': string;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceMask': string;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourcePort': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourcePortExclude': boolean;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourcePortRangeMax': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceUserClassID': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceUserClassIDExclude': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorClassID': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorClassIDExclude': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfo': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfoEnterprise': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfoExclude': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfoMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  /** readWrite · int · range 0..255 */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfoSubOption': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.TCPACK': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.TCPACKExclude': boolean;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.TrafficClass': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.VLANIDCheck': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Classification.{i}.VLANIDExclude': boolean;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.ClassificationNumberOfEntries': number;
  /** readWrite · int · range -2.. */
  'InternetGatewayDevice.QueueManagement.DefaultDSCPMark': number;
  /** readWrite · int · range -2.. */
  'InternetGatewayDevice.QueueManagement.DefaultEthernetPriorityMark': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.DefaultForwardingPolicy': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.DefaultPolicer': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.DefaultQueue': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.DefaultTrafficClass': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Enable': boolean;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.Alias': string;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.AppIdentifier': number;
  /** readWrite · int · range -2.. */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowDSCPMark': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowEnable': boolean;
  /** readWrite · int · range -2.. */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowEthernetPriorityMark': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowForwardingPolicy': number;
  /**
   * readOnly · unsignedInt · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowKey': number;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowName': string;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowPolicer': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowQueue': number;
  /** readOnly · string */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowStatus': "Disabled" | "Enabled" | "Error";
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowTrafficClass': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowType': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowTypeParameters': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.FlowNumberOfEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.MaxAppEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.MaxClassificationEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.MaxFlowEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.MaxPolicerEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.MaxQueueEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.MaxQueues': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.Alias': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.CommittedBurstSize': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.CommittedRate': number;
  /** readWrite · string */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.ConformingAction': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.ConformingCountedBytes': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.ConformingCountedPackets': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.CountedBytes': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.CountedPackets': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.ExcessBurstSize': number;
  /** readWrite · string */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.MeterType': "SimpleTokenBucket" | "SingleRateThreeColor" | "TwoRateThreeColor";
  /** readWrite · string */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.NonConformingAction': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.NonConformingCountedBytes': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.NonConformingCountedPackets': number;
  /** readWrite · string */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PartialConformingAction': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PartiallyConformingCountedBytes': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PartiallyConformingCountedPackets': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PeakBurstSize': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PeakRate': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PolicerEnable': boolean;
  /**
   * readOnly · unsignedInt · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PolicerKey': number;
  /** readOnly · string */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PolicerStatus': "Disabled" | "Enabled" | "Error";
  /** readOnly · string list */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PossibleMeterTypes': readonly ("SimpleTokenBucket" | "SingleRateThreeColor" | "TwoRateThreeColor")[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.TotalCountedBytes': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Policer.{i}.TotalCountedPackets': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.PolicerNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.Alias': string;
  /** readWrite · string */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.DropAlgorithm': "RED" | "DT" | "WRED" | "BLUE";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueBufferLength': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueEnable': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueInterface': string;
  /**
   * readOnly · unsignedInt · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueKey': number;
  /** readWrite · unsignedInt · range 1.. */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueuePrecedence': number;
  /** readOnly · string */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueStatus': "Disabled" | "Enabled" | "Error";
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueWeight': number;
  /** readWrite · unsignedInt · range ..100 */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.REDPercentage': number;
  /** readWrite · unsignedInt · range ..100 */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.REDThreshold': number;
  /** readWrite · string */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.SchedulerAlgorithm': "WFQ" | "WRR" | "SP";
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.ShapingBurstSize': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.ShapingRate': number;
  /** readWrite · unsignedInt list */
  'InternetGatewayDevice.QueueManagement.Queue.{i}.TrafficClasses': readonly number[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.QueueNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Alias': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.DroppedBytes': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.DroppedPackets': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Enable': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Interface': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.OutputBytes': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.OutputPackets': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Queue': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.QueueOccupancyPackets': number;
  /** readOnly · unsignedInt · range 0..100 */
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.QueueOccupancyPercentage': number;
  /** readOnly · string */
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.QueueManagement.QueueStatsNumberOfEntries': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.Security.Certificate.{i}.Enable': boolean;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.Security.Certificate.{i}.Issuer': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.Security.Certificate.{i}.LastModif': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.Security.Certificate.{i}.NotAfter': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.Security.Certificate.{i}.NotBefore': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.Security.Certificate.{i}.SerialNumber': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.Security.Certificate.{i}.SignatureAlgorithm': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.Security.Certificate.{i}.Subject': string;
  /** readOnly · string list */
  'InternetGatewayDevice.Security.Certificate.{i}.SubjectAlt': readonly string[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.Security.CertificateNumberOfEntries': number;
  /** readWrite · string */
  'InternetGatewayDevice.SelfTestDiagnostics.DiagnosticsState': "None" | "Requested" | "Complete" | "Error_Internal" | "Error_Other";
  /** readOnly · string · size ..1024 */
  'InternetGatewayDevice.SelfTestDiagnostics.Results': string;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.SmartCardReader.{i}.Alias': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.SmartCardReader.{i}.DecryptionFailedCounter': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.SmartCardReader.{i}.DecryptionFailedNoKeyCounter': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.SmartCardReader.{i}.Enable': boolean;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.SmartCardReader.{i}.Name': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.SmartCardReader.{i}.Reset': boolean;
  /** readOnly · dateTime */
  'InternetGatewayDevice.SmartCardReader.{i}.ResetTime': string;
  /** readOnly · string · size ..1024 */
  'InternetGatewayDevice.SmartCardReader.{i}.SmartCard.ATR': string;
  /** readOnly · string list */
  'InternetGatewayDevice.SmartCardReader.{i}.SmartCard.Application': readonly ("SIM" | "USIM" | "ISIM")[];
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.SmartCardReader.{i}.SmartCard.SerialNumber': string;
  /** readOnly · string */
  'InternetGatewayDevice.SmartCardReader.{i}.SmartCard.Status': "None" | "Running" | "Error";
  /** readOnly · string */
  'InternetGatewayDevice.SmartCardReader.{i}.SmartCard.Type': "CA" | "DRM" | "UICC";
  /** readOnly · string */
  'InternetGatewayDevice.SmartCardReader.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.SmartCardReaderNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Alias': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.DUID': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Description': string;
  /** readOnly · string */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.ExecutionEnvRef': string;
  /** readOnly · string list */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.ExecutionUnitList': readonly string[];
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Name': string;
  /** readOnly · boolean */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Resolved': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Status': "Installing" | "Installed" | "Updating" | "Uninstalling" | "Uninstalled";
  /** readOnly · string · size ..1024 */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.URL': string;
  /** readOnly · string · size ..36 */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.UUID': string;
  /** readOnly · string · size ..128 */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Vendor': string;
  /** readOnly · string list */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.VendorConfigList': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.VendorLogList': readonly string[];
  /** readOnly · string · size ..32 */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Version': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.SoftwareModules.DeploymentUnitNumberOfEntries': number;
  /** readOnly · string list */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.ActiveExecutionUnits': readonly string[];
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Alias': string;
  /** readOnly · int · range -1.. · units kilobytes */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.AllocatedDiskSpace': number;
  /** readOnly · int · range -1.. · units kilobytes */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.AllocatedMemory': number;
  /** readOnly · int · range -1.. · units kilobytes */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.AvailableDiskSpace': number;
  /** readOnly · int · range -1.. · units kilobytes */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.AvailableMemory': number;
  /** readOnly · int · range -1..65535 */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.CurrentRunLevel': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Enable': boolean;
  /** readWrite · int · range -1..65535 */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.InitialExecutionUnitRunLevel': number;
  /** readWrite · unsignedInt · range ..65535 */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.InitialRunLevel': number;
  /** readOnly · string · size ..32 */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Name': string;
  /** readOnly · string */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.ParentExecEnv': string;
  /** readOnly · string list */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.ProcessorRefList': readonly string[];
  /** readWrite · int · range -1..65535 */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.RequestedRunLevel': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Reset': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Status': "Up" | "Error" | "Disabled";
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Type': string;
  /** readOnly · string · size ..128 */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Vendor': string;
  /** readOnly · string · size ..32 */
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Version': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.SoftwareModules.ExecEnvNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Alias': string;
  /** readOnly · string list */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.AssociatedProcessList': readonly string[];
  /** readWrite · boolean */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.AutoStart': boolean;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Description': string;
  /** readOnly · int · range -1.. · units kilobytes */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.DiskSpaceInUse': number;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.EUID': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.ExecEnvLabel': string;
  /** readOnly · string */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.ExecutionEnvRef': string;
  /** readOnly · string */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.ExecutionFaultCode': "NoFault" | "FailureOnStart" | "FailureOnAutoStart" | "FailureOnStop" | "FailureWhileActive" | "DependencyFailure" | "UnStartable";
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.ExecutionFaultMessage': string;
  /** readOnly · int · range -1.. · units kilobytes */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.MemoryInUse': number;
  /** readOnly · string · size ..32 */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Name': string;
  /** readOnly · string list */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.References': readonly string[];
  /** readWrite · string */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.RequestedState': "Idle" | "Active";
  /** readWrite · unsignedInt · range ..65535 */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.RunLevel': number;
  /** readOnly · string */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Status': "Idle" | "Starting" | "Active" | "Stopping";
  /** readOnly · string list */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.SupportedDataModelList': readonly string[];
  /** readOnly · string · size ..128 */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Vendor': string;
  /** readOnly · string list */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.VendorConfigList': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.VendorLogList': readonly string[];
  /** readOnly · string · size ..32 */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Version': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.SoftwareModules.ExecutionUnitNumberOfEntries': number;
  /** readOnly · dateTime */
  'InternetGatewayDevice.Time.CurrentLocalTime': string;
  /**
   * readWrite · dateTime · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.Time.DaylightSavingsEnd': string;
  /**
   * readWrite · dateTime · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.Time.DaylightSavingsStart': string;
  /**
   * readWrite · boolean · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.Time.DaylightSavingsUsed': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.Time.Enable': boolean;
  /**
   * readWrite · string · size ..6 · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.Time.LocalTimeZone': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.Time.LocalTimeZoneName': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.Time.NTPServer1': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.Time.NTPServer2': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.Time.NTPServer3': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.Time.NTPServer4': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.Time.NTPServer5': string;
  /** readOnly · string */
  'InternetGatewayDevice.Time.Status': "Disabled" | "Unsynchronized" | "Synchronized" | "Error_FailedToSynchronize" | "Error";
  /** readWrite · unsignedInt · range 0..63 */
  'InternetGatewayDevice.TraceRouteDiagnostics.DSCP': number;
  /** readWrite · unsignedInt · range 1..65535 */
  'InternetGatewayDevice.TraceRouteDiagnostics.DataBlockSize': number;
  /** readWrite · string */
  'InternetGatewayDevice.TraceRouteDiagnostics.DiagnosticsState': "None" | "Requested" | "Complete" | "Error_CannotResolveHostName" | "Error_MaxHopCountExceeded";
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.TraceRouteDiagnostics.Host': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.TraceRouteDiagnostics.Interface': string;
  /** readWrite · unsignedInt · range 1..64 */
  'InternetGatewayDevice.TraceRouteDiagnostics.MaxHopCount': number;
  /** readWrite · unsignedInt · range 1..3 */
  'InternetGatewayDevice.TraceRouteDiagnostics.NumberOfTries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.TraceRouteDiagnostics.ResponseTime': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.TraceRouteDiagnostics.RouteHops.{i}.HopErrorCode': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.TraceRouteDiagnostics.RouteHops.{i}.HopHost': string;
  /** readOnly · string */
  'InternetGatewayDevice.TraceRouteDiagnostics.RouteHops.{i}.HopHostAddress': string;
  /** readOnly · unsignedInt list */
  'InternetGatewayDevice.TraceRouteDiagnostics.RouteHops.{i}.HopRTTimes': readonly number[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.TraceRouteDiagnostics.RouteHopsNumberOfEntries': number;
  /** readWrite · unsignedInt · range 1.. */
  'InternetGatewayDevice.TraceRouteDiagnostics.Timeout': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UDPEchoConfig.BytesReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UDPEchoConfig.BytesResponded': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.UDPEchoConfig.EchoPlusEnabled': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.UDPEchoConfig.EchoPlusSupported': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.UDPEchoConfig.Enable': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.UDPEchoConfig.Interface': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UDPEchoConfig.PacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UDPEchoConfig.PacketsResponded': number;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.UDPEchoConfig.SourceIPAddress': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.UDPEchoConfig.TimeFirstPacketReceived': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.UDPEchoConfig.TimeLastPacketReceived': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.UDPEchoConfig.UDPPort': number;
  /** readOnly · string list · size ..256 */
  'InternetGatewayDevice.UPnP.Description.DeviceDescription.{i}.Host': readonly string[];
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.DeviceDescription.{i}.SpecVersion': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.DeviceDescription.{i}.URLBase': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Description.DeviceDescriptionNumberOfEntries': number;
  /** readOnly · string list */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.DeviceCategory': readonly string[];
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.DeviceType': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.DiscoveryDevice': string;
  /** readOnly · string · size ..128 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.FriendlyName': string;
  /** readOnly · string · size ..128 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.Manufacturer': string;
  /** readOnly · string · size 0..6 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ManufacturerOUI': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ManufacturerURL': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ModelDescription': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ModelName': string;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ModelNumber': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ModelURL': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ParentDevice': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.PresentationURL': string;
  /** readOnly · string · size ..128 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.SerialNumber': string;
  /** readOnly · string <UUID> · size 36..36 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.UDN': string;
  /** readOnly · string · size ..12 */
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.UPC': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Description.DeviceInstanceNumberOfEntries': number;
  /** readOnly · string */
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.ControlURL': string;
  /** readOnly · string */
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.EventSubURL': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.ParentDevice': string;
  /** readOnly · string */
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.SCPDURL': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.ServiceDiscovery': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.ServiceId': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.ServiceType': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Description.ServiceInstanceNumberOfEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPArchitecture': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPArchitectureMinorVer': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPBasicDevice': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPDMBasicMgmt': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPDMConfigurationMgmt': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPDMSoftwareMgmt': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPIGD': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPMediaRenderer': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPMediaServer': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPQoSDevice': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPQoSPolicyHolder': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPWLANAccessPoint': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.UPnP.Device.Enable': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.UPnP.Device.UPnPDMBasicMgmt': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.UPnP.Device.UPnPDMConfigurationMgmt': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.UPnP.Device.UPnPDMSoftwareMgmt': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.UPnP.Device.UPnPIGD': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.UPnP.Device.UPnPMediaRenderer': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.UPnP.Device.UPnPMediaServer': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.UPnP.Device.UPnPQoSDevice': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.UPnP.Device.UPnPQoSPolicyHolder': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.UPnP.Device.UPnPWLANAccessPoint': boolean;
  /** readOnly · string list · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.Host': readonly string[];
  /** readOnly · dateTime */
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.LastUpdate': string;
  /** readOnly · unsignedInt · units seconds */
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.LeaseTime': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.Location': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.Server': string;
  /** readOnly · string */
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.Status': "LeaseActive" | "LeaseExpired" | "ByebyeReceived";
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.USN': string;
  /** readOnly · string · size ..36 */
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.UUID': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Discovery.DeviceNumberOfEntries': number;
  /** readOnly · string list · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.Host': readonly string[];
  /** readOnly · dateTime */
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.LastUpdate': string;
  /** readOnly · unsignedInt · units seconds */
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.LeaseTime': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.Location': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.Server': string;
  /** readOnly · string */
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.Status': "LeaseActive" | "LeaseExpired" | "ByebyeReceived";
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.USN': string;
  /** readOnly · string · size ..36 */
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.UUID': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Discovery.RootDeviceNumberOfEntries': number;
  /** readOnly · string list · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.Host': readonly string[];
  /** readOnly · dateTime */
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.LastUpdate': string;
  /** readOnly · unsignedInt · units seconds */
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.LeaseTime': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.Location': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.ParentDevice': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.Server': string;
  /** readOnly · string */
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.Status': "LeaseActive" | "LeaseExpired" | "ByebyeReceived";
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.USN': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UPnP.Discovery.ServiceNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Alias': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.ConfigurationNumber': number;
  /** readOnly · hexBinary · size ..1 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.Interface.{i}.InterfaceClass': string;
  /** readOnly · unsignedInt · range ..255 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.Interface.{i}.InterfaceNumber': number;
  /** readOnly · hexBinary · size ..1 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.Interface.{i}.InterfaceProtocol': string;
  /** readOnly · hexBinary · size ..1 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.Interface.{i}.InterfaceSubClass': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.InterfaceNumberOfEntries': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.ConfigurationNumberOfEntries': number;
  /** readOnly · hexBinary · size ..1 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.DeviceClass': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.DeviceNumber': number;
  /** readOnly · hexBinary · size ..1 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.DeviceProtocol': string;
  /** readOnly · hexBinary · size ..1 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.DeviceSubClass': string;
  /** readOnly · unsignedInt · range ..65535 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.DeviceVersion': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.IsSelfPowered': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.IsSuspended': boolean;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Manufacturer': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.MaxChildren': number;
  /** readOnly · string */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Parent': string;
  /** readOnly · unsignedInt · range ..255 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Port': number;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.ProductClass': string;
  /** readOnly · unsignedInt · range ..65535 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.ProductID': number;
  /** readOnly · string */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Rate': "Low" | "Full" | "High" | "Super";
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.SerialNumber': string;
  /** readOnly · string · size ..4 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.USBVersion': string;
  /** readOnly · unsignedInt · range ..65535 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.VendorID': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.USBHosts.Host.{i}.DeviceNumberOfEntries': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.USBHosts.Host.{i}.Enable': boolean;
  /** readOnly · string · size ..64 */
  'InternetGatewayDevice.USBHosts.Host.{i}.Name': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.USBHosts.Host.{i}.PowerManagementEnable': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.USBHosts.Host.{i}.Reset': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.USBHosts.Host.{i}.Type': "OHCI" | "EHCI" | "UHCI" | "xHCI";
  /** readOnly · string · size ..4 */
  'InternetGatewayDevice.USBHosts.Host.{i}.USBVersion': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.USBHosts.HostNumberOfEntries': number;
  /** readOnly · dateTime */
  'InternetGatewayDevice.UploadDiagnostics.BOMTime': string;
  /** readWrite · unsignedInt · range 0..63 */
  'InternetGatewayDevice.UploadDiagnostics.DSCP': number;
  /** readWrite · string */
  'InternetGatewayDevice.UploadDiagnostics.DiagnosticsState': "None" | "Requested" | "Completed" | "Error_InitConnectionFailed" | "Error_NoResponse" | "Error_PasswordRequestFailed" | "Error_LoginFailed" | "Error_NoTransferMode" | "Error_NoPASV" | "Error_NoCWD" | "Error_NoSTOR" | "Error_NoTransferComplete";
  /** readOnly · dateTime */
  'InternetGatewayDevice.UploadDiagnostics.EOMTime': string;
  /** readWrite · unsignedInt · range 0..7 */
  'InternetGatewayDevice.UploadDiagnostics.EthernetPriority': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.UploadDiagnostics.Interface': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.UploadDiagnostics.ROMTime': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.UploadDiagnostics.TCPOpenRequestTime': string;
  /** readOnly · dateTime */
  'InternetGatewayDevice.UploadDiagnostics.TCPOpenResponseTime': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.UploadDiagnostics.TestFileLength': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UploadDiagnostics.TotalBytesSent': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.UploadDiagnostics.UploadURL': string;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.User.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.User.{i}.Enable': boolean;
  /** readWrite · string · size ..16 */
  'InternetGatewayDevice.User.{i}.Language': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.User.{i}.Password': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.User.{i}.RemoteAccessCapable': boolean;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.User.{i}.Username': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.UserInterface.AutoUpdateServer': string;
  /** readOnly · string list */
  'InternetGatewayDevice.UserInterface.AvailableLanguages': readonly string[];
  /** readWrite · string · size ..6 */
  'InternetGatewayDevice.UserInterface.BackgroundColor': string;
  /** readWrite · string · size ..6 */
  'InternetGatewayDevice.UserInterface.ButtonColor': string;
  /** readWrite · string · size ..6 */
  'InternetGatewayDevice.UserInterface.ButtonTextColor': string;
  /** readWrite · string · size ..16 */
  'InternetGatewayDevice.UserInterface.CurrentLanguage': string;
  /** readWrite · string · size ..40 */
  'InternetGatewayDevice.UserInterface.ExampleLogin': string;
  /** readWrite · string · size ..30 */
  'InternetGatewayDevice.UserInterface.ExamplePassword': string;
  /** readWrite · string · size ..32 */
  'InternetGatewayDevice.UserInterface.ISPHelpDesk': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.UserInterface.ISPHelpPage': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.UserInterface.ISPHomePage': string;
  /** readWrite · base64 · size 0..4095 */
  'InternetGatewayDevice.UserInterface.ISPLogo': string;
  /** readWrite · unsignedInt · range 0..4095 */
  'InternetGatewayDevice.UserInterface.ISPLogoSize': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.UserInterface.ISPMailServer': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.UserInterface.ISPName': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.UserInterface.ISPNewsServer': string;
  /** readOnly · unsignedInt · units pixels */
  'InternetGatewayDevice.UserInterface.LocalDisplay.DisplayHeight': number;
  /** readOnly · unsignedInt · units pixels */
  'InternetGatewayDevice.UserInterface.LocalDisplay.DisplayWidth': number;
  /** readWrite · unsignedInt · units pixels */
  'InternetGatewayDevice.UserInterface.LocalDisplay.Height': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.UserInterface.LocalDisplay.Movable': boolean;
  /** readWrite · int · units pixels */
  'InternetGatewayDevice.UserInterface.LocalDisplay.PosX': number;
  /** readWrite · int · units pixels */
  'InternetGatewayDevice.UserInterface.LocalDisplay.PosY': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.UserInterface.LocalDisplay.Resizable': boolean;
  /** readWrite · unsignedInt · units pixels */
  'InternetGatewayDevice.UserInterface.LocalDisplay.Width': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.UserInterface.PasswordRequired': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.UserInterface.PasswordUserSelectable': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.UserInterface.RemoteAccess.Enable': boolean;
  /** readWrite · unsignedInt · range ..65535 */
  'InternetGatewayDevice.UserInterface.RemoteAccess.Port': number;
  /** readWrite · string */
  'InternetGatewayDevice.UserInterface.RemoteAccess.Protocol': string;
  /** readOnly · string list */
  'InternetGatewayDevice.UserInterface.RemoteAccess.SupportedProtocols': readonly ("HTTP" | "HTTPS")[];
  /** readWrite · boolean */
  'InternetGatewayDevice.UserInterface.SharedPassword': boolean;
  /** readWrite · string · size ..6 */
  'InternetGatewayDevice.UserInterface.TextColor': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.UserInterface.UpgradeAvailable': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.UserInterface.UserDatabaseSupported': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.UserInterface.UserUpdateServer': string;
  /** readWrite · dateTime */
  'InternetGatewayDevice.UserInterface.WarrantyDate': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.UserNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.Alias': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Connection.{i}.ActiveConnectionDeviceContainer': string;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Connection.{i}.ActiveConnectionServiceID': string;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Connection.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.EnabledForInternet': boolean;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Layer1DownstreamMaxBitRate': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Layer1UpstreamMaxBitRate': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.MaximumActiveConnections': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.NumberOfActiveConnections': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.PhysicalLinkStatus': "Up" | "Down" | "Initializing" | "Unavailable";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.TotalBytesReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.TotalBytesSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.TotalPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.TotalPacketsSent': number;
  /** readOnly · string · size ..256 */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.WANAccessProvider': string;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.WANAccessType': "DSL" | "Ethernet" | "POTS";
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.Alias': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.AverageResponseTime': number;
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.DiagnosticsState': "None" | "Requested" | "Complete" | "Error_Internal" | "Error_Other";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.FailureCount': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.MaximumResponseTime': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.MinimumResponseTime': number;
  /** readWrite · unsignedInt · range 1.. */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.NumberOfRepetitions': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.SuccessCount': number;
  /** readWrite · unsignedInt · range 1.. */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.Timeout': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.AAL5CRCErrors': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMAAL': "AAL1" | "AAL2" | "AAL3" | "AAL4" | "AAL5";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMCRCErrors': number;
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMEncapsulation': "LLC" | "VCMUX";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMHECErrors': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMMaximumBurstSize': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMPeakCellRate': number;
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMQoS': "UBR" | "CBR" | "GFR" | "VBR-nrt" | "VBR-rt" | "UBR+" | "ABR";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMReceivedBlocks': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMSustainableCellRate': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMTransmittedBlocks': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.AutoConfig': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.DestinationAddress': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.Enable': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.FCSPreserved': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.LinkStatus': "Up" | "Down" | "Initializing" | "Unavailable";
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.LinkType': "EoA" | "IPoA" | "PPPoA" | "PPPoE" | "CIP" | "Unconfigured";
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ModulationType': "ADSL_G.dmt" | "ADSL_G.lite" | "ADSL_G.dmt.bis" | "ADSL_re-adsl" | "ADSL_2plus" | "ADLS_four" | "ADSL_ANSI_T1.413" | "G.shdsl" | "IDSL" | "HDSL" | "SDSL" | "VDSL";
  /** readWrite · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.VCSearchList': readonly string[];
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANEthernetLinkConfig.EthernetLinkStatus': "Up" | "Down" | "Unavailable";
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.AddressingType': "DHCP" | "Static";
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Alias': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.AutoDisconnectTime': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ConnectionStatus': "Unconfigured" | "Connecting" | "Connected" | "PendingDisconnect" | "Disconneting" | "Disconnecting" | "Disconnected";
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ConnectionTrigger': "OnDemand" | "AlwaysOn" | "Manual";
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ConnectionType': "Unconfigured" | "IP_Routed" | "IP_Bridged";
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Enable': boolean;
  /** readWrite · unsignedInt · range 1.. */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Order': number;
  /** readWrite · unsignedInt · range 1..254 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Tag': number;
  /** readOnly · base64 · size 0..255 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Value': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOptionNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Enable': boolean;
  /** readWrite · unsignedInt · range 1..254 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Tag': number;
  /** readWrite · base64 · size 0..255 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Value': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOptionNumberOfEntries': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DNSEnabled': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DNSOverrideAllowed': boolean;
  /** readWrite · string list <IPAddress> · size ..45 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DNSServers': readonly string[];
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DefaultGateway': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Enable': boolean;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ExternalIPAddress': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.IdleDisconnectTime': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.LastConnectionError': "ERROR_NONE" | "ERROR_COMMAND_ABORTED" | "ERROR_NOT_ENABLED_FOR_INTERNET" | "ERROR_USER_DISCONNECT" | "ERROR_ISP_DISCONNECT" | "ERROR_IDLE_DISCONNECT" | "ERROR_FORCED_DISCONNECT" | "ERROR_NO_CARRIER" | "ERROR_IP_CONFIGURATION" | "ERROR_UNKNOWN";
  /** readWrite · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.MACAddress': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.MACAddressOverride': boolean;
  /** readWrite · unsignedInt · range 1..1540 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.MaxMTUSize': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.NATEnabled': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Name': string;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.Alias': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.ExternalPort': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.ExternalPortEndRange': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.InternalClient': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.InternalPort': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingDescription': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingEnabled': boolean;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingLeaseDuration': number;
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingProtocol': "TCP" | "UDP";
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.RemoteHost': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMappingNumberOfEntries': number;
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PossibleConnectionTypes': readonly ("Unconfigured" | "IP_Routed" | "IP_Bridged")[];
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.RSIPAvailable': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Reset': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.RouteProtocolRx': "Off" | "RIPv1" | "RIPv2" | "OSPF";
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ShapingBurstSize': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ShapingRate': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetBroadcastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetBroadcastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetBytesReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetBytesSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetDiscardPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetDiscardPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetErrorsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetErrorsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetMulticastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetMulticastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetUnicastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetUnicastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetUnknownProtoPacketsReceived': number;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.SubnetMask': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Uptime': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.WarnDisconnectDelay': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnectionNumberOfEntries': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.DataCompression': "V42bis" | "MNP5";
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.DataModulationSupported': "V92" | "V90" | "V34" | "V32bis" | "V32";
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.DataProtocol': "V42_LAPM" | "V42_MNP4" | "V14" | "V80";
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.DelayBetweenRetries': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.Enable': boolean;
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.Fclass': readonly ("0" | "1" | "2" | "2.0" | "8" | "80")[];
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.ISPInfo': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.ISPPhoneNumber': string;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.LinkStatus': "Up" | "Down" | "Dialing" | "Connecting" | "Unavailable";
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.LinkType': "PPP_Dialup";
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.NumberOfRetries': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.PlusVTRCommandSupported': boolean;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Alias': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.AutoDisconnectTime': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ConnectionStatus': "Unconfigured" | "Connecting" | "Authenticating" | "Connected" | "PendingDisconnect" | "Disconnecting" | "Disconnected";
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ConnectionTrigger': "OnDemand" | "AlwaysOn" | "Manual";
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ConnectionType': "Unconfigured" | "IP_Routed" | "DHCP_Spoofed" | "PPPoE_Bridged" | "PPPoE_Relay" | "PPTP_Relay" | "L2TP_Relay";
  /** readOnly · unsignedInt · range 1..1540 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.CurrentMRUSize': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.DNSEnabled': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.DNSOverrideAllowed': boolean;
  /** readWrite · string list <IPAddress> · size ..45 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.DNSServers': readonly string[];
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.DefaultGateway': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Enable': boolean;
  /** readWrite · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ExternalIPAddress': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.IdleDisconnectTime': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.LastConnectionError': "ERROR_NONE" | "ERROR_ISP_TIME_OUT" | "ERROR_COMMAND_ABORTED" | "ERROR_NOT_ENABLED_FOR_INTERNET" | "ERROR_BAD_PHONE_NUMBER" | "ERROR_USER_DISCONNECT" | "ERROR_ISP_DISCONNECT" | "ERROR_IDLE_DISCONNECT" | "ERROR_FORCED_DISCONNECT" | "ERROR_SERVER_OUT_OF_RESOURCES" | "ERROR_RESTRICTED_LOGON_HOURS" | "ERROR_ACCOUNT_DISABLED" | "ERROR_ACCOUNT_EXPIRED" | "ERROR_PASSWORD_EXPIRED" | "ERROR_AUTHENTICATION_FAILURE" | "ERROR_NO_DIALTONE" | "ERROR_NO_CARRIER" | "ERROR_NO_ANSWER" | "ERROR_LINE_BUSY" | "ERROR_UNSUPPORTED_BITSPERSECOND" | "ERROR_TOO_MANY_LINE_ERRORS" | "ERROR_IP_CONFIGURATION" | "ERROR_UNKNOWN";
  /** readWrite · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.MACAddress': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.MACAddressOverride': boolean;
  /** readWrite · unsignedInt · range 1..1540 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.MaxMRUSize': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.NATEnabled': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Name': string;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPAuthenticationProtocol': "PAP" | "CHAP" | "MS-CHAP";
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPCompressionProtocol': "None" | "Van Jacobsen" | "STAC LZS";
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPEncryptionProtocol': "None" | "MPPE";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPLCPEcho': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPLCPEchoRetry': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPoEACName': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPoEServiceName': string;
  /** readOnly · unsignedInt · range 1.. */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPoESessionID': number;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Password': string;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.Alias': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.ExternalPort': number;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.ExternalPortEndRange': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.InternalClient': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.InternalPort': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingDescription': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingEnabled': boolean;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingLeaseDuration': number;
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingProtocol': "TCP" | "UDP";
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.RemoteHost': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMappingNumberOfEntries': number;
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PossibleConnectionTypes': readonly ("Unconfigured" | "IP_Routed" | "DHCP_Spoofed" | "PPPoE_Bridged" | "PPPoE_Relay" | "PPTP_Relay" | "L2TP_Relay")[];
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.RSIPAvailable': boolean;
  /** readOnly · string <IPAddress> · size ..45 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.RemoteIPAddress': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Reset': boolean;
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.RouteProtocolRx': "Off" | "RIPv1" | "RIPv2" | "OSPF";
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ShapingBurstSize': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ShapingRate': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetBroadcastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetBroadcastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetBytesReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetBytesSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetDiscardPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetDiscardPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetErrorsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetErrorsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetMulticastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetMulticastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetUnicastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetUnicastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetUnknownProtoPacketsReceived': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.TransportType': "PPPoA" | "PPPoE" | "L2TP" | "PPTP";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Uptime': number;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Username': string;
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.WarnDisconnectDelay': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnectionNumberOfEntries': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Enable': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.LinkStatus': "Up" | "Down" | "Initializing" | "Unavailable";
  /** readOnly · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.MACAddress': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.BroadcastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.BroadcastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.BytesReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.BytesSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.DiscardPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.DiscardPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.ErrorsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.ErrorsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.FramesReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.FramesSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.MulticastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.MulticastPacketsSent': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.OOSFarEnd': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.OOSNearEnd': boolean;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.UnicastPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.UnicastPacketsSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.UnknownProtoPacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionNumberOfEntries': number;
  /**
   * readOnly · string · size ..16 · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.ConnectionType': string;
  /**
   * readOnly · string · size ..256 · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.DestinationAddress': string;
  /**
   * readOnly · string · size ..16 · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.LinkType': string;
  /**
   * readOnly · string · size ..32 · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.Name': string;
  /**
   * readOnly · string · size ..256 · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.WANConnectionDevice': string;
  /**
   * readOnly · string · size ..256 · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.WANConnectionService': string;
  /**
   * readOnly · unsignedInt · obsoleted
   * @deprecated obsoleted
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionServiceNumberOfEntries': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.ACTATPds': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.ACTATPus': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.ACTPSDds': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.ACTPSDus': number;
  /** readOnly · int list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.BITSpsds': readonly number[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.BITSpsus': readonly string[];
  /**
   * readOnly · int list · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.GAINSpsds': readonly number[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLINGds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLINGus': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLINSCds': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLINSCus': number;
  /** readOnly · int list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLINpsds': readonly number[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLINpsus': readonly string[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLOGGds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLOGGus': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLOGMTds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLOGMTus': number;
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLOGpsds': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLOGpsus': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.LATNpbds': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.LATNpbus': readonly string[];
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.LoopDiagnosticsState': "None" | "Requested" | "Complete" | "Error_Internal" | "Error_Other";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.QLNGds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.QLNGus': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.QLNMTds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.QLNMTus': number;
  /** readOnly · int list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.QLNpsds': readonly number[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.QLNpsus': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SATNds': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SATNus': readonly string[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SNRGds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SNRGus': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SNRMTds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SNRMTus': number;
  /** readOnly · int list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SNRpsds': readonly number[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SNRpsus': readonly string[];
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ACTINP': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ACTSNRMODEds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ACTSNRMODEus': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ACTUALCE': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATUCANSIRev': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATUCANSIStd': number;
  /** readOnly · string · size ..4 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATUCCountry': string;
  /** readOnly · string · size ..8 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATUCVendor': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATURANSIRev': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATURANSIStd': number;
  /** readOnly · string · size ..4 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATURCountry': string;
  /** readOnly · string · size ..8 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATURVendor': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ActualInterleavingDelay': number;
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.AllowedProfiles': readonly ("8a" | "8b" | "8c" | "8d" | "12a" | "12b" | "17a" | "17b" | "30a")[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.CurrentDayStart': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.CurrentProfile': string;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.DataPath': "Interleaved" | "Fast" | "None";
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.DownstreamAttenuation': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.DownstreamCurrRate': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.DownstreamMaxRate': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.DownstreamNoiseMargin': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.DownstreamPower': number;
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Enable': boolean;
  /** readOnly · unsignedInt · range 0..64 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INMCCds': number;
  /** readOnly · unsignedInt · range 3..511 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INMIATOds': number;
  /** readOnly · unsignedInt · range 0..7 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INMIATSds': number;
  /** readOnly · unsignedInt · range 0..3 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INMINPEQMODEds': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INPREPORT': boolean;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INTLVBLOCK': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INTLVDEPTH': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.InterleaveDepth': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LIMITMASK': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LPATH': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LSYMB': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LastShowtimeStart': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LastStateTransmittedDownstream': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LastStateTransmittedUpstream': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LineEncoding': "DMT" | "CAP" | "2B1Q" | "43BT" | "PAM" | "QAM";
  /** readOnly · int · range 1.. */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LineNumber': number;
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LinkEncapsulationRequested': string;
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LinkEncapsulationSupported': readonly ("G.992.3_Annex_K_ATM" | "G.992.3_Annex_K_PTM" | "G.993.2_Annex_K_ATM" | "G.993.2_Annex_K_PTM" | "G.994.1")[];
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LinkEncapsulationUsed': "G.992.3_Annex_K_ATM" | "G.992.3_Annex_K_PTM" | "G.993.2_Annex_K_ATM" | "G.993.2_Annex_K_PTM";
  /** readOnly · base64 · size 0..145 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.MREFPSDds': string;
  /** readOnly · base64 · size 0..145 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.MREFPSDus': string;
  /**
   * readOnly · string · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ModulationType': "ADSL_G.dmt" | "ADSL_G.lite" | "ADSL_G.dmt.bis" | "ADSL_re-adsl" | "ADSL_2plus" | "ADLS_four" | "ADSL_ANSI_T1.413" | "G.shdsl" | "IDSL" | "HDSL" | "SDSL" | "VDSL";
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.NFEC': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.PowerManagementState': "L0" | "L1" | "L3" | "L4";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.QuarterHourStart': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.RFEC': number;
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.SNRMpbds': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.SNRMpbus': readonly string[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ShowtimeStart': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.StandardUsed': string;
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.StandardsSupported': readonly ("G.992.1_Annex_A" | "G.992.1_Annex_B" | "G.992.1_Annex_C" | "T1.413" | "T1.413i2" | "ETSI_101_388" | "G.992.2" | "G.992.3_Annex_A" | "G.992.3_Annex_B" | "G.992.3_Annex_C" | "G.992.3_Annex_I" | "G.992.3_Annex_J" | "G.992.3_Annex_L" | "G.992.3_Annex_M" | "G.992.4" | "G.992.5_Annex_A" | "G.992.5_Annex_B" | "G.992.5_Annex_C" | "G.992.5_Annex_I" | "G.992.5_Annex_J" | "G.992.5_Annex_M" | "G.993.1" | "G.993.1_Annex_A" | "G.993.2_Annex_A" | "G.993.2_Annex_B" | "G.993.2_Annex_C")[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ATUCCRCErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ATUCErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ATUCFECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ATUCHECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ATUCSeverelyErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.CRCErrors': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.CellDelin': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.FECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.HECErrors': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.InitErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.InitTimeouts': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.LInit': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.LOF': boolean;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.LinkRetrain': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.LossOfFraming': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ReceiveBlocks': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.SeverelyErroredSecs': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.TransmitBlocks': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ATUCCRCErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ATUCErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ATUCFECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ATUCHECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ATUCSeverelyErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.CRCErrors': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.CellDelin': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.FECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.HECErrors': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.InitErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.InitTimeouts': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.LInit': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.LOF': boolean;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.LinkRetrain': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.LossOfFraming': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ReceiveBlocks': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.SeverelyErroredSecs': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.TransmitBlocks': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ATUCCRCErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ATUCErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ATUCFECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ATUCHECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ATUCSeverelyErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.CRCErrors': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.CellDelin': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.FECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.HECErrors': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.InitErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.InitTimeouts': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.LInit': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.LOF': boolean;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.LinkRetrain': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.LossOfFraming': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ReceiveBlocks': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.SeverelyErroredSecs': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.TransmitBlocks': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ATUCCRCErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ATUCErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ATUCFECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ATUCHECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ATUCSeverelyErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.CRCErrors': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.CellDelin': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.FECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.HECErrors': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.InitErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.InitTimeouts': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.LInit': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.LOF': boolean;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.LinkRetrain': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.LossOfFraming': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ReceiveBlocks': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.SeverelyErroredSecs': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.TransmitBlocks': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ATUCCRCErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ATUCErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ATUCFECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ATUCHECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ATUCSeverelyErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.CRCErrors': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.CellDelin': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ErroredSecs': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.FECErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.HECErrors': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.InitErrors': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.InitTimeouts': number;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.LInit': boolean;
  /** readOnly · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.LOF': boolean;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.LinkRetrain': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.LossOfFraming': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ReceiveBlocks': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.SeverelyErroredSecs': number;
  /**
   * readOnly · unsignedInt · deprecated
   * @deprecated deprecated
   */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.TransmitBlocks': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Status': "Up" | "Initializing" | "EstablishingLink" | "NoSignal" | "Error" | "Disabled";
  /** readOnly · unsignedInt · range 0..5 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.SuccessFailureCause': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TRELLISds': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TRELLISus': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.HLOGGds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.HLOGGus': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.HLOGMTds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.HLOGMTus': number;
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.HLOGpsds': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.HLOGpsus': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.LATNds': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.LATNus': readonly string[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.QLNGds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.QLNGus': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.QLNMTds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.QLNMTus': number;
  /** readOnly · int list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.QLNpsds': readonly number[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.QLNpsus': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SATNds': readonly string[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SATNus': readonly string[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SNRGds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SNRGus': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SNRMTds': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SNRMTus': number;
  /** readOnly · int list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SNRpsds': readonly number[];
  /** readOnly · string list */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SNRpsus': readonly string[];
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TotalStart': number;
  /** readOnly · unsignedInt · range 0..1280 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.UPBOKLE': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.US0MASK': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.UpstreamAttenuation': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.UpstreamCurrRate': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.UpstreamMaxRate': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.UpstreamNoiseMargin': number;
  /** readOnly · int */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.UpstreamPower': number;
  /** readOnly · base64 · size 0..97 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.VirtualNoisePSDds': string;
  /** readOnly · base64 · size 0..49 */
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.VirtualNoisePSDus': string;
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.DuplexMode': "Half" | "Full" | "Auto";
  /** readWrite · boolean */
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Enable': boolean;
  /** readOnly · string <MACAddress> · size ..17 */
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.MACAddress': string;
  /** readWrite · string */
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.MaxBitRate': "10" | "100" | "1000" | "10000";
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.ShapingBurstSize': number;
  /** readWrite · int · range -1.. */
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.ShapingRate': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Stats.BytesReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Stats.BytesSent': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Stats.PacketsReceived': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Stats.PacketsSent': number;
  /** readOnly · string */
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Status': "Up" | "NoLink" | "Error" | "Disabled";
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.WANDeviceNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.XMPP.Connection.{i}.Alias': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.XMPP.Connection.{i}.Domain': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.XMPP.Connection.{i}.Enable': boolean;
  /** readOnly · string */
  'InternetGatewayDevice.XMPP.Connection.{i}.JabberID': string;
  /** readWrite · long · range -1.. · units seconds */
  'InternetGatewayDevice.XMPP.Connection.{i}.KeepAliveInterval': bigint;
  /** readOnly · dateTime */
  'InternetGatewayDevice.XMPP.Connection.{i}.LastChangeDate': string;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.XMPP.Connection.{i}.Password': string;
  /** readWrite · string · size ..64 */
  'InternetGatewayDevice.XMPP.Connection.{i}.Resource': string;
  /** readWrite · string <Alias> · size ..64 */
  'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Alias': string;
  /** readWrite · boolean */
  'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Enable': boolean;
  /** readWrite · unsignedInt · range 0..65535 */
  'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Port': number;
  /** readWrite · unsignedInt · range 0..65535 */
  'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Priority': number;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.ServerAddress': string;
  /** readWrite · long · range -1..65535 */
  'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Weight': bigint;
  /** readWrite · string */
  'InternetGatewayDevice.XMPP.Connection.{i}.ServerConnectAlgorithm': "DNS-SRV" | "ServerTable";
  /** readWrite · unsignedInt */
  'InternetGatewayDevice.XMPP.Connection.{i}.ServerConnectAttempts': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.XMPP.Connection.{i}.ServerNumberOfEntries': number;
  /** readWrite · unsignedInt · range 1..65535 · units seconds */
  'InternetGatewayDevice.XMPP.Connection.{i}.ServerRetryInitialInterval': number;
  /** readWrite · unsignedInt · range 1000..65535 */
  'InternetGatewayDevice.XMPP.Connection.{i}.ServerRetryIntervalMultiplier': number;
  /** readWrite · unsignedInt · range 1.. · units seconds */
  'InternetGatewayDevice.XMPP.Connection.{i}.ServerRetryMaxInterval': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.XMPP.Connection.{i}.Stats.ReceivedErrorMessages': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.XMPP.Connection.{i}.Stats.ReceivedMessages': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.XMPP.Connection.{i}.Stats.TransmittedErrorMessages': number;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.XMPP.Connection.{i}.Stats.TransmittedMessages': number;
  /** readOnly · string */
  'InternetGatewayDevice.XMPP.Connection.{i}.Status': "Enabled" | "Disabled" | "Unknown" | "Dormant" | "Connecting" | "ServerNotPresent" | "Error_Misconfigured" | "Error_AuthenticationFailure" | "Error";
  /** readOnly · boolean */
  'InternetGatewayDevice.XMPP.Connection.{i}.TLSEstablished': boolean;
  /** readWrite · boolean */
  'InternetGatewayDevice.XMPP.Connection.{i}.UseTLS': boolean;
  /** readWrite · string · size ..256 */
  'InternetGatewayDevice.XMPP.Connection.{i}.Username': string;
  /** readOnly · unsignedInt */
  'InternetGatewayDevice.XMPP.ConnectionNumberOfEntries': number;
}

export type ParameterPath = keyof Values;

/** Parameters an ACS may write: readWrite and writeOnceReadOnly. */
export type WritablePath =
  | 'InternetGatewayDevice.BulkData.Enable'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.Alias'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.ControlFileFormat'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.Enable'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.EncodingType'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.FileTransferPassword'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.FileTransferURL'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.FileTransferUsername'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.Parameter.{i}.Reference'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.Protocol'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.ReportingInterval'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.StreamingHost'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.StreamingPort'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.StreamingSessionID'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.TimeReference'
  | 'InternetGatewayDevice.CaptivePortal.AllowedList'
  | 'InternetGatewayDevice.CaptivePortal.CaptivePortalURL'
  | 'InternetGatewayDevice.CaptivePortal.Enable'
  | 'InternetGatewayDevice.DNS.SD.Enable'
  | 'InternetGatewayDevice.DeviceConfig.ConfigFile'
  | 'InternetGatewayDevice.DeviceConfig.PersistentData'
  | 'InternetGatewayDevice.DeviceInfo.Location.{i}.DataObject'
  | 'InternetGatewayDevice.DeviceInfo.Processor.{i}.Alias'
  | 'InternetGatewayDevice.DeviceInfo.ProvisioningCode'
  | 'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.Alias'
  | 'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Alias'
  | 'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Enable'
  | 'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.HighAlarmValue'
  | 'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.LowAlarmValue'
  | 'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.PollingInterval'
  | 'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Reset'
  | 'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Alias'
  | 'InternetGatewayDevice.DeviceInfo.VendorLogFile.{i}.Alias'
  | 'InternetGatewayDevice.DownloadAvailability.Announcement.Enable'
  | 'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.Alias'
  | 'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.Enable'
  | 'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.URL'
  | 'InternetGatewayDevice.DownloadAvailability.Query.Enable'
  | 'InternetGatewayDevice.DownloadAvailability.Query.URL'
  | 'InternetGatewayDevice.DownloadDiagnostics.DSCP'
  | 'InternetGatewayDevice.DownloadDiagnostics.DiagnosticsState'
  | 'InternetGatewayDevice.DownloadDiagnostics.DownloadURL'
  | 'InternetGatewayDevice.DownloadDiagnostics.EthernetPriority'
  | 'InternetGatewayDevice.DownloadDiagnostics.Interface'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.AuthenticationMethod'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.APIEnable'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.FemtozoneID'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.MaxAPIUsersNumber'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.NotificationsUserIdentifierMSISDN'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.QueryFemtocellResponseTimezone'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.QueueEnable'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.Queueing'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.SubscribeToNotificationsResponseCallbackData'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.APIEnable'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.EnableQueryMMSDeliveryStatus'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.EnableSubscribeToNotificationsOfMessageSentToApplication'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.MaxAPIUsersNumber'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.MinSendMMSTimeInterval'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.QueueEnable'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.Queueing'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.APIEnable'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.EnableQuerySMSDeliveryStatus'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.EnableSubscribeToNotificationsOfMessageSentToApplication'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.MaxAPIUsersNumber'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.MinSendSMSTimeInterval'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.QueueEnable'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.Queueing'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.APIEnable'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.MaxAPIUsersNumber'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueryMobileLocationResponseAddress'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueryMobileLocationResponseAltitude'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueryMobileLocationResponseLongitudeLatitude'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueryMobileLocationResponseTimestamp'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueueEnable'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.Queueing'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TunnelInst'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Enable'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.Enable'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MonitoringInterval'
  | 'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.Enable'
  | 'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.Password'
  | 'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ReferenceLatitude'
  | 'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ReferenceLongitude'
  | 'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ServerPort'
  | 'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ServerURL'
  | 'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.Username'
  | 'InternetGatewayDevice.FAP.GPS.ContinuousGPS'
  | 'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.FirstFixTimeout'
  | 'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.LockTimeOutDuration'
  | 'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.SatelliteTrackingInterval'
  | 'InternetGatewayDevice.FAP.GPS.GPSReset'
  | 'InternetGatewayDevice.FAP.GPS.PeriodicInterval'
  | 'InternetGatewayDevice.FAP.GPS.PeriodicTime'
  | 'InternetGatewayDevice.FAP.GPS.ScanOnBoot'
  | 'InternetGatewayDevice.FAP.GPS.ScanPeriodically'
  | 'InternetGatewayDevice.FAP.GPS.ScanTimeout'
  | 'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.Alias'
  | 'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.Enable'
  | 'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.Password'
  | 'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.PeriodicUploadInterval'
  | 'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.PeriodicUploadTime'
  | 'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.URL'
  | 'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.Username'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.Alias'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.AuthMethod'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.DPDTimer'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.ESPEncrypt'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.ESPIntegrity'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.Enable'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKEDH'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKEEncrypt'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKEIntegrity'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKEPRF'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKERekeyLifetime'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IPsecRekeyLifetimeByte'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IPsecRekeyLifetimeTime'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IPsecWindowSize'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.MaxChildSA'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.NATTKeepaliveTimer'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.SecDFBit'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.SecMaxFragSize'
  | 'InternetGatewayDevice.FAP.Tunnel.UseForCWMP'
  | 'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.Alias'
  | 'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.CryptoProfile'
  | 'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.DSCPMarkPolicy'
  | 'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.Enable'
  | 'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.ReportingMechanism'
  | 'InternetGatewayDevice.Firewall.Config'
  | 'InternetGatewayDevice.IPPingDiagnostics.DSCP'
  | 'InternetGatewayDevice.IPPingDiagnostics.DataBlockSize'
  | 'InternetGatewayDevice.IPPingDiagnostics.DiagnosticsState'
  | 'InternetGatewayDevice.IPPingDiagnostics.Host'
  | 'InternetGatewayDevice.IPPingDiagnostics.Interface'
  | 'InternetGatewayDevice.IPPingDiagnostics.NumberOfRepetitions'
  | 'InternetGatewayDevice.IPPingDiagnostics.Timeout'
  | 'InternetGatewayDevice.LANConfigSecurity.ConfigPassword'
  | 'InternetGatewayDevice.LANDevice.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.DuplexMode'
  | 'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Enable'
  | 'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.MACAddressControlEnabled'
  | 'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.MaxBitRate'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.AllowedMACAddresses'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.AssociatedConnection'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.AssociatedConnection'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.Chaddr'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ChaddrExclude'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ChaddrMask'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ClientID'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ClientIDExclude'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPLeaseTime'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Enable'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Tag'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Value'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPServerIPAddress'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.Chaddr'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.Enable'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.Yiaddr'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DNSServers'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DomainName'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.Enable'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.IPRouters'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.LocallyServed'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.MaxAddress'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.MinAddress'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.PoolOrder'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ReservedAddresses'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.SourceInterface'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.SubnetMask'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.UseAllocatedWAN'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.UserClassID'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.UserClassIDExclude'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.VendorClassID'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.VendorClassIDExclude'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.VendorClassIDMode'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPLeaseTime'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Enable'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Tag'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Value'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPServerConfigurable'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPServerEnable'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.Chaddr'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.Enable'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.Yiaddr'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DNSServers'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DomainName'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.Enable'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.IPInterfaceAddressingType'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.IPInterfaceIPAddress'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.IPInterfaceSubnetMask'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPRouters'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.MaxAddress'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.MinAddress'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.PassthroughLease'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.PassthroughMACAddress'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.ReservedAddresses'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.SubnetMask'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.UseAllocatedWAN'
  | 'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Enable'
  | 'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.MACAddressControlEnabled'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.AIFSN'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.AckPolicy'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.ECWMax'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.ECWMin'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.TXOP'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AuthenticationServiceMode'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AutoChannelEnable'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AutoRateFallBackEnabled'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BasicAuthenticationMode'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BasicDataTransmitRates'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BasicEncryptionModes'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BeaconAdvertisementEnabled'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BeaconType'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Channel'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.DeviceOperationMode'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.DistanceFromRoot'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Enable'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.IEEE11iAuthenticationMode'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.IEEE11iEncryptionModes'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.InsecureOOBAccessEnabled'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.KeyPassphrase'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.LocationDescription'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.MACAddressControlEnabled'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.MaxBitRate'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.OperationalDataTransmitRates'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PeerBSSID'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.AssociatedDeviceMACAddress'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.KeyPassphrase'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.PreSharedKey'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.RadioEnabled'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.RegulatoryDomain'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.SSID'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.SSIDAdvertisementEnabled'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.AIFSN'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.AckPolicy'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.ECWMax'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.ECWMin'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.TXOP'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TransmitPower'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.UAPSDEnable'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPKey.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPKey.{i}.WEPKey'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPKeyIndex'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WMMEnable'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPAAuthenticationMode'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPAEncryptionModes'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.ConfigMethodsEnabled'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.DevicePassword'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Enable'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}.Alias'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}.Enable'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.SetupLock'
  | 'InternetGatewayDevice.LANInterfaces.LANEthernetInterfaceConfig.{i}.Alias'
  | 'InternetGatewayDevice.LANInterfaces.LANUSBInterfaceConfig.{i}.Alias'
  | 'InternetGatewayDevice.LANInterfaces.WLANConfiguration.{i}.Alias'
  | 'InternetGatewayDevice.Layer2Bridging.AvailableInterface.{i}.Alias'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Alias'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeEnable'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeName'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeStandard'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.AcceptableFrameTypes'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.Alias'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.IngressFiltering'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.PVID'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.PortEnable'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.PortInterface'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.Alias'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.VLANEnable'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.VLANID'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.VLANName'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLANID'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.AdmitOnlyVLANTagged'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.Alias'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACAddressFilterExclude'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACAddressFilterList'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromClientIDFilter'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromClientIDFilterExclude'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromUserClassIDFilter'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromUserClassIDFilterExclude'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromVendorClassIDFilter'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromVendorClassIDFilterExclude'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromVendorClassIDMode'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.EthertypeFilterExclude'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.EthertypeFilterList'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.ExclusivityOrder'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterBridgeReference'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterEnable'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterInterface'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACAddressFilterExclude'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACAddressFilterList'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromClientIDFilter'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromClientIDFilterExclude'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromUserClassIDFilter'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromUserClassIDFilterExclude'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromVendorClassIDFilter'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromVendorClassIDFilterExclude'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromVendorClassIDMode'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.VLANIDFilter'
  | 'InternetGatewayDevice.Layer2Bridging.Marking.{i}.Alias'
  | 'InternetGatewayDevice.Layer2Bridging.Marking.{i}.EthernetPriorityMark'
  | 'InternetGatewayDevice.Layer2Bridging.Marking.{i}.EthernetPriorityOverride'
  | 'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingBridgeReference'
  | 'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingEnable'
  | 'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingInterface'
  | 'InternetGatewayDevice.Layer2Bridging.Marking.{i}.VLANIDMark'
  | 'InternetGatewayDevice.Layer2Bridging.Marking.{i}.VLANIDMarkOverride'
  | 'InternetGatewayDevice.Layer2Bridging.Marking.{i}.VLANIDUntag'
  | 'InternetGatewayDevice.Layer3Forwarding.DefaultConnectionService'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Alias'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.DestIPAddress'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.DestSubnetMask'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Enable'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.ForwardingMetric'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.ForwardingPolicy'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.GatewayIPAddress'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Interface'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.MTU'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.SourceIPAddress'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.SourceSubnetMask'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Type'
  | 'InternetGatewayDevice.ManagementServer.AutoCreateInstances'
  | 'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.Enable'
  | 'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.FileTypeFilter'
  | 'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.ResultTypeFilter'
  | 'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.TransferTypeFilter'
  | 'InternetGatewayDevice.ManagementServer.CWMPRetryIntervalMultiplier'
  | 'InternetGatewayDevice.ManagementServer.CWMPRetryMinimumWaitInterval'
  | 'InternetGatewayDevice.ManagementServer.ConnReqAllowedJabberIDs'
  | 'InternetGatewayDevice.ManagementServer.ConnReqXMPPConnection'
  | 'InternetGatewayDevice.ManagementServer.ConnectionRequestPassword'
  | 'InternetGatewayDevice.ManagementServer.ConnectionRequestUsername'
  | 'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.Enable'
  | 'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.FaultCodeFilter'
  | 'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.OperationTypeFilter'
  | 'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.ResultTypeFilter'
  | 'InternetGatewayDevice.ManagementServer.DefaultActiveNotificationThrottle'
  | 'InternetGatewayDevice.ManagementServer.EnableCWMP'
  | 'InternetGatewayDevice.ManagementServer.HTTPCompression'
  | 'InternetGatewayDevice.ManagementServer.InformParameter.{i}.Alias'
  | 'InternetGatewayDevice.ManagementServer.InformParameter.{i}.Enable'
  | 'InternetGatewayDevice.ManagementServer.InformParameter.{i}.EventList'
  | 'InternetGatewayDevice.ManagementServer.InformParameter.{i}.ParameterName'
  | 'InternetGatewayDevice.ManagementServer.InstanceMode'
  | 'InternetGatewayDevice.ManagementServer.LightweightNotificationProtocolsUsed'
  | 'InternetGatewayDevice.ManagementServer.ManageableDeviceNotificationLimit'
  | 'InternetGatewayDevice.ManagementServer.Password'
  | 'InternetGatewayDevice.ManagementServer.PeriodicInformEnable'
  | 'InternetGatewayDevice.ManagementServer.PeriodicInformInterval'
  | 'InternetGatewayDevice.ManagementServer.PeriodicInformTime'
  | 'InternetGatewayDevice.ManagementServer.STUNEnable'
  | 'InternetGatewayDevice.ManagementServer.STUNMaximumKeepAlivePeriod'
  | 'InternetGatewayDevice.ManagementServer.STUNMinimumKeepAlivePeriod'
  | 'InternetGatewayDevice.ManagementServer.STUNPassword'
  | 'InternetGatewayDevice.ManagementServer.STUNServerAddress'
  | 'InternetGatewayDevice.ManagementServer.STUNServerPort'
  | 'InternetGatewayDevice.ManagementServer.STUNUsername'
  | 'InternetGatewayDevice.ManagementServer.StandbyPolicy.CRAwarenessRequested'
  | 'InternetGatewayDevice.ManagementServer.StandbyPolicy.CRUnawarenessMaxDuration'
  | 'InternetGatewayDevice.ManagementServer.StandbyPolicy.MaxMissedPeriodic'
  | 'InternetGatewayDevice.ManagementServer.StandbyPolicy.NotifyMissedScheduled'
  | 'InternetGatewayDevice.ManagementServer.StandbyPolicy.PeriodicAwarenessRequested'
  | 'InternetGatewayDevice.ManagementServer.StandbyPolicy.ScheduledAwarenessRequested'
  | 'InternetGatewayDevice.ManagementServer.UDPConnectionRequestAddressNotificationLimit'
  | 'InternetGatewayDevice.ManagementServer.UDPLightweightNotificationHost'
  | 'InternetGatewayDevice.ManagementServer.UDPLightweightNotificationPort'
  | 'InternetGatewayDevice.ManagementServer.URL'
  | 'InternetGatewayDevice.ManagementServer.UpgradesManaged'
  | 'InternetGatewayDevice.ManagementServer.Username'
  | 'InternetGatewayDevice.NSLookupDiagnostics.DNSServer'
  | 'InternetGatewayDevice.NSLookupDiagnostics.DiagnosticsState'
  | 'InternetGatewayDevice.NSLookupDiagnostics.HostName'
  | 'InternetGatewayDevice.NSLookupDiagnostics.Interface'
  | 'InternetGatewayDevice.NSLookupDiagnostics.NumberOfRepetitions'
  | 'InternetGatewayDevice.NSLookupDiagnostics.Timeout'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Alias'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Enable'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.FetchSamples'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.ForceSample'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Name'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Alias'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.CalculationMode'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Enable'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.HighThreshold'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.LowThreshold'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Reference'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.SampleMode'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.ReportSamples'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.SampleInterval'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.TimeReference'
  | 'InternetGatewayDevice.QueueManagement.App.{i}.Alias'
  | 'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultDSCPMark'
  | 'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultEthernetPriorityMark'
  | 'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultForwardingPolicy'
  | 'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultPolicer'
  | 'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultQueue'
  | 'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultTrafficClass'
  | 'InternetGatewayDevice.QueueManagement.App.{i}.AppEnable'
  | 'InternetGatewayDevice.QueueManagement.App.{i}.AppName'
  | 'InternetGatewayDevice.QueueManagement.App.{i}.ProtocolIdentifier'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.Alias'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassApp'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassInterface'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassPolicer'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassQueue'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassificationEnable'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassificationOrder'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DSAP'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DSAPExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DSCPCheck'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DSCPExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DSCPMark'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestClientID'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestClientIDExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestIP'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestIPExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestMACAddress'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestMACExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestMACMask'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestMask'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestPort'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestPortExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestPortRangeMax'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestUserClassID'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestUserClassIDExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorClassID'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorClassIDExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorClassIDMode'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfo'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfoEnterprise'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfoExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfoMode'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfoSubOption'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.EthernetPriorityCheck'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.EthernetPriorityExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.EthernetPriorityMark'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.Ethertype'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.EthertypeExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.ForwardingPolicy'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.IPLengthExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.IPLengthMax'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.IPLengthMin'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.LLCControl'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.LLCControlExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.OutOfBandInfo'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.Protocol'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.ProtocolExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SNAPOUI'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SNAPOUIExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SSAP'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SSAPExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceClientID'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceClientIDExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceIP'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceIPExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceMACAddress'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceMACExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceMACMask'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceMask'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourcePort'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourcePortExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourcePortRangeMax'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceUserClassID'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceUserClassIDExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorClassID'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorClassIDExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorClassIDMode'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfo'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfoEnterprise'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfoExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfoMode'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfoSubOption'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.TCPACK'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.TCPACKExclude'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.TrafficClass'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.VLANIDCheck'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.VLANIDExclude'
  | 'InternetGatewayDevice.QueueManagement.DefaultDSCPMark'
  | 'InternetGatewayDevice.QueueManagement.DefaultEthernetPriorityMark'
  | 'InternetGatewayDevice.QueueManagement.DefaultForwardingPolicy'
  | 'InternetGatewayDevice.QueueManagement.DefaultPolicer'
  | 'InternetGatewayDevice.QueueManagement.DefaultQueue'
  | 'InternetGatewayDevice.QueueManagement.DefaultTrafficClass'
  | 'InternetGatewayDevice.QueueManagement.Enable'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.Alias'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.AppIdentifier'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowDSCPMark'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowEnable'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowEthernetPriorityMark'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowForwardingPolicy'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowName'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowPolicer'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowQueue'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowTrafficClass'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowType'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowTypeParameters'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.Alias'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.CommittedBurstSize'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.CommittedRate'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.ConformingAction'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.ExcessBurstSize'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.MeterType'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.NonConformingAction'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.PartialConformingAction'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.PeakBurstSize'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.PeakRate'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.PolicerEnable'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.Alias'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.DropAlgorithm'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueEnable'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueInterface'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.QueuePrecedence'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueWeight'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.REDPercentage'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.REDThreshold'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.SchedulerAlgorithm'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.ShapingBurstSize'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.ShapingRate'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.TrafficClasses'
  | 'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Alias'
  | 'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Enable'
  | 'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Interface'
  | 'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Queue'
  | 'InternetGatewayDevice.Security.Certificate.{i}.Enable'
  | 'InternetGatewayDevice.SelfTestDiagnostics.DiagnosticsState'
  | 'InternetGatewayDevice.SmartCardReader.{i}.Alias'
  | 'InternetGatewayDevice.SmartCardReader.{i}.Enable'
  | 'InternetGatewayDevice.SmartCardReader.{i}.Reset'
  | 'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Alias'
  | 'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Alias'
  | 'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Enable'
  | 'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.InitialExecutionUnitRunLevel'
  | 'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.InitialRunLevel'
  | 'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.RequestedRunLevel'
  | 'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Reset'
  | 'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Alias'
  | 'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.AutoStart'
  | 'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.RequestedState'
  | 'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.RunLevel'
  | 'InternetGatewayDevice.Time.DaylightSavingsEnd'
  | 'InternetGatewayDevice.Time.DaylightSavingsStart'
  | 'InternetGatewayDevice.Time.DaylightSavingsUsed'
  | 'InternetGatewayDevice.Time.Enable'
  | 'InternetGatewayDevice.Time.LocalTimeZone'
  | 'InternetGatewayDevice.Time.LocalTimeZoneName'
  | 'InternetGatewayDevice.Time.NTPServer1'
  | 'InternetGatewayDevice.Time.NTPServer2'
  | 'InternetGatewayDevice.Time.NTPServer3'
  | 'InternetGatewayDevice.Time.NTPServer4'
  | 'InternetGatewayDevice.Time.NTPServer5'
  | 'InternetGatewayDevice.TraceRouteDiagnostics.DSCP'
  | 'InternetGatewayDevice.TraceRouteDiagnostics.DataBlockSize'
  | 'InternetGatewayDevice.TraceRouteDiagnostics.DiagnosticsState'
  | 'InternetGatewayDevice.TraceRouteDiagnostics.Host'
  | 'InternetGatewayDevice.TraceRouteDiagnostics.Interface'
  | 'InternetGatewayDevice.TraceRouteDiagnostics.MaxHopCount'
  | 'InternetGatewayDevice.TraceRouteDiagnostics.NumberOfTries'
  | 'InternetGatewayDevice.TraceRouteDiagnostics.Timeout'
  | 'InternetGatewayDevice.UDPEchoConfig.EchoPlusEnabled'
  | 'InternetGatewayDevice.UDPEchoConfig.Enable'
  | 'InternetGatewayDevice.UDPEchoConfig.Interface'
  | 'InternetGatewayDevice.UDPEchoConfig.SourceIPAddress'
  | 'InternetGatewayDevice.UDPEchoConfig.UDPPort'
  | 'InternetGatewayDevice.UPnP.Device.Enable'
  | 'InternetGatewayDevice.UPnP.Device.UPnPDMBasicMgmt'
  | 'InternetGatewayDevice.UPnP.Device.UPnPDMConfigurationMgmt'
  | 'InternetGatewayDevice.UPnP.Device.UPnPDMSoftwareMgmt'
  | 'InternetGatewayDevice.UPnP.Device.UPnPIGD'
  | 'InternetGatewayDevice.UPnP.Device.UPnPMediaRenderer'
  | 'InternetGatewayDevice.UPnP.Device.UPnPMediaServer'
  | 'InternetGatewayDevice.UPnP.Device.UPnPQoSDevice'
  | 'InternetGatewayDevice.UPnP.Device.UPnPQoSPolicyHolder'
  | 'InternetGatewayDevice.UPnP.Device.UPnPWLANAccessPoint'
  | 'InternetGatewayDevice.USBHosts.Host.{i}.Alias'
  | 'InternetGatewayDevice.USBHosts.Host.{i}.Enable'
  | 'InternetGatewayDevice.USBHosts.Host.{i}.PowerManagementEnable'
  | 'InternetGatewayDevice.USBHosts.Host.{i}.Reset'
  | 'InternetGatewayDevice.UploadDiagnostics.DSCP'
  | 'InternetGatewayDevice.UploadDiagnostics.DiagnosticsState'
  | 'InternetGatewayDevice.UploadDiagnostics.EthernetPriority'
  | 'InternetGatewayDevice.UploadDiagnostics.Interface'
  | 'InternetGatewayDevice.UploadDiagnostics.TestFileLength'
  | 'InternetGatewayDevice.UploadDiagnostics.UploadURL'
  | 'InternetGatewayDevice.User.{i}.Alias'
  | 'InternetGatewayDevice.User.{i}.Enable'
  | 'InternetGatewayDevice.User.{i}.Language'
  | 'InternetGatewayDevice.User.{i}.Password'
  | 'InternetGatewayDevice.User.{i}.RemoteAccessCapable'
  | 'InternetGatewayDevice.User.{i}.Username'
  | 'InternetGatewayDevice.UserInterface.AutoUpdateServer'
  | 'InternetGatewayDevice.UserInterface.BackgroundColor'
  | 'InternetGatewayDevice.UserInterface.ButtonColor'
  | 'InternetGatewayDevice.UserInterface.ButtonTextColor'
  | 'InternetGatewayDevice.UserInterface.CurrentLanguage'
  | 'InternetGatewayDevice.UserInterface.ExampleLogin'
  | 'InternetGatewayDevice.UserInterface.ExamplePassword'
  | 'InternetGatewayDevice.UserInterface.ISPHelpDesk'
  | 'InternetGatewayDevice.UserInterface.ISPHelpPage'
  | 'InternetGatewayDevice.UserInterface.ISPHomePage'
  | 'InternetGatewayDevice.UserInterface.ISPLogo'
  | 'InternetGatewayDevice.UserInterface.ISPLogoSize'
  | 'InternetGatewayDevice.UserInterface.ISPMailServer'
  | 'InternetGatewayDevice.UserInterface.ISPName'
  | 'InternetGatewayDevice.UserInterface.ISPNewsServer'
  | 'InternetGatewayDevice.UserInterface.LocalDisplay.Height'
  | 'InternetGatewayDevice.UserInterface.LocalDisplay.Movable'
  | 'InternetGatewayDevice.UserInterface.LocalDisplay.PosX'
  | 'InternetGatewayDevice.UserInterface.LocalDisplay.PosY'
  | 'InternetGatewayDevice.UserInterface.LocalDisplay.Resizable'
  | 'InternetGatewayDevice.UserInterface.LocalDisplay.Width'
  | 'InternetGatewayDevice.UserInterface.PasswordRequired'
  | 'InternetGatewayDevice.UserInterface.PasswordUserSelectable'
  | 'InternetGatewayDevice.UserInterface.RemoteAccess.Enable'
  | 'InternetGatewayDevice.UserInterface.RemoteAccess.Port'
  | 'InternetGatewayDevice.UserInterface.RemoteAccess.Protocol'
  | 'InternetGatewayDevice.UserInterface.SharedPassword'
  | 'InternetGatewayDevice.UserInterface.TextColor'
  | 'InternetGatewayDevice.UserInterface.UpgradeAvailable'
  | 'InternetGatewayDevice.UserInterface.UserUpdateServer'
  | 'InternetGatewayDevice.UserInterface.WarrantyDate'
  | 'InternetGatewayDevice.WANDevice.{i}.Alias'
  | 'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Connection.{i}.Alias'
  | 'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.EnabledForInternet'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.Alias'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.DiagnosticsState'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.NumberOfRepetitions'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.Timeout'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMEncapsulation'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMMaximumBurstSize'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMPeakCellRate'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMQoS'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMSustainableCellRate'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.DestinationAddress'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.Enable'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.FCSPreserved'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.LinkType'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.VCSearchList'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.AddressingType'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Alias'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.AutoDisconnectTime'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ConnectionTrigger'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ConnectionType'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Alias'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Enable'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Order'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Tag'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Alias'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Enable'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Tag'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Value'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DNSEnabled'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DNSOverrideAllowed'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DNSServers'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DefaultGateway'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Enable'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ExternalIPAddress'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.IdleDisconnectTime'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.MACAddress'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.MACAddressOverride'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.MaxMTUSize'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.NATEnabled'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Name'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.Alias'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.ExternalPort'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.ExternalPortEndRange'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.InternalClient'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.InternalPort'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingDescription'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingEnabled'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingLeaseDuration'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingProtocol'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.RemoteHost'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Reset'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.RouteProtocolRx'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ShapingBurstSize'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ShapingRate'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.SubnetMask'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.WarnDisconnectDelay'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.DelayBetweenRetries'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.Enable'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.ISPInfo'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.ISPPhoneNumber'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.LinkType'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.NumberOfRetries'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Alias'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.AutoDisconnectTime'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ConnectionTrigger'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ConnectionType'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.DNSEnabled'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.DNSOverrideAllowed'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.DNSServers'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Enable'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ExternalIPAddress'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.IdleDisconnectTime'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.MACAddress'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.MACAddressOverride'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.MaxMRUSize'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.NATEnabled'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Name'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPoEACName'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPoEServiceName'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Password'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.Alias'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.ExternalPort'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.ExternalPortEndRange'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.InternalClient'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.InternalPort'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingDescription'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingEnabled'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingLeaseDuration'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingProtocol'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.RemoteHost'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Reset'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.RouteProtocolRx'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ShapingBurstSize'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ShapingRate'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Username'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.WarnDisconnectDelay'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Enable'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.LoopDiagnosticsState'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Enable'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LinkEncapsulationRequested'
  | 'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.DuplexMode'
  | 'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Enable'
  | 'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.MaxBitRate'
  | 'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.ShapingBurstSize'
  | 'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.ShapingRate'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Alias'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Domain'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Enable'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.KeepAliveInterval'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Password'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Resource'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Alias'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Enable'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Port'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Priority'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.ServerAddress'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Weight'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.ServerConnectAlgorithm'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.ServerConnectAttempts'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.ServerRetryInitialInterval'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.ServerRetryIntervalMultiplier'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.ServerRetryMaxInterval'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.UseTLS'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Username';

/** Every object path, in BBF form ending with '.'. */
export type ObjectPath =
  | 'InternetGatewayDevice.'
  | 'InternetGatewayDevice.BulkData.'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.Parameter.{i}.'
  | 'InternetGatewayDevice.Capabilities.'
  | 'InternetGatewayDevice.Capabilities.PerformanceDiagnostic.'
  | 'InternetGatewayDevice.CaptivePortal.'
  | 'InternetGatewayDevice.DLNA.'
  | 'InternetGatewayDevice.DLNA.Capabilities.'
  | 'InternetGatewayDevice.DNS.'
  | 'InternetGatewayDevice.DNS.SD.'
  | 'InternetGatewayDevice.DNS.SD.Service.{i}.'
  | 'InternetGatewayDevice.DNS.SD.Service.{i}.TextRecord.{i}.'
  | 'InternetGatewayDevice.DeviceConfig.'
  | 'InternetGatewayDevice.DeviceInfo.'
  | 'InternetGatewayDevice.DeviceInfo.Location.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.MemoryStatus.'
  | 'InternetGatewayDevice.DeviceInfo.NetworkProperties.'
  | 'InternetGatewayDevice.DeviceInfo.ProcessStatus.'
  | 'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.Processor.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.ProxierInfo.'
  | 'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.TemperatureStatus.'
  | 'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.VendorLogFile.{i}.'
  | 'InternetGatewayDevice.DownloadAvailability.'
  | 'InternetGatewayDevice.DownloadAvailability.Announcement.'
  | 'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.'
  | 'InternetGatewayDevice.DownloadAvailability.Query.'
  | 'InternetGatewayDevice.DownloadDiagnostics.'
  | 'InternetGatewayDevice.FAP.'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.'
  | 'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.'
  | 'InternetGatewayDevice.FAP.GPS.'
  | 'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.'
  | 'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.'
  | 'InternetGatewayDevice.FAP.PerfMgmt.'
  | 'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.'
  | 'InternetGatewayDevice.FAP.Tunnel.'
  | 'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.'
  | 'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.'
  | 'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.'
  | 'InternetGatewayDevice.FaultMgmt.'
  | 'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.'
  | 'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.'
  | 'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.'
  | 'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.'
  | 'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.'
  | 'InternetGatewayDevice.Firewall.'
  | 'InternetGatewayDevice.IPPingDiagnostics.'
  | 'InternetGatewayDevice.LANConfigSecurity.'
  | 'InternetGatewayDevice.LANDevice.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.Hosts.'
  | 'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPKey.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}.'
  | 'InternetGatewayDevice.LANInterfaces.'
  | 'InternetGatewayDevice.LANInterfaces.LANEthernetInterfaceConfig.{i}.'
  | 'InternetGatewayDevice.LANInterfaces.LANUSBInterfaceConfig.{i}.'
  | 'InternetGatewayDevice.LANInterfaces.WLANConfiguration.{i}.'
  | 'InternetGatewayDevice.Layer2Bridging.'
  | 'InternetGatewayDevice.Layer2Bridging.AvailableInterface.{i}.'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.'
  | 'InternetGatewayDevice.Layer2Bridging.Marking.{i}.'
  | 'InternetGatewayDevice.Layer3Forwarding.'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.'
  | 'InternetGatewayDevice.ManagementServer.'
  | 'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.'
  | 'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.'
  | 'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.'
  | 'InternetGatewayDevice.ManagementServer.InformParameter.{i}.'
  | 'InternetGatewayDevice.ManagementServer.ManageableDevice.{i}.'
  | 'InternetGatewayDevice.ManagementServer.StandbyPolicy.'
  | 'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.'
  | 'InternetGatewayDevice.NSLookupDiagnostics.'
  | 'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.'
  | 'InternetGatewayDevice.PeriodicStatistics.'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.'
  | 'InternetGatewayDevice.QueueManagement.'
  | 'InternetGatewayDevice.QueueManagement.App.{i}.'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.'
  | 'InternetGatewayDevice.QueueManagement.QueueStats.{i}.'
  | 'InternetGatewayDevice.Security.'
  | 'InternetGatewayDevice.Security.Certificate.{i}.'
  | 'InternetGatewayDevice.SelfTestDiagnostics.'
  | 'InternetGatewayDevice.Services.'
  | 'InternetGatewayDevice.SmartCardReader.{i}.'
  | 'InternetGatewayDevice.SmartCardReader.{i}.SmartCard.'
  | 'InternetGatewayDevice.SoftwareModules.'
  | 'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.'
  | 'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.'
  | 'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.'
  | 'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Extensions.'
  | 'InternetGatewayDevice.Time.'
  | 'InternetGatewayDevice.TraceRouteDiagnostics.'
  | 'InternetGatewayDevice.TraceRouteDiagnostics.RouteHops.{i}.'
  | 'InternetGatewayDevice.UDPEchoConfig.'
  | 'InternetGatewayDevice.UPnP.'
  | 'InternetGatewayDevice.UPnP.Description.'
  | 'InternetGatewayDevice.UPnP.Description.DeviceDescription.{i}.'
  | 'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.'
  | 'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.'
  | 'InternetGatewayDevice.UPnP.Device.'
  | 'InternetGatewayDevice.UPnP.Device.Capabilities.'
  | 'InternetGatewayDevice.UPnP.Discovery.'
  | 'InternetGatewayDevice.UPnP.Discovery.Device.{i}.'
  | 'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.'
  | 'InternetGatewayDevice.UPnP.Discovery.Service.{i}.'
  | 'InternetGatewayDevice.USBHosts.'
  | 'InternetGatewayDevice.USBHosts.Host.{i}.'
  | 'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.'
  | 'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.'
  | 'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.Interface.{i}.'
  | 'InternetGatewayDevice.UploadDiagnostics.'
  | 'InternetGatewayDevice.User.{i}.'
  | 'InternetGatewayDevice.UserInterface.'
  | 'InternetGatewayDevice.UserInterface.LocalDisplay.'
  | 'InternetGatewayDevice.UserInterface.RemoteAccess.'
  | 'InternetGatewayDevice.WANDevice.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Connection.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANEthernetLinkConfig.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Stats.'
  | 'InternetGatewayDevice.XMPP.'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Stats.';

/** Multi-instance objects (tables), whose paths end with '{i}.'. */
export type TablePath =
  | 'InternetGatewayDevice.BulkData.Profile.{i}.'
  | 'InternetGatewayDevice.BulkData.Profile.{i}.Parameter.{i}.'
  | 'InternetGatewayDevice.DNS.SD.Service.{i}.'
  | 'InternetGatewayDevice.DNS.SD.Service.{i}.TextRecord.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.Location.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.Processor.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.'
  | 'InternetGatewayDevice.DeviceInfo.VendorLogFile.{i}.'
  | 'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.'
  | 'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.'
  | 'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.'
  | 'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.'
  | 'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.'
  | 'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.'
  | 'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.'
  | 'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.'
  | 'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.'
  | 'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.'
  | 'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPKey.{i}.'
  | 'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}.'
  | 'InternetGatewayDevice.LANInterfaces.LANEthernetInterfaceConfig.{i}.'
  | 'InternetGatewayDevice.LANInterfaces.LANUSBInterfaceConfig.{i}.'
  | 'InternetGatewayDevice.LANInterfaces.WLANConfiguration.{i}.'
  | 'InternetGatewayDevice.Layer2Bridging.AvailableInterface.{i}.'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.'
  | 'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.'
  | 'InternetGatewayDevice.Layer2Bridging.Filter.{i}.'
  | 'InternetGatewayDevice.Layer2Bridging.Marking.{i}.'
  | 'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.'
  | 'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.'
  | 'InternetGatewayDevice.ManagementServer.InformParameter.{i}.'
  | 'InternetGatewayDevice.ManagementServer.ManageableDevice.{i}.'
  | 'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.'
  | 'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.'
  | 'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.'
  | 'InternetGatewayDevice.QueueManagement.App.{i}.'
  | 'InternetGatewayDevice.QueueManagement.Classification.{i}.'
  | 'InternetGatewayDevice.QueueManagement.Flow.{i}.'
  | 'InternetGatewayDevice.QueueManagement.Policer.{i}.'
  | 'InternetGatewayDevice.QueueManagement.Queue.{i}.'
  | 'InternetGatewayDevice.QueueManagement.QueueStats.{i}.'
  | 'InternetGatewayDevice.Security.Certificate.{i}.'
  | 'InternetGatewayDevice.SmartCardReader.{i}.'
  | 'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.'
  | 'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.'
  | 'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.'
  | 'InternetGatewayDevice.TraceRouteDiagnostics.RouteHops.{i}.'
  | 'InternetGatewayDevice.UPnP.Description.DeviceDescription.{i}.'
  | 'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.'
  | 'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.'
  | 'InternetGatewayDevice.UPnP.Discovery.Device.{i}.'
  | 'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.'
  | 'InternetGatewayDevice.UPnP.Discovery.Service.{i}.'
  | 'InternetGatewayDevice.USBHosts.Host.{i}.'
  | 'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.'
  | 'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.'
  | 'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.Interface.{i}.'
  | 'InternetGatewayDevice.User.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Connection.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.'
  | 'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.'
  | 'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.';
