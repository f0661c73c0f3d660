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

/** The value type of every parameter of InternetGatewayDevice:1.14, keyed by its BBF path. */
export interface Values {
  'InternetGatewayDevice.BulkData.Enable': boolean;
  'InternetGatewayDevice.BulkData.EncodingTypes': readonly ("XML" | "XDR")[];
  'InternetGatewayDevice.BulkData.MaxNumberOfParameterReferences': number;
  'InternetGatewayDevice.BulkData.MaxNumberOfProfiles': number;
  'InternetGatewayDevice.BulkData.MinReportingInterval': number;
  'InternetGatewayDevice.BulkData.Profile.{i}.Alias': string;
  'InternetGatewayDevice.BulkData.Profile.{i}.ControlFileFormat': string;
  'InternetGatewayDevice.BulkData.Profile.{i}.Enable': boolean;
  'InternetGatewayDevice.BulkData.Profile.{i}.EncodingType': string;
  'InternetGatewayDevice.BulkData.Profile.{i}.FileTransferPassword': string;
  'InternetGatewayDevice.BulkData.Profile.{i}.FileTransferURL': string;
  'InternetGatewayDevice.BulkData.Profile.{i}.FileTransferUsername': string;
  'InternetGatewayDevice.BulkData.Profile.{i}.Parameter.{i}.Reference': string;
  'InternetGatewayDevice.BulkData.Profile.{i}.ParameterNumberOfEntries': number;
  'InternetGatewayDevice.BulkData.Profile.{i}.Protocol': string;
  'InternetGatewayDevice.BulkData.Profile.{i}.ReportingInterval': number;
  'InternetGatewayDevice.BulkData.Profile.{i}.StreamingHost': string;
  'InternetGatewayDevice.BulkData.Profile.{i}.StreamingPort': number;
  'InternetGatewayDevice.BulkData.Profile.{i}.StreamingSessionID': number;
  'InternetGatewayDevice.BulkData.Profile.{i}.TimeReference': string;
  'InternetGatewayDevice.BulkData.ProfileNumberOfEntries': number;
  'InternetGatewayDevice.BulkData.Protocols': readonly ("Streaming" | "File")[];
  'InternetGatewayDevice.BulkData.Status': "Enabled" | "Disabled" | "Error";
  'InternetGatewayDevice.Capabilities.PerformanceDiagnostic.DownloadTransports': readonly ("HTTP" | "FTP")[];
  'InternetGatewayDevice.Capabilities.PerformanceDiagnostic.UploadTransports': readonly ("HTTP" | "FTP")[];
  'InternetGatewayDevice.CaptivePortal.AllowedList': readonly string[];
  'InternetGatewayDevice.CaptivePortal.CaptivePortalURL': string;
  'InternetGatewayDevice.CaptivePortal.Enable': boolean;
  'InternetGatewayDevice.CaptivePortal.Status': "Disabled" | "Enabled" | "Error_URLEmpty" | "Error";
  'InternetGatewayDevice.DLNA.Capabilities.AVClassProfileID': readonly string[];
  'InternetGatewayDevice.DLNA.Capabilities.AudioClassProfileID': readonly string[];
  'InternetGatewayDevice.DLNA.Capabilities.DeviceCapability': readonly string[];
  'InternetGatewayDevice.DLNA.Capabilities.HIDDeviceClass': readonly string[];
  'InternetGatewayDevice.DLNA.Capabilities.HNDDeviceClass': readonly string[];
  'InternetGatewayDevice.DLNA.Capabilities.ImageClassProfileID': readonly string[];
  'InternetGatewayDevice.DLNA.Capabilities.MediaCollectionProfileID': readonly string[];
  'InternetGatewayDevice.DLNA.Capabilities.PrinterClassProfileID': readonly string[];
  'InternetGatewayDevice.DNS.SD.Enable': boolean;
  'InternetGatewayDevice.DNS.SD.Service.{i}.ApplicationProtocol': string;
  'InternetGatewayDevice.DNS.SD.Service.{i}.Domain': string;
  'InternetGatewayDevice.DNS.SD.Service.{i}.Host': readonly string[];
  'InternetGatewayDevice.DNS.SD.Service.{i}.InstanceName': string;
  'InternetGatewayDevice.DNS.SD.Service.{i}.LastUpdate': string;
  'InternetGatewayDevice.DNS.SD.Service.{i}.Port': number;
  'InternetGatewayDevice.DNS.SD.Service.{i}.Priority': number;
  'InternetGatewayDevice.DNS.SD.Service.{i}.Status': "LeaseActive" | "GoodbyeReceived" | "LeaseExpired";
  'InternetGatewayDevice.DNS.SD.Service.{i}.Target': string;
  'InternetGatewayDevice.DNS.SD.Service.{i}.TextRecord.{i}.Key': string;
  'InternetGatewayDevice.DNS.SD.Service.{i}.TextRecord.{i}.Value': string;
  'InternetGatewayDevice.DNS.SD.Service.{i}.TextRecordNumberOfEntries': number;
  'InternetGatewayDevice.DNS.SD.Service.{i}.TimeToLive': number;
  'InternetGatewayDevice.DNS.SD.Service.{i}.TransportProtocol': "TCP" | "UDP";
  'InternetGatewayDevice.DNS.SD.Service.{i}.Weight': number;
  'InternetGatewayDevice.DNS.SD.ServiceNumberOfEntries': number;
  'InternetGatewayDevice.DeviceConfig.ConfigFile': string;
  'InternetGatewayDevice.DeviceConfig.PersistentData': string;
  'InternetGatewayDevice.DeviceInfo.AdditionalHardwareVersion': readonly string[];
  'InternetGatewayDevice.DeviceInfo.AdditionalSoftwareVersion': readonly string[];
  'InternetGatewayDevice.DeviceInfo.Description': string;
  'InternetGatewayDevice.DeviceInfo.DeviceCategory': readonly string[];
  'InternetGatewayDevice.DeviceInfo.DeviceLog': string;
  'InternetGatewayDevice.DeviceInfo.EnabledOptions': readonly string[];
  'InternetGatewayDevice.DeviceInfo.FirstUseDate': string;
  'InternetGatewayDevice.DeviceInfo.HardwareVersion': string;
  'InternetGatewayDevice.DeviceInfo.Location.{i}.AcquiredTime': string;
  'InternetGatewayDevice.DeviceInfo.Location.{i}.DataObject': string;
  'InternetGatewayDevice.DeviceInfo.Location.{i}.ExternalProtocol': "" | "CWMP" | "OMA-DM" | "SNMP" | "UPnP" | "HELD" | "DHCPv4" | "DHCPv6" | "LLDP-MED" | "MLP" | "Other";
  'InternetGatewayDevice.DeviceInfo.Location.{i}.ExternalSource': string;
  'InternetGatewayDevice.DeviceInfo.Location.{i}.Source': "GPS" | "AGPS" | "Manual" | "External";
  'InternetGatewayDevice.DeviceInfo.LocationNumberOfEntries': number;
  'InternetGatewayDevice.DeviceInfo.Manufacturer': string;
  'InternetGatewayDevice.DeviceInfo.ManufacturerOUI': string;
  'InternetGatewayDevice.DeviceInfo.MemoryStatus.Free': number;
  'InternetGatewayDevice.DeviceInfo.MemoryStatus.Total': number;
  'InternetGatewayDevice.DeviceInfo.ModelName': string;
  'InternetGatewayDevice.DeviceInfo.ModelNumber': string;
  'InternetGatewayDevice.DeviceInfo.ModemFirmwareVersion': string;
  'InternetGatewayDevice.DeviceInfo.NetworkProperties.MaxTCPWindowSize': number;
  'InternetGatewayDevice.DeviceInfo.NetworkProperties.TCPImplementation': readonly ("Tahoe" | "Reno" | "New Reno" | "Vegas")[];
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.CPUUsage': number;
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.CPUTime': number;
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.Command': string;
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.PID': number;
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.Priority': number;
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.Size': number;
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.Process.{i}.State': "Running" | "Sleeping" | "Stopped" | "Idle" | "Uninterruptible" | "Zombie";
  'InternetGatewayDevice.DeviceInfo.ProcessStatus.ProcessNumberOfEntries': number;
  'InternetGatewayDevice.DeviceInfo.Processor.{i}.Alias': string;
  'InternetGatewayDevice.DeviceInfo.Processor.{i}.Architecture': "arm" | "i386" | "m68010" | "m68k" | "mipseb" | "mipsel" | "powerpc" | "sh3eb" | "sh3el" | "x86_64";
  'InternetGatewayDevice.DeviceInfo.ProcessorNumberOfEntries': number;
  'InternetGatewayDevice.DeviceInfo.ProductClass': string;
  'InternetGatewayDevice.DeviceInfo.ProvisioningCode': string;
  'InternetGatewayDevice.DeviceInfo.ProxierInfo.ManufacturerOUI': string;
  'InternetGatewayDevice.DeviceInfo.ProxierInfo.ProductClass': string;
  'InternetGatewayDevice.DeviceInfo.ProxierInfo.ProxyProtocol': "Z-Wave" | "ZigBee" | "UPnP-DM" | "ETSI-M2M";
  'InternetGatewayDevice.DeviceInfo.ProxierInfo.SerialNumber': string;
  'InternetGatewayDevice.DeviceInfo.SerialNumber': string;
  'InternetGatewayDevice.DeviceInfo.SoftwareVersion': string;
  'InternetGatewayDevice.DeviceInfo.SpecVersion': string;
  'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.Alias': string;
  'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.Features': readonly string[];
  'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.URL': string;
  'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.URN': string;
  'InternetGatewayDevice.DeviceInfo.SupportedDataModel.{i}.UUID': string;
  'InternetGatewayDevice.DeviceInfo.SupportedDataModelNumberOfEntries': number;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Alias': string;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Enable': boolean;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.HighAlarmTime': string;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.HighAlarmValue': number;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.LastUpdate': string;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.LowAlarmTime': string;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.LowAlarmValue': number;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.MaxTime': string;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.MaxValue': number;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.MinTime': string;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.MinValue': number;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Name': string;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.PollingInterval': number;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Reset': boolean;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.ResetTime': string;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Status': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}.Value': number;
  'InternetGatewayDevice.DeviceInfo.TemperatureStatus.TemperatureSensorNumberOfEntries': number;
  'InternetGatewayDevice.DeviceInfo.UpTime': number;
  'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Alias': string;
  'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Date': string;
  'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Description': string;
  'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Name': string;
  'InternetGatewayDevice.DeviceInfo.VendorConfigFile.{i}.Version': string;
  'InternetGatewayDevice.DeviceInfo.VendorConfigFileNumberOfEntries': number;
  'InternetGatewayDevice.DeviceInfo.VendorLogFile.{i}.Alias': string;
  'InternetGatewayDevice.DeviceInfo.VendorLogFile.{i}.MaximumSize': number;
  'InternetGatewayDevice.DeviceInfo.VendorLogFile.{i}.Name': string;
  'InternetGatewayDevice.DeviceInfo.VendorLogFile.{i}.Persistent': boolean;
  'InternetGatewayDevice.DeviceInfo.VendorLogFileNumberOfEntries': number;
  'InternetGatewayDevice.DeviceSummary': string;
  'InternetGatewayDevice.DownloadAvailability.Announcement.Enable': boolean;
  'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.Alias': string;
  'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.Enable': boolean;
  'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.Status': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.DownloadAvailability.Announcement.Group.{i}.URL': string;
  'InternetGatewayDevice.DownloadAvailability.Announcement.GroupNumberOfEntries': number;
  'InternetGatewayDevice.DownloadAvailability.Announcement.Status': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.DownloadAvailability.Query.Enable': boolean;
  'InternetGatewayDevice.DownloadAvailability.Query.Status': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.DownloadAvailability.Query.URL': string;
  'InternetGatewayDevice.DownloadDiagnostics.BOMTime': string;
  'InternetGatewayDevice.DownloadDiagnostics.DSCP': number;
  'InternetGatewayDevice.DownloadDiagnostics.DiagnosticsState': "None" | "Requested" | "Completed" | "Error_InitConnectionFailed" | "Error_NoResponse" | "Error_TransferFailed" | "Error_PasswordRequestFailed" | "Error_LoginFailed" | "Error_NoTransferMode" | "Error_NoPASV" | "Error_IncorrectSize" | "Error_Timeout";
  'InternetGatewayDevice.DownloadDiagnostics.DownloadURL': string;
  'InternetGatewayDevice.DownloadDiagnostics.EOMTime': string;
  'InternetGatewayDevice.DownloadDiagnostics.EthernetPriority': number;
  'InternetGatewayDevice.DownloadDiagnostics.Interface': string;
  'InternetGatewayDevice.DownloadDiagnostics.ROMTime': string;
  'InternetGatewayDevice.DownloadDiagnostics.TCPOpenRequestTime': string;
  'InternetGatewayDevice.DownloadDiagnostics.TCPOpenResponseTime': string;
  'InternetGatewayDevice.DownloadDiagnostics.TestBytesReceived': number;
  'InternetGatewayDevice.DownloadDiagnostics.TotalBytesReceived': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.AccessLevelsSupported': readonly ("Guest" | "Standard" | "Restricted" | "Administrator" | "Debug")[];
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.AuthenticationMethodsSupported': readonly ("Basic" | "Digest" | "DigitalSignature")[];
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.FemtoAwarenessAPISupport': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.MMSAPISupport': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.PresenceApplicationSupport': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.QueryMMSDeliveryStatusSupport': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.QuerySMSDeliveryStatusSupport': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.SMSAPISupport': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.SendMMSTargetAddressType': readonly ("TelUri" | "AnonymousReference" | "All")[];
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.SendSMSTargetAddressType': readonly ("TelUri" | "AnonymousReference" | "All")[];
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.SubscribeToNotificationsOfMMSSentToApplicationSupport': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.SubscribeToNotificationsOfSMSSentToApplicationSupport': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Capabilities.TerminalLocationAPISupport': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.AuthenticationMethod': string;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.APIEnable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.FemtozoneID': string;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.MaxAPIUsersNumber': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.NotificationsUserIdentifierMSISDN': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.QueryFemtocellResponseTimezone': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.QueueEnable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.Queueing': "FiFo" | "Priority";
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.FemtoAwareness.SubscribeToNotificationsResponseCallbackData': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.APIEnable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.EnableQueryMMSDeliveryStatus': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.EnableSubscribeToNotificationsOfMessageSentToApplication': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.MaxAPIUsersNumber': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.MinSendMMSTimeInterval': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.QueueEnable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.MMS.Queueing': "FiFo" | "Priority";
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.APIEnable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.EnableQuerySMSDeliveryStatus': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.EnableSubscribeToNotificationsOfMessageSentToApplication': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.MaxAPIUsersNumber': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.MinSendSMSTimeInterval': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.QueueEnable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.SMS.Queueing': "FiFo" | "Priority";
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.APIEnable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.MaxAPIUsersNumber': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueryMobileLocationResponseAddress': "TelUri" | "AnonymousReference";
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueryMobileLocationResponseAltitude': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueryMobileLocationResponseLongitudeLatitude': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueryMobileLocationResponseTimestamp': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.QueueEnable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TerminalLocation.Queueing': "FiFo" | "Priority";
  'InternetGatewayDevice.FAP.ApplicationPlatform.Control.TunnelInst': string;
  'InternetGatewayDevice.FAP.ApplicationPlatform.CurrentNumberofApplications': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Enable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.MaxNumberOfApplications': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.AuthenticationRequestsReceived': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.AuthenticationRequestsRejected': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.Enable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.APIAvailable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.APIUsers': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.QueueDiscarded': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.QueueNum': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.QueueReceived': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.FemtoAwareness.QueueState': "Disabled" | "Ready" | "Flushed";
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.APIAvailable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.APIUsers': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.QueueDiscarded': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.QueueNum': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.QueueReceived': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MMS.QueueState': "Disabled" | "Ready" | "Flushed";
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.MonitoringInterval': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.APIAvailable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.APIUsers': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.QueueDiscarded': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.QueueNum': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.QueueReceived': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.SMS.QueueState': "Disabled" | "Ready" | "Flushed";
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.APIAvailable': boolean;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.APIUsers': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.QueueDiscarded': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.QueueNum': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.QueueReceived': number;
  'InternetGatewayDevice.FAP.ApplicationPlatform.Monitoring.TerminalLocation.QueueState': "Disabled" | "Ready" | "Flushed";
  'InternetGatewayDevice.FAP.ApplicationPlatform.Status': "Disabled" | "Enabled" | "Reset" | "Initializing";
  'InternetGatewayDevice.FAP.ApplicationPlatform.Version': string;
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.Enable': boolean;
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.Password': string;
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ReferenceLatitude': number;
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ReferenceLongitude': number;
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ServerInUse': boolean;
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ServerPort': number;
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.ServerURL': string;
  'InternetGatewayDevice.FAP.GPS.AGPSServerConfig.Username': string;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPS': boolean;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.CurrentFix': boolean;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.Elevation': number;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.FirstFixTimeout': number;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.GotFix': boolean;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.LastFixDuration': number;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.LastFixTime': string;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.Latitude': number;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.LocationType': "Real" | "Reference";
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.LockTimeOutDuration': number;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.Longitude': number;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.ReceiverStatus': string;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.SatelliteTrackingInterval': number;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.SatellitesTracked': number;
  'InternetGatewayDevice.FAP.GPS.ContinuousGPSStatus.TimingGood': boolean;
  'InternetGatewayDevice.FAP.GPS.ErrorDetails': string;
  'InternetGatewayDevice.FAP.GPS.GPSReset': boolean;
  'InternetGatewayDevice.FAP.GPS.LastScanTime': string;
  'InternetGatewayDevice.FAP.GPS.LastSuccessfulScanTime': string;
  'InternetGatewayDevice.FAP.GPS.LockedLatitude': number;
  'InternetGatewayDevice.FAP.GPS.LockedLongitude': number;
  'InternetGatewayDevice.FAP.GPS.NumberOfSatellites': number;
  'InternetGatewayDevice.FAP.GPS.PeriodicInterval': number;
  'InternetGatewayDevice.FAP.GPS.PeriodicTime': string;
  'InternetGatewayDevice.FAP.GPS.ScanOnBoot': boolean;
  'InternetGatewayDevice.FAP.GPS.ScanPeriodically': boolean;
  'InternetGatewayDevice.FAP.GPS.ScanStatus': "Indeterminate" | "InProgress" | "Success" | "Error" | "Error_TIMEOUT";
  'InternetGatewayDevice.FAP.GPS.ScanTimeout': number;
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.Alias': string;
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.Enable': boolean;
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.Password': string;
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.PeriodicUploadInterval': number;
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.PeriodicUploadTime': string;
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.URL': string;
  'InternetGatewayDevice.FAP.PerfMgmt.Config.{i}.Username': string;
  'InternetGatewayDevice.FAP.PerfMgmt.ConfigNumberOfEntries': number;
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.CreationTime': string;
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.DirectionOutbound': boolean;
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.IntegrityErrors': number;
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.ParentID': string;
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.ReplayErrors': number;
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.SPI': number;
  'InternetGatewayDevice.FAP.Tunnel.ChildSA.{i}.Traffic': number;
  'InternetGatewayDevice.FAP.Tunnel.ChildSANumberOfEntries': number;
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.Alias': string;
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.AuthMethod': string;
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.DPDTimer': number;
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.ESPEncrypt': readonly ("3DES-CBC" | "AES-CBC" | "Null")[];
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.ESPIntegrity': readonly ("HMAC-SHA1-96" | "AES-XCBC-MAC-96")[];
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.Enable': boolean;
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKEDH': readonly ("1024" | "2048")[];
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKEEncrypt': readonly ("3DES-CBC" | "AES-CBC")[];
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKEIntegrity': readonly ("HMAC-SHA1-96" | "AES-XCBC-MAC-96")[];
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKEPRF': readonly ("HMAC-SHA1" | "AES-XCBC-PRF-128")[];
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IKERekeyLifetime': number;
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IPsecRekeyLifetimeByte': number;
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IPsecRekeyLifetimeTime': number;
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.IPsecWindowSize': number;
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.MaxChildSA': number;
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.NATTKeepaliveTimer': number;
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.SecDFBit': "On" | "Off";
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfile.{i}.SecMaxFragSize': number;
  'InternetGatewayDevice.FAP.Tunnel.CryptoProfileNumberOfEntries': number;
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.AuthErrors': number;
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.CreationTime': string;
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.DHCPServers': readonly string[];
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.DNSServers': readonly string[];
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.IPAddress': string;
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.IntegrityErrors': number;
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.OtherErrors': number;
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.PeerAddress': string;
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.Status': "Disabled" | "Active" | "Completed" | "Progressing" | "Error";
  'InternetGatewayDevice.FAP.Tunnel.IKESA.{i}.SubnetMask': string;
  'InternetGatewayDevice.FAP.Tunnel.IKESANumberOfEntries': number;
  'InternetGatewayDevice.FAP.Tunnel.MaxChildSAPerIKE': number;
  'InternetGatewayDevice.FAP.Tunnel.MaxIKESessions': number;
  'InternetGatewayDevice.FAP.Tunnel.MaxVirtualInterfaces': number;
  'InternetGatewayDevice.FAP.Tunnel.UseForCWMP': boolean;
  'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.Alias': string;
  'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.CryptoProfile': string;
  'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.DSCPMarkPolicy': number;
  'InternetGatewayDevice.FAP.Tunnel.VirtualInterface.{i}.Enable': boolean;
  'InternetGatewayDevice.FAP.Tunnel.VirtualInterfaceNumberOfEntries': number;
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.AdditionalInformation': string;
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.AdditionalText': string;
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.AlarmChangedTime': string;
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.AlarmIdentifier': string;
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.AlarmRaisedTime': string;
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.EventType': string;
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.ManagedObjectInstance': string;
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.PerceivedSeverity': "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.ProbableCause': string;
  'InternetGatewayDevice.FaultMgmt.CurrentAlarm.{i}.SpecificProblem': string;
  'InternetGatewayDevice.FaultMgmt.CurrentAlarmNumberOfEntries': number;
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.AdditionalInformation': string;
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.AdditionalText': string;
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.AlarmIdentifier': string;
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.EventTime': string;
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.EventType': string;
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.ManagedObjectInstance': string;
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.NotificationType': "NewAlarm" | "ChangedAlarm" | "ClearedAlarm";
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.PerceivedSeverity': "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.ProbableCause': string;
  'InternetGatewayDevice.FaultMgmt.ExpeditedEvent.{i}.SpecificProblem': string;
  'InternetGatewayDevice.FaultMgmt.ExpeditedEventNumberOfEntries': number;
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.AdditionalInformation': string;
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.AdditionalText': string;
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.AlarmIdentifier': string;
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.EventTime': string;
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.EventType': string;
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.ManagedObjectInstance': string;
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.NotificationType': "NewAlarm" | "ChangedAlarm" | "ClearedAlarm";
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.PerceivedSeverity': "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.ProbableCause': string;
  'InternetGatewayDevice.FaultMgmt.HistoryEvent.{i}.SpecificProblem': string;
  'InternetGatewayDevice.FaultMgmt.HistoryEventNumberOfEntries': number;
  'InternetGatewayDevice.FaultMgmt.MaxCurrentAlarmEntries': number;
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.AdditionalInformation': string;
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.AdditionalText': string;
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.AlarmIdentifier': string;
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.EventTime': string;
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.EventType': string;
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.ManagedObjectInstance': string;
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.NotificationType': "NewAlarm" | "ChangedAlarm" | "ClearedAlarm";
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.PerceivedSeverity': "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.ProbableCause': string;
  'InternetGatewayDevice.FaultMgmt.QueuedEvent.{i}.SpecificProblem': string;
  'InternetGatewayDevice.FaultMgmt.QueuedEventNumberOfEntries': number;
  'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.EventType': string;
  'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.PerceivedSeverity': "" | "*" | "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.ProbableCause': string;
  'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.ReportingMechanism': "0 Expedited" | "1 Queued" | "2 Logged" | "3 Disabled";
  'InternetGatewayDevice.FaultMgmt.SupportedAlarm.{i}.SpecificProblem': string;
  'InternetGatewayDevice.FaultMgmt.SupportedAlarmNumberOfEntries': number;
  'InternetGatewayDevice.Firewall.Config': "High" | "Low" | "Off";
  'InternetGatewayDevice.Firewall.LastChange': string;
  'InternetGatewayDevice.Firewall.Version': string;
  'InternetGatewayDevice.IPPingDiagnostics.AverageResponseTime': number;
  'InternetGatewayDevice.IPPingDiagnostics.DSCP': number;
  'InternetGatewayDevice.IPPingDiagnostics.DataBlockSize': number;
  'InternetGatewayDevice.IPPingDiagnostics.DiagnosticsState': "None" | "Requested" | "Complete" | "Error_CannotResolveHostName" | "Error_Internal" | "Error_Other";
  'InternetGatewayDevice.IPPingDiagnostics.FailureCount': number;
  'InternetGatewayDevice.IPPingDiagnostics.Host': string;
  'InternetGatewayDevice.IPPingDiagnostics.Interface': string;
  'InternetGatewayDevice.IPPingDiagnostics.MaximumResponseTime': number;
  'InternetGatewayDevice.IPPingDiagnostics.MinimumResponseTime': number;
  'InternetGatewayDevice.IPPingDiagnostics.NumberOfRepetitions': number;
  'InternetGatewayDevice.IPPingDiagnostics.SuccessCount': number;
  'InternetGatewayDevice.IPPingDiagnostics.Timeout': number;
  'InternetGatewayDevice.LANConfigSecurity.ConfigPassword': string;
  'InternetGatewayDevice.LANDevice.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.Active': boolean;
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.AddressSource': "DHCP" | "Static" | "AutoIP";
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.ClientID': string;
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.HostName': string;
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.IPAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.InterfaceType': "Ethernet" | "USB" | "802.11" | "HomePNA" | "HomePlug" | "MoCA" | "Other";
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.Layer2Interface': string;
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.LeaseTimeRemaining': number;
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.MACAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.UserClassID': string;
  'InternetGatewayDevice.LANDevice.{i}.Hosts.Host.{i}.VendorClassID': string;
  'InternetGatewayDevice.LANDevice.{i}.Hosts.HostNumberOfEntries': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.DuplexMode': "Half" | "Full" | "Auto";
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Enable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.MACAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.MACAddressControlEnabled': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.MaxBitRate': "10" | "100" | "1000" | "10000" | "Auto";
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Name': string;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.BroadcastPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.BroadcastPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.BytesReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.BytesSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.DiscardPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.DiscardPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.ErrorsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.ErrorsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.MulticastPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.MulticastPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.PacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.PacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.UnicastPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.UnicastPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Stats.UnknownProtoPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceConfig.{i}.Status': "Up" | "NoLink" | "Error" | "Disabled";
  'InternetGatewayDevice.LANDevice.{i}.LANEthernetInterfaceNumberOfEntries': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.AllowedMACAddresses': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.AssociatedConnection': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalPoolNumberOfEntries': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.AssociatedConnection': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.Chaddr': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ChaddrExclude': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ChaddrMask': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ClientID': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ClientIDExclude': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPLeaseTime': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Enable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Tag': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOption.{i}.Value': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPOptionNumberOfEntries': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPServerIPAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.Chaddr': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.Enable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddress.{i}.Yiaddr': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DHCPStaticAddressNumberOfEntries': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DNSServers': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.DomainName': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.Enable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.IPRouters': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.LocallyServed': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.MaxAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.MinAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.PoolOrder': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.ReservedAddresses': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.SourceInterface': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.SubnetMask': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.UseAllocatedWAN': "Normal" | "Passthrough";
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.UserClassID': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.UserClassIDExclude': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.VendorClassID': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.VendorClassIDExclude': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPConditionalServingPool.{i}.VendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPLeaseTime': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Enable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Tag': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOption.{i}.Value': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPOptionNumberOfEntries': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPRelay': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPServerConfigurable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPServerEnable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.Chaddr': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.Enable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddress.{i}.Yiaddr': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DHCPStaticAddressNumberOfEntries': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DNSServers': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.DomainName': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.Enable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.IPInterfaceAddressingType': "DHCP" | "Static" | "AutoIP";
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.IPInterfaceIPAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterface.{i}.IPInterfaceSubnetMask': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPInterfaceNumberOfEntries': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.IPRouters': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.MACAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.MaxAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.MinAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.PassthroughLease': number;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.PassthroughMACAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.ReservedAddresses': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.SubnetMask': string;
  'InternetGatewayDevice.LANDevice.{i}.LANHostConfigManagement.UseAllocatedWAN': "Normal" | "UseAllocatedSubnet" | "Passthrough";
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Enable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.MACAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.MACAddressControlEnabled': boolean;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Name': string;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Power': "Self" | "Bus" | "Unknown";
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Rate': "Low" | "Full" | "High";
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Standard': string;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.BroadcastPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.BroadcastPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.BytesReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.BytesSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.CellsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.CellsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.DiscardPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.DiscardPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.ErrorsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.ErrorsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.MulticastPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.MulticastPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.UnicastPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.UnicastPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Stats.UnknownProtoPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Status': "Up" | "NoLink" | "Error" | "Disabled";
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceConfig.{i}.Type': "Host" | "Hub" | "Device";
  'InternetGatewayDevice.LANDevice.{i}.LANUSBInterfaceNumberOfEntries': number;
  'InternetGatewayDevice.LANDevice.{i}.LANWLANConfigurationNumberOfEntries': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.AIFSN': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.AckPolicy': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.ECWMax': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.ECWMin': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.APWMMParameter.{i}.TXOP': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.AssociatedDeviceAuthenticationState': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.AssociatedDeviceIPAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.AssociatedDeviceMACAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.LastDataTransmitRate': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.LastPMKId': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.LastRequestedMulticastCipher': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AssociatedDevice.{i}.LastRequestedUnicastCipher': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AuthenticationServiceMode': "None" | "LinkAuthentication" | "RadiusClient";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AutoChannelEnable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.AutoRateFallBackEnabled': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BSSID': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BasicAuthenticationMode': "None" | "EAPAuthentication" | "SharedAuthentication";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BasicDataTransmitRates': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BasicEncryptionModes': "None" | "WEPEncryption";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BeaconAdvertisementEnabled': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BeaconType': "None" | "Basic" | "WPA" | "11i" | "BasicandWPA" | "Basicand11i" | "WPAand11i" | "BasicandWPAand11i";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Channel': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.ChannelsInUse': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.DeviceOperationMode': "InfrastructureAccessPoint" | "WirelessBridge" | "WirelessRepeater" | "WirelessStation";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.DistanceFromRoot': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Enable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.IEEE11iAuthenticationMode': "PSKAuthentication" | "EAPAuthentication" | "EAPandPSKAuthentication";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.IEEE11iEncryptionModes': "WEPEncryption" | "TKIPEncryption" | "WEPandTKIPEncryption" | "AESEncryption" | "WEPandAESEncryption" | "TKIPandAESEncryption" | "WEPandTKIPandAESEncryption";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.InsecureOOBAccessEnabled': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.KeyPassphrase': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.LocationDescription': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.MACAddressControlEnabled': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.MaxBitRate': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Name': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.OperationalDataTransmitRates': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PeerBSSID': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PossibleChannels': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PossibleDataTransmitRates': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.AssociatedDeviceMACAddress': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.KeyPassphrase': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.PreSharedKey.{i}.PreSharedKey': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.RadioEnabled': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.RegulatoryDomain': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.SSID': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.SSIDAdvertisementEnabled': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.AIFSN': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.AckPolicy': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.ECWMax': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.ECWMin': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.STAWMMParameter.{i}.TXOP': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Standard': "a" | "b" | "g" | "g-only" | "n";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.BroadcastPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.BroadcastPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.DiscardPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.DiscardPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.ErrorsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.ErrorsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.MulticastPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.MulticastPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.UnicastPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.UnicastPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Stats.UnknownProtoPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.Status': "Up" | "Error" | "Disabled";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalAssociations': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalBytesReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalBytesSent': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalIntegrityFailures': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalPSKFailures': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalPacketsReceived': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TotalPacketsSent': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TransmitPower': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.TransmitPowerSupported': readonly number[];
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.UAPSDEnable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.UAPSDSupported': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPEncryptionLevel': readonly ("Disabled" | "40-bit" | "104-bit")[];
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPKey.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPKey.{i}.WEPKey': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WEPKeyIndex': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WMMEnable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WMMSupported': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPAAuthenticationMode': "PSKAuthentication" | "EAPAuthentication";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPAEncryptionModes': "WEPEncryption" | "TKIPEncryption" | "WEPandTKIPEncryption" | "AESEncryption" | "WEPandAESEncryption" | "TKIPandAESEncryption" | "WEPandTKIPandAESEncryption";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.ConfigMethodsEnabled': readonly string[];
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.ConfigMethodsSupported': readonly ("USBFlashDrive" | "Ethernet" | "Label" | "Display" | "ExternalNFCToken" | "IntegratedNFCToken" | "NFCInterface" | "PushButton" | "Keypad")[];
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.ConfigurationState': "Not configured" | "Configured";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.DeviceName': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.DevicePassword': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Enable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.LastConfigurationError': "NoError" | "DecryptionCRCFailure" | "SignalTooWeak" | "CouldntConnectToRegistrar" | "RogueActivitySuspected" | "DeviceBusy" | "SetupLocked" | "MessageTimeout" | "RegistrationSessionTimeout" | "DevicePasswordAuthFailure";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}.Alias': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}.DeviceName': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}.Enable': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Registrar.{i}.UUID': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.RegistrarEstablished': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.RegistrarNumberOfEntries': number;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.SetupLock': boolean;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.SetupLockedState': "Unlocked" | "LockedByLocalManagement" | "LockedByRemoteManagement" | "PINRetryLimitReached";
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.UUID': string;
  'InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.WPS.Version': number;
  'InternetGatewayDevice.LANDeviceNumberOfEntries': number;
  'InternetGatewayDevice.LANInterfaces.LANEthernetInterfaceConfig.{i}.Alias': string;
  'InternetGatewayDevice.LANInterfaces.LANEthernetInterfaceNumberOfEntries': number;
  'InternetGatewayDevice.LANInterfaces.LANUSBInterfaceConfig.{i}.Alias': string;
  'InternetGatewayDevice.LANInterfaces.LANUSBInterfaceNumberOfEntries': number;
  'InternetGatewayDevice.LANInterfaces.LANWLANConfigurationNumberOfEntries': number;
  'InternetGatewayDevice.LANInterfaces.WLANConfiguration.{i}.Alias': string;
  'InternetGatewayDevice.Layer2Bridging.AvailableInterface.{i}.Alias': string;
  'InternetGatewayDevice.Layer2Bridging.AvailableInterface.{i}.AvailableInterfaceKey': number;
  'InternetGatewayDevice.Layer2Bridging.AvailableInterface.{i}.InterfaceReference': readonly string[];
  'InternetGatewayDevice.Layer2Bridging.AvailableInterface.{i}.InterfaceType': "LANInterface" | "WANInterface" | "LANRouterConnection" | "WANRouterConnection";
  'InternetGatewayDevice.Layer2Bridging.AvailableInterfaceNumberOfEntries': number;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Alias': string;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeEnable': boolean;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeKey': number;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeName': string;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeStandard': "802.1D" | "802.1Q";
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.BridgeStatus': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.AcceptableFrameTypes': "AdmitAll" | "AdmitOnlyVLANTagged" | "AdmitOnlyPrioUntagged";
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.Alias': string;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.IngressFiltering': boolean;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.PVID': number;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.PortEnable': boolean;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.PortInterface': string;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.Port.{i}.PortState': "Disabled" | "Blocking" | "Listening" | "Learning" | "Forwarding" | "Broken";
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.PortNumberOfEntries': number;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.Alias': string;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.VLANEnable': boolean;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.VLANID': number;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLAN.{i}.VLANName': string;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLANID': number;
  'InternetGatewayDevice.Layer2Bridging.Bridge.{i}.VLANNumberOfEntries': number;
  'InternetGatewayDevice.Layer2Bridging.BridgeNumberOfEntries': number;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.AdmitOnlyVLANTagged': boolean;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.Alias': string;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACAddressFilterExclude': boolean;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACAddressFilterList': readonly string[];
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromClientIDFilter': string;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromClientIDFilterExclude': boolean;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromUserClassIDFilter': string;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromUserClassIDFilterExclude': boolean;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromVendorClassIDFilter': string;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromVendorClassIDFilterExclude': boolean;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.DestMACFromVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.EthertypeFilterExclude': boolean;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.EthertypeFilterList': readonly number[];
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.ExclusivityOrder': number;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterBridgeReference': number;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterEnable': boolean;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterInterface': string;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterKey': number;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.FilterStatus': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACAddressFilterExclude': boolean;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACAddressFilterList': readonly string[];
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromClientIDFilter': string;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromClientIDFilterExclude': boolean;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromUserClassIDFilter': string;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromUserClassIDFilterExclude': boolean;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromVendorClassIDFilter': string;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromVendorClassIDFilterExclude': boolean;
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.SourceMACFromVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'InternetGatewayDevice.Layer2Bridging.Filter.{i}.VLANIDFilter': number;
  'InternetGatewayDevice.Layer2Bridging.FilterNumberOfEntries': number;
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.Alias': string;
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.EthernetPriorityMark': number;
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.EthernetPriorityOverride': boolean;
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingBridgeReference': number;
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingEnable': boolean;
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingInterface': string;
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingKey': number;
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.MarkingStatus': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.VLANIDMark': number;
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.VLANIDMarkOverride': boolean;
  'InternetGatewayDevice.Layer2Bridging.Marking.{i}.VLANIDUntag': boolean;
  'InternetGatewayDevice.Layer2Bridging.MarkingNumberOfEntries': number;
  'InternetGatewayDevice.Layer2Bridging.MaxBridgeEntries': number;
  'InternetGatewayDevice.Layer2Bridging.MaxDBridgeEntries': number;
  'InternetGatewayDevice.Layer2Bridging.MaxFilterEntries': number;
  'InternetGatewayDevice.Layer2Bridging.MaxMarkingEntries': number;
  'InternetGatewayDevice.Layer2Bridging.MaxQBridgeEntries': number;
  'InternetGatewayDevice.Layer2Bridging.MaxVLANEntries': number;
  'InternetGatewayDevice.Layer3Forwarding.DefaultConnectionService': string;
  'InternetGatewayDevice.Layer3Forwarding.ForwardNumberOfEntries': number;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Alias': string;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.DestIPAddress': string;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.DestSubnetMask': string;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Enable': boolean;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.ForwardingMetric': number;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.ForwardingPolicy': number;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.GatewayIPAddress': string;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Interface': string;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.MTU': number;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.SourceIPAddress': string;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.SourceSubnetMask': string;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.StaticRoute': boolean;
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Status': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.Layer3Forwarding.Forwarding.{i}.Type': "Default" | "Network" | "Host";
  'InternetGatewayDevice.ManagementServer.AliasBasedAddressing': boolean;
  'InternetGatewayDevice.ManagementServer.AutoCreateInstances': boolean;
  'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.Enable': boolean;
  'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.FileTypeFilter': readonly string[];
  'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.ResultTypeFilter': "Success" | "Failure" | "Both";
  'InternetGatewayDevice.ManagementServer.AutonomousTransferCompletePolicy.TransferTypeFilter': "Upload" | "Download" | "Both";
  'InternetGatewayDevice.ManagementServer.CWMPRetryIntervalMultiplier': number;
  'InternetGatewayDevice.ManagementServer.CWMPRetryMinimumWaitInterval': number;
  'InternetGatewayDevice.ManagementServer.ConnReqAllowedJabberIDs': readonly string[];
  'InternetGatewayDevice.ManagementServer.ConnReqJabberID': string;
  'InternetGatewayDevice.ManagementServer.ConnReqXMPPConnection': string;
  'InternetGatewayDevice.ManagementServer.ConnectionRequestPassword': string;
  'InternetGatewayDevice.ManagementServer.ConnectionRequestURL': string;
  'InternetGatewayDevice.ManagementServer.ConnectionRequestUsername': string;
  'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.Enable': boolean;
  'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.FaultCodeFilter': readonly ("9001" | "9003" | "9012" | "9013" | "9015" | "9016" | "9017" | "9018" | "9022" | "9023" | "9024" | "9025" | "9026" | "9027" | "9028" | "9029" | "9030" | "9031" | "9032")[];
  'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.OperationTypeFilter': readonly ("Install" | "Update" | "Uninstall")[];
  'InternetGatewayDevice.ManagementServer.DUStateChangeComplPolicy.ResultTypeFilter': "Success" | "Failure" | "Both";
  'InternetGatewayDevice.ManagementServer.DefaultActiveNotificationThrottle': number;
  'InternetGatewayDevice.ManagementServer.DownloadProgressURL': string;
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.CommandProcessed': "Pending" | "Retrying" | "Success" | "Error";
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.CommandProcessingErrMsg': string;
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.ControllerID': string;
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.DiscoveryProtocol': readonly ("Z-Wave" | "ZigBee" | "UPnP" | "ETSI-M2M")[];
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.DiscoveryProtocolReference': readonly string[];
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.Host': readonly string[];
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.LastSyncTime': string;
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.ProxiedDeviceID': string;
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.ProxyProtocol': "Z-Wave" | "ZigBee" | "UPnP-DM" | "ETSI-M2M";
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.ProxyProtocolReference': string;
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.Reference': string;
  'InternetGatewayDevice.ManagementServer.EmbeddedDevice.{i}.SupportedDataModel': readonly string[];
  'InternetGatewayDevice.ManagementServer.EmbeddedDeviceNumberOfEntries': number;
  'InternetGatewayDevice.ManagementServer.EnableCWMP': boolean;
  'InternetGatewayDevice.ManagementServer.HTTPCompression': string;
  'InternetGatewayDevice.ManagementServer.HTTPCompressionSupported': readonly ("GZIP" | "Compress" | "Deflate")[];
  'InternetGatewayDevice.ManagementServer.InformParameter.{i}.Alias': string;
  'InternetGatewayDevice.ManagementServer.InformParameter.{i}.Enable': boolean;
  'InternetGatewayDevice.ManagementServer.InformParameter.{i}.EventList': readonly string[];
  'InternetGatewayDevice.ManagementServer.InformParameter.{i}.ParameterName': string;
  'InternetGatewayDevice.ManagementServer.InformParameterNumberOfEntries': number;
  'InternetGatewayDevice.ManagementServer.InstanceMode': "InstanceNumber" | "InstanceAlias";
  'InternetGatewayDevice.ManagementServer.KickURL': string;
  'InternetGatewayDevice.ManagementServer.LightweightNotificationProtocolsSupported': readonly "UDP"[];
  'InternetGatewayDevice.ManagementServer.LightweightNotificationProtocolsUsed': readonly string[];
  'InternetGatewayDevice.ManagementServer.ManageableDevice.{i}.Host': readonly string[];
  'InternetGatewayDevice.ManagementServer.ManageableDevice.{i}.ManufacturerOUI': string;
  'InternetGatewayDevice.ManagementServer.ManageableDevice.{i}.ProductClass': string;
  'InternetGatewayDevice.ManagementServer.ManageableDevice.{i}.SerialNumber': string;
  'InternetGatewayDevice.ManagementServer.ManageableDeviceNotificationLimit': number;
  'InternetGatewayDevice.ManagementServer.ManageableDeviceNumberOfEntries': number;
  'InternetGatewayDevice.ManagementServer.NATDetected': boolean;
  'InternetGatewayDevice.ManagementServer.ParameterKey': string;
  'InternetGatewayDevice.ManagementServer.Password': string;
  'InternetGatewayDevice.ManagementServer.PeriodicInformEnable': boolean;
  'InternetGatewayDevice.ManagementServer.PeriodicInformInterval': number;
  'InternetGatewayDevice.ManagementServer.PeriodicInformTime': string;
  'InternetGatewayDevice.ManagementServer.STUNEnable': boolean;
  'InternetGatewayDevice.ManagementServer.STUNMaximumKeepAlivePeriod': number;
  'InternetGatewayDevice.ManagementServer.STUNMinimumKeepAlivePeriod': number;
  'InternetGatewayDevice.ManagementServer.STUNPassword': string;
  'InternetGatewayDevice.ManagementServer.STUNServerAddress': string;
  'InternetGatewayDevice.ManagementServer.STUNServerPort': number;
  'InternetGatewayDevice.ManagementServer.STUNUsername': string;
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.CRAwarenessRequested': boolean;
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.CRUnawarenessMaxDuration': number;
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.MaxMissedPeriodic': number;
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.NetworkAwarenessCapable': boolean;
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.NotifyMissedScheduled': boolean;
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.PeriodicAwarenessRequested': boolean;
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.ScheduledAwarenessRequested': boolean;
  'InternetGatewayDevice.ManagementServer.StandbyPolicy.SelfTimerCapable': boolean;
  'InternetGatewayDevice.ManagementServer.SupportedConnReqMethods': readonly ("HTTP" | "STUN" | "XMPP")[];
  'InternetGatewayDevice.ManagementServer.UDPConnectionRequestAddress': string;
  'InternetGatewayDevice.ManagementServer.UDPConnectionRequestAddressNotificationLimit': number;
  'InternetGatewayDevice.ManagementServer.UDPLightweightNotificationHost': string;
  'InternetGatewayDevice.ManagementServer.UDPLightweightNotificationPort': number;
  'InternetGatewayDevice.ManagementServer.URL': string;
  'InternetGatewayDevice.ManagementServer.UpgradesManaged': boolean;
  'InternetGatewayDevice.ManagementServer.Username': string;
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.DiscoveryProtocol': readonly ("Z-Wave" | "ZigBee" | "UPnP" | "ETSI-M2M")[];
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.DiscoveryProtocolReference': readonly string[];
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.Host': readonly string[];
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.ManufacturerOUI': string;
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.ProductClass': string;
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.ProxyProtocol': "Z-Wave" | "ZigBee" | "UPnP-DM" | "ETSI-M2M";
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.ProxyProtocolReference': string;
  'InternetGatewayDevice.ManagementServer.VirtualDevice.{i}.SerialNumber': string;
  'InternetGatewayDevice.ManagementServer.VirtualDeviceNumberOfEntries': number;
  'InternetGatewayDevice.NSLookupDiagnostics.DNSServer': string;
  'InternetGatewayDevice.NSLookupDiagnostics.DiagnosticsState': "None" | "Requested" | "Complete" | "Error_DNSServerNotResolved" | "Error_Internal" | "Error_Other";
  'InternetGatewayDevice.NSLookupDiagnostics.HostName': string;
  'InternetGatewayDevice.NSLookupDiagnostics.Interface': string;
  'InternetGatewayDevice.NSLookupDiagnostics.NumberOfRepetitions': number;
  'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.AnswerType': "None" | "Authoritative" | "NonAuthoritative";
  'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.DNSServerIP': string;
  'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.HostNameReturned': string;
  'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.IPAddresses': readonly string[];
  'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.ResponseTime': number;
  'InternetGatewayDevice.NSLookupDiagnostics.Result.{i}.Status': "Success" | "Error_DNSServerNotAvailable" | "Error_HostNameNotResolved" | "Error_Timeout" | "Error_Other";
  'InternetGatewayDevice.NSLookupDiagnostics.ResultNumberOfEntries': number;
  'InternetGatewayDevice.NSLookupDiagnostics.SuccessCount': number;
  'InternetGatewayDevice.NSLookupDiagnostics.Timeout': number;
  'InternetGatewayDevice.PeriodicStatistics.MaxReportSamples': number;
  'InternetGatewayDevice.PeriodicStatistics.MinSampleInterval': number;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Alias': string;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Enable': boolean;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.FetchSamples': number;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.ForceSample': boolean;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Name': string;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Alias': string;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.CalculationMode': "Latest" | "Minimum" | "Maximum" | "Average";
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Enable': boolean;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Failures': number;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.HighThreshold': number;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.LowThreshold': number;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Reference': string;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.SampleMode': "Current" | "Change";
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.SampleSeconds': readonly number[];
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.SuspectData': readonly number[];
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Parameter.{i}.Values': readonly string[];
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.ParameterNumberOfEntries': number;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.ReportEndTime': string;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.ReportSamples': number;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.ReportStartTime': string;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.SampleInterval': number;
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.SampleSeconds': readonly number[];
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.Status': "Disabled" | "Enabled" | "Trigger";
  'InternetGatewayDevice.PeriodicStatistics.SampleSet.{i}.TimeReference': string;
  'InternetGatewayDevice.PeriodicStatistics.SampleSetNumberOfEntries': number;
  'InternetGatewayDevice.QueueManagement.App.{i}.Alias': string;
  'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultDSCPMark': number;
  'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultEthernetPriorityMark': number;
  'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultForwardingPolicy': number;
  'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultPolicer': number;
  'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultQueue': number;
  'InternetGatewayDevice.QueueManagement.App.{i}.AppDefaultTrafficClass': number;
  'InternetGatewayDevice.QueueManagement.App.{i}.AppEnable': boolean;
  'InternetGatewayDevice.QueueManagement.App.{i}.AppKey': number;
  'InternetGatewayDevice.QueueManagement.App.{i}.AppName': string;
  'InternetGatewayDevice.QueueManagement.App.{i}.AppStatus': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.QueueManagement.App.{i}.ProtocolIdentifier': string;
  'InternetGatewayDevice.QueueManagement.AppNumberOfEntries': number;
  'InternetGatewayDevice.QueueManagement.AvailableAppList': readonly string[];
  'InternetGatewayDevice.QueueManagement.Classification.{i}.Alias': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassApp': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassInterface': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassPolicer': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassQueue': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassificationEnable': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassificationKey': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassificationOrder': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ClassificationStatus': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DSAP': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DSAPExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DSCPCheck': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DSCPExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DSCPMark': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestClientID': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestClientIDExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestIP': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestIPExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestMACAddress': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestMACExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestMACMask': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestMask': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestPort': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestPortExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestPortRangeMax': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestUserClassID': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestUserClassIDExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorClassID': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorClassIDExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfo': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfoEnterprise': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfoExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfoMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'InternetGatewayDevice.QueueManagement.Classification.{i}.DestVendorSpecificInfoSubOption': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.EthernetPriorityCheck': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.EthernetPriorityExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.EthernetPriorityMark': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.Ethertype': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.EthertypeExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ForwardingPolicy': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.IPLengthExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.IPLengthMax': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.IPLengthMin': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.LLCControl': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.LLCControlExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.OutOfBandInfo': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.Protocol': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.ProtocolExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SNAPOUI': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SNAPOUIExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SSAP': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SSAPExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceClientID': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceClientIDExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceIP': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceIPExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceMACAddress': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceMACExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceMACMask': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceMask': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourcePort': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourcePortExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourcePortRangeMax': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceUserClassID': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceUserClassIDExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorClassID': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorClassIDExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfo': string;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfoEnterprise': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfoExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfoMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'InternetGatewayDevice.QueueManagement.Classification.{i}.SourceVendorSpecificInfoSubOption': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.TCPACK': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.TCPACKExclude': boolean;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.TrafficClass': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.VLANIDCheck': number;
  'InternetGatewayDevice.QueueManagement.Classification.{i}.VLANIDExclude': boolean;
  'InternetGatewayDevice.QueueManagement.ClassificationNumberOfEntries': number;
  'InternetGatewayDevice.QueueManagement.DefaultDSCPMark': number;
  'InternetGatewayDevice.QueueManagement.DefaultEthernetPriorityMark': number;
  'InternetGatewayDevice.QueueManagement.DefaultForwardingPolicy': number;
  'InternetGatewayDevice.QueueManagement.DefaultPolicer': number;
  'InternetGatewayDevice.QueueManagement.DefaultQueue': number;
  'InternetGatewayDevice.QueueManagement.DefaultTrafficClass': number;
  'InternetGatewayDevice.QueueManagement.Enable': boolean;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.Alias': string;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.AppIdentifier': number;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowDSCPMark': number;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowEnable': boolean;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowEthernetPriorityMark': number;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowForwardingPolicy': number;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowKey': number;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowName': string;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowPolicer': number;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowQueue': number;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowStatus': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowTrafficClass': number;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowType': string;
  'InternetGatewayDevice.QueueManagement.Flow.{i}.FlowTypeParameters': string;
  'InternetGatewayDevice.QueueManagement.FlowNumberOfEntries': number;
  'InternetGatewayDevice.QueueManagement.MaxAppEntries': number;
  'InternetGatewayDevice.QueueManagement.MaxClassificationEntries': number;
  'InternetGatewayDevice.QueueManagement.MaxFlowEntries': number;
  'InternetGatewayDevice.QueueManagement.MaxPolicerEntries': number;
  'InternetGatewayDevice.QueueManagement.MaxQueueEntries': number;
  'InternetGatewayDevice.QueueManagement.MaxQueues': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.Alias': string;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.CommittedBurstSize': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.CommittedRate': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.ConformingAction': string;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.ConformingCountedBytes': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.ConformingCountedPackets': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.CountedBytes': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.CountedPackets': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.ExcessBurstSize': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.MeterType': "SimpleTokenBucket" | "SingleRateThreeColor" | "TwoRateThreeColor";
  'InternetGatewayDevice.QueueManagement.Policer.{i}.NonConformingAction': string;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.NonConformingCountedBytes': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.NonConformingCountedPackets': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PartialConformingAction': string;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PartiallyConformingCountedBytes': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PartiallyConformingCountedPackets': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PeakBurstSize': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PeakRate': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PolicerEnable': boolean;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PolicerKey': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PolicerStatus': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.QueueManagement.Policer.{i}.PossibleMeterTypes': readonly ("SimpleTokenBucket" | "SingleRateThreeColor" | "TwoRateThreeColor")[];
  'InternetGatewayDevice.QueueManagement.Policer.{i}.TotalCountedBytes': number;
  'InternetGatewayDevice.QueueManagement.Policer.{i}.TotalCountedPackets': number;
  'InternetGatewayDevice.QueueManagement.PolicerNumberOfEntries': number;
  'InternetGatewayDevice.QueueManagement.Queue.{i}.Alias': string;
  'InternetGatewayDevice.QueueManagement.Queue.{i}.DropAlgorithm': "RED" | "DT" | "WRED" | "BLUE";
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueBufferLength': number;
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueEnable': boolean;
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueInterface': string;
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueKey': number;
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueuePrecedence': number;
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueStatus': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.QueueManagement.Queue.{i}.QueueWeight': number;
  'InternetGatewayDevice.QueueManagement.Queue.{i}.REDPercentage': number;
  'InternetGatewayDevice.QueueManagement.Queue.{i}.REDThreshold': number;
  'InternetGatewayDevice.QueueManagement.Queue.{i}.SchedulerAlgorithm': "WFQ" | "WRR" | "SP";
  'InternetGatewayDevice.QueueManagement.Queue.{i}.ShapingBurstSize': number;
  'InternetGatewayDevice.QueueManagement.Queue.{i}.ShapingRate': number;
  'InternetGatewayDevice.QueueManagement.Queue.{i}.TrafficClasses': readonly number[];
  'InternetGatewayDevice.QueueManagement.QueueNumberOfEntries': number;
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Alias': string;
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.DroppedBytes': number;
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.DroppedPackets': number;
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Enable': boolean;
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Interface': string;
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.OutputBytes': number;
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.OutputPackets': number;
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Queue': number;
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.QueueOccupancyPackets': number;
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.QueueOccupancyPercentage': number;
  'InternetGatewayDevice.QueueManagement.QueueStats.{i}.Status': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.QueueManagement.QueueStatsNumberOfEntries': number;
  'InternetGatewayDevice.Security.Certificate.{i}.Enable': boolean;
  'InternetGatewayDevice.Security.Certificate.{i}.Issuer': string;
  'InternetGatewayDevice.Security.Certificate.{i}.LastModif': string;
  'InternetGatewayDevice.Security.Certificate.{i}.NotAfter': string;
  'InternetGatewayDevice.Security.Certificate.{i}.NotBefore': string;
  'InternetGatewayDevice.Security.Certificate.{i}.SerialNumber': string;
  'InternetGatewayDevice.Security.Certificate.{i}.SignatureAlgorithm': string;
  'InternetGatewayDevice.Security.Certificate.{i}.Subject': string;
  'InternetGatewayDevice.Security.Certificate.{i}.SubjectAlt': readonly string[];
  'InternetGatewayDevice.Security.CertificateNumberOfEntries': number;
  'InternetGatewayDevice.SelfTestDiagnostics.DiagnosticsState': "None" | "Requested" | "Complete" | "Error_Internal" | "Error_Other";
  'InternetGatewayDevice.SelfTestDiagnostics.Results': string;
  'InternetGatewayDevice.SmartCardReader.{i}.Alias': string;
  'InternetGatewayDevice.SmartCardReader.{i}.DecryptionFailedCounter': number;
  'InternetGatewayDevice.SmartCardReader.{i}.DecryptionFailedNoKeyCounter': number;
  'InternetGatewayDevice.SmartCardReader.{i}.Enable': boolean;
  'InternetGatewayDevice.SmartCardReader.{i}.Name': string;
  'InternetGatewayDevice.SmartCardReader.{i}.Reset': boolean;
  'InternetGatewayDevice.SmartCardReader.{i}.ResetTime': string;
  'InternetGatewayDevice.SmartCardReader.{i}.SmartCard.ATR': string;
  'InternetGatewayDevice.SmartCardReader.{i}.SmartCard.Application': readonly ("SIM" | "USIM" | "ISIM")[];
  'InternetGatewayDevice.SmartCardReader.{i}.SmartCard.SerialNumber': string;
  'InternetGatewayDevice.SmartCardReader.{i}.SmartCard.Status': "None" | "Running" | "Error";
  'InternetGatewayDevice.SmartCardReader.{i}.SmartCard.Type': "CA" | "DRM" | "UICC";
  'InternetGatewayDevice.SmartCardReader.{i}.Status': "Disabled" | "Enabled" | "Error";
  'InternetGatewayDevice.SmartCardReaderNumberOfEntries': number;
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Alias': string;
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.DUID': string;
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Description': string;
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.ExecutionEnvRef': string;
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.ExecutionUnitList': readonly string[];
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Name': string;
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Resolved': boolean;
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Status': "Installing" | "Installed" | "Updating" | "Uninstalling" | "Uninstalled";
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.URL': string;
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.UUID': string;
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Vendor': string;
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.VendorConfigList': readonly string[];
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.VendorLogList': readonly string[];
  'InternetGatewayDevice.SoftwareModules.DeploymentUnit.{i}.Version': string;
  'InternetGatewayDevice.SoftwareModules.DeploymentUnitNumberOfEntries': number;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.ActiveExecutionUnits': readonly string[];
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Alias': string;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.AllocatedDiskSpace': number;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.AllocatedMemory': number;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.AvailableDiskSpace': number;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.AvailableMemory': number;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.CurrentRunLevel': number;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Enable': boolean;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.InitialExecutionUnitRunLevel': number;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.InitialRunLevel': number;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Name': string;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.ParentExecEnv': string;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.ProcessorRefList': readonly string[];
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.RequestedRunLevel': number;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Reset': boolean;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Status': "Up" | "Error" | "Disabled";
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Type': string;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Vendor': string;
  'InternetGatewayDevice.SoftwareModules.ExecEnv.{i}.Version': string;
  'InternetGatewayDevice.SoftwareModules.ExecEnvNumberOfEntries': number;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Alias': string;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.AssociatedProcessList': readonly string[];
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.AutoStart': boolean;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Description': string;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.DiskSpaceInUse': number;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.EUID': string;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.ExecEnvLabel': string;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.ExecutionEnvRef': string;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.ExecutionFaultCode': "NoFault" | "FailureOnStart" | "FailureOnAutoStart" | "FailureOnStop" | "FailureWhileActive" | "DependencyFailure" | "UnStartable";
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.ExecutionFaultMessage': string;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.MemoryInUse': number;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Name': string;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.References': readonly string[];
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.RequestedState': "Idle" | "Active";
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.RunLevel': number;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Status': "Idle" | "Starting" | "Active" | "Stopping";
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.SupportedDataModelList': readonly string[];
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Vendor': string;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.VendorConfigList': readonly string[];
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.VendorLogList': readonly string[];
  'InternetGatewayDevice.SoftwareModules.ExecutionUnit.{i}.Version': string;
  'InternetGatewayDevice.SoftwareModules.ExecutionUnitNumberOfEntries': number;
  'InternetGatewayDevice.Time.CurrentLocalTime': string;
  'InternetGatewayDevice.Time.DaylightSavingsEnd': string;
  'InternetGatewayDevice.Time.DaylightSavingsStart': string;
  'InternetGatewayDevice.Time.DaylightSavingsUsed': boolean;
  'InternetGatewayDevice.Time.Enable': boolean;
  'InternetGatewayDevice.Time.LocalTimeZone': string;
  'InternetGatewayDevice.Time.LocalTimeZoneName': string;
  'InternetGatewayDevice.Time.NTPServer1': string;
  'InternetGatewayDevice.Time.NTPServer2': string;
  'InternetGatewayDevice.Time.NTPServer3': string;
  'InternetGatewayDevice.Time.NTPServer4': string;
  'InternetGatewayDevice.Time.NTPServer5': string;
  'InternetGatewayDevice.Time.Status': "Disabled" | "Unsynchronized" | "Synchronized" | "Error_FailedToSynchronize" | "Error";
  'InternetGatewayDevice.TraceRouteDiagnostics.DSCP': number;
  'InternetGatewayDevice.TraceRouteDiagnostics.DataBlockSize': number;
  'InternetGatewayDevice.TraceRouteDiagnostics.DiagnosticsState': "None" | "Requested" | "Complete" | "Error_CannotResolveHostName" | "Error_MaxHopCountExceeded";
  'InternetGatewayDevice.TraceRouteDiagnostics.Host': string;
  'InternetGatewayDevice.TraceRouteDiagnostics.Interface': string;
  'InternetGatewayDevice.TraceRouteDiagnostics.MaxHopCount': number;
  'InternetGatewayDevice.TraceRouteDiagnostics.NumberOfTries': number;
  'InternetGatewayDevice.TraceRouteDiagnostics.ResponseTime': number;
  'InternetGatewayDevice.TraceRouteDiagnostics.RouteHops.{i}.HopErrorCode': number;
  'InternetGatewayDevice.TraceRouteDiagnostics.RouteHops.{i}.HopHost': string;
  'InternetGatewayDevice.TraceRouteDiagnostics.RouteHops.{i}.HopHostAddress': string;
  'InternetGatewayDevice.TraceRouteDiagnostics.RouteHops.{i}.HopRTTimes': readonly number[];
  'InternetGatewayDevice.TraceRouteDiagnostics.RouteHopsNumberOfEntries': number;
  'InternetGatewayDevice.TraceRouteDiagnostics.Timeout': number;
  'InternetGatewayDevice.UDPEchoConfig.BytesReceived': number;
  'InternetGatewayDevice.UDPEchoConfig.BytesResponded': number;
  'InternetGatewayDevice.UDPEchoConfig.EchoPlusEnabled': boolean;
  'InternetGatewayDevice.UDPEchoConfig.EchoPlusSupported': boolean;
  'InternetGatewayDevice.UDPEchoConfig.Enable': boolean;
  'InternetGatewayDevice.UDPEchoConfig.Interface': string;
  'InternetGatewayDevice.UDPEchoConfig.PacketsReceived': number;
  'InternetGatewayDevice.UDPEchoConfig.PacketsResponded': number;
  'InternetGatewayDevice.UDPEchoConfig.SourceIPAddress': string;
  'InternetGatewayDevice.UDPEchoConfig.TimeFirstPacketReceived': string;
  'InternetGatewayDevice.UDPEchoConfig.TimeLastPacketReceived': string;
  'InternetGatewayDevice.UDPEchoConfig.UDPPort': number;
  'InternetGatewayDevice.UPnP.Description.DeviceDescription.{i}.Host': readonly string[];
  'InternetGatewayDevice.UPnP.Description.DeviceDescription.{i}.SpecVersion': string;
  'InternetGatewayDevice.UPnP.Description.DeviceDescription.{i}.URLBase': string;
  'InternetGatewayDevice.UPnP.Description.DeviceDescriptionNumberOfEntries': number;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.DeviceCategory': readonly string[];
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.DeviceType': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.DiscoveryDevice': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.FriendlyName': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.Manufacturer': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ManufacturerOUI': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ManufacturerURL': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ModelDescription': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ModelName': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ModelNumber': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ModelURL': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.ParentDevice': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.PresentationURL': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.SerialNumber': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.UDN': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstance.{i}.UPC': string;
  'InternetGatewayDevice.UPnP.Description.DeviceInstanceNumberOfEntries': number;
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.ControlURL': string;
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.EventSubURL': string;
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.ParentDevice': string;
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.SCPDURL': string;
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.ServiceDiscovery': string;
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.ServiceId': string;
  'InternetGatewayDevice.UPnP.Description.ServiceInstance.{i}.ServiceType': string;
  'InternetGatewayDevice.UPnP.Description.ServiceInstanceNumberOfEntries': number;
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPArchitecture': number;
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPArchitectureMinorVer': number;
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPBasicDevice': number;
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPDMBasicMgmt': number;
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPDMConfigurationMgmt': number;
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPDMSoftwareMgmt': number;
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPIGD': number;
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPMediaRenderer': number;
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPMediaServer': number;
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPQoSDevice': number;
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPQoSPolicyHolder': number;
  'InternetGatewayDevice.UPnP.Device.Capabilities.UPnPWLANAccessPoint': number;
  'InternetGatewayDevice.UPnP.Device.Enable': boolean;
  'InternetGatewayDevice.UPnP.Device.UPnPDMBasicMgmt': boolean;
  'InternetGatewayDevice.UPnP.Device.UPnPDMConfigurationMgmt': boolean;
  'InternetGatewayDevice.UPnP.Device.UPnPDMSoftwareMgmt': boolean;
  'InternetGatewayDevice.UPnP.Device.UPnPIGD': boolean;
  'InternetGatewayDevice.UPnP.Device.UPnPMediaRenderer': boolean;
  'InternetGatewayDevice.UPnP.Device.UPnPMediaServer': boolean;
  'InternetGatewayDevice.UPnP.Device.UPnPQoSDevice': boolean;
  'InternetGatewayDevice.UPnP.Device.UPnPQoSPolicyHolder': boolean;
  'InternetGatewayDevice.UPnP.Device.UPnPWLANAccessPoint': boolean;
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.Host': readonly string[];
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.LastUpdate': string;
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.LeaseTime': number;
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.Location': string;
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.Server': string;
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.Status': "LeaseActive" | "LeaseExpired" | "ByebyeReceived";
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.USN': string;
  'InternetGatewayDevice.UPnP.Discovery.Device.{i}.UUID': string;
  'InternetGatewayDevice.UPnP.Discovery.DeviceNumberOfEntries': number;
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.Host': readonly string[];
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.LastUpdate': string;
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.LeaseTime': number;
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.Location': string;
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.Server': string;
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.Status': "LeaseActive" | "LeaseExpired" | "ByebyeReceived";
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.USN': string;
  'InternetGatewayDevice.UPnP.Discovery.RootDevice.{i}.UUID': string;
  'InternetGatewayDevice.UPnP.Discovery.RootDeviceNumberOfEntries': number;
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.Host': readonly string[];
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.LastUpdate': string;
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.LeaseTime': number;
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.Location': string;
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.ParentDevice': string;
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.Server': string;
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.Status': "LeaseActive" | "LeaseExpired" | "ByebyeReceived";
  'InternetGatewayDevice.UPnP.Discovery.Service.{i}.USN': string;
  'InternetGatewayDevice.UPnP.Discovery.ServiceNumberOfEntries': number;
  'InternetGatewayDevice.USBHosts.Host.{i}.Alias': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.ConfigurationNumber': number;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.Interface.{i}.InterfaceClass': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.Interface.{i}.InterfaceNumber': number;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.Interface.{i}.InterfaceProtocol': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.Interface.{i}.InterfaceSubClass': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.InterfaceNumberOfEntries': number;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.ConfigurationNumberOfEntries': number;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.DeviceClass': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.DeviceNumber': number;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.DeviceProtocol': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.DeviceSubClass': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.DeviceVersion': number;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.IsSelfPowered': boolean;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.IsSuspended': boolean;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Manufacturer': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.MaxChildren': number;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Parent': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Port': number;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.ProductClass': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.ProductID': number;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.Rate': "Low" | "Full" | "High" | "Super";
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.SerialNumber': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.USBVersion': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.Device.{i}.VendorID': number;
  'InternetGatewayDevice.USBHosts.Host.{i}.DeviceNumberOfEntries': number;
  'InternetGatewayDevice.USBHosts.Host.{i}.Enable': boolean;
  'InternetGatewayDevice.USBHosts.Host.{i}.Name': string;
  'InternetGatewayDevice.USBHosts.Host.{i}.PowerManagementEnable': boolean;
  'InternetGatewayDevice.USBHosts.Host.{i}.Reset': boolean;
  'InternetGatewayDevice.USBHosts.Host.{i}.Type': "OHCI" | "EHCI" | "UHCI" | "xHCI";
  'InternetGatewayDevice.USBHosts.Host.{i}.USBVersion': string;
  'InternetGatewayDevice.USBHosts.HostNumberOfEntries': number;
  'InternetGatewayDevice.UploadDiagnostics.BOMTime': string;
  'InternetGatewayDevice.UploadDiagnostics.DSCP': number;
  'InternetGatewayDevice.UploadDiagnostics.DiagnosticsState': "None" | "Requested" | "Completed" | "Error_InitConnectionFailed" | "Error_NoResponse" | "Error_PasswordRequestFailed" | "Error_LoginFailed" | "Error_NoTransferMode" | "Error_NoPASV" | "Error_NoCWD" | "Error_NoSTOR" | "Error_NoTransferComplete";
  'InternetGatewayDevice.UploadDiagnostics.EOMTime': string;
  'InternetGatewayDevice.UploadDiagnostics.EthernetPriority': number;
  'InternetGatewayDevice.UploadDiagnostics.Interface': string;
  'InternetGatewayDevice.UploadDiagnostics.ROMTime': string;
  'InternetGatewayDevice.UploadDiagnostics.TCPOpenRequestTime': string;
  'InternetGatewayDevice.UploadDiagnostics.TCPOpenResponseTime': string;
  'InternetGatewayDevice.UploadDiagnostics.TestFileLength': number;
  'InternetGatewayDevice.UploadDiagnostics.TotalBytesSent': number;
  'InternetGatewayDevice.UploadDiagnostics.UploadURL': string;
  'InternetGatewayDevice.User.{i}.Alias': string;
  'InternetGatewayDevice.User.{i}.Enable': boolean;
  'InternetGatewayDevice.User.{i}.Language': string;
  'InternetGatewayDevice.User.{i}.Password': string;
  'InternetGatewayDevice.User.{i}.RemoteAccessCapable': boolean;
  'InternetGatewayDevice.User.{i}.Username': string;
  'InternetGatewayDevice.UserInterface.AutoUpdateServer': string;
  'InternetGatewayDevice.UserInterface.AvailableLanguages': readonly string[];
  'InternetGatewayDevice.UserInterface.BackgroundColor': string;
  'InternetGatewayDevice.UserInterface.ButtonColor': string;
  'InternetGatewayDevice.UserInterface.ButtonTextColor': string;
  'InternetGatewayDevice.UserInterface.CurrentLanguage': string;
  'InternetGatewayDevice.UserInterface.ExampleLogin': string;
  'InternetGatewayDevice.UserInterface.ExamplePassword': string;
  'InternetGatewayDevice.UserInterface.ISPHelpDesk': string;
  'InternetGatewayDevice.UserInterface.ISPHelpPage': string;
  'InternetGatewayDevice.UserInterface.ISPHomePage': string;
  'InternetGatewayDevice.UserInterface.ISPLogo': string;
  'InternetGatewayDevice.UserInterface.ISPLogoSize': number;
  'InternetGatewayDevice.UserInterface.ISPMailServer': string;
  'InternetGatewayDevice.UserInterface.ISPName': string;
  'InternetGatewayDevice.UserInterface.ISPNewsServer': string;
  'InternetGatewayDevice.UserInterface.LocalDisplay.DisplayHeight': number;
  'InternetGatewayDevice.UserInterface.LocalDisplay.DisplayWidth': number;
  'InternetGatewayDevice.UserInterface.LocalDisplay.Height': number;
  'InternetGatewayDevice.UserInterface.LocalDisplay.Movable': boolean;
  'InternetGatewayDevice.UserInterface.LocalDisplay.PosX': number;
  'InternetGatewayDevice.UserInterface.LocalDisplay.PosY': number;
  'InternetGatewayDevice.UserInterface.LocalDisplay.Resizable': boolean;
  'InternetGatewayDevice.UserInterface.LocalDisplay.Width': number;
  'InternetGatewayDevice.UserInterface.PasswordRequired': boolean;
  'InternetGatewayDevice.UserInterface.PasswordUserSelectable': boolean;
  'InternetGatewayDevice.UserInterface.RemoteAccess.Enable': boolean;
  'InternetGatewayDevice.UserInterface.RemoteAccess.Port': number;
  'InternetGatewayDevice.UserInterface.RemoteAccess.Protocol': string;
  'InternetGatewayDevice.UserInterface.RemoteAccess.SupportedProtocols': readonly ("HTTP" | "HTTPS")[];
  'InternetGatewayDevice.UserInterface.SharedPassword': boolean;
  'InternetGatewayDevice.UserInterface.TextColor': string;
  'InternetGatewayDevice.UserInterface.UpgradeAvailable': boolean;
  'InternetGatewayDevice.UserInterface.UserDatabaseSupported': boolean;
  'InternetGatewayDevice.UserInterface.UserUpdateServer': string;
  'InternetGatewayDevice.UserInterface.WarrantyDate': string;
  'InternetGatewayDevice.UserNumberOfEntries': number;
  'InternetGatewayDevice.WANDevice.{i}.Alias': string;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Connection.{i}.ActiveConnectionDeviceContainer': string;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Connection.{i}.ActiveConnectionServiceID': string;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Connection.{i}.Alias': string;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.EnabledForInternet': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Layer1DownstreamMaxBitRate': number;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.Layer1UpstreamMaxBitRate': number;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.MaximumActiveConnections': number;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.NumberOfActiveConnections': number;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.PhysicalLinkStatus': "Up" | "Down" | "Initializing" | "Unavailable";
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.TotalBytesReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.TotalBytesSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.TotalPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.TotalPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.WANAccessProvider': string;
  'InternetGatewayDevice.WANDevice.{i}.WANCommonInterfaceConfig.WANAccessType': "DSL" | "Ethernet" | "POTS";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.Alias': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.AverageResponseTime': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.DiagnosticsState': "None" | "Requested" | "Complete" | "Error_Internal" | "Error_Other";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.FailureCount': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.MaximumResponseTime': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.MinimumResponseTime': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.NumberOfRepetitions': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.SuccessCount': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANATMF5LoopbackDiagnostics.Timeout': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.AAL5CRCErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMAAL': "AAL1" | "AAL2" | "AAL3" | "AAL4" | "AAL5";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMCRCErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMEncapsulation': "LLC" | "VCMUX";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMHECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMMaximumBurstSize': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMPeakCellRate': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMQoS': "UBR" | "CBR" | "GFR" | "VBR-nrt" | "VBR-rt" | "UBR+" | "ABR";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMReceivedBlocks': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMSustainableCellRate': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ATMTransmittedBlocks': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.AutoConfig': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.DestinationAddress': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.Enable': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.FCSPreserved': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.LinkStatus': "Up" | "Down" | "Initializing" | "Unavailable";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.LinkType': "EoA" | "IPoA" | "PPPoA" | "PPPoE" | "CIP" | "Unconfigured";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.ModulationType': "ADSL_G.dmt" | "ADSL_G.lite" | "ADSL_G.dmt.bis" | "ADSL_re-adsl" | "ADSL_2plus" | "ADLS_four" | "ADSL_ANSI_T1.413" | "G.shdsl" | "IDSL" | "HDSL" | "SDSL" | "VDSL";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANDSLLinkConfig.VCSearchList': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANEthernetLinkConfig.EthernetLinkStatus': "Up" | "Down" | "Unavailable";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.AddressingType': "DHCP" | "Static";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Alias': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.AutoDisconnectTime': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ConnectionStatus': "Unconfigured" | "Connecting" | "Connected" | "PendingDisconnect" | "Disconneting" | "Disconnecting" | "Disconnected";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ConnectionTrigger': "OnDemand" | "AlwaysOn" | "Manual";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ConnectionType': "Unconfigured" | "IP_Routed" | "IP_Bridged";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Alias': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Enable': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Order': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Tag': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOption.{i}.Value': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.ReqDHCPOptionNumberOfEntries': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Alias': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Enable': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Tag': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOption.{i}.Value': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DHCPClient.SentDHCPOptionNumberOfEntries': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DNSEnabled': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DNSOverrideAllowed': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DNSServers': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.DefaultGateway': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Enable': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ExternalIPAddress': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.IdleDisconnectTime': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.LastConnectionError': "ERROR_NONE" | "ERROR_COMMAND_ABORTED" | "ERROR_NOT_ENABLED_FOR_INTERNET" | "ERROR_USER_DISCONNECT" | "ERROR_ISP_DISCONNECT" | "ERROR_IDLE_DISCONNECT" | "ERROR_FORCED_DISCONNECT" | "ERROR_NO_CARRIER" | "ERROR_IP_CONFIGURATION" | "ERROR_UNKNOWN";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.MACAddress': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.MACAddressOverride': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.MaxMTUSize': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.NATEnabled': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Name': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.Alias': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.ExternalPort': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.ExternalPortEndRange': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.InternalClient': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.InternalPort': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingDescription': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingEnabled': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingLeaseDuration': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.PortMappingProtocol': "TCP" | "UDP";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMapping.{i}.RemoteHost': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PortMappingNumberOfEntries': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.PossibleConnectionTypes': readonly ("Unconfigured" | "IP_Routed" | "IP_Bridged")[];
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.RSIPAvailable': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Reset': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.RouteProtocolRx': "Off" | "RIPv1" | "RIPv2" | "OSPF";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ShapingBurstSize': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.ShapingRate': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetBroadcastPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetBroadcastPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetBytesReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetBytesSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetDiscardPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetDiscardPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetErrorsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetErrorsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetMulticastPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetMulticastPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetUnicastPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetUnicastPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Stats.EthernetUnknownProtoPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.SubnetMask': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.Uptime': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnection.{i}.WarnDisconnectDelay': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANIPConnectionNumberOfEntries': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.DataCompression': "V42bis" | "MNP5";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.DataModulationSupported': "V92" | "V90" | "V34" | "V32bis" | "V32";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.DataProtocol': "V42_LAPM" | "V42_MNP4" | "V14" | "V80";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.DelayBetweenRetries': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.Enable': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.Fclass': readonly ("0" | "1" | "2" | "2.0" | "8" | "80")[];
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.ISPInfo': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.ISPPhoneNumber': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.LinkStatus': "Up" | "Down" | "Dialing" | "Connecting" | "Unavailable";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.LinkType': "PPP_Dialup";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.NumberOfRetries': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPOTSLinkConfig.PlusVTRCommandSupported': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Alias': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.AutoDisconnectTime': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ConnectionStatus': "Unconfigured" | "Connecting" | "Authenticating" | "Connected" | "PendingDisconnect" | "Disconnecting" | "Disconnected";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ConnectionTrigger': "OnDemand" | "AlwaysOn" | "Manual";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ConnectionType': "Unconfigured" | "IP_Routed" | "DHCP_Spoofed" | "PPPoE_Bridged" | "PPPoE_Relay" | "PPTP_Relay" | "L2TP_Relay";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.CurrentMRUSize': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.DNSEnabled': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.DNSOverrideAllowed': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.DNSServers': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.DefaultGateway': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Enable': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ExternalIPAddress': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.IdleDisconnectTime': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.LastConnectionError': "ERROR_NONE" | "ERROR_ISP_TIME_OUT" | "ERROR_COMMAND_ABORTED" | "ERROR_NOT_ENABLED_FOR_INTERNET" | "ERROR_BAD_PHONE_NUMBER" | "ERROR_USER_DISCONNECT" | "ERROR_ISP_DISCONNECT" | "ERROR_IDLE_DISCONNECT" | "ERROR_FORCED_DISCONNECT" | "ERROR_SERVER_OUT_OF_RESOURCES" | "ERROR_RESTRICTED_LOGON_HOURS" | "ERROR_ACCOUNT_DISABLED" | "ERROR_ACCOUNT_EXPIRED" | "ERROR_PASSWORD_EXPIRED" | "ERROR_AUTHENTICATION_FAILURE" | "ERROR_NO_DIALTONE" | "ERROR_NO_CARRIER" | "ERROR_NO_ANSWER" | "ERROR_LINE_BUSY" | "ERROR_UNSUPPORTED_BITSPERSECOND" | "ERROR_TOO_MANY_LINE_ERRORS" | "ERROR_IP_CONFIGURATION" | "ERROR_UNKNOWN";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.MACAddress': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.MACAddressOverride': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.MaxMRUSize': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.NATEnabled': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Name': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPAuthenticationProtocol': "PAP" | "CHAP" | "MS-CHAP";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPCompressionProtocol': "None" | "Van Jacobsen" | "STAC LZS";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPEncryptionProtocol': "None" | "MPPE";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPLCPEcho': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPLCPEchoRetry': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPoEACName': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPoEServiceName': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PPPoESessionID': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Password': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.Alias': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.ExternalPort': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.ExternalPortEndRange': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.InternalClient': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.InternalPort': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingDescription': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingEnabled': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingLeaseDuration': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.PortMappingProtocol': "TCP" | "UDP";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMapping.{i}.RemoteHost': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PortMappingNumberOfEntries': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.PossibleConnectionTypes': readonly ("Unconfigured" | "IP_Routed" | "DHCP_Spoofed" | "PPPoE_Bridged" | "PPPoE_Relay" | "PPTP_Relay" | "L2TP_Relay")[];
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.RSIPAvailable': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.RemoteIPAddress': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Reset': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.RouteProtocolRx': "Off" | "RIPv1" | "RIPv2" | "OSPF";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ShapingBurstSize': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.ShapingRate': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetBroadcastPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetBroadcastPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetBytesReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetBytesSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetDiscardPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetDiscardPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetErrorsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetErrorsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetMulticastPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetMulticastPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetUnicastPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetUnicastPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Stats.EthernetUnknownProtoPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.TransportType': "PPPoA" | "PPPoE" | "L2TP" | "PPTP";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Uptime': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.Username': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnection.{i}.WarnDisconnectDelay': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPPPConnectionNumberOfEntries': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Enable': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.LinkStatus': "Up" | "Down" | "Initializing" | "Unavailable";
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.MACAddress': string;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.BroadcastPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.BroadcastPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.BytesReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.BytesSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.DiscardPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.DiscardPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.ErrorsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.ErrorsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.FramesReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.FramesSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.MulticastPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.MulticastPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.OOSFarEnd': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.OOSNearEnd': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.UnicastPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.UnicastPacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionDevice.{i}.WANPTMLinkConfig.Stats.UnknownProtoPacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANConnectionNumberOfEntries': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.ConnectionType': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.DestinationAddress': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.LinkType': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.Name': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.WANConnectionDevice': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionService.{i}.WANConnectionService': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLConnectionManagement.ConnectionServiceNumberOfEntries': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.ACTATPds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.ACTATPus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.ACTPSDds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.ACTPSDus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.BITSpsds': readonly number[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.BITSpsus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.GAINSpsds': readonly number[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLINGds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLINGus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLINSCds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLINSCus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLINpsds': readonly number[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLINpsus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLOGGds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLOGGus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLOGMTds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLOGMTus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLOGpsds': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.HLOGpsus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.LATNpbds': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.LATNpbus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.LoopDiagnosticsState': "None" | "Requested" | "Complete" | "Error_Internal" | "Error_Other";
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.QLNGds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.QLNGus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.QLNMTds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.QLNMTus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.QLNpsds': readonly number[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.QLNpsus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SATNds': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SATNus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SNRGds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SNRGus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SNRMTds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SNRMTus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SNRpsds': readonly number[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLDiagnostics.SNRpsus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ACTINP': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ACTSNRMODEds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ACTSNRMODEus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ACTUALCE': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATUCANSIRev': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATUCANSIStd': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATUCCountry': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATUCVendor': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATURANSIRev': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATURANSIStd': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATURCountry': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ATURVendor': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ActualInterleavingDelay': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.AllowedProfiles': readonly ("8a" | "8b" | "8c" | "8d" | "12a" | "12b" | "17a" | "17b" | "30a")[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.CurrentDayStart': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.CurrentProfile': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.DataPath': "Interleaved" | "Fast" | "None";
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.DownstreamAttenuation': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.DownstreamCurrRate': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.DownstreamMaxRate': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.DownstreamNoiseMargin': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.DownstreamPower': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Enable': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INMCCds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INMIATOds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INMIATSds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INMINPEQMODEds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INPREPORT': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INTLVBLOCK': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.INTLVDEPTH': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.InterleaveDepth': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LIMITMASK': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LPATH': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LSYMB': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LastShowtimeStart': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LastStateTransmittedDownstream': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LastStateTransmittedUpstream': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LineEncoding': "DMT" | "CAP" | "2B1Q" | "43BT" | "PAM" | "QAM";
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LineNumber': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LinkEncapsulationRequested': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LinkEncapsulationSupported': readonly ("G.992.3_Annex_K_ATM" | "G.992.3_Annex_K_PTM" | "G.993.2_Annex_K_ATM" | "G.993.2_Annex_K_PTM" | "G.994.1")[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.LinkEncapsulationUsed': "G.992.3_Annex_K_ATM" | "G.992.3_Annex_K_PTM" | "G.993.2_Annex_K_ATM" | "G.993.2_Annex_K_PTM";
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.MREFPSDds': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.MREFPSDus': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ModulationType': "ADSL_G.dmt" | "ADSL_G.lite" | "ADSL_G.dmt.bis" | "ADSL_re-adsl" | "ADSL_2plus" | "ADLS_four" | "ADSL_ANSI_T1.413" | "G.shdsl" | "IDSL" | "HDSL" | "SDSL" | "VDSL";
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.NFEC': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.PowerManagementState': "L0" | "L1" | "L3" | "L4";
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.QuarterHourStart': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.RFEC': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.SNRMpbds': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.SNRMpbus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.ShowtimeStart': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.StandardUsed': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.StandardsSupported': readonly ("G.992.1_Annex_A" | "G.992.1_Annex_B" | "G.992.1_Annex_C" | "T1.413" | "T1.413i2" | "ETSI_101_388" | "G.992.2" | "G.992.3_Annex_A" | "G.992.3_Annex_B" | "G.992.3_Annex_C" | "G.992.3_Annex_I" | "G.992.3_Annex_J" | "G.992.3_Annex_L" | "G.992.3_Annex_M" | "G.992.4" | "G.992.5_Annex_A" | "G.992.5_Annex_B" | "G.992.5_Annex_C" | "G.992.5_Annex_I" | "G.992.5_Annex_J" | "G.992.5_Annex_M" | "G.993.1" | "G.993.1_Annex_A" | "G.993.2_Annex_A" | "G.993.2_Annex_B" | "G.993.2_Annex_C")[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ATUCCRCErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ATUCErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ATUCFECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ATUCHECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ATUCSeverelyErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.CRCErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.CellDelin': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.FECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.HECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.InitErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.InitTimeouts': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.LInit': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.LOF': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.LinkRetrain': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.LossOfFraming': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.ReceiveBlocks': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.SeverelyErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.CurrentDay.TransmitBlocks': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ATUCCRCErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ATUCErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ATUCFECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ATUCHECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ATUCSeverelyErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.CRCErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.CellDelin': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.FECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.HECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.InitErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.InitTimeouts': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.LInit': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.LOF': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.LinkRetrain': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.LossOfFraming': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.ReceiveBlocks': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.SeverelyErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.LastShowtime.TransmitBlocks': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ATUCCRCErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ATUCErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ATUCFECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ATUCHECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ATUCSeverelyErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.CRCErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.CellDelin': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.FECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.HECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.InitErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.InitTimeouts': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.LInit': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.LOF': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.LinkRetrain': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.LossOfFraming': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.ReceiveBlocks': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.SeverelyErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.QuarterHour.TransmitBlocks': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ATUCCRCErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ATUCErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ATUCFECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ATUCHECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ATUCSeverelyErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.CRCErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.CellDelin': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.FECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.HECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.InitErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.InitTimeouts': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.LInit': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.LOF': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.LinkRetrain': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.LossOfFraming': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.ReceiveBlocks': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.SeverelyErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Showtime.TransmitBlocks': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ATUCCRCErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ATUCErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ATUCFECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ATUCHECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ATUCSeverelyErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.CRCErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.CellDelin': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.FECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.HECErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.InitErrors': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.InitTimeouts': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.LInit': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.LOF': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.LinkRetrain': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.LossOfFraming': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.ReceiveBlocks': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.SeverelyErroredSecs': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Stats.Total.TransmitBlocks': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.Status': "Up" | "Initializing" | "EstablishingLink" | "NoSignal" | "Error" | "Disabled";
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.SuccessFailureCause': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TRELLISds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TRELLISus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.HLOGGds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.HLOGGus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.HLOGMTds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.HLOGMTus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.HLOGpsds': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.HLOGpsus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.LATNds': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.LATNus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.QLNGds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.QLNGus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.QLNMTds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.QLNMTus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.QLNpsds': readonly number[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.QLNpsus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SATNds': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SATNus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SNRGds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SNRGus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SNRMTds': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SNRMTus': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SNRpsds': readonly number[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TestParams.SNRpsus': readonly string[];
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.TotalStart': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.UPBOKLE': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.US0MASK': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.UpstreamAttenuation': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.UpstreamCurrRate': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.UpstreamMaxRate': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.UpstreamNoiseMargin': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.UpstreamPower': number;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.VirtualNoisePSDds': string;
  'InternetGatewayDevice.WANDevice.{i}.WANDSLInterfaceConfig.VirtualNoisePSDus': string;
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.DuplexMode': "Half" | "Full" | "Auto";
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Enable': boolean;
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.MACAddress': string;
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.MaxBitRate': "10" | "100" | "1000" | "10000";
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.ShapingBurstSize': number;
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.ShapingRate': number;
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Stats.BytesReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Stats.BytesSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Stats.PacketsReceived': number;
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Stats.PacketsSent': number;
  'InternetGatewayDevice.WANDevice.{i}.WANEthernetInterfaceConfig.Status': "Up" | "NoLink" | "Error" | "Disabled";
  'InternetGatewayDevice.WANDeviceNumberOfEntries': number;
  'InternetGatewayDevice.XMPP.Connection.{i}.Alias': string;
  'InternetGatewayDevice.XMPP.Connection.{i}.Domain': string;
  'InternetGatewayDevice.XMPP.Connection.{i}.Enable': boolean;
  'InternetGatewayDevice.XMPP.Connection.{i}.JabberID': string;
  'InternetGatewayDevice.XMPP.Connection.{i}.KeepAliveInterval': bigint;
  'InternetGatewayDevice.XMPP.Connection.{i}.LastChangeDate': string;
  'InternetGatewayDevice.XMPP.Connection.{i}.Password': string;
  'InternetGatewayDevice.XMPP.Connection.{i}.Resource': string;
  'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Alias': string;
  'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Enable': boolean;
  'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Port': number;
  'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Priority': number;
  'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.ServerAddress': string;
  'InternetGatewayDevice.XMPP.Connection.{i}.Server.{i}.Weight': bigint;
  'InternetGatewayDevice.XMPP.Connection.{i}.ServerConnectAlgorithm': "DNS-SRV" | "ServerTable";
  'InternetGatewayDevice.XMPP.Connection.{i}.ServerConnectAttempts': number;
  'InternetGatewayDevice.XMPP.Connection.{i}.ServerNumberOfEntries': number;
  'InternetGatewayDevice.XMPP.Connection.{i}.ServerRetryInitialInterval': number;
  'InternetGatewayDevice.XMPP.Connection.{i}.ServerRetryIntervalMultiplier': number;
  'InternetGatewayDevice.XMPP.Connection.{i}.ServerRetryMaxInterval': number;
  'InternetGatewayDevice.XMPP.Connection.{i}.Stats.ReceivedErrorMessages': number;
  'InternetGatewayDevice.XMPP.Connection.{i}.Stats.ReceivedMessages': number;
  'InternetGatewayDevice.XMPP.Connection.{i}.Stats.TransmittedErrorMessages': number;
  'InternetGatewayDevice.XMPP.Connection.{i}.Stats.TransmittedMessages': number;
  'InternetGatewayDevice.XMPP.Connection.{i}.Status': "Enabled" | "Disabled" | "Unknown" | "Dormant" | "Connecting" | "ServerNotPresent" | "Error_Misconfigured" | "Error_AuthenticationFailure" | "Error";
  'InternetGatewayDevice.XMPP.Connection.{i}.TLSEstablished': boolean;
  'InternetGatewayDevice.XMPP.Connection.{i}.UseTLS': boolean;
  'InternetGatewayDevice.XMPP.Connection.{i}.Username': string;
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
