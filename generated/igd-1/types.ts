// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model InternetGatewayDevice:1.14 from tr-098-1-8-0.xml
// Sources (sha256):
//   6f511cd72f4fc53e96f1751c97022a59dfefb252a104e7c3ec7ace3a91da5cad  tr-069-1-0-0.xml
//   903203d93b49bf58b96a678c4496b683dd15ef8e6a1aee0860635ca94442db94  tr-069-1-1-0-biblio.xml
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   c7e8341910784b3894dd54583e1b1afdc144a8d1f94003f97ffee15b97a0d116  tr-098-1-0-0.xml
//   bb108fbf13fe11c8da02a26883c044710fa4c4838f29861065082834166445cb  tr-098-1-1-0.xml
//   388d741f2419c0dd7519ec4ef118e002dae441adf0125fc9f673a70fce67eb7d  tr-098-1-2-1.xml
//   a1a6447a899190298a2c6a872244e963b18900038634602c78700a8157fe01b4  tr-098-1-3-0.xml
//   0163dfa50fed9d11e5a1d742c0382dda8e4640be2668fa509fd1f596de782644  tr-098-1-4-0.xml
//   2cd5a7ca1e7bec1ced74187b21ba33e29636973178b57e8965c2b2ea39d8409c  tr-098-1-5-0.xml
//   3e9dea82718498077a189fd5ee84a8b09b241ba398f17bbca01148a4b1c749df  tr-098-1-6-0.xml
//   3094fc5676a3d9c7bc59b5365e94e8cadc19be927215437af73fa778290a4bfc  tr-098-1-7-0.xml
//   19378c921e4764d2f713874498eeedeb1445e7259db8f15e412926df4c2ffaf0  tr-098-1-8-0.xml
//   1d3547a83b2fda25cc84ef6d6229b5ca8b4b3c9b0b03f47ba1f815e1fc28eb97  tr-106-1-0-0-types.xml
//   5d689a7bcd59fb4c19440af00fbdbad52b1a1dd4e7c1144e04e4900a9ab1e648  tr-106-1-0-0.xml
//   439441809b85b4846de8836fc5c764d338db6f209c6a5f9a7173ad40a6691e30  tr-106-1-1-0.xml
//   cdfa038125e9b59167dd061fd88c1c3473c756a22637b3532a4f77e8afa72851  tr-106-1-2-0.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml
//   733ad47be169e163533b7290f6a6d943124e59da4ae7d97fb85daa4eacccf33d  tr-143-1-0-2.xml
//   06717da7cd8421b9f5de55edbc30eb674be947c4b858425eb9e224d394ddeb69  tr-157-1-0-0.xml
//   c387a2a746df40236760e4ac8aab10d3a679bc13549e8509f26d25aa49de0c77  tr-157-1-1-0.xml
//   f16dfdd61c4b623db3047e0b1ab5f26022aaf749481c450c72c8bd058b8f0acc  tr-157-1-2-0.xml
//   c1af4d2af8b2c1622d30140ade6966781a4a3daa34105f638409eef9543e96cb  tr-157-1-3-0.xml
//   1784f11e4fed7f16dad5ebc09a7b9922f144dcf01663d95c9d6fd87118273e04  tr-157-1-4-0.xml
//   ce4166327fcc893105b9db894e326bcead1cd4f04695bff92f188b97339997bc  tr-157-1-5-0.xml
//   c5ddfdbf823eecfd886521564fba8db0987f6902c3d1112dc3a5d9668d8d2320  tr-157-1-6-0.xml
//   dc0215f69cd88fef814c1acc96065d1004e4376e33211f76147f9abd95d771a2  tr-157-1-7-0.xml
//   f7d4f77434907adb1edbcace98682a65f5b8aaea081acd1560d92298ea0a3add  tr-157-1-8-0.xml
//   62170f92c28d4f65995bb156665d8baec247c549be202ea0b11ed6974d600715  tr-157-1-9-0.xml
//   cb090f857cb80c2d52b250d65cae98f44fb5e80959a28271464d107b68454865  tr-181-1-0-0.xml
//   edbd54e948f95f94b9dd41e794b6a5a24dde571bb7f74a5ce936657a0d527465  tr-262-1-0-0.xml

/** InternetGatewayDevice. */
export interface InternetGatewayDevice {
  'BulkData'?: InternetGatewayDevice_BulkData;
  'Capabilities'?: InternetGatewayDevice_Capabilities;
  'CaptivePortal'?: InternetGatewayDevice_CaptivePortal;
  'DLNA'?: InternetGatewayDevice_DLNA;
  'DNS'?: InternetGatewayDevice_DNS;
  'DeviceConfig'?: InternetGatewayDevice_DeviceConfig;
  'DeviceInfo'?: InternetGatewayDevice_DeviceInfo;
  'DeviceSummary': string;
  'DownloadAvailability'?: InternetGatewayDevice_DownloadAvailability;
  'DownloadDiagnostics'?: InternetGatewayDevice_DownloadDiagnostics;
  'FAP'?: InternetGatewayDevice_FAP;
  'FaultMgmt'?: InternetGatewayDevice_FaultMgmt;
  'Firewall'?: InternetGatewayDevice_Firewall;
  'IPPingDiagnostics'?: InternetGatewayDevice_IPPingDiagnostics;
  'LANConfigSecurity'?: InternetGatewayDevice_LANConfigSecurity;
  'LANDevice'?: { [instance: number]: InternetGatewayDevice_LANDevice };
  'LANDeviceNumberOfEntries': number;
  'LANInterfaces'?: InternetGatewayDevice_LANInterfaces;
  'Layer2Bridging'?: InternetGatewayDevice_Layer2Bridging;
  'Layer3Forwarding'?: InternetGatewayDevice_Layer3Forwarding;
  'ManagementServer'?: InternetGatewayDevice_ManagementServer;
  'NSLookupDiagnostics'?: InternetGatewayDevice_NSLookupDiagnostics;
  'PeriodicStatistics'?: InternetGatewayDevice_PeriodicStatistics;
  'QueueManagement'?: InternetGatewayDevice_QueueManagement;
  'Security'?: InternetGatewayDevice_Security;
  'SelfTestDiagnostics'?: InternetGatewayDevice_SelfTestDiagnostics;
  'Services'?: InternetGatewayDevice_Services;
  'SmartCardReader'?: { [instance: number]: InternetGatewayDevice_SmartCardReader };
  'SmartCardReaderNumberOfEntries': number;
  'SoftwareModules'?: InternetGatewayDevice_SoftwareModules;
  'Time'?: InternetGatewayDevice_Time;
  'TraceRouteDiagnostics'?: InternetGatewayDevice_TraceRouteDiagnostics;
  'UDPEchoConfig'?: InternetGatewayDevice_UDPEchoConfig;
  'UPnP'?: InternetGatewayDevice_UPnP;
  'USBHosts'?: InternetGatewayDevice_USBHosts;
  'UploadDiagnostics'?: InternetGatewayDevice_UploadDiagnostics;
  'User'?: { [instance: number]: InternetGatewayDevice_User };
  'UserInterface'?: InternetGatewayDevice_UserInterface;
  'UserNumberOfEntries': number;
  'WANDevice'?: { [instance: number]: InternetGatewayDevice_WANDevice };
  'WANDeviceNumberOfEntries': number;
  'XMPP'?: InternetGatewayDevice_XMPP;
}

/** InternetGatewayDevice.BulkData. */
export interface InternetGatewayDevice_BulkData {
  'Enable': boolean;
  'EncodingTypes': readonly ("XML" | "XDR")[];
  'MaxNumberOfParameterReferences': number;
  'MaxNumberOfProfiles': number;
  'MinReportingInterval': number;
  'Profile'?: { [instance: number]: InternetGatewayDevice_BulkData_Profile };
  'ProfileNumberOfEntries': number;
  'Protocols': readonly ("Streaming" | "File")[];
  'Status': "Enabled" | "Disabled" | "Error";
}

/** InternetGatewayDevice.BulkData.Profile.{i}. */
export interface InternetGatewayDevice_BulkData_Profile {
  'Alias': string;
  'ControlFileFormat': string;
  'Enable': boolean;
  'EncodingType': string;
  'FileTransferPassword': string;
  'FileTransferURL': string;
  'FileTransferUsername': string;
  'Parameter'?: { [instance: number]: InternetGatewayDevice_BulkData_Profile_Parameter };
  'ParameterNumberOfEntries': number;
  'Protocol': string;
  'ReportingInterval': number;
  'StreamingHost': string;
  'StreamingPort': number;
  'StreamingSessionID': number;
  'TimeReference': string;
}

/** InternetGatewayDevice.BulkData.Profile.{i}.Parameter.{i}. */
export interface InternetGatewayDevice_BulkData_Profile_Parameter {
  'Reference': string;
}

/** InternetGatewayDevice.Capabilities. */
export interface InternetGatewayDevice_Capabilities {
  'PerformanceDiagnostic'?: InternetGatewayDevice_Capabilities_PerformanceDiagnostic;
}

/** InternetGatewayDevice.Capabilities.PerformanceDiagnostic. */
export interface InternetGatewayDevice_Capabilities_PerformanceDiagnostic {
  'DownloadTransports': readonly ("HTTP" | "FTP")[];
  'UploadTransports': readonly ("HTTP" | "FTP")[];
}

/** InternetGatewayDevice.CaptivePortal. */
export interface InternetGatewayDevice_CaptivePortal {
  'AllowedList': readonly string[];
  'CaptivePortalURL': string;
  'Enable': boolean;
  'Status': "Disabled" | "Enabled" | "Error_URLEmpty" | "Error";
}

/** InternetGatewayDevice.DLNA. */
export interface InternetGatewayDevice_DLNA {
  'Capabilities'?: InternetGatewayDevice_DLNA_Capabilities;
}

/** InternetGatewayDevice.DLNA.Capabilities. */
export interface InternetGatewayDevice_DLNA_Capabilities {
  'AVClassProfileID': readonly string[];
  'AudioClassProfileID': readonly string[];
  'DeviceCapability': readonly string[];
  'HIDDeviceClass': readonly string[];
  'HNDDeviceClass': readonly string[];
  'ImageClassProfileID': readonly string[];
  'MediaCollectionProfileID': readonly string[];
  'PrinterClassProfileID': readonly string[];
}

/** InternetGatewayDevice.DNS. */
export interface InternetGatewayDevice_DNS {
  'SD'?: InternetGatewayDevice_DNS_SD;
}

/** InternetGatewayDevice.DNS.SD. */
export interface InternetGatewayDevice_DNS_SD {
  'Enable': boolean;
  'Service'?: { [instance: number]: InternetGatewayDevice_DNS_SD_Service };
  'ServiceNumberOfEntries': number;
}

/** InternetGatewayDevice.DNS.SD.Service.{i}. */
export interface InternetGatewayDevice_DNS_SD_Service {
  'ApplicationProtocol': string;
  'Domain': string;
  'Host': readonly string[];
  'InstanceName': string;
  'LastUpdate': string;
  'Port': number;
  'Priority': number;
  'Status': "LeaseActive" | "GoodbyeReceived" | "LeaseExpired";
  'Target': string;
  'TextRecord'?: { [instance: number]: InternetGatewayDevice_DNS_SD_Service_TextRecord };
  'TextRecordNumberOfEntries': number;
  'TimeToLive': number;
  'TransportProtocol': "TCP" | "UDP";
  'Weight': number;
}

/** InternetGatewayDevice.DNS.SD.Service.{i}.TextRecord.{i}. */
export interface InternetGatewayDevice_DNS_SD_Service_TextRecord {
  'Key': string;
  'Value': string;
}

/** InternetGatewayDevice.DeviceConfig. */
export interface InternetGatewayDevice_DeviceConfig {
  'ConfigFile': string;
  'PersistentData': string;
}

/** InternetGatewayDevice.DeviceInfo. */
export interface InternetGatewayDevice_DeviceInfo {
  'AdditionalHardwareVersion': readonly string[];
  'AdditionalSoftwareVersion': readonly string[];
  'Description': string;
  'DeviceCategory': readonly string[];
  'DeviceLog': string;
  'EnabledOptions': readonly string[];
  'FirstUseDate': string;
  'HardwareVersion': string;
  'Location'?: { [instance: number]: InternetGatewayDevice_DeviceInfo_Location };
  'LocationNumberOfEntries': number;
  'Manufacturer': string;
  'ManufacturerOUI': string;
  'MemoryStatus'?: InternetGatewayDevice_DeviceInfo_MemoryStatus;
  'ModelName': string;
  'ModelNumber': string;
  'ModemFirmwareVersion': string;
  'NetworkProperties'?: InternetGatewayDevice_DeviceInfo_NetworkProperties;
  'ProcessStatus'?: InternetGatewayDevice_DeviceInfo_ProcessStatus;
  'Processor'?: { [instance: number]: InternetGatewayDevice_DeviceInfo_Processor };
  'ProcessorNumberOfEntries': number;
  'ProductClass': string;
  'ProvisioningCode': string;
  'ProxierInfo'?: InternetGatewayDevice_DeviceInfo_ProxierInfo;
  'SerialNumber': string;
  'SoftwareVersion': string;
  'SpecVersion': string;
  'SupportedDataModel'?: { [instance: number]: InternetGatewayDevice_DeviceInfo_SupportedDataModel };
  'SupportedDataModelNumberOfEntries': number;
  'TemperatureStatus'?: InternetGatewayDevice_DeviceInfo_TemperatureStatus;
  'UpTime': number;
  'VendorConfigFile'?: { [instance: number]: InternetGatewayDevice_DeviceInfo_VendorConfigFile };
  'VendorConfigFileNumberOfEntries': number;
  'VendorLogFile'?: { [instance: number]: InternetGatewayDevice_DeviceInfo_VendorLogFile };
  'VendorLogFileNumberOfEntries': number;
}

/** InternetGatewayDevice.DeviceInfo.Location.{i}. */
export interface InternetGatewayDevice_DeviceInfo_Location {
  'AcquiredTime': string;
  'DataObject': string;
  'ExternalProtocol': "" | "CWMP" | "OMA-DM" | "SNMP" | "UPnP" | "HELD" | "DHCPv4" | "DHCPv6" | "LLDP-MED" | "MLP" | "Other";
  'ExternalSource': string;
  'Source': "GPS" | "AGPS" | "Manual" | "External";
}

/** InternetGatewayDevice.DeviceInfo.MemoryStatus. */
export interface InternetGatewayDevice_DeviceInfo_MemoryStatus {
  'Free': number;
  'Total': number;
}

/** InternetGatewayDevice.DeviceInfo.NetworkProperties. */
export interface InternetGatewayDevice_DeviceInfo_NetworkProperties {
  'MaxTCPWindowSize': number;
  'TCPImplementation': readonly ("Tahoe" | "Reno" | "New Reno" | "Vegas")[];
}

/** InternetGatewayDevice.DeviceInfo.ProcessStatus. */
export interface InternetGatewayDevice_DeviceInfo_ProcessStatus {
  'CPUUsage': number;
  'Process'?: { [instance: number]: InternetGatewayDevice_DeviceInfo_ProcessStatus_Process };
  'ProcessNumberOfEntries': number;
}

/** InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}. */
export interface InternetGatewayDevice_DeviceInfo_ProcessStatus_Process {
  'CPUTime': number;
  'Command': string;
  'PID': number;
  'Priority': number;
  'Size': number;
  'State': "Running" | "Sleeping" | "Stopped" | "Idle" | "Uninterruptible" | "Zombie";
}

/** InternetGatewayDevice.DeviceInfo.Processor.{i}. */
export interface InternetGatewayDevice_DeviceInfo_Processor {
  'Alias': string;
  'Architecture': "arm" | "i386" | "m68010" | "m68k" | "mipseb" | "mipsel" | "powerpc" | "sh3eb" | "sh3el" | "x86_64";
}

/** InternetGatewayDevice.DeviceInfo.ProxierInfo. */
export interface InternetGatewayDevice_DeviceInfo_ProxierInfo {
  'ManufacturerOUI': string;
  'ProductClass': string;
  'ProxyProtocol': "Z-Wave" | "ZigBee" | "UPnP-DM" | "ETSI-M2M";
  'SerialNumber': string;
}

/** InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}. */
export interface InternetGatewayDevice_DeviceInfo_SupportedDataModel {
  'Alias': string;
  'Features': readonly string[];
  'URL': string;
  'URN': string;
  'UUID': string;
}

/** InternetGatewayDevice.DeviceInfo.TemperatureStatus. */
export interface InternetGatewayDevice_DeviceInfo_TemperatureStatus {
  'TemperatureSensor'?: { [instance: number]: InternetGatewayDevice_DeviceInfo_TemperatureStatus_TemperatureSensor };
  'TemperatureSensorNumberOfEntries': number;
}

/** InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}. */
export interface InternetGatewayDevice_DeviceInfo_TemperatureStatus_TemperatureSensor {
  'Alias': string;
  'Enable': boolean;
  'HighAlarmTime': string;
  'HighAlarmValue': number;
  'LastUpdate': string;
  'LowAlarmTime': string;
  'LowAlarmValue': number;
  'MaxTime': string;
  'MaxValue': number;
  'MinTime': string;
  'MinValue': number;
  'Name': string;
  'PollingInterval': number;
  'Reset': boolean;
  'ResetTime': string;
  'Status': "Disabled" | "Enabled" | "Error";
  'Value': number;
}

/** InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}. */
export interface InternetGatewayDevice_DeviceInfo_VendorConfigFile {
  'Alias': string;
  'Date': string;
  'Description': string;
  'Name': string;
  'Version': string;
}

/** InternetGatewayDevice.DeviceInfo.VendorLogFile.{i}. */
export interface InternetGatewayDevice_DeviceInfo_VendorLogFile {
  'Alias': string;
  'MaximumSize': number;
  'Name': string;
  'Persistent': boolean;
}

/** InternetGatewayDevice.DownloadAvailability. */
export interface InternetGatewayDevice_DownloadAvailability {
  'Announcement'?: InternetGatewayDevice_DownloadAvailability_Announcement;
  'Query'?: InternetGatewayDevice_DownloadAvailability_Query;
}

/** InternetGatewayDevice.DownloadAvailability.Announcement. */
export interface InternetGatewayDevice_DownloadAvailability_Announcement {
  'Enable': boolean;
  'Group'?: { [instance: number]: InternetGatewayDevice_DownloadAvailability_Announcement_Group };
  'GroupNumberOfEntries': number;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}. */
export interface InternetGatewayDevice_DownloadAvailability_Announcement_Group {
  'Alias': string;
  'Enable': boolean;
  'Status': "Disabled" | "Enabled" | "Error";
  'URL': string;
}

/** InternetGatewayDevice.DownloadAvailability.Query. */
export interface InternetGatewayDevice_DownloadAvailability_Query {
  'Enable': boolean;
  'Status': "Disabled" | "Enabled" | "Error";
  'URL': string;
}

/** InternetGatewayDevice.DownloadDiagnostics. */
export interface InternetGatewayDevice_DownloadDiagnostics {
  'BOMTime': string;
  'DSCP': number;
  'DiagnosticsState': "None" | "Requested" | "Completed" | "Error_InitConnectionFailed" | "Error_NoResponse" | "Error_TransferFailed" | "Error_PasswordRequestFailed" | "Error_LoginFailed" | "Error_NoTransferMode" | "Error_NoPASV" | "Error_IncorrectSize" | "Error_Timeout";
  'DownloadURL': string;
  'EOMTime': string;
  'EthernetPriority': number;
  'Interface': string;
  'ROMTime': string;
  'TCPOpenRequestTime': string;
  'TCPOpenResponseTime': string;
  'TestBytesReceived': number;
  'TotalBytesReceived': number;
}

/** InternetGatewayDevice.FAP. */
export interface InternetGatewayDevice_FAP {
  'ApplicationPlatform'?: InternetGatewayDevice_FAP_ApplicationPlatform;
  'GPS'?: InternetGatewayDevice_FAP_GPS;
  'PerfMgmt'?: InternetGatewayDevice_FAP_PerfMgmt;
  'Tunnel'?: InternetGatewayDevice_FAP_Tunnel;
}

/** InternetGatewayDevice.FAP.ApplicationPlatform. */
export interface InternetGatewayDevice_FAP_ApplicationPlatform {
  'Capabilities'?: InternetGatewayDevice_FAP_ApplicationPlatform_Capabilities;
  'Control'?: InternetGatewayDevice_FAP_ApplicationPlatform_Control;
  'CurrentNumberofApplications': number;
  'Enable': boolean;
  'MaxNumberOfApplications': number;
  'Monitoring'?: InternetGatewayDevice_FAP_ApplicationPlatform_Monitoring;
  'Status': "Disabled" | "Enabled" | "Reset" | "Initializing";
  'Version': string;
}

/** InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities. */
export interface InternetGatewayDevice_FAP_ApplicationPlatform_Capabilities {
  'AccessLevelsSupported': readonly ("Guest" | "Standard" | "Restricted" | "Administrator" | "Debug")[];
  'AuthenticationMethodsSupported': readonly ("Basic" | "Digest" | "DigitalSignature")[];
  'FemtoAwarenessAPISupport': boolean;
  'MMSAPISupport': boolean;
  'PresenceApplicationSupport': boolean;
  'QueryMMSDeliveryStatusSupport': boolean;
  'QuerySMSDeliveryStatusSupport': boolean;
  'SMSAPISupport': boolean;
  'SendMMSTargetAddressType': readonly ("TelUri" | "AnonymousReference" | "All")[];
  'SendSMSTargetAddressType': readonly ("TelUri" | "AnonymousReference" | "All")[];
  'SubscribeToNotificationsOfMMSSentToApplicationSupport': boolean;
  'SubscribeToNotificationsOfSMSSentToApplicationSupport': boolean;
  'TerminalLocationAPISupport': boolean;
}

/** InternetGatewayDevice.FAP.ApplicationPlatform.Control. */
export interface InternetGatewayDevice_FAP_ApplicationPlatform_Control {
  'AuthenticationMethod': string;
  'FemtoAwareness'?: InternetGatewayDevice_FAP_ApplicationPlatform_Control_FemtoAwareness;
  'MMS'?: InternetGatewayDevice_FAP_ApplicationPlatform_Control_MMS;
  'SMS'?: InternetGatewayDevice_FAP_ApplicationPlatform_Control_SMS;
  'TerminalLocation'?: InternetGatewayDevice_FAP_ApplicationPlatform_Control_TerminalLocation;
  'TunnelInst': string;
}

/** InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness. */
export interface InternetGatewayDevice_FAP_ApplicationPlatform_Control_FemtoAwareness {
  'APIEnable': boolean;
  'FemtozoneID': string;
  'MaxAPIUsersNumber': number;
  'NotificationsUserIdentifierMSISDN': boolean;
  'QueryFemtocellResponseTimezone': boolean;
  'QueueEnable': boolean;
  'Queueing': "FiFo" | "Priority";
  'SubscribeToNotificationsResponseCallbackData': boolean;
}

/** InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS. */
export interface InternetGatewayDevice_FAP_ApplicationPlatform_Control_MMS {
  'APIEnable': boolean;
  'EnableQueryMMSDeliveryStatus': boolean;
  'EnableSubscribeToNotificationsOfMessageSentToApplication': boolean;
  'MaxAPIUsersNumber': number;
  'MinSendMMSTimeInterval': number;
  'QueueEnable': boolean;
  'Queueing': "FiFo" | "Priority";
}

/** InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS. */
export interface InternetGatewayDevice_FAP_ApplicationPlatform_Control_SMS {
  'APIEnable': boolean;
  'EnableQuerySMSDeliveryStatus': boolean;
  'EnableSubscribeToNotificationsOfMessageSentToApplication': boolean;
  'MaxAPIUsersNumber': number;
  'MinSendSMSTimeInterval': number;
  'QueueEnable': boolean;
  'Queueing': "FiFo" | "Priority";
}

/** InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation. */
export interface InternetGatewayDevice_FAP_ApplicationPlatform_Control_TerminalLocation {
  'APIEnable': boolean;
  'MaxAPIUsersNumber': number;
  'QueryMobileLocationResponseAddress': "TelUri" | "AnonymousReference";
  'QueryMobileLocationResponseAltitude': boolean;
  'QueryMobileLocationResponseLongitudeLatitude': boolean;
  'QueryMobileLocationResponseTimestamp': number;
  'QueueEnable': boolean;
  'Queueing': "FiFo" | "Priority";
}

/** InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring. */
export interface InternetGatewayDevice_FAP_ApplicationPlatform_Monitoring {
  'AuthenticationRequestsReceived': number;
  'AuthenticationRequestsRejected': number;
  'Enable': boolean;
  'FemtoAwareness'?: InternetGatewayDevice_FAP_ApplicationPlatform_Monitoring_FemtoAwareness;
  'MMS'?: InternetGatewayDevice_FAP_ApplicationPlatform_Monitoring_MMS;
  'MonitoringInterval': number;
  'SMS'?: InternetGatewayDevice_FAP_ApplicationPlatform_Monitoring_SMS;
  'TerminalLocation'?: InternetGatewayDevice_FAP_ApplicationPlatform_Monitoring_TerminalLocation;
}

/** InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness. */
export interface InternetGatewayDevice_FAP_ApplicationPlatform_Monitoring_FemtoAwareness {
  'APIAvailable': boolean;
  'APIUsers': number;
  'QueueDiscarded': number;
  'QueueNum': number;
  'QueueReceived': number;
  'QueueState': "Disabled" | "Ready" | "Flushed";
}

/** InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS. */
export interface InternetGatewayDevice_FAP_ApplicationPlatform_Monitoring_MMS {
  'APIAvailable': boolean;
  'APIUsers': number;
  'QueueDiscarded': number;
  'QueueNum': number;
  'QueueReceived': number;
  'QueueState': "Disabled" | "Ready" | "Flushed";
}

/** InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS. */
export interface InternetGatewayDevice_FAP_ApplicationPlatform_Monitoring_SMS {
  'APIAvailable': boolean;
  'APIUsers': number;
  'QueueDiscarded': number;
  'QueueNum': number;
  'QueueReceived': number;
  'QueueState': "Disabled" | "Ready" | "Flushed";
}

/** InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation. */
export interface InternetGatewayDevice_FAP_ApplicationPlatform_Monitoring_TerminalLocation {
  'APIAvailable': boolean;
  'APIUsers': number;
  'QueueDiscarded': number;
  'QueueNum': number;
  'QueueReceived': number;
  'QueueState': "Disabled" | "Ready" | "Flushed";
}

/** InternetGatewayDevice.FAP.GPS. */
export interface InternetGatewayDevice_FAP_GPS {
  'AGPSServerConfig'?: InternetGatewayDevice_FAP_GPS_AGPSServerConfig;
  'ContinuousGPS': boolean;
  'ContinuousGPSStatus'?: InternetGatewayDevice_FAP_GPS_ContinuousGPSStatus;
  'ErrorDetails': string;
  'GPSReset': boolean;
  'LastScanTime': string;
  'LastSuccessfulScanTime': string;
  'LockedLatitude': number;
  'LockedLongitude': number;
  'NumberOfSatellites': number;
  'PeriodicInterval': number;
  'PeriodicTime': string;
  'ScanOnBoot': boolean;
  'ScanPeriodically': boolean;
  'ScanStatus': "Indeterminate" | "InProgress" | "Success" | "Error" | "Error_TIMEOUT";
  'ScanTimeout': number;
}

/** InternetGatewayDevice.FAP.GPS.AGPSServerConfig. */
export interface InternetGatewayDevice_FAP_GPS_AGPSServerConfig {
  'Enable': boolean;
  'Password': string;
  'ReferenceLatitude': number;
  'ReferenceLongitude': number;
  'ServerInUse': boolean;
  'ServerPort': number;
  'ServerURL': string;
  'Username': string;
}

/** InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus. */
export interface InternetGatewayDevice_FAP_GPS_ContinuousGPSStatus {
  'CurrentFix': boolean;
  'Elevation': number;
  'FirstFixTimeout': number;
  'GotFix': boolean;
  'LastFixDuration': number;
  'LastFixTime': string;
  'Latitude': number;
  'LocationType': "Real" | "Reference";
  'LockTimeOutDuration': number;
  'Longitude': number;
  'ReceiverStatus': string;
  'SatelliteTrackingInterval': number;
  'SatellitesTracked': number;
  'TimingGood': boolean;
}

/** InternetGatewayDevice.FAP.PerfMgmt. */
export interface InternetGatewayDevice_FAP_PerfMgmt {
  'Config'?: { [instance: number]: InternetGatewayDevice_FAP_PerfMgmt_Config };
  'ConfigNumberOfEntries': number;
}

/** InternetGatewayDevice.FAP.PerfMgmt.Config.{i}. */
export interface InternetGatewayDevice_FAP_PerfMgmt_Config {
  'Alias': string;
  'Enable': boolean;
  'Password': string;
  'PeriodicUploadInterval': number;
  'PeriodicUploadTime': string;
  'URL': string;
  'Username': string;
}

/** InternetGatewayDevice.FAP.Tunnel. */
export interface InternetGatewayDevice_FAP_Tunnel {
  'ChildSA'?: { [instance: number]: InternetGatewayDevice_FAP_Tunnel_ChildSA };
  'ChildSANumberOfEntries': number;
  'CryptoProfile'?: { [instance: number]: InternetGatewayDevice_FAP_Tunnel_CryptoProfile };
  'CryptoProfileNumberOfEntries': number;
  'IKESA'?: { [instance: number]: InternetGatewayDevice_FAP_Tunnel_IKESA };
  'IKESANumberOfEntries': number;
  'MaxChildSAPerIKE': number;
  'MaxIKESessions': number;
  'MaxVirtualInterfaces': number;
  'UseForCWMP': boolean;
  'VirtualInterface'?: { [instance: number]: InternetGatewayDevice_FAP_Tunnel_VirtualInterface };
  'VirtualInterfaceNumberOfEntries': number;
}

/** InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}. */
export interface InternetGatewayDevice_FAP_Tunnel_ChildSA {
  'CreationTime': string;
  'DirectionOutbound': boolean;
  'IntegrityErrors': number;
  'ParentID': string;
  'ReplayErrors': number;
  'SPI': number;
  'Traffic': number;
}

/** InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}. */
export interface InternetGatewayDevice_FAP_Tunnel_CryptoProfile {
  'Alias': string;
  'AuthMethod': string;
  'DPDTimer': number;
  'ESPEncrypt': readonly ("3DES-CBC" | "AES-CBC" | "Null")[];
  'ESPIntegrity': readonly ("HMAC-SHA1-96" | "AES-XCBC-MAC-96")[];
  'Enable': boolean;
  'IKEDH': readonly ("1024" | "2048")[];
  'IKEEncrypt': readonly ("3DES-CBC" | "AES-CBC")[];
  'IKEIntegrity': readonly ("HMAC-SHA1-96" | "AES-XCBC-MAC-96")[];
  'IKEPRF': readonly ("HMAC-SHA1" | "AES-XCBC-PRF-128")[];
  'IKERekeyLifetime': number;
  'IPsecRekeyLifetimeByte': number;
  'IPsecRekeyLifetimeTime': number;
  'IPsecWindowSize': number;
  'MaxChildSA': number;
  'NATTKeepaliveTimer': number;
  'SecDFBit': "On" | "Off";
  'SecMaxFragSize': number;
}

/** InternetGatewayDevice.FAP.Tunnel.IKESA.{i}. */
export interface InternetGatewayDevice_FAP_Tunnel_IKESA {
  'AuthErrors': number;
  'CreationTime': string;
  'DHCPServers': readonly string[];
  'DNSServers': readonly string[];
  'IPAddress': string;
  'IntegrityErrors': number;
  'OtherErrors': number;
  'PeerAddress': string;
  'Status': "Disabled" | "Active" | "Completed" | "Progressing" | "Error";
  'SubnetMask': string;
}

/** InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}. */
export interface InternetGatewayDevice_FAP_Tunnel_VirtualInterface {
  'Alias': string;
  'CryptoProfile': string;
  'DSCPMarkPolicy': number;
  'Enable': boolean;
}

/** InternetGatewayDevice.FaultMgmt. */
export interface InternetGatewayDevice_FaultMgmt {
  'CurrentAlarm'?: { [instance: number]: InternetGatewayDevice_FaultMgmt_CurrentAlarm };
  'CurrentAlarmNumberOfEntries': number;
  'ExpeditedEvent'?: { [instance: number]: InternetGatewayDevice_FaultMgmt_ExpeditedEvent };
  'ExpeditedEventNumberOfEntries': number;
  'HistoryEvent'?: { [instance: number]: InternetGatewayDevice_FaultMgmt_HistoryEvent };
  'HistoryEventNumberOfEntries': number;
  'MaxCurrentAlarmEntries': number;
  'QueuedEvent'?: { [instance: number]: InternetGatewayDevice_FaultMgmt_QueuedEvent };
  'QueuedEventNumberOfEntries': number;
  'SupportedAlarm'?: { [instance: number]: InternetGatewayDevice_FaultMgmt_SupportedAlarm };
  'SupportedAlarmNumberOfEntries': number;
}

/** InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}. */
export interface InternetGatewayDevice_FaultMgmt_CurrentAlarm {
  'AdditionalInformation': string;
  'AdditionalText': string;
  'AlarmChangedTime': string;
  'AlarmIdentifier': string;
  'AlarmRaisedTime': string;
  'EventType': string;
  'ManagedObjectInstance': string;
  'PerceivedSeverity': "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  'ProbableCause': string;
  'SpecificProblem': string;
}

/** InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}. */
export interface InternetGatewayDevice_FaultMgmt_ExpeditedEvent {
  'AdditionalInformation': string;
  'AdditionalText': string;
  'AlarmIdentifier': string;
  'EventTime': string;
  'EventType': string;
  'ManagedObjectInstance': string;
  'NotificationType': "NewAlarm" | "ChangedAlarm" | "ClearedAlarm";
  'PerceivedSeverity': "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  'ProbableCause': string;
  'SpecificProblem': string;
}

/** InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}. */
export interface InternetGatewayDevice_FaultMgmt_HistoryEvent {
  'AdditionalInformation': string;
  'AdditionalText': string;
  'AlarmIdentifier': string;
  'EventTime': string;
  'EventType': string;
  'ManagedObjectInstance': string;
  'NotificationType': "NewAlarm" | "ChangedAlarm" | "ClearedAlarm";
  'PerceivedSeverity': "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  'ProbableCause': string;
  'SpecificProblem': string;
}

/** InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}. */
export interface InternetGatewayDevice_FaultMgmt_QueuedEvent {
  'AdditionalInformation': string;
  'AdditionalText': string;
  'AlarmIdentifier': string;
  'EventTime': string;
  'EventType': string;
  'ManagedObjectInstance': string;
  'NotificationType': "NewAlarm" | "ChangedAlarm" | "ClearedAlarm";
  'PerceivedSeverity': "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  'ProbableCause': string;
  'SpecificProblem': string;
}

/** InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}. */
export interface InternetGatewayDevice_FaultMgmt_SupportedAlarm {
  'EventType': string;
  'PerceivedSeverity': "" | "*" | "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  'ProbableCause': string;
  'ReportingMechanism': "0 Expedited" | "1 Queued" | "2 Logged" | "3 Disabled";
  'SpecificProblem': string;
}

/** InternetGatewayDevice.Firewall. */
export interface InternetGatewayDevice_Firewall {
  'Config': "High" | "Low" | "Off";
  'LastChange': string;
  'Version': string;
}

/** InternetGatewayDevice.IPPingDiagnostics. */
export interface InternetGatewayDevice_IPPingDiagnostics {
  'AverageResponseTime': number;
  'DSCP': number;
  'DataBlockSize': number;
  'DiagnosticsState': "None" | "Requested" | "Complete" | "Error_CannotResolveHostName" | "Error_Internal" | "Error_Other";
  'FailureCount': number;
  'Host': string;
  'Interface': string;
  'MaximumResponseTime': number;
  'MinimumResponseTime': number;
  'NumberOfRepetitions': number;
  'SuccessCount': number;
  'Timeout': number;
}

/** InternetGatewayDevice.LANConfigSecurity. */
export interface InternetGatewayDevice_LANConfigSecurity {
  'ConfigPassword': string;
}

/** InternetGatewayDevice.LANDevice.{i}. */
export interface InternetGatewayDevice_LANDevice {
  'Alias': string;
  'Hosts'?: InternetGatewayDevice_LANDevice_Hosts;
  'LANEthernetInterfaceConfig'?: { [instance: number]: InternetGatewayDevice_LANDevice_LANEthernetInterfaceConfig };
  'LANEthernetInterfaceNumberOfEntries': number;
  'LANHostConfigManagement'?: InternetGatewayDevice_LANDevice_LANHostConfigManagement;
  'LANUSBInterfaceConfig'?: { [instance: number]: InternetGatewayDevice_LANDevice_LANUSBInterfaceConfig };
  'LANUSBInterfaceNumberOfEntries': number;
  'LANWLANConfigurationNumberOfEntries': number;
  'WLANConfiguration'?: { [instance: number]: InternetGatewayDevice_LANDevice_WLANConfiguration };
}

/** InternetGatewayDevice.LANDevice.{i}.Hosts. */
export interface InternetGatewayDevice_LANDevice_Hosts {
  'Host'?: { [instance: number]: InternetGatewayDevice_LANDevice_Hosts_Host };
  'HostNumberOfEntries': number;
}

/** InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}. */
export interface InternetGatewayDevice_LANDevice_Hosts_Host {
  'Active': boolean;
  'AddressSource': "DHCP" | "Static" | "AutoIP";
  'ClientID': string;
  'HostName': string;
  'IPAddress': string;
  'InterfaceType': "Ethernet" | "USB" | "802.11" | "HomePNA" | "HomePlug" | "MoCA" | "Other";
  'Layer2Interface': string;
  'LeaseTimeRemaining': number;
  'MACAddress': string;
  'UserClassID': string;
  'VendorClassID': string;
}

/** InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}. */
export interface InternetGatewayDevice_LANDevice_LANEthernetInterfaceConfig {
  'Alias': string;
  'DuplexMode': "Half" | "Full" | "Auto";
  'Enable': boolean;
  'MACAddress': string;
  'MACAddressControlEnabled': boolean;
  'MaxBitRate': "10" | "100" | "1000" | "10000" | "Auto";
  'Name': string;
  'Stats'?: InternetGatewayDevice_LANDevice_LANEthernetInterfaceConfig_Stats;
  'Status': "Up" | "NoLink" | "Error" | "Disabled";
}

/** InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats. */
export interface InternetGatewayDevice_LANDevice_LANEthernetInterfaceConfig_Stats {
  'BroadcastPacketsReceived': number;
  'BroadcastPacketsSent': number;
  'BytesReceived': number;
  'BytesSent': number;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': number;
  'MulticastPacketsSent': number;
  'PacketsReceived': number;
  'PacketsSent': number;
  'UnicastPacketsReceived': number;
  'UnicastPacketsSent': number;
  'UnknownProtoPacketsReceived': number;
}

/** InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement. */
export interface InternetGatewayDevice_LANDevice_LANHostConfigManagement {
  'AllowedMACAddresses': readonly string[];
  'AssociatedConnection': string;
  'DHCPConditionalPoolNumberOfEntries': number;
  'DHCPConditionalServingPool'?: { [instance: number]: InternetGatewayDevice_LANDevice_LANHostConfigManagement_DHCPConditionalServingPool };
  'DHCPLeaseTime': number;
  'DHCPOption'?: { [instance: number]: InternetGatewayDevice_LANDevice_LANHostConfigManagement_DHCPOption };
  'DHCPOptionNumberOfEntries': number;
  'DHCPRelay': boolean;
  'DHCPServerConfigurable': boolean;
  'DHCPServerEnable': boolean;
  'DHCPStaticAddress'?: { [instance: number]: InternetGatewayDevice_LANDevice_LANHostConfigManagement_DHCPStaticAddress };
  'DHCPStaticAddressNumberOfEntries': number;
  'DNSServers': readonly string[];
  'DomainName': string;
  'IPInterface'?: { [instance: number]: InternetGatewayDevice_LANDevice_LANHostConfigManagement_IPInterface };
  'IPInterfaceNumberOfEntries': number;
  'IPRouters': readonly string[];
  'MACAddress': string;
  'MaxAddress': string;
  'MinAddress': string;
  'PassthroughLease': number;
  'PassthroughMACAddress': string;
  'ReservedAddresses': readonly string[];
  'SubnetMask': string;
  'UseAllocatedWAN': "Normal" | "UseAllocatedSubnet" | "Passthrough";
}

/** InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}. */
export interface InternetGatewayDevice_LANDevice_LANHostConfigManagement_DHCPConditionalServingPool {
  'Alias': string;
  'AssociatedConnection': string;
  'Chaddr': string;
  'ChaddrExclude': boolean;
  'ChaddrMask': string;
  'ClientID': string;
  'ClientIDExclude': boolean;
  'DHCPLeaseTime': number;
  'DHCPOption'?: { [instance: number]: InternetGatewayDevice_LANDevice_LANHostConfigManagement_DHCPConditionalServingPool_DHCPOption };
  'DHCPOptionNumberOfEntries': number;
  'DHCPServerIPAddress': string;
  'DHCPStaticAddress'?: { [instance: number]: InternetGatewayDevice_LANDevice_LANHostConfigManagement_DHCPConditionalServingPool_DHCPStaticAddress };
  'DHCPStaticAddressNumberOfEntries': number;
  'DNSServers': readonly string[];
  'DomainName': string;
  'Enable': boolean;
  'IPRouters': readonly string[];
  'LocallyServed': boolean;
  'MaxAddress': string;
  'MinAddress': string;
  'PoolOrder': number;
  'ReservedAddresses': readonly string[];
  'SourceInterface': readonly string[];
  'SubnetMask': string;
  'UseAllocatedWAN': "Normal" | "Passthrough";
  'UserClassID': string;
  'UserClassIDExclude': boolean;
  'VendorClassID': string;
  'VendorClassIDExclude': boolean;
  'VendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
}

/** InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}. */
export interface InternetGatewayDevice_LANDevice_LANHostConfigManagement_DHCPConditionalServingPool_DHCPOption {
  'Alias': string;
  'Enable': boolean;
  'Tag': number;
  'Value': string;
}

/** InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}. */
export interface InternetGatewayDevice_LANDevice_LANHostConfigManagement_DHCPConditionalServingPool_DHCPStaticAddress {
  'Alias': string;
  'Chaddr': string;
  'Enable': boolean;
  'Yiaddr': string;
}

/** InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}. */
export interface InternetGatewayDevice_LANDevice_LANHostConfigManagement_DHCPOption {
  'Alias': string;
  'Enable': boolean;
  'Tag': number;
  'Value': string;
}

/** InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}. */
export interface InternetGatewayDevice_LANDevice_LANHostConfigManagement_DHCPStaticAddress {
  'Alias': string;
  'Chaddr': string;
  'Enable': boolean;
  'Yiaddr': string;
}

/** InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}. */
export interface InternetGatewayDevice_LANDevice_LANHostConfigManagement_IPInterface {
  'Alias': string;
  'Enable': boolean;
  'IPInterfaceAddressingType': "DHCP" | "Static" | "AutoIP";
  'IPInterfaceIPAddress': string;
  'IPInterfaceSubnetMask': string;
}

/** InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}. */
export interface InternetGatewayDevice_LANDevice_LANUSBInterfaceConfig {
  'Alias': string;
  'Enable': boolean;
  'MACAddress': string;
  'MACAddressControlEnabled': boolean;
  'Name': string;
  'Power': "Self" | "Bus" | "Unknown";
  'Rate': "Low" | "Full" | "High";
  'Standard': string;
  'Stats'?: InternetGatewayDevice_LANDevice_LANUSBInterfaceConfig_Stats;
  'Status': "Up" | "NoLink" | "Error" | "Disabled";
  'Type': "Host" | "Hub" | "Device";
}

/** InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats. */
export interface InternetGatewayDevice_LANDevice_LANUSBInterfaceConfig_Stats {
  'BroadcastPacketsReceived': number;
  'BroadcastPacketsSent': number;
  'BytesReceived': number;
  'BytesSent': number;
  'CellsReceived': number;
  'CellsSent': number;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': number;
  'MulticastPacketsSent': number;
  'UnicastPacketsReceived': number;
  'UnicastPacketsSent': number;
  'UnknownProtoPacketsReceived': number;
}

/** InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}. */
export interface InternetGatewayDevice_LANDevice_WLANConfiguration {
  'APWMMParameter'?: { [instance: number]: InternetGatewayDevice_LANDevice_WLANConfiguration_APWMMParameter };
  'Alias': string;
  'AssociatedDevice'?: { [instance: number]: InternetGatewayDevice_LANDevice_WLANConfiguration_AssociatedDevice };
  'AuthenticationServiceMode': "None" | "LinkAuthentication" | "RadiusClient";
  'AutoChannelEnable': boolean;
  'AutoRateFallBackEnabled': boolean;
  'BSSID': string;
  'BasicAuthenticationMode': "None" | "EAPAuthentication" | "SharedAuthentication";
  'BasicDataTransmitRates': readonly string[];
  'BasicEncryptionModes': "None" | "WEPEncryption";
  'BeaconAdvertisementEnabled': boolean;
  'BeaconType': "None" | "Basic" | "WPA" | "11i" | "BasicandWPA" | "Basicand11i" | "WPAand11i" | "BasicandWPAand11i";
  'Channel': number;
  'ChannelsInUse': readonly string[];
  'DeviceOperationMode': "InfrastructureAccessPoint" | "WirelessBridge" | "WirelessRepeater" | "WirelessStation";
  'DistanceFromRoot': number;
  'Enable': boolean;
  'IEEE11iAuthenticationMode': "PSKAuthentication" | "EAPAuthentication" | "EAPandPSKAuthentication";
  'IEEE11iEncryptionModes': "WEPEncryption" | "TKIPEncryption" | "WEPandTKIPEncryption" | "AESEncryption" | "WEPandAESEncryption" | "TKIPandAESEncryption" | "WEPandTKIPandAESEncryption";
  'InsecureOOBAccessEnabled': boolean;
  'KeyPassphrase': string;
  'LocationDescription': string;
  'MACAddressControlEnabled': boolean;
  'MaxBitRate': string;
  'Name': string;
  'OperationalDataTransmitRates': readonly string[];
  'PeerBSSID': string;
  'PossibleChannels': readonly string[];
  'PossibleDataTransmitRates': readonly string[];
  'PreSharedKey'?: { [instance: number]: InternetGatewayDevice_LANDevice_WLANConfiguration_PreSharedKey };
  'RadioEnabled': boolean;
  'RegulatoryDomain': string;
  'SSID': string;
  'SSIDAdvertisementEnabled': boolean;
  'STAWMMParameter'?: { [instance: number]: InternetGatewayDevice_LANDevice_WLANConfiguration_STAWMMParameter };
  'Standard': "a" | "b" | "g" | "g-only" | "n";
  'Stats'?: InternetGatewayDevice_LANDevice_WLANConfiguration_Stats;
  'Status': "Up" | "Error" | "Disabled";
  'TotalAssociations': number;
  'TotalBytesReceived': number;
  'TotalBytesSent': number;
  'TotalIntegrityFailures': number;
  'TotalPSKFailures': number;
  'TotalPacketsReceived': number;
  'TotalPacketsSent': number;
  'TransmitPower': number;
  'TransmitPowerSupported': readonly number[];
  'UAPSDEnable': boolean;
  'UAPSDSupported': boolean;
  'WEPEncryptionLevel': readonly ("Disabled" | "40-bit" | "104-bit")[];
  'WEPKey'?: { [instance: number]: InternetGatewayDevice_LANDevice_WLANConfiguration_WEPKey };
  'WEPKeyIndex': number;
  'WMMEnable': boolean;
  'WMMSupported': boolean;
  'WPAAuthenticationMode': "PSKAuthentication" | "EAPAuthentication";
  'WPAEncryptionModes': "WEPEncryption" | "TKIPEncryption" | "WEPandTKIPEncryption" | "AESEncryption" | "WEPandAESEncryption" | "TKIPandAESEncryption" | "WEPandTKIPandAESEncryption";
  'WPS'?: InternetGatewayDevice_LANDevice_WLANConfiguration_WPS;
}

/** InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}. */
export interface InternetGatewayDevice_LANDevice_WLANConfiguration_APWMMParameter {
  'AIFSN': number;
  'AckPolicy': boolean;
  'Alias': string;
  'ECWMax': number;
  'ECWMin': number;
  'TXOP': number;
}

/** InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}. */
export interface InternetGatewayDevice_LANDevice_WLANConfiguration_AssociatedDevice {
  'AssociatedDeviceAuthenticationState': boolean;
  'AssociatedDeviceIPAddress': string;
  'AssociatedDeviceMACAddress': string;
  'LastDataTransmitRate': string;
  'LastPMKId': string;
  'LastRequestedMulticastCipher': string;
  'LastRequestedUnicastCipher': string;
}

/** InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}. */
export interface InternetGatewayDevice_LANDevice_WLANConfiguration_PreSharedKey {
  'Alias': string;
  'AssociatedDeviceMACAddress': string;
  'KeyPassphrase': string;
  'PreSharedKey': string;
}

/** InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}. */
export interface InternetGatewayDevice_LANDevice_WLANConfiguration_STAWMMParameter {
  'AIFSN': number;
  'AckPolicy': boolean;
  'Alias': string;
  'ECWMax': number;
  'ECWMin': number;
  'TXOP': number;
}

/** InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats. */
export interface InternetGatewayDevice_LANDevice_WLANConfiguration_Stats {
  'BroadcastPacketsReceived': number;
  'BroadcastPacketsSent': number;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': number;
  'MulticastPacketsSent': number;
  'UnicastPacketsReceived': number;
  'UnicastPacketsSent': number;
  'UnknownProtoPacketsReceived': number;
}

/** InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPKey.{i}. */
export interface InternetGatewayDevice_LANDevice_WLANConfiguration_WEPKey {
  'Alias': string;
  'WEPKey': string;
}

/** InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS. */
export interface InternetGatewayDevice_LANDevice_WLANConfiguration_WPS {
  'ConfigMethodsEnabled': readonly string[];
  'ConfigMethodsSupported': readonly ("USBFlashDrive" | "Ethernet" | "Label" | "Display" | "ExternalNFCToken" | "IntegratedNFCToken" | "NFCInterface" | "PushButton" | "Keypad")[];
  'ConfigurationState': "Not configured" | "Configured";
  'DeviceName': string;
  'DevicePassword': number;
  'Enable': boolean;
  'LastConfigurationError': "NoError" | "DecryptionCRCFailure" | "SignalTooWeak" | "CouldntConnectToRegistrar" | "RogueActivitySuspected" | "DeviceBusy" | "SetupLocked" | "MessageTimeout" | "RegistrationSessionTimeout" | "DevicePasswordAuthFailure";
  'Registrar'?: { [instance: number]: InternetGatewayDevice_LANDevice_WLANConfiguration_WPS_Registrar };
  'RegistrarEstablished': boolean;
  'RegistrarNumberOfEntries': number;
  'SetupLock': boolean;
  'SetupLockedState': "Unlocked" | "LockedByLocalManagement" | "LockedByRemoteManagement" | "PINRetryLimitReached";
  'UUID': string;
  'Version': number;
}

/** InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}. */
export interface InternetGatewayDevice_LANDevice_WLANConfiguration_WPS_Registrar {
  'Alias': string;
  'DeviceName': string;
  'Enable': boolean;
  'UUID': string;
}

/** InternetGatewayDevice.LANInterfaces. */
export interface InternetGatewayDevice_LANInterfaces {
  'LANEthernetInterfaceConfig'?: { [instance: number]: InternetGatewayDevice_LANInterfaces_LANEthernetInterfaceConfig };
  'LANEthernetInterfaceNumberOfEntries': number;
  'LANUSBInterfaceConfig'?: { [instance: number]: InternetGatewayDevice_LANInterfaces_LANUSBInterfaceConfig };
  'LANUSBInterfaceNumberOfEntries': number;
  'LANWLANConfigurationNumberOfEntries': number;
  'WLANConfiguration'?: { [instance: number]: InternetGatewayDevice_LANInterfaces_WLANConfiguration };
}

/** InternetGatewayDevice.LANInterfaces.LANEthernetInterfaceConfig.{i}. */
export interface InternetGatewayDevice_LANInterfaces_LANEthernetInterfaceConfig {
  'Alias': string;
}

/** InternetGatewayDevice.LANInterfaces.LANUSBInterfaceConfig.{i}. */
export interface InternetGatewayDevice_LANInterfaces_LANUSBInterfaceConfig {
  'Alias': string;
}

/** InternetGatewayDevice.LANInterfaces.WLANConfiguration.{i}. */
export interface InternetGatewayDevice_LANInterfaces_WLANConfiguration {
  'Alias': string;
}

/** InternetGatewayDevice.Layer2Bridging. */
export interface InternetGatewayDevice_Layer2Bridging {
  'AvailableInterface'?: { [instance: number]: InternetGatewayDevice_Layer2Bridging_AvailableInterface };
  'AvailableInterfaceNumberOfEntries': number;
  'Bridge'?: { [instance: number]: InternetGatewayDevice_Layer2Bridging_Bridge };
  'BridgeNumberOfEntries': number;
  'Filter'?: { [instance: number]: InternetGatewayDevice_Layer2Bridging_Filter };
  'FilterNumberOfEntries': number;
  'Marking'?: { [instance: number]: InternetGatewayDevice_Layer2Bridging_Marking };
  'MarkingNumberOfEntries': number;
  'MaxBridgeEntries': number;
  'MaxDBridgeEntries': number;
  'MaxFilterEntries': number;
  'MaxMarkingEntries': number;
  'MaxQBridgeEntries': number;
  'MaxVLANEntries': number;
}

/** InternetGatewayDevice.Layer2Bridging.AvailableInterface.{i}. */
export interface InternetGatewayDevice_Layer2Bridging_AvailableInterface {
  'Alias': string;
  'AvailableInterfaceKey': number;
  'InterfaceReference': readonly string[];
  'InterfaceType': "LANInterface" | "WANInterface" | "LANRouterConnection" | "WANRouterConnection";
}

/** InternetGatewayDevice.Layer2Bridging.Bridge.{i}. */
export interface InternetGatewayDevice_Layer2Bridging_Bridge {
  'Alias': string;
  'BridgeEnable': boolean;
  'BridgeKey': number;
  'BridgeName': string;
  'BridgeStandard': "802.1D" | "802.1Q";
  'BridgeStatus': "Disabled" | "Enabled" | "Error";
  'Port'?: { [instance: number]: InternetGatewayDevice_Layer2Bridging_Bridge_Port };
  'PortNumberOfEntries': number;
  'VLAN'?: { [instance: number]: InternetGatewayDevice_Layer2Bridging_Bridge_VLAN };
  'VLANID': number;
  'VLANNumberOfEntries': number;
}

/** InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}. */
export interface InternetGatewayDevice_Layer2Bridging_Bridge_Port {
  'AcceptableFrameTypes': "AdmitAll" | "AdmitOnlyVLANTagged" | "AdmitOnlyPrioUntagged";
  'Alias': string;
  'IngressFiltering': boolean;
  'PVID': number;
  'PortEnable': boolean;
  'PortInterface': string;
  'PortState': "Disabled" | "Blocking" | "Listening" | "Learning" | "Forwarding" | "Broken";
}

/** InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}. */
export interface InternetGatewayDevice_Layer2Bridging_Bridge_VLAN {
  'Alias': string;
  'VLANEnable': boolean;
  'VLANID': number;
  'VLANName': string;
}

/** InternetGatewayDevice.Layer2Bridging.Filter.{i}. */
export interface InternetGatewayDevice_Layer2Bridging_Filter {
  'AdmitOnlyVLANTagged': boolean;
  'Alias': string;
  'DestMACAddressFilterExclude': boolean;
  'DestMACAddressFilterList': readonly string[];
  'DestMACFromClientIDFilter': string;
  'DestMACFromClientIDFilterExclude': boolean;
  'DestMACFromUserClassIDFilter': string;
  'DestMACFromUserClassIDFilterExclude': boolean;
  'DestMACFromVendorClassIDFilter': string;
  'DestMACFromVendorClassIDFilterExclude': boolean;
  'DestMACFromVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'EthertypeFilterExclude': boolean;
  'EthertypeFilterList': readonly number[];
  'ExclusivityOrder': number;
  'FilterBridgeReference': number;
  'FilterEnable': boolean;
  'FilterInterface': string;
  'FilterKey': number;
  'FilterStatus': "Disabled" | "Enabled" | "Error";
  'SourceMACAddressFilterExclude': boolean;
  'SourceMACAddressFilterList': readonly string[];
  'SourceMACFromClientIDFilter': string;
  'SourceMACFromClientIDFilterExclude': boolean;
  'SourceMACFromUserClassIDFilter': string;
  'SourceMACFromUserClassIDFilterExclude': boolean;
  'SourceMACFromVendorClassIDFilter': string;
  'SourceMACFromVendorClassIDFilterExclude': boolean;
  'SourceMACFromVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'VLANIDFilter': number;
}

/** InternetGatewayDevice.Layer2Bridging.Marking.{i}. */
export interface InternetGatewayDevice_Layer2Bridging_Marking {
  'Alias': string;
  'EthernetPriorityMark': number;
  'EthernetPriorityOverride': boolean;
  'MarkingBridgeReference': number;
  'MarkingEnable': boolean;
  'MarkingInterface': string;
  'MarkingKey': number;
  'MarkingStatus': "Disabled" | "Enabled" | "Error";
  'VLANIDMark': number;
  'VLANIDMarkOverride': boolean;
  'VLANIDUntag': boolean;
}

/** InternetGatewayDevice.Layer3Forwarding. */
export interface InternetGatewayDevice_Layer3Forwarding {
  'DefaultConnectionService': string;
  'ForwardNumberOfEntries': number;
  'Forwarding'?: { [instance: number]: InternetGatewayDevice_Layer3Forwarding_Forwarding };
}

/** InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}. */
export interface InternetGatewayDevice_Layer3Forwarding_Forwarding {
  'Alias': string;
  'DestIPAddress': string;
  'DestSubnetMask': string;
  'Enable': boolean;
  'ForwardingMetric': number;
  'ForwardingPolicy': number;
  'GatewayIPAddress': string;
  'Interface': string;
  'MTU': number;
  'SourceIPAddress': string;
  'SourceSubnetMask': string;
  'StaticRoute': boolean;
  'Status': "Disabled" | "Enabled" | "Error";
  'Type': "Default" | "Network" | "Host";
}

/** InternetGatewayDevice.ManagementServer. */
export interface InternetGatewayDevice_ManagementServer {
  'AliasBasedAddressing': boolean;
  'AutoCreateInstances': boolean;
  'AutonomousTransferCompletePolicy'?: InternetGatewayDevice_ManagementServer_AutonomousTransferCompletePolicy;
  'CWMPRetryIntervalMultiplier': number;
  'CWMPRetryMinimumWaitInterval': number;
  'ConnReqAllowedJabberIDs': readonly string[];
  'ConnReqJabberID': string;
  'ConnReqXMPPConnection': string;
  'ConnectionRequestPassword': string;
  'ConnectionRequestURL': string;
  'ConnectionRequestUsername': string;
  'DUStateChangeComplPolicy'?: InternetGatewayDevice_ManagementServer_DUStateChangeComplPolicy;
  'DefaultActiveNotificationThrottle': number;
  'DownloadProgressURL': string;
  'EmbeddedDevice'?: { [instance: number]: InternetGatewayDevice_ManagementServer_EmbeddedDevice };
  'EmbeddedDeviceNumberOfEntries': number;
  'EnableCWMP': boolean;
  'HTTPCompression': string;
  'HTTPCompressionSupported': readonly ("GZIP" | "Compress" | "Deflate")[];
  'InformParameter'?: { [instance: number]: InternetGatewayDevice_ManagementServer_InformParameter };
  'InformParameterNumberOfEntries': number;
  'InstanceMode': "InstanceNumber" | "InstanceAlias";
  'KickURL': string;
  'LightweightNotificationProtocolsSupported': readonly "UDP"[];
  'LightweightNotificationProtocolsUsed': readonly string[];
  'ManageableDevice'?: { [instance: number]: InternetGatewayDevice_ManagementServer_ManageableDevice };
  'ManageableDeviceNotificationLimit': number;
  'ManageableDeviceNumberOfEntries': number;
  'NATDetected': boolean;
  'ParameterKey': string;
  'Password': string;
  'PeriodicInformEnable': boolean;
  'PeriodicInformInterval': number;
  'PeriodicInformTime': string;
  'STUNEnable': boolean;
  'STUNMaximumKeepAlivePeriod': number;
  'STUNMinimumKeepAlivePeriod': number;
  'STUNPassword': string;
  'STUNServerAddress': string;
  'STUNServerPort': number;
  'STUNUsername': string;
  'StandbyPolicy'?: InternetGatewayDevice_ManagementServer_StandbyPolicy;
  'SupportedConnReqMethods': readonly ("HTTP" | "STUN" | "XMPP")[];
  'UDPConnectionRequestAddress': string;
  'UDPConnectionRequestAddressNotificationLimit': number;
  'UDPLightweightNotificationHost': string;
  'UDPLightweightNotificationPort': number;
  'URL': string;
  'UpgradesManaged': boolean;
  'Username': string;
  'VirtualDevice'?: { [instance: number]: InternetGatewayDevice_ManagementServer_VirtualDevice };
  'VirtualDeviceNumberOfEntries': number;
}

/** InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy. */
export interface InternetGatewayDevice_ManagementServer_AutonomousTransferCompletePolicy {
  'Enable': boolean;
  'FileTypeFilter': readonly string[];
  'ResultTypeFilter': "Success" | "Failure" | "Both";
  'TransferTypeFilter': "Upload" | "Download" | "Both";
}

/** InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy. */
export interface InternetGatewayDevice_ManagementServer_DUStateChangeComplPolicy {
  'Enable': boolean;
  'FaultCodeFilter': readonly ("9001" | "9003" | "9012" | "9013" | "9015" | "9016" | "9017" | "9018" | "9022" | "9023" | "9024" | "9025" | "9026" | "9027" | "9028" | "9029" | "9030" | "9031" | "9032")[];
  'OperationTypeFilter': readonly ("Install" | "Update" | "Uninstall")[];
  'ResultTypeFilter': "Success" | "Failure" | "Both";
}

/** InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}. */
export interface InternetGatewayDevice_ManagementServer_EmbeddedDevice {
  'CommandProcessed': "Pending" | "Retrying" | "Success" | "Error";
  'CommandProcessingErrMsg': string;
  'ControllerID': string;
  'DiscoveryProtocol': readonly ("Z-Wave" | "ZigBee" | "UPnP" | "ETSI-M2M")[];
  'DiscoveryProtocolReference': readonly string[];
  'Host': readonly string[];
  'LastSyncTime': string;
  'ProxiedDeviceID': string;
  'ProxyProtocol': "Z-Wave" | "ZigBee" | "UPnP-DM" | "ETSI-M2M";
  'ProxyProtocolReference': string;
  'Reference': string;
  'SupportedDataModel': readonly string[];
}

/** InternetGatewayDevice.ManagementServer.InformParameter.{i}. */
export interface InternetGatewayDevice_ManagementServer_InformParameter {
  'Alias': string;
  'Enable': boolean;
  'EventList': readonly string[];
  'ParameterName': string;
}

/** InternetGatewayDevice.ManagementServer.ManageableDevice.{i}. */
export interface InternetGatewayDevice_ManagementServer_ManageableDevice {
  'Host': readonly string[];
  'ManufacturerOUI': string;
  'ProductClass': string;
  'SerialNumber': string;
}

/** InternetGatewayDevice.ManagementServer.StandbyPolicy. */
export interface InternetGatewayDevice_ManagementServer_StandbyPolicy {
  'CRAwarenessRequested': boolean;
  'CRUnawarenessMaxDuration': number;
  'MaxMissedPeriodic': number;
  'NetworkAwarenessCapable': boolean;
  'NotifyMissedScheduled': boolean;
  'PeriodicAwarenessRequested': boolean;
  'ScheduledAwarenessRequested': boolean;
  'SelfTimerCapable': boolean;
}

/** InternetGatewayDevice.ManagementServer.VirtualDevice.{i}. */
export interface InternetGatewayDevice_ManagementServer_VirtualDevice {
  'DiscoveryProtocol': readonly ("Z-Wave" | "ZigBee" | "UPnP" | "ETSI-M2M")[];
  'DiscoveryProtocolReference': readonly string[];
  'Host': readonly string[];
  'ManufacturerOUI': string;
  'ProductClass': string;
  'ProxyProtocol': "Z-Wave" | "ZigBee" | "UPnP-DM" | "ETSI-M2M";
  'ProxyProtocolReference': string;
  'SerialNumber': string;
}

/** InternetGatewayDevice.NSLookupDiagnostics. */
export interface InternetGatewayDevice_NSLookupDiagnostics {
  'DNSServer': string;
  'DiagnosticsState': "None" | "Requested" | "Complete" | "Error_DNSServerNotResolved" | "Error_Internal" | "Error_Other";
  'HostName': string;
  'Interface': string;
  'NumberOfRepetitions': number;
  'Result'?: { [instance: number]: InternetGatewayDevice_NSLookupDiagnostics_Result };
  'ResultNumberOfEntries': number;
  'SuccessCount': number;
  'Timeout': number;
}

/** InternetGatewayDevice.NSLookupDiagnostics.Result.{i}. */
export interface InternetGatewayDevice_NSLookupDiagnostics_Result {
  'AnswerType': "None" | "Authoritative" | "NonAuthoritative";
  'DNSServerIP': string;
  'HostNameReturned': string;
  'IPAddresses': readonly string[];
  'ResponseTime': number;
  'Status': "Success" | "Error_DNSServerNotAvailable" | "Error_HostNameNotResolved" | "Error_Timeout" | "Error_Other";
}

/** InternetGatewayDevice.PeriodicStatistics. */
export interface InternetGatewayDevice_PeriodicStatistics {
  'MaxReportSamples': number;
  'MinSampleInterval': number;
  'SampleSet'?: { [instance: number]: InternetGatewayDevice_PeriodicStatistics_SampleSet };
  'SampleSetNumberOfEntries': number;
}

/** InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}. */
export interface InternetGatewayDevice_PeriodicStatistics_SampleSet {
  'Alias': string;
  'Enable': boolean;
  'FetchSamples': number;
  'ForceSample': boolean;
  'Name': string;
  'Parameter'?: { [instance: number]: InternetGatewayDevice_PeriodicStatistics_SampleSet_Parameter };
  'ParameterNumberOfEntries': number;
  'ReportEndTime': string;
  'ReportSamples': number;
  'ReportStartTime': string;
  'SampleInterval': number;
  'SampleSeconds': readonly number[];
  'Status': "Disabled" | "Enabled" | "Trigger";
  'TimeReference': string;
}

/** InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}. */
export interface InternetGatewayDevice_PeriodicStatistics_SampleSet_Parameter {
  'Alias': string;
  'CalculationMode': "Latest" | "Minimum" | "Maximum" | "Average";
  'Enable': boolean;
  'Failures': number;
  'HighThreshold': number;
  'LowThreshold': number;
  'Reference': string;
  'SampleMode': "Current" | "Change";
  'SampleSeconds': readonly number[];
  'SuspectData': readonly number[];
  'Values': readonly string[];
}

/** InternetGatewayDevice.QueueManagement. */
export interface InternetGatewayDevice_QueueManagement {
  'App'?: { [instance: number]: InternetGatewayDevice_QueueManagement_App };
  'AppNumberOfEntries': number;
  'AvailableAppList': readonly string[];
  'Classification'?: { [instance: number]: InternetGatewayDevice_QueueManagement_Classification };
  'ClassificationNumberOfEntries': number;
  'DefaultDSCPMark': number;
  'DefaultEthernetPriorityMark': number;
  'DefaultForwardingPolicy': number;
  'DefaultPolicer': number;
  'DefaultQueue': number;
  'DefaultTrafficClass': number;
  'Enable': boolean;
  'Flow'?: { [instance: number]: InternetGatewayDevice_QueueManagement_Flow };
  'FlowNumberOfEntries': number;
  'MaxAppEntries': number;
  'MaxClassificationEntries': number;
  'MaxFlowEntries': number;
  'MaxPolicerEntries': number;
  'MaxQueueEntries': number;
  'MaxQueues': number;
  'Policer'?: { [instance: number]: InternetGatewayDevice_QueueManagement_Policer };
  'PolicerNumberOfEntries': number;
  'Queue'?: { [instance: number]: InternetGatewayDevice_QueueManagement_Queue };
  'QueueNumberOfEntries': number;
  'QueueStats'?: { [instance: number]: InternetGatewayDevice_QueueManagement_QueueStats };
  'QueueStatsNumberOfEntries': number;
}

/** InternetGatewayDevice.QueueManagement.App.{i}. */
export interface InternetGatewayDevice_QueueManagement_App {
  'Alias': string;
  'AppDefaultDSCPMark': number;
  'AppDefaultEthernetPriorityMark': number;
  'AppDefaultForwardingPolicy': number;
  'AppDefaultPolicer': number;
  'AppDefaultQueue': number;
  'AppDefaultTrafficClass': number;
  'AppEnable': boolean;
  'AppKey': number;
  'AppName': string;
  'AppStatus': "Disabled" | "Enabled" | "Error";
  'ProtocolIdentifier': string;
}

/** InternetGatewayDevice.QueueManagement.Classification.{i}. */
export interface InternetGatewayDevice_QueueManagement_Classification {
  'Alias': string;
  'ClassApp': number;
  'ClassInterface': string;
  'ClassPolicer': number;
  'ClassQueue': number;
  'ClassificationEnable': boolean;
  'ClassificationKey': number;
  'ClassificationOrder': number;
  'ClassificationStatus': "Disabled" | "Enabled" | "Error";
  'DSAP': number;
  'DSAPExclude': boolean;
  'DSCPCheck': number;
  'DSCPExclude': boolean;
  'DSCPMark': number;
  'DestClientID': string;
  'DestClientIDExclude': boolean;
  'DestIP': string;
  'DestIPExclude': boolean;
  'DestMACAddress': string;
  'DestMACExclude': boolean;
  'DestMACMask': string;
  'DestMask': string;
  'DestPort': number;
  'DestPortExclude': boolean;
  'DestPortRangeMax': number;
  'DestUserClassID': string;
  'DestUserClassIDExclude': boolean;
  'DestVendorClassID': string;
  'DestVendorClassIDExclude': boolean;
  'DestVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'DestVendorSpecificInfo': string;
  'DestVendorSpecificInfoEnterprise': number;
  'DestVendorSpecificInfoExclude': boolean;
  'DestVendorSpecificInfoMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'DestVendorSpecificInfoSubOption': number;
  'EthernetPriorityCheck': number;
  'EthernetPriorityExclude': boolean;
  'EthernetPriorityMark': number;
  'Ethertype': number;
  'EthertypeExclude': boolean;
  'ForwardingPolicy': number;
  'IPLengthExclude': boolean;
  'IPLengthMax': number;
  'IPLengthMin': number;
  'LLCControl': number;
  'LLCControlExclude': boolean;
  'OutOfBandInfo': number;
  'Protocol': number;
  'ProtocolExclude': boolean;
  'SNAPOUI': number;
  'SNAPOUIExclude': boolean;
  'SSAP': number;
  'SSAPExclude': boolean;
  'SourceClientID': string;
  'SourceClientIDExclude': boolean;
  'SourceIP': string;
  'SourceIPExclude': boolean;
  'SourceMACAddress': string;
  'SourceMACExclude': boolean;
  'SourceMACMask': string;
  'SourceMask': string;
  'SourcePort': number;
  'SourcePortExclude': boolean;
  'SourcePortRangeMax': number;
  'SourceUserClassID': string;
  'SourceUserClassIDExclude': boolean;
  'SourceVendorClassID': string;
  'SourceVendorClassIDExclude': boolean;
  'SourceVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'SourceVendorSpecificInfo': string;
  'SourceVendorSpecificInfoEnterprise': number;
  'SourceVendorSpecificInfoExclude': boolean;
  'SourceVendorSpecificInfoMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'SourceVendorSpecificInfoSubOption': number;
  'TCPACK': boolean;
  'TCPACKExclude': boolean;
  'TrafficClass': number;
  'VLANIDCheck': number;
  'VLANIDExclude': boolean;
}

/** InternetGatewayDevice.QueueManagement.Flow.{i}. */
export interface InternetGatewayDevice_QueueManagement_Flow {
  'Alias': string;
  'AppIdentifier': number;
  'FlowDSCPMark': number;
  'FlowEnable': boolean;
  'FlowEthernetPriorityMark': number;
  'FlowForwardingPolicy': number;
  'FlowKey': number;
  'FlowName': string;
  'FlowPolicer': number;
  'FlowQueue': number;
  'FlowStatus': "Disabled" | "Enabled" | "Error";
  'FlowTrafficClass': number;
  'FlowType': string;
  'FlowTypeParameters': string;
}

/** InternetGatewayDevice.QueueManagement.Policer.{i}. */
export interface InternetGatewayDevice_QueueManagement_Policer {
  'Alias': string;
  'CommittedBurstSize': number;
  'CommittedRate': number;
  'ConformingAction': string;
  'ConformingCountedBytes': number;
  'ConformingCountedPackets': number;
  'CountedBytes': number;
  'CountedPackets': number;
  'ExcessBurstSize': number;
  'MeterType': "SimpleTokenBucket" | "SingleRateThreeColor" | "TwoRateThreeColor";
  'NonConformingAction': string;
  'NonConformingCountedBytes': number;
  'NonConformingCountedPackets': number;
  'PartialConformingAction': string;
  'PartiallyConformingCountedBytes': number;
  'PartiallyConformingCountedPackets': number;
  'PeakBurstSize': number;
  'PeakRate': number;
  'PolicerEnable': boolean;
  'PolicerKey': number;
  'PolicerStatus': "Disabled" | "Enabled" | "Error";
  'PossibleMeterTypes': readonly ("SimpleTokenBucket" | "SingleRateThreeColor" | "TwoRateThreeColor")[];
  'TotalCountedBytes': number;
  'TotalCountedPackets': number;
}

/** InternetGatewayDevice.QueueManagement.Queue.{i}. */
export interface InternetGatewayDevice_QueueManagement_Queue {
  'Alias': string;
  'DropAlgorithm': "RED" | "DT" | "WRED" | "BLUE";
  'QueueBufferLength': number;
  'QueueEnable': boolean;
  'QueueInterface': string;
  'QueueKey': number;
  'QueuePrecedence': number;
  'QueueStatus': "Disabled" | "Enabled" | "Error";
  'QueueWeight': number;
  'REDPercentage': number;
  'REDThreshold': number;
  'SchedulerAlgorithm': "WFQ" | "WRR" | "SP";
  'ShapingBurstSize': number;
  'ShapingRate': number;
  'TrafficClasses': readonly number[];
}

/** InternetGatewayDevice.QueueManagement.QueueStats.{i}. */
export interface InternetGatewayDevice_QueueManagement_QueueStats {
  'Alias': string;
  'DroppedBytes': number;
  'DroppedPackets': number;
  'Enable': boolean;
  'Interface': string;
  'OutputBytes': number;
  'OutputPackets': number;
  'Queue': number;
  'QueueOccupancyPackets': number;
  'QueueOccupancyPercentage': number;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** InternetGatewayDevice.Security. */
export interface InternetGatewayDevice_Security {
  'Certificate'?: { [instance: number]: InternetGatewayDevice_Security_Certificate };
  'CertificateNumberOfEntries': number;
}

/** InternetGatewayDevice.Security.Certificate.{i}. */
export interface InternetGatewayDevice_Security_Certificate {
  'Enable': boolean;
  'Issuer': string;
  'LastModif': string;
  'NotAfter': string;
  'NotBefore': string;
  'SerialNumber': string;
  'SignatureAlgorithm': string;
  'Subject': string;
  'SubjectAlt': readonly string[];
}

/** InternetGatewayDevice.SelfTestDiagnostics. */
export interface InternetGatewayDevice_SelfTestDiagnostics {
  'DiagnosticsState': "None" | "Requested" | "Complete" | "Error_Internal" | "Error_Other";
  'Results': string;
}

/** InternetGatewayDevice.Services. */
export interface InternetGatewayDevice_Services {
}

/** InternetGatewayDevice.SmartCardReader.{i}. */
export interface InternetGatewayDevice_SmartCardReader {
  'Alias': string;
  'DecryptionFailedCounter': number;
  'DecryptionFailedNoKeyCounter': number;
  'Enable': boolean;
  'Name': string;
  'Reset': boolean;
  'ResetTime': string;
  'SmartCard'?: InternetGatewayDevice_SmartCardReader_SmartCard;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** InternetGatewayDevice.SmartCardReader.{i}.SmartCard. */
export interface InternetGatewayDevice_SmartCardReader_SmartCard {
  'ATR': string;
  'Application': readonly ("SIM" | "USIM" | "ISIM")[];
  'SerialNumber': string;
  'Status': "None" | "Running" | "Error";
  'Type': "CA" | "DRM" | "UICC";
}

/** InternetGatewayDevice.SoftwareModules. */
export interface InternetGatewayDevice_SoftwareModules {
  'DeploymentUnit'?: { [instance: number]: InternetGatewayDevice_SoftwareModules_DeploymentUnit };
  'DeploymentUnitNumberOfEntries': number;
  'ExecEnv'?: { [instance: number]: InternetGatewayDevice_SoftwareModules_ExecEnv };
  'ExecEnvNumberOfEntries': number;
  'ExecutionUnit'?: { [instance: number]: InternetGatewayDevice_SoftwareModules_ExecutionUnit };
  'ExecutionUnitNumberOfEntries': number;
}

/** InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}. */
export interface InternetGatewayDevice_SoftwareModules_DeploymentUnit {
  'Alias': string;
  'DUID': string;
  'Description': string;
  'ExecutionEnvRef': string;
  'ExecutionUnitList': readonly string[];
  'Name': string;
  'Resolved': boolean;
  'Status': "Installing" | "Installed" | "Updating" | "Uninstalling" | "Uninstalled";
  'URL': string;
  'UUID': string;
  'Vendor': string;
  'VendorConfigList': readonly string[];
  'VendorLogList': readonly string[];
  'Version': string;
}

/** InternetGatewayDevice.SoftwareModules.ExecEnv.{i}. */
export interface InternetGatewayDevice_SoftwareModules_ExecEnv {
  'ActiveExecutionUnits': readonly string[];
  'Alias': string;
  'AllocatedDiskSpace': number;
  'AllocatedMemory': number;
  'AvailableDiskSpace': number;
  'AvailableMemory': number;
  'CurrentRunLevel': number;
  'Enable': boolean;
  'InitialExecutionUnitRunLevel': number;
  'InitialRunLevel': number;
  'Name': string;
  'ParentExecEnv': string;
  'ProcessorRefList': readonly string[];
  'RequestedRunLevel': number;
  'Reset': boolean;
  'Status': "Up" | "Error" | "Disabled";
  'Type': string;
  'Vendor': string;
  'Version': string;
}

/** InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}. */
export interface InternetGatewayDevice_SoftwareModules_ExecutionUnit {
  'Alias': string;
  'AssociatedProcessList': readonly string[];
  'AutoStart': boolean;
  'Description': string;
  'DiskSpaceInUse': number;
  'EUID': string;
  'ExecEnvLabel': string;
  'ExecutionEnvRef': string;
  'ExecutionFaultCode': "NoFault" | "FailureOnStart" | "FailureOnAutoStart" | "FailureOnStop" | "FailureWhileActive" | "DependencyFailure" | "UnStartable";
  'ExecutionFaultMessage': string;
  'Extensions'?: InternetGatewayDevice_SoftwareModules_ExecutionUnit_Extensions;
  'MemoryInUse': number;
  'Name': string;
  'References': readonly string[];
  'RequestedState': "Idle" | "Active";
  'RunLevel': number;
  'Status': "Idle" | "Starting" | "Active" | "Stopping";
  'SupportedDataModelList': readonly string[];
  'Vendor': string;
  'VendorConfigList': readonly string[];
  'VendorLogList': readonly string[];
  'Version': string;
}

/** InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Extensions. */
export interface InternetGatewayDevice_SoftwareModules_ExecutionUnit_Extensions {
}

/** InternetGatewayDevice.Time. */
export interface InternetGatewayDevice_Time {
  'CurrentLocalTime': string;
  'DaylightSavingsEnd': string;
  'DaylightSavingsStart': string;
  'DaylightSavingsUsed': boolean;
  'Enable': boolean;
  'LocalTimeZone': string;
  'LocalTimeZoneName': string;
  'NTPServer1': string;
  'NTPServer2': string;
  'NTPServer3': string;
  'NTPServer4': string;
  'NTPServer5': string;
  'Status': "Disabled" | "Unsynchronized" | "Synchronized" | "Error_FailedToSynchronize" | "Error";
}

/** InternetGatewayDevice.TraceRouteDiagnostics. */
export interface InternetGatewayDevice_TraceRouteDiagnostics {
  'DSCP': number;
  'DataBlockSize': number;
  'DiagnosticsState': "None" | "Requested" | "Complete" | "Error_CannotResolveHostName" | "Error_MaxHopCountExceeded";
  'Host': string;
  'Interface': string;
  'MaxHopCount': number;
  'NumberOfTries': number;
  'ResponseTime': number;
  'RouteHops'?: { [instance: number]: InternetGatewayDevice_TraceRouteDiagnostics_RouteHops };
  'RouteHopsNumberOfEntries': number;
  'Timeout': number;
}

/** InternetGatewayDevice.TraceRouteDiagnostics.RouteHops.{i}. */
export interface InternetGatewayDevice_TraceRouteDiagnostics_RouteHops {
  'HopErrorCode': number;
  'HopHost': string;
  'HopHostAddress': string;
  'HopRTTimes': readonly number[];
}

/** InternetGatewayDevice.UDPEchoConfig. */
export interface InternetGatewayDevice_UDPEchoConfig {
  'BytesReceived': number;
  'BytesResponded': number;
  'EchoPlusEnabled': boolean;
  'EchoPlusSupported': boolean;
  'Enable': boolean;
  'Interface': string;
  'PacketsReceived': number;
  'PacketsResponded': number;
  'SourceIPAddress': string;
  'TimeFirstPacketReceived': string;
  'TimeLastPacketReceived': string;
  'UDPPort': number;
}

/** InternetGatewayDevice.UPnP. */
export interface InternetGatewayDevice_UPnP {
  'Description'?: InternetGatewayDevice_UPnP_Description;
  'Device'?: InternetGatewayDevice_UPnP_Device;
  'Discovery'?: InternetGatewayDevice_UPnP_Discovery;
}

/** InternetGatewayDevice.UPnP.Description. */
export interface InternetGatewayDevice_UPnP_Description {
  'DeviceDescription'?: { [instance: number]: InternetGatewayDevice_UPnP_Description_DeviceDescription };
  'DeviceDescriptionNumberOfEntries': number;
  'DeviceInstance'?: { [instance: number]: InternetGatewayDevice_UPnP_Description_DeviceInstance };
  'DeviceInstanceNumberOfEntries': number;
  'ServiceInstance'?: { [instance: number]: InternetGatewayDevice_UPnP_Description_ServiceInstance };
  'ServiceInstanceNumberOfEntries': number;
}

/** InternetGatewayDevice.UPnP.Description.DeviceDescription.{i}. */
export interface InternetGatewayDevice_UPnP_Description_DeviceDescription {
  'Host': readonly string[];
  'SpecVersion': string;
  'URLBase': string;
}

/** InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}. */
export interface InternetGatewayDevice_UPnP_Description_DeviceInstance {
  'DeviceCategory': readonly string[];
  'DeviceType': string;
  'DiscoveryDevice': string;
  'FriendlyName': string;
  'Manufacturer': string;
  'ManufacturerOUI': string;
  'ManufacturerURL': string;
  'ModelDescription': string;
  'ModelName': string;
  'ModelNumber': string;
  'ModelURL': string;
  'ParentDevice': string;
  'PresentationURL': string;
  'SerialNumber': string;
  'UDN': string;
  'UPC': string;
}

/** InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}. */
export interface InternetGatewayDevice_UPnP_Description_ServiceInstance {
  'ControlURL': string;
  'EventSubURL': string;
  'ParentDevice': string;
  'SCPDURL': string;
  'ServiceDiscovery': string;
  'ServiceId': string;
  'ServiceType': string;
}

/** InternetGatewayDevice.UPnP.Device. */
export interface InternetGatewayDevice_UPnP_Device {
  'Capabilities'?: InternetGatewayDevice_UPnP_Device_Capabilities;
  'Enable': boolean;
  'UPnPDMBasicMgmt': boolean;
  'UPnPDMConfigurationMgmt': boolean;
  'UPnPDMSoftwareMgmt': boolean;
  'UPnPIGD': boolean;
  'UPnPMediaRenderer': boolean;
  'UPnPMediaServer': boolean;
  'UPnPQoSDevice': boolean;
  'UPnPQoSPolicyHolder': boolean;
  'UPnPWLANAccessPoint': boolean;
}

/** InternetGatewayDevice.UPnP.Device.Capabilities. */
export interface InternetGatewayDevice_UPnP_Device_Capabilities {
  'UPnPArchitecture': number;
  'UPnPArchitectureMinorVer': number;
  'UPnPBasicDevice': number;
  'UPnPDMBasicMgmt': number;
  'UPnPDMConfigurationMgmt': number;
  'UPnPDMSoftwareMgmt': number;
  'UPnPIGD': number;
  'UPnPMediaRenderer': number;
  'UPnPMediaServer': number;
  'UPnPQoSDevice': number;
  'UPnPQoSPolicyHolder': number;
  'UPnPWLANAccessPoint': number;
}

/** InternetGatewayDevice.UPnP.Discovery. */
export interface InternetGatewayDevice_UPnP_Discovery {
  'Device'?: { [instance: number]: InternetGatewayDevice_UPnP_Discovery_Device };
  'DeviceNumberOfEntries': number;
  'RootDevice'?: { [instance: number]: InternetGatewayDevice_UPnP_Discovery_RootDevice };
  'RootDeviceNumberOfEntries': number;
  'Service'?: { [instance: number]: InternetGatewayDevice_UPnP_Discovery_Service };
  'ServiceNumberOfEntries': number;
}

/** InternetGatewayDevice.UPnP.Discovery.Device.{i}. */
export interface InternetGatewayDevice_UPnP_Discovery_Device {
  'Host': readonly string[];
  'LastUpdate': string;
  'LeaseTime': number;
  'Location': string;
  'Server': string;
  'Status': "LeaseActive" | "LeaseExpired" | "ByebyeReceived";
  'USN': string;
  'UUID': string;
}

/** InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}. */
export interface InternetGatewayDevice_UPnP_Discovery_RootDevice {
  'Host': readonly string[];
  'LastUpdate': string;
  'LeaseTime': number;
  'Location': string;
  'Server': string;
  'Status': "LeaseActive" | "LeaseExpired" | "ByebyeReceived";
  'USN': string;
  'UUID': string;
}

/** InternetGatewayDevice.UPnP.Discovery.Service.{i}. */
export interface InternetGatewayDevice_UPnP_Discovery_Service {
  'Host': readonly string[];
  'LastUpdate': string;
  'LeaseTime': number;
  'Location': string;
  'ParentDevice': string;
  'Server': string;
  'Status': "LeaseActive" | "LeaseExpired" | "ByebyeReceived";
  'USN': string;
}

/** InternetGatewayDevice.USBHosts. */
export interface InternetGatewayDevice_USBHosts {
  'Host'?: { [instance: number]: InternetGatewayDevice_USBHosts_Host };
  'HostNumberOfEntries': number;
}

/** InternetGatewayDevice.USBHosts.Host.{i}. */
export interface InternetGatewayDevice_USBHosts_Host {
  'Alias': string;
  'Device'?: { [instance: number]: InternetGatewayDevice_USBHosts_Host_Device };
  'DeviceNumberOfEntries': number;
  'Enable': boolean;
  'Name': string;
  'PowerManagementEnable': boolean;
  'Reset': boolean;
  'Type': "OHCI" | "EHCI" | "UHCI" | "xHCI";
  'USBVersion': string;
}

/** InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}. */
export interface InternetGatewayDevice_USBHosts_Host_Device {
  'Configuration'?: { [instance: number]: InternetGatewayDevice_USBHosts_Host_Device_Configuration };
  'ConfigurationNumberOfEntries': number;
  'DeviceClass': string;
  'DeviceNumber': number;
  'DeviceProtocol': string;
  'DeviceSubClass': string;
  'DeviceVersion': number;
  'IsSelfPowered': boolean;
  'IsSuspended': boolean;
  'Manufacturer': string;
  'MaxChildren': number;
  'Parent': string;
  'Port': number;
  'ProductClass': string;
  'ProductID': number;
  'Rate': "Low" | "Full" | "High" | "Super";
  'SerialNumber': string;
  'USBVersion': string;
  'VendorID': number;
}

/** InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}. */
export interface InternetGatewayDevice_USBHosts_Host_Device_Configuration {
  'ConfigurationNumber': number;
  'Interface'?: { [instance: number]: InternetGatewayDevice_USBHosts_Host_Device_Configuration_Interface };
  'InterfaceNumberOfEntries': number;
}

/** InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.Interface.{i}. */
export interface InternetGatewayDevice_USBHosts_Host_Device_Configuration_Interface {
  'InterfaceClass': string;
  'InterfaceNumber': number;
  'InterfaceProtocol': string;
  'InterfaceSubClass': string;
}

/** InternetGatewayDevice.UploadDiagnostics. */
export interface InternetGatewayDevice_UploadDiagnostics {
  'BOMTime': string;
  'DSCP': number;
  'DiagnosticsState': "None" | "Requested" | "Completed" | "Error_InitConnectionFailed" | "Error_NoResponse" | "Error_PasswordRequestFailed" | "Error_LoginFailed" | "Error_NoTransferMode" | "Error_NoPASV" | "Error_NoCWD" | "Error_NoSTOR" | "Error_NoTransferComplete";
  'EOMTime': string;
  'EthernetPriority': number;
  'Interface': string;
  'ROMTime': string;
  'TCPOpenRequestTime': string;
  'TCPOpenResponseTime': string;
  'TestFileLength': number;
  'TotalBytesSent': number;
  'UploadURL': string;
}

/** InternetGatewayDevice.User.{i}. */
export interface InternetGatewayDevice_User {
  'Alias': string;
  'Enable': boolean;
  'Language': string;
  'Password': string;
  'RemoteAccessCapable': boolean;
  'Username': string;
}

/** InternetGatewayDevice.UserInterface. */
export interface InternetGatewayDevice_UserInterface {
  'AutoUpdateServer': string;
  'AvailableLanguages': readonly string[];
  'BackgroundColor': string;
  'ButtonColor': string;
  'ButtonTextColor': string;
  'CurrentLanguage': string;
  'ExampleLogin': string;
  'ExamplePassword': string;
  'ISPHelpDesk': string;
  'ISPHelpPage': string;
  'ISPHomePage': string;
  'ISPLogo': string;
  'ISPLogoSize': number;
  'ISPMailServer': string;
  'ISPName': string;
  'ISPNewsServer': string;
  'LocalDisplay'?: InternetGatewayDevice_UserInterface_LocalDisplay;
  'PasswordRequired': boolean;
  'PasswordUserSelectable': boolean;
  'RemoteAccess'?: InternetGatewayDevice_UserInterface_RemoteAccess;
  'SharedPassword': boolean;
  'TextColor': string;
  'UpgradeAvailable': boolean;
  'UserDatabaseSupported': boolean;
  'UserUpdateServer': string;
  'WarrantyDate': string;
}

/** InternetGatewayDevice.UserInterface.LocalDisplay. */
export interface InternetGatewayDevice_UserInterface_LocalDisplay {
  'DisplayHeight': number;
  'DisplayWidth': number;
  'Height': number;
  'Movable': boolean;
  'PosX': number;
  'PosY': number;
  'Resizable': boolean;
  'Width': number;
}

/** InternetGatewayDevice.UserInterface.RemoteAccess. */
export interface InternetGatewayDevice_UserInterface_RemoteAccess {
  'Enable': boolean;
  'Port': number;
  'Protocol': string;
  'SupportedProtocols': readonly ("HTTP" | "HTTPS")[];
}

/** InternetGatewayDevice.WANDevice.{i}. */
export interface InternetGatewayDevice_WANDevice {
  'Alias': string;
  'WANCommonInterfaceConfig'?: InternetGatewayDevice_WANDevice_WANCommonInterfaceConfig;
  'WANConnectionDevice'?: { [instance: number]: InternetGatewayDevice_WANDevice_WANConnectionDevice };
  'WANConnectionNumberOfEntries': number;
  'WANDSLConnectionManagement'?: InternetGatewayDevice_WANDevice_WANDSLConnectionManagement;
  'WANDSLDiagnostics'?: InternetGatewayDevice_WANDevice_WANDSLDiagnostics;
  'WANDSLInterfaceConfig'?: InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig;
  'WANEthernetInterfaceConfig'?: InternetGatewayDevice_WANDevice_WANEthernetInterfaceConfig;
}

/** InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig. */
export interface InternetGatewayDevice_WANDevice_WANCommonInterfaceConfig {
  'Connection'?: { [instance: number]: InternetGatewayDevice_WANDevice_WANCommonInterfaceConfig_Connection };
  'EnabledForInternet': boolean;
  'Layer1DownstreamMaxBitRate': number;
  'Layer1UpstreamMaxBitRate': number;
  'MaximumActiveConnections': number;
  'NumberOfActiveConnections': number;
  'PhysicalLinkStatus': "Up" | "Down" | "Initializing" | "Unavailable";
  'TotalBytesReceived': number;
  'TotalBytesSent': number;
  'TotalPacketsReceived': number;
  'TotalPacketsSent': number;
  'WANAccessProvider': string;
  'WANAccessType': "DSL" | "Ethernet" | "POTS";
}

/** InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Connection.{i}. */
export interface InternetGatewayDevice_WANDevice_WANCommonInterfaceConfig_Connection {
  'ActiveConnectionDeviceContainer': string;
  'ActiveConnectionServiceID': string;
  'Alias': string;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice {
  'Alias': string;
  'WANATMF5LoopbackDiagnostics'?: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANATMF5LoopbackDiagnostics;
  'WANDSLLinkConfig'?: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANDSLLinkConfig;
  'WANEthernetLinkConfig'?: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANEthernetLinkConfig;
  'WANIPConnection'?: { [instance: number]: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANIPConnection };
  'WANIPConnectionNumberOfEntries': number;
  'WANPOTSLinkConfig'?: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANPOTSLinkConfig;
  'WANPPPConnection'?: { [instance: number]: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANPPPConnection };
  'WANPPPConnectionNumberOfEntries': number;
  'WANPTMLinkConfig'?: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANPTMLinkConfig;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANATMF5LoopbackDiagnostics {
  'AverageResponseTime': number;
  'DiagnosticsState': "None" | "Requested" | "Complete" | "Error_Internal" | "Error_Other";
  'FailureCount': number;
  'MaximumResponseTime': number;
  'MinimumResponseTime': number;
  'NumberOfRepetitions': number;
  'SuccessCount': number;
  'Timeout': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANDSLLinkConfig {
  'AAL5CRCErrors': number;
  'ATMAAL': "AAL1" | "AAL2" | "AAL3" | "AAL4" | "AAL5";
  'ATMCRCErrors': number;
  'ATMEncapsulation': "LLC" | "VCMUX";
  'ATMHECErrors': number;
  'ATMMaximumBurstSize': number;
  'ATMPeakCellRate': number;
  'ATMQoS': "UBR" | "CBR" | "GFR" | "VBR-nrt" | "VBR-rt" | "UBR+" | "ABR";
  'ATMReceivedBlocks': number;
  'ATMSustainableCellRate': number;
  'ATMTransmittedBlocks': number;
  'AutoConfig': boolean;
  'DestinationAddress': string;
  'Enable': boolean;
  'FCSPreserved': boolean;
  'LinkStatus': "Up" | "Down" | "Initializing" | "Unavailable";
  'LinkType': "EoA" | "IPoA" | "PPPoA" | "PPPoE" | "CIP" | "Unconfigured";
  'ModulationType': "ADSL_G.dmt" | "ADSL_G.lite" | "ADSL_G.dmt.bis" | "ADSL_re-adsl" | "ADSL_2plus" | "ADLS_four" | "ADSL_ANSI_T1.413" | "G.shdsl" | "IDSL" | "HDSL" | "SDSL" | "VDSL";
  'VCSearchList': readonly string[];
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANEthernetLinkConfig. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANEthernetLinkConfig {
  'EthernetLinkStatus': "Up" | "Down" | "Unavailable";
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANIPConnection {
  'AddressingType': "DHCP" | "Static";
  'Alias': string;
  'AutoDisconnectTime': number;
  'ConnectionStatus': "Unconfigured" | "Connecting" | "Connected" | "PendingDisconnect" | "Disconneting" | "Disconnecting" | "Disconnected";
  'ConnectionTrigger': "OnDemand" | "AlwaysOn" | "Manual";
  'ConnectionType': "Unconfigured" | "IP_Routed" | "IP_Bridged";
  'DHCPClient'?: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANIPConnection_DHCPClient;
  'DNSEnabled': boolean;
  'DNSOverrideAllowed': boolean;
  'DNSServers': readonly string[];
  'DefaultGateway': string;
  'Enable': boolean;
  'ExternalIPAddress': string;
  'IdleDisconnectTime': number;
  'LastConnectionError': "ERROR_NONE" | "ERROR_COMMAND_ABORTED" | "ERROR_NOT_ENABLED_FOR_INTERNET" | "ERROR_USER_DISCONNECT" | "ERROR_ISP_DISCONNECT" | "ERROR_IDLE_DISCONNECT" | "ERROR_FORCED_DISCONNECT" | "ERROR_NO_CARRIER" | "ERROR_IP_CONFIGURATION" | "ERROR_UNKNOWN";
  'MACAddress': string;
  'MACAddressOverride': boolean;
  'MaxMTUSize': number;
  'NATEnabled': boolean;
  'Name': string;
  'PortMapping'?: { [instance: number]: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANIPConnection_PortMapping };
  'PortMappingNumberOfEntries': number;
  'PossibleConnectionTypes': readonly ("Unconfigured" | "IP_Routed" | "IP_Bridged")[];
  'RSIPAvailable': boolean;
  'Reset': boolean;
  'RouteProtocolRx': "Off" | "RIPv1" | "RIPv2" | "OSPF";
  'ShapingBurstSize': number;
  'ShapingRate': number;
  'Stats'?: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANIPConnection_Stats;
  'SubnetMask': string;
  'Uptime': number;
  'WarnDisconnectDelay': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANIPConnection_DHCPClient {
  'ReqDHCPOption'?: { [instance: number]: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANIPConnection_DHCPClient_ReqDHCPOption };
  'ReqDHCPOptionNumberOfEntries': number;
  'SentDHCPOption'?: { [instance: number]: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANIPConnection_DHCPClient_SentDHCPOption };
  'SentDHCPOptionNumberOfEntries': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANIPConnection_DHCPClient_ReqDHCPOption {
  'Alias': string;
  'Enable': boolean;
  'Order': number;
  'Tag': number;
  'Value': string;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANIPConnection_DHCPClient_SentDHCPOption {
  'Alias': string;
  'Enable': boolean;
  'Tag': number;
  'Value': string;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANIPConnection_PortMapping {
  'Alias': string;
  'ExternalPort': number;
  'ExternalPortEndRange': number;
  'InternalClient': string;
  'InternalPort': number;
  'PortMappingDescription': string;
  'PortMappingEnabled': boolean;
  'PortMappingLeaseDuration': number;
  'PortMappingProtocol': "TCP" | "UDP";
  'RemoteHost': string;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANIPConnection_Stats {
  'EthernetBroadcastPacketsReceived': number;
  'EthernetBroadcastPacketsSent': number;
  'EthernetBytesReceived': number;
  'EthernetBytesSent': number;
  'EthernetDiscardPacketsReceived': number;
  'EthernetDiscardPacketsSent': number;
  'EthernetErrorsReceived': number;
  'EthernetErrorsSent': number;
  'EthernetMulticastPacketsReceived': number;
  'EthernetMulticastPacketsSent': number;
  'EthernetPacketsReceived': number;
  'EthernetPacketsSent': number;
  'EthernetUnicastPacketsReceived': number;
  'EthernetUnicastPacketsSent': number;
  'EthernetUnknownProtoPacketsReceived': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANPOTSLinkConfig {
  'DataCompression': "V42bis" | "MNP5";
  'DataModulationSupported': "V92" | "V90" | "V34" | "V32bis" | "V32";
  'DataProtocol': "V42_LAPM" | "V42_MNP4" | "V14" | "V80";
  'DelayBetweenRetries': number;
  'Enable': boolean;
  'Fclass': readonly ("0" | "1" | "2" | "2.0" | "8" | "80")[];
  'ISPInfo': string;
  'ISPPhoneNumber': string;
  'LinkStatus': "Up" | "Down" | "Dialing" | "Connecting" | "Unavailable";
  'LinkType': "PPP_Dialup";
  'NumberOfRetries': number;
  'PlusVTRCommandSupported': boolean;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANPPPConnection {
  'Alias': string;
  'AutoDisconnectTime': number;
  'ConnectionStatus': "Unconfigured" | "Connecting" | "Authenticating" | "Connected" | "PendingDisconnect" | "Disconnecting" | "Disconnected";
  'ConnectionTrigger': "OnDemand" | "AlwaysOn" | "Manual";
  'ConnectionType': "Unconfigured" | "IP_Routed" | "DHCP_Spoofed" | "PPPoE_Bridged" | "PPPoE_Relay" | "PPTP_Relay" | "L2TP_Relay";
  'CurrentMRUSize': number;
  'DNSEnabled': boolean;
  'DNSOverrideAllowed': boolean;
  'DNSServers': readonly string[];
  'DefaultGateway': string;
  'Enable': boolean;
  'ExternalIPAddress': string;
  'IdleDisconnectTime': number;
  'LastConnectionError': "ERROR_NONE" | "ERROR_ISP_TIME_OUT" | "ERROR_COMMAND_ABORTED" | "ERROR_NOT_ENABLED_FOR_INTERNET" | "ERROR_BAD_PHONE_NUMBER" | "ERROR_USER_DISCONNECT" | "ERROR_ISP_DISCONNECT" | "ERROR_IDLE_DISCONNECT" | "ERROR_FORCED_DISCONNECT" | "ERROR_SERVER_OUT_OF_RESOURCES" | "ERROR_RESTRICTED_LOGON_HOURS" | "ERROR_ACCOUNT_DISABLED" | "ERROR_ACCOUNT_EXPIRED" | "ERROR_PASSWORD_EXPIRED" | "ERROR_AUTHENTICATION_FAILURE" | "ERROR_NO_DIALTONE" | "ERROR_NO_CARRIER" | "ERROR_NO_ANSWER" | "ERROR_LINE_BUSY" | "ERROR_UNSUPPORTED_BITSPERSECOND" | "ERROR_TOO_MANY_LINE_ERRORS" | "ERROR_IP_CONFIGURATION" | "ERROR_UNKNOWN";
  'MACAddress': string;
  'MACAddressOverride': boolean;
  'MaxMRUSize': number;
  'NATEnabled': boolean;
  'Name': string;
  'PPPAuthenticationProtocol': "PAP" | "CHAP" | "MS-CHAP";
  'PPPCompressionProtocol': "None" | "Van Jacobsen" | "STAC LZS";
  'PPPEncryptionProtocol': "None" | "MPPE";
  'PPPLCPEcho': number;
  'PPPLCPEchoRetry': number;
  'PPPoEACName': string;
  'PPPoEServiceName': string;
  'PPPoESessionID': number;
  'Password': string;
  'PortMapping'?: { [instance: number]: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANPPPConnection_PortMapping };
  'PortMappingNumberOfEntries': number;
  'PossibleConnectionTypes': readonly ("Unconfigured" | "IP_Routed" | "DHCP_Spoofed" | "PPPoE_Bridged" | "PPPoE_Relay" | "PPTP_Relay" | "L2TP_Relay")[];
  'RSIPAvailable': boolean;
  'RemoteIPAddress': string;
  'Reset': boolean;
  'RouteProtocolRx': "Off" | "RIPv1" | "RIPv2" | "OSPF";
  'ShapingBurstSize': number;
  'ShapingRate': number;
  'Stats'?: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANPPPConnection_Stats;
  'TransportType': "PPPoA" | "PPPoE" | "L2TP" | "PPTP";
  'Uptime': number;
  'Username': string;
  'WarnDisconnectDelay': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANPPPConnection_PortMapping {
  'Alias': string;
  'ExternalPort': number;
  'ExternalPortEndRange': number;
  'InternalClient': string;
  'InternalPort': number;
  'PortMappingDescription': string;
  'PortMappingEnabled': boolean;
  'PortMappingLeaseDuration': number;
  'PortMappingProtocol': "TCP" | "UDP";
  'RemoteHost': string;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANPPPConnection_Stats {
  'EthernetBroadcastPacketsReceived': number;
  'EthernetBroadcastPacketsSent': number;
  'EthernetBytesReceived': number;
  'EthernetBytesSent': number;
  'EthernetDiscardPacketsReceived': number;
  'EthernetDiscardPacketsSent': number;
  'EthernetErrorsReceived': number;
  'EthernetErrorsSent': number;
  'EthernetMulticastPacketsReceived': number;
  'EthernetMulticastPacketsSent': number;
  'EthernetPacketsReceived': number;
  'EthernetPacketsSent': number;
  'EthernetUnicastPacketsReceived': number;
  'EthernetUnicastPacketsSent': number;
  'EthernetUnknownProtoPacketsReceived': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANPTMLinkConfig {
  'Enable': boolean;
  'LinkStatus': "Up" | "Down" | "Initializing" | "Unavailable";
  'MACAddress': string;
  'Stats'?: InternetGatewayDevice_WANDevice_WANConnectionDevice_WANPTMLinkConfig_Stats;
}

/** InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats. */
export interface InternetGatewayDevice_WANDevice_WANConnectionDevice_WANPTMLinkConfig_Stats {
  'BroadcastPacketsReceived': number;
  'BroadcastPacketsSent': number;
  'BytesReceived': number;
  'BytesSent': number;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'FramesReceived': number;
  'FramesSent': number;
  'MulticastPacketsReceived': number;
  'MulticastPacketsSent': number;
  'OOSFarEnd': boolean;
  'OOSNearEnd': boolean;
  'UnicastPacketsReceived': number;
  'UnicastPacketsSent': number;
  'UnknownProtoPacketsReceived': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement. */
export interface InternetGatewayDevice_WANDevice_WANDSLConnectionManagement {
  'ConnectionService'?: { [instance: number]: InternetGatewayDevice_WANDevice_WANDSLConnectionManagement_ConnectionService };
  'ConnectionServiceNumberOfEntries': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}. */
export interface InternetGatewayDevice_WANDevice_WANDSLConnectionManagement_ConnectionService {
  'ConnectionType': string;
  'DestinationAddress': string;
  'LinkType': string;
  'Name': string;
  'WANConnectionDevice': string;
  'WANConnectionService': string;
}

/** InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics. */
export interface InternetGatewayDevice_WANDevice_WANDSLDiagnostics {
  'ACTATPds': number;
  'ACTATPus': number;
  'ACTPSDds': number;
  'ACTPSDus': number;
  'BITSpsds': readonly number[];
  'BITSpsus': readonly string[];
  'GAINSpsds': readonly number[];
  'HLINGds': number;
  'HLINGus': number;
  'HLINSCds': number;
  'HLINSCus': number;
  'HLINpsds': readonly number[];
  'HLINpsus': readonly string[];
  'HLOGGds': number;
  'HLOGGus': number;
  'HLOGMTds': number;
  'HLOGMTus': number;
  'HLOGpsds': readonly string[];
  'HLOGpsus': readonly string[];
  'LATNpbds': readonly string[];
  'LATNpbus': readonly string[];
  'LoopDiagnosticsState': "None" | "Requested" | "Complete" | "Error_Internal" | "Error_Other";
  'QLNGds': number;
  'QLNGus': number;
  'QLNMTds': number;
  'QLNMTus': number;
  'QLNpsds': readonly number[];
  'QLNpsus': readonly string[];
  'SATNds': readonly string[];
  'SATNus': readonly string[];
  'SNRGds': number;
  'SNRGus': number;
  'SNRMTds': number;
  'SNRMTus': number;
  'SNRpsds': readonly number[];
  'SNRpsus': readonly string[];
}

/** InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig. */
export interface InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig {
  'ACTINP': number;
  'ACTSNRMODEds': number;
  'ACTSNRMODEus': number;
  'ACTUALCE': number;
  'ATUCANSIRev': number;
  'ATUCANSIStd': number;
  'ATUCCountry': string;
  'ATUCVendor': string;
  'ATURANSIRev': number;
  'ATURANSIStd': number;
  'ATURCountry': string;
  'ATURVendor': string;
  'ActualInterleavingDelay': number;
  'AllowedProfiles': readonly ("8a" | "8b" | "8c" | "8d" | "12a" | "12b" | "17a" | "17b" | "30a")[];
  'CurrentDayStart': number;
  'CurrentProfile': string;
  'DataPath': "Interleaved" | "Fast" | "None";
  'DownstreamAttenuation': number;
  'DownstreamCurrRate': number;
  'DownstreamMaxRate': number;
  'DownstreamNoiseMargin': number;
  'DownstreamPower': number;
  'Enable': boolean;
  'INMCCds': number;
  'INMIATOds': number;
  'INMIATSds': number;
  'INMINPEQMODEds': number;
  'INPREPORT': boolean;
  'INTLVBLOCK': number;
  'INTLVDEPTH': number;
  'InterleaveDepth': number;
  'LIMITMASK': number;
  'LPATH': number;
  'LSYMB': number;
  'LastShowtimeStart': number;
  'LastStateTransmittedDownstream': number;
  'LastStateTransmittedUpstream': number;
  'LineEncoding': "DMT" | "CAP" | "2B1Q" | "43BT" | "PAM" | "QAM";
  'LineNumber': number;
  'LinkEncapsulationRequested': string;
  'LinkEncapsulationSupported': readonly ("G.992.3_Annex_K_ATM" | "G.992.3_Annex_K_PTM" | "G.993.2_Annex_K_ATM" | "G.993.2_Annex_K_PTM" | "G.994.1")[];
  'LinkEncapsulationUsed': "G.992.3_Annex_K_ATM" | "G.992.3_Annex_K_PTM" | "G.993.2_Annex_K_ATM" | "G.993.2_Annex_K_PTM";
  'MREFPSDds': string;
  'MREFPSDus': string;
  'ModulationType': "ADSL_G.dmt" | "ADSL_G.lite" | "ADSL_G.dmt.bis" | "ADSL_re-adsl" | "ADSL_2plus" | "ADLS_four" | "ADSL_ANSI_T1.413" | "G.shdsl" | "IDSL" | "HDSL" | "SDSL" | "VDSL";
  'NFEC': number;
  'PowerManagementState': "L0" | "L1" | "L3" | "L4";
  'QuarterHourStart': number;
  'RFEC': number;
  'SNRMpbds': readonly string[];
  'SNRMpbus': readonly string[];
  'ShowtimeStart': number;
  'StandardUsed': string;
  'StandardsSupported': readonly ("G.992.1_Annex_A" | "G.992.1_Annex_B" | "G.992.1_Annex_C" | "T1.413" | "T1.413i2" | "ETSI_101_388" | "G.992.2" | "G.992.3_Annex_A" | "G.992.3_Annex_B" | "G.992.3_Annex_C" | "G.992.3_Annex_I" | "G.992.3_Annex_J" | "G.992.3_Annex_L" | "G.992.3_Annex_M" | "G.992.4" | "G.992.5_Annex_A" | "G.992.5_Annex_B" | "G.992.5_Annex_C" | "G.992.5_Annex_I" | "G.992.5_Annex_J" | "G.992.5_Annex_M" | "G.993.1" | "G.993.1_Annex_A" | "G.993.2_Annex_A" | "G.993.2_Annex_B" | "G.993.2_Annex_C")[];
  'Stats'?: InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_Stats;
  'Status': "Up" | "Initializing" | "EstablishingLink" | "NoSignal" | "Error" | "Disabled";
  'SuccessFailureCause': number;
  'TRELLISds': number;
  'TRELLISus': number;
  'TestParams'?: InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_TestParams;
  'TotalStart': number;
  'UPBOKLE': number;
  'US0MASK': number;
  'UpstreamAttenuation': number;
  'UpstreamCurrRate': number;
  'UpstreamMaxRate': number;
  'UpstreamNoiseMargin': number;
  'UpstreamPower': number;
  'VirtualNoisePSDds': string;
  'VirtualNoisePSDus': string;
}

/** InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats. */
export interface InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_Stats {
  'CurrentDay'?: InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_Stats_CurrentDay;
  'LastShowtime'?: InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_Stats_LastShowtime;
  'QuarterHour'?: InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_Stats_QuarterHour;
  'Showtime'?: InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_Stats_Showtime;
  'Total'?: InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_Stats_Total;
}

/** InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay. */
export interface InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_Stats_CurrentDay {
  'ATUCCRCErrors': number;
  'ATUCErroredSecs': number;
  'ATUCFECErrors': number;
  'ATUCHECErrors': number;
  'ATUCSeverelyErroredSecs': number;
  'CRCErrors': number;
  'CellDelin': number;
  'ErroredSecs': number;
  'FECErrors': number;
  'HECErrors': number;
  'InitErrors': number;
  'InitTimeouts': number;
  'LInit': boolean;
  'LOF': boolean;
  'LinkRetrain': number;
  'LossOfFraming': number;
  'ReceiveBlocks': number;
  'SeverelyErroredSecs': number;
  'TransmitBlocks': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime. */
export interface InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_Stats_LastShowtime {
  'ATUCCRCErrors': number;
  'ATUCErroredSecs': number;
  'ATUCFECErrors': number;
  'ATUCHECErrors': number;
  'ATUCSeverelyErroredSecs': number;
  'CRCErrors': number;
  'CellDelin': number;
  'ErroredSecs': number;
  'FECErrors': number;
  'HECErrors': number;
  'InitErrors': number;
  'InitTimeouts': number;
  'LInit': boolean;
  'LOF': boolean;
  'LinkRetrain': number;
  'LossOfFraming': number;
  'ReceiveBlocks': number;
  'SeverelyErroredSecs': number;
  'TransmitBlocks': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour. */
export interface InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_Stats_QuarterHour {
  'ATUCCRCErrors': number;
  'ATUCErroredSecs': number;
  'ATUCFECErrors': number;
  'ATUCHECErrors': number;
  'ATUCSeverelyErroredSecs': number;
  'CRCErrors': number;
  'CellDelin': number;
  'ErroredSecs': number;
  'FECErrors': number;
  'HECErrors': number;
  'InitErrors': number;
  'InitTimeouts': number;
  'LInit': boolean;
  'LOF': boolean;
  'LinkRetrain': number;
  'LossOfFraming': number;
  'ReceiveBlocks': number;
  'SeverelyErroredSecs': number;
  'TransmitBlocks': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime. */
export interface InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_Stats_Showtime {
  'ATUCCRCErrors': number;
  'ATUCErroredSecs': number;
  'ATUCFECErrors': number;
  'ATUCHECErrors': number;
  'ATUCSeverelyErroredSecs': number;
  'CRCErrors': number;
  'CellDelin': number;
  'ErroredSecs': number;
  'FECErrors': number;
  'HECErrors': number;
  'InitErrors': number;
  'InitTimeouts': number;
  'LInit': boolean;
  'LOF': boolean;
  'LinkRetrain': number;
  'LossOfFraming': number;
  'ReceiveBlocks': number;
  'SeverelyErroredSecs': number;
  'TransmitBlocks': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total. */
export interface InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_Stats_Total {
  'ATUCCRCErrors': number;
  'ATUCErroredSecs': number;
  'ATUCFECErrors': number;
  'ATUCHECErrors': number;
  'ATUCSeverelyErroredSecs': number;
  'CRCErrors': number;
  'CellDelin': number;
  'ErroredSecs': number;
  'FECErrors': number;
  'HECErrors': number;
  'InitErrors': number;
  'InitTimeouts': number;
  'LInit': boolean;
  'LOF': boolean;
  'LinkRetrain': number;
  'LossOfFraming': number;
  'ReceiveBlocks': number;
  'SeverelyErroredSecs': number;
  'TransmitBlocks': number;
}

/** InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams. */
export interface InternetGatewayDevice_WANDevice_WANDSLInterfaceConfig_TestParams {
  'HLOGGds': number;
  'HLOGGus': number;
  'HLOGMTds': number;
  'HLOGMTus': number;
  'HLOGpsds': readonly string[];
  'HLOGpsus': readonly string[];
  'LATNds': readonly string[];
  'LATNus': readonly string[];
  'QLNGds': number;
  'QLNGus': number;
  'QLNMTds': number;
  'QLNMTus': number;
  'QLNpsds': readonly number[];
  'QLNpsus': readonly string[];
  'SATNds': readonly string[];
  'SATNus': readonly string[];
  'SNRGds': number;
  'SNRGus': number;
  'SNRMTds': number;
  'SNRMTus': number;
  'SNRpsds': readonly number[];
  'SNRpsus': readonly string[];
}

/** InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig. */
export interface InternetGatewayDevice_WANDevice_WANEthernetInterfaceConfig {
  'DuplexMode': "Half" | "Full" | "Auto";
  'Enable': boolean;
  'MACAddress': string;
  'MaxBitRate': "10" | "100" | "1000" | "10000";
  'ShapingBurstSize': number;
  'ShapingRate': number;
  'Stats'?: InternetGatewayDevice_WANDevice_WANEthernetInterfaceConfig_Stats;
  'Status': "Up" | "NoLink" | "Error" | "Disabled";
}

/** InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Stats. */
export interface InternetGatewayDevice_WANDevice_WANEthernetInterfaceConfig_Stats {
  'BytesReceived': number;
  'BytesSent': number;
  'PacketsReceived': number;
  'PacketsSent': number;
}

/** InternetGatewayDevice.XMPP. */
export interface InternetGatewayDevice_XMPP {
  'Connection'?: { [instance: number]: InternetGatewayDevice_XMPP_Connection };
  'ConnectionNumberOfEntries': number;
}

/** InternetGatewayDevice.XMPP.Connection.{i}. */
export interface InternetGatewayDevice_XMPP_Connection {
  'Alias': string;
  'Domain': string;
  'Enable': boolean;
  'JabberID': string;
  'KeepAliveInterval': bigint;
  'LastChangeDate': string;
  'Password': string;
  'Resource': string;
  'Server'?: { [instance: number]: InternetGatewayDevice_XMPP_Connection_Server };
  'ServerConnectAlgorithm': "DNS-SRV" | "ServerTable";
  'ServerConnectAttempts': number;
  'ServerNumberOfEntries': number;
  'ServerRetryInitialInterval': number;
  'ServerRetryIntervalMultiplier': number;
  'ServerRetryMaxInterval': number;
  'Stats'?: InternetGatewayDevice_XMPP_Connection_Stats;
  'Status': "Enabled" | "Disabled" | "Unknown" | "Dormant" | "Connecting" | "ServerNotPresent" | "Error_Misconfigured" | "Error_AuthenticationFailure" | "Error";
  'TLSEstablished': boolean;
  'UseTLS': boolean;
  'Username': string;
}

/** InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}. */
export interface InternetGatewayDevice_XMPP_Connection_Server {
  'Alias': string;
  'Enable': boolean;
  'Port': number;
  'Priority': number;
  'ServerAddress': string;
  'Weight': bigint;
}

/** InternetGatewayDevice.XMPP.Connection.{i}.Stats. */
export interface InternetGatewayDevice_XMPP_Connection_Stats {
  'ReceivedErrorMessages': number;
  'ReceivedMessages': number;
  'TransmittedErrorMessages': number;
  'TransmittedMessages': number;
}

