// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model Device:2.19 from tr-181-2-19-1-cwmp.xml
// Sources (sha256):
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml
//   b19ec28d0b263c82980a7c5d71e7d60111657155b302afcd05cc10d57251105a  tr-181-2-16-0-captiveportal.xml
//   d3864ab2e4464c87bcc2894318b8cd154de41458e248a251b36416b25519e0db  tr-181-2-16-0-dlna.xml
//   c3cf446ca3624e2fc5016e6af83b791bfab0cf21f72575f7814edc15b90bd4ea  tr-181-2-16-0-faultmgmt.xml
//   5c8f7fc3138ea6153ddd4720f4759c6e7aadd568e2f0b6108487c844f782a2c6  tr-181-2-16-0-lanconfigsecurity.xml
//   c2e2c8adc5480a8c0b656301da4e6fa2d1c86c017df7713b5f1dc268232eb101  tr-181-2-16-0-lldp.xml
//   bd10802a60254370018ea8132975d5b7686e3097fbfc88b7cd1860c0507ed070  tr-181-2-16-0-packetcapture.xml
//   5d70ec3e23c0c15c7d50307d53ec5075cb9fba9fdb237b33bcad3e522c85cdc6  tr-181-2-16-0-root.xml
//   e149bbbbb70b4263863dd01b8aa8270ae2ec71c360faef1368ce16cb349d3853  tr-181-2-16-0-selftest.xml
//   edd638009c979687f90aa2b5c5ac03816dd44622e649e795bb3471407513ed76  tr-181-2-16-0-upnp.xml
//   5ef7efec081fa313c4a748436f922ce9bad9d4107c4fcb518ced2c9dc6f64757  tr-181-2-18-0-basapm.xml
//   68950f95ee0ab9f0dc5ed45c2373746d63fcc17adffcce71ea9cf081a71a583c  tr-181-2-18-0-bulkdata.xml
//   bcde6007a17d87de4e3ff260a8efa82a0f76f1b29a808832085a41c1d7e9b56e  tr-181-2-18-0-dslite.xml
//   bc35a5cc750cd6a4a90ef21ad241cd0add9fe1f9078d8d6a3974f6bbadf0de13  tr-181-2-18-0-dynamicdns.xml
//   a611c79f84765d44b45e454ba658f8fd15d6b893178d4320447fc52547dd638f  tr-181-2-18-0-etsim2m.xml
//   daac3730f31c09fdf7401ce194477a754120a3b3ba180543887efb51a19cb6af  tr-181-2-18-0-fap.xml
//   5ff1905c3adc4bf0430e9f5c1a084a4285057f8a49715d795fd21db4500e6b92  tr-181-2-18-0-ieee1905.xml
//   aebc31dc0b16d35d6f324cdff486cdcb15ea1f986342edc5ec28b71f2df0af01  tr-181-2-18-0-interfacestack.xml
//   7e7fab8eb7ba14b115270c83e60e668e567fae594544ecdc9fc46b3a6febb6a5  tr-181-2-18-0-ipsec.xml
//   d3eacf5aa89a2e285fd639829712c2adf8787ac808454256d07bef0765c7654e  tr-181-2-18-0-ipv6rd.xml
//   d4bc3bc7ec679216c0d8727a2b2cb0774cdadbb4e0d8ea075ca9762f90aa30e2  tr-181-2-18-0-lmap.xml
//   d3558c64618877dea95c00762081f3e9199e39d6f9986b489c459826591d40ea  tr-181-2-18-0-neighbordiscovery.xml
//   d7be134eebc9783a3e7d74cfbcf51dfeaec76c1e72fdca8b053258ecb0246c86  tr-181-2-18-0-pcp.xml
//   06b2d353f2c2d96c49ecec158a4524c1584165d2548362a6f5c085059d675977  tr-181-2-18-0-periodicstatistics.xml
//   7ab5aed3ccd9e60770cf13d6e325bb4c212f7fca47db0285b6cabd5232db2165  tr-181-2-18-0-routeradvertisement.xml
//   f590e97c429f2c0a081b410e64da494869273fdb896d4174e5084bc44001496c  tr-181-2-18-0-schedules.xml
//   ef5b30743d14898d2e42107ea12f8a845b577bc328acedfb1631f0e4e2de6feb  tr-181-2-18-0-smartcardreaders.xml
//   7849bf5197e9116d5128d60bd722a92e0bc88b4d0fd0a8bc973dbc0be381b040  tr-181-2-18-0-stomp.xml
//   f37c99f021a9e630942e5c86523fee4e71e243ea2a38e71973736110d8c50723  tr-181-2-18-0-unixdomainsocket.xml
//   18538203843c2d87a9a014d3176edef60d2fd0be1051a010152e9509eb02ed82  tr-181-2-18-0-wwc.xml
//   3cf288958d4b3d0fba579eab411a5fd6d97c097f8fb1fe8939efabc8f1e73cde  tr-181-2-18-0-xmpp.xml
//   223d9caf556b4261c306fd0f05139afd886bed569b37f4fe903a508b8eaaf76c  tr-181-2-19-0-atm.xml
//   1f86220df91fe2c55280568c2ead0a27be0f4c3c771328271ee3f47c10d5afe6  tr-181-2-19-0-bridging.xml
//   8d5726357f901409a3bbfc30af85675dde9cacff4d4644b210bc53f24ca780a5  tr-181-2-19-0-cellular.xml
//   f24a0de0701781e0f6704dbffe8f13ea4c2a152f3c137e2341d18a46eb136164  tr-181-2-19-0-collectiondevice.xml
//   c871ee354988a07ad20c9c4bb3007d3b1056a9d61b7e3db9153bec2527e67ba9  tr-181-2-19-0-common.xml
//   ace5968d9e768dd6e965fb9a8c759752143c9ab6a0e82c476e9addc5d9d37592  tr-181-2-19-0-deviceinfo.xml
//   5d3fb0855c5458a82f2e682df11e7230d24d0bacdb32dc5d73dce180639bf5fb  tr-181-2-19-0-dhcpv4.xml
//   faba840016de322452461eb0bb363663dadab2c9aa6deed8520ce3c46bfa4b95  tr-181-2-19-0-dhcpv6.xml
//   f4ac166e8ec731620dfe82e399bc629afac2dc87e1d58ab01c746ee0982f73b6  tr-181-2-19-0-dns.xml
//   c1046affc111060c79f6f9fd3f34c68b961123138dec89d34c0b1fbe1e843bd7  tr-181-2-19-0-docsis.xml
//   ef1625c394e0f94b407fc38e334a69b0f8ab677a1838099e2b60f9a9c361362e  tr-181-2-19-0-dsl.xml
//   7d46565efb5d9c78e0a76cd80225ffcf5effffd882185dce5c6029eaa65293fe  tr-181-2-19-0-ethernet.xml
//   6afd2eb6d2679d34f19bdb8e607d02a88dad50a79959c99c957f7e88a48da2aa  tr-181-2-19-0-fast.xml
//   2be04538d5b61fb175d3ceba4d2d076675722a33fb2657c47fec301c8773ca31  tr-181-2-19-0-firewall.xml
//   651ca8a27680a31adfe10ebf8104dfb7129f4e45200b791e2e746c00b2ab6594  tr-181-2-19-0-fwe.xml
//   2b8e8ac8a55e7b69a4ead0d7fd0c5687bb17f6f7c07c7d435511cf1dce6764d1  tr-181-2-19-0-ghn.xml
//   5e3620c05961bfdd73471e8b86ba2e41849979fde7f9a581047273878ee4e61e  tr-181-2-19-0-gre.xml
//   2a7dca59c2f32bc3a66f4129e4d16c1ce590e3099079d88e5ce56e8db773ee8c  tr-181-2-19-0-homeplug.xml
//   051d5513f4dada502bf5d712d5d8d15be51192efa91ad74e505c9f92c5e33ac6  tr-181-2-19-0-hosts.xml
//   c05ce33bb096ef25f7135cce0e84e30e7113de825f7c0f90cbb0dd5990cd15e4  tr-181-2-19-0-hpna.xml
//   d0650e5a37140967b92cf7277486567f1ecc2b60aec2011cefc586f2550b2465  tr-181-2-19-0-interface.xml
//   4b34d8b0513c3a38b985c7ce10394444cda8b79312950a5f2906a37d285b653b  tr-181-2-19-0-ip.xml
//   8b8ddff1af88e828d5e5e376884b4912079c852df93ce78f3a7d0b0bf084741a  tr-181-2-19-0-l2tpv3.xml
//   de22a8b7cb43b941271fb9a38bf400a1693d7f02fcc7e2bae95187be11a82b95  tr-181-2-19-0-leds.xml
//   9dd99f35068cfb1a9f38e4174df67325eab1238a145f59935d69ac51a062ced1  tr-181-2-19-0-localagent.xml
//   199acf1198372b55e2137761b2c506f6bcb31a3945c5bde506013e13fba3330c  tr-181-2-19-0-logical.xml
//   f7f2204a5e453d59918a2dc4be32c95a9fcee778a452659333e34b5437245731  tr-181-2-19-0-map.xml
//   1117ae79aea9eeeaea108dbe2329950b19a6572561b8821caf9fff5661b3a4a6  tr-181-2-19-0-moca-cwmp.xml
//   4b6f387476bc7067dffd6cbb285e1ba308a42df4d533c815fd322bc75fcf4a07  tr-181-2-19-0-moca.xml
//   83e5798d0ac86c694098b0c7222bcaf0d79d240ce776f858afc9a40e63265369  tr-181-2-19-0-mqtt.xml
//   486fdddda2198dfbea3b9cf3cd05dbdbe7c79146fdf6bac502b4521eb8655796  tr-181-2-19-0-nat.xml
//   86393330722557de41dce4503fa0209e58dde4b87003a90941ce936f5366b50d  tr-181-2-19-0-optical.xml
//   11e5b1d3e98dc35db3544a5ff325a442b3b562fe3df97c07c4cc0d7a7ce43176  tr-181-2-19-0-pdu.xml
//   bc7849902336cffb590979113d890d61115f2f6a8590ee9aa3641dba3142141d  tr-181-2-19-0-ppp.xml
//   75601a56e62cf3b43a02073528f058608f37113ed949bb573a772a3cdd7b0952  tr-181-2-19-0-ptm.xml
//   7325cd2d1e82374ed1ae732c4b00c7f2f7ae45c8d268ccb5879f2c70509d13cc  tr-181-2-19-0-qos.xml
//   a47a73da22c183990a3a1e9b085edc14fda7772484cf176128a79a4a215a2928  tr-181-2-19-0-routing.xml
//   9e9d0bf2aa5d01ae83e8930801de3b4f93d1e6909a53cb590024bd32e114b175  tr-181-2-19-0-security.xml
//   ffe1e340c83f8fbf51cfa6250efea4b0f33ea2f6ef2851fb5321f5998c39f34a  tr-181-2-19-0-sessionmanagement.xml
//   78761446f76a79e790ca72cfb26c2931b5e8c28ac88125f593529a6daead5274  tr-181-2-19-0-sfp.xml
//   73095ccfc0cf46f934a568e048a4d95e01b6b3b0c0718be33b4f76cb7184df95  tr-181-2-19-0-softwaremodules.xml
//   cac2f9789f4c55abde44bba536fb3bd2c84c96dd356148853f866a268b0d90cc  tr-181-2-19-0-ssh.xml
//   f486e6f09b344db3b9c294a2e65e8be070932f41d655edec5bd2dfa1a752d352  tr-181-2-19-0-stats.xml
//   bb8e8be17d978f69fdc94b4330f45fcac88e2dd4db23758b0bafe682461a185c  tr-181-2-19-0-thread.xml
//   ddf18507864bd871f53c6439c8004f47490041014a121bec5cef81741fce64be  tr-181-2-19-0-time.xml
//   0c27c4058861545398f0da325cfa4e3914b2ddf5df206b08dc15129bf7de0615  tr-181-2-19-0-trustedelements.xml
//   648a63860c6a8e97a9b278958a2e547cd64663446ec7186a0f42ec0bee786386  tr-181-2-19-0-upa.xml
//   01753ad271566bc4b50c92a2cb54525d6fe1866109465fdfe9fc8e69247fa8b9  tr-181-2-19-0-usb.xml
//   c1d889dca7c0de83fcc024f126bebfef0281fb295d2bbd76085ff0fde8e55d79  tr-181-2-19-0-users.xml
//   210366d36f6ccf1410998a0c69ba8cf5cdd96437622bdb47d567a0cd39584868  tr-181-2-19-0-uspservices.xml
//   4aeff4f1c472e4d18841b021f44216e4d9a6828c2528f389c5ead1fa0f586773  tr-181-2-19-0-vxlan.xml
//   1f6a171b1065e049f380431f2bd07a11107331bfc2d53f6961c691b5f8a4b4b0  tr-181-2-19-0-wifi-base.xml
//   f7233b2de275ce01ad94539b6a652153fca4e2b03b46f3b1c23f0a29edfb37d7  tr-181-2-19-0-wifi-cwmp.xml
//   55e61eba764e6f29ba3c8a6924499647d390c064f7e029644af8c830391a1db3  tr-181-2-19-0-wifi-de.xml
//   1e58e034fbf21ebe3300098f6e40ba256d8b929bc140f8fc2b37a3ce2fe4c257  tr-181-2-19-0-wifi.xml
//   17047eb17b24c77b699593a204cc71e8da0603e04797b64c0164b3f6401ed27a  tr-181-2-19-0-xpon.xml
//   c746bbfd6e1d3792f750c89f80ecf6792725cc25569a97715f9c9f1444cf20cb  tr-181-2-19-0-zigbee.xml
//   6e194cf56754f96bca5f0d9dd81b2f28b328cf305476e78e980080bfb58c091b  tr-181-2-19-1-cwmp.xml
//   3bfcfe24b949503734acf66e3b37f620b694e9b126f468239a4e03dd67b4e9a6  tr-181-2-19-1-ieee8021x.xml
//   ec54d48e55036a4c60182262a70a56e3ed2bdd163685e1cc24a62dc8505e6311  tr-181-2-19-1-radsecproxy.xml
//   0d9954df557984d5abe4621864aa9217852da4be1d786d0890d699fabca07608  tr-181-2-19-1-syslog.xml
//   fa7f96c53cd773f96348d207f1e277ac98e27625fdb6c63324855b12981fdf29  tr-181-2-19-1-userinterface.xml

/** Device. */
export interface Device {
  'ATM'?: Device_ATM;
  'BASAPM'?: Device_BASAPM;
  'Bridging'?: Device_Bridging;
  'BulkData'?: Device_BulkData;
  'CaptivePortal'?: Device_CaptivePortal;
  'Cellular'?: Device_Cellular;
  'CollectionDevice'?: { [instance: number]: Device_CollectionDevice };
  'CollectionDeviceNumberOfEntries': number;
  'DHCPv4'?: Device_DHCPv4;
  'DHCPv6'?: Device_DHCPv6;
  'DLNA'?: Device_DLNA;
  'DNS'?: Device_DNS;
  'DOCSIS'?: Device_DOCSIS;
  'DSL'?: Device_DSL;
  'DSLite'?: Device_DSLite;
  'DeviceInfo'?: Device_DeviceInfo;
  'DynamicDNS'?: Device_DynamicDNS;
  'ETSIM2M'?: Device_ETSIM2M;
  'Ethernet'?: Device_Ethernet;
  'FAP'?: Device_FAP;
  'FAST'?: Device_FAST;
  'FWE'?: Device_FWE;
  'FaultMgmt'?: Device_FaultMgmt;
  'Firewall'?: Device_Firewall;
  'GRE'?: Device_GRE;
  'GatewayInfo'?: Device_GatewayInfo;
  'Ghn'?: Device_Ghn;
  'HPNA'?: Device_HPNA;
  'HomePlug'?: Device_HomePlug;
  'Hosts'?: Device_Hosts;
  'IEEE1905'?: Device_IEEE1905;
  'IEEE8021x'?: Device_IEEE8021x;
  'IP'?: Device_IP;
  'IPsec'?: Device_IPsec;
  'IPv6rd'?: Device_IPv6rd;
  'InterfaceStack'?: { [instance: number]: Device_InterfaceStack };
  'InterfaceStackNumberOfEntries': number;
  'L2TPv3'?: Device_L2TPv3;
  'LANConfigSecurity'?: Device_LANConfigSecurity;
  'LEDs'?: Device_LEDs;
  'LLDP'?: Device_LLDP;
  'LMAP'?: Device_LMAP;
  'Logical'?: Device_Logical;
  'MAP'?: Device_MAP;
  'MQTT'?: Device_MQTT;
  'ManagementServer'?: Device_ManagementServer;
  'MoCA'?: Device_MoCA;
  'NAT'?: Device_NAT;
  'NeighborDiscovery'?: Device_NeighborDiscovery;
  'Optical'?: Device_Optical;
  'PCP'?: Device_PCP;
  'PDU'?: Device_PDU;
  'PPP'?: Device_PPP;
  'PTM'?: Device_PTM;
  'PacketCaptureDiagnostics'?: Device_PacketCaptureDiagnostics;
  'PeriodicStatistics'?: Device_PeriodicStatistics;
  'QoS'?: Device_QoS;
  'RadSecProxy'?: Device_RadSecProxy;
  'RootDataModelVersion': string;
  'RouterAdvertisement'?: Device_RouterAdvertisement;
  'Routing'?: Device_Routing;
  'SFPs'?: Device_SFPs;
  'SSH'?: Device_SSH;
  'STOMP'?: Device_STOMP;
  'Schedules'?: Device_Schedules;
  'Security'?: Device_Security;
  'SelfTestDiagnostics'?: Device_SelfTestDiagnostics;
  'Services'?: Device_Services;
  'SessionManagement'?: Device_SessionManagement;
  'SmartCardReaders'?: Device_SmartCardReaders;
  'SoftwareModules'?: Device_SoftwareModules;
  'Syslog'?: Device_Syslog;
  'Thread'?: Device_Thread;
  'Time'?: Device_Time;
  'TrustedElements'?: Device_TrustedElements;
  'UPA'?: Device_UPA;
  'UPnP'?: Device_UPnP;
  'USB'?: Device_USB;
  'USPAgent'?: Device_USPAgent;
  'USPServices'?: Device_USPServices;
  'UnixDomainSockets'?: Device_UnixDomainSockets;
  'UserInterface'?: Device_UserInterface;
  'Users'?: Device_Users;
  'VXLAN'?: Device_VXLAN;
  'WWC'?: Device_WWC;
  'WiFi'?: Device_WiFi;
  'XMPP'?: Device_XMPP;
  'XPON'?: Device_XPON;
  'ZigBee'?: Device_ZigBee;
}

/** Device.ATM. */
export interface Device_ATM {
  'Diagnostics'?: Device_ATM_Diagnostics;
  'Link'?: { [instance: number]: Device_ATM_Link };
  'LinkNumberOfEntries': number;
}

/** Device.ATM.Diagnostics. */
export interface Device_ATM_Diagnostics {
  'F5Loopback'?: Device_ATM_Diagnostics_F5Loopback;
}

/** Device.ATM.Diagnostics.F5Loopback. */
export interface Device_ATM_Diagnostics_F5Loopback {
  'AverageResponseTime': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
  'FailureCount': number;
  'Interface': string;
  'MaximumResponseTime': number;
  'MinimumResponseTime': number;
  'NumberOfRepetitions': number;
  'SuccessCount': number;
  'Timeout': number;
}

/** Device.ATM.Link.{i}. */
export interface Device_ATM_Link {
  'AAL': "AAL1" | "AAL2" | "AAL3" | "AAL4" | "AAL5";
  'Alias': string;
  'AutoConfig': boolean;
  'DestinationAddress': string;
  'Enable': boolean;
  'Encapsulation': "LLC" | "VCMUX";
  'FCSPreserved': boolean;
  'LastChange': number;
  'LinkType': "EoA" | "IPoA" | "PPPoA" | "CIP" | "Unconfigured";
  'LowerLayers': readonly string[];
  'Name': string;
  'QoS'?: Device_ATM_Link_QoS;
  'Stats'?: Device_ATM_Link_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'VCSearchList': readonly string[];
}

/** Device.ATM.Link.{i}.QoS. */
export interface Device_ATM_Link_QoS {
  'MaximumBurstSize': number;
  'PeakCellRate': number;
  'QoSClass': "UBR" | "CBR" | "GFR" | "VBR-nrt" | "VBR-rt" | "UBR+" | "ABR";
  'SustainableCellRate': number;
}

/** Device.ATM.Link.{i}.Stats. */
export interface Device_ATM_Link_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'CRCErrors': number;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'HECErrors': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'ReceivedBlocks': number;
  'Reset': boolean;
  'TransmittedBlocks': number;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.BASAPM. */
export interface Device_BASAPM {
  'MeasurementEndpoint'?: { [instance: number]: Device_BASAPM_MeasurementEndpoint };
  'MeasurementEndpointNumberOfEntries': number;
}

/** Device.BASAPM.MeasurementEndpoint.{i}. */
export interface Device_BASAPM_MeasurementEndpoint {
  'Alias': string;
  'CustomerDevice'?: Device_BASAPM_MeasurementEndpoint_CustomerDevice;
  'DeviceOwnership': "ISP" | "Customer";
  'Enable': boolean;
  'ISPDevice'?: Device_BASAPM_MeasurementEndpoint_ISPDevice;
  'InternetDomain': string;
  'MeasurementAgent': string;
  'OperationalDomain': string;
  'UseMeasurementEndpointInReports': boolean;
}

/** Device.BASAPM.MeasurementEndpoint.{i}.CustomerDevice. */
export interface Device_BASAPM_MeasurementEndpoint_CustomerDevice {
  'CustomerIdentifier': string;
  'EquipmentIdentifier': string;
}

/** Device.BASAPM.MeasurementEndpoint.{i}.ISPDevice. */
export interface Device_BASAPM_MeasurementEndpoint_ISPDevice {
  'GeographicalLocation': string;
  'ReferencePoint': "STP" | "IDTP" | "RNTP" | "IRTP" | "MTP" | "IATP" | "UNITP" | "CEDTP";
}

/** Device.Bridging. */
export interface Device_Bridging {
  'Bridge'?: { [instance: number]: Device_Bridging_Bridge };
  'BridgeNumberOfEntries': number;
  'Filter'?: { [instance: number]: Device_Bridging_Filter };
  'FilterNumberOfEntries': number;
  'MaxBridgeEntries': number;
  'MaxDBridgeEntries': number;
  'MaxFilterEntries': number;
  'MaxProviderBridgeEntries': number;
  'MaxQBridgeEntries': number;
  'MaxVLANEntries': number;
  'ProviderBridge'?: { [instance: number]: Device_Bridging_ProviderBridge };
  'ProviderBridgeNumberOfEntries': number;
}

/** Device.Bridging.Bridge.{i}. */
export interface Device_Bridging_Bridge {
  'AgingTime': number;
  'Alias': string;
  'Enable': boolean;
  'Name': string;
  'Port'?: { [instance: number]: Device_Bridging_Bridge_Port };
  'PortNumberOfEntries': number;
  'STP'?: Device_Bridging_Bridge_STP;
  'Standard': "802.1D-2004" | "802.1Q-2005" | "802.1Q-2011";
  'Status': "Disabled" | "Enabled" | "Error";
  'VLAN'?: { [instance: number]: Device_Bridging_Bridge_VLAN };
  'VLANNumberOfEntries': number;
  'VLANPort'?: { [instance: number]: Device_Bridging_Bridge_VLANPort };
  'VLANPortNumberOfEntries': number;
}

/** Device.Bridging.Bridge.{i}.Port.{i}. */
export interface Device_Bridging_Bridge_Port {
  'AcceptableFrameTypes': "AdmitAll" | "AdmitOnlyVLANTagged" | "AdmitOnlyPrioUntagged";
  'Alias': string;
  'DefaultUserPriority': number;
  'Enable': boolean;
  'IngressFiltering': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'ManagementPort': boolean;
  'Name': string;
  'PVID': number;
  'PathCost': number;
  'PortState': "Disabled" | "Blocking" | "Listening" | "Learning" | "Forwarding" | "Broken";
  'Priority': number;
  'PriorityCodePoint'?: Device_Bridging_Bridge_Port_PriorityCodePoint;
  'PriorityRegeneration': readonly number[];
  'PriorityTagging': boolean;
  'ServiceAccessPrioritySelection': boolean;
  'ServiceAccessPriorityTranslation': readonly number[];
  'Stats'?: Device_Bridging_Bridge_Port_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'TPID': number;
  'Type': "ProviderNetworkPort" | "CustomerNetworkPort" | "CustomerEdgePort" | "CustomerVLANPort" | "VLANUnawarePort";
}

/** Device.Bridging.Bridge.{i}.Port.{i}.PriorityCodePoint. */
export interface Device_Bridging_Bridge_Port_PriorityCodePoint {
  'PCPDecoding': readonly string[];
  'PCPEncoding': readonly string[];
  'PCPSelection': number;
  'RequireDropEncoding': boolean;
  'UseDEI': boolean;
}

/** Device.Bridging.Bridge.{i}.Port.{i}.Stats. */
export interface Device_Bridging_Bridge_Port_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.Bridging.Bridge.{i}.STP. */
export interface Device_Bridging_Bridge_STP {
  'BridgePriority': number;
  'Enable': boolean;
  'ForwardingDelay': number;
  'HelloTime': number;
  'MaxAge': number;
  'Protocol': "STP" | "RSTP";
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
}

/** Device.Bridging.Bridge.{i}.VLAN.{i}. */
export interface Device_Bridging_Bridge_VLAN {
  'Alias': string;
  'Enable': boolean;
  'Name': string;
  'VLANID': number;
}

/** Device.Bridging.Bridge.{i}.VLANPort.{i}. */
export interface Device_Bridging_Bridge_VLANPort {
  'Alias': string;
  'Enable': boolean;
  'Port': string;
  'Untagged': boolean;
  'VLAN': string;
}

/** Device.Bridging.Filter.{i}. */
export interface Device_Bridging_Filter {
  'Alias': string;
  'Bridge': string;
  'DHCPType': "DHCPv4" | "DHCPv6";
  'DestIP': string;
  'DestIPExclude': boolean;
  'DestMACAddressFilterExclude': boolean;
  'DestMACAddressFilterList': readonly string[];
  'DestMACFromClientIDFilter': string;
  'DestMACFromClientIDFilterExclude': boolean;
  'DestMACFromUserClassIDFilter': string;
  'DestMACFromUserClassIDFilterExclude': boolean;
  'DestMACFromVendorClassIDFilter': string;
  'DestMACFromVendorClassIDFilterExclude': boolean;
  'DestMACFromVendorClassIDFilterv6': string;
  'DestMACFromVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'DestMask': string;
  'DestPort': number;
  'DestPortExclude': boolean;
  'DestPortRangeMax': number;
  'Enable': boolean;
  'EthertypeFilterExclude': boolean;
  'EthertypeFilterList': readonly number[];
  'Interface': string;
  'Order': number;
  'Protocol': number;
  'ProtocolExclude': boolean;
  'SourceIP': string;
  'SourceIPExclude': boolean;
  'SourceMACAddressFilterExclude': boolean;
  'SourceMACAddressFilterList': readonly string[];
  'SourceMACFromClientIDFilter': string;
  'SourceMACFromClientIDFilterExclude': boolean;
  'SourceMACFromUserClassIDFilter': string;
  'SourceMACFromUserClassIDFilterExclude': boolean;
  'SourceMACFromVendorClassIDFilter': string;
  'SourceMACFromVendorClassIDFilterExclude': boolean;
  'SourceMACFromVendorClassIDFilterv6': string;
  'SourceMACFromVendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'SourceMask': string;
  'SourcePort': number;
  'SourcePortExclude': boolean;
  'SourcePortRangeMax': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'VLANIDFilter': number;
}

/** Device.Bridging.ProviderBridge.{i}. */
export interface Device_Bridging_ProviderBridge {
  'Alias': string;
  'CVLANcomponents': readonly string[];
  'Enable': boolean;
  'SVLANcomponent': string;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'Type': "S-VLAN" | "PE";
}

/** Device.BulkData. */
export interface Device_BulkData {
  'Enable': boolean;
  'EncodingTypes': readonly ("XML" | "XDR" | "CSV" | "JSON")[];
  'MaxNumberOfParameterReferences': number;
  'MaxNumberOfProfiles': number;
  'MinReportingInterval': number;
  'ParameterWildCardSupported': boolean;
  'Profile'?: { [instance: number]: Device_BulkData_Profile };
  'ProfileNumberOfEntries': number;
  'Protocols': readonly ("Streaming" | "File" | "HTTP" | "MQTT")[];
  'Status': "Enabled" | "Disabled" | "Error";
}

/** Device.BulkData.Profile.{i}. */
export interface Device_BulkData_Profile {
  'Alias': string;
  'CSVEncoding'?: Device_BulkData_Profile_CSVEncoding;
  'ControlFileFormat': string;
  'Enable': boolean;
  'EncodingType': string;
  'FileTransferPassword': string;
  'FileTransferURL': string;
  'FileTransferUsername': string;
  'HTTP'?: Device_BulkData_Profile_HTTP;
  'JSONEncoding'?: Device_BulkData_Profile_JSONEncoding;
  'MQTT'?: Device_BulkData_Profile_MQTT;
  'Name': string;
  'NumberOfRetainedFailedReports': number;
  'Parameter'?: { [instance: number]: Device_BulkData_Profile_Parameter };
  'ParameterNumberOfEntries': number;
  'Protocol': string;
  'ReportingInterval': number;
  'StreamingHost': string;
  'StreamingPort': number;
  'StreamingSessionID': number;
  'TimeReference': string;
}

/** Device.BulkData.Profile.{i}.CSVEncoding. */
export interface Device_BulkData_Profile_CSVEncoding {
  'EscapeCharacter': string;
  'FieldSeparator': string;
  'ReportFormat': "ParameterPerRow" | "ParameterPerColumn";
  'RowSeparator': string;
  'RowTimestamp': "Unix-Epoch" | "ISO-8601" | "None";
}

/** Device.BulkData.Profile.{i}.HTTP. */
export interface Device_BulkData_Profile_HTTP {
  'Compression': string;
  'CompressionsSupported': readonly ("GZIP" | "Compress" | "Deflate")[];
  'Method': string;
  'MethodsSupported': readonly ("POST" | "PUT")[];
  'Password': string;
  'PersistAcrossReboot': boolean;
  'RequestURIParameter'?: { [instance: number]: Device_BulkData_Profile_HTTP_RequestURIParameter };
  'RequestURIParameterNumberOfEntries': number;
  'RetryEnable': boolean;
  'RetryIntervalMultiplier': number;
  'RetryMinimumWaitInterval': number;
  'URL': string;
  'UseDateHeader': boolean;
  'Username': string;
}

/** Device.BulkData.Profile.{i}.HTTP.RequestURIParameter.{i}. */
export interface Device_BulkData_Profile_HTTP_RequestURIParameter {
  'Name': string;
  'Reference': string;
}

/** Device.BulkData.Profile.{i}.JSONEncoding. */
export interface Device_BulkData_Profile_JSONEncoding {
  'ReportFormat': "ObjectHierarchy" | "NameValuePair";
  'ReportTimestamp': "Unix-Epoch" | "ISO-8601" | "None";
}

/** Device.BulkData.Profile.{i}.MQTT. */
export interface Device_BulkData_Profile_MQTT {
  'PublishQoS': number;
  'PublishRetain': boolean;
  'PublishTopic': string;
  'Reference': string;
}

/** Device.BulkData.Profile.{i}.Parameter.{i}. */
export interface Device_BulkData_Profile_Parameter {
  'Exclude': boolean;
  'Name': string;
  'Reference': string;
}

/** Device.CaptivePortal. */
export interface Device_CaptivePortal {
  'AllowedList': readonly string[];
  'Enable': boolean;
  'Status': "Disabled" | "Enabled" | "Error_URLEmpty" | "Error";
  'URL': string;
}

/** Device.Cellular. */
export interface Device_Cellular {
  'AccessPoint'?: { [instance: number]: Device_Cellular_AccessPoint };
  'AccessPointNumberOfEntries': number;
  'Interface'?: { [instance: number]: Device_Cellular_Interface };
  'InterfaceNumberOfEntries': number;
  'RoamingEnabled': boolean;
  'RoamingStatus': "Home" | "Roaming";
}

/** Device.Cellular.AccessPoint.{i}. */
export interface Device_Cellular_AccessPoint {
  'APN': string;
  'Alias': string;
  'Enable': boolean;
  'IPVersion': number;
  'Interface': string;
  'Password': string;
  'Proxy': string;
  'ProxyPort': number;
  'Type': readonly string[];
  'Username': string;
}

/** Device.Cellular.Interface.{i}. */
export interface Device_Cellular_Interface {
  'Alias': string;
  'AvailableNetworks': readonly string[];
  'CurrentAccessTechnology': string;
  'DownstreamMaxBitRate': number;
  'Enable': boolean;
  'IMEI': string;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'Name': string;
  'NetworkInUse': string;
  'NetworkRequested': string;
  'PreferredAccessTechnology': string;
  'RSRP': number;
  'RSRQ': number;
  'RSSI': number;
  'SIMReferenceList': readonly string[];
  'SMS'?: Device_Cellular_Interface_SMS;
  'Stats'?: Device_Cellular_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'SupportedAccessTechnologies': readonly ("GPRS" | "EDGE" | "UMTS" | "UMTSHSPA" | "CDMA2000OneX" | "CDMA2000HRPD" | "LTE" | "NR")[];
  'USIM'?: Device_Cellular_Interface_USIM;
  'Upstream': boolean;
  'UpstreamMaxBitRate': number;
}

/** Device.Cellular.Interface.{i}.SMS. */
export interface Device_Cellular_Interface_SMS {
  'Incoming'?: Device_Cellular_Interface_SMS_Incoming;
  'Message'?: { [instance: number]: Device_Cellular_Interface_SMS_Message };
  'MessageNumberOfEntries': number;
  'Outgoing'?: Device_Cellular_Interface_SMS_Outgoing;
  'Storage'?: { [instance: number]: Device_Cellular_Interface_SMS_Storage };
  'StorageNumberOfEntries': number;
}

/** Device.Cellular.Interface.{i}.SMS.Incoming. */
export interface Device_Cellular_Interface_SMS_Incoming {
  'CapacityLimit': number;
  'StorageRef': string;
}

/** Device.Cellular.Interface.{i}.SMS.Message.{i}. */
export interface Device_Cellular_Interface_SMS_Message {
  'Alias': string;
  'Receiver': string;
  'Sender': string;
  'Status': "ReceivedRead" | "Received" | "Sent" | "Stored" | "Unknown";
  'StorageRef': string;
  'Text': string;
  'TimeStamp': string;
  'Type': "PointToPoint" | "Broadcast" | "Acknowledgement";
}

/** Device.Cellular.Interface.{i}.SMS.Outgoing. */
export interface Device_Cellular_Interface_SMS_Outgoing {
  'CapacityLimit': number;
  'StorageRef': string;
}

/** Device.Cellular.Interface.{i}.SMS.Storage.{i}. */
export interface Device_Cellular_Interface_SMS_Storage {
  'Alias': string;
  'AvailableCapacity': number;
  'Capacity': number;
  'Location': string;
  'StorageAvailable': boolean;
}

/** Device.Cellular.Interface.{i}.Stats. */
export interface Device_Cellular_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': bigint;
  'DiscardPacketsSent': bigint;
  'ErrorsReceived': bigint;
  'ErrorsSent': bigint;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': bigint;
}

/** Device.Cellular.Interface.{i}.USIM. */
export interface Device_Cellular_Interface_USIM {
  'ICCID': string;
  'IMSI': string;
  'MSISDN': string;
  'PIN': string;
  'PINCheck': "OnNetworkAccess" | "Reboot" | "Off";
  'Status': "None" | "Available" | "Valid" | "Blocked" | "Error";
}

/** Device.CollectionDevice.{i}. */
export interface Device_CollectionDevice {
  'Alias': string;
  'DataElementsDeviceRef': string;
  'GhnAssociatedDeviceRef': string;
  'HPNAAssociatedDeviceRef': string;
  'HomePlugAssociatedDeviceRef': string;
  'HostDeviceRef': readonly string[];
  'IEEE1905DeviceRef': string;
  'IsNativeDevice': boolean;
  'LLDPDeviceRef': string;
  'MoCAAssociatedDeviceRef': string;
  'ThreadAssociatedNodeRef': string;
  'UPAAssociatedDeviceRef': string;
  'UPnPDeviceRef': readonly string[];
  'WiFiAssociatedDeviceRef': string;
  'ZigBeeAssociatedDeviceRef': string;
}

/** Device.DHCPv4. */
export interface Device_DHCPv4 {
  'Client'?: { [instance: number]: Device_DHCPv4_Client };
  'ClientNumberOfEntries': number;
  'Relay'?: Device_DHCPv4_Relay;
  'Server'?: Device_DHCPv4_Server;
}

/** Device.DHCPv4.Client.{i}. */
export interface Device_DHCPv4_Client {
  'Alias': string;
  'AuthenticationProtocol': "None" | "ConfigurationToken" | "DelayedAuthentication";
  'DHCPServer': string;
  'DHCPStatus': "Init" | "Selecting" | "Requesting" | "Rebinding" | "Bound" | "Renewing";
  'DNSServers': readonly string[];
  'DSCPMark': number;
  'Enable': boolean;
  'IPAddress': string;
  'IPRouters': readonly string[];
  'Interface': string;
  'LeaseTimeRemaining': number;
  'PassthroughDHCPPool': string;
  'PassthroughEnable': boolean;
  'Renew': boolean;
  'ReqOption'?: { [instance: number]: Device_DHCPv4_Client_ReqOption };
  'ReqOptionNumberOfEntries': number;
  'Retransmission'?: Device_DHCPv4_Client_Retransmission;
  'SentOption'?: { [instance: number]: Device_DHCPv4_Client_SentOption };
  'SentOptionNumberOfEntries': number;
  'Stats'?: Device_DHCPv4_Client_Stats;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'SubnetMask': string;
}

/** Device.DHCPv4.Client.{i}.ReqOption.{i}. */
export interface Device_DHCPv4_Client_ReqOption {
  'Alias': string;
  'Enable': boolean;
  'Order': number;
  'Tag': number;
  'Value': string;
}

/** Device.DHCPv4.Client.{i}.Retransmission. */
export interface Device_DHCPv4_Client_Retransmission {
  'DiscoverInitialTimeout': number;
  'DiscoverMaxDuration': number;
  'DiscoverMaxTimeout': number;
  'RequestInitialTimeout': number;
  'RequestMaxDuration': number;
  'RequestMaxTimeout': number;
  'TimeoutRandomize': number;
}

/** Device.DHCPv4.Client.{i}.SentOption.{i}. */
export interface Device_DHCPv4_Client_SentOption {
  'Alias': string;
  'Enable': boolean;
  'Tag': number;
  'Value': string;
}

/** Device.DHCPv4.Client.{i}.Stats. */
export interface Device_DHCPv4_Client_Stats {
  'ACK': bigint;
  'Decline': bigint;
  'DiscardedPackets': bigint;
  'Discover': bigint;
  'ForceRenew': bigint;
  'Inform': bigint;
  'NACK': bigint;
  'Offer': bigint;
  'Release': bigint;
  'Request': bigint;
  'Reset': boolean;
  'TransmitFailure': bigint;
}

/** Device.DHCPv4.Relay. */
export interface Device_DHCPv4_Relay {
  'Enable': boolean;
  'Forwarding'?: { [instance: number]: Device_DHCPv4_Relay_Forwarding };
  'ForwardingNumberOfEntries': number;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.DHCPv4.Relay.Forwarding.{i}. */
export interface Device_DHCPv4_Relay_Forwarding {
  'Alias': string;
  'Chaddr': string;
  'ChaddrExclude': boolean;
  'ChaddrMask': string;
  'ClientID': string;
  'ClientIDExclude': boolean;
  'DHCPServerIPAddress': string;
  'Enable': boolean;
  'Interface': string;
  'LocallyServed': boolean;
  'Order': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'UserClassID': string;
  'UserClassIDExclude': boolean;
  'VendorClassID': string;
  'VendorClassIDExclude': boolean;
  'VendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
}

/** Device.DHCPv4.Server. */
export interface Device_DHCPv4_Server {
  'Enable': boolean;
  'Pool'?: { [instance: number]: Device_DHCPv4_Server_Pool };
  'PoolNumberOfEntries': number;
  'Stats'?: Device_DHCPv4_Server_Stats;
}

/** Device.DHCPv4.Server.Pool.{i}. */
export interface Device_DHCPv4_Server_Pool {
  'Alias': string;
  'AllowedDevices': "All" | "Known" | "Unknown";
  'Chaddr': string;
  'ChaddrExclude': boolean;
  'ChaddrMask': string;
  'Client'?: { [instance: number]: Device_DHCPv4_Server_Pool_Client };
  'ClientID': string;
  'ClientIDExclude': boolean;
  'ClientNumberOfEntries': number;
  'DNSServers': readonly string[];
  'DSCPMark': number;
  'DomainName': string;
  'Enable': boolean;
  'IPRouters': readonly string[];
  'Interface': string;
  'LeaseTime': number;
  'MaxAddress': string;
  'MinAddress': string;
  'Option'?: { [instance: number]: Device_DHCPv4_Server_Pool_Option };
  'OptionNumberOfEntries': number;
  'Order': number;
  'ReservedAddresses': readonly string[];
  'StaticAddress'?: { [instance: number]: Device_DHCPv4_Server_Pool_StaticAddress };
  'StaticAddressNumberOfEntries': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'SubnetMask': string;
  'UserClassID': string;
  'UserClassIDExclude': boolean;
  'VendorClassID': string;
  'VendorClassIDExclude': boolean;
  'VendorClassIDMode': "Exact" | "Prefix" | "Suffix" | "Substring";
  'WINSServers': readonly string[];
}

/** Device.DHCPv4.Server.Pool.{i}.Client.{i}. */
export interface Device_DHCPv4_Server_Pool_Client {
  'Active': boolean;
  'Alias': string;
  'Chaddr': string;
  'IPv4Address'?: { [instance: number]: Device_DHCPv4_Server_Pool_Client_IPv4Address };
  'IPv4AddressNumberOfEntries': number;
  'Option'?: { [instance: number]: Device_DHCPv4_Server_Pool_Client_Option };
  'OptionNumberOfEntries': number;
}

/** Device.DHCPv4.Server.Pool.{i}.Client.{i}.IPv4Address.{i}. */
export interface Device_DHCPv4_Server_Pool_Client_IPv4Address {
  'IPAddress': string;
  'LeaseTimeRemaining': string;
}

/** Device.DHCPv4.Server.Pool.{i}.Client.{i}.Option.{i}. */
export interface Device_DHCPv4_Server_Pool_Client_Option {
  'Tag': number;
  'Value': string;
}

/** Device.DHCPv4.Server.Pool.{i}.Option.{i}. */
export interface Device_DHCPv4_Server_Pool_Option {
  'Alias': string;
  'Enable': boolean;
  'Tag': number;
  'Value': string;
}

/** Device.DHCPv4.Server.Pool.{i}.StaticAddress.{i}. */
export interface Device_DHCPv4_Server_Pool_StaticAddress {
  'Alias': string;
  'Chaddr': string;
  'Enable': boolean;
  'Yiaddr': string;
}

/** Device.DHCPv4.Server.Stats. */
export interface Device_DHCPv4_Server_Stats {
  'ACK': bigint;
  'Decline': bigint;
  'DiscardedPackets': bigint;
  'Discover': bigint;
  'ForceRenew': bigint;
  'Inform': bigint;
  'NACK': bigint;
  'Offer': bigint;
  'RelayOptionDropped': bigint;
  'Release': bigint;
  'Request': bigint;
  'Reset': boolean;
  'SecondServerDetected': bigint;
  'TransmitFailure': bigint;
}

/** Device.DHCPv6. */
export interface Device_DHCPv6 {
  'Client'?: { [instance: number]: Device_DHCPv6_Client };
  'ClientNumberOfEntries': number;
  'Server'?: Device_DHCPv6_Server;
}

/** Device.DHCPv6.Client.{i}. */
export interface Device_DHCPv6_Client {
  'Alias': string;
  'AuthenticationProtocol': "None" | "ConfigurationToken" | "DelayedAuthentication" | "ReconfigureKeyAuthentication";
  'DSCPMark': number;
  'DUID': string;
  'Enable': boolean;
  'Interface': string;
  'RapidCommit': boolean;
  'ReceivedOption'?: { [instance: number]: Device_DHCPv6_Client_ReceivedOption };
  'ReceivedOptionNumberOfEntries': number;
  'Renew': boolean;
  'RequestAddresses': boolean;
  'RequestPrefixes': boolean;
  'RequestedOptions': readonly number[];
  'Retransmission'?: Device_DHCPv6_Client_Retransmission;
  'SentOption'?: { [instance: number]: Device_DHCPv6_Client_SentOption };
  'SentOptionNumberOfEntries': number;
  'Server'?: { [instance: number]: Device_DHCPv6_Client_Server };
  'ServerNumberOfEntries': number;
  'Stats'?: Device_DHCPv6_Client_Stats;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'SuggestedT1': number;
  'SuggestedT2': number;
  'SupportedOptions': readonly number[];
}

/** Device.DHCPv6.Client.{i}.ReceivedOption.{i}. */
export interface Device_DHCPv6_Client_ReceivedOption {
  'Server': string;
  'Tag': number;
  'Value': string;
}

/** Device.DHCPv6.Client.{i}.Retransmission. */
export interface Device_DHCPv6_Client_Retransmission {
  'ConfirmInitialTimeout': number;
  'ConfirmMaxDelay': number;
  'ConfirmMaxDuration': number;
  'ConfirmMaxTimeout': number;
  'DeclineInitialTimeout': number;
  'DeclineMaxAttempts': number;
  'HopCountLimit': number;
  'InformationRefreshTime': number;
  'InformationRequestInitialTimeout': number;
  'InformationRequestMaxDelay': number;
  'InformationRequestMaxTimeout': number;
  'MaxWaitTime': number;
  'MinInformationRefreshTime': number;
  'RebindInitialTimeout': number;
  'RebindMaxTimeout': number;
  'ReconfigureInitialTimeout': number;
  'ReconfigureMaxAttempts': number;
  'ReleaseInitialTimeout': number;
  'ReleaseMaxAttempts': number;
  'RenewInitialTimeout': number;
  'RenewMaxTimeout': number;
  'RequestInitialTimeout': number;
  'RequestMaxRetry': number;
  'RequestMaxTimeout': number;
  'SolicitInitialTimeout': number;
  'SolicitMaxDelay': number;
  'SolicitMaxTimeout': number;
  'TimeoutRandomize': number;
}

/** Device.DHCPv6.Client.{i}.SentOption.{i}. */
export interface Device_DHCPv6_Client_SentOption {
  'Alias': string;
  'Enable': boolean;
  'Tag': number;
  'Value': string;
}

/** Device.DHCPv6.Client.{i}.Server.{i}. */
export interface Device_DHCPv6_Client_Server {
  'DUID': string;
  'InformationRefreshTime': string;
  'SourceAddress': string;
}

/** Device.DHCPv6.Client.{i}.Stats. */
export interface Device_DHCPv6_Client_Stats {
  'Advertise': bigint;
  'Confirm': bigint;
  'Decline': bigint;
  'DiscardedPackets': bigint;
  'InformationRequest': bigint;
  'Rebind': bigint;
  'Reconfigure': bigint;
  'Release': bigint;
  'Renew': bigint;
  'Reply': bigint;
  'Request': bigint;
  'Reset': boolean;
  'Solicit': bigint;
  'TransmitFailure': bigint;
}

/** Device.DHCPv6.Server. */
export interface Device_DHCPv6_Server {
  'Enable': boolean;
  'Pool'?: { [instance: number]: Device_DHCPv6_Server_Pool };
  'PoolNumberOfEntries': number;
  'Stats'?: Device_DHCPv6_Server_Stats;
}

/** Device.DHCPv6.Server.Pool.{i}. */
export interface Device_DHCPv6_Server_Pool {
  'Alias': string;
  'Client'?: { [instance: number]: Device_DHCPv6_Server_Pool_Client };
  'ClientNumberOfEntries': number;
  'DSCPMark': number;
  'DUID': string;
  'DUIDExclude': boolean;
  'Enable': boolean;
  'IANAEnable': boolean;
  'IANAManualPrefixes': readonly string[];
  'IANAPrefixes': readonly string[];
  'IAPDAddLength': number;
  'IAPDEnable': boolean;
  'IAPDManualPrefixes': readonly string[];
  'IAPDPrefixes': readonly string[];
  'Interface': string;
  'Option'?: { [instance: number]: Device_DHCPv6_Server_Pool_Option };
  'OptionNumberOfEntries': number;
  'Order': number;
  'SourceAddress': string;
  'SourceAddressExclude': boolean;
  'SourceAddressMask': string;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'UserClassID': string;
  'UserClassIDExclude': boolean;
  'VendorClassID': string;
  'VendorClassIDExclude': boolean;
}

/** Device.DHCPv6.Server.Pool.{i}.Client.{i}. */
export interface Device_DHCPv6_Server_Pool_Client {
  'Active': boolean;
  'Alias': string;
  'IPv6Address'?: { [instance: number]: Device_DHCPv6_Server_Pool_Client_IPv6Address };
  'IPv6AddressNumberOfEntries': number;
  'IPv6Prefix'?: { [instance: number]: Device_DHCPv6_Server_Pool_Client_IPv6Prefix };
  'IPv6PrefixNumberOfEntries': number;
  'Option'?: { [instance: number]: Device_DHCPv6_Server_Pool_Client_Option };
  'OptionNumberOfEntries': number;
  'SourceAddress': string;
}

/** Device.DHCPv6.Server.Pool.{i}.Client.{i}.IPv6Address.{i}. */
export interface Device_DHCPv6_Server_Pool_Client_IPv6Address {
  'IPAddress': string;
  'PreferredLifetime': string;
  'ValidLifetime': string;
}

/** Device.DHCPv6.Server.Pool.{i}.Client.{i}.IPv6Prefix.{i}. */
export interface Device_DHCPv6_Server_Pool_Client_IPv6Prefix {
  'PreferredLifetime': string;
  'Prefix': string;
  'ValidLifetime': string;
}

/** Device.DHCPv6.Server.Pool.{i}.Client.{i}.Option.{i}. */
export interface Device_DHCPv6_Server_Pool_Client_Option {
  'Tag': number;
  'Value': string;
}

/** Device.DHCPv6.Server.Pool.{i}.Option.{i}. */
export interface Device_DHCPv6_Server_Pool_Option {
  'Alias': string;
  'Enable': boolean;
  'PassthroughClient': string;
  'Tag': number;
  'Value': string;
}

/** Device.DHCPv6.Server.Stats. */
export interface Device_DHCPv6_Server_Stats {
  'Advertise': bigint;
  'Confirm': bigint;
  'Decline': bigint;
  'DiscardedPackets': bigint;
  'InformationRequest': bigint;
  'Rebind': bigint;
  'Reconfigure': bigint;
  'RelayForward': bigint;
  'RelayReply': bigint;
  'Release': bigint;
  'Renew': bigint;
  'Reply': bigint;
  'Request': bigint;
  'Reset': boolean;
  'Solicit': bigint;
  'TransmitFailure': bigint;
}

/** Device.DLNA. */
export interface Device_DLNA {
  'Capabilities'?: Device_DLNA_Capabilities;
}

/** Device.DLNA.Capabilities. */
export interface Device_DLNA_Capabilities {
  'AVClassProfileID': readonly string[];
  'AudioClassProfileID': readonly string[];
  'DeviceCapability': readonly string[];
  'HIDDeviceClass': readonly string[];
  'HNDDeviceClass': readonly string[];
  'ImageClassProfileID': readonly string[];
  'MediaCollectionProfileID': readonly string[];
  'PrinterClassProfileID': readonly string[];
}

/** Device.DNS. */
export interface Device_DNS {
  'Client'?: Device_DNS_Client;
  'Diagnostics'?: Device_DNS_Diagnostics;
  'Relay'?: Device_DNS_Relay;
  'SD'?: Device_DNS_SD;
  'SupportedRecordTypes': readonly ("A" | "AAAA" | "SRV" | "PTR")[];
  'Zone'?: { [instance: number]: Device_DNS_Zone };
  'ZoneNumberOfEntries': number;
}

/** Device.DNS.Client. */
export interface Device_DNS_Client {
  'Enable': boolean;
  'Server'?: { [instance: number]: Device_DNS_Client_Server };
  'ServerNumberOfEntries': number;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.DNS.Client.Server.{i}. */
export interface Device_DNS_Client_Server {
  'Alias': string;
  'DNSServer': string;
  'Enable': boolean;
  'Interface': string;
  'Status': "Disabled" | "Enabled" | "Error";
  'Type': "DHCPv4" | "DHCPv6" | "RouterAdvertisement" | "IPCP" | "3GPP-NAS" | "Static";
}

/** Device.DNS.Diagnostics. */
export interface Device_DNS_Diagnostics {
  'NSLookupDiagnostics'?: Device_DNS_Diagnostics_NSLookupDiagnostics;
}

/** Device.DNS.Diagnostics.NSLookupDiagnostics. */
export interface Device_DNS_Diagnostics_NSLookupDiagnostics {
  'DNSServer': string;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_DNSServerNotResolved" | "Error_Internal" | "Error_Other";
  'HostName': string;
  'Interface': string;
  'NumberOfRepetitions': number;
  'Result'?: { [instance: number]: Device_DNS_Diagnostics_NSLookupDiagnostics_Result };
  'ResultNumberOfEntries': number;
  'SuccessCount': number;
  'Timeout': number;
}

/** Device.DNS.Diagnostics.NSLookupDiagnostics.Result.{i}. */
export interface Device_DNS_Diagnostics_NSLookupDiagnostics_Result {
  'AnswerType': "None" | "Authoritative" | "NonAuthoritative";
  'DNSServerIP': string;
  'HostNameReturned': string;
  'IPAddresses': readonly string[];
  'ResponseTime': number;
  'Status': "Success" | "Error_DNSServerNotAvailable" | "Error_HostNameNotResolved" | "Error_Timeout" | "Error_Other";
}

/** Device.DNS.Relay. */
export interface Device_DNS_Relay {
  'Config'?: { [instance: number]: Device_DNS_Relay_Config };
  'ConfigNumberOfEntries': number;
  'Enable': boolean;
  'ForwardNumberOfEntries': number;
  'Forwarding'?: { [instance: number]: Device_DNS_Relay_Forwarding };
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.DNS.Relay.Config.{i}. */
export interface Device_DNS_Relay_Config {
  'Alias': string;
  'CacheMaxTTL': number;
  'CacheMinTTL': number;
  'CacheSize': number;
  'Forwarders': readonly string[];
  'Interface': string;
}

/** Device.DNS.Relay.Forwarding.{i}. */
export interface Device_DNS_Relay_Forwarding {
  'Alias': string;
  'DNSServer': string;
  'Enable': boolean;
  'Interface': string;
  'Status': "Disabled" | "Enabled" | "Error";
  'Type': "DHCPv4" | "DHCPv6" | "RouterAdvertisement" | "IPCP" | "3GPP-NAS" | "Static";
}

/** Device.DNS.SD. */
export interface Device_DNS_SD {
  'Advertise'?: { [instance: number]: Device_DNS_SD_Advertise };
  'AdvertiseNumberOfEntries': number;
  'AdvertisedInterfaces': readonly string[];
  'Enable': boolean;
  'Service'?: { [instance: number]: Device_DNS_SD_Service };
  'ServiceNumberOfEntries': number;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.DNS.SD.Advertise.{i}. */
export interface Device_DNS_SD_Advertise {
  'Alias': string;
  'ApplicationProtocol': string;
  'Domain': string;
  'Enable': boolean;
  'InstanceName': string;
  'Interface': string;
  'Port': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'TextRecord'?: { [instance: number]: Device_DNS_SD_Advertise_TextRecord };
  'TextRecordNumberOfEntries': number;
  'TransportProtocol': "TCP" | "UDP";
}

/** Device.DNS.SD.Advertise.{i}.TextRecord.{i}. */
export interface Device_DNS_SD_Advertise_TextRecord {
  'Key': string;
  'Value': string;
}

/** Device.DNS.SD.Service.{i}. */
export interface Device_DNS_SD_Service {
  'ApplicationProtocol': string;
  'Domain': string;
  'Host': readonly string[];
  'InstanceName': string;
  'LastUpdate': string;
  'Port': number;
  'Priority': number;
  'Status': "LeaseActive" | "GoodbyeReceived" | "LeaseExpired";
  'Target': string;
  'TextRecord'?: { [instance: number]: Device_DNS_SD_Service_TextRecord };
  'TextRecordNumberOfEntries': number;
  'TimeToLive': number;
  'TransportProtocol': "TCP" | "UDP";
  'Weight': number;
}

/** Device.DNS.SD.Service.{i}.TextRecord.{i}. */
export interface Device_DNS_SD_Service_TextRecord {
  'Key': string;
  'Value': string;
}

/** Device.DNS.Zone.{i}. */
export interface Device_DNS_Zone {
  'Alias': string;
  'Enable': boolean;
  'Host'?: { [instance: number]: Device_DNS_Zone_Host };
  'HostNumberOfEntries': number;
  'Interface': string;
  'Name': string;
  'Origin': "User" | "System" | "Controller";
}

/** Device.DNS.Zone.{i}.Host.{i}. */
export interface Device_DNS_Zone_Host {
  'Alias': string;
  'Enable': boolean;
  'Host': string;
  'LastUpdate': string;
  'Name': readonly string[];
  'Origin': "User" | "System" | "Controller";
}

/** Device.DOCSIS. */
export interface Device_DOCSIS {
  'CapabilitiesReq': string;
  'CapabilitiesRsp': string;
  'Downstream'?: { [instance: number]: Device_DOCSIS_Downstream };
  'DownstreamChannel'?: { [instance: number]: Device_DOCSIS_DownstreamChannel };
  'DownstreamChannelNumberOfEntries': number;
  'DownstreamNumberOfEntries': number;
  'Interface'?: { [instance: number]: Device_DOCSIS_Interface };
  'InterfaceNumberOfEntries': number;
  'SpectrumAnalysis'?: Device_DOCSIS_SpectrumAnalysis;
  'Upstream'?: { [instance: number]: Device_DOCSIS_Upstream };
  'UpstreamChannel'?: { [instance: number]: Device_DOCSIS_UpstreamChannel };
  'UpstreamChannelNumberOfEntries': number;
  'UpstreamNumberOfEntries': number;
}

/** Device.DOCSIS.Downstream.{i}. */
export interface Device_DOCSIS_Downstream {
  'Alias': string;
  'CurrentBitRate': number;
  'DownstreamChannelList': readonly string[];
  'Enable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MaxBitRate': number;
  'Name': string;
  'Stats'?: Device_DOCSIS_Downstream_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'Upstream': boolean;
}

/** Device.DOCSIS.Downstream.{i}.Stats. */
export interface Device_DOCSIS_Downstream_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.DOCSIS.DownstreamChannel.{i}. */
export interface Device_DOCSIS_DownstreamChannel {
  'Alias': string;
  'Annex': "Unknown" | "Other" | "AnnexA" | "AnnexB" | "AnnexC";
  'Frequency': number;
  'ID': number;
  'Interleave': "Unknown" | "Other" | "Taps8Increment16" | "Taps16Increment8" | "Taps32Increment4" | "Taps64Increment2" | "Taps128Increment1" | "Taps12increment17";
  'Modulation': "Unknown" | "Other" | "QAM64" | "QAM256";
  'Power': number;
  'SignalQuality'?: Device_DOCSIS_DownstreamChannel_SignalQuality;
  'SignalQualityExt'?: Device_DOCSIS_DownstreamChannel_SignalQualityExt;
  'Width': number;
}

/** Device.DOCSIS.DownstreamChannel.{i}.SignalQuality. */
export interface Device_DOCSIS_DownstreamChannel_SignalQuality {
  'EqualizationData': string;
  'ExtCorrecteds': bigint;
  'ExtUncorrectables': bigint;
  'ExtUnerroreds': bigint;
  'Microreflections': number;
  'SignalNoise': number;
}

/** Device.DOCSIS.DownstreamChannel.{i}.SignalQualityExt. */
export interface Device_DOCSIS_DownstreamChannel_SignalQualityExt {
  'FbeNormalizationCoefficient': number;
  'RxMER': number;
  'RxMerSamples': number;
}

/** Device.DOCSIS.Interface.{i}. */
export interface Device_DOCSIS_Interface {
  'Alias': string;
  'CMTSAddress': string;
  'Capabilities': readonly ("ATMCells" | "Concatenation")[];
  'ConnectivityStatus'?: Device_DOCSIS_Interface_ConnectivityStatus;
  'DOCSISVersion': "DOCSIS10" | "DOCSIS11" | "DOCSIS20" | "DOCSIS30" | "DOCSIS31";
  'Enable': boolean;
  'FirmwareVersion': string;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MACAddress': string;
  'MdCfgIpProvMode': "IPv4Only" | "IPv6Only" | "HonorMDD";
  'Name': string;
  'Stats'?: Device_DOCSIS_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
}

/** Device.DOCSIS.Interface.{i}.ConnectivityStatus. */
export interface Device_DOCSIS_Interface_ConnectivityStatus {
  'InvalidMaps': number;
  'InvalidRangingRsps': number;
  'InvalidRegRsps': number;
  'InvalidUcds': number;
  'LostSyncs': number;
  'Resets': number;
  'StatusCode': string;
  'T1Timeouts': number;
  'T2Timeouts': number;
  'Value': "Other" | "NotReady" | "NotSynchronized" | "PhySynchronized" | "UsParametersAcquired" | "RangingComplete" | "DHCPv4Complete" | "ToDEstablished" | "SecurityEstablished" | "ConfigFileDownloadComplete" | "RegistrationComplete" | "Operational" | "AccessDenied" | "EAEInProgress" | "DHCPv4InProgress" | "DHCPv6InProgress" | "DHCPv6Complete" | "RegistrationInProgress" | "BPIInit" | "ForwardingDisabled" | "DsTopologyResolutionInProgress" | "RangingInProgress" | "RFMuteAll";
}

/** Device.DOCSIS.Interface.{i}.Stats. */
export interface Device_DOCSIS_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': bigint;
  'DiscardPacketsSent': bigint;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': bigint;
}

/** Device.DOCSIS.SpectrumAnalysis. */
export interface Device_DOCSIS_SpectrumAnalysis {
  'Enable': boolean;
  'EquivalentNoiseBandwidth': number;
  'FirstSegmentCenterFrequency': number;
  'InactivityTimeout': number;
  'LastSegmentCenterFrequency': number;
  'NumBinsPerSegment': number;
  'NumberOfAverages': number;
  'Result'?: { [instance: number]: Device_DOCSIS_SpectrumAnalysis_Result };
  'ResultNumberOfEntries': number;
  'SegmentFrequencySpan': number;
  'WindowFunction': "Other" | "Hann" | "BlackmanHarris" | "Rectangular" | "Hamming" | "FlatTop" | "Gaussian" | "Chebyshev";
}

/** Device.DOCSIS.SpectrumAnalysis.Result.{i}. */
export interface Device_DOCSIS_SpectrumAnalysis_Result {
  'AmplitudeData': string;
  'Frequency': number;
  'TotalSegmentPower': number;
}

/** Device.DOCSIS.Upstream.{i}. */
export interface Device_DOCSIS_Upstream {
  'Alias': string;
  'CurrentBitRate': number;
  'Enable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MaxBitRate': number;
  'Name': string;
  'Stats'?: Device_DOCSIS_Upstream_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'Upstream': boolean;
  'UpstreamChannelList': readonly string[];
}

/** Device.DOCSIS.Upstream.{i}.Stats. */
export interface Device_DOCSIS_Upstream_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.DOCSIS.UpstreamChannel.{i}. */
export interface Device_DOCSIS_UpstreamChannel {
  'Alias': string;
  'Frequency': number;
  'ID': number;
  'RangingBackoffEnd': number;
  'RangingBackoffStart': number;
  'SlotSize': number;
  'Status'?: Device_DOCSIS_UpstreamChannel_Status;
  'TxBackoffEnd': number;
  'TxBackoffStart': number;
  'TxTimingOffset': number;
  'Width': number;
}

/** Device.DOCSIS.UpstreamChannel.{i}.Status. */
export interface Device_DOCSIS_UpstreamChannel_Status {
  'EqData': string;
  'IsMuted': boolean;
  'ModulationType': "Unknown" | "TDMA" | "ATDMA" | "SCDMA" | "TDMAAndATDMA";
  'RangingAborteds': number;
  'RangingStatus': "Other" | "Aborted" | "RetriesExceeded" | "Success" | "Continue" | "TimeoutT4";
  'T3Exceededs': number;
  'T3Timeouts': number;
  'T4Timeouts': number;
  'TxPower': number;
}

/** Device.DSL. */
export interface Device_DSL {
  'BondingGroup'?: { [instance: number]: Device_DSL_BondingGroup };
  'BondingGroupNumberOfEntries': number;
  'Channel'?: { [instance: number]: Device_DSL_Channel };
  'ChannelNumberOfEntries': number;
  'Diagnostics'?: Device_DSL_Diagnostics;
  'Line'?: { [instance: number]: Device_DSL_Line };
  'LineNumberOfEntries': number;
}

/** Device.DSL.BondingGroup.{i}. */
export interface Device_DSL_BondingGroup {
  'Alias': string;
  'BondScheme': string;
  'BondSchemesSupported': readonly ("ATM" | "Ethernet" | "TDIM")[];
  'BondedChannel'?: { [instance: number]: Device_DSL_BondingGroup_BondedChannel };
  'BondedChannelNumberOfEntries': number;
  'DownstreamDifferentialDelayTolerance': number;
  'Enable': boolean;
  'Ethernet'?: Device_DSL_BondingGroup_Ethernet;
  'GroupCapacity': number;
  'GroupID': number;
  'GroupStatus': readonly ("NoPeer" | "PeerPowerLoss" | "PeerBondSchemeMismatch" | "LowRate")[];
  'LastChange': number;
  'LowerLayers': readonly string[];
  'Name': string;
  'RunningTime': number;
  'Stats'?: Device_DSL_BondingGroup_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'TargetDownRate': number;
  'TargetUpRate': number;
  'ThreshLowDownRate': number;
  'ThreshLowUpRate': number;
  'UpstreamDifferentialDelayTolerance': number;
}

/** Device.DSL.BondingGroup.{i}.BondedChannel.{i}. */
export interface Device_DSL_BondingGroup_BondedChannel {
  'Alias': string;
  'Channel': string;
  'Ethernet'?: Device_DSL_BondingGroup_BondedChannel_Ethernet;
}

/** Device.DSL.BondingGroup.{i}.BondedChannel.{i}.Ethernet. */
export interface Device_DSL_BondingGroup_BondedChannel_Ethernet {
  'Stats'?: Device_DSL_BondingGroup_BondedChannel_Ethernet_Stats;
}

/** Device.DSL.BondingGroup.{i}.BondedChannel.{i}.Ethernet.Stats. */
export interface Device_DSL_BondingGroup_BondedChannel_Ethernet_Stats {
  'AlignmentErrorsReceived': number;
  'CRCErrorsReceived': number;
  'FramesDropped': number;
  'LongPacketsReceived': number;
  'OverflowErrorsReceived': number;
  'PauseFramesReceived': number;
  'ShortPacketsReceived': number;
  'UnderflowErrorsSent': number;
}

/** Device.DSL.BondingGroup.{i}.Ethernet. */
export interface Device_DSL_BondingGroup_Ethernet {
  'Stats'?: Device_DSL_BondingGroup_Ethernet_Stats;
}

/** Device.DSL.BondingGroup.{i}.Ethernet.Stats. */
export interface Device_DSL_BondingGroup_Ethernet_Stats {
  'AlignmentErrorsReceived': number;
  'CRCErrorsReceived': number;
  'FramesDropped': number;
  'LongPacketsReceived': number;
  'OverflowErrorsReceived': number;
  'PAFBadFragments': number;
  'PAFErrors': number;
  'PAFLargeFragments': number;
  'PAFLateFragments': number;
  'PAFLostEnds': number;
  'PAFLostFragments': number;
  'PAFLostStarts': number;
  'PAFOverflows': number;
  'PAFSmallFragments': number;
  'PauseFramesSent': number;
  'ShortPacketsReceived': number;
}

/** Device.DSL.BondingGroup.{i}.Stats. */
export interface Device_DSL_BondingGroup_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'CurrentDay'?: Device_DSL_BondingGroup_Stats_CurrentDay;
  'CurrentDayStart': number;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'QuarterHour'?: Device_DSL_BondingGroup_Stats_QuarterHour;
  'QuarterHourStart': number;
  'Reset': boolean;
  'Total'?: Device_DSL_BondingGroup_Stats_Total;
  'TotalStart': number;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.DSL.BondingGroup.{i}.Stats.CurrentDay. */
export interface Device_DSL_BondingGroup_Stats_CurrentDay {
  'DownstreamDifferentialDelay': number;
  'DownstreamPacketLoss': number;
  'DownstreamRate': number;
  'ErroredSeconds': number;
  'FailureCount': number;
  'FailureReasons': readonly ("LowRate" | "ExcessiveDelay" | "InsufficientBuffers" | "Other")[];
  'SeverelyErroredSeconds': number;
  'UnavailableSeconds': number;
  'UpstreamDifferentialDelay': number;
  'UpstreamPacketLoss': number;
  'UpstreamRate': number;
}

/** Device.DSL.BondingGroup.{i}.Stats.QuarterHour. */
export interface Device_DSL_BondingGroup_Stats_QuarterHour {
  'DownstreamDifferentialDelay': number;
  'DownstreamPacketLoss': number;
  'DownstreamRate': number;
  'ErroredSeconds': number;
  'FailureCount': number;
  'FailureReasons': readonly ("LowRate" | "ExcessiveDelay" | "InsufficientBuffers" | "Other")[];
  'SeverelyErroredSeconds': number;
  'UnavailableSeconds': number;
  'UpstreamDifferentialDelay': number;
  'UpstreamPacketLoss': number;
  'UpstreamRate': number;
}

/** Device.DSL.BondingGroup.{i}.Stats.Total. */
export interface Device_DSL_BondingGroup_Stats_Total {
  'DownstreamDifferentialDelay': number;
  'DownstreamPacketLoss': number;
  'DownstreamRate': number;
  'ErroredSeconds': number;
  'FailureCount': number;
  'FailureReasons': readonly ("LowRate" | "ExcessiveDelay" | "InsufficientBuffers" | "Other")[];
  'SeverelyErroredSeconds': number;
  'UnavailableSeconds': number;
  'UpstreamDifferentialDelay': number;
  'UpstreamPacketLoss': number;
  'UpstreamRate': number;
}

/** Device.DSL.Channel.{i}. */
export interface Device_DSL_Channel {
  'ACTINP': number;
  'ACTINPREIN': number;
  'ACTNDR': number;
  'ActualInterleavingDelay': number;
  'Alias': string;
  'DownstreamCurrRate': number;
  'Enable': boolean;
  'INPREPORT': boolean;
  'INTLVBLOCK': number;
  'INTLVDEPTH': number;
  'LPATH': number;
  'LSYMB': number;
  'LastChange': number;
  'LinkEncapsulationSupported': readonly ("G.992.3_Annex_K_ATM" | "G.992.3_Annex_K_PTM" | "G.993.2_Annex_K_ATM" | "G.993.2_Annex_K_PTM" | "G.994.1")[];
  'LinkEncapsulationUsed': "G.992.3_Annex_K_ATM" | "G.992.3_Annex_K_PTM" | "G.993.2_Annex_K_ATM" | "G.993.2_Annex_K_PTM";
  'LowerLayers': readonly string[];
  'NFEC': number;
  'Name': string;
  'RFEC': number;
  'Stats'?: Device_DSL_Channel_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'UpstreamCurrRate': number;
}

/** Device.DSL.Channel.{i}.Stats. */
export interface Device_DSL_Channel_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'CurrentDay'?: Device_DSL_Channel_Stats_CurrentDay;
  'CurrentDayStart': number;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'LastShowtime'?: Device_DSL_Channel_Stats_LastShowtime;
  'LastShowtimeStart': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'QuarterHour'?: Device_DSL_Channel_Stats_QuarterHour;
  'QuarterHourStart': number;
  'Reset': boolean;
  'Showtime'?: Device_DSL_Channel_Stats_Showtime;
  'ShowtimeStart': number;
  'Total'?: Device_DSL_Channel_Stats_Total;
  'TotalStart': number;
}

/** Device.DSL.Channel.{i}.Stats.CurrentDay. */
export interface Device_DSL_Channel_Stats_CurrentDay {
  'XTUCCRCErrors': number;
  'XTUCFECErrors': number;
  'XTUCHECErrors': number;
  'XTURCRCErrors': number;
  'XTURFECErrors': number;
  'XTURHECErrors': number;
}

/** Device.DSL.Channel.{i}.Stats.LastShowtime. */
export interface Device_DSL_Channel_Stats_LastShowtime {
  'XTUCCRCErrors': number;
  'XTUCFECErrors': number;
  'XTUCHECErrors': number;
  'XTURCRCErrors': number;
  'XTURFECErrors': number;
  'XTURHECErrors': number;
}

/** Device.DSL.Channel.{i}.Stats.QuarterHour. */
export interface Device_DSL_Channel_Stats_QuarterHour {
  'XTUCCRCErrors': number;
  'XTUCFECErrors': number;
  'XTUCHECErrors': number;
  'XTURCRCErrors': number;
  'XTURFECErrors': number;
  'XTURHECErrors': number;
}

/** Device.DSL.Channel.{i}.Stats.Showtime. */
export interface Device_DSL_Channel_Stats_Showtime {
  'XTUCCRCErrors': number;
  'XTUCFECErrors': number;
  'XTUCHECErrors': number;
  'XTURCRCErrors': number;
  'XTURFECErrors': number;
  'XTURHECErrors': number;
}

/** Device.DSL.Channel.{i}.Stats.Total. */
export interface Device_DSL_Channel_Stats_Total {
  'XTUCCRCErrors': number;
  'XTUCFECErrors': number;
  'XTUCHECErrors': number;
  'XTURCRCErrors': number;
  'XTURFECErrors': number;
  'XTURHECErrors': number;
}

/** Device.DSL.Diagnostics. */
export interface Device_DSL_Diagnostics {
  'ADSLLineTest'?: Device_DSL_Diagnostics_ADSLLineTest;
  'SELTP'?: Device_DSL_Diagnostics_SELTP;
  'SELTQLN'?: Device_DSL_Diagnostics_SELTQLN;
  'SELTUER'?: Device_DSL_Diagnostics_SELTUER;
}

/** Device.DSL.Diagnostics.ADSLLineTest. */
export interface Device_DSL_Diagnostics_ADSLLineTest {
  'ACTATPds': number;
  'ACTATPus': number;
  'ACTPSDds': number;
  'ACTPSDus': number;
  'BITSpsds': readonly number[];
  'BITSpsus': readonly string[];
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
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
  'Interface': string;
  'LATNpbds': readonly string[];
  'LATNpbus': readonly string[];
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

/** Device.DSL.Diagnostics.SELTP. */
export interface Device_DSL_Diagnostics_SELTP {
  'AttenuationCharacteristics': readonly number[];
  'CapacityEstimate': readonly number[];
  'CapacityEstimateEnabling': boolean;
  'CapacityNoisePSD': readonly number[];
  'CapacitySignalPSD': readonly number[];
  'CapacityTargetMargin': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error";
  'Interface': string;
  'LoopLength': number;
  'LoopTermination': "Open" | "Short" | "Powered on CPE" | "Unknown";
  'LoopTopology': readonly string[];
  'MissingFilter': boolean;
  'TFlogGroupSize': number;
}

/** Device.DSL.Diagnostics.SELTQLN. */
export interface Device_DSL_Diagnostics_SELTQLN {
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error";
  'ExtendedBandwidthOperation': boolean;
  'Interface': string;
  'QLN': readonly number[];
  'QLNGroupSize': number;
  'QLNMaxMeasurementDuration': number;
}

/** Device.DSL.Diagnostics.SELTUER. */
export interface Device_DSL_Diagnostics_SELTUER {
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error";
  'ExtendedBandwidthOperation': boolean;
  'Interface': string;
  'UER': readonly number[];
  'UERGroupSize': number;
  'UERMaxMeasurementDuration': number;
  'UERScaleFactor': number;
  'UERVar': readonly number[];
}

/** Device.DSL.Line.{i}. */
export interface Device_DSL_Line {
  'ACTINPROCds': number;
  'ACTINPROCus': number;
  'ACTRAMODEds': number;
  'ACTRAMODEus': number;
  'ACTSNRMODEds': number;
  'ACTSNRMODEus': number;
  'ACTUALCE': number;
  'Alias': string;
  'AllowedProfiles': readonly ("8a" | "8b" | "8c" | "8d" | "12a" | "12b" | "17a" | "30a" | "35b")[];
  'CurrentProfile': string;
  'DataGathering'?: Device_DSL_Line_DataGathering;
  'DownstreamAttenuation': number;
  'DownstreamMaxBitRate': number;
  'DownstreamNoiseMargin': number;
  'DownstreamPower': number;
  'Enable': boolean;
  'EnableDataGathering': boolean;
  'FirmwareVersion': string;
  'INMCCds': number;
  'INMIATOds': number;
  'INMIATSds': number;
  'INMINPEQMODEds': number;
  'LIMITMASK': number;
  'LastChange': number;
  'LastStateTransmittedDownstream': number;
  'LastStateTransmittedUpstream': number;
  'LineEncoding': "DMT" | "CAP" | "2B1Q" | "43BT" | "PAM" | "QAM";
  'LineNumber': number;
  'LinkStatus': "Up" | "Initializing" | "EstablishingLink" | "NoSignal" | "Disabled" | "Error";
  'LowerLayers': readonly string[];
  'MREFPSDds': string;
  'MREFPSDus': string;
  'Name': string;
  'PowerManagementState': "L0" | "L1" | "L2" | "L3" | "L4";
  'RXTHRSHds': number;
  'SNRMROCds': number;
  'SNRMROCus': number;
  'SNRMpbds': readonly string[];
  'SNRMpbus': readonly string[];
  'Stats'?: Device_DSL_Line_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'SuccessFailureCause': number;
  'TRELLISds': number;
  'TRELLISus': number;
  'TestParams'?: Device_DSL_Line_TestParams;
  'UPBOKLE': number;
  'UPBOKLEPb': readonly number[];
  'UPBOKLER': number;
  'UPBOKLERPb': readonly number[];
  'US0MASK': number;
  'Upstream': boolean;
  'UpstreamAttenuation': number;
  'UpstreamMaxBitRate': number;
  'UpstreamNoiseMargin': number;
  'UpstreamPower': number;
  'VirtualNoisePSDds': string;
  'VirtualNoisePSDus': string;
  'XTSE': string;
  'XTSUsed': string;
  'XTUCANSIRev': number;
  'XTUCANSIStd': number;
  'XTUCCountry': string;
  'XTUCSerial': string;
  'XTUCSystemCountry': string;
  'XTUCSystemVendor': string;
  'XTUCSystemVendorSpecific': string;
  'XTUCVendor': string;
  'XTUCVendorSpecific': string;
  'XTUCVersion': string;
  'XTURANSIRev': number;
  'XTURANSIStd': number;
  'XTURCountry': string;
  'XTURSerial': string;
  'XTURSystemCountry': string;
  'XTURSystemVendor': string;
  'XTURSystemVendorSpecific': string;
  'XTURVendor': string;
  'XTURVendorSpecific': string;
  'XTURVersion': string;
}

/** Device.DSL.Line.{i}.DataGathering. */
export interface Device_DSL_Line_DataGathering {
  'ActLoggingDepthReportingR': number;
  'EventTraceBufferR': string;
  'LoggingDepthR': number;
}

/** Device.DSL.Line.{i}.Stats. */
export interface Device_DSL_Line_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'CurrentDay'?: Device_DSL_Line_Stats_CurrentDay;
  'CurrentDayStart': number;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'LastShowtime'?: Device_DSL_Line_Stats_LastShowtime;
  'LastShowtimeStart': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'QuarterHour'?: Device_DSL_Line_Stats_QuarterHour;
  'QuarterHourStart': number;
  'Reset': boolean;
  'Showtime'?: Device_DSL_Line_Stats_Showtime;
  'ShowtimeStart': number;
  'Total'?: Device_DSL_Line_Stats_Total;
  'TotalStart': number;
}

/** Device.DSL.Line.{i}.Stats.CurrentDay. */
export interface Device_DSL_Line_Stats_CurrentDay {
  'ErroredSecs': number;
  'SeverelyErroredSecs': number;
}

/** Device.DSL.Line.{i}.Stats.LastShowtime. */
export interface Device_DSL_Line_Stats_LastShowtime {
  'ErroredSecs': number;
  'SeverelyErroredSecs': number;
}

/** Device.DSL.Line.{i}.Stats.QuarterHour. */
export interface Device_DSL_Line_Stats_QuarterHour {
  'ErroredSecs': number;
  'SeverelyErroredSecs': number;
}

/** Device.DSL.Line.{i}.Stats.Showtime. */
export interface Device_DSL_Line_Stats_Showtime {
  'ErroredSecs': number;
  'SeverelyErroredSecs': number;
}

/** Device.DSL.Line.{i}.Stats.Total. */
export interface Device_DSL_Line_Stats_Total {
  'ErroredSecs': number;
  'SeverelyErroredSecs': number;
}

/** Device.DSL.Line.{i}.TestParams. */
export interface Device_DSL_Line_TestParams {
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

/** Device.DSLite. */
export interface Device_DSLite {
  'Enable': boolean;
  'InterfaceSetting'?: { [instance: number]: Device_DSLite_InterfaceSetting };
  'InterfaceSettingNumberOfEntries': number;
}

/** Device.DSLite.InterfaceSetting.{i}. */
export interface Device_DSLite_InterfaceSetting {
  'Alias': string;
  'Enable': boolean;
  'EndpointAddress': string;
  'EndpointAddressInUse': string;
  'EndpointAddressTypePrecedence': "FQDN" | "IPv6Address";
  'EndpointAssignmentPrecedence': "DHCPv6" | "Static";
  'EndpointName': string;
  'Origin': "DHCPv6" | "Static";
  'Status': "Disabled" | "Enabled" | "Error";
  'TunnelInterface': string;
  'TunneledInterface': string;
}

/** Device.DeviceInfo. */
export interface Device_DeviceInfo {
  'ActiveFirmwareImage': string;
  'AdditionalHardwareVersion': readonly string[];
  'AdditionalSoftwareVersion': readonly string[];
  'BootFirmwareImage': string;
  'Description': string;
  'DeviceCategory': readonly string[];
  'DeviceImageFile'?: { [instance: number]: Device_DeviceInfo_DeviceImageFile };
  'DeviceImageNumberOfEntries': number;
  'FirmwareImage'?: { [instance: number]: Device_DeviceInfo_FirmwareImage };
  'FirmwareImageNumberOfEntries': number;
  'FirstUseDate': string;
  'HardwareVersion': string;
  'HostName': string;
  'KernelFaults'?: Device_DeviceInfo_KernelFaults;
  'Location'?: { [instance: number]: Device_DeviceInfo_Location };
  'LocationNumberOfEntries': number;
  'LogRotate'?: { [instance: number]: Device_DeviceInfo_LogRotate };
  'LogRotateNumberOfEntries': number;
  'Manufacturer': string;
  'ManufacturerOUI': string;
  'MemoryStatus'?: Device_DeviceInfo_MemoryStatus;
  'ModelName': string;
  'ModelNumber': string;
  'NetworkProperties'?: Device_DeviceInfo_NetworkProperties;
  'PowerStatus'?: Device_DeviceInfo_PowerStatus;
  'ProcessFaults'?: Device_DeviceInfo_ProcessFaults;
  'ProcessStatus'?: Device_DeviceInfo_ProcessStatus;
  'Processor'?: { [instance: number]: Device_DeviceInfo_Processor };
  'ProcessorNumberOfEntries': number;
  'ProductClass': string;
  'ProvisioningCode': string;
  'ProxierInfo'?: Device_DeviceInfo_ProxierInfo;
  'SerialNumber': string;
  'SoftwareVersion': string;
  'SupportedDataModel'?: { [instance: number]: Device_DeviceInfo_SupportedDataModel };
  'SupportedDataModelNumberOfEntries': number;
  'TemperatureStatus'?: Device_DeviceInfo_TemperatureStatus;
  'UpTime': number;
  'VendorConfigFile'?: { [instance: number]: Device_DeviceInfo_VendorConfigFile };
  'VendorConfigFileNumberOfEntries': number;
  'VendorLogFile'?: { [instance: number]: Device_DeviceInfo_VendorLogFile };
  'VendorLogFileNumberOfEntries': number;
}

/** Device.DeviceInfo.DeviceImageFile.{i}. */
export interface Device_DeviceInfo_DeviceImageFile {
  'Alias': string;
  'Image': string;
  'Location': "Front" | "Back" | "Left" | "Right" | "Top" | "Bottom";
}

/** Device.DeviceInfo.FirmwareImage.{i}. */
export interface Device_DeviceInfo_FirmwareImage {
  'Alias': string;
  'Available': boolean;
  'BootFailureLog': string;
  'Name': string;
  'Status': "NoImage" | "Active" | "Downloading" | "Validating" | "Available" | "DownloadFailed" | "ValidationFailed" | "InstallationFailed" | "ActivationFailed";
  'Version': string;
}

/** Device.DeviceInfo.KernelFaults. */
export interface Device_DeviceInfo_KernelFaults {
  'KernelFault'?: { [instance: number]: Device_DeviceInfo_KernelFaults_KernelFault };
  'KernelFaultNumberOfEntries': number;
  'LastUpgradeCount': number;
  'MaxKernelFaultEntries': number;
  'MinFreeSpace': number;
  'PreviousBootCount': number;
  'RotateKernelFaultEntries': boolean;
  'StoragePath': string;
}

/** Device.DeviceInfo.KernelFaults.KernelFault.{i}. */
export interface Device_DeviceInfo_KernelFaults_KernelFault {
  'Alias': string;
  'FaultLocation': string;
  'FirmwareVersion': string;
  'LastInstruction': string;
  'ProcessName': string;
  'Reason': string;
  'TimeStamp': string;
}

/** Device.DeviceInfo.Location.{i}. */
export interface Device_DeviceInfo_Location {
  'AcquiredTime': string;
  'DataObject': string;
  'ExternalProtocol': "" | "CWMP" | "USP" | "OMA-DM" | "SNMP" | "UPnP" | "HELD" | "DHCPv4" | "DHCPv6" | "LLDP-MED" | "MLP" | "Other";
  'ExternalSource': string;
  'Source': "GPS" | "AGPS" | "Manual" | "External";
}

/** Device.DeviceInfo.LogRotate.{i}. */
export interface Device_DeviceInfo_LogRotate {
  'Alias': string;
  'Compression': "None" | "GZIP" | "BZIP2" | "LZO" | "XZ" | "ZSTD";
  'Enable': boolean;
  'LogFile'?: { [instance: number]: Device_DeviceInfo_LogRotate_LogFile };
  'LogFileNumberOfEntries': number;
  'MaxFileSize': number;
  'Name': string;
  'NumberOfFiles': number;
  'Retention': number;
  'RollOver': number;
}

/** Device.DeviceInfo.LogRotate.{i}.LogFile.{i}. */
export interface Device_DeviceInfo_LogRotate_LogFile {
  'Alias': string;
  'LastChange': string;
  'Name': string;
  'Size': number;
}

/** Device.DeviceInfo.MemoryStatus. */
export interface Device_DeviceInfo_MemoryStatus {
  'Free': number;
  'FreePersistent': number;
  'MemoryMonitor'?: Device_DeviceInfo_MemoryStatus_MemoryMonitor;
  'Total': number;
  'TotalPersistent': number;
}

/** Device.DeviceInfo.MemoryStatus.MemoryMonitor. */
export interface Device_DeviceInfo_MemoryStatus_MemoryMonitor {
  'CriticalFallThreshold': number;
  'CriticalFallTimeStamp': string;
  'CriticalRiseThreshold': number;
  'CriticalRiseTimeStamp': string;
  'Enable': boolean;
  'EnableCriticalLog': boolean;
  'FilePath': string;
  'MemUtilization': number;
  'PollingInterval': number;
  'VendorLogFileRef': string;
}

/** Device.DeviceInfo.NetworkProperties. */
export interface Device_DeviceInfo_NetworkProperties {
  'MaxTCPWindowSize': number;
  'TCPImplementation': readonly ("Tahoe" | "Reno" | "New Reno" | "Vegas")[];
}

/** Device.DeviceInfo.PowerStatus. */
export interface Device_DeviceInfo_PowerStatus {
  'PowerSensor'?: { [instance: number]: Device_DeviceInfo_PowerStatus_PowerSensor };
  'PowerSensorNumberOfEntries': number;
}

/** Device.DeviceInfo.PowerStatus.PowerSensor.{i}. */
export interface Device_DeviceInfo_PowerStatus_PowerSensor {
  'Alias': string;
  'Current': number;
  'Enable': boolean;
  'LastUpdate': string;
  'Name': string;
  'Power': number;
  'Status': "Disabled" | "Enabled" | "Error";
  'Voltage': number;
}

/** Device.DeviceInfo.ProcessFaults. */
export interface Device_DeviceInfo_ProcessFaults {
  'LastUpgradeCount': number;
  'MaxProcessFaultEntries': number;
  'MinFreeSpace': number;
  'PreviousBootCount': number;
  'ProcessFault'?: { [instance: number]: Device_DeviceInfo_ProcessFaults_ProcessFault };
  'ProcessFaultNumberOfEntries': number;
  'RotateProcessFaultEntries': boolean;
  'StoragePath': string;
}

/** Device.DeviceInfo.ProcessFaults.ProcessFault.{i}. */
export interface Device_DeviceInfo_ProcessFaults_ProcessFault {
  'Alias': string;
  'Arguments': string;
  'FaultLocation': string;
  'FirmwareVersion': string;
  'ProcessID': string;
  'ProcessName': string;
  'Reason': string;
  'TimeStamp': string;
}

/** Device.DeviceInfo.ProcessStatus. */
export interface Device_DeviceInfo_ProcessStatus {
  'CPU'?: { [instance: number]: Device_DeviceInfo_ProcessStatus_CPU };
  'CPUNumberOfEntries': number;
  'CPUUsage': number;
  'Process'?: { [instance: number]: Device_DeviceInfo_ProcessStatus_Process };
  'ProcessNumberOfEntries': number;
}

/** Device.DeviceInfo.ProcessStatus.CPU.{i}. */
export interface Device_DeviceInfo_ProcessStatus_CPU {
  'Alias': string;
  'CPUUtilization': number;
  'CriticalFallThreshold': number;
  'CriticalFallTimeStamp': string;
  'CriticalRiseThreshold': number;
  'CriticalRiseTimeStamp': string;
  'Enable': boolean;
  'EnableCriticalLog': boolean;
  'FilePath': string;
  'IdleModeUtilization': number;
  'Name': string;
  'NumSamples': number;
  'PollInterval': number;
  'SystemModeUtilization': number;
  'UpTime': number;
  'UserModeUtilization': number;
  'VendorLogFileRef': string;
}

/** Device.DeviceInfo.ProcessStatus.Process.{i}. */
export interface Device_DeviceInfo_ProcessStatus_Process {
  'CPUTime': number;
  'Command': string;
  'PID': number;
  'Priority': number;
  'Size': number;
  'State': "Running" | "Sleeping" | "Stopped" | "Idle" | "Uninterruptible" | "Zombie";
}

/** Device.DeviceInfo.Processor.{i}. */
export interface Device_DeviceInfo_Processor {
  'Alias': string;
  'Architecture': "arm" | "i386" | "m68010" | "m68k" | "mipseb" | "mipsel" | "powerpc" | "sh3eb" | "sh3el" | "x86_64";
}

/** Device.DeviceInfo.ProxierInfo. */
export interface Device_DeviceInfo_ProxierInfo {
  'ManufacturerOUI': string;
  'ProductClass': string;
  'ProxyProtocol': "Z-Wave" | "ZigBee" | "UPnP-DM" | "ETSI-M2M";
  'SerialNumber': string;
}

/** Device.DeviceInfo.SupportedDataModel.{i}. */
export interface Device_DeviceInfo_SupportedDataModel {
  'Alias': string;
  'Features': readonly string[];
  'URL': string;
  'URN': string;
  'UUID': string;
}

/** Device.DeviceInfo.TemperatureStatus. */
export interface Device_DeviceInfo_TemperatureStatus {
  'TemperatureSensor'?: { [instance: number]: Device_DeviceInfo_TemperatureStatus_TemperatureSensor };
  'TemperatureSensorNumberOfEntries': number;
}

/** Device.DeviceInfo.TemperatureStatus.TemperatureSensor.{i}. */
export interface Device_DeviceInfo_TemperatureStatus_TemperatureSensor {
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

/** Device.DeviceInfo.VendorConfigFile.{i}. */
export interface Device_DeviceInfo_VendorConfigFile {
  'Alias': string;
  'Date': string;
  'Description': string;
  'Name': string;
  'UseForBackupRestore': boolean;
  'Version': string;
}

/** Device.DeviceInfo.VendorLogFile.{i}. */
export interface Device_DeviceInfo_VendorLogFile {
  'Alias': string;
  'MaximumSize': number;
  'Name': string;
  'Persistent': boolean;
}

/** Device.DynamicDNS. */
export interface Device_DynamicDNS {
  'Client'?: { [instance: number]: Device_DynamicDNS_Client };
  'ClientNumberOfEntries': number;
  'Server'?: { [instance: number]: Device_DynamicDNS_Server };
  'ServerNumberOfEntries': number;
  'SupportedServices': readonly string[];
}

/** Device.DynamicDNS.Client.{i}. */
export interface Device_DynamicDNS_Client {
  'Alias': string;
  'Enable': boolean;
  'Hostname'?: { [instance: number]: Device_DynamicDNS_Client_Hostname };
  'HostnameNumberOfEntries': number;
  'Interface': string;
  'LastError': "NO_ERROR" | "MISCONFIGURATION_ERROR" | "DNS_ERROR" | "CONNECTION_ERROR" | "AUTHENTICATION_ERROR" | "TIMEOUT_ERROR" | "PROTOCOL_ERROR";
  'Password': string;
  'Server': string;
  'Status': "Connecting" | "Authenticating" | "Updated" | "Error_Misconfigured" | "Error" | "Disabled";
  'Username': string;
}

/** Device.DynamicDNS.Client.{i}.Hostname.{i}. */
export interface Device_DynamicDNS_Client_Hostname {
  'Enable': boolean;
  'LastUpdate': string;
  'Name': string;
  'Status': "Registered" | "UpdateNeeded" | "Updating" | "Error" | "Disabled";
}

/** Device.DynamicDNS.Server.{i}. */
export interface Device_DynamicDNS_Server {
  'Alias': string;
  'CheckInterval': number;
  'Enable': boolean;
  'MaxRetries': number;
  'Name': string;
  'Protocol': string;
  'RetryInterval': number;
  'ServerAddress': string;
  'ServerPort': number;
  'ServiceName': string;
  'SupportedProtocols': readonly ("HTTP" | "HTTPS")[];
}

/** Device.ETSIM2M. */
export interface Device_ETSIM2M {
  'SCL'?: { [instance: number]: Device_ETSIM2M_SCL };
  'SCLNumberOfEntries': number;
}

/** Device.ETSIM2M.SCL.{i}. */
export interface Device_ETSIM2M_SCL {
  'Alias': string;
  'AnnouncedToSCLList': readonly string[];
  'AreaNwkDeviceInfoInstance'?: { [instance: number]: Device_ETSIM2M_SCL_AreaNwkDeviceInfoInstance };
  'AreaNwkDeviceInfoInstanceNumberOfEntries': number;
  'AreaNwkInstance'?: { [instance: number]: Device_ETSIM2M_SCL_AreaNwkInstance };
  'AreaNwkInstanceNumberOfEntries': number;
  'Discovery'?: Device_ETSIM2M_SCL_Discovery;
  'Enable': boolean;
  'Reregistration'?: Device_ETSIM2M_SCL_Reregistration;
  'SAFPolicySet'?: { [instance: number]: Device_ETSIM2M_SCL_SAFPolicySet };
  'SAFPolicySetNumberOfEntries': number;
}

/** Device.ETSIM2M.SCL.{i}.AreaNwkDeviceInfoInstance.{i}. */
export interface Device_ETSIM2M_SCL_AreaNwkDeviceInfoInstance {
  'Active': boolean;
  'AreaNwkInstance': string;
  'Host': readonly string[];
  'ListOfDeviceApplications': readonly string[];
  'ListOfDeviceNeighbors': readonly string[];
  'Property'?: { [instance: number]: Device_ETSIM2M_SCL_AreaNwkDeviceInfoInstance_Property };
  'PropertyNumberOfEntries': number;
  'SleepDuration': number;
  'SleepInterval': number;
  'Status': "ASLEEP" | "AWAKE";
}

/** Device.ETSIM2M.SCL.{i}.AreaNwkDeviceInfoInstance.{i}.Property.{i}. */
export interface Device_ETSIM2M_SCL_AreaNwkDeviceInfoInstance_Property {
  'Name': string;
  'Value': string;
}

/** Device.ETSIM2M.SCL.{i}.AreaNwkInstance.{i}. */
export interface Device_ETSIM2M_SCL_AreaNwkInstance {
  'AreaNwkType': string;
  'ID': string;
  'ListOfDevices': readonly string[];
  'Property'?: { [instance: number]: Device_ETSIM2M_SCL_AreaNwkInstance_Property };
  'PropertyNumberOfEntries': number;
}

/** Device.ETSIM2M.SCL.{i}.AreaNwkInstance.{i}.Property.{i}. */
export interface Device_ETSIM2M_SCL_AreaNwkInstance_Property {
  'Name': string;
  'Value': string;
}

/** Device.ETSIM2M.SCL.{i}.Discovery. */
export interface Device_ETSIM2M_SCL_Discovery {
  'MaxNumberOfDiscovRecords': number;
  'MaxSizeOfDiscovAnswer': number;
}

/** Device.ETSIM2M.SCL.{i}.Reregistration. */
export interface Device_ETSIM2M_SCL_Reregistration {
  'ActionStatus'?: Device_ETSIM2M_SCL_Reregistration_ActionStatus;
  'RegAccessRightID': string;
  'RegExpirationDuration': number;
  'RegSearchStrings': readonly string[];
  'RegTargetNSCLList': readonly string[];
  'Reregistration': boolean;
}

/** Device.ETSIM2M.SCL.{i}.Reregistration.ActionStatus. */
export interface Device_ETSIM2M_SCL_Reregistration_ActionStatus {
  'FinalStatus': "SUCCESS" | "FAILURE";
  'Progress': number;
}

/** Device.ETSIM2M.SCL.{i}.SAFPolicySet.{i}. */
export interface Device_ETSIM2M_SCL_SAFPolicySet {
  'ANPPolicy'?: { [instance: number]: Device_ETSIM2M_SCL_SAFPolicySet_ANPPolicy };
  'ANPPolicyNumberOfEntries': number;
  'Alias': string;
  'Enable': boolean;
  'M2MSPPolicy'?: Device_ETSIM2M_SCL_SAFPolicySet_M2MSPPolicy;
  'PolicyScope': readonly string[];
}

/** Device.ETSIM2M.SCL.{i}.SAFPolicySet.{i}.ANPPolicy.{i}. */
export interface Device_ETSIM2M_SCL_SAFPolicySet_ANPPolicy {
  'ANName': string;
  'Alias': string;
  'BlockPeriod'?: { [instance: number]: Device_ETSIM2M_SCL_SAFPolicySet_ANPPolicy_BlockPeriod };
  'BlockPeriodNumberOfEntries': number;
  'Enable': boolean;
  'RequestCategory'?: { [instance: number]: Device_ETSIM2M_SCL_SAFPolicySet_ANPPolicy_RequestCategory };
  'RequestCategoryNumberOfEntries': number;
}

/** Device.ETSIM2M.SCL.{i}.SAFPolicySet.{i}.ANPPolicy.{i}.BlockPeriod.{i}. */
export interface Device_ETSIM2M_SCL_SAFPolicySet_ANPPolicy_BlockPeriod {
  'Alias': string;
  'BlockDuration': number;
  'Enable': boolean;
  'FailedAttempts': number;
}

/** Device.ETSIM2M.SCL.{i}.SAFPolicySet.{i}.ANPPolicy.{i}.RequestCategory.{i}. */
export interface Device_ETSIM2M_SCL_SAFPolicySet_ANPPolicy_RequestCategory {
  'Alias': string;
  'Enable': boolean;
  'RCAT': string;
  'Schedule'?: { [instance: number]: Device_ETSIM2M_SCL_SAFPolicySet_ANPPolicy_RequestCategory_Schedule };
  'ScheduleNumberOfEntries': number;
}

/** Device.ETSIM2M.SCL.{i}.SAFPolicySet.{i}.ANPPolicy.{i}.RequestCategory.{i}.Schedule.{i}. */
export interface Device_ETSIM2M_SCL_SAFPolicySet_ANPPolicy_RequestCategory_Schedule {
  'AbsTimeSpan'?: { [instance: number]: Device_ETSIM2M_SCL_SAFPolicySet_ANPPolicy_RequestCategory_Schedule_AbsTimeSpan };
  'AbsTimeSpanNumberOfEntries': number;
  'Alias': string;
  'Enable': boolean;
  'Schedules': readonly string[];
}

/** Device.ETSIM2M.SCL.{i}.SAFPolicySet.{i}.ANPPolicy.{i}.RequestCategory.{i}.Schedule.{i}.AbsTimeSpan.{i}. */
export interface Device_ETSIM2M_SCL_SAFPolicySet_ANPPolicy_RequestCategory_Schedule_AbsTimeSpan {
  'Alias': string;
  'Enable': boolean;
  'EndTime': string;
  'StartTime': string;
}

/** Device.ETSIM2M.SCL.{i}.SAFPolicySet.{i}.M2MSPPolicy. */
export interface Device_ETSIM2M_SCL_SAFPolicySet_M2MSPPolicy {
  'DefaultRCATValue': string;
  'RequestCategory'?: { [instance: number]: Device_ETSIM2M_SCL_SAFPolicySet_M2MSPPolicy_RequestCategory };
  'RequestCategoryNumberOfEntries': number;
}

/** Device.ETSIM2M.SCL.{i}.SAFPolicySet.{i}.M2MSPPolicy.RequestCategory.{i}. */
export interface Device_ETSIM2M_SCL_SAFPolicySet_M2MSPPolicy_RequestCategory {
  'Alias': string;
  'Enable': boolean;
  'Mem': string;
  'RCAT': string;
  'RankedANList': readonly string[];
  'Thresh': number;
  'TolerableDelay': number;
}

/** Device.Ethernet. */
export interface Device_Ethernet {
  'FlowControlSupported': boolean;
  'Interface'?: { [instance: number]: Device_Ethernet_Interface };
  'InterfaceNumberOfEntries': number;
  'LAG'?: { [instance: number]: Device_Ethernet_LAG };
  'LAGNumberOfEntries': number;
  'Link'?: { [instance: number]: Device_Ethernet_Link };
  'LinkNumberOfEntries': number;
  'RMONStats'?: { [instance: number]: Device_Ethernet_RMONStats };
  'RMONStatsNumberOfEntries': number;
  'VLANTermination'?: { [instance: number]: Device_Ethernet_VLANTermination };
  'VLANTerminationNumberOfEntries': number;
  'WoL'?: Device_Ethernet_WoL;
  'WoLSupported': boolean;
}

/** Device.Ethernet.Interface.{i}. */
export interface Device_Ethernet_Interface {
  'AdvertisedLinkModes': readonly number[];
  'Alias': string;
  'CurrentBitRate': number;
  'CurrentDuplexMode': "Unknown" | "Half" | "Full";
  'CurrentMDIX': "Unsupported" | "Unknown" | "On" | "Off";
  'DuplexMode': "Half" | "Full" | "Auto";
  'EDPDCapability': boolean;
  'EDPDEnable': boolean;
  'EDPDStatus': "Disabled" | "Enabled" | "Unsupported";
  'EEECapability': boolean;
  'EEEEnable': boolean;
  'EEEStatus': "Disabled" | "Active" | "Inactive" | "Unsupported";
  'Enable': boolean;
  'LastChange': number;
  'LinkPartnerAdvertisedLinkModes': readonly number[];
  'LowerLayers': readonly string[];
  'MACAddress': string;
  'MDIX': "Auto" | "On" | "Off";
  'MaxBitRate': number;
  'Name': string;
  'SFPReferenceList': readonly string[];
  'Stats'?: Device_Ethernet_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'SupportedLinkModes': readonly number[];
  'Upstream': boolean;
}

/** Device.Ethernet.Interface.{i}.Stats. */
export interface Device_Ethernet_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'Collisions': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.Ethernet.LAG.{i}. */
export interface Device_Ethernet_LAG {
  'Alias': string;
  'Enable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MACAddress': string;
  'Name': string;
  'Stats'?: Device_Ethernet_LAG_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
}

/** Device.Ethernet.LAG.{i}.Stats. */
export interface Device_Ethernet_LAG_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.Ethernet.Link.{i}. */
export interface Device_Ethernet_Link {
  'Alias': string;
  'Enable': boolean;
  'FlowControl': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MACAddress': string;
  'MTU': number;
  'Name': string;
  'NoARP': boolean;
  'PriorityTagging': boolean;
  'Stats'?: Device_Ethernet_Link_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
}

/** Device.Ethernet.Link.{i}.Stats. */
export interface Device_Ethernet_Link_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'PausePacketsReceived': bigint;
  'PausePacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.Ethernet.RMONStats.{i}. */
export interface Device_Ethernet_RMONStats {
  'Alias': string;
  'AllQueues': boolean;
  'BroadcastPackets': bigint;
  'Bytes': bigint;
  'CRCErroredPackets': number;
  'DropEvents': number;
  'Enable': boolean;
  'Interface': string;
  'MulticastPackets': bigint;
  'Name': string;
  'OversizePackets': number;
  'Packets': bigint;
  'Packets1024to1518Bytes': bigint;
  'Packets128to255Bytes': bigint;
  'Packets256to511Bytes': bigint;
  'Packets512to1023Bytes': bigint;
  'Packets64Bytes': bigint;
  'Packets65to127Bytes': bigint;
  'Queue': string;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'UndersizePackets': number;
  'VLANID': number;
}

/** Device.Ethernet.VLANTermination.{i}. */
export interface Device_Ethernet_VLANTermination {
  'Alias': string;
  'Enable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'Name': string;
  'Stats'?: Device_Ethernet_VLANTermination_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'TPID': number;
  'VLANID': number;
  'VLANPriority': number;
}

/** Device.Ethernet.VLANTermination.{i}.Stats. */
export interface Device_Ethernet_VLANTermination_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.Ethernet.WoL. */
export interface Device_Ethernet_WoL {
  'MACAddress': string;
  'Password': string;
  'SendMagicPacket': boolean;
}

/** Device.FAP. */
export interface Device_FAP {
  'ApplicationPlatform'?: Device_FAP_ApplicationPlatform;
  'GPS'?: Device_FAP_GPS;
  'PerfMgmt'?: Device_FAP_PerfMgmt;
}

/** Device.FAP.ApplicationPlatform. */
export interface Device_FAP_ApplicationPlatform {
  'Capabilities'?: Device_FAP_ApplicationPlatform_Capabilities;
  'Control'?: Device_FAP_ApplicationPlatform_Control;
  'CurrentNumberofApplications': number;
  'Enable': boolean;
  'MaxNumberOfApplications': number;
  'Monitoring'?: Device_FAP_ApplicationPlatform_Monitoring;
  'Status': "Disabled" | "Enabled" | "Reset" | "Initializing";
  'Version': string;
}

/** Device.FAP.ApplicationPlatform.Capabilities. */
export interface Device_FAP_ApplicationPlatform_Capabilities {
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

/** Device.FAP.ApplicationPlatform.Control. */
export interface Device_FAP_ApplicationPlatform_Control {
  'AuthenticationMethod': string;
  'FemtoAwareness'?: Device_FAP_ApplicationPlatform_Control_FemtoAwareness;
  'MMS'?: Device_FAP_ApplicationPlatform_Control_MMS;
  'SMS'?: Device_FAP_ApplicationPlatform_Control_SMS;
  'TerminalLocation'?: Device_FAP_ApplicationPlatform_Control_TerminalLocation;
  'TunnelInst': string;
}

/** Device.FAP.ApplicationPlatform.Control.FemtoAwareness. */
export interface Device_FAP_ApplicationPlatform_Control_FemtoAwareness {
  'APIEnable': boolean;
  'FemtozoneID': string;
  'MaxAPIUsersNumber': number;
  'NotificationsUserIdentifierMSISDN': boolean;
  'QueryFemtocellResponseTimezone': boolean;
  'QueueEnable': boolean;
  'Queueing': "FiFo" | "Priority";
  'SubscribeToNotificationsResponseCallbackData': boolean;
}

/** Device.FAP.ApplicationPlatform.Control.MMS. */
export interface Device_FAP_ApplicationPlatform_Control_MMS {
  'APIEnable': boolean;
  'EnableQueryMMSDeliveryStatus': boolean;
  'EnableSubscribeToNotificationsOfMessageSentToApplication': boolean;
  'MaxAPIUsersNumber': number;
  'MinSendMMSTimeInterval': number;
  'QueueEnable': boolean;
  'Queueing': "FiFo" | "Priority";
}

/** Device.FAP.ApplicationPlatform.Control.SMS. */
export interface Device_FAP_ApplicationPlatform_Control_SMS {
  'APIEnable': boolean;
  'EnableQuerySMSDeliveryStatus': boolean;
  'EnableSubscribeToNotificationsOfMessageSentToApplication': boolean;
  'MaxAPIUsersNumber': number;
  'MinSendSMSTimeInterval': number;
  'QueueEnable': boolean;
  'Queueing': "FiFo" | "Priority";
}

/** Device.FAP.ApplicationPlatform.Control.TerminalLocation. */
export interface Device_FAP_ApplicationPlatform_Control_TerminalLocation {
  'APIEnable': boolean;
  'MaxAPIUsersNumber': number;
  'QueryMobileLocationResponseAddress': "TelUri" | "AnonymousReference";
  'QueryMobileLocationResponseAltitude': boolean;
  'QueryMobileLocationResponseLongitudeLatitude': boolean;
  'QueryMobileLocationResponseTimestamp': number;
  'QueueEnable': boolean;
  'Queueing': "FiFo" | "Priority";
}

/** Device.FAP.ApplicationPlatform.Monitoring. */
export interface Device_FAP_ApplicationPlatform_Monitoring {
  'AuthenticationRequestsReceived': number;
  'AuthenticationRequestsRejected': number;
  'Enable': boolean;
  'FemtoAwareness'?: Device_FAP_ApplicationPlatform_Monitoring_FemtoAwareness;
  'MMS'?: Device_FAP_ApplicationPlatform_Monitoring_MMS;
  'MonitoringInterval': number;
  'SMS'?: Device_FAP_ApplicationPlatform_Monitoring_SMS;
  'TerminalLocation'?: Device_FAP_ApplicationPlatform_Monitoring_TerminalLocation;
}

/** Device.FAP.ApplicationPlatform.Monitoring.FemtoAwareness. */
export interface Device_FAP_ApplicationPlatform_Monitoring_FemtoAwareness {
  'APIAvailable': boolean;
  'APIUsers': number;
  'QueueDiscarded': number;
  'QueueNum': number;
  'QueueReceived': number;
  'QueueState': "Disabled" | "Ready" | "Flushed";
}

/** Device.FAP.ApplicationPlatform.Monitoring.MMS. */
export interface Device_FAP_ApplicationPlatform_Monitoring_MMS {
  'APIAvailable': boolean;
  'APIUsers': number;
  'QueueDiscarded': number;
  'QueueNum': number;
  'QueueReceived': number;
  'QueueState': "Disabled" | "Ready" | "Flushed";
}

/** Device.FAP.ApplicationPlatform.Monitoring.SMS. */
export interface Device_FAP_ApplicationPlatform_Monitoring_SMS {
  'APIAvailable': boolean;
  'APIUsers': number;
  'QueueDiscarded': number;
  'QueueNum': number;
  'QueueReceived': number;
  'QueueState': "Disabled" | "Ready" | "Flushed";
}

/** Device.FAP.ApplicationPlatform.Monitoring.TerminalLocation. */
export interface Device_FAP_ApplicationPlatform_Monitoring_TerminalLocation {
  'APIAvailable': boolean;
  'APIUsers': number;
  'QueueDiscarded': number;
  'QueueNum': number;
  'QueueReceived': number;
  'QueueState': "Disabled" | "Ready" | "Flushed";
}

/** Device.FAP.GPS. */
export interface Device_FAP_GPS {
  'AGPSServerConfig'?: Device_FAP_GPS_AGPSServerConfig;
  'ContinuousGPS': boolean;
  'ContinuousGPSStatus'?: Device_FAP_GPS_ContinuousGPSStatus;
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

/** Device.FAP.GPS.AGPSServerConfig. */
export interface Device_FAP_GPS_AGPSServerConfig {
  'Enable': boolean;
  'Password': string;
  'ReferenceLatitude': number;
  'ReferenceLongitude': number;
  'ServerInUse': boolean;
  'ServerPort': number;
  'ServerURL': string;
  'Username': string;
}

/** Device.FAP.GPS.ContinuousGPSStatus. */
export interface Device_FAP_GPS_ContinuousGPSStatus {
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

/** Device.FAP.PerfMgmt. */
export interface Device_FAP_PerfMgmt {
  'Config'?: { [instance: number]: Device_FAP_PerfMgmt_Config };
  'ConfigNumberOfEntries': number;
}

/** Device.FAP.PerfMgmt.Config.{i}. */
export interface Device_FAP_PerfMgmt_Config {
  'Alias': string;
  'Enable': boolean;
  'Password': string;
  'PeriodicUploadInterval': number;
  'PeriodicUploadTime': string;
  'URL': string;
  'Username': string;
}

/** Device.FAST. */
export interface Device_FAST {
  'Line'?: { [instance: number]: Device_FAST_Line };
  'LineNumberOfEntries': number;
}

/** Device.FAST.Line.{i}. */
export interface Device_FAST_Line {
  'ATTETRds': number;
  'ATTETRus': number;
  'Alias': string;
  'AllowedProfiles': readonly ("106a" | "212a")[];
  'BITSRMCpsds': readonly number[];
  'BITSRMCpsus': readonly number[];
  'CurrentProfile': string;
  'DownstreamAttenuation': number;
  'DownstreamMaxBitRate': number;
  'DownstreamNoiseMargin': number;
  'DownstreamPower': number;
  'ETRds': number;
  'ETRus': number;
  'Enable': boolean;
  'FEXTCANCELds': boolean;
  'FEXTCANCELus': boolean;
  'FirmwareVersion': string;
  'LastChange': number;
  'LastTransmittedDownstreamSignal': number;
  'LastTransmittedUpstreamSignal': number;
  'LineNumber': number;
  'LinkStatus': "Up" | "Initializing" | "EstablishingLink" | "NoSignal" | "Disabled" | "Error";
  'LowerLayers': readonly string[];
  'MINEFTR': number;
  'Name': string;
  'PowerManagementState': "L0" | "L2.1" | "L2.2" | "L3";
  'SNRMRMCds': number;
  'SNRMRMCus': number;
  'Stats'?: Device_FAST_Line_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'SuccessFailureCause': number;
  'TestParams'?: Device_FAST_Line_TestParams;
  'UPBOKLE': number;
  'UPBOKLER': number;
  'Upstream': boolean;
  'UpstreamAttenuation': number;
  'UpstreamMaxBitRate': number;
  'UpstreamNoiseMargin': number;
  'UpstreamPower': number;
}

/** Device.FAST.Line.{i}.Stats. */
export interface Device_FAST_Line_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'CurrentDay'?: Device_FAST_Line_Stats_CurrentDay;
  'CurrentDayStart': number;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'LastShowtime'?: Device_FAST_Line_Stats_LastShowtime;
  'LastShowtimeStart': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'QuarterHour'?: Device_FAST_Line_Stats_QuarterHour;
  'QuarterHourStart': number;
  'Reset': boolean;
  'Showtime'?: Device_FAST_Line_Stats_Showtime;
  'ShowtimeStart': number;
  'Total'?: Device_FAST_Line_Stats_Total;
  'TotalStart': number;
}

/** Device.FAST.Line.{i}.Stats.CurrentDay. */
export interface Device_FAST_Line_Stats_CurrentDay {
  'ErroredSecs': number;
  'LORS': number;
  'LOSS': number;
  'RTXTX': number;
  'RTXUC': number;
  'SeverelyErroredSecs': number;
  'SuccessBSW': number;
  'SuccessFRA': number;
  'SuccessRPA': number;
  'SuccessSRA': number;
  'SuccessTIGA': number;
  'UAS': number;
}

/** Device.FAST.Line.{i}.Stats.LastShowtime. */
export interface Device_FAST_Line_Stats_LastShowtime {
  'ErroredSecs': number;
  'LORS': number;
  'LOSS': number;
  'RTXTX': number;
  'RTXUC': number;
  'SeverelyErroredSecs': number;
  'SuccessBSW': number;
  'SuccessFRA': number;
  'SuccessRPA': number;
  'SuccessSRA': number;
  'SuccessTIGA': number;
  'UAS': number;
}

/** Device.FAST.Line.{i}.Stats.QuarterHour. */
export interface Device_FAST_Line_Stats_QuarterHour {
  'ErroredSecs': number;
  'LORS': number;
  'LOSS': number;
  'RTXTX': number;
  'RTXUC': number;
  'SeverelyErroredSecs': number;
  'SuccessBSW': number;
  'SuccessFRA': number;
  'SuccessRPA': number;
  'SuccessSRA': number;
  'SuccessTIGA': number;
  'UAS': number;
}

/** Device.FAST.Line.{i}.Stats.Showtime. */
export interface Device_FAST_Line_Stats_Showtime {
  'ErroredSecs': number;
  'LORS': number;
  'LOSS': number;
  'RTXTX': number;
  'RTXUC': number;
  'SeverelyErroredSecs': number;
  'SuccessBSW': number;
  'SuccessFRA': number;
  'SuccessRPA': number;
  'SuccessSRA': number;
  'SuccessTIGA': number;
  'UAS': number;
}

/** Device.FAST.Line.{i}.Stats.Total. */
export interface Device_FAST_Line_Stats_Total {
  'ErroredSecs': number;
  'LORS': number;
  'LOSS': number;
  'RTXTX': number;
  'RTXUC': number;
  'SeverelyErroredSecs': number;
  'SuccessBSW': number;
  'SuccessFRA': number;
  'SuccessRPA': number;
  'SuccessSRA': number;
  'SuccessTIGA': number;
  'UAS': number;
}

/** Device.FAST.Line.{i}.TestParams. */
export interface Device_FAST_Line_TestParams {
  'ACTINP': number;
  'ACTINPREIN': number;
  'DownstreamCurrRate': number;
  'NFEC': number;
  'RFEC': number;
  'SNRGds': number;
  'SNRGus': number;
  'SNRMTds': number;
  'SNRMTus': number;
  'SNRpsds': readonly number[];
  'SNRpsus': readonly string[];
  'UpstreamCurrRate': number;
}

/** Device.FWE. */
export interface Device_FWE {
  'Link'?: { [instance: number]: Device_FWE_Link };
  'LinkNumberOfEntries': number;
}

/** Device.FWE.Link.{i}. */
export interface Device_FWE_Link {
  'Alias': string;
  'Enable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'Name': string;
  'Stats'?: Device_FWE_Link_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
}

/** Device.FWE.Link.{i}.Stats. */
export interface Device_FWE_Link_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.FaultMgmt. */
export interface Device_FaultMgmt {
  'CurrentAlarm'?: { [instance: number]: Device_FaultMgmt_CurrentAlarm };
  'CurrentAlarmNumberOfEntries': number;
  'ExpeditedEvent'?: { [instance: number]: Device_FaultMgmt_ExpeditedEvent };
  'ExpeditedEventNumberOfEntries': number;
  'HistoryEvent'?: { [instance: number]: Device_FaultMgmt_HistoryEvent };
  'HistoryEventNumberOfEntries': number;
  'MaxCurrentAlarmEntries': number;
  'QueuedEvent'?: { [instance: number]: Device_FaultMgmt_QueuedEvent };
  'QueuedEventNumberOfEntries': number;
  'SupportedAlarm'?: { [instance: number]: Device_FaultMgmt_SupportedAlarm };
  'SupportedAlarmNumberOfEntries': number;
}

/** Device.FaultMgmt.CurrentAlarm.{i}. */
export interface Device_FaultMgmt_CurrentAlarm {
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

/** Device.FaultMgmt.ExpeditedEvent.{i}. */
export interface Device_FaultMgmt_ExpeditedEvent {
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

/** Device.FaultMgmt.HistoryEvent.{i}. */
export interface Device_FaultMgmt_HistoryEvent {
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

/** Device.FaultMgmt.QueuedEvent.{i}. */
export interface Device_FaultMgmt_QueuedEvent {
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

/** Device.FaultMgmt.SupportedAlarm.{i}. */
export interface Device_FaultMgmt_SupportedAlarm {
  'EventType': string;
  'PerceivedSeverity': "" | "*" | "Cleared" | "Critical" | "Major" | "Minor" | "Warning" | "Indeterminate";
  'ProbableCause': string;
  'ReportingMechanism': "0 Expedited" | "1 Queued" | "2 Logged" | "3 Disabled";
  'SpecificProblem': string;
}

/** Device.Firewall. */
export interface Device_Firewall {
  'AdvancedLevel': string;
  'Chain'?: { [instance: number]: Device_Firewall_Chain };
  'ChainNumberOfEntries': number;
  'Config': "High" | "Low" | "Advanced" | "Policy";
  'ConnectionTracking'?: Device_Firewall_ConnectionTracking;
  'DMZ'?: { [instance: number]: Device_Firewall_DMZ };
  'DMZNumberOfEntries': number;
  'Enable': boolean;
  'InterfaceSetting'?: { [instance: number]: Device_Firewall_InterfaceSetting };
  'InterfaceSettingNumberOfEntries': number;
  'LastChange': string;
  'Level'?: { [instance: number]: Device_Firewall_Level };
  'LevelNumberOfEntries': number;
  'Log'?: { [instance: number]: Device_Firewall_Log };
  'LogNumberOfEntries': number;
  'Pinhole'?: { [instance: number]: Device_Firewall_Pinhole };
  'PinholeNumberOfEntries': number;
  'Policy'?: { [instance: number]: Device_Firewall_Policy };
  'PolicyLevel': string;
  'PolicyNumberOfEntries': number;
  'Service'?: { [instance: number]: Device_Firewall_Service };
  'ServiceNumberOfEntries': number;
  'Set'?: { [instance: number]: Device_Firewall_Set };
  'SetNumberOfEntries': number;
  'Type': "Stateless" | "Stateful";
  'Version': string;
}

/** Device.Firewall.Chain.{i}. */
export interface Device_Firewall_Chain {
  'Alias': string;
  'Creator': "Defaults" | "PortMapping" | "WANIPv6FirewallControl" | "ACS" | "UserInterface" | "Other";
  'Enable': boolean;
  'Name': string;
  'Rule'?: { [instance: number]: Device_Firewall_Chain_Rule };
  'RuleNumberOfEntries': number;
}

/** Device.Firewall.Chain.{i}.Rule.{i}. */
export interface Device_Firewall_Chain_Rule {
  'Alias': string;
  'ConnectionState': readonly ("INVALID" | "NEW" | "RELATED" | "ESTABLISHED")[];
  'CreationDate': string;
  'DSCP': number;
  'DSCPExclude': boolean;
  'Description': string;
  'DestAllInterfaces': boolean;
  'DestIP': string;
  'DestIPExclude': boolean;
  'DestInterface': string;
  'DestInterfaceExclude': boolean;
  'DestMask': string;
  'DestMatchSet': string;
  'DestMatchSetExclude': string;
  'DestPort': number;
  'DestPortExclude': boolean;
  'DestPortRangeMax': number;
  'Enable': boolean;
  'ExpiryDate': string;
  'IPVersion': number;
  'Log': boolean;
  'LogRef': readonly string[];
  'Order': number;
  'Protocol': number;
  'ProtocolExclude': boolean;
  'SourceAllInterfaces': boolean;
  'SourceIP': string;
  'SourceIPExclude': boolean;
  'SourceInterface': string;
  'SourceInterfaceExclude': boolean;
  'SourceMAC': string;
  'SourceMACExclude': boolean;
  'SourceMask': string;
  'SourceMatchSet': string;
  'SourceMatchSetExclude': string;
  'SourcePort': number;
  'SourcePortExclude': boolean;
  'SourcePortRangeMax': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'Target': "Drop" | "Accept" | "Reject" | "Return" | "TargetChain";
  'TargetChain': string;
}

/** Device.Firewall.ConnectionTracking. */
export interface Device_Firewall_ConnectionTracking {
  'FTP'?: Device_Firewall_ConnectionTracking_FTP;
  'H323'?: Device_Firewall_ConnectionTracking_H323;
  'IRC'?: Device_Firewall_ConnectionTracking_IRC;
  'PPTP'?: Device_Firewall_ConnectionTracking_PPTP;
  'SIP'?: Device_Firewall_ConnectionTracking_SIP;
  'TFTP'?: Device_Firewall_ConnectionTracking_TFTP;
}

/** Device.Firewall.ConnectionTracking.FTP. */
export interface Device_Firewall_ConnectionTracking_FTP {
  'Enable': boolean;
  'Loose': boolean;
  'Ports': readonly number[];
}

/** Device.Firewall.ConnectionTracking.H323. */
export interface Device_Firewall_ConnectionTracking_H323 {
  'CallForwardFilter': boolean;
  'Enable': boolean;
  'GKRoutedOnly': boolean;
  'RegistrationRequestTTL': number;
}

/** Device.Firewall.ConnectionTracking.IRC. */
export interface Device_Firewall_ConnectionTracking_IRC {
  'DCCTimeout': number;
  'Enable': boolean;
  'MAXDCCChannels': number;
  'Ports': readonly number[];
}

/** Device.Firewall.ConnectionTracking.PPTP. */
export interface Device_Firewall_ConnectionTracking_PPTP {
  'Enable': boolean;
}

/** Device.Firewall.ConnectionTracking.SIP. */
export interface Device_Firewall_ConnectionTracking_SIP {
  'DirectMedia': boolean;
  'DirectSignaling': boolean;
  'Enable': boolean;
  'ExternalMedia': boolean;
  'Ports': readonly number[];
  'TimeOut': number;
}

/** Device.Firewall.ConnectionTracking.TFTP. */
export interface Device_Firewall_ConnectionTracking_TFTP {
  'Enable': boolean;
  'Ports': readonly number[];
}

/** Device.Firewall.DMZ.{i}. */
export interface Device_Firewall_DMZ {
  'Alias': string;
  'Description': string;
  'DestIP': string;
  'Enable': boolean;
  'Interface': string;
  'LeaseDuration': number;
  'Log': boolean;
  'LogRef': readonly string[];
  'Origin': "User" | "System" | "Controller";
  'RemainingLeaseTime': number;
  'SourcePrefix': string;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
}

/** Device.Firewall.InterfaceSetting.{i}. */
export interface Device_Firewall_InterfaceSetting {
  'Alias': string;
  'Enable': boolean;
  'IPv4AcceptICMPEchoRequest': boolean;
  'IPv4SpoofingProtection': boolean;
  'IPv6AcceptICMPEchoRequest': boolean;
  'IPv6PassThroughICMPEchoRequest': boolean;
  'IPv6SpoofingProtection': boolean;
  'Interface': string;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'StealthMode': boolean;
}

/** Device.Firewall.Level.{i}. */
export interface Device_Firewall_Level {
  'Alias': string;
  'Chain': string;
  'DefaultLogPolicy': boolean;
  'DefaultPolicy': "Drop" | "Accept" | "Reject";
  'Description': string;
  'Name': string;
  'Order': number;
  'Policies': readonly string[];
  'PortMappingEnabled': boolean;
}

/** Device.Firewall.Log.{i}. */
export interface Device_Firewall_Log {
  'Alias': string;
  'Description': string;
  'Enable': boolean;
  'Filter'?: Device_Firewall_Log_Filter;
  'Prefix': string;
  'Severity': "Emergency" | "Alert" | "Critical" | "Error" | "Warning" | "Notice" | "Debug";
}

/** Device.Firewall.Log.{i}.Filter. */
export interface Device_Firewall_Log_Filter {
  'DestinationInterface': string;
  'Policy': "All" | "Denied" | "Allowed";
  'SourceInterface': string;
}

/** Device.Firewall.Pinhole.{i}. */
export interface Device_Firewall_Pinhole {
  'Alias': string;
  'Description': string;
  'DestIP': string;
  'DestMACAddress': string;
  'DestPort': number;
  'DestPortRangeMax': number;
  'Enable': boolean;
  'IPVersion': number;
  'Interface': string;
  'LeaseDuration': number;
  'Log': boolean;
  'LogRef': readonly string[];
  'Origin': "User" | "System" | "UPnP" | "Controller";
  'Protocol': readonly number[];
  'RemainingLeaseTime': number;
  'ScheduleRef': readonly string[];
  'SourcePort': number;
  'SourcePortRangeMax': number;
  'SourcePrefixes': readonly string[];
  'Status': "Disabled" | "Enabled" | "Inactive" | "Error_Misconfigured" | "Error";
}

/** Device.Firewall.Policy.{i}. */
export interface Device_Firewall_Policy {
  'Alias': string;
  'Chain': string;
  'DestinationInterface': string;
  'Enable': boolean;
  'IPVersion': number;
  'Log': boolean;
  'LogRef': readonly string[];
  'ReverseChain': string;
  'ReverseTargetChain': "Drop" | "Accept" | "Reject" | "Chain";
  'SourceInterface': string;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'TargetChain': "Drop" | "Accept" | "Reject" | "Chain";
}

/** Device.Firewall.Service.{i}. */
export interface Device_Firewall_Service {
  'Action': "Drop" | "Accept" | "Reject";
  'Alias': string;
  'DestPort': readonly number[];
  'Enable': boolean;
  'ICMPType': number;
  'IPVersion': number;
  'Interface': string;
  'Log': boolean;
  'LogRef': readonly string[];
  'Protocol': readonly number[];
  'SourcePrefixes': readonly string[];
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
}

/** Device.Firewall.Set.{i}. */
export interface Device_Firewall_Set {
  'Alias': string;
  'Enable': boolean;
  'IPVersion': number;
  'Name': string;
  'Origin': "User" | "System" | "Controller";
  'Rule'?: { [instance: number]: Device_Firewall_Set_Rule };
  'RuleNumberOfEntries': number;
  'Type': "IPAddresses" | "Ports" | "MACAddresses";
}

/** Device.Firewall.Set.{i}.Rule.{i}. */
export interface Device_Firewall_Set_Rule {
  'Alias': string;
  'Exclude': boolean;
  'IPAddressList': readonly string[];
  'MACAddressList': readonly string[];
  'PortList': readonly string[];
}

/** Device.GRE. */
export interface Device_GRE {
  'Filter'?: { [instance: number]: Device_GRE_Filter };
  'FilterNumberOfEntries': number;
  'Tunnel'?: { [instance: number]: Device_GRE_Tunnel };
  'TunnelNumberOfEntries': number;
}

/** Device.GRE.Filter.{i}. */
export interface Device_GRE_Filter {
  'Alias': string;
  'AllInterfaces': boolean;
  'DSCPMarkPolicy': number;
  'Enable': boolean;
  'Interface': string;
  'Order': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'VLANIDCheck': number;
  'VLANIDExclude': boolean;
}

/** Device.GRE.Tunnel.{i}. */
export interface Device_GRE_Tunnel {
  'Alias': string;
  'ConnectedRemoteEndpoint': string;
  'DefaultDSCPMark': number;
  'DeliveryHeaderProtocol': "IPv4" | "IPv6";
  'Enable': boolean;
  'Interface'?: { [instance: number]: Device_GRE_Tunnel_Interface };
  'InterfaceNumberOfEntries': number;
  'KeepAlivePolicy': "ICMP" | "None";
  'KeepAliveThreshold': number;
  'KeepAliveTimeout': number;
  'RemoteEndpoints': readonly string[];
  'Stats'?: Device_GRE_Tunnel_Stats;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.GRE.Tunnel.{i}.Interface.{i}. */
export interface Device_GRE_Tunnel_Interface {
  'Alias': string;
  'Enable': boolean;
  'KeyIdentifier': number;
  'KeyIdentifierGenerationPolicy': "Disabled" | "Provisioned" | "CPE_Generated";
  'LastChange': number;
  'LowerLayers': readonly string[];
  'Name': string;
  'ProtocolIdOverride': number;
  'Stats'?: Device_GRE_Tunnel_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'UseChecksum': boolean;
  'UseSequenceNumber': boolean;
}

/** Device.GRE.Tunnel.{i}.Interface.{i}.Stats. */
export interface Device_GRE_Tunnel_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardChecksumReceived': number;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'DiscardSequenceNumberReceived': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.GRE.Tunnel.{i}.Stats. */
export interface Device_GRE_Tunnel_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'KeepAliveReceived': number;
  'KeepAliveSent': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
}

/** Device.GatewayInfo. */
export interface Device_GatewayInfo {
  'ManufacturerOUI': string;
  'ProductClass': string;
  'SerialNumber': string;
}

/** Device.Ghn. */
export interface Device_Ghn {
  'Diagnostics'?: Device_Ghn_Diagnostics;
  'Interface'?: { [instance: number]: Device_Ghn_Interface };
  'InterfaceNumberOfEntries': number;
}

/** Device.Ghn.Diagnostics. */
export interface Device_Ghn_Diagnostics {
  'PHYThroughput'?: Device_Ghn_Diagnostics_PHYThroughput;
  'PerformanceMonitoring'?: Device_Ghn_Diagnostics_PerformanceMonitoring;
}

/** Device.Ghn.Diagnostics.PHYThroughput. */
export interface Device_Ghn_Diagnostics_PHYThroughput {
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error";
}

/** Device.Ghn.Diagnostics.PerformanceMonitoring. */
export interface Device_Ghn_Diagnostics_PerformanceMonitoring {
  'Channels'?: Device_Ghn_Diagnostics_PerformanceMonitoring_Channels;
  'DiagnoseMACAddress': string;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error";
  'Interface': string;
  'Nodes'?: Device_Ghn_Diagnostics_PerformanceMonitoring_Nodes;
  'SNRGroupLength': number;
  'SampleInterval': number;
}

/** Device.Ghn.Diagnostics.PerformanceMonitoring.Channels. */
export interface Device_Ghn_Diagnostics_PerformanceMonitoring_Channels {
  'Channel'?: { [instance: number]: Device_Ghn_Diagnostics_PerformanceMonitoring_Channels_Channel };
  'ChannelNumberOfEntries': number;
  'TimeStamp': string;
}

/** Device.Ghn.Diagnostics.PerformanceMonitoring.Channels.Channel.{i}. */
export interface Device_Ghn_Diagnostics_PerformanceMonitoring_Channels_Channel {
  'DestinationMACAddress': string;
  'SNR': readonly number[];
}

/** Device.Ghn.Diagnostics.PerformanceMonitoring.Nodes. */
export interface Device_Ghn_Diagnostics_PerformanceMonitoring_Nodes {
  'CurrentEnd': string;
  'CurrentStart': string;
  'Node'?: { [instance: number]: Device_Ghn_Diagnostics_PerformanceMonitoring_Nodes_Node };
  'NodeNumberOfEntries': number;
}

/** Device.Ghn.Diagnostics.PerformanceMonitoring.Nodes.Node.{i}. */
export interface Device_Ghn_Diagnostics_PerformanceMonitoring_Nodes_Node {
  'BlocksErrorsReceived': number;
  'BlocksReceived': bigint;
  'BlocksResent': number;
  'BlocksSent': bigint;
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DestinationMACAddress': string;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MgmtBytesReceived': bigint;
  'MgmtBytesSent': bigint;
  'MgmtPacketsReceived': bigint;
  'MgmtPacketsSent': bigint;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.Ghn.Interface.{i}. */
export interface Device_Ghn_Interface {
  'Alias': string;
  'AssociatedDevice'?: { [instance: number]: Device_Ghn_Interface_AssociatedDevice };
  'AssociatedDeviceNumberOfEntries': number;
  'DMInfo'?: Device_Ghn_Interface_DMInfo;
  'DMRequested': boolean;
  'DeviceId': number;
  'DomainId': number;
  'DomainName': string;
  'DomainNameIdentifier': number;
  'Enable': boolean;
  'FirmwareVersion': string;
  'IsDM': boolean;
  'IsSC': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MACAddress': string;
  'MaxBandPlan': number;
  'MaxBitRate': number;
  'MaxTransmitRate': number;
  'MediumType': "PowerLineBaseband" | "PhoneLineBaseband" | "CoaxBaseband" | "CoaxRF" | "PlasticOpticalFiber";
  'Name': string;
  'NodeTypeDMCapable': boolean;
  'NodeTypeDMConfig': boolean;
  'NodeTypeDMStatus': boolean;
  'NodeTypeSCCapable': boolean;
  'NodeTypeSCStatus': boolean;
  'NotchedAmateurRadioBands': string;
  'PHYThroughputDiagnosticsEnable': readonly number[];
  'PSM': readonly number[];
  'PerformanceMonitoringDiagnosticsEnable': readonly number[];
  'SCInfo'?: Device_Ghn_Interface_SCInfo;
  'SCRequested': boolean;
  'SMMaskedBand'?: { [instance: number]: Device_Ghn_Interface_SMMaskedBand };
  'SMMaskedBandNumberOfEntries': number;
  'StandardVersions': readonly string[];
  'Stats'?: Device_Ghn_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'TAIFG': number;
  'TargetDomainNames': readonly string[];
  'Upstream': boolean;
}

/** Device.Ghn.Interface.{i}.AssociatedDevice.{i}. */
export interface Device_Ghn_Interface_AssociatedDevice {
  'Active': boolean;
  'DeviceId': number;
  'MACAddress': string;
  'RxPhyRate': number;
  'TxPhyRate': number;
}

/** Device.Ghn.Interface.{i}.DMInfo. */
export interface Device_Ghn_Interface_DMInfo {
  'DomainId': number;
  'DomainName': string;
  'DomainNameIdentifier': string;
  'MACCycleDuration': number;
  'MaxSupportedBandplan': number;
  'MinSupportedBandplan': number;
  'ReregistrationTimePeriod': number;
  'SCDeviceId': number;
  'SCMACAddress': string;
  'TopologyPeriodicInterval': number;
}

/** Device.Ghn.Interface.{i}.SCInfo. */
export interface Device_Ghn_Interface_SCInfo {
  'Location': boolean;
  'MICSize': "4-byte MIC" | "8-byte MIC" | "16-byte MIC";
  'ModeEnabled': string;
  'ModesSupported': readonly ("NN" | "NMK")[];
}

/** Device.Ghn.Interface.{i}.SMMaskedBand.{i}. */
export interface Device_Ghn_Interface_SMMaskedBand {
  'BandNumber': number;
  'Enable': boolean;
  'StartSubCarrier': number;
  'StopSubCarrier': number;
}

/** Device.Ghn.Interface.{i}.Stats. */
export interface Device_Ghn_Interface_Stats {
  'BlocksErrorsReceived': number;
  'BlocksReceived': bigint;
  'BlocksResent': number;
  'BlocksSent': bigint;
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MgmtBytesReceived': bigint;
  'MgmtBytesSent': bigint;
  'MgmtPacketsReceived': bigint;
  'MgmtPacketsSent': bigint;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.HPNA. */
export interface Device_HPNA {
  'Diagnostics'?: Device_HPNA_Diagnostics;
  'Interface'?: { [instance: number]: Device_HPNA_Interface };
  'InterfaceNumberOfEntries': number;
}

/** Device.HPNA.Diagnostics. */
export interface Device_HPNA_Diagnostics {
  'PHYThroughput'?: Device_HPNA_Diagnostics_PHYThroughput;
  'PerformanceMonitoring'?: Device_HPNA_Diagnostics_PerformanceMonitoring;
}

/** Device.HPNA.Diagnostics.PHYThroughput. */
export interface Device_HPNA_Diagnostics_PHYThroughput {
  'BurstInterval': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_FailToEnableCert" | "Error_CertCmdTimeout" | "Error_UnknownErr" | "Error_UnsupportedOpcode" | "Error_InvalidParam" | "Error_UnsupportedCmdSegment" | "Error_UnsupportedDataGen" | "Error_InvalidSequence" | "Error_InvalidFrame" | "Eror_InvalidOpcode";
  'Interface': string;
  'NumPacketsInBurst': number;
  'PayloadDataGen': number;
  'PayloadEncoding': number;
  'PayloadType': "Pattern" | "IncrementByte";
  'PriorityLevel': number;
  'Result'?: { [instance: number]: Device_HPNA_Diagnostics_PHYThroughput_Result };
  'ResultNumberOfEntries': number;
  'TestPacketPayloadLength': number;
}

/** Device.HPNA.Diagnostics.PHYThroughput.Result.{i}. */
export interface Device_HPNA_Diagnostics_PHYThroughput_Result {
  'Attenuation': number;
  'BaudRate': number;
  'DestMACAddress': string;
  'PHYRate': number;
  'PacketsReceived': number;
  'SNR': number;
  'SrcMACAddress': string;
}

/** Device.HPNA.Diagnostics.PerformanceMonitoring. */
export interface Device_HPNA_Diagnostics_PerformanceMonitoring {
  'Channels'?: Device_HPNA_Diagnostics_PerformanceMonitoring_Channels;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_SampleIntervalTooSmall";
  'Interface': string;
  'Nodes'?: Device_HPNA_Diagnostics_PerformanceMonitoring_Nodes;
  'SampleInterval': number;
}

/** Device.HPNA.Diagnostics.PerformanceMonitoring.Channels. */
export interface Device_HPNA_Diagnostics_PerformanceMonitoring_Channels {
  'Channel'?: { [instance: number]: Device_HPNA_Diagnostics_PerformanceMonitoring_Channels_Channel };
  'ChannelNumberOfEntries': number;
  'TimeStamp': string;
}

/** Device.HPNA.Diagnostics.PerformanceMonitoring.Channels.Channel.{i}. */
export interface Device_HPNA_Diagnostics_PerformanceMonitoring_Channels_Channel {
  'BaudRate': number;
  'FlowSpec': string;
  'HPNADestMACAddress': string;
  'HPNASrcMACAddress': string;
  'HostDestMACAddress': string;
  'HostSrcMACAddress': string;
  'LARQPacketsReceived': number;
  'PHYRate': number;
  'PacketsReceived': number;
  'PacketsSent': number;
  'SNR': number;
}

/** Device.HPNA.Diagnostics.PerformanceMonitoring.Nodes. */
export interface Device_HPNA_Diagnostics_PerformanceMonitoring_Nodes {
  'CurrentEnd': string;
  'CurrentStart': string;
  'Node'?: { [instance: number]: Device_HPNA_Diagnostics_PerformanceMonitoring_Nodes_Node };
  'NodeNumberOfEntries': number;
}

/** Device.HPNA.Diagnostics.PerformanceMonitoring.Nodes.Node.{i}. */
export interface Device_HPNA_Diagnostics_PerformanceMonitoring_Nodes_Node {
  'BroadcastPacketsInternalControl': number;
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BroadcastPacketsSentWire': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'ControlReplyLocal': number;
  'ControlReplyRemote': number;
  'ControlRequestLocal': number;
  'ControlRequestRemote': number;
  'MACAddress': string;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'MulticastPacketsSentWire': bigint;
  'NodeUtilization': number;
  'PacketsCrcErrored': number;
  'PacketsCrcErroredHost': number;
  'PacketsInternalControl': number;
  'PacketsReceived': bigint;
  'PacketsReceivedForwardUnknown': number;
  'PacketsReceivedQueued': number;
  'PacketsSent': bigint;
  'PacketsSentWire': bigint;
  'PacketsShortErrored': number;
  'PacketsShortErroredHost': number;
  'RxPacketsDropped': number;
  'TxPacketsDropped': number;
}

/** Device.HPNA.Interface.{i}. */
export interface Device_HPNA_Interface {
  'Alias': string;
  'AssociatedDevice'?: { [instance: number]: Device_HPNA_Interface_AssociatedDevice };
  'AssociatedDeviceNumberOfEntries': number;
  'ConnectionType': readonly string[];
  'DefaultNonLARQPER': number;
  'Enable': boolean;
  'FirmwareVersion': string;
  'IsMaster': boolean;
  'LARQEnable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MACAddress': string;
  'MTU': number;
  'MasterSelectionMode': "Automatic" | "ForceEndpoint" | "ForceMaster";
  'MaxBitRate': number;
  'MinMulticastRate': number;
  'Name': string;
  'NegMulticastRate': number;
  'NetworkUtilization': number;
  'NodeID': number;
  'NoiseMargin': number;
  'PossibleConnectionTypes': readonly ("Phone" | "Coax")[];
  'PossibleSpectralModes': readonly ("A" | "B" | "C" | "D")[];
  'QoS'?: Device_HPNA_Interface_QoS;
  'SpectralMode': string;
  'Stats'?: Device_HPNA_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'Synced': boolean;
  'TotalSyncTime': number;
  'Upstream': boolean;
}

/** Device.HPNA.Interface.{i}.AssociatedDevice.{i}. */
export interface Device_HPNA_Interface_AssociatedDevice {
  'Active': boolean;
  'IsMaster': boolean;
  'MACAddress': string;
  'MaxBitRate': number;
  'NodeID': number;
  'PHYDiagnosticsEnable': boolean;
  'Synced': boolean;
  'TotalSyncTime': number;
}

/** Device.HPNA.Interface.{i}.QoS. */
export interface Device_HPNA_Interface_QoS {
  'FlowSpec'?: { [instance: number]: Device_HPNA_Interface_QoS_FlowSpec };
  'FlowSpecNumberOfEntries': number;
}

/** Device.HPNA.Interface.{i}.QoS.FlowSpec.{i}. */
export interface Device_HPNA_Interface_QoS_FlowSpec {
  'Alias': string;
  'AvgRate': number;
  'Enable': boolean;
  'FlowType': "CBR" | "VBR" | "VBR-NRT" | "BE";
  'Jitter': number;
  'Latency': number;
  'MaxRate': number;
  'MinRate': number;
  'PER': number;
  'PacketSize': number;
  'Priority': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'Timeout': number;
  'TrafficClasses': readonly number[];
}

/** Device.HPNA.Interface.{i}.Stats. */
export interface Device_HPNA_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.HomePlug. */
export interface Device_HomePlug {
  'Interface'?: { [instance: number]: Device_HomePlug_Interface };
  'InterfaceNumberOfEntries': number;
}

/** Device.HomePlug.Interface.{i}. */
export interface Device_HomePlug_Interface {
  'Alias': string;
  'AssociatedDevice'?: { [instance: number]: Device_HomePlug_Interface_AssociatedDevice };
  'AssociatedDeviceNumberOfEntries': number;
  'Enable': boolean;
  'FirmwareVersion': string;
  'ForceCCo': boolean;
  'LastChange': number;
  'LogicalNetwork': string;
  'LowerLayers': readonly string[];
  'MACAddress': string;
  'MaxBitRate': number;
  'Name': string;
  'NetworkPassword': string;
  'OtherNetworksPresent': readonly string[];
  'Stats'?: Device_HomePlug_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'Upstream': boolean;
  'Version': string;
}

/** Device.HomePlug.Interface.{i}.AssociatedDevice.{i}. */
export interface Device_HomePlug_Interface_AssociatedDevice {
  'Active': boolean;
  'AvgAttenuation': number;
  'EndStationMACs': readonly string[];
  'MACAddress': string;
  'RxPhyRate': number;
  'SNRPerTone': readonly number[];
  'TxPhyRate': number;
}

/** Device.HomePlug.Interface.{i}.Stats. */
export interface Device_HomePlug_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MPDURxAck': bigint;
  'MPDURxFailed': bigint;
  'MPDUTxAck': bigint;
  'MPDUTxCol': bigint;
  'MPDUTxFailed': bigint;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.Hosts. */
export interface Device_Hosts {
  'AccessControl'?: { [instance: number]: Device_Hosts_AccessControl };
  'AccessControlNumberOfEntries': number;
  'Host'?: { [instance: number]: Device_Hosts_Host };
  'HostNumberOfEntries': number;
}

/** Device.Hosts.AccessControl.{i}. */
export interface Device_Hosts_AccessControl {
  'AccessPolicy': "Allow" | "Deny";
  'Alias': string;
  'Enable': boolean;
  'HostName': string;
  'Origin': "User" | "System" | "Controller";
  'PhysAddress': string;
  'PhysAddressMask': string;
  'Schedule'?: { [instance: number]: Device_Hosts_AccessControl_Schedule };
  'ScheduleNumberOfEntries': number;
  'ScheduleRef': readonly string[];
}

/** Device.Hosts.AccessControl.{i}.Schedule.{i}. */
export interface Device_Hosts_AccessControl_Schedule {
  'Alias': string;
  'Day': readonly ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
  'Duration': number;
  'Enable': boolean;
  'StartTime': string;
}

/** Device.Hosts.Host.{i}. */
export interface Device_Hosts_Host {
  'Active': boolean;
  'ActiveLastChange': string;
  'AssociatedDevice': string;
  'DHCPClient': readonly string[];
  'HostName': string;
  'IPAddress': string;
  'IPv4Address'?: { [instance: number]: Device_Hosts_Host_IPv4Address };
  'IPv4AddressNumberOfEntries': number;
  'IPv6Address'?: { [instance: number]: Device_Hosts_Host_IPv6Address };
  'IPv6AddressNumberOfEntries': number;
  'InterfaceType': "Ethernet" | "G.hn" | "HPNA" | "HomePlug" | "MoCA" | "UPA" | "Wi-Fi" | "Other";
  'Layer1Interface': string;
  'Layer3Interface': string;
  'PhysAddress': string;
  'WANStats'?: Device_Hosts_Host_WANStats;
}

/** Device.Hosts.Host.{i}.IPv4Address.{i}. */
export interface Device_Hosts_Host_IPv4Address {
  'IPAddress': string;
}

/** Device.Hosts.Host.{i}.IPv6Address.{i}. */
export interface Device_Hosts_Host_IPv6Address {
  'IPAddress': string;
}

/** Device.Hosts.Host.{i}.WANStats. */
export interface Device_Hosts_Host_WANStats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsSent': number;
  'ErrorsSent': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'RetransCount': number;
}

/** Device.IEEE1905. */
export interface Device_IEEE1905 {
  'AL'?: Device_IEEE1905_AL;
  'Version': "1905.1" | "1905.1a";
}

/** Device.IEEE1905.AL. */
export interface Device_IEEE1905_AL {
  'ForwardingTable'?: Device_IEEE1905_AL_ForwardingTable;
  'IEEE1905Id': string;
  'Interface'?: { [instance: number]: Device_IEEE1905_AL_Interface };
  'InterfaceNumberOfEntries': number;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'NetworkTopology'?: Device_IEEE1905_AL_NetworkTopology;
  'NetworkingRegistrar'?: Device_IEEE1905_AL_NetworkingRegistrar;
  'RegistrarFreqBand': readonly ("802.11 2.4 GHz" | "802.11 5 GHz" | "802.11 60 GHz")[];
  'Security'?: Device_IEEE1905_AL_Security;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
}

/** Device.IEEE1905.AL.ForwardingTable. */
export interface Device_IEEE1905_AL_ForwardingTable {
  'ForwardingRule'?: { [instance: number]: Device_IEEE1905_AL_ForwardingTable_ForwardingRule };
  'ForwardingRuleNumberOfEntries': number;
  'SetForwardingEnabled': boolean;
}

/** Device.IEEE1905.AL.ForwardingTable.ForwardingRule.{i}. */
export interface Device_IEEE1905_AL_ForwardingTable_ForwardingRule {
  'EtherType': number;
  'EtherTypeFlag': boolean;
  'InterfaceList': readonly string[];
  'MACDestinationAddress': string;
  'MACDestinationAddressFlag': boolean;
  'MACSourceAddress': string;
  'MACSourceAddressFlag': boolean;
  'PCP': number;
  'PCPFlag': boolean;
  'Vid': number;
  'VidFlag': boolean;
}

/** Device.IEEE1905.AL.Interface.{i}. */
export interface Device_IEEE1905_AL_Interface {
  'GenericPhyOUI': string;
  'GenericPhyURL': string;
  'GenericPhyVariant': string;
  'InterfaceId': string;
  'InterfaceStackReference': string;
  'LastChange': number;
  'Link'?: { [instance: number]: Device_IEEE1905_AL_Interface_Link };
  'LinkNumberOfEntries': number;
  'LowerLayers': readonly string[];
  'MediaType': "IEEE 802.3u" | "IEEE 802.3ab" | "IEEE 802.11b" | "IEEE 802.11g" | "IEEE 802.11a" | "IEEE 802.11n 2.4" | "IEEE 802.11n 5.0" | "IEEE 802.11ac" | "IEEE 802.11ad" | "IEEE 802.11af" | "IEEE 1901 Wavelet" | "IEEE 1901 FFT" | "MoCAv1.1" | "Generic PHY";
  'PowerState': "On" | "Power_Save" | "Off" | "Unsupported";
  'SetIntfPowerStateEnabled': boolean;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'VendorProperties'?: { [instance: number]: Device_IEEE1905_AL_Interface_VendorProperties };
  'VendorPropertiesNumberOfEntries': number;
}

/** Device.IEEE1905.AL.Interface.{i}.Link.{i}. */
export interface Device_IEEE1905_AL_Interface_Link {
  'GenericPhyOUI': string;
  'GenericPhyURL': string;
  'GenericPhyVariant': string;
  'IEEE1905Id': string;
  'InterfaceId': string;
  'MediaType': "IEEE 802.3u" | "IEEE 802.3ab" | "IEEE 802.11b" | "IEEE 802.11g" | "IEEE 802.11a" | "IEEE 802.11n 2.4" | "IEEE 802.11n 5.0" | "IEEE 802.11ac" | "IEEE 802.11ad" | "IEEE 802.11af" | "IEEE 1901 Wavelet" | "IEEE 1901 FFT" | "MoCAv1.1" | "Generic PHY";
  'Metric'?: Device_IEEE1905_AL_Interface_Link_Metric;
}

/** Device.IEEE1905.AL.Interface.{i}.Link.{i}.Metric. */
export interface Device_IEEE1905_AL_Interface_Link_Metric {
  'IEEE802dot1Bridge': boolean;
  'LinkAvailability': number;
  'MACThroughputCapacity': number;
  'PHYRate': number;
  'PacketErrors': number;
  'PacketErrorsReceived': number;
  'PacketsReceived': number;
  'RSSI': number;
  'TransmittedPackets': number;
}

/** Device.IEEE1905.AL.Interface.{i}.VendorProperties.{i}. */
export interface Device_IEEE1905_AL_Interface_VendorProperties {
  'Information': string;
  'OUI': string;
}

/** Device.IEEE1905.AL.NetworkTopology. */
export interface Device_IEEE1905_AL_NetworkTopology {
  'ChangeLog'?: { [instance: number]: Device_IEEE1905_AL_NetworkTopology_ChangeLog };
  'ChangeLogNumberOfEntries': number;
  'Enable': boolean;
  'IEEE1905Device'?: { [instance: number]: Device_IEEE1905_AL_NetworkTopology_IEEE1905Device };
  'IEEE1905DeviceNumberOfEntries': number;
  'LastChange': string;
  'MaxChangeLogEntries': number;
  'Status': "Incomplete" | "Available" | "Error_Misconfigured";
}

/** Device.IEEE1905.AL.NetworkTopology.ChangeLog.{i}. */
export interface Device_IEEE1905_AL_NetworkTopology_ChangeLog {
  'EventType': "NewNeighbor" | "LostNeighbor";
  'NeighborId': string;
  'NeighborType': "IEEE1905" | "Non-IEEE1905";
  'ReporterDeviceId': string;
  'ReporterInterfaceId': string;
  'TimeStamp': string;
}

/** Device.IEEE1905.AL.NetworkTopology.IEEE1905Device.{i}. */
export interface Device_IEEE1905_AL_NetworkTopology_IEEE1905Device {
  'AssocWiFiNetworkDeviceRef': string;
  'BridgingTuple'?: { [instance: number]: Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_BridgingTuple };
  'BridgingTupleNumberOfEntries': number;
  'ControlURL': string;
  'FriendlyName': string;
  'IEEE1905Id': string;
  'IEEE1905Neighbor'?: { [instance: number]: Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_IEEE1905Neighbor };
  'IEEE1905NeighborNumberOfEntries': number;
  'IPv4Address'?: { [instance: number]: Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_IPv4Address };
  'IPv4AddressNumberOfEntries': number;
  'IPv6Address'?: { [instance: number]: Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_IPv6Address };
  'IPv6AddressNumberOfEntries': number;
  'Interface'?: { [instance: number]: Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_Interface };
  'InterfaceNumberOfEntries': number;
  'L2Neighbor'?: { [instance: number]: Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_L2Neighbor };
  'L2NeighborNumberOfEntries': number;
  'ManufacturerModel': string;
  'ManufacturerName': string;
  'NonIEEE1905Neighbor'?: { [instance: number]: Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_NonIEEE1905Neighbor };
  'NonIEEE1905NeighborNumberOfEntries': number;
  'RegistrarFreqBand': readonly ("802.11 2.4 GHz" | "802.11 5 GHz" | "802.11 60 GHz")[];
  'VendorProperties'?: { [instance: number]: Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_VendorProperties };
  'VendorPropertiesNumberOfEntries': number;
  'Version': "1905.1" | "1905.1a";
}

/** Device.IEEE1905.AL.NetworkTopology.IEEE1905Device.{i}.BridgingTuple.{i}. */
export interface Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_BridgingTuple {
  'InterfaceList': readonly string[];
}

/** Device.IEEE1905.AL.NetworkTopology.IEEE1905Device.{i}.IEEE1905Neighbor.{i}. */
export interface Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_IEEE1905Neighbor {
  'LocalInterface': string;
  'Metric'?: { [instance: number]: Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_IEEE1905Neighbor_Metric };
  'MetricNumberOfEntries': number;
  'NeighborDeviceId': string;
}

/** Device.IEEE1905.AL.NetworkTopology.IEEE1905Device.{i}.IEEE1905Neighbor.{i}.Metric.{i}. */
export interface Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_IEEE1905Neighbor_Metric {
  'IEEE802dot1Bridge': boolean;
  'LinkAvailability': number;
  'MACThroughputCapacity': number;
  'NeighborMACAddress': string;
  'PHYRate': number;
  'PacketErrors': number;
  'PacketErrorsReceived': number;
  'PacketsReceived': number;
  'RSSI': number;
  'TransmittedPackets': number;
}

/** Device.IEEE1905.AL.NetworkTopology.IEEE1905Device.{i}.IPv4Address.{i}. */
export interface Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_IPv4Address {
  'DHCPServer': string;
  'IPv4Address': string;
  'IPv4AddressType': "Unknown" | "DHCP" | "Static" | "Auto-IP";
  'MACAddress': string;
}

/** Device.IEEE1905.AL.NetworkTopology.IEEE1905Device.{i}.IPv6Address.{i}. */
export interface Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_IPv6Address {
  'IPv6Address': string;
  'IPv6AddressOrigin': string;
  'IPv6AddressType': "Unknown" | "LinkLocal" | "DHCP" | "Static" | "SLAAC";
  'MACAddress': string;
}

/** Device.IEEE1905.AL.NetworkTopology.IEEE1905Device.{i}.Interface.{i}. */
export interface Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_Interface {
  'APChannelBand': string;
  'FrequencyIndex1': string;
  'FrequencyIndex2': string;
  'GenericPhyOUI': string;
  'GenericPhyURL': string;
  'GenericPhyVariant': string;
  'InterfaceId': string;
  'MediaType': "IEEE 802.3u" | "IEEE 802.3ab" | "IEEE 802.11b" | "IEEE 802.11g" | "IEEE 802.11a" | "IEEE 802.11n 2.4" | "IEEE 802.11n 5.0" | "IEEE 802.11ac" | "IEEE 802.11ad" | "IEEE 802.11af" | "IEEE 1901 Wavelet" | "IEEE 1901 FFT" | "MoCAv1.1" | "Generic PHY";
  'NetworkMembership': string;
  'PowerState': "On" | "Power_Save" | "Off" | "Unsupported";
  'Role': "AP" | "non-AP/non-PCP STA" | "Wi-Fi P2P Client" | "Wi-Fi P2P Group Owner" | "802.11adPCP";
}

/** Device.IEEE1905.AL.NetworkTopology.IEEE1905Device.{i}.L2Neighbor.{i}. */
export interface Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_L2Neighbor {
  'BehindInterfaceIds': readonly string[];
  'LocalInterface': string;
  'NeighborInterfaceId': string;
}

/** Device.IEEE1905.AL.NetworkTopology.IEEE1905Device.{i}.NonIEEE1905Neighbor.{i}. */
export interface Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_NonIEEE1905Neighbor {
  'LocalInterface': string;
  'NeighborInterfaceId': string;
}

/** Device.IEEE1905.AL.NetworkTopology.IEEE1905Device.{i}.VendorProperties.{i}. */
export interface Device_IEEE1905_AL_NetworkTopology_IEEE1905Device_VendorProperties {
  'Information': string;
  'MessageType': string;
  'OUI': string;
}

/** Device.IEEE1905.AL.NetworkingRegistrar. */
export interface Device_IEEE1905_AL_NetworkingRegistrar {
  'Registrar2dot4': readonly string[];
  'Registrar5': readonly string[];
  'Registrar60': readonly string[];
}

/** Device.IEEE1905.AL.Security. */
export interface Device_IEEE1905_AL_Security {
  'Password': string;
  'SetupMethod': readonly ("UCPK" | "PBC" | "NFCNK")[];
}

/** Device.IEEE8021x. */
export interface Device_IEEE8021x {
  'Supplicant'?: { [instance: number]: Device_IEEE8021x_Supplicant };
  'SupplicantNumberOfEntries': number;
}

/** Device.IEEE8021x.Supplicant.{i}. */
export interface Device_IEEE8021x_Supplicant {
  'Alias': string;
  'AuthPeriod': number;
  'AuthenticationCapabilities': readonly ("EAP-TLS" | "EAP-MD5")[];
  'AuthenticationSuccessPolicy': "NoAction" | "RenewConnection";
  'Disconnect': boolean;
  'EAPIdentity': string;
  'EAPMD5'?: Device_IEEE8021x_Supplicant_EAPMD5;
  'EAPTLS'?: Device_IEEE8021x_Supplicant_EAPTLS;
  'Enable': boolean;
  'HeldPeriod': number;
  'Interface': string;
  'MaxStart': number;
  'PAEState': "Disconnected" | "Logoff" | "Connecting" | "Authenticating" | "Authenticated" | "Held" | "Restart" | "ForceAuth" | "ForceUnauth";
  'Reset': boolean;
  'StartFailurePolicy': "FailAuthentication" | "AssumeAuthentication";
  'StartPeriod': number;
  'Stats'?: Device_IEEE8021x_Supplicant_Stats;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
}

/** Device.IEEE8021x.Supplicant.{i}.EAPMD5. */
export interface Device_IEEE8021x_Supplicant_EAPMD5 {
  'Enable': boolean;
  'SharedSecret': string;
}

/** Device.IEEE8021x.Supplicant.{i}.EAPTLS. */
export interface Device_IEEE8021x_Supplicant_EAPTLS {
  'CABundle': string;
  'Certificate': string;
  'Enable': boolean;
  'MutualAuthenticationEnable': boolean;
}

/** Device.IEEE8021x.Supplicant.{i}.Stats. */
export interface Device_IEEE8021x_Supplicant_Stats {
  'FailureCount': number;
  'LastFrameSourceMACAddress': string;
  'LastFrameVersion': number;
  'ReceivedFrames': number;
  'ReceivedInvalidFrames': number;
  'ReceivedLengthErrorFrames': number;
  'ReceivedRequestFrames': number;
  'ReceivedRequestIdFrames': number;
  'Reset': boolean;
  'SuccessCount': number;
  'TransmittedFrames': number;
  'TransmittedLogoffFrames': number;
  'TransmittedResponseFrames': number;
  'TransmittedResponseIdFrames': number;
  'TransmittedStartFrames': number;
}

/** Device.IP. */
export interface Device_IP {
  'ActivePort'?: { [instance: number]: Device_IP_ActivePort };
  'ActivePortNumberOfEntries': number;
  'Diagnostics'?: Device_IP_Diagnostics;
  'IPv4Capable': boolean;
  'IPv4Enable': boolean;
  'IPv4Status': "Disabled" | "Enabled" | "Error";
  'IPv6Capable': boolean;
  'IPv6Enable': boolean;
  'IPv6Status': "Disabled" | "Enabled" | "Error";
  'Interface'?: { [instance: number]: Device_IP_Interface };
  'InterfaceNumberOfEntries': number;
  'ULAPrefix': string;
}

/** Device.IP.ActivePort.{i}. */
export interface Device_IP_ActivePort {
  'LocalIPAddress': string;
  'LocalPort': number;
  'RemoteIPAddress': string;
  'RemotePort': number;
  'Status': "LISTEN" | "ESTABLISHED";
}

/** Device.IP.Diagnostics. */
export interface Device_IP_Diagnostics {
  'DownloadDiagnostics'?: Device_IP_Diagnostics_DownloadDiagnostics;
  'IPLayerCapacityMetrics'?: Device_IP_Diagnostics_IPLayerCapacityMetrics;
  'IPLayerCapacitySupported': boolean;
  'IPPing'?: Device_IP_Diagnostics_IPPing;
  'IPv4DownloadDiagnosticsSupported': boolean;
  'IPv4PingSupported': boolean;
  'IPv4ServerSelectionDiagnosticsSupported': boolean;
  'IPv4TraceRouteSupported': boolean;
  'IPv4UDPEchoDiagnosticsSupported': boolean;
  'IPv4UploadDiagnosticsSupported': boolean;
  'IPv6DownloadDiagnosticsSupported': boolean;
  'IPv6PingSupported': boolean;
  'IPv6ServerSelectionDiagnosticsSupported': boolean;
  'IPv6TraceRouteSupported': boolean;
  'IPv6UDPEchoDiagnosticsSupported': boolean;
  'IPv6UploadDiagnosticsSupported': boolean;
  'ServerSelectionDiagnostics'?: Device_IP_Diagnostics_ServerSelectionDiagnostics;
  'TraceRoute'?: Device_IP_Diagnostics_TraceRoute;
  'UDPEchoConfig'?: Device_IP_Diagnostics_UDPEchoConfig;
  'UDPEchoDiagnostics'?: Device_IP_Diagnostics_UDPEchoDiagnostics;
  'UploadDiagnostics'?: Device_IP_Diagnostics_UploadDiagnostics;
}

/** Device.IP.Diagnostics.DownloadDiagnostics. */
export interface Device_IP_Diagnostics_DownloadDiagnostics {
  'BOMTime': string;
  'DSCP': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_CannotResolveHostName" | "Error_NoRouteToHost" | "Error_InitConnectionFailed" | "Error_NoResponse" | "Error_TransferFailed" | "Error_PasswordRequestFailed" | "Error_LoginFailed" | "Error_NoTransferMode" | "Error_NoPASV" | "Error_IncorrectSize" | "Error_Timeout" | "Error_Internal" | "Error_Other";
  'DownloadDiagnosticMaxConnections': number;
  'DownloadDiagnosticsMaxIncrementalResult': number;
  'DownloadTransports': readonly ("HTTP" | "FTP")[];
  'DownloadURL': string;
  'EOMTime': string;
  'EnablePerConnectionResults': boolean;
  'EthernetPriority': number;
  'IPAddressUsed': string;
  'IncrementalResult'?: { [instance: number]: Device_IP_Diagnostics_DownloadDiagnostics_IncrementalResult };
  'IncrementalResultNumberOfEntries': number;
  'Interface': string;
  'NumberOfConnections': number;
  'PerConnectionResult'?: { [instance: number]: Device_IP_Diagnostics_DownloadDiagnostics_PerConnectionResult };
  'PerConnectionResultNumberOfEntries': number;
  'PeriodOfFullLoading': number;
  'ProtocolVersion': "Any" | "IPv4" | "IPv6";
  'ROMTime': string;
  'TCPOpenRequestTime': string;
  'TCPOpenResponseTime': string;
  'TestBytesReceived': bigint;
  'TestBytesReceivedUnderFullLoading': bigint;
  'TimeBasedTestDuration': number;
  'TimeBasedTestMeasurementInterval': number;
  'TimeBasedTestMeasurementOffset': number;
  'TotalBytesReceived': bigint;
  'TotalBytesReceivedUnderFullLoading': bigint;
  'TotalBytesSent': bigint;
  'TotalBytesSentUnderFullLoading': bigint;
}

/** Device.IP.Diagnostics.DownloadDiagnostics.IncrementalResult.{i}. */
export interface Device_IP_Diagnostics_DownloadDiagnostics_IncrementalResult {
  'EndTime': string;
  'StartTime': string;
  'TestBytesReceived': bigint;
  'TotalBytesReceived': bigint;
  'TotalBytesSent': bigint;
}

/** Device.IP.Diagnostics.DownloadDiagnostics.PerConnectionResult.{i}. */
export interface Device_IP_Diagnostics_DownloadDiagnostics_PerConnectionResult {
  'BOMTime': string;
  'EOMTime': string;
  'ROMTime': string;
  'TCPOpenRequestTime': string;
  'TCPOpenResponseTime': string;
  'TestBytesReceived': bigint;
  'TotalBytesReceived': bigint;
  'TotalBytesSent': bigint;
}

/** Device.IP.Diagnostics.IPLayerCapacityMetrics. */
export interface Device_IP_Diagnostics_IPLayerCapacityMetrics {
  'ActiveFlows': number;
  'AuthenticationAlias': string;
  'AuthenticationCode': string;
  'AuthenticationEnabled': boolean;
  'AuthenticationKeyFileLocation': string;
  'BOMTime': string;
  'DSCP': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_CannotResolveHostName" | "Error_NoRouteToHost" | "Error_InitConnectionFailed" | "Error_NoResponse" | "Error_PasswordRequestFailed" | "Error_LoginFailed" | "Error_RejectedByRemote" | "Error_IncorrectSize" | "Error_Timeout" | "Error_Internal" | "Error_Other";
  'EOMTime': string;
  'EthernetPriority': number;
  'FlowCount': number;
  'HSpeedThresh': number;
  'HighSpeedDelta': number;
  'Host': string;
  'IPDVEnable': boolean;
  'IPLayerCapSupportedControlProtocolVersion': string;
  'IPLayerCapSupportedMetrics': readonly ("IPLR" | "Sampled_RTT" | "IPDV" | "IPRR" | "RIPR")[];
  'IPLayerCapSupportedSoftwareVersion': string;
  'IPLayerCapacityAuthCode'?: { [instance: number]: Device_IP_Diagnostics_IPLayerCapacityMetrics_IPLayerCapacityAuthCode };
  'IPLayerCapacityAuthCodeNumberOfEntries': number;
  'IPLayerCapacitySummary': string;
  'IPLayerMaxConnections': number;
  'IPLayerMaxIncrementalResult': number;
  'IPRREnable': boolean;
  'IncrementalResult'?: { [instance: number]: Device_IP_Diagnostics_IPLayerCapacityMetrics_IncrementalResult };
  'IncrementalResultNumberOfEntries': number;
  'Interface': string;
  'InterfaceEthMbpsAtMax': string;
  'InterfaceEthMbpsSummary': string;
  'JumboFramesPermitted': boolean;
  'LocalInterfaceRateIncluded': boolean;
  'LossRatioAtMax': string;
  'LossRatioSummary': string;
  'LowerThresh': number;
  'MTU': number;
  'MaxETHCapacityNoFCS': string;
  'MaxETHCapacityWithFCS': string;
  'MaxETHCapacityWithFCSVLAN': string;
  'MaxIPLayerCapacity': string;
  'MaximumFlows': number;
  'MaximumTestBandwidth': number;
  'MinOnewayDelayAtMax': string;
  'MinOnewayDelaySummary': string;
  'MinRTTSummary': string;
  'ModalResult'?: { [instance: number]: Device_IP_Diagnostics_IPLayerCapacityMetrics_ModalResult };
  'ModalResultNumberOfEntries': number;
  'NumberFirstModeTestSubIntervals': number;
  'NumberOfConnections': number;
  'NumberTestSubIntervals': number;
  'PDVRangeAtMax': string;
  'PDVRangeSummary': string;
  'Port': number;
  'PortMax': number;
  'PortMin': number;
  'PortOptionalMax': number;
  'PortOptionalMin': number;
  'PreambleDuration': number;
  'ProtocolVersion': "Any" | "IPv4" | "IPv6";
  'RIPREnable': boolean;
  'RTTMaxAtMax': string;
  'RTTMinAtMax': string;
  'RTTRangeAtMax': string;
  'RTTRangeSummary': string;
  'RateAdjAlgorithm': "B" | "C";
  'ReordDupIgnoreEnable': boolean;
  'ReorderedRatioAtMax': string;
  'ReorderedRatioSummary': string;
  'ReplicatedRatioAtMax': string;
  'ReplicatedRatioSummary': string;
  'RetryThresh': number;
  'Role': "Receiver" | "Sender";
  'SeqErrThresh': number;
  'ServerList': readonly string[];
  'SlowAdjThresh': number;
  'StartSendingRate': number;
  'StartSendingRateIndex': number;
  'StatusCode': number;
  'StatusFeedbackInterval': number;
  'StatusMessage': string;
  'TestInterval': number;
  'TestSubInterval': number;
  'TestType': "Search" | "Fixed";
  'TimeOfMax': string;
  'TimeoutNoStatusMessage': number;
  'TimeoutNoTestTraffic': number;
  'TimestampResolution': number;
  'TimestampResolutionUsed': number;
  'Tmax': number;
  'TmaxRTT': number;
  'TmaxRTTUsed': number;
  'TmaxUsed': number;
  'UDPPayloadContent': "zeroes" | "ones" | "alternates0and1" | "random";
  'UDPPayloadMax': number;
  'UDPPayloadMin': number;
  'UpperThresh': number;
}

/** Device.IP.Diagnostics.IPLayerCapacityMetrics.IPLayerCapacityAuthCode.{i}. */
export interface Device_IP_Diagnostics_IPLayerCapacityMetrics_IPLayerCapacityAuthCode {
  'Alias': string;
  'AuthenticationKey': string;
}

/** Device.IP.Diagnostics.IPLayerCapacityMetrics.IncrementalResult.{i}. */
export interface Device_IP_Diagnostics_IPLayerCapacityMetrics_IncrementalResult {
  'IPLayerCapacity': string;
  'InterfaceEthMbps': string;
  'LossRatio': string;
  'MinOnewayDelay': string;
  'PDVRange': string;
  'RTTRange': string;
  'ReorderedRatio': string;
  'ReplicatedRatio': string;
  'TimeOfSubInterval': string;
}

/** Device.IP.Diagnostics.IPLayerCapacityMetrics.ModalResult.{i}. */
export interface Device_IP_Diagnostics_IPLayerCapacityMetrics_ModalResult {
  'InterfaceEthMbpsAtMax': string;
  'LossRatioAtMax': string;
  'MaxETHCapacityNoFCS': string;
  'MaxETHCapacityWithFCS': string;
  'MaxETHCapacityWithFCSVLAN': string;
  'MaxIPLayerCapacity': string;
  'MinOnewayDelayAtMax': string;
  'PDVRangeAtMax': string;
  'RTTRangeAtMax': string;
  'ReorderedRatioAtMax': string;
  'ReplicatedRatioAtMax': string;
  'TimeOfMax': string;
}

/** Device.IP.Diagnostics.IPPing. */
export interface Device_IP_Diagnostics_IPPing {
  'AverageResponseTime': number;
  'AverageResponseTimeDetailed': number;
  'DSCP': number;
  'DataBlockSize': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_CannotResolveHostName" | "Error_NoRouteToHost" | "Error_Internal" | "Error_Other";
  'FailureCount': number;
  'Host': string;
  'IPAddressUsed': string;
  'Interface': string;
  'MaximumResponseTime': number;
  'MaximumResponseTimeDetailed': number;
  'MinimumResponseTime': number;
  'MinimumResponseTimeDetailed': number;
  'NumberOfRepetitions': number;
  'ProtocolVersion': "Any" | "IPv4" | "IPv6";
  'SuccessCount': number;
  'Timeout': number;
}

/** Device.IP.Diagnostics.ServerSelectionDiagnostics. */
export interface Device_IP_Diagnostics_ServerSelectionDiagnostics {
  'AverageResponseTime': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_CannotResolveHostName" | "Error_Internal" | "Error_Other";
  'FastestHost': string;
  'HostList': readonly string[];
  'IPAddressUsed': string;
  'Interface': string;
  'MaximumResponseTime': number;
  'MinimumResponseTime': number;
  'NumberOfRepetitions': number;
  'Protocol': "ICMP" | "UDP Echo";
  'ProtocolVersion': "Any" | "IPv4" | "IPv6";
  'Timeout': number;
}

/** Device.IP.Diagnostics.TraceRoute. */
export interface Device_IP_Diagnostics_TraceRoute {
  'DSCP': number;
  'DataBlockSize': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_CannotResolveHostName" | "Error_NoRouteToHost" | "Error_MaxHopCountExceeded" | "Error_Internal" | "Error_Other";
  'Host': string;
  'IPAddressUsed': string;
  'Interface': string;
  'MaxHopCount': number;
  'NumberOfTries': number;
  'ProtocolVersion': "Any" | "IPv4" | "IPv6";
  'ResponseTime': number;
  'RouteHops'?: { [instance: number]: Device_IP_Diagnostics_TraceRoute_RouteHops };
  'RouteHopsNumberOfEntries': number;
  'Timeout': number;
}

/** Device.IP.Diagnostics.TraceRoute.RouteHops.{i}. */
export interface Device_IP_Diagnostics_TraceRoute_RouteHops {
  'ErrorCode': number;
  'Host': string;
  'HostAddress': string;
  'RTTimes': readonly number[];
}

/** Device.IP.Diagnostics.UDPEchoConfig. */
export interface Device_IP_Diagnostics_UDPEchoConfig {
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

/** Device.IP.Diagnostics.UDPEchoDiagnostics. */
export interface Device_IP_Diagnostics_UDPEchoDiagnostics {
  'AverageResponseTime': number;
  'DSCP': number;
  'DataBlockSize': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_CannotResolveHostName" | "Error_Internal" | "Error_Other";
  'EnableIndividualPacketResults': boolean;
  'FailureCount': number;
  'Host': string;
  'IPAddressUsed': string;
  'IndividualPacketResult'?: { [instance: number]: Device_IP_Diagnostics_UDPEchoDiagnostics_IndividualPacketResult };
  'IndividualPacketResultNumberOfEntries': number;
  'InterTransmissionTime': number;
  'Interface': string;
  'MaximumResponseTime': number;
  'MinimumResponseTime': number;
  'NumberOfRepetitions': number;
  'Port': number;
  'ProtocolVersion': "Any" | "IPv4" | "IPv6";
  'SuccessCount': number;
  'Timeout': number;
  'UDPEchoDiagnosticsMaxResults': number;
}

/** Device.IP.Diagnostics.UDPEchoDiagnostics.IndividualPacketResult.{i}. */
export interface Device_IP_Diagnostics_UDPEchoDiagnostics_IndividualPacketResult {
  'PacketReceiveTime': string;
  'PacketSendTime': string;
  'PacketSuccess': boolean;
  'TestGenSN': number;
  'TestRespRcvTimeStamp': number;
  'TestRespReplyFailureCount': number;
  'TestRespReplyTimeStamp': number;
  'TestRespSN': number;
}

/** Device.IP.Diagnostics.UploadDiagnostics. */
export interface Device_IP_Diagnostics_UploadDiagnostics {
  'BOMTime': string;
  'DSCP': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_CannotResolveHostName" | "Error_NoRouteToHost" | "Error_InitConnectionFailed" | "Error_NoResponse" | "Error_PasswordRequestFailed" | "Error_LoginFailed" | "Error_NoTransferMode" | "Error_NoPASV" | "Error_NoCWD" | "Error_NoSTOR" | "Error_NoTransferComplete" | "Error_Timeout" | "Error_Internal" | "Error_Other";
  'EOMTime': string;
  'EnablePerConnectionResults': boolean;
  'EthernetPriority': number;
  'IPAddressUsed': string;
  'IncrementalResult'?: { [instance: number]: Device_IP_Diagnostics_UploadDiagnostics_IncrementalResult };
  'IncrementalResultNumberOfEntries': number;
  'Interface': string;
  'NumberOfConnections': number;
  'PerConnectionResult'?: { [instance: number]: Device_IP_Diagnostics_UploadDiagnostics_PerConnectionResult };
  'PerConnectionResultNumberOfEntries': number;
  'PeriodOfFullLoading': number;
  'ProtocolVersion': "Any" | "IPv4" | "IPv6";
  'ROMTime': string;
  'TCPOpenRequestTime': string;
  'TCPOpenResponseTime': string;
  'TestBytesSent': bigint;
  'TestBytesSentUnderFullLoading': bigint;
  'TestFileLength': bigint;
  'TimeBasedTestDuration': number;
  'TimeBasedTestMeasurementInterval': number;
  'TimeBasedTestMeasurementOffset': number;
  'TotalBytesReceived': bigint;
  'TotalBytesReceivedUnderFullLoading': bigint;
  'TotalBytesSent': bigint;
  'TotalBytesSentUnderFullLoading': bigint;
  'UploadDiagnosticsMaxConnections': number;
  'UploadDiagnosticsMaxIncrementalResult': number;
  'UploadTransports': readonly ("HTTP" | "FTP")[];
  'UploadURL': string;
}

/** Device.IP.Diagnostics.UploadDiagnostics.IncrementalResult.{i}. */
export interface Device_IP_Diagnostics_UploadDiagnostics_IncrementalResult {
  'EndTime': string;
  'StartTime': string;
  'TestBytesSent': bigint;
  'TotalBytesReceived': bigint;
  'TotalBytesSent': bigint;
}

/** Device.IP.Diagnostics.UploadDiagnostics.PerConnectionResult.{i}. */
export interface Device_IP_Diagnostics_UploadDiagnostics_PerConnectionResult {
  'BOMTime': string;
  'EOMTime': string;
  'ROMTime': string;
  'TCPOpenRequestTime': string;
  'TCPOpenResponseTime': string;
  'TestBytesSent': bigint;
  'TotalBytesReceived': bigint;
  'TotalBytesSent': bigint;
}

/** Device.IP.Interface.{i}. */
export interface Device_IP_Interface {
  'Alias': string;
  'AutoIPEnable': boolean;
  'Enable': boolean;
  'IPv4Address'?: { [instance: number]: Device_IP_Interface_IPv4Address };
  'IPv4AddressNumberOfEntries': number;
  'IPv4Enable': boolean;
  'IPv6Address'?: { [instance: number]: Device_IP_Interface_IPv6Address };
  'IPv6AddressNumberOfEntries': number;
  'IPv6Enable': boolean;
  'IPv6Prefix'?: { [instance: number]: Device_IP_Interface_IPv6Prefix };
  'IPv6PrefixNumberOfEntries': number;
  'LastChange': number;
  'Loopback': boolean;
  'LowerLayers': readonly string[];
  'MaxMTUSize': number;
  'Name': string;
  'Reset': boolean;
  'Router': string;
  'Stats'?: Device_IP_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'TWAMPReflector'?: { [instance: number]: Device_IP_Interface_TWAMPReflector };
  'TWAMPReflectorNumberOfEntries': number;
  'Type': "Normal" | "Loopback" | "Tunnel" | "Tunneled";
  'ULAEnable': boolean;
}

/** Device.IP.Interface.{i}.IPv4Address.{i}. */
export interface Device_IP_Interface_IPv4Address {
  'AddressingType': "DHCP" | "IKEv2" | "AutoIP" | "IPCP" | "Static" | "3GPP-NAS";
  'Alias': string;
  'Enable': boolean;
  'IPAddress': string;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'SubnetMask': string;
}

/** Device.IP.Interface.{i}.IPv6Address.{i}. */
export interface Device_IP_Interface_IPv6Address {
  'Alias': string;
  'Anycast': boolean;
  'Enable': boolean;
  'IPAddress': string;
  'IPAddressStatus': "Preferred" | "Deprecated" | "Invalid" | "Inaccessible" | "Unknown" | "Tentative" | "Duplicate" | "Optimistic";
  'Origin': "AutoConfigured" | "DHCPv6" | "IKEv2" | "MAP" | "WellKnown" | "3GPP-NAS" | "Static";
  'PreferredLifetime': string;
  'Prefix': string;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'ValidLifetime': string;
}

/** Device.IP.Interface.{i}.IPv6Prefix.{i}. */
export interface Device_IP_Interface_IPv6Prefix {
  'Alias': string;
  'Autonomous': boolean;
  'ChildPrefixBits': string;
  'Enable': boolean;
  'OnLink': boolean;
  'Origin': "AutoConfigured" | "PrefixDelegation" | "RouterAdvertisement" | "WellKnown" | "Static" | "Child";
  'ParentPrefix': string;
  'PreferredLifetime': string;
  'Prefix': string;
  'PrefixStatus': "Preferred" | "Deprecated" | "Invalid" | "Inaccessible" | "Unknown";
  'StaticType': "Static" | "Inapplicable" | "PrefixDelegation" | "Child";
  'Status': "Disabled" | "Enabled" | "Error";
  'ValidLifetime': string;
}

/** Device.IP.Interface.{i}.Stats. */
export interface Device_IP_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.IP.Interface.{i}.TWAMPReflector.{i}. */
export interface Device_IP_Interface_TWAMPReflector {
  'Alias': string;
  'Enable': boolean;
  'IPAllowedList': readonly string[];
  'MaximumTTL': number;
  'Port': number;
  'PortAllowedList': readonly string[];
  'Status': "Disabled" | "Active" | "Error";
}

/** Device.IPsec. */
export interface Device_IPsec {
  'AHSupported': boolean;
  'ESPSupportedEncryptionAlgorithms': readonly ("NULL" | "DES-IV64" | "DES" | "3DES" | "RC5" | "IDEA" | "CAST" | "BLOWFISH" | "3IDEA" | "DES-IV32" | "AES-CBC" | "AES-CTR" | "AES-CCM-8" | "AES-CCM-12" | "AES-CCM-16" | "AES-GCM-8" | "AES-GCM-12" | "AES-GCM-16" | "NULL-AUTH-AES-GMAC" | "CAMELLIA-CBC" | "CAMELLIA-CTR" | "CAMELLIA-CCM-8" | "CAMELLIA-CCM-12" | "CAMELLIA-CCM-16")[];
  'Enable': boolean;
  'Filter'?: { [instance: number]: Device_IPsec_Filter };
  'FilterNumberOfEntries': number;
  'IKEv2SA'?: { [instance: number]: Device_IPsec_IKEv2SA };
  'IKEv2SANumberOfEntries': number;
  'IKEv2SupportedEncryptionAlgorithms': readonly ("DES" | "3DES" | "RC5" | "IDEA" | "CAST" | "BLOWFISH" | "3IDEA" | "AES-CBC" | "AES-CTR" | "AES-CCM-8" | "AES-CCM-12" | "AES-CCM-16" | "AES-GCM-8" | "AES-GCM-12" | "AES-GCM-16" | "CAMELLIA-CBC")[];
  'IKEv2SupportedPseudoRandomFunctions': readonly ("HMAC-MD5" | "HMAC-SHA1" | "HMAC-TIGER" | "AES-128-XCBC" | "HMAC-SHA2-256" | "HMAC-SHA2-384" | "HMAC-SHA2-512" | "AES-128-CMAC")[];
  'MaxFilterEntries': number;
  'MaxProfileEntries': number;
  'Profile'?: { [instance: number]: Device_IPsec_Profile };
  'ProfileNumberOfEntries': number;
  'Stats'?: Device_IPsec_Stats;
  'Status': "Disabled" | "Enabled" | "Error";
  'SupportedDiffieHellmanGroupTransforms': readonly ("NONE" | "MODP-768" | "MODP-1024" | "MODP-1536" | "MODP-2048" | "MODP-3072" | "MODP-4096" | "MODP-6144" | "MODP-8192" | "ECP-256" | "ECP-384" | "ECP-521" | "MODP-1024-PRIME-160" | "MODP-2048-PRIME-224" | "MODP-2048-PRIME-256" | "ECP-192" | "ECP-224")[];
  'SupportedIntegrityAlgorithms': readonly ("NONE" | "HMAC-MD5-96" | "HMAC-SHA1-96" | "DES-MAC" | "KPDK-MD5" | "AES-XCBC-96" | "HMAC-MD5-128" | "HMAC-SHA1-160" | "AES-CMAC-96" | "AES-128-GMAC" | "AES-192-GMAC" | "AES-256-GMAC" | "HMAC-SHA2-256-128" | "HMAC-SHA2-256-192" | "HMAC-SHA2-256-256")[];
  'Tunnel'?: { [instance: number]: Device_IPsec_Tunnel };
  'TunnelNumberOfEntries': number;
}

/** Device.IPsec.Filter.{i}. */
export interface Device_IPsec_Filter {
  'Alias': string;
  'AllInterfaces': boolean;
  'DestIP': string;
  'DestIPExclude': boolean;
  'DestMask': string;
  'DestPort': number;
  'DestPortExclude': boolean;
  'DestPortRangeMax': number;
  'Enable': boolean;
  'Interface': string;
  'Order': number;
  'ProcessingChoice': "Discard" | "Bypass" | "Protect";
  'Profile': string;
  'Protocol': number;
  'ProtocolExclude': boolean;
  'SourceIP': string;
  'SourceIPExclude': boolean;
  'SourceMask': string;
  'SourcePort': number;
  'SourcePortExclude': boolean;
  'SourcePortRangeMax': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
}

/** Device.IPsec.IKEv2SA.{i}. */
export interface Device_IPsec_IKEv2SA {
  'Alias': string;
  'ChildSA'?: { [instance: number]: Device_IPsec_IKEv2SA_ChildSA };
  'ChildSANumberOfEntries': number;
  'CreationTime': string;
  'DiffieHellmanGroupTransform': string;
  'EncryptionAlgorithm': string;
  'EncryptionKeyLength': number;
  'IntegrityAlgorithm': string;
  'LocalAddress': string;
  'NATDetected': "None" | "Local" | "Remote" | "Unsupported";
  'PseudoRandomFunction': string;
  'ReceivedCPAttr'?: { [instance: number]: Device_IPsec_IKEv2SA_ReceivedCPAttr };
  'ReceivedCPAttrNumberOfEntries': number;
  'RemoteAddress': string;
  'Stats'?: Device_IPsec_IKEv2SA_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "Error";
  'Tunnel': string;
}

/** Device.IPsec.IKEv2SA.{i}.ChildSA.{i}. */
export interface Device_IPsec_IKEv2SA_ChildSA {
  'Alias': string;
  'CreationTime': string;
  'InboundSPI': number;
  'OutboundSPI': number;
  'Stats'?: Device_IPsec_IKEv2SA_ChildSA_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "Error";
}

/** Device.IPsec.IKEv2SA.{i}.ChildSA.{i}.Stats. */
export interface Device_IPsec_IKEv2SA_ChildSA_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DecryptionErrors': number;
  'ErrorsSent': number;
  'IntegrityErrors': number;
  'OtherReceiveErrors': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'PolicyErrors': number;
  'ReplayErrors': number;
}

/** Device.IPsec.IKEv2SA.{i}.ReceivedCPAttr.{i}. */
export interface Device_IPsec_IKEv2SA_ReceivedCPAttr {
  'Type': number;
  'Value': string;
}

/** Device.IPsec.IKEv2SA.{i}.Stats. */
export interface Device_IPsec_IKEv2SA_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DecryptionErrors': number;
  'ErrorsSent': number;
  'IntegrityErrors': number;
  'OtherReceiveErrors': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
}

/** Device.IPsec.Profile.{i}. */
export interface Device_IPsec_Profile {
  'AHAllowedIntegrityAlgorithms': readonly string[];
  'Alias': string;
  'AntiReplayWindowSize': number;
  'ChildSAExpiryAction': "Renegotiate" | "Delete";
  'ChildSATimeLimit': number;
  'ChildSATrafficLimit': bigint;
  'DSCPMarkPolicy': number;
  'DoNotFragment': "Set" | "Clear" | "Copy";
  'ESPAllowedEncryptionAlgorithms': readonly string[];
  'ESPAllowedIntegrityAlgorithms': readonly string[];
  'ForwardingPolicy': number;
  'IKEv2AllowedDiffieHellmanGroupTransforms': readonly string[];
  'IKEv2AllowedEncryptionAlgorithms': readonly string[];
  'IKEv2AllowedIntegrityAlgorithms': readonly string[];
  'IKEv2AllowedPseudoRandomFunctions': readonly string[];
  'IKEv2AuthenticationMethod': string;
  'IKEv2DeadPeerDetectionTimeout': number;
  'IKEv2NATTKeepaliveTimeout': number;
  'IKEv2SAExpiryAction': "Renegotiate" | "Delete";
  'IKEv2SATimeLimit': number;
  'IKEv2SATrafficLimit': bigint;
  'MaxChildSAs': number;
  'Protocol': "AH" | "ESP";
  'RemoteEndpoints': readonly string[];
  'SentCPAttr'?: { [instance: number]: Device_IPsec_Profile_SentCPAttr };
  'SentCPAttrNumberOfEntries': number;
}

/** Device.IPsec.Profile.{i}.SentCPAttr.{i}. */
export interface Device_IPsec_Profile_SentCPAttr {
  'Alias': string;
  'Enable': boolean;
  'Type': number;
  'Value': string;
}

/** Device.IPsec.Stats. */
export interface Device_IPsec_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DecryptionErrors': number;
  'ErrorsSent': number;
  'IntegrityErrors': number;
  'NegotiationFailures': number;
  'OtherReceiveErrors': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'PolicyErrors': number;
  'ReplayErrors': number;
  'UnknownSPIErrors': number;
}

/** Device.IPsec.Tunnel.{i}. */
export interface Device_IPsec_Tunnel {
  'Alias': string;
  'Filters': readonly string[];
  'Stats'?: Device_IPsec_Tunnel_Stats;
  'TunnelInterface': string;
  'TunneledInterface': string;
}

/** Device.IPsec.Tunnel.{i}.Stats. */
export interface Device_IPsec_Tunnel_Stats {
  'DecryptionErrors': number;
  'IntegrityErrors': number;
  'OtherReceiveErrors': number;
  'PolicyErrors': number;
  'ReplayErrors': number;
}

/** Device.IPv6rd. */
export interface Device_IPv6rd {
  'Enable': boolean;
  'InterfaceSetting'?: { [instance: number]: Device_IPv6rd_InterfaceSetting };
  'InterfaceSettingNumberOfEntries': number;
}

/** Device.IPv6rd.InterfaceSetting.{i}. */
export interface Device_IPv6rd_InterfaceSetting {
  'AddressSource': string;
  'Alias': string;
  'AllTrafficToBorderRelay': boolean;
  'BorderRelayIPv4Addresses': readonly string[];
  'Enable': boolean;
  'IPv4MaskLength': number;
  'SPIPv6Prefix': string;
  'Status': "Disabled" | "Enabled" | "Error";
  'TunnelInterface': string;
  'TunneledInterface': string;
}

/** Device.InterfaceStack.{i}. */
export interface Device_InterfaceStack {
  'Alias': string;
  'HigherAlias': string;
  'HigherLayer': string;
  'LowerAlias': string;
  'LowerLayer': string;
}

/** Device.L2TPv3. */
export interface Device_L2TPv3 {
  'Filter'?: { [instance: number]: Device_L2TPv3_Filter };
  'FilterNumberOfEntries': number;
  'Tunnel'?: { [instance: number]: Device_L2TPv3_Tunnel };
  'TunnelNumberOfEntries': number;
}

/** Device.L2TPv3.Filter.{i}. */
export interface Device_L2TPv3_Filter {
  'Alias': string;
  'AllInterfaces': boolean;
  'DSCPMarkPolicy': number;
  'Enable': boolean;
  'Interface': string;
  'Order': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'VLANIDCheck': number;
  'VLANIDExclude': boolean;
}

/** Device.L2TPv3.Tunnel.{i}. */
export interface Device_L2TPv3_Tunnel {
  'Alias': string;
  'ConnectedRemoteEndpoint': string;
  'DefaultDSCPMark': number;
  'DeliveryHeaderProtocol': "IPv4" | "IPv6";
  'Enable': boolean;
  'Interface'?: { [instance: number]: Device_L2TPv3_Tunnel_Interface };
  'InterfaceNumberOfEntries': number;
  'KeepAlivePolicy': "ICMP" | "None";
  'KeepAliveThreshold': number;
  'KeepAliveTimeout': number;
  'RemoteEndpoints': readonly string[];
  'Stats'?: Device_L2TPv3_Tunnel_Stats;
  'Status': "Disabled" | "Enabled" | "Error";
  'TunnelEncapsulation': "IP" | "UDP";
  'UDP'?: Device_L2TPv3_Tunnel_UDP;
}

/** Device.L2TPv3.Tunnel.{i}.Interface.{i}. */
export interface Device_L2TPv3_Tunnel_Interface {
  'Alias': string;
  'Cookie': bigint;
  'CookiePolicy': "Disabled" | "Configured" | "Generated";
  'Enable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'Name': string;
  'SessionID': number;
  'Stats'?: Device_L2TPv3_Tunnel_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
}

/** Device.L2TPv3.Tunnel.{i}.Interface.{i}.Stats. */
export interface Device_L2TPv3_Tunnel_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardChecksumReceived': number;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'DiscardSequenceNumberReceived': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.L2TPv3.Tunnel.{i}.Stats. */
export interface Device_L2TPv3_Tunnel_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'KeepAliveReceived': number;
  'KeepAliveSent': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
}

/** Device.L2TPv3.Tunnel.{i}.UDP. */
export interface Device_L2TPv3_Tunnel_UDP {
  'EnableChecksum': boolean;
  'RemotePort': number;
  'SourcePort': number;
}

/** Device.LANConfigSecurity. */
export interface Device_LANConfigSecurity {
  'ConfigPassword': string;
}

/** Device.LEDs. */
export interface Device_LEDs {
  'LED'?: { [instance: number]: Device_LEDs_LED };
  'LEDNumberOfEntries': number;
}

/** Device.LEDs.LED.{i}. */
export interface Device_LEDs_LED {
  'Alias': string;
  'CurrentCycleElement'?: Device_LEDs_LED_CurrentCycleElement;
  'CycleElement'?: { [instance: number]: Device_LEDs_LED_CycleElement };
  'CycleElementNumberOfEntries': number;
  'CyclePeriodRepetitions': number;
  'Enable': boolean;
  'Location': "Front" | "Back" | "Left" | "Right" | "Top" | "Bottom";
  'MaxBrightness': number;
  'Name': string;
  'Reason': string;
  'RelativeXPosition': number;
  'RelativeYPosition': number;
  'Status': "Disabled" | "InUse" | "Controlled" | "Error";
}

/** Device.LEDs.LED.{i}.CurrentCycleElement. */
export interface Device_LEDs_LED_CurrentCycleElement {
  'Color': string;
  'CycleElementReference': string;
  'Duration': number;
}

/** Device.LEDs.LED.{i}.CycleElement.{i}. */
export interface Device_LEDs_LED_CycleElement {
  'Alias': string;
  'Brightness': number;
  'Color': string;
  'Duration': number;
  'Enable': boolean;
  'FadeInterval': number;
  'Order': number;
}

/** Device.LLDP. */
export interface Device_LLDP {
  'Discovery'?: Device_LLDP_Discovery;
}

/** Device.LLDP.Discovery. */
export interface Device_LLDP_Discovery {
  'Device'?: { [instance: number]: Device_LLDP_Discovery_Device };
  'DeviceNumberOfEntries': number;
}

/** Device.LLDP.Discovery.Device.{i}. */
export interface Device_LLDP_Discovery_Device {
  'ChassisID': string;
  'ChassisIDSubtype': number;
  'DeviceInformation'?: Device_LLDP_Discovery_Device_DeviceInformation;
  'Host': readonly string[];
  'Interface': string;
  'Port'?: { [instance: number]: Device_LLDP_Discovery_Device_Port };
  'PortNumberOfEntries': number;
}

/** Device.LLDP.Discovery.Device.{i}.DeviceInformation. */
export interface Device_LLDP_Discovery_Device_DeviceInformation {
  'DeviceCategory': readonly string[];
  'ManufacturerOUI': string;
  'ModelName': string;
  'ModelNumber': string;
  'VendorSpecific'?: { [instance: number]: Device_LLDP_Discovery_Device_DeviceInformation_VendorSpecific };
  'VendorSpecificNumberOfEntries': number;
}

/** Device.LLDP.Discovery.Device.{i}.DeviceInformation.VendorSpecific.{i}. */
export interface Device_LLDP_Discovery_Device_DeviceInformation_VendorSpecific {
  'Information': string;
  'InformationType': number;
  'OrganizationCode': string;
}

/** Device.LLDP.Discovery.Device.{i}.Port.{i}. */
export interface Device_LLDP_Discovery_Device_Port {
  'LastUpdate': string;
  'LinkInformation'?: Device_LLDP_Discovery_Device_Port_LinkInformation;
  'MACAddressList': readonly string[];
  'PortDescription': string;
  'PortID': string;
  'PortIDSubtype': number;
  'TTL': number;
}

/** Device.LLDP.Discovery.Device.{i}.Port.{i}.LinkInformation. */
export interface Device_LLDP_Discovery_Device_Port_LinkInformation {
  'InterfaceType': number;
  'MACForwardingTable': readonly string[];
}

/** Device.LMAP. */
export interface Device_LMAP {
  'Event'?: { [instance: number]: Device_LMAP_Event };
  'EventNumberOfEntries': number;
  'MeasurementAgent'?: { [instance: number]: Device_LMAP_MeasurementAgent };
  'MeasurementAgentNumberOfEntries': number;
  'Report'?: { [instance: number]: Device_LMAP_Report };
  'ReportNumberOfEntries': number;
}

/** Device.LMAP.Event.{i}. */
export interface Device_LMAP_Event {
  'Alias': string;
  'CalendarTimer'?: Device_LMAP_Event_CalendarTimer;
  'CycleInterval': number;
  'Enable': boolean;
  'Name': string;
  'OneOff'?: Device_LMAP_Event_OneOff;
  'PeriodicTimer'?: Device_LMAP_Event_PeriodicTimer;
  'RandomnessSpread': number;
  'Type': "PeriodicTiming" | "CalendarTiming" | "OneOffTiming" | "Immediate" | "Startup" | "ControllerLost" | "ControllerConnected";
}

/** Device.LMAP.Event.{i}.CalendarTimer. */
export interface Device_LMAP_Event_CalendarTimer {
  'EnableScheduleTimezoneOffset': boolean;
  'EndTime': string;
  'ScheduleDaysOfMonth': string;
  'ScheduleDaysOfWeek': string;
  'ScheduleHoursOfDay': string;
  'ScheduleMinutesOfHour': string;
  'ScheduleMonths': string;
  'ScheduleSecondsOfMinute': string;
  'ScheduleTimezoneOffset': number;
  'StartTime': string;
}

/** Device.LMAP.Event.{i}.OneOff. */
export interface Device_LMAP_Event_OneOff {
  'StartTime': string;
}

/** Device.LMAP.Event.{i}.PeriodicTimer. */
export interface Device_LMAP_Event_PeriodicTimer {
  'EndTime': string;
  'Interval': number;
  'StartTime': string;
}

/** Device.LMAP.MeasurementAgent.{i}. */
export interface Device_LMAP_MeasurementAgent {
  'Alias': string;
  'CapabilityTags': readonly string[];
  'CommunicationChannel'?: { [instance: number]: Device_LMAP_MeasurementAgent_CommunicationChannel };
  'CommunicationChannelNumberOfEntries': number;
  'Controller'?: Device_LMAP_MeasurementAgent_Controller;
  'Enable': boolean;
  'EventLog': string;
  'GroupIdentifier': string;
  'Identifier': string;
  'Instruction'?: { [instance: number]: Device_LMAP_MeasurementAgent_Instruction };
  'InstructionNumberOfEntries': number;
  'LastStarted': string;
  'MeasurementPoint': string;
  'PrivateCredential': string;
  'PublicCredential': string;
  'Schedule'?: { [instance: number]: Device_LMAP_MeasurementAgent_Schedule };
  'ScheduleNumberOfEntries': number;
  'Task'?: { [instance: number]: Device_LMAP_MeasurementAgent_Task };
  'TaskCapability'?: { [instance: number]: Device_LMAP_MeasurementAgent_TaskCapability };
  'TaskCapabilityNumberOfEntries': number;
  'TaskNumberOfEntries': number;
  'UseAgentIdentifierInReports': boolean;
  'UseGroupIdentifierInReports': boolean;
  'UseMeasurementPointInReports': boolean;
  'Version': string;
}

/** Device.LMAP.MeasurementAgent.{i}.CommunicationChannel.{i}. */
export interface Device_LMAP_MeasurementAgent_CommunicationChannel {
  'Alias': string;
  'BulkDataProfile': string;
  'Enable': boolean;
  'Interface': string;
  'Name': string;
  'Target': string;
  'TargetPublicCredential': string;
  'UseBulkDataProfile': boolean;
}

/** Device.LMAP.MeasurementAgent.{i}.Controller. */
export interface Device_LMAP_MeasurementAgent_Controller {
  'ControlChannels': readonly string[];
  'ControlSchedules': readonly string[];
  'ControlTasks': readonly string[];
  'ControllerTimeout': number;
}

/** Device.LMAP.MeasurementAgent.{i}.Instruction.{i}. */
export interface Device_LMAP_MeasurementAgent_Instruction {
  'Alias': string;
  'Enable': boolean;
  'InstructionSchedules': readonly string[];
  'InstructionTasks': readonly string[];
  'LastChange': string;
  'MeasurementSuppression'?: { [instance: number]: Device_LMAP_MeasurementAgent_Instruction_MeasurementSuppression };
  'MeasurementSuppressionNumberOfEntries': number;
  'ReportChannels': readonly string[];
}

/** Device.LMAP.MeasurementAgent.{i}.Instruction.{i}.MeasurementSuppression.{i}. */
export interface Device_LMAP_MeasurementAgent_Instruction_MeasurementSuppression {
  'Alias': string;
  'Enable': boolean;
  'End': string;
  'Name': string;
  'Start': string;
  'State': "Enabled" | "Active" | "Disabled";
  'StopRunning': boolean;
  'SuppressionMatch': readonly string[];
}

/** Device.LMAP.MeasurementAgent.{i}.Schedule.{i}. */
export interface Device_LMAP_MeasurementAgent_Schedule {
  'Action'?: { [instance: number]: Device_LMAP_MeasurementAgent_Schedule_Action };
  'ActionNumberOfEntries': number;
  'Alias': string;
  'Duration': number;
  'Enable': boolean;
  'End': string;
  'ExecutionMode': "Sequential" | "Parallel" | "Pipelined";
  'LastInvocation': string;
  'Name': string;
  'Start': string;
  'State': "Enabled" | "Suppressed" | "Disabled" | "Running";
  'Stats'?: Device_LMAP_MeasurementAgent_Schedule_Stats;
  'Storage': bigint;
  'SuppressionTags': readonly string[];
  'Tags': readonly string[];
}

/** Device.LMAP.MeasurementAgent.{i}.Schedule.{i}.Action.{i}. */
export interface Device_LMAP_MeasurementAgent_Schedule_Action {
  'Alias': string;
  'Enable': boolean;
  'LastFailedCompletion': string;
  'LastFailedMessage': string;
  'LastFailedStatusCode': number;
  'LastInvocation': string;
  'LastSuccessfulCompletion': string;
  'LastSuccessfulMessage': string;
  'LastSuccessfulStatusCode': number;
  'Option'?: { [instance: number]: Device_LMAP_MeasurementAgent_Schedule_Action_Option };
  'OptionNumberOfEntries': number;
  'Order': number;
  'OutputDestination': readonly string[];
  'State': "Enabled" | "Suppressed" | "Disabled" | "Running";
  'Stats'?: Device_LMAP_MeasurementAgent_Schedule_Action_Stats;
  'Storage': bigint;
  'SuppressionTags': readonly string[];
  'Tags': readonly string[];
  'Task': string;
}

/** Device.LMAP.MeasurementAgent.{i}.Schedule.{i}.Action.{i}.Option.{i}. */
export interface Device_LMAP_MeasurementAgent_Schedule_Action_Option {
  'Alias': string;
  'Enable': boolean;
  'Name': string;
  'Order': number;
  'Value': string;
}

/** Device.LMAP.MeasurementAgent.{i}.Schedule.{i}.Action.{i}.Stats. */
export interface Device_LMAP_MeasurementAgent_Schedule_Action_Stats {
  'Failures': bigint;
  'Invocations': bigint;
  'Overlaps': bigint;
  'Suppressions': bigint;
}

/** Device.LMAP.MeasurementAgent.{i}.Schedule.{i}.Stats. */
export interface Device_LMAP_MeasurementAgent_Schedule_Stats {
  'Failures': bigint;
  'Invocations': bigint;
  'Overlaps': bigint;
  'Suppressions': bigint;
}

/** Device.LMAP.MeasurementAgent.{i}.Task.{i}. */
export interface Device_LMAP_MeasurementAgent_Task {
  'Alias': string;
  'Enable': boolean;
  'Name': string;
  'Option'?: { [instance: number]: Device_LMAP_MeasurementAgent_Task_Option };
  'OptionNumberOfEntries': number;
  'Registry'?: { [instance: number]: Device_LMAP_MeasurementAgent_Task_Registry };
  'RegistryNumberOfEntries': number;
  'Tags': readonly string[];
}

/** Device.LMAP.MeasurementAgent.{i}.Task.{i}.Option.{i}. */
export interface Device_LMAP_MeasurementAgent_Task_Option {
  'Alias': string;
  'Enable': boolean;
  'Name': string;
  'Order': number;
  'Value': string;
}

/** Device.LMAP.MeasurementAgent.{i}.Task.{i}.Registry.{i}. */
export interface Device_LMAP_MeasurementAgent_Task_Registry {
  'Alias': string;
  'Enable': boolean;
  'RegistryEntry': string;
  'Roles': readonly string[];
}

/** Device.LMAP.MeasurementAgent.{i}.TaskCapability.{i}. */
export interface Device_LMAP_MeasurementAgent_TaskCapability {
  'Name': string;
  'Registry'?: { [instance: number]: Device_LMAP_MeasurementAgent_TaskCapability_Registry };
  'TaskCapabilityRegistryNumberOfEntries': number;
  'Version': string;
}

/** Device.LMAP.MeasurementAgent.{i}.TaskCapability.{i}.Registry.{i}. */
export interface Device_LMAP_MeasurementAgent_TaskCapability_Registry {
  'RegistryEntry': string;
  'Roles': readonly string[];
}

/** Device.LMAP.Report.{i}. */
export interface Device_LMAP_Report {
  'AgentIdentifier': string;
  'GroupIdentifier': string;
  'MeasurementPoint': string;
  'ReportDate': string;
  'Result'?: { [instance: number]: Device_LMAP_Report_Result };
  'ResultNumberOfEntries': number;
}

/** Device.LMAP.Report.{i}.Result.{i}. */
export interface Device_LMAP_Report_Result {
  'ActionName': string;
  'Conflict'?: { [instance: number]: Device_LMAP_Report_Result_Conflict };
  'CycleNumber': string;
  'EndTime': string;
  'EventTime': string;
  'Option'?: { [instance: number]: Device_LMAP_Report_Result_Option };
  'OptionNumberOfEntries': number;
  'ReportTable'?: { [instance: number]: Device_LMAP_Report_Result_ReportTable };
  'ResultConflictNumberOfEntries': number;
  'ResultReportTableNumberOfEntries': number;
  'ScheduleName': string;
  'StartTime': string;
  'Status': number;
  'Tags': readonly string[];
  'TaskName': string;
}

/** Device.LMAP.Report.{i}.Result.{i}.Conflict.{i}. */
export interface Device_LMAP_Report_Result_Conflict {
  'ActionName': string;
  'ScheduleName': string;
  'TaskName': string;
}

/** Device.LMAP.Report.{i}.Result.{i}.Option.{i}. */
export interface Device_LMAP_Report_Result_Option {
  'Name': number;
  'Order': number;
  'Value': string;
}

/** Device.LMAP.Report.{i}.Result.{i}.ReportTable.{i}. */
export interface Device_LMAP_Report_Result_ReportTable {
  'ColumnLabels': readonly string[];
  'Registry'?: { [instance: number]: Device_LMAP_Report_Result_ReportTable_Registry };
  'RegistryNumberOfEntries': number;
  'ResultReportRowNumberOfEntries': number;
  'ResultRow'?: { [instance: number]: Device_LMAP_Report_Result_ReportTable_ResultRow };
}

/** Device.LMAP.Report.{i}.Result.{i}.ReportTable.{i}.Registry.{i}. */
export interface Device_LMAP_Report_Result_ReportTable_Registry {
  'RegistryEntry': string;
  'Roles': readonly string[];
}

/** Device.LMAP.Report.{i}.Result.{i}.ReportTable.{i}.ResultRow.{i}. */
export interface Device_LMAP_Report_Result_ReportTable_ResultRow {
  'Values': readonly string[];
}

/** Device.Logical. */
export interface Device_Logical {
  'Interface'?: { [instance: number]: Device_Logical_Interface };
  'InterfaceNumberOfEntries': number;
}

/** Device.Logical.Interface.{i}. */
export interface Device_Logical_Interface {
  'Alias': string;
  'Enable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'Name': string;
  'Stats'?: Device_Logical_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
}

/** Device.Logical.Interface.{i}.Stats. */
export interface Device_Logical_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.MAP. */
export interface Device_MAP {
  'Domain'?: { [instance: number]: Device_MAP_Domain };
  'DomainNumberOfEntries': number;
  'Enable': boolean;
}

/** Device.MAP.Domain.{i}. */
export interface Device_MAP_Domain {
  'Alias': string;
  'BRIPv6Prefix': string;
  'DSCPMarkPolicy': number;
  'Enable': boolean;
  'IPv6Prefix': string;
  'Interface'?: Device_MAP_Domain_Interface;
  'Rule'?: { [instance: number]: Device_MAP_Domain_Rule };
  'RuleNumberOfEntries': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'TransportMode': "Encapsulation" | "Translation";
  'WANInterface': string;
}

/** Device.MAP.Domain.{i}.Interface. */
export interface Device_MAP_Domain_Interface {
  'Alias': string;
  'Enable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'Name': string;
  'Stats'?: Device_MAP_Domain_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
}

/** Device.MAP.Domain.{i}.Interface.Stats. */
export interface Device_MAP_Domain_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.MAP.Domain.{i}.Rule.{i}. */
export interface Device_MAP_Domain_Rule {
  'Alias': string;
  'EABitsLength': number;
  'Enable': boolean;
  'IPv4Prefix': string;
  'IPv6Prefix': string;
  'IncludeSystemPorts': boolean;
  'IsFMR': boolean;
  'Origin': "DHCPv6" | "Static";
  'PSID': number;
  'PSIDLength': number;
  'PSIDOffset': number;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.MQTT. */
export interface Device_MQTT {
  'Broker'?: { [instance: number]: Device_MQTT_Broker };
  'BrokerNumberOfEntries': number;
  'Capabilities'?: Device_MQTT_Capabilities;
  'Client'?: { [instance: number]: Device_MQTT_Client };
  'ClientNumberOfEntries': number;
}

/** Device.MQTT.Broker.{i}. */
export interface Device_MQTT_Broker {
  'Alias': string;
  'Bridge'?: { [instance: number]: Device_MQTT_Broker_Bridge };
  'BridgeNumberOfEntries': number;
  'Enable': boolean;
  'Interface': string;
  'Name': string;
  'Password': string;
  'Port': number;
  'Stats'?: Device_MQTT_Broker_Stats;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'Username': string;
}

/** Device.MQTT.Broker.{i}.Bridge.{i}. */
export interface Device_MQTT_Broker_Bridge {
  'Alias': string;
  'CleanSession': boolean;
  'CleanStart': boolean;
  'ClientID': string;
  'ConnectRetryTime': number;
  'Enable': boolean;
  'ForceReconnect': boolean;
  'KeepAliveTime': number;
  'MessageRetryTime': number;
  'Name': string;
  'Password': string;
  'ProtocolVersion': string;
  'Server'?: { [instance: number]: Device_MQTT_Broker_Bridge_Server };
  'ServerConnection': string;
  'ServerNumberOfEntries': number;
  'ServerSelectionAlgorithm': "Priority" | "RoundRobin" | "Random";
  'Status': "Disabled" | "Connecting" | "Connected" | "Error_Misconfigured" | "Error_BrokerUnreachable" | "Error";
  'Subscription'?: { [instance: number]: Device_MQTT_Broker_Bridge_Subscription };
  'SubscriptionNumberOfEntries': number;
  'TransportProtocol': string;
  'Username': string;
}

/** Device.MQTT.Broker.{i}.Bridge.{i}.Server.{i}. */
export interface Device_MQTT_Broker_Bridge_Server {
  'Address': string;
  'Alias': string;
  'Enable': boolean;
  'Port': number;
  'Priority': number;
  'Weight': bigint;
}

/** Device.MQTT.Broker.{i}.Bridge.{i}.Subscription.{i}. */
export interface Device_MQTT_Broker_Bridge_Subscription {
  'Alias': string;
  'Direction': "out" | "in" | "both";
  'Enable': boolean;
  'LocalPrefix': string;
  'QoS': number;
  'RemotePrefix': string;
  'Status': "Enabled" | "Disabled" | "Error";
  'Topic': string;
}

/** Device.MQTT.Broker.{i}.Stats. */
export interface Device_MQTT_Broker_Stats {
  'ConnectionErrors': number;
  'MQTTMessagesReceived': bigint;
  'MQTTMessagesSent': bigint;
  'NumberOfActiveClients': number;
  'NumberOfInactiveClients': number;
  'PublishErrors': number;
  'PublishReceived': bigint;
  'PublishSent': bigint;
  'Subscriptions': number;
  'TotalNumberOfClients': number;
}

/** Device.MQTT.Capabilities. */
export interface Device_MQTT_Capabilities {
  'MaxNumberOfBrokerBridgeSubscriptions': number;
  'MaxNumberOfBrokerBridges': number;
  'MaxNumberOfClientSubscriptions': number;
  'ProtocolVersionsSupported': readonly ("3.1" | "3.1.1" | "5.0")[];
  'TransportProtocolSupported': readonly ("TCP/IP" | "TLS" | "WebSocket" | "WebSocketTLS")[];
}

/** Device.MQTT.Client.{i}. */
export interface Device_MQTT_Client {
  'ALPN': readonly string[];
  'Alias': string;
  'AuthenticationMethod': string;
  'BrokerAddress': string;
  'BrokerPort': number;
  'CleanSession': boolean;
  'CleanStart': boolean;
  'ClientID': string;
  'ConnectRetryIntervalMultiplier': number;
  'ConnectRetryMaxInterval': number;
  'ConnectRetryTime': number;
  'Enable': boolean;
  'ForceReconnect': boolean;
  'Interface': string;
  'KeepAliveTime': number;
  'MaximumPacketSize': number;
  'MessageRetryTime': number;
  'Name': string;
  'Password': string;
  'ProtocolVersion': string;
  'PublishMessageExpiryInterval': number;
  'ReceiveMaximum': number;
  'RequestProblemInfo': boolean;
  'RequestResponseInfo': boolean;
  'ResponseInformation': string;
  'SessionExpiryInterval': number;
  'Stats'?: Device_MQTT_Client_Stats;
  'Status': "Disabled" | "Connecting" | "Connected" | "Error_Misconfigured" | "Error_BrokerUnreachable" | "Error";
  'Subscription'?: { [instance: number]: Device_MQTT_Client_Subscription };
  'SubscriptionNumberOfEntries': number;
  'TopicAliasMaximum': number;
  'TransportProtocol': string;
  'UserProperty'?: { [instance: number]: Device_MQTT_Client_UserProperty };
  'UserPropertyNumberOfEntries': number;
  'Username': string;
  'WillContentType': string;
  'WillDelayInterval': number;
  'WillEnable': boolean;
  'WillMessageExpiryInterval': number;
  'WillQoS': number;
  'WillResponseTopic': string;
  'WillRetain': boolean;
  'WillTopic': string;
  'WillValue': string;
}

/** Device.MQTT.Client.{i}.Stats. */
export interface Device_MQTT_Client_Stats {
  'BrokerConnectionEstablished': string;
  'ConnectionErrors': number;
  'LastPublishMessageReceived': string;
  'LastPublishMessageSent': string;
  'MQTTMessagesReceived': bigint;
  'MQTTMessagesSent': bigint;
  'PublishErrors': number;
  'PublishReceived': bigint;
  'PublishSent': bigint;
  'SubscribeSent': bigint;
  'UnSubscribeSent': bigint;
}

/** Device.MQTT.Client.{i}.Subscription.{i}. */
export interface Device_MQTT_Client_Subscription {
  'Alias': string;
  'Enable': boolean;
  'QoS': number;
  'Status': "Unsubscribed" | "Subscribed" | "Subscribing" | "Unsubscribing" | "Error";
  'Topic': string;
}

/** Device.MQTT.Client.{i}.UserProperty.{i}. */
export interface Device_MQTT_Client_UserProperty {
  'Alias': string;
  'Enable': boolean;
  'Name': string;
  'PacketType': readonly ("AUTH" | "CONNECT" | "DISCONNECT" | "PUBLISH" | "PUBACK" | "PUBREC" | "PUBREL" | "PUBCOMP" | "SUBSCRIBE" | "UNSUBSCRIBE" | "WILL")[];
  'Value': string;
}

/** Device.ManagementServer. */
export interface Device_ManagementServer {
  'AliasBasedAddressing': boolean;
  'AutoCreateInstances': boolean;
  'AutonomousTransferCompletePolicy'?: Device_ManagementServer_AutonomousTransferCompletePolicy;
  'CWMPRetryIntervalMultiplier': number;
  'CWMPRetryMinimumWaitInterval': number;
  'ConnReqAllowedJabberIDs': readonly string[];
  'ConnReqJabberID': string;
  'ConnReqXMPPConnection': string;
  'ConnectionRequestPassword': string;
  'ConnectionRequestURL': string;
  'ConnectionRequestUsername': string;
  'DUStateChangeComplPolicy'?: Device_ManagementServer_DUStateChangeComplPolicy;
  'DefaultActiveNotificationThrottle': number;
  'DelayReboot': number;
  'DownloadAvailability'?: Device_ManagementServer_DownloadAvailability;
  'DownloadProgressURL': string;
  'EmbeddedDevice'?: { [instance: number]: Device_ManagementServer_EmbeddedDevice };
  'EmbeddedDeviceNumberOfEntries': number;
  'EnableCWMP': boolean;
  'HTTPCompression': string;
  'HTTPCompressionSupported': readonly ("GZIP" | "Compress" | "Deflate")[];
  'HTTPConnectionRequestEnable': boolean;
  'HeartbeatPolicy'?: Device_ManagementServer_HeartbeatPolicy;
  'InformParameter'?: { [instance: number]: Device_ManagementServer_InformParameter };
  'InformParameterNumberOfEntries': number;
  'InstanceMode': "InstanceNumber" | "InstanceAlias";
  'InstanceWildcardsSupported': boolean;
  'KickURL': string;
  'LightweightNotificationProtocolsSupported': readonly "UDP"[];
  'LightweightNotificationProtocolsUsed': readonly string[];
  'LightweightNotificationTriggerInterval': number;
  'LightweightNotificationTriggerTime': string;
  'ManageableDevice'?: { [instance: number]: Device_ManagementServer_ManageableDevice };
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
  'ScheduleReboot': string;
  'StandbyPolicy'?: Device_ManagementServer_StandbyPolicy;
  'SupportedConnReqMethods': readonly ("HTTP" | "STUN" | "XMPP")[];
  'UDPConnectionRequestAddress': string;
  'UDPLightweightNotificationHost': string;
  'UDPLightweightNotificationPort': number;
  'URL': string;
  'UpgradesManaged': boolean;
  'Username': string;
  'VirtualDevice'?: { [instance: number]: Device_ManagementServer_VirtualDevice };
  'VirtualDeviceNumberOfEntries': number;
}

/** Device.ManagementServer.AutonomousTransferCompletePolicy. */
export interface Device_ManagementServer_AutonomousTransferCompletePolicy {
  'Enable': boolean;
  'FileTypeFilter': readonly string[];
  'ResultTypeFilter': "Success" | "Failure" | "Both";
  'TransferTypeFilter': "Upload" | "Download" | "Both";
}

/** Device.ManagementServer.DUStateChangeComplPolicy. */
export interface Device_ManagementServer_DUStateChangeComplPolicy {
  'Enable': boolean;
  'FaultCodeFilter': readonly ("9001" | "9003" | "9012" | "9013" | "9015" | "9016" | "9017" | "9018" | "9022" | "9023" | "9024" | "9025" | "9026" | "9027" | "9028" | "9029" | "9030" | "9031" | "9032")[];
  'OperationTypeFilter': readonly ("Install" | "Update" | "Uninstall")[];
  'ResultTypeFilter': "Success" | "Failure" | "Both";
}

/** Device.ManagementServer.DownloadAvailability. */
export interface Device_ManagementServer_DownloadAvailability {
  'Announcement'?: Device_ManagementServer_DownloadAvailability_Announcement;
  'Query'?: Device_ManagementServer_DownloadAvailability_Query;
}

/** Device.ManagementServer.DownloadAvailability.Announcement. */
export interface Device_ManagementServer_DownloadAvailability_Announcement {
  'Enable': boolean;
  'Group'?: { [instance: number]: Device_ManagementServer_DownloadAvailability_Announcement_Group };
  'GroupNumberOfEntries': number;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.ManagementServer.DownloadAvailability.Announcement.Group.{i}. */
export interface Device_ManagementServer_DownloadAvailability_Announcement_Group {
  'Alias': string;
  'Enable': boolean;
  'Status': "Disabled" | "Enabled" | "Error";
  'URL': string;
}

/** Device.ManagementServer.DownloadAvailability.Query. */
export interface Device_ManagementServer_DownloadAvailability_Query {
  'Enable': boolean;
  'Status': "Disabled" | "Enabled" | "Error";
  'URL': string;
}

/** Device.ManagementServer.EmbeddedDevice.{i}. */
export interface Device_ManagementServer_EmbeddedDevice {
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

/** Device.ManagementServer.HeartbeatPolicy. */
export interface Device_ManagementServer_HeartbeatPolicy {
  'Enable': boolean;
  'InitiationTime': string;
  'ReportingInterval': number;
}

/** Device.ManagementServer.InformParameter.{i}. */
export interface Device_ManagementServer_InformParameter {
  'Alias': string;
  'Enable': boolean;
  'EventList': readonly string[];
  'ParameterName': string;
}

/** Device.ManagementServer.ManageableDevice.{i}. */
export interface Device_ManagementServer_ManageableDevice {
  'Host': readonly string[];
  'ManufacturerOUI': string;
  'ProductClass': string;
  'SerialNumber': string;
}

/** Device.ManagementServer.StandbyPolicy. */
export interface Device_ManagementServer_StandbyPolicy {
  'CRAwarenessRequested': boolean;
  'CRUnawarenessMaxDuration': number;
  'MaxMissedPeriodic': number;
  'NetworkAwarenessCapable': boolean;
  'NotifyMissedScheduled': boolean;
  'PeriodicAwarenessRequested': boolean;
  'ScheduledAwarenessRequested': boolean;
  'SelfTimerCapable': boolean;
}

/** Device.ManagementServer.VirtualDevice.{i}. */
export interface Device_ManagementServer_VirtualDevice {
  'DiscoveryProtocol': readonly ("Z-Wave" | "ZigBee" | "UPnP" | "ETSI-M2M")[];
  'DiscoveryProtocolReference': readonly string[];
  'Host': readonly string[];
  'ManufacturerOUI': string;
  'ProductClass': string;
  'ProxyProtocol': "Z-Wave" | "ZigBee" | "UPnP-DM" | "ETSI-M2M";
  'ProxyProtocolReference': string;
  'SerialNumber': string;
}

/** Device.MoCA. */
export interface Device_MoCA {
  'Interface'?: { [instance: number]: Device_MoCA_Interface };
  'InterfaceNumberOfEntries': number;
}

/** Device.MoCA.Interface.{i}. */
export interface Device_MoCA_Interface {
  'AbovePhyThresholdTrap': number;
  'Aca'?: Device_MoCA_Interface_Aca;
  'AccessControl'?: { [instance: number]: Device_MoCA_Interface_AccessControl };
  'AccessControlEnable': boolean;
  'AccessControlNumberOfEntries': number;
  'AeNumber': number;
  'AggregationSize': number;
  'Alias': string;
  'AssociatedDevice'?: { [instance: number]: Device_MoCA_Interface_AssociatedDevice };
  'AssociatedDeviceNumberOfEntries': number;
  'AvbSupport': boolean;
  'BackupNC': number;
  'Band': readonly ("reserved" | "bandFCBL" | "bandFSAT" | "bandE" | "bandExD" | "bandDH" | "bandDL" | "noBand")[];
  'BeaconPowerDistributed': number;
  'BeaconPowerLimit': number;
  'BeaconPowerLocal': number;
  'BeaconPowerMePie': string;
  'BeaconPowerMePieSend': boolean;
  'BeaconPowerNetConfig': boolean;
  'BelowPhyThresholdTrap': number;
  'Bridge'?: { [instance: number]: Device_MoCA_Interface_Bridge };
  'BridgeNumberOfEntries': number;
  'ConnectedNodesChangeTrap': number;
  'ConnectedNodesChangeTrapEn': boolean;
  'ConnectedNodesDropReason': string;
  'ConnectedNodesInfo': string;
  'CurrentOperFreq': number;
  'CurrentVersion': string;
  'Enable': boolean;
  'EnhancedPassword': string;
  'FirmwareVersion': string;
  'FirstOffset': number;
  'FreqCapabilityMask': string;
  'FreqCurrentMask': string;
  'FreqCurrentMaskSetting': string;
  'HandoffToLowerVersionEnable': boolean;
  'HighestVersion': string;
  'KeyPassphrase': string;
  'LastChange': number;
  'LastOperFreq': number;
  'LastOperFreqUpdateEnable': boolean;
  'LinkDownCount': number;
  'LinkFailureTrap': number;
  'LinkState': string;
  'LmoNodeID': number;
  'LmoStatusTrap': number;
  'LmoTrapEnable': boolean;
  'LowerLayers': readonly string[];
  'MACAddress': string;
  'MaxBitRate': number;
  'MaxEgressBW': number;
  'MaxIngressBW': number;
  'MaxNodes': boolean;
  'Mesh'?: { [instance: number]: Device_MoCA_Interface_Mesh };
  'MeshNumberOfEntries': number;
  'MeshScMod'?: { [instance: number]: Device_MoCA_Interface_MeshScMod };
  'MeshScModNumberOfEntries': number;
  'MgntEntityNetIePayloadRespTimeout': number;
  'MgntEntityNetIePayloadRx': string;
  'MgntEntityNetIePayloadTx': string;
  'MgntEntityNetwIePayloadRecTrap': number;
  'MgntEntityNetwIePayloadRecTrapEn': boolean;
  'Moca25PhyCapable': boolean;
  'MpsInitScanPayload': string;
  'MpsInitScanRecTrap': number;
  'MpsPairFailTrap': number;
  'MpsPrivacyChangedTrap': number;
  'MpsPrivacyDown': boolean;
  'MpsPrivacyReceive': boolean;
  'MpsReset': boolean;
  'MpsState': boolean;
  'MpsTrapEn': boolean;
  'MpsTriggered': boolean;
  'MpsUnpairedTime': number;
  'MpsWalkTime': number;
  'MrNetworkFailTrap': number;
  'MrNetworkSuccessTrap': number;
  'MrRstFailTrap': number;
  'MrRstSuccessTrap': number;
  'Name': string;
  'NcPrivSupportedRecTrapEn': boolean;
  'NcPrivacySupportedRecTrap': number;
  'NcVersion': string;
  'NetworkCoordinator': number;
  'NetworkJoin': boolean;
  'NetworkNameAdmissionRule': "none" | "all" | "name" | "osp";
  'NetworkNameNcNn': string;
  'NetworkNamePayload': string;
  'NetworkNameRecTrap': number;
  'NetworkNameRecTrapEn': boolean;
  'NetworkState': "beginNodeAdmissionState" | "newNodeTypeOneProbeTxState" | "newNodeTypeOneProbeRxState" | "newGcdDistributionState" | "beginPhyProfileState" | "steadyState" | "typeThreeProbeState" | "lmoTypeOneProbeState" | "lmoNodeGcdDistributionState" | "beginLmoPhyProfileState" | "lmoGcdTypeOneProbeLinkState" | "alternateChannelQuietLineState" | "alternateChannelEvmProbeState" | "unsolicitedProbeReportState" | "beginUnsolicitedPhyProfileState" | "rxDeterminedProbeState" | "calibrationState";
  'NetworkTabooMask': string;
  'NodeDropAdmFailureTrap': number;
  'NodeDropMpsTriggeredTrap': number;
  'NodeDropNcChgTrap': number;
  'NodeDropNcTrap': number;
  'NodeDropTrapEn': boolean;
  'NodeID': number;
  'NodeTabooMask': string;
  'NumChannels': number;
  'NumNodes': number;
  'NumNodesChangeEnable': boolean;
  'NumNodesChangeTrap': number;
  'PacketAggregationCapability': number;
  'PasswordHash': string;
  'Per25Mode': number;
  'PerMode': number;
  'PhyThreshold': number;
  'PhyThresholdTrapEnable': boolean;
  'PolicingEnable': boolean;
  'PowerCntlPhyTarget': number;
  'PowerStateBcstRecTrap': number;
  'PowerStateCap': "m0Active" | "m1LowPowerIdle" | "m2Standby" | "m3Sleep";
  'PowerStateM0NcTrap': number;
  'PowerStateNc1xTrap': number;
  'PowerStateNetVerTrap': number;
  'PowerStateRequest': "m0Active" | "m1LowPowerIdle" | "m2Standby" | "m3Sleep";
  'PowerStateResp': boolean;
  'PowerStateRespTrap': number;
  'PowerStateStatus': "m0Active" | "m1LowPowerIdle" | "m2Standby" | "m3Sleep";
  'PowerStateTrapEnable': boolean;
  'PowerStateTrnsReqTrap': number;
  'PowerStateUcstPenTrap': number;
  'PowerStateWupUrTrap': number;
  'PreferredNC': boolean;
  'PrimaryChannelOffset': number;
  'PrimaryOffset': number;
  'PrivacyEnabled': boolean;
  'PrivacyEnabledSetting': boolean;
  'PrivacyNc': readonly ("mocaReserved5" | "mocaReserved4" | "mocaReserved3" | "mocaReserved2" | "mocaReserved1" | "moca2EnhancedPrivacy" | "moca20Privacy" | "moca1Privacy")[];
  'PrivacySupported': readonly ("mocaReserved5" | "mocaReserved4" | "mocaReserved3" | "mocaReserved2" | "mocaReserved1" | "moca2EnhancedPrivacy" | "moca20Privacy" | "moca1Privacy")[];
  'QAM256Capable': boolean;
  'QoS'?: Device_MoCA_Interface_QoS;
  'Reset'?: Device_MoCA_Interface_Reset;
  'ResetCount': number;
  'ResetReason': string;
  'Rlapm'?: { [instance: number]: Device_MoCA_Interface_Rlapm };
  'RlapmEnable': boolean;
  'RlapmNumberOfEntries': number;
  'RlapmProfileSelect': number;
  'Sapm'?: { [instance: number]: Device_MoCA_Interface_Sapm };
  'SapmEnable': boolean;
  'SapmNumberOfEntries': number;
  'SapmProfileSelect': number;
  'SecondaryChannelOffset': number;
  'SecondaryOffset': number;
  'SeqNumMr': number;
  'Stats'?: Device_MoCA_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'StatusChangeEnable': boolean;
  'StatusChangeTrap': number;
  'SupportedBands': readonly ("reserved" | "bandFCBL" | "bandFSAT" | "bandE" | "bandExD" | "bandDH" | "bandDL" | "noBand")[];
  'SupportedEgressPqosFlows': number;
  'SupportedIngressPqosFlows': number;
  'TlpMax': number;
  'TlpMin': number;
  'TpcEnable': boolean;
  'TpcTargetRateNper': number;
  'TrafficPermissionEthertype': string;
  'TrafficPermissionLink': string;
  'TurboModeEnable': boolean;
  'TxBcastPowerReduction': number;
  'TxBcastRate': number;
  'TxPowerLimit': number;
  'Upstream': boolean;
}

/** Device.MoCA.Interface.{i}.Aca. */
export interface Device_MoCA_Interface_Aca {
  'Channel': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_BadChannel" | "Error_NoEvmProbe";
  'NodeID': number;
  'PowerProfile': string;
  'ReportNodeMask': string;
  'TotalRxPower': number;
  'Type': "quiet" | "evm";
}

/** Device.MoCA.Interface.{i}.AccessControl.{i}. */
export interface Device_MoCA_Interface_AccessControl {
  'Enable': boolean;
  'MACAddress': string;
}

/** Device.MoCA.Interface.{i}.AssociatedDevice.{i}. */
export interface Device_MoCA_Interface_AssociatedDevice {
  'Active': boolean;
  'AeNumber': number;
  'AggregationSize': number;
  'BondingCapable': boolean;
  'EgressNodeNumFlows': number;
  'EnhancedPrivacyCapable': boolean;
  'HighestVersion': string;
  'IngressNodeNumFlows': number;
  'LinkType': "moca1PHY" | "primary" | "bonded" | "m25300MHz" | "m25400MHz" | "m25500MHz";
  'MACAddress': string;
  'Moca25PhyCapable': boolean;
  'NodeID': number;
  'PDelay': number;
  'PHYRxRate': number;
  'PHYTxRate': number;
  'PacketAggregationCapability': number;
  'PowerState': "m0Active" | "m1LowPowerIdle" | "m2Standby" | "m3Sleep";
  'PowerStateCapability': "m0Active" | "m1LowPowerIdle" | "m2Standby" | "m3Sleep";
  'PreferredNC': boolean;
  'QAM256Capable': boolean;
  'RxBcastPowerLevel': number;
  'RxCorrected': bigint;
  'RxErroredAndMissedPackets': number;
  'RxPackets': bigint;
  'RxPowerLevel': number;
  'RxPwrList': string;
  'RxSNR': number;
  'RxSNRList': string;
  'SupportedEgressPqosFlows': number;
  'SupportedIngressPqosFlows': number;
  'TxBcastRate': number;
  'TxDrops': number;
  'TxPackets': bigint;
  'TxPowerControlReduction': number;
  'TxPwrList': string;
  'TxPwrReductionList': string;
}

/** Device.MoCA.Interface.{i}.Bridge.{i}. */
export interface Device_MoCA_Interface_Bridge {
  'MACAddresses': readonly string[];
  'NodeIndex': number;
}

/** Device.MoCA.Interface.{i}.Mesh.{i}. */
export interface Device_MoCA_Interface_Mesh {
  'LinkType': "moca1PHY" | "primary" | "bonded";
  'Power': string;
  'PowerReduction': string;
  'RxNodeIndex': number;
  'RxSNR': string;
  'TxNodeIndex': number;
  'TxRate': number;
  'TxRateNper': number;
  'TxRateVlper': number;
}

/** Device.MoCA.Interface.{i}.MeshScMod.{i}. */
export interface Device_MoCA_Interface_MeshScMod {
  'ChannelIndex': "primary" | "secondary" | "m25first" | "m25second" | "m25third" | "m25fourth" | "m25fifth";
  'Mod': string;
  'ModM25': string;
  'Nper': string;
  'RxNodeIndex': number;
  'TxNodeIndex': number;
  'Vlper': string;
}

/** Device.MoCA.Interface.{i}.QoS. */
export interface Device_MoCA_Interface_QoS {
  'EgressNumFlows': number;
  'FlowStats'?: { [instance: number]: Device_MoCA_Interface_QoS_FlowStats };
  'FlowStatsNumberOfEntries': number;
  'IngressNumFlows': number;
}

/** Device.MoCA.Interface.{i}.QoS.FlowStats.{i}. */
export interface Device_MoCA_Interface_QoS_FlowStats {
  'Dfid': number;
  'DscpMoca': number;
  'EgressGuid': string;
  'FlowID': string;
  'FlowPackets': number;
  'FlowPer': number;
  'IngressClassify': "ruleDAVLANtag4or5" | "ruleDAonly" | "ruleDAandDSCPnoVLAN" | "ruleDAandVLANignoreDSCP" | "ruleDAandVLANorDSCP";
  'IngressGuid': string;
  'LeaseTime': number;
  'LeaseTimeLeft': number;
  'MaxBurstSize': number;
  'MaxRate': number;
  'MaximumLatency': number;
  'PacketDA': string;
  'ShortTermAvgRatio': number;
  'Tag': number;
  'VlanTag': number;
}

/** Device.MoCA.Interface.{i}.Reset. */
export interface Device_MoCA_Interface_Reset {
  'NetworkTrapEnable': boolean;
  'NodeMask': string;
  'StartTime': number;
  'StatusTrapEnable': boolean;
}

/** Device.MoCA.Interface.{i}.Rlapm.{i}. */
export interface Device_MoCA_Interface_Rlapm {
  'Enable': boolean;
  'Frequency': number;
  'GlobalAggrRxPwrLevel': number;
  'PhyMargin': number;
  'Profile': number;
  'Status': "active" | "notInService" | "notReady" | "createAndGo" | "createAndWait" | "destroy";
}

/** Device.MoCA.Interface.{i}.Sapm.{i}. */
export interface Device_MoCA_Interface_Sapm {
  'AggrRxPwrLevelThreshold': number;
  'Enable': boolean;
  'Frequency': number;
  'PhyMargin': readonly number[];
  'Profile': number;
  'Status': "active" | "notInService" | "notReady" | "createAndGo" | "createAndWait" | "destroy";
}

/** Device.MoCA.Interface.{i}.Stats. */
export interface Device_MoCA_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'RxCorrectedErrors': bigint;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.NAT. */
export interface Device_NAT {
  'InterfaceSetting'?: { [instance: number]: Device_NAT_InterfaceSetting };
  'InterfaceSettingNumberOfEntries': number;
  'MaxNumberOfPortMappings': number;
  'MaxNumberOfPortTriggers': number;
  'PortMapping'?: { [instance: number]: Device_NAT_PortMapping };
  'PortMappingNumberOfEntries': number;
  'PortTrigger'?: { [instance: number]: Device_NAT_PortTrigger };
  'PortTriggerNumberOfEntries': number;
}

/** Device.NAT.InterfaceSetting.{i}. */
export interface Device_NAT_InterfaceSetting {
  'Alias': string;
  'Enable': boolean;
  'Interface': string;
  'SourceNetwork': readonly string[];
  'Status': "Disabled" | "Enabled" | "Enabled_NATForcedDisabled" | "Enabled_PortMappingDisabled" | "Error_Misconfigured" | "Error";
  'TCPTranslationTimeout': number;
  'UDPTranslationTimeout': number;
}

/** Device.NAT.PortMapping.{i}. */
export interface Device_NAT_PortMapping {
  'Alias': string;
  'AllInterfaces': boolean;
  'Description': string;
  'Enable': boolean;
  'ExternalPort': number;
  'ExternalPortEndRange': number;
  'Interface': string;
  'InternalClient': string;
  'InternalPort': number;
  'LeaseDuration': number;
  'Log': boolean;
  'LogRef': readonly string[];
  'Origin': "User" | "System" | "UPnP" | "Controller";
  'Protocol': "TCP" | "UDP";
  'RemainingLeaseTime': number;
  'RemoteHost': string;
  'ScheduleRef': readonly string[];
  'Status': "Disabled" | "Enabled" | "Inactive" | "Error_Misconfigured" | "Error";
}

/** Device.NAT.PortTrigger.{i}. */
export interface Device_NAT_PortTrigger {
  'ActivationDate': string;
  'Alias': string;
  'AutoDisableDuration': number;
  'Description': string;
  'Enable': boolean;
  'Interface': string;
  'Log': boolean;
  'LogRef': readonly string[];
  'Origin': "User" | "System" | "Controller";
  'Port': number;
  'PortEndRange': number;
  'Protocol': "TCP" | "UDP";
  'Rule'?: { [instance: number]: Device_NAT_PortTrigger_Rule };
  'RuleNumberOfEntries': number;
  'ScheduleRef': readonly string[];
  'Status': "Disabled" | "Enabled" | "Inactive" | "Error_Misconfigured" | "Error";
}

/** Device.NAT.PortTrigger.{i}.Rule.{i}. */
export interface Device_NAT_PortTrigger_Rule {
  'Alias': string;
  'Port': number;
  'PortEndRange': number;
  'Protocol': "TCP" | "UDP";
}

/** Device.NeighborDiscovery. */
export interface Device_NeighborDiscovery {
  'Enable': boolean;
  'InterfaceSetting'?: { [instance: number]: Device_NeighborDiscovery_InterfaceSetting };
  'InterfaceSettingNumberOfEntries': number;
}

/** Device.NeighborDiscovery.InterfaceSetting.{i}. */
export interface Device_NeighborDiscovery_InterfaceSetting {
  'Alias': string;
  'DADTransmits': number;
  'Enable': boolean;
  'Interface': string;
  'MaxRtrSolicitations': number;
  'NUDEnable': boolean;
  'RSEnable': boolean;
  'RetransTimer': number;
  'RtrSolicitationInterval': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
}

/** Device.Optical. */
export interface Device_Optical {
  'Interface'?: { [instance: number]: Device_Optical_Interface };
  'InterfaceNumberOfEntries': number;
}

/** Device.Optical.Interface.{i}. */
export interface Device_Optical_Interface {
  'Alias': string;
  'Enable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MaxBitRate': number;
  'Name': string;
  'OpticalSignalLevel': number;
  'SFPReferenceList': readonly string[];
  'Stats'?: Device_Optical_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'TransmitOpticalLevel': number;
  'Upstream': boolean;
}

/** Device.Optical.Interface.{i}.Stats. */
export interface Device_Optical_Interface_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
}

/** Device.PCP. */
export interface Device_PCP {
  'Client'?: { [instance: number]: Device_PCP_Client };
  'ClientNumberOfEntries': number;
  'Enable': boolean;
  'OptionList': readonly number[];
  'PreferredVersion': number;
  'SupportedVersions': readonly number[];
}

/** Device.PCP.Client.{i}. */
export interface Device_PCP_Client {
  'ANNOUNCEEnable': boolean;
  'Alias': string;
  'Enable': boolean;
  'FILTEREnable': boolean;
  'MAPEnable': boolean;
  'PCPProxy'?: Device_PCP_Client_PCPProxy;
  'PEEREnable': boolean;
  'Server'?: { [instance: number]: Device_PCP_Client_Server };
  'ServerNumberOfEntries': number;
  'Status': "Disabled" | "Enabled" | "StackDisabled" | "Error";
  'THIRDPARTYEnable': boolean;
  'THIRDPARTYStatus': "Disabled" | "Enabled" | "Error";
  'UPnPIWF'?: Device_PCP_Client_UPnPIWF;
  'WANInterface': string;
}

/** Device.PCP.Client.{i}.PCPProxy. */
export interface Device_PCP_Client_PCPProxy {
  'Enable': boolean;
  'HighestVersion': number;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.PCP.Client.{i}.Server.{i}. */
export interface Device_PCP_Client_Server {
  'AdditionalServerAddresses': readonly string[];
  'Alias': string;
  'Capabilities': readonly ("NAT44" | "StatelessNAT64" | "StatefulNAT64" | "A+PPortRangeRouter" | "SupportsPORTSETOption" | "IPv4Firewall" | "IPv6Firewall" | "NPTv6" | "DSCPReMarkingFunction" | "FLOWDATAAwareFunction" | "ILNPTranslator")[];
  'CurrentVersion': number;
  'Enable': boolean;
  'ExternalIPAddress': string;
  'InboundMapping'?: { [instance: number]: Device_PCP_Client_Server_InboundMapping };
  'InboundMappingNumberOfEntries': number;
  'MaximumFilters': number;
  'Origin': "DHCPv4" | "DHCPv6" | "Static";
  'OutboundMapping'?: { [instance: number]: Device_PCP_Client_Server_OutboundMapping };
  'OutboundMappingNumberOfEntries': number;
  'PortQuota': number;
  'PreferredLifetime': number;
  'ServerAddressInUse': string;
  'ServerNameOrAddress': string;
  'Status': "Disabled" | "Enabled" | "Connecting" | "Error_Timeout" | "Error_HostNameNotResolved" | "Error_NetworkFailure" | "Error_NotAuthorized" | "Error_Unsupported" | "Error";
}

/** Device.PCP.Client.{i}.Server.{i}.InboundMapping.{i}. */
export interface Device_PCP_Client_Server_InboundMapping {
  'Alias': string;
  'AssignedExternalIPAddress': string;
  'AssignedExternalPort': number;
  'AssignedExternalPortEndRange': number;
  'Description': string;
  'Enable': boolean;
  'ErrorCode': number;
  'Filter'?: { [instance: number]: Device_PCP_Client_Server_InboundMapping_Filter };
  'FilterNumberOfEntries': number;
  'InternalPort': number;
  'Lifetime': number;
  'Origin': "Internal" | "UPnP_IWF" | "PCP_Proxy" | "Static";
  'ProtocolNumber': number;
  'Status': "Disabled" | "Enabled" | "Error_PCPErrorCodeReceived" | "Error";
  'SuggestedExternalIPAddress': string;
  'SuggestedExternalPort': number;
  'SuggestedExternalPortEndRange': number;
  'ThirdPartyAddress': string;
}

/** Device.PCP.Client.{i}.Server.{i}.InboundMapping.{i}.Filter.{i}. */
export interface Device_PCP_Client_Server_InboundMapping_Filter {
  'Alias': string;
  'PrefixLength': number;
  'RemoteHostIPAddress': string;
  'RemotePort': number;
  'RemotePortEndRange': number;
}

/** Device.PCP.Client.{i}.Server.{i}.OutboundMapping.{i}. */
export interface Device_PCP_Client_Server_OutboundMapping {
  'Alias': string;
  'AssignedExternalIPAddress': string;
  'AssignedExternalPort': number;
  'Description': string;
  'Enable': boolean;
  'ErrorCode': number;
  'InternalPort': number;
  'Lifetime': number;
  'Origin': "Internal" | "UPnP_IWF" | "PCP_Proxy" | "Static";
  'ProtocolNumber': number;
  'RemoteHostIPAddress': string;
  'RemotePort': number;
  'Status': "Disabled" | "Enabled" | "Error_PCPErrorCodeReceived" | "Error";
  'SuggestedExternalIPAddress': string;
  'SuggestedExternalPort': number;
  'ThirdPartyAddress': string;
}

/** Device.PCP.Client.{i}.UPnPIWF. */
export interface Device_PCP_Client_UPnPIWF {
  'Enable': boolean;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.PDU. */
export interface Device_PDU {
  'Session'?: { [instance: number]: Device_PDU_Session };
  'SessionNumberOfEntries': number;
}

/** Device.PDU.Session.{i}. */
export interface Device_PDU_Session {
  'Alias': string;
  'AlwaysOn': boolean;
  'DNN': string;
  'Interface': string;
  'LastError': number;
  'NetworkSlice'?: Device_PDU_Session_NetworkSlice;
  'PCO'?: Device_PDU_Session_PCO;
  'PDUIPv4Address': string;
  'PDUIPv6InterfaceIdentifier': string;
  'PTI': number;
  'QoSFlow'?: { [instance: number]: Device_PDU_Session_QoSFlow };
  'QoSFlowNumberOfEntries': number;
  'QoSRule'?: { [instance: number]: Device_PDU_Session_QoSRule };
  'QoSRuleNumberOfEntries': number;
  'RQTimerValue': number;
  'SSC': number;
  'SessionAMBRDownlink': bigint;
  'SessionAMBRUplink': bigint;
  'SessionID': number;
  'SessionType': "IPv4" | "IPv6" | "IPv4v6" | "Unstructured";
}

/** Device.PDU.Session.{i}.NetworkSlice. */
export interface Device_PDU_Session_NetworkSlice {
  'SliceDifferentiator': number;
  'SliceServiceType': "eMBB" | "URLLC" | "MIoT" | "V2X";
}

/** Device.PDU.Session.{i}.PCO. */
export interface Device_PDU_Session_PCO {
  'IPv4DNS': readonly string[];
  'IPv4PCSCF': string;
  'IPv6DNS': readonly string[];
  'IPv6PCSCF': string;
}

/** Device.PDU.Session.{i}.QoSFlow.{i}. */
export interface Device_PDU_Session_QoSFlow {
  'Alias': string;
  'AveragingWindow': number;
  'EPSBearer': number;
  'FiveQI': number;
  'GFBRDownlink': bigint;
  'GFBRUplink': bigint;
  'MFBRDownlink': bigint;
  'MFBRUplink': bigint;
  'QFI': number;
}

/** Device.PDU.Session.{i}.QoSRule.{i}. */
export interface Device_PDU_Session_QoSRule {
  'Alias': string;
  'DQR': boolean;
  'Filter'?: { [instance: number]: Device_PDU_Session_QoSRule_Filter };
  'FilterNumberOfEntries': number;
  'Identifier': number;
  'Precedence': number;
  'QFI': number;
  'Segregation': boolean;
}

/** Device.PDU.Session.{i}.QoSRule.{i}.Filter.{i}. */
export interface Device_PDU_Session_QoSRule_Filter {
  'Alias': string;
  'Direction': "downlink" | "uplink" | "bidirectional";
  'Type': number;
  'Value': string;
}

/** Device.PPP. */
export interface Device_PPP {
  'Interface'?: { [instance: number]: Device_PPP_Interface };
  'InterfaceNumberOfEntries': number;
  'SupportedNCPs': readonly ("ATCP" | "IPCP" | "IPXCP" | "NBFCP" | "IPv6CP")[];
}

/** Device.PPP.Interface.{i}. */
export interface Device_PPP_Interface {
  'Alias': string;
  'AuthenticationProtocol': "None" | "PAP" | "CHAP" | "MS-CHAP";
  'AutoDisconnectTime': number;
  'CompressionProtocol': "None" | "Van Jacobson" | "STAC LZS";
  'ConnectionStatus': "Unconfigured" | "Connecting" | "Authenticating" | "Connected" | "PendingDisconnect" | "Disconnecting" | "Disconnected";
  'ConnectionTrigger': "OnDemand" | "AlwaysOn" | "Manual";
  'CurrentMRUSize': number;
  'Enable': boolean;
  'EncryptionProtocol': "None" | "MPPE";
  'IPCP'?: Device_PPP_Interface_IPCP;
  'IPCPEnable': boolean;
  'IPv6CP'?: Device_PPP_Interface_IPv6CP;
  'IPv6CPEnable': boolean;
  'IdleDisconnectTime': number;
  'LCPEcho': number;
  'LCPEchoAdaptive': boolean;
  'LCPEchoRetry': number;
  'LastChange': number;
  'LastConnectionError': "ERROR_NONE" | "ERROR_ISP_TIME_OUT" | "ERROR_COMMAND_ABORTED" | "ERROR_NOT_ENABLED_FOR_INTERNET" | "ERROR_BAD_PHONE_NUMBER" | "ERROR_USER_DISCONNECT" | "ERROR_ISP_DISCONNECT" | "ERROR_IDLE_DISCONNECT" | "ERROR_FORCED_DISCONNECT" | "ERROR_SERVER_OUT_OF_RESOURCES" | "ERROR_RESTRICTED_LOGON_HOURS" | "ERROR_ACCOUNT_DISABLED" | "ERROR_ACCOUNT_EXPIRED" | "ERROR_PASSWORD_EXPIRED" | "ERROR_AUTHENTICATION_FAILURE" | "ERROR_NO_DIALTONE" | "ERROR_NO_CARRIER" | "ERROR_NO_ANSWER" | "ERROR_LINE_BUSY" | "ERROR_UNSUPPORTED_BITSPERSECOND" | "ERROR_TOO_MANY_LINE_ERRORS" | "ERROR_IP_CONFIGURATION" | "ERROR_UNKNOWN";
  'LowerLayers': readonly string[];
  'MaxMRUSize': number;
  'Name': string;
  'PPPoE'?: Device_PPP_Interface_PPPoE;
  'Password': string;
  'Reset': boolean;
  'Stats'?: Device_PPP_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'Username': string;
  'WarnDisconnectDelay': number;
}

/** Device.PPP.Interface.{i}.IPCP. */
export interface Device_PPP_Interface_IPCP {
  'DNSServers': readonly string[];
  'LocalIPAddress': string;
  'PassthroughDHCPPool': string;
  'PassthroughEnable': boolean;
  'RemoteIPAddress': string;
}

/** Device.PPP.Interface.{i}.IPv6CP. */
export interface Device_PPP_Interface_IPv6CP {
  'LocalInterfaceIdentifier': string;
  'RemoteInterfaceIdentifier': string;
}

/** Device.PPP.Interface.{i}.PPPoE. */
export interface Device_PPP_Interface_PPPoE {
  'ACName': string;
  'ServiceName': string;
  'SessionID': number;
}

/** Device.PPP.Interface.{i}.Stats. */
export interface Device_PPP_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.PTM. */
export interface Device_PTM {
  'Link'?: { [instance: number]: Device_PTM_Link };
  'LinkNumberOfEntries': number;
}

/** Device.PTM.Link.{i}. */
export interface Device_PTM_Link {
  'Alias': string;
  'Enable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MACAddress': string;
  'Name': string;
  'Stats'?: Device_PTM_Link_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
}

/** Device.PTM.Link.{i}.Stats. */
export interface Device_PTM_Link_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.PacketCaptureDiagnostics. */
export interface Device_PacketCaptureDiagnostics {
  'ByteCount': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
  'Duration': number;
  'FileTarget': string;
  'FilterExpression': string;
  'Format': "libpcap" | "pcapng";
  'Interface': string;
  'PacketCaptureResult'?: { [instance: number]: Device_PacketCaptureDiagnostics_PacketCaptureResult };
  'PacketCaptureResultNumberOfEntries': number;
  'PacketCount': number;
  'Password': string;
  'Username': string;
}

/** Device.PacketCaptureDiagnostics.PacketCaptureResult.{i}. */
export interface Device_PacketCaptureDiagnostics_PacketCaptureResult {
  'Count': number;
  'EndTime': string;
  'FileLocation': string;
  'StartTime': string;
}

/** Device.PeriodicStatistics. */
export interface Device_PeriodicStatistics {
  'MaxReportSamples': number;
  'MinSampleInterval': number;
  'SampleSet'?: { [instance: number]: Device_PeriodicStatistics_SampleSet };
  'SampleSetNumberOfEntries': number;
}

/** Device.PeriodicStatistics.SampleSet.{i}. */
export interface Device_PeriodicStatistics_SampleSet {
  'Alias': string;
  'Enable': boolean;
  'FetchSamples': number;
  'ForceSample': boolean;
  'Name': string;
  'Parameter'?: { [instance: number]: Device_PeriodicStatistics_SampleSet_Parameter };
  'ParameterNumberOfEntries': number;
  'ReportEndTime': string;
  'ReportSamples': number;
  'ReportStartTime': string;
  'SampleInterval': number;
  'SampleSeconds': readonly number[];
  'Status': "Disabled" | "Enabled" | "Trigger";
  'TimeReference': string;
}

/** Device.PeriodicStatistics.SampleSet.{i}.Parameter.{i}. */
export interface Device_PeriodicStatistics_SampleSet_Parameter {
  'Alias': string;
  'CalculationMode': "Latest" | "Minimum" | "Maximum" | "Average" | "Histogram";
  'Enable': boolean;
  'Failures': number;
  'HighThreshold': number;
  'HistogramBinBoundaries': readonly string[];
  'LowThreshold': number;
  'Reference': string;
  'SampleMode': "Current" | "Change";
  'SampleSeconds': readonly number[];
  'SuspectData': readonly number[];
  'Values': readonly string[];
  'ValuesIfHistogram': readonly string[];
}

/** Device.QoS. */
export interface Device_QoS {
  'App'?: { [instance: number]: Device_QoS_App };
  'AppNumberOfEntries': number;
  'AvailableAppList': readonly string[];
  'Classification'?: { [instance: number]: Device_QoS_Classification };
  'ClassificationNumberOfEntries': number;
  'DefaultDSCPMark': number;
  'DefaultEthernetPriorityMark': number;
  'DefaultForwardingPolicy': number;
  'DefaultInnerEthernetPriorityMark': number;
  'DefaultPolicer': string;
  'DefaultQueue': string;
  'DefaultTrafficClass': number;
  'Flow'?: { [instance: number]: Device_QoS_Flow };
  'FlowNumberOfEntries': number;
  'MaxAppEntries': number;
  'MaxClassificationEntries': number;
  'MaxFlowEntries': number;
  'MaxPolicerEntries': number;
  'MaxQueueEntries': number;
  'MaxSchedulerEntries': number;
  'MaxShaperEntries': number;
  'Policer'?: { [instance: number]: Device_QoS_Policer };
  'PolicerNumberOfEntries': number;
  'Queue'?: { [instance: number]: Device_QoS_Queue };
  'QueueNumberOfEntries': number;
  'QueueStats'?: { [instance: number]: Device_QoS_QueueStats };
  'QueueStatsNumberOfEntries': number;
  'Scheduler'?: { [instance: number]: Device_QoS_Scheduler };
  'SchedulerNumberOfEntries': number;
  'Shaper'?: { [instance: number]: Device_QoS_Shaper };
  'ShaperNumberOfEntries': number;
}

/** Device.QoS.App.{i}. */
export interface Device_QoS_App {
  'Alias': string;
  'DefaultDSCPMark': number;
  'DefaultEthernetPriorityMark': number;
  'DefaultForwardingPolicy': number;
  'DefaultInnerEthernetPriorityMark': number;
  'DefaultPolicer': string;
  'DefaultTrafficClass': number;
  'Enable': boolean;
  'Name': string;
  'ProtocolIdentifier': string;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.QoS.Classification.{i}. */
export interface Device_QoS_Classification {
  'Alias': string;
  'AllInterfaces': boolean;
  'App': string;
  'DHCPType': "DHCPv4" | "DHCPv6";
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
  'DestVendorClassIDv6': string;
  'DestVendorSpecificInfo': string;
  'DestVendorSpecificInfoEnterprise': number;
  'DestVendorSpecificInfoExclude': boolean;
  'DestVendorSpecificInfoSubOption': number;
  'Enable': boolean;
  'EthernetDEICheck': number;
  'EthernetDEIExclude': boolean;
  'EthernetPriorityCheck': number;
  'EthernetPriorityExclude': boolean;
  'EthernetPriorityMark': number;
  'Ethertype': number;
  'EthertypeExclude': boolean;
  'ForwardingPolicy': number;
  'IPLengthExclude': boolean;
  'IPLengthMax': number;
  'IPLengthMin': number;
  'IPVersion': number;
  'InnerEthernetPriorityCheck': number;
  'InnerEthernetPriorityExclude': boolean;
  'InnerEthernetPriorityMark': number;
  'Interface': string;
  'LLCControl': number;
  'LLCControlExclude': boolean;
  'Order': number;
  'OutOfBandInfo': number;
  'Policer': string;
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
  'SourceVendorClassIDv6': string;
  'SourceVendorSpecificInfo': string;
  'SourceVendorSpecificInfoEnterprise': number;
  'SourceVendorSpecificInfoExclude': boolean;
  'SourceVendorSpecificInfoSubOption': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'TCPACK': boolean;
  'TCPACKExclude': boolean;
  'TrafficClass': number;
  'VLANIDCheck': number;
  'VLANIDExclude': boolean;
}

/** Device.QoS.Flow.{i}. */
export interface Device_QoS_Flow {
  'Alias': string;
  'App': string;
  'DSCPMark': number;
  'Enable': boolean;
  'EthernetPriorityMark': number;
  'ForwardingPolicy': number;
  'InnerEthernetPriorityMark': number;
  'Name': string;
  'Policer': string;
  'Status': "Disabled" | "Enabled" | "Error";
  'TrafficClass': number;
  'Type': string;
  'TypeParameters': readonly string[];
}

/** Device.QoS.Policer.{i}. */
export interface Device_QoS_Policer {
  'Alias': string;
  'CommittedBurstSize': number;
  'CommittedRate': bigint;
  'ConformingAction': string;
  'ConformingCountedBytes': number;
  'ConformingCountedPackets': number;
  'Enable': boolean;
  'ExcessBurstSize': number;
  'MeterType': string;
  'NonConformingAction': string;
  'NonConformingCountedBytes': number;
  'NonConformingCountedPackets': number;
  'PartialConformingAction': string;
  'PartiallyConformingCountedBytes': number;
  'PartiallyConformingCountedPackets': number;
  'PeakBurstSize': number;
  'PeakRate': bigint;
  'PossibleMeterTypes': readonly ("SimpleTokenBucket" | "SingleRateThreeColor" | "TwoRateThreeColor")[];
  'Status': "Disabled" | "Enabled" | "Error";
  'TotalCountedBytes': number;
  'TotalCountedPackets': number;
}

/** Device.QoS.Queue.{i}. */
export interface Device_QoS_Queue {
  'Alias': string;
  'AllInterfaces': boolean;
  'AssuredRate': bigint;
  'BufferLength': number;
  'Children': readonly string[];
  'CurrentAssuredRate': bigint;
  'CurrentShapingRate': bigint;
  'DropAlgorithm': "RED" | "DT" | "WRED" | "BLUE";
  'Enable': boolean;
  'HardwareAssisted': boolean;
  'Interface': string;
  'Precedence': number;
  'REDPercentage': number;
  'REDThreshold': number;
  'SchedulerAlgorithm': "WFQ" | "WRR" | "SP";
  'ShapingBurstSize': number;
  'ShapingRate': bigint;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'TrafficClasses': readonly number[];
  'Weight': number;
}

/** Device.QoS.QueueStats.{i}. */
export interface Device_QoS_QueueStats {
  'Alias': string;
  'DroppedBytes': number;
  'DroppedPackets': number;
  'Enable': boolean;
  'Interface': string;
  'OutputBytes': number;
  'OutputPackets': number;
  'Queue': string;
  'QueueOccupancyPackets': number;
  'QueueOccupancyPercentage': number;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.QoS.Scheduler.{i}. */
export interface Device_QoS_Scheduler {
  'Alias': string;
  'AssuredRate': bigint;
  'Children': readonly string[];
  'DefaultQueue': string;
  'Enable': boolean;
  'Interface': string;
  'SchedulerAlgorithm': "WFQ" | "WRR" | "SP";
  'ShapingRate': bigint;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
}

/** Device.QoS.Shaper.{i}. */
export interface Device_QoS_Shaper {
  'Alias': string;
  'Children': readonly string[];
  'Enable': boolean;
  'Interface': string;
  'ShapingBurstSize': number;
  'ShapingRate': bigint;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
}

/** Device.RadSecProxy. */
export interface Device_RadSecProxy {
  'Client'?: { [instance: number]: Device_RadSecProxy_Client };
  'ClientNumberOfEntries': number;
  'Enable': boolean;
  'ListenConfig'?: { [instance: number]: Device_RadSecProxy_ListenConfig };
  'ListenConfigNumberOfEntries': number;
  'Realm'?: { [instance: number]: Device_RadSecProxy_Realm };
  'RealmNumberOfEntries': number;
  'Server'?: { [instance: number]: Device_RadSecProxy_Server };
  'ServerNumberOfEntries': number;
  'SourceConfig'?: { [instance: number]: Device_RadSecProxy_SourceConfig };
  'SourceConfigNumberOfEntries': number;
  'Status': "Disabled" | "Enabled" | "Error";
  'TLS'?: { [instance: number]: Device_RadSecProxy_TLS };
  'TLSNumberOfEntries': number;
}

/** Device.RadSecProxy.Client.{i}. */
export interface Device_RadSecProxy_Client {
  'Address': string;
  'Alias': string;
  'Enable': boolean;
  'Protocol': "UDP" | "TCP" | "TLS" | "DTLS";
  'Secret': string;
  'Status': "Disabled" | "Enabled" | "Error";
  'TLS': string;
}

/** Device.RadSecProxy.ListenConfig.{i}. */
export interface Device_RadSecProxy_ListenConfig {
  'Alias': string;
  'Interface': string;
  'Port': number;
  'Protocol': "UDP" | "TCP" | "TLS" | "DTLS";
}

/** Device.RadSecProxy.Realm.{i}. */
export interface Device_RadSecProxy_Realm {
  'AccountingResponse': boolean;
  'AccountingServer': string;
  'Alias': string;
  'Enable': boolean;
  'Pattern': string;
  'Server': string;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.RadSecProxy.Server.{i}. */
export interface Device_RadSecProxy_Server {
  'Address': string;
  'Alias': string;
  'Enable': boolean;
  'Port': number;
  'Protocol': "UDP" | "TCP" | "TLS" | "DTLS";
  'Secret': string;
  'Status': "Disabled" | "Enabled" | "Error";
  'TLS': string;
}

/** Device.RadSecProxy.SourceConfig.{i}. */
export interface Device_RadSecProxy_SourceConfig {
  'Alias': string;
  'Interface': string;
  'Port': number;
  'Protocol': "UDP" | "TCP" | "TLS" | "DTLS";
}

/** Device.RadSecProxy.TLS.{i}. */
export interface Device_RadSecProxy_TLS {
  'Alias': string;
  'CABundle': string;
  'Certificate': string;
  'TLSVersion': "SSL3" | "TLS1_Only" | "TLS1_Or_Later" | "TLS1_1_Only" | "TLS1_1_Or_Later" | "TLS1_2_Only" | "TLS1_2_Or_Later" | "TLS1_3_Only" | "TLS1_3_Or_Later" | "DTLS1_Only" | "DTLS1_Or_Later" | "DTLS1_2_Only" | "DTLS1_2_Or_Later";
}

/** Device.RouterAdvertisement. */
export interface Device_RouterAdvertisement {
  'Enable': boolean;
  'InterfaceSetting'?: { [instance: number]: Device_RouterAdvertisement_InterfaceSetting };
  'InterfaceSettingNumberOfEntries': number;
}

/** Device.RouterAdvertisement.InterfaceSetting.{i}. */
export interface Device_RouterAdvertisement_InterfaceSetting {
  'AdvCurHopLimit': number;
  'AdvDNSSLLifetime': number;
  'AdvDefaultLifetime': number;
  'AdvLinkMTU': number;
  'AdvManagedFlag': boolean;
  'AdvMobileAgentFlag': boolean;
  'AdvNDProxyFlag': boolean;
  'AdvOtherConfigFlag': boolean;
  'AdvPreferredRouterFlag': "High" | "Medium" | "Low";
  'AdvRDNSSLifetime': number;
  'AdvReachableTime': number;
  'AdvRetransTimer': number;
  'Alias': string;
  'DNSSL': readonly string[];
  'Enable': boolean;
  'Interface': string;
  'ManualPrefixes': readonly string[];
  'MaxRtrAdvInterval': number;
  'MinRtrAdvInterval': number;
  'Option'?: { [instance: number]: Device_RouterAdvertisement_InterfaceSetting_Option };
  'OptionNumberOfEntries': number;
  'Prefixes': readonly string[];
  'RDNSS': readonly string[];
  'RDNSSMode': "Static" | "LLA" | "GUA" | "LLA_GUA";
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
}

/** Device.RouterAdvertisement.InterfaceSetting.{i}.Option.{i}. */
export interface Device_RouterAdvertisement_InterfaceSetting_Option {
  'Alias': string;
  'Enable': boolean;
  'Tag': number;
  'Value': string;
}

/** Device.Routing. */
export interface Device_Routing {
  'Babel'?: Device_Routing_Babel;
  'RIP'?: Device_Routing_RIP;
  'RouteInformation'?: Device_Routing_RouteInformation;
  'Router'?: { [instance: number]: Device_Routing_Router };
  'RouterNumberOfEntries': number;
}

/** Device.Routing.Babel. */
export interface Device_Routing_Babel {
  'Constants'?: Device_Routing_Babel_Constants;
  'DTLSCertSet'?: { [instance: number]: Device_Routing_Babel_DTLSCertSet };
  'DTLSCertSetNumberOfEntries': number;
  'Enable': boolean;
  'ImplementationVersion': string;
  'InterfaceSetting'?: { [instance: number]: Device_Routing_Babel_InterfaceSetting };
  'InterfaceSettingNumberOfEntries': number;
  'MACKeySet'?: { [instance: number]: Device_Routing_Babel_MACKeySet };
  'MACKeySetNumberOfEntries': number;
  'Route'?: { [instance: number]: Device_Routing_Babel_Route };
  'RouteNumberOfEntries': number;
  'SelfRouterID': string;
  'SelfSeqno': number;
  'StatsEnable': boolean;
  'StatsReset': boolean;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'SupportedDTLSCertTypes': readonly ("X.509" | "RawPublicKey")[];
  'SupportedMACAlgorithms': readonly ("HMAC-SHA256" | "BLAKE2s-128")[];
  'SupportedMetricCompAlgorithms': readonly ("2-out-of-3" | "ETX")[];
  'SupportedSecurityMechanisms': readonly ("MAC" | "DTLS")[];
}

/** Device.Routing.Babel.Constants. */
export interface Device_Routing_Babel_Constants {
  'MulticastGroup': string;
  'UDPPort': number;
}

/** Device.Routing.Babel.DTLSCertSet.{i}. */
export interface Device_Routing_Babel_DTLSCertSet {
  'Alias': string;
  'DTLSCert'?: { [instance: number]: Device_Routing_Babel_DTLSCertSet_DTLSCert };
  'DTLSCertNumberOfEntries': number;
  'DefaultApply': boolean;
}

/** Device.Routing.Babel.DTLSCertSet.{i}.DTLSCert.{i}. */
export interface Device_Routing_Babel_DTLSCertSet_DTLSCert {
  'Alias': string;
  'CertPrivateKey': string;
  'CertType': string;
  'CertValue': string;
}

/** Device.Routing.Babel.InterfaceSetting.{i}. */
export interface Device_Routing_Babel_InterfaceSetting {
  'Alias': string;
  'CachedInfoEnabled': boolean;
  'DTLSCertPrefer': string;
  'DTLSEnabled': boolean;
  'Enable': boolean;
  'InterfaceDTLSCertSets': readonly string[];
  'InterfaceMACKeySets': readonly string[];
  'InterfaceMetricAlgorithm': string;
  'InterfaceReference': string;
  'MACEnabled': boolean;
  'MACVerify': boolean;
  'McastHelloInterval': number;
  'McastHelloSeqno': number;
  'Neighbor'?: { [instance: number]: Device_Routing_Babel_InterfaceSetting_Neighbor };
  'NeighborNumberOfEntries': number;
  'PacketLog': string;
  'PacketLogEnable': boolean;
  'SplitHorizonEnabled': boolean;
  'Stats'?: Device_Routing_Babel_InterfaceSetting_Stats;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'UpdateInterval': number;
}

/** Device.Routing.Babel.InterfaceSetting.{i}.Neighbor.{i}. */
export interface Device_Routing_Babel_InterfaceSetting_Neighbor {
  'Cost': number;
  'ExpectedMCastHelloSeqno': number;
  'ExpectedUCastHelloSeqno': number;
  'HelloMCastHistory': string;
  'HelloUCastHistory': string;
  'NeighborAddress': string;
  'RXCost': number;
  'TXCost': number;
  'UnicastHelloInterval': number;
  'UnicastHelloSeqno': number;
}

/** Device.Routing.Babel.InterfaceSetting.{i}.Stats. */
export interface Device_Routing_Babel_InterfaceSetting_Stats {
  'ReceivedPackets': bigint;
  'SentIHU': bigint;
  'SentMcastHello': bigint;
  'SentMcastUpdate': bigint;
  'SentUcastHello': bigint;
  'SentUcastUpdate': bigint;
}

/** Device.Routing.Babel.MACKeySet.{i}. */
export interface Device_Routing_Babel_MACKeySet {
  'Alias': string;
  'DefaultApply': boolean;
  'MACKey'?: { [instance: number]: Device_Routing_Babel_MACKeySet_MACKey };
  'MACKeyNumberOfEntries': number;
}

/** Device.Routing.Babel.MACKeySet.{i}.MACKey.{i}. */
export interface Device_Routing_Babel_MACKeySet_MACKey {
  'Alias': string;
  'InputMAC': string;
  'InputString': string;
  'KeyUseSend': boolean;
  'KeyUseVerify': boolean;
  'KeyValue': string;
  'MACKeyAlgorithm': string;
  'MACTestState': "None" | "Requested" | "Canceled" | "Complete" | "Error";
  'Match': boolean;
}

/** Device.Routing.Babel.Route.{i}. */
export interface Device_Routing_Babel_Route {
  'CalculatedMetric': number;
  'Neighbor': string;
  'NextHop': string;
  'ReceivedMetric': number;
  'RouteFeasible': boolean;
  'RoutePrefix': string;
  'RouteSelected': boolean;
  'RouteSeqno': number;
  'SourceRouterID': string;
}

/** Device.Routing.RIP. */
export interface Device_Routing_RIP {
  'Enable': boolean;
  'InterfaceSetting'?: { [instance: number]: Device_Routing_RIP_InterfaceSetting };
  'InterfaceSettingNumberOfEntries': number;
  'SupportedModes': "Send" | "Receive" | "Both";
}

/** Device.Routing.RIP.InterfaceSetting.{i}. */
export interface Device_Routing_RIP_InterfaceSetting {
  'AcceptRA': boolean;
  'Alias': string;
  'Enable': boolean;
  'Interface': string;
  'SendRA': boolean;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
}

/** Device.Routing.RouteInformation. */
export interface Device_Routing_RouteInformation {
  'Enable': boolean;
  'InterfaceSetting'?: { [instance: number]: Device_Routing_RouteInformation_InterfaceSetting };
  'InterfaceSettingNumberOfEntries': number;
}

/** Device.Routing.RouteInformation.InterfaceSetting.{i}. */
export interface Device_Routing_RouteInformation_InterfaceSetting {
  'HomeAgent': boolean;
  'Interface': string;
  'ManagedAddressConfiguration': boolean;
  'Option'?: { [instance: number]: Device_Routing_RouteInformation_InterfaceSetting_Option };
  'OptionNumberOfEntries': number;
  'OtherConfiguration': boolean;
  'PreferredRouteFlag': "High" | "Medium" | "Low";
  'Prefix': string;
  'ReachableTime': number;
  'RetransTimer': number;
  'RouteLifetime': string;
  'SourceRouter': string;
  'Status': "ForwardingEntryCreated" | "NoForwardingEntry" | "Error";
}

/** Device.Routing.RouteInformation.InterfaceSetting.{i}.Option.{i}. */
export interface Device_Routing_RouteInformation_InterfaceSetting_Option {
  'Alias': string;
  'Tag': number;
  'Value': string;
}

/** Device.Routing.Router.{i}. */
export interface Device_Routing_Router {
  'Alias': string;
  'Enable': boolean;
  'IPv4Forwarding'?: { [instance: number]: Device_Routing_Router_IPv4Forwarding };
  'IPv4ForwardingNumberOfEntries': number;
  'IPv6Forwarding'?: { [instance: number]: Device_Routing_Router_IPv6Forwarding };
  'IPv6ForwardingNumberOfEntries': number;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.Routing.Router.{i}.IPv4Forwarding.{i}. */
export interface Device_Routing_Router_IPv4Forwarding {
  'Alias': string;
  'DestIPAddress': string;
  'DestSubnetMask': string;
  'Enable': boolean;
  'ForwardingMetric': number;
  'ForwardingPolicy': number;
  'GatewayIPAddress': string;
  'Interface': string;
  'Origin': "DHCPv4" | "OSPF" | "IPCP" | "RIP" | "3GPP-NAS" | "Static";
  'StaticRoute': boolean;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'Type': "Normal" | "Receive" | "Blackhole" | "Unreachable" | "Prohibit";
}

/** Device.Routing.Router.{i}.IPv6Forwarding.{i}. */
export interface Device_Routing_Router_IPv6Forwarding {
  'Alias': string;
  'DestIPPrefix': string;
  'Enable': boolean;
  'ExpirationTime': string;
  'ForwardingMetric': number;
  'ForwardingPolicy': number;
  'Interface': string;
  'NextHop': string;
  'Origin': "DHCPv6" | "OSPF" | "RA" | "RIPng" | "3GPP-NAS" | "Static";
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'Type': "Normal" | "Receive" | "Blackhole" | "Unreachable" | "Prohibit";
}

/** Device.SFPs. */
export interface Device_SFPs {
  'Mgmt'?: Device_SFPs_Mgmt;
  'SFPCage'?: { [instance: number]: Device_SFPs_SFPCage };
  'SFPCageNumberOfEntries': number;
}

/** Device.SFPs.Mgmt. */
export interface Device_SFPs_Mgmt {
  'SFF8472'?: { [instance: number]: Device_SFPs_Mgmt_SFF8472 };
  'SFF8472NumberOfEntries': number;
}

/** Device.SFPs.Mgmt.SFF8472.{i}. */
export interface Device_SFPs_Mgmt_SFF8472 {
  'Alias': string;
  'Name': string;
  'Transceiver'?: Device_SFPs_Mgmt_SFF8472_Transceiver;
}

/** Device.SFPs.Mgmt.SFF8472.{i}.Transceiver. */
export interface Device_SFPs_Mgmt_SFF8472_Transceiver {
  'Alarms'?: Device_SFPs_Mgmt_SFF8472_Transceiver_Alarms;
  'BRMax': number;
  'BRMin': number;
  'BRNominal': number;
  'Connector': string;
  'DMCtypeExternalCal': boolean;
  'DMCtypeImplemented': boolean;
  'DMCtypeInternalCal': boolean;
  'DMCtypeRxAvgPwr': boolean;
  'DateCode': string;
  'EMCSPowerLvlOp': boolean;
  'EMCSPowerLvlSelect': boolean;
  'EOCSoftRateSelect': boolean;
  'EOCSoftRxLOS': boolean;
  'EOCSoftTxDisable': boolean;
  'EOCSoftTxFault': boolean;
  'EOCalarmsImplemented': boolean;
  'Encoding': number;
  'LengthOM1': number;
  'LengthOM2': number;
  'LengthOM3': number;
  'LengthSMF': number;
  'LengthSMFkm': number;
  'OptCooledTrans': boolean;
  'OptInvertedLOS': boolean;
  'OptLOS': boolean;
  'OptLinearRcvr': boolean;
  'OptPowerlvl': boolean;
  'OptRateSelect': boolean;
  'OptTxDisable': boolean;
  'OptTxFault': boolean;
  'RateIdentifier': string;
  'SFF8079AppSelect': boolean;
  'SFF8431SoftRateSelect': boolean;
  'Status'?: Device_SFPs_Mgmt_SFF8472_Transceiver_Status;
  'Thresholds'?: Device_SFPs_Mgmt_SFF8472_Transceiver_Thresholds;
  'Transceiver': string;
  'VendorName': string;
  'VendorOUI': string;
  'VendorPN': string;
  'VendorRev': string;
  'VendorSN': string;
  'VerCompliance': string;
  'Warnings'?: Device_SFPs_Mgmt_SFF8472_Transceiver_Warnings;
  'Wavelength': number;
}

/** Device.SFPs.Mgmt.SFF8472.{i}.Transceiver.Alarms. */
export interface Device_SFPs_Mgmt_SFF8472_Transceiver_Alarms {
  'RxPowerHigh': boolean;
  'RxPowerLow': boolean;
  'TemperatureHigh': boolean;
  'TemperatureLow': boolean;
  'TxBiasHigh': boolean;
  'TxBiasLow': boolean;
  'TxPowerHigh': boolean;
  'TxPowerLow': boolean;
  'VccHigh': boolean;
  'VccLow': boolean;
}

/** Device.SFPs.Mgmt.SFF8472.{i}.Transceiver.Status. */
export interface Device_SFPs_Mgmt_SFF8472_Transceiver_Status {
  'DataReadyBarState': boolean;
  'RS1State': boolean;
  'RateSelectState': boolean;
  'RxLOSState': boolean;
  'RxPower': number;
  'SoftRateSelectSelect': boolean;
  'SoftTxDisableSelect': boolean;
  'TXFaultState': boolean;
  'Temperature': number;
  'TxBias': number;
  'TxDisableState': boolean;
  'TxPower': number;
  'Vcc': number;
}

/** Device.SFPs.Mgmt.SFF8472.{i}.Transceiver.Thresholds. */
export interface Device_SFPs_Mgmt_SFF8472_Transceiver_Thresholds {
  'HighRxPowerAlarm': number;
  'HighRxPowerWarning': number;
  'HighTempAlarm': number;
  'HighTempWarning': number;
  'HighTxBiasAlarm': number;
  'HighTxBiasWarning': number;
  'HighTxPowerAlarm': number;
  'HighTxPowerWarning': number;
  'HighVccAlarm': number;
  'HighVccWarning': number;
  'LowRxPowerAlarm': number;
  'LowRxPowerWarning': number;
  'LowTempAlarm': number;
  'LowTempWarning': number;
  'LowTxBiasAlarm': number;
  'LowTxBiasWarning': number;
  'LowTxPowerAlarm': number;
  'LowTxPowerWarning': number;
  'LowVccAlarm': number;
  'LowVccWarning': number;
}

/** Device.SFPs.Mgmt.SFF8472.{i}.Transceiver.Warnings. */
export interface Device_SFPs_Mgmt_SFF8472_Transceiver_Warnings {
  'RxPowerHigh': boolean;
  'RxPowerLow': boolean;
  'TemperatureHigh': boolean;
  'TemperatureLow': boolean;
  'TxBiasHigh': boolean;
  'TxBiasLow': boolean;
  'TxPowerHigh': boolean;
  'TxPowerLow': boolean;
  'VccHigh': boolean;
  'VccLow': boolean;
}

/** Device.SFPs.SFPCage.{i}. */
export interface Device_SFPs_SFPCage {
  'Alias': string;
  'MgmtInterface': "SFF-8472" | "Unknown";
  'Name': string;
  'SFF8024Identifier': number;
  'SFPPresent': boolean;
  'SFPReference': string;
  'SFPType': "Unsupported" | "G-PON" | "XG-PON" | "NG-PON2" | "XGS-PON" | "EPON" | "MoCA" | "Optical Ethernet" | "Electrical Ethernet";
}

/** Device.SSH. */
export interface Device_SSH {
  'AuthorizedKey'?: { [instance: number]: Device_SSH_AuthorizedKey };
  'AuthorizedKeyNumberOfEntries': number;
  'Enable': boolean;
  'Server'?: { [instance: number]: Device_SSH_Server };
  'ServerNumberOfEntries': number;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.SSH.AuthorizedKey.{i}. */
export interface Device_SSH_AuthorizedKey {
  'Alias': string;
  'Key': string;
  'User': string;
}

/** Device.SSH.Server.{i}. */
export interface Device_SSH_Server {
  'AccessLog'?: { [instance: number]: Device_SSH_Server_AccessLog };
  'AccessLogNumberOfEntries': number;
  'ActivationDate': string;
  'Alias': string;
  'AllowAllIPv4': boolean;
  'AllowAllIPv6': boolean;
  'AllowPasswordLogin': boolean;
  'AllowRootLogin': boolean;
  'AllowRootPasswordLogin': boolean;
  'AutoDisableDuration': number;
  'Enable': boolean;
  'IPv4AllowedSourcePrefix': readonly string[];
  'IPv6AllowedSourcePrefix': readonly string[];
  'IdleTimeout': number;
  'Interface': string;
  'KeepAlive': number;
  'MaxAccessLogEntries': number;
  'MaxAuthTries': number;
  'PID': number;
  'Port': number;
  'Session'?: { [instance: number]: Device_SSH_Server_Session };
  'SessionNumberOfEntries': number;
  'Stats'?: Device_SSH_Server_Stats;
  'Status': "Disabled" | "Enabled" | "Error" | "Error_Misconfigured";
  'UserGroupAccess': string;
}

/** Device.SSH.Server.{i}.AccessLog.{i}. */
export interface Device_SSH_Server_AccessLog {
  'Alias': string;
  'IPAddress': string;
  'Port': number;
  'Status': "SuccessfulLogin" | "FailedLogin" | "Error";
  'TimeStamp': string;
  'User': string;
}

/** Device.SSH.Server.{i}.Session.{i}. */
export interface Device_SSH_Server_Session {
  'Alias': string;
  'IPAddress': string;
  'Port': number;
  'User': string;
}

/** Device.SSH.Server.{i}.Stats. */
export interface Device_SSH_Server_Stats {
  'NumberOfFailedAttempts': number;
  'NumberOfFailedAttemptsSinceActivation': number;
  'NumberOfSuccessfulAttempts': number;
  'NumberOfSuccessfulAttemptsSinceActivation': number;
}

/** Device.STOMP. */
export interface Device_STOMP {
  'Connection'?: { [instance: number]: Device_STOMP_Connection };
  'ConnectionNumberOfEntries': number;
}

/** Device.STOMP.Connection.{i}. */
export interface Device_STOMP_Connection {
  'Alias': string;
  'Enable': boolean;
  'EnableEncryption': boolean;
  'EnableHeartbeats': boolean;
  'Host': string;
  'IncomingHeartbeat': number;
  'LastChangeDate': string;
  'OutgoingHeartbeat': number;
  'Password': string;
  'Port': number;
  'ServerRetryInitialInterval': number;
  'ServerRetryIntervalMultiplier': number;
  'ServerRetryMaxInterval': number;
  'Status': "Enabled" | "Disabled" | "Unknown" | "Connecting" | "ServerNotPresent" | "Error_Misconfigured" | "Error_AuthenticationFailure" | "Error";
  'Username': string;
  'VirtualHost': string;
}

/** Device.Schedules. */
export interface Device_Schedules {
  'Enable': boolean;
  'Schedule'?: { [instance: number]: Device_Schedules_Schedule };
  'ScheduleNumberOfEntries': number;
}

/** Device.Schedules.Schedule.{i}. */
export interface Device_Schedules_Schedule {
  'Alias': string;
  'Day': readonly ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
  'Description': string;
  'Duration': number;
  'Enable': boolean;
  'InverseMode': boolean;
  'StartTime': string;
  'Status': "Active" | "Inactive" | "StackDisabled" | "Error";
  'TimeLeft': number;
}

/** Device.Security. */
export interface Device_Security {
  'CABundle'?: { [instance: number]: Device_Security_CABundle };
  'CABundleNumberOfEntries': number;
  'Certificate'?: { [instance: number]: Device_Security_Certificate };
  'CertificateNumberOfEntries': number;
}

/** Device.Security.CABundle.{i}. */
export interface Device_Security_CABundle {
  'CACertificates': readonly string[];
  'Enable': boolean;
  'Name': string;
}

/** Device.Security.Certificate.{i}. */
export interface Device_Security_Certificate {
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

/** Device.SelfTestDiagnostics. */
export interface Device_SelfTestDiagnostics {
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
  'Results': string;
}

/** Device.Services. */
export interface Device_Services {
}

/** Device.SessionManagement. */
export interface Device_SessionManagement {
  'PDN'?: { [instance: number]: Device_SessionManagement_PDN };
  'PDNNumberOfEntries': number;
  'PDP'?: { [instance: number]: Device_SessionManagement_PDP };
  'PDPNumberOfEntries': number;
  'PDU'?: { [instance: number]: Device_SessionManagement_PDU };
  'PDUNumberOfEntries': number;
  'Session'?: { [instance: number]: Device_SessionManagement_Session };
  'SessionNumberOfEntries': number;
}

/** Device.SessionManagement.PDN.{i}. */
export interface Device_SessionManagement_PDN {
  'Alias': string;
  'DownstreamAggregateBitRate': bigint;
  'DownstreamGuaranteedBitRate': bigint;
  'DownstreamMaxBitRate': bigint;
  'QCI': number;
  'UpstreamAggregateBitRate': bigint;
  'UpstreamGuaranteedBitRate': bigint;
  'UpstreamMaxBitRate': bigint;
}

/** Device.SessionManagement.PDP.{i}. */
export interface Device_SessionManagement_PDP {
  'Alias': string;
  'DeliveryOfErroneousSDUs': "No" | "Yes" | "NoDetect" | "SubscribedValue";
  'DeliveryOrder': "No" | "Yes" | "SubscribedValue";
  'DownstreamGuaranteedBitRate': bigint;
  'DownstreamMaxBitRate': bigint;
  'MaximumSDUSize': number;
  'ResidualBitErrorRatio': string;
  'SDUErrorRatio': string;
  'TrafficClass': "Conversational" | "Streaming" | "Interactive" | "Background" | "SubscribedValue";
  'TransferDelay': number;
  'UpstreamGuaranteedBitRate': bigint;
  'UpstreamMaxBitRate': bigint;
}

/** Device.SessionManagement.PDU.{i}. */
export interface Device_SessionManagement_PDU {
  'Alias': string;
  'AlwaysOn': boolean;
  'NetworkSlice'?: Device_SessionManagement_PDU_NetworkSlice;
  'PTI': number;
  'QoSFlow'?: { [instance: number]: Device_SessionManagement_PDU_QoSFlow };
  'QoSFlowNumberOfEntries': number;
  'QoSRule'?: { [instance: number]: Device_SessionManagement_PDU_QoSRule };
  'QoSRuleNumberOfEntries': number;
  'RQTimerValue': number;
  'SSC': number;
  'SessionAMBRDownlink': bigint;
  'SessionAMBRUplink': bigint;
}

/** Device.SessionManagement.PDU.{i}.NetworkSlice. */
export interface Device_SessionManagement_PDU_NetworkSlice {
  'SliceDifferentiator': number;
  'SliceServiceType': "eMBB" | "URLLC" | "MIoT" | "V2X";
}

/** Device.SessionManagement.PDU.{i}.QoSFlow.{i}. */
export interface Device_SessionManagement_PDU_QoSFlow {
  'Alias': string;
  'AveragingWindow': number;
  'EPSBearer': number;
  'FiveQI': number;
  'GFBRDownlink': bigint;
  'GFBRUplink': bigint;
  'MFBRDownlink': bigint;
  'MFBRUplink': bigint;
  'QFI': number;
}

/** Device.SessionManagement.PDU.{i}.QoSRule.{i}. */
export interface Device_SessionManagement_PDU_QoSRule {
  'Alias': string;
  'DQR': boolean;
  'Filter'?: { [instance: number]: Device_SessionManagement_PDU_QoSRule_Filter };
  'FilterNumberOfEntries': number;
  'Identifier': number;
  'Precedence': number;
  'QFI': number;
  'Segregation': boolean;
}

/** Device.SessionManagement.PDU.{i}.QoSRule.{i}.Filter.{i}. */
export interface Device_SessionManagement_PDU_QoSRule_Filter {
  'Alias': string;
  'Direction': "downlink" | "uplink" | "bidirectional";
  'Type': number;
  'Value': string;
}

/** Device.SessionManagement.Session.{i}. */
export interface Device_SessionManagement_Session {
  'APN': string;
  'Alias': string;
  'Interface': string;
  'PCO'?: Device_SessionManagement_Session_PCO;
  'Reference': string;
  'SessionID': number;
  'SessionType': "IPv4" | "IPv6" | "IPv4v6" | "Unstructured";
}

/** Device.SessionManagement.Session.{i}.PCO. */
export interface Device_SessionManagement_Session_PCO {
  'IPv4DNS': readonly string[];
  'IPv4PCSCF': string;
  'IPv6DNS': readonly string[];
  'IPv6PCSCF': string;
}

/** Device.SmartCardReaders. */
export interface Device_SmartCardReaders {
  'SmartCardReader'?: { [instance: number]: Device_SmartCardReaders_SmartCardReader };
  'SmartCardReaderNumberOfEntries': number;
}

/** Device.SmartCardReaders.SmartCardReader.{i}. */
export interface Device_SmartCardReaders_SmartCardReader {
  'Alias': string;
  'DecryptionFailedCounter': number;
  'DecryptionFailedNoKeyCounter': number;
  'Enable': boolean;
  'Name': string;
  'Reset': boolean;
  'ResetTime': string;
  'SmartCard'?: Device_SmartCardReaders_SmartCardReader_SmartCard;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.SmartCardReaders.SmartCardReader.{i}.SmartCard. */
export interface Device_SmartCardReaders_SmartCardReader_SmartCard {
  'ATR': string;
  'Application': readonly ("SIM" | "USIM" | "ISIM")[];
  'SerialNumber': string;
  'Status': "None" | "Running" | "Error";
  'Type': "CA" | "DRM" | "UICC";
}

/** Device.SoftwareModules. */
export interface Device_SoftwareModules {
  'DeploymentUnit'?: { [instance: number]: Device_SoftwareModules_DeploymentUnit };
  'DeploymentUnitNumberOfEntries': number;
  'ExecEnv'?: { [instance: number]: Device_SoftwareModules_ExecEnv };
  'ExecEnvClass'?: { [instance: number]: Device_SoftwareModules_ExecEnvClass };
  'ExecEnvClassNumberOfEntries': number;
  'ExecEnvNumberOfEntries': number;
  'ExecutionUnit'?: { [instance: number]: Device_SoftwareModules_ExecutionUnit };
  'ExecutionUnitNumberOfEntries': number;
}

/** Device.SoftwareModules.DeploymentUnit.{i}. */
export interface Device_SoftwareModules_DeploymentUnit {
  'Alias': string;
  'DUID': string;
  'Description': string;
  'ExecutionEnvRef': string;
  'ExecutionUnitList': readonly string[];
  'Installed': string;
  'LastUpdate': string;
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

/** Device.SoftwareModules.ExecEnv.{i}. */
export interface Device_SoftwareModules_ExecEnv {
  'ActiveExecutionUnits': readonly string[];
  'Alias': string;
  'AllocatedCPUPercent': number;
  'AllocatedDiskSpace': number;
  'AllocatedMemory': number;
  'ApplicationData'?: { [instance: number]: Device_SoftwareModules_ExecEnv_ApplicationData };
  'ApplicationDataNumberOfEntries': number;
  'AvailableCPUPercent': number;
  'AvailableDiskSpace': number;
  'AvailableMemory': number;
  'CreatedAt': string;
  'CurrentRunLevel': number;
  'Enable': boolean;
  'ExecEnvClassRef': string;
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

/** Device.SoftwareModules.ExecEnv.{i}.ApplicationData.{i}. */
export interface Device_SoftwareModules_ExecEnv_ApplicationData {
  'AccessPath': string;
  'Alias': string;
  'ApplicationUUID': string;
  'Capacity': number;
  'Encrypted': boolean;
  'Name': string;
  'Retain': "UntilStopped" | "Forever";
  'Utilization': number;
}

/** Device.SoftwareModules.ExecEnvClass.{i}. */
export interface Device_SoftwareModules_ExecEnvClass {
  'Alias': string;
  'Capability'?: { [instance: number]: Device_SoftwareModules_ExecEnvClass_Capability };
  'CapabilityNumberOfEntries': number;
  'DeploymentUnitRef': string;
  'Name': string;
  'Vendor': string;
  'Version': string;
}

/** Device.SoftwareModules.ExecEnvClass.{i}.Capability.{i}. */
export interface Device_SoftwareModules_ExecEnvClass_Capability {
  'Specification': "OCIImage" | "VMRawImage" | "OSGiBundle" | "JAR" | "WAR";
  'SpecificationURI': string;
  'SpecificationVersion': string;
}

/** Device.SoftwareModules.ExecutionUnit.{i}. */
export interface Device_SoftwareModules_ExecutionUnit {
  'Alias': string;
  'AllocatedCPUPercent': number;
  'AllocatedDiskSpace': number;
  'AllocatedEUGID': string;
  'AllocatedEUUID': number;
  'AllocatedHostGID': string;
  'AllocatedHostUID': number;
  'AllocatedMemory': number;
  'ApplicationDataList': readonly string[];
  'AssociatedProcessList': readonly string[];
  'AutoRestart'?: Device_SoftwareModules_ExecutionUnit_AutoRestart;
  'AutoStart': boolean;
  'CPUPercentInUse': number;
  'CreationTime': string;
  'Description': string;
  'DiskSpaceInUse': number;
  'EUID': string;
  'EnvVariable'?: { [instance: number]: Device_SoftwareModules_ExecutionUnit_EnvVariable };
  'EnvVariableNumberOfEntries': number;
  'ExecEnvLabel': string;
  'ExecutionEnvRef': string;
  'ExecutionFaultCode': "NoFault" | "FailureOnStart" | "FailureOnAutoStart" | "FailureOnStop" | "FailureWhileActive" | "DependencyFailure" | "UnStartable";
  'ExecutionFaultMessage': string;
  'Extensions'?: Device_SoftwareModules_ExecutionUnit_Extensions;
  'HostObject'?: { [instance: number]: Device_SoftwareModules_ExecutionUnit_HostObject };
  'HostObjectNumberOfEntries': number;
  'MemoryInUse': number;
  'Name': string;
  'NetworkConfig'?: Device_SoftwareModules_ExecutionUnit_NetworkConfig;
  'Privileged': boolean;
  'References': readonly string[];
  'RequestedState': "Idle" | "Active";
  'RunLevel': number;
  'ShutdownDelay': number;
  'Status': "Idle" | "Starting" | "Active" | "Stopping";
  'SupportedDataModelList': readonly string[];
  'Uptime': number;
  'Vendor': string;
  'VendorConfigList': readonly string[];
  'VendorLogList': readonly string[];
  'Version': string;
}

/** Device.SoftwareModules.ExecutionUnit.{i}.AutoRestart. */
export interface Device_SoftwareModules_ExecutionUnit_AutoRestart {
  'Enable': boolean;
  'LastRestarted': string;
  'MaximumRetryCount': number;
  'NextRestart': string;
  'ResetPeriod': number;
  'RetryCount': number;
  'RetryIntervalMultiplier': number;
  'RetryMaximumWaitInterval': number;
  'RetryMinimumWaitInterval': number;
}

/** Device.SoftwareModules.ExecutionUnit.{i}.EnvVariable.{i}. */
export interface Device_SoftwareModules_ExecutionUnit_EnvVariable {
  'Alias': string;
  'Key': string;
  'Value': string;
}

/** Device.SoftwareModules.ExecutionUnit.{i}.Extensions. */
export interface Device_SoftwareModules_ExecutionUnit_Extensions {
}

/** Device.SoftwareModules.ExecutionUnit.{i}.HostObject.{i}. */
export interface Device_SoftwareModules_ExecutionUnit_HostObject {
  'Alias': string;
  'Destination': string;
  'Options': string;
  'Source': string;
}

/** Device.SoftwareModules.ExecutionUnit.{i}.NetworkConfig. */
export interface Device_SoftwareModules_ExecutionUnit_NetworkConfig {
  'AccessInterfaceRefList': readonly string[];
  'PortMappingRefList': readonly string[];
}

/** Device.Syslog. */
export interface Device_Syslog {
  'Action'?: { [instance: number]: Device_Syslog_Action };
  'ActionNumberOfEntries': number;
  'Enable': boolean;
  'Filter'?: { [instance: number]: Device_Syslog_Filter };
  'FilterNumberOfEntries': number;
  'Source'?: { [instance: number]: Device_Syslog_Source };
  'SourceNumberOfEntries': number;
  'Status': "Disabled" | "Enabled" | "Error";
  'Template'?: { [instance: number]: Device_Syslog_Template };
  'TemplateNumberOfEntries': number;
}

/** Device.Syslog.Action.{i}. */
export interface Device_Syslog_Action {
  'Alias': string;
  'FilterRef': readonly string[];
  'LogFile'?: Device_Syslog_Action_LogFile;
  'LogRemote'?: Device_Syslog_Action_LogRemote;
  'SourceRef': readonly string[];
  'StructuredData': boolean;
  'TemplateRef': string;
}

/** Device.Syslog.Action.{i}.LogFile. */
export interface Device_Syslog_Action_LogFile {
  'Enable': boolean;
  'FilePath': string;
  'VendorLogFileRef': string;
}

/** Device.Syslog.Action.{i}.LogRemote. */
export interface Device_Syslog_Action_LogRemote {
  'Address': string;
  'CABundle': string;
  'Certificate': string;
  'Enable': boolean;
  'PeerVerify': boolean;
  'Port': number;
  'Protocol': "TCP" | "UDP" | "TLS";
  'Status': "Disabled" | "Enabled" | "Error_Unreachable" | "Error";
}

/** Device.Syslog.Filter.{i}. */
export interface Device_Syslog_Filter {
  'Alias': string;
  'FacilityLevel': readonly ("Kern" | "User" | "Mail" | "Daemon" | "Auth" | "Syslog" | "LPR" | "News" | "UUCP" | "Cron" | "AuthPriv" | "FTP" | "NTP" | "Audit" | "Console" | "Cron2" | "Local0" | "Local1" | "Local2" | "Local3" | "Local4" | "Local5" | "Local6" | "Local7" | "All")[];
  'PatternMatch': string;
  'Severity': "Emergency" | "Alert" | "Critical" | "Error" | "Warning" | "Notice" | "Info" | "Debug" | "All" | "None";
  'SeverityCompare': "Equal" | "EqualOrHigher";
  'SeverityCompareAction': "Log" | "Block" | "Stop";
}

/** Device.Syslog.Source.{i}. */
export interface Device_Syslog_Source {
  'Alias': string;
  'FacilityLevel': "Kern" | "User" | "Mail" | "Daemon" | "Auth" | "Syslog" | "LPR" | "News" | "UUCP" | "Cron" | "AuthPriv" | "FTP" | "NTP" | "Audit" | "Console" | "Cron2" | "Local0" | "Local1" | "Local2" | "Local3" | "Local4" | "Local5" | "Local6" | "Local7" | "All";
  'KernelMessages': boolean;
  'Network'?: Device_Syslog_Source_Network;
  'Severity': "Emergency" | "Alert" | "Critical" | "Error" | "Warning" | "Notice" | "Info" | "Debug" | "All" | "None";
  'SystemMessages': boolean;
}

/** Device.Syslog.Source.{i}.Network. */
export interface Device_Syslog_Source_Network {
  'CABundle': string;
  'Certificate': string;
  'Enable': boolean;
  'Interface': string;
  'PeerVerify': boolean;
  'Port': number;
  'Protocol': "TCP" | "UDP" | "TLS";
}

/** Device.Syslog.Template.{i}. */
export interface Device_Syslog_Template {
  'Alias': string;
  'EscapeMessage': boolean;
  'Expression': string;
}

/** Device.Thread. */
export interface Device_Thread {
  'BorderRouter'?: { [instance: number]: Device_Thread_BorderRouter };
  'BorderRouterNumberOfEntries': number;
  'MLE'?: { [instance: number]: Device_Thread_MLE };
  'MLENumberOfEntries': number;
  'Node'?: { [instance: number]: Device_Thread_Node };
  'NodeNumberOfEntries': number;
  'Radio'?: { [instance: number]: Device_Thread_Radio };
  'RadioNumberOfEntries': number;
}

/** Device.Thread.BorderRouter.{i}. */
export interface Device_Thread_BorderRouter {
  'Alias': string;
  'BorderAgentID': string;
  'Enable': boolean;
  'MLEReference': string;
  'RoutingRef': string;
  'Status': "Started" | "Stopped" | "Error";
}

/** Device.Thread.MLE.{i}. */
export interface Device_Thread_MLE {
  'Alias': string;
  'AssociatedNode'?: { [instance: number]: Device_Thread_MLE_AssociatedNode };
  'AssociatedNodeNumberOfEntries': number;
  'Dataset'?: { [instance: number]: Device_Thread_MLE_Dataset };
  'DatasetNumberOfEntries': number;
  'Enable': boolean;
  'LastChange': number;
  'LeaderData'?: Device_Thread_MLE_LeaderData;
  'LowerLayers': readonly string[];
  'Name': string;
  'OperatingStandard': string;
  'Stats'?: Device_Thread_MLE_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'SupportedStandards': readonly ("1.0" | "1.1" | "1.2" | "1.3" | "1.4")[];
}

/** Device.Thread.MLE.{i}.AssociatedNode.{i}. */
export interface Device_Thread_MLE_AssociatedNode {
  'Alias': string;
  'ExtendedMAC': string;
  'IPv6Address'?: { [instance: number]: Device_Thread_MLE_AssociatedNode_IPv6Address };
  'IPv6AddressNumberOfEntries': number;
  'LastContactTime': string;
  'Mode': "rx-on-when-idle" | "Full Thread Device" | "Full Network Data";
  'Neighbor'?: { [instance: number]: Device_Thread_MLE_AssociatedNode_Neighbor };
  'NeighborNumberOfEntries': number;
  'Rloc16': number;
  'Route'?: { [instance: number]: Device_Thread_MLE_AssociatedNode_Route };
  'RouteNumberOfEntries': number;
  'RoutingRole': "Child" | "Router" | "Leader" | "Unassigned";
}

/** Device.Thread.MLE.{i}.AssociatedNode.{i}.IPv6Address.{i}. */
export interface Device_Thread_MLE_AssociatedNode_IPv6Address {
  'Alias': string;
  'IPAddress': string;
  'Type': string;
}

/** Device.Thread.MLE.{i}.AssociatedNode.{i}.Neighbor.{i}. */
export interface Device_Thread_MLE_AssociatedNode_Neighbor {
  'AvgRSSI': number;
  'NodeReference': string;
}

/** Device.Thread.MLE.{i}.AssociatedNode.{i}.Route.{i}. */
export interface Device_Thread_MLE_AssociatedNode_Route {
  'ID': number;
  'LQIn': number;
  'LQOut': number;
  'PathCost': number;
}

/** Device.Thread.MLE.{i}.Dataset.{i}. */
export interface Device_Thread_MLE_Dataset {
  'Alias': string;
  'Channel': number;
  'ChannelMask': string;
  'DelayTimer': number;
  'ExtendedPanID': string;
  'MeshLocalPrefix': string;
  'NetworkKey': string;
  'NetworkName': string;
  'PSKc': string;
  'PanID': string;
  'SecurityPolicy'?: Device_Thread_MLE_Dataset_SecurityPolicy;
  'Status': "active" | "pending";
  'TimeStamp': string;
}

/** Device.Thread.MLE.{i}.Dataset.{i}.SecurityPolicy. */
export interface Device_Thread_MLE_Dataset_SecurityPolicy {
  'Flags': readonly ("o" | "n" | "r" | "c" | "C" | "e" | "p" | "R")[];
  'RotationTime': number;
}

/** Device.Thread.MLE.{i}.LeaderData. */
export interface Device_Thread_MLE_LeaderData {
  'DataVersion': number;
  'LeaderRouterID': number;
  'PartitionID': number;
  'StableDataVersion': number;
  'Weighting': number;
}

/** Device.Thread.MLE.{i}.Stats. */
export interface Device_Thread_MLE_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.Thread.Node.{i}. */
export interface Device_Thread_Node {
  'Connected': boolean;
  'ExtendedMAC': string;
  'MLEReference': string;
}

/** Device.Thread.Radio.{i}. */
export interface Device_Thread_Radio {
  'Alias': string;
  'Enable': boolean;
  'FirmwareVersion': string;
  'HardwareVersion': string;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MaxBitRate': number;
  'Name': string;
  'Stats'?: Device_Thread_Radio_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'TransmitPower': number;
  'TransmitPowerSupported': readonly number[];
  'Upstream': boolean;
}

/** Device.Thread.Radio.{i}.Stats. */
export interface Device_Thread_Radio_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
}

/** Device.Time. */
export interface Device_Time {
  'Client'?: { [instance: number]: Device_Time_Client };
  'ClientNumberOfEntries': number;
  'CurrentLocalTime': string;
  'Enable': boolean;
  'LocalTimeZone': string;
  'Server'?: { [instance: number]: Device_Time_Server };
  'ServerNumberOfEntries': number;
  'Status': "Disabled" | "Unsynchronized" | "Synchronized" | "Error";
}

/** Device.Time.Client.{i}. */
export interface Device_Time_Client {
  'Alias': string;
  'Authentication'?: Device_Time_Client_Authentication;
  'BindType': "Address" | "Device";
  'Burst': number;
  'Enable': boolean;
  'IBurst': boolean;
  'IPVersion': number;
  'Interface': string;
  'MaxPoll': number;
  'MinPoll': number;
  'Mode': "Unicast" | "Broadcast" | "Multicast" | "Manycast";
  'Peer': boolean;
  'Port': number;
  'ResolveAddresses': boolean;
  'ResolveMaxAddresses': number;
  'ServerInUse': string;
  'Servers': readonly string[];
  'Stats'?: Device_Time_Client_Stats;
  'Status': "Disabled" | "Unsynchronized" | "Synchronized" | "Error_FailedToSynchronize" | "Error";
  'Version': number;
}

/** Device.Time.Client.{i}.Authentication. */
export interface Device_Time_Client_Authentication {
  'Certificate': string;
  'Enable': boolean;
  'NTSPort': number;
}

/** Device.Time.Client.{i}.Stats. */
export interface Device_Time_Client_Stats {
  'PacketsDropped': number;
  'PacketsReceived': number;
  'PacketsSent': number;
  'PacketsSentFailed': number;
}

/** Device.Time.Server.{i}. */
export interface Device_Time_Server {
  'Alias': string;
  'Authentication'?: Device_Time_Server_Authentication;
  'BindType': "Address" | "Device";
  'Enable': boolean;
  'Interface': string;
  'MaxPoll': number;
  'MinPoll': number;
  'Mode': "Unicast" | "Broadcast" | "Multicast" | "Manycast";
  'Port': number;
  'Stats'?: Device_Time_Server_Stats;
  'Status': "Up" | "Down" | "Error";
  'TTL': number;
  'Version': number;
}

/** Device.Time.Server.{i}.Authentication. */
export interface Device_Time_Server_Authentication {
  'Certificate': string;
  'Enable': boolean;
  'NTSNTPServer': readonly string[];
}

/** Device.Time.Server.{i}.Stats. */
export interface Device_Time_Server_Stats {
  'PacketsDropped': number;
  'PacketsReceived': number;
  'PacketsSent': number;
  'PacketsSentFailed': number;
}

/** Device.TrustedElements. */
export interface Device_TrustedElements {
  'SIM'?: { [instance: number]: Device_TrustedElements_SIM };
  'SIMNumberOfEntries': number;
}

/** Device.TrustedElements.SIM.{i}. */
export interface Device_TrustedElements_SIM {
  'Alias': string;
  'EID': string;
  'ESIMClassEnabledProfile': string;
  'ESIMProfileAddStatus': string;
  'ESIMTestMode': boolean;
  'GID1': string;
  'HomeNetworkPublicKeyID': number;
  'ICCID': string;
  'IMSI': string;
  'MSISDN': string;
  'PIN': string;
  'PINCheck': "OnNetworkAccess" | "Reboot" | "Off";
  'Profile'?: { [instance: number]: Device_TrustedElements_SIM_Profile };
  'ProfileNumberOfEntries': number;
  'ProtectionScheme': number;
  'RoutingIndicator': number;
  'SMSC': string;
  'Status': "None" | "Available" | "Valid" | "Blocked" | "Error";
  'Type': "None" | "USIM" | "eSIM";
  'Usage': "UICC" | "DRM" | "WWC" | "CA";
}

/** Device.TrustedElements.SIM.{i}.Profile.{i}. */
export interface Device_TrustedElements_SIM_Profile {
  'Alias': string;
  'Class': "Provisioning" | "Test" | "Operational" | "Unknown";
  'GID1': string;
  'ICCID': string;
  'IMSI': string;
  'Name': string;
  'State': "Active" | "Inactive";
}

/** Device.UPA. */
export interface Device_UPA {
  'Diagnostics'?: Device_UPA_Diagnostics;
  'Interface'?: { [instance: number]: Device_UPA_Interface };
  'InterfaceNumberOfEntries': number;
}

/** Device.UPA.Diagnostics. */
export interface Device_UPA_Diagnostics {
  'InterfaceMeasurement'?: Device_UPA_Diagnostics_InterfaceMeasurement;
}

/** Device.UPA.Diagnostics.InterfaceMeasurement. */
export interface Device_UPA_Diagnostics_InterfaceMeasurement {
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_InvalidPort";
  'Interface': string;
  'Measurements': readonly number[];
  'Port': number;
  'RxGain': number;
  'Type': "SNR" | "CFR";
}

/** Device.UPA.Interface.{i}. */
export interface Device_UPA_Interface {
  'ActiveNotch'?: { [instance: number]: Device_UPA_Interface_ActiveNotch };
  'ActiveNotchEnable': boolean;
  'ActiveNotchNumberOfEntries': number;
  'Alias': string;
  'AssociatedDevice'?: { [instance: number]: Device_UPA_Interface_AssociatedDevice };
  'AssociatedDeviceNumberOfEntries': number;
  'BridgeFor'?: { [instance: number]: Device_UPA_Interface_BridgeFor };
  'BridgeForNumberOfEntries': number;
  'Enable': boolean;
  'EncryptionKey': string;
  'EncryptionMethod': "None" | "DES" | "3DES" | "AES128" | "AES256";
  'EstApplicationThroughput': number;
  'FirmwareVersion': string;
  'LastChange': number;
  'LogicalNetwork': string;
  'LowerLayers': readonly string[];
  'MACAddress': string;
  'MaxBitRate': number;
  'Name': string;
  'NodeType': "AP" | "EP";
  'PowerBackoffEnabled': boolean;
  'PowerBackoffMechanismActive': boolean;
  'Stats'?: Device_UPA_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'Upstream': boolean;
}

/** Device.UPA.Interface.{i}.ActiveNotch.{i}. */
export interface Device_UPA_Interface_ActiveNotch {
  'Alias': string;
  'Depth': number;
  'Enable': boolean;
  'StartFreq': number;
  'StopFreq': number;
}

/** Device.UPA.Interface.{i}.AssociatedDevice.{i}. */
export interface Device_UPA_Interface_AssociatedDevice {
  'Active': boolean;
  'DirectRoute': boolean;
  'EstimatedPLR': number;
  'LogicalNetwork': string;
  'MACAddress': string;
  'MeanEstimatedAtt': number;
  'PhyRxThroughput': number;
  'PhyTxThroughput': number;
  'Port': number;
  'RealPhyRxThroughput': number;
  'SmartRouteIntermediatePLCMAC': string;
}

/** Device.UPA.Interface.{i}.BridgeFor.{i}. */
export interface Device_UPA_Interface_BridgeFor {
  'Alias': string;
  'MACAddress': string;
  'Port': number;
}

/** Device.UPA.Interface.{i}.Stats. */
export interface Device_UPA_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.UPnP. */
export interface Device_UPnP {
  'Description'?: Device_UPnP_Description;
  'Device'?: Device_UPnP_Device;
  'Discovery'?: Device_UPnP_Discovery;
}

/** Device.UPnP.Description. */
export interface Device_UPnP_Description {
  'DeviceDescription'?: { [instance: number]: Device_UPnP_Description_DeviceDescription };
  'DeviceDescriptionNumberOfEntries': number;
  'DeviceInstance'?: { [instance: number]: Device_UPnP_Description_DeviceInstance };
  'DeviceInstanceNumberOfEntries': number;
  'ServiceInstance'?: { [instance: number]: Device_UPnP_Description_ServiceInstance };
  'ServiceInstanceNumberOfEntries': number;
}

/** Device.UPnP.Description.DeviceDescription.{i}. */
export interface Device_UPnP_Description_DeviceDescription {
  'Host': readonly string[];
  'SpecVersion': string;
  'URLBase': string;
}

/** Device.UPnP.Description.DeviceInstance.{i}. */
export interface Device_UPnP_Description_DeviceInstance {
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

/** Device.UPnP.Description.ServiceInstance.{i}. */
export interface Device_UPnP_Description_ServiceInstance {
  'ControlURL': string;
  'EventSubURL': string;
  'ParentDevice': string;
  'SCPDURL': string;
  'ServiceDiscovery': string;
  'ServiceId': string;
  'ServiceType': string;
}

/** Device.UPnP.Device. */
export interface Device_UPnP_Device {
  'Capabilities'?: Device_UPnP_Device_Capabilities;
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

/** Device.UPnP.Device.Capabilities. */
export interface Device_UPnP_Device_Capabilities {
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

/** Device.UPnP.Discovery. */
export interface Device_UPnP_Discovery {
  'Device'?: { [instance: number]: Device_UPnP_Discovery_Device };
  'DeviceNumberOfEntries': number;
  'RootDevice'?: { [instance: number]: Device_UPnP_Discovery_RootDevice };
  'RootDeviceNumberOfEntries': number;
  'Service'?: { [instance: number]: Device_UPnP_Discovery_Service };
  'ServiceNumberOfEntries': number;
}

/** Device.UPnP.Discovery.Device.{i}. */
export interface Device_UPnP_Discovery_Device {
  'Host': readonly string[];
  'LastUpdate': string;
  'LeaseTime': number;
  'Location': string;
  'Server': string;
  'Status': "LeaseActive" | "LeaseExpired" | "ByebyeReceived";
  'USN': string;
  'UUID': string;
}

/** Device.UPnP.Discovery.RootDevice.{i}. */
export interface Device_UPnP_Discovery_RootDevice {
  'Host': readonly string[];
  'LastUpdate': string;
  'LeaseTime': number;
  'Location': string;
  'Server': string;
  'Status': "LeaseActive" | "LeaseExpired" | "ByebyeReceived";
  'USN': string;
  'UUID': string;
}

/** Device.UPnP.Discovery.Service.{i}. */
export interface Device_UPnP_Discovery_Service {
  'Host': readonly string[];
  'LastUpdate': string;
  'LeaseTime': number;
  'Location': string;
  'ParentDevice': string;
  'Server': string;
  'Status': "LeaseActive" | "LeaseExpired" | "ByebyeReceived";
  'USN': string;
}

/** Device.USB. */
export interface Device_USB {
  'Interface'?: { [instance: number]: Device_USB_Interface };
  'InterfaceNumberOfEntries': number;
  'Port'?: { [instance: number]: Device_USB_Port };
  'PortNumberOfEntries': number;
  'USBHosts'?: Device_USB_USBHosts;
}

/** Device.USB.Interface.{i}. */
export interface Device_USB_Interface {
  'Alias': string;
  'Enable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MACAddress': string;
  'MaxBitRate': number;
  'Name': string;
  'Port': string;
  'Stats'?: Device_USB_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'Upstream': boolean;
}

/** Device.USB.Interface.{i}.Stats. */
export interface Device_USB_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.USB.Port.{i}. */
export interface Device_USB_Port {
  'Alias': string;
  'Name': string;
  'Power': "Self" | "Bus" | "Unknown";
  'Rate': "Low" | "Full" | "High" | "Super";
  'Receptacle': "Standard-A" | "Standard-B" | "Powered-B" | "Micro-AB" | "Micro-B";
  'Standard': string;
  'Type': "Host" | "Hub" | "Device";
}

/** Device.USB.USBHosts. */
export interface Device_USB_USBHosts {
  'Host'?: { [instance: number]: Device_USB_USBHosts_Host };
  'HostNumberOfEntries': number;
}

/** Device.USB.USBHosts.Host.{i}. */
export interface Device_USB_USBHosts_Host {
  'Alias': string;
  'Device'?: { [instance: number]: Device_USB_USBHosts_Host_Device };
  'DeviceNumberOfEntries': number;
  'Enable': boolean;
  'Name': string;
  'PowerManagementEnable': boolean;
  'Reset': boolean;
  'Type': "Unknown" | "OHCI" | "EHCI" | "UHCI" | "xHCI";
  'USBVersion': string;
}

/** Device.USB.USBHosts.Host.{i}.Device.{i}. */
export interface Device_USB_USBHosts_Host_Device {
  'Configuration'?: { [instance: number]: Device_USB_USBHosts_Host_Device_Configuration };
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
  'Rate': "Unknown" | "Low" | "Full" | "High" | "Super";
  'SerialNumber': string;
  'USBPort': string;
  'USBVersion': string;
  'VendorID': number;
}

/** Device.USB.USBHosts.Host.{i}.Device.{i}.Configuration.{i}. */
export interface Device_USB_USBHosts_Host_Device_Configuration {
  'ConfigurationNumber': number;
  'Interface'?: { [instance: number]: Device_USB_USBHosts_Host_Device_Configuration_Interface };
  'InterfaceNumberOfEntries': number;
}

/** Device.USB.USBHosts.Host.{i}.Device.{i}.Configuration.{i}.Interface.{i}. */
export interface Device_USB_USBHosts_Host_Device_Configuration_Interface {
  'InterfaceClass': string;
  'InterfaceNumber': number;
  'InterfaceProtocol': string;
  'InterfaceSubClass': string;
}

/** Device.USPAgent. */
export interface Device_USPAgent {
  'AddCertificate': string;
  'AdvertisedDeviceSubtypes': readonly string[];
  'Certificate'?: { [instance: number]: Device_USPAgent_Certificate };
  'CertificateNumberOfEntries': number;
  'Controller'?: { [instance: number]: Device_USPAgent_Controller };
  'ControllerNumberOfEntries': number;
  'ControllerTrust'?: Device_USPAgent_ControllerTrust;
  'EndpointID': string;
  'MTP'?: { [instance: number]: Device_USPAgent_MTP };
  'MTPNumberOfEntries': number;
  'MaxSubscriptionChangeAdoptionTime': number;
  'SoftwareVersion': string;
  'SupportedFingerprintAlgorithms': readonly ("SHA-1" | "SHA-224" | "SHA-256" | "SHA-384" | "SHA-512")[];
  'SupportedProtocols': readonly ("WebSocket" | "STOMP" | "MQTT" | "UDS")[];
  'UpTime': number;
}

/** Device.USPAgent.Certificate.{i}. */
export interface Device_USPAgent_Certificate {
  'Alias': string;
  'Enable': boolean;
  'Issuer': string;
  'SerialNumber': string;
}

/** Device.USPAgent.Controller.{i}. */
export interface Device_USPAgent_Controller {
  'Alias': string;
  'AssignedRole': readonly string[];
  'ControllerCode': string;
  'Credential': readonly string[];
  'Enable': boolean;
  'EndpointID': string;
  'InheritedRole': readonly string[];
  'MTP'?: { [instance: number]: Device_USPAgent_Controller_MTP };
  'MTPNumberOfEntries': number;
  'PeriodicNotifInterval': number;
  'PeriodicNotifTime': string;
  'ProvisioningCode': string;
  'SendOnBoardRequest': boolean;
  'USPNotifRetryIntervalMultiplier': number;
  'USPNotifRetryMinimumWaitInterval': number;
}

/** Device.USPAgent.Controller.{i}.MTP.{i}. */
export interface Device_USPAgent_Controller_MTP {
  'Alias': string;
  'Enable': boolean;
  'MQTT'?: Device_USPAgent_Controller_MTP_MQTT;
  'Order': number;
  'Protocol': string;
  'STOMP'?: Device_USPAgent_Controller_MTP_STOMP;
  'UDS'?: Device_USPAgent_Controller_MTP_UDS;
  'WebSocket'?: Device_USPAgent_Controller_MTP_WebSocket;
}

/** Device.USPAgent.Controller.{i}.MTP.{i}.MQTT. */
export interface Device_USPAgent_Controller_MTP_MQTT {
  'AgentMTPReference': string;
  'PublishRetainNotify': boolean;
  'PublishRetainResponse': boolean;
  'Topic': string;
  'USPServiceRef': string;
}

/** Device.USPAgent.Controller.{i}.MTP.{i}.STOMP. */
export interface Device_USPAgent_Controller_MTP_STOMP {
  'Destination': string;
  'Reference': string;
  'USPServiceRef': string;
}

/** Device.USPAgent.Controller.{i}.MTP.{i}.UDS. */
export interface Device_USPAgent_Controller_MTP_UDS {
  'USPServiceRef': string;
  'UnixDomainSocketRef': string;
}

/** Device.USPAgent.Controller.{i}.MTP.{i}.WebSocket. */
export interface Device_USPAgent_Controller_MTP_WebSocket {
  'CurrentRetryCount': number;
  'EnableEncryption': boolean;
  'Host': string;
  'KeepAliveInterval': number;
  'Path': string;
  'Port': number;
  'SessionRetryIntervalMultiplier': number;
  'SessionRetryMinimumWaitInterval': number;
  'USPServiceRef': string;
}

/** Device.USPAgent.ControllerTrust. */
export interface Device_USPAgent_ControllerTrust {
  'BannedRole': string;
  'Challenge'?: { [instance: number]: Device_USPAgent_ControllerTrust_Challenge };
  'ChallengeNumberOfEntries': number;
  'Credential'?: { [instance: number]: Device_USPAgent_ControllerTrust_Credential };
  'CredentialNumberOfEntries': number;
  'Role'?: { [instance: number]: Device_USPAgent_ControllerTrust_Role };
  'RoleNumberOfEntries': number;
  'SecuredRoles': readonly string[];
  'TOFUAllowed': boolean;
  'TOFUInactivityTimer': number;
  'UntrustedRole': readonly string[];
}

/** Device.USPAgent.ControllerTrust.Challenge.{i}. */
export interface Device_USPAgent_ControllerTrust_Challenge {
  'Alias': string;
  'Description': string;
  'Enable': boolean;
  'Instruction': string;
  'InstructionType': "text/plain" | "image/jpeg" | "text/html";
  'LockoutPeriod': number;
  'Retries': number;
  'Role': readonly string[];
  'Type': "Passphrase";
  'Value': string;
  'ValueType': "text/plain" | "image/jpeg";
}

/** Device.USPAgent.ControllerTrust.Credential.{i}. */
export interface Device_USPAgent_ControllerTrust_Credential {
  'Alias': string;
  'AllowedUses': "MTP-only" | "MTP-and-USP" | "MTP-and-broker";
  'Credential': string;
  'Enable': boolean;
  'Role': readonly string[];
}

/** Device.USPAgent.ControllerTrust.Role.{i}. */
export interface Device_USPAgent_ControllerTrust_Role {
  'Alias': string;
  'Enable': boolean;
  'Name': string;
  'Permission'?: { [instance: number]: Device_USPAgent_ControllerTrust_Role_Permission };
  'PermissionNumberOfEntries': number;
}

/** Device.USPAgent.ControllerTrust.Role.{i}.Permission.{i}. */
export interface Device_USPAgent_ControllerTrust_Role_Permission {
  'Alias': string;
  'CommandEvent': string;
  'Enable': boolean;
  'InstantiatedObj': string;
  'Obj': string;
  'Order': number;
  'Param': string;
  'Targets': readonly string[];
}

/** Device.USPAgent.MTP.{i}. */
export interface Device_USPAgent_MTP {
  'Alias': string;
  'Enable': boolean;
  'EnableMDNS': boolean;
  'MQTT'?: Device_USPAgent_MTP_MQTT;
  'Protocol': string;
  'STOMP'?: Device_USPAgent_MTP_STOMP;
  'Status': "Up" | "Down" | "Error";
  'UDS'?: Device_USPAgent_MTP_UDS;
  'WebSocket'?: Device_USPAgent_MTP_WebSocket;
}

/** Device.USPAgent.MTP.{i}.MQTT. */
export interface Device_USPAgent_MTP_MQTT {
  'PublishQoS': number;
  'Reference': string;
  'ResponseTopicConfigured': string;
  'ResponseTopicDiscovered': string;
}

/** Device.USPAgent.MTP.{i}.STOMP. */
export interface Device_USPAgent_MTP_STOMP {
  'Destination': string;
  'DestinationFromServer': string;
  'Reference': string;
}

/** Device.USPAgent.MTP.{i}.UDS. */
export interface Device_USPAgent_MTP_UDS {
  'UnixDomainSocketRef': string;
}

/** Device.USPAgent.MTP.{i}.WebSocket. */
export interface Device_USPAgent_MTP_WebSocket {
  'EnableEncryption': boolean;
  'Interfaces': readonly string[];
  'KeepAliveInterval': number;
  'Path': string;
  'Port': number;
}

/** Device.USPServices. */
export interface Device_USPServices {
  'Trust'?: { [instance: number]: Device_USPServices_Trust };
  'TrustNumberOfEntries': number;
  'USPService'?: { [instance: number]: Device_USPServices_USPService };
  'USPServiceNumberOfEntries': number;
}

/** Device.USPServices.Trust.{i}. */
export interface Device_USPServices_Trust {
  'EndpointID': string;
  'TargetPaths': readonly string[];
}

/** Device.USPServices.USPService.{i}. */
export interface Device_USPServices_USPService {
  'DataModelPaths': readonly string[];
  'DeploymentUnitRef': readonly string[];
  'EndpointID': string;
  'ExecutionUnitRef': readonly string[];
  'HasController': boolean;
  'Protocol': "WebSocket" | "STOMP" | "MQTT" | "UDS";
}

/** Device.UnixDomainSockets. */
export interface Device_UnixDomainSockets {
  'UnixDomainSocket'?: { [instance: number]: Device_UnixDomainSockets_UnixDomainSocket };
  'UnixDomainSocketNumberOfEntries': number;
}

/** Device.UnixDomainSockets.UnixDomainSocket.{i}. */
export interface Device_UnixDomainSockets_UnixDomainSocket {
  'Alias': string;
  'Mode': "Listen" | "Connect";
  'Path': string;
}

/** Device.UserInterface. */
export interface Device_UserInterface {
  'AutoUpdateServer': string;
  'AvailableLanguages': readonly string[];
  'BackgroundColor': string;
  'ButtonColor': string;
  'ButtonTextColor': string;
  'CurrentLanguage': string;
  'Enable': boolean;
  'HTTPAccess'?: { [instance: number]: Device_UserInterface_HTTPAccess };
  'HTTPAccessNumberOfEntries': number;
  'HTTPAccessSupportedProtocols': readonly ("HTTP" | "HTTPS")[];
  'ISPHelpDesk': string;
  'ISPHelpPage': string;
  'ISPHomePage': string;
  'ISPLogo': string;
  'ISPLogoSize': number;
  'ISPMailServer': string;
  'ISPName': string;
  'ISPNewsServer': string;
  'LocalDisplay'?: Device_UserInterface_LocalDisplay;
  'Messages'?: Device_UserInterface_Messages;
  'PasswordRequired': boolean;
  'PasswordReset': boolean;
  'PasswordUserSelectable': boolean;
  'TextColor': string;
  'UpgradeAvailable': boolean;
  'UserUpdateServer': string;
  'WarrantyDate': string;
}

/** Device.UserInterface.HTTPAccess.{i}. */
export interface Device_UserInterface_HTTPAccess {
  'AccessType': "RemoteAccess" | "LocalAccess";
  'ActivationDate': string;
  'Alias': string;
  'AllowAllIPv4': boolean;
  'AllowAllIPv6': boolean;
  'AllowedHosts': readonly string[];
  'AllowedPathPrefixes': readonly string[];
  'AllowedRoles': readonly string[];
  'AutoDisableDuration': number;
  'CABundle': string;
  'CACertificate': string;
  'Certificate': string;
  'Enable': boolean;
  'IPv4AllowedSourcePrefix': readonly string[];
  'IPv6AllowedSourcePrefix': readonly string[];
  'Interface': string;
  'Order': number;
  'Port': number;
  'Protocol': string;
  'Session'?: { [instance: number]: Device_UserInterface_HTTPAccess_Session };
  'SessionNumberOfEntries': number;
  'Status': "Up" | "Down" | "Error";
  'TimeLeft': number;
}

/** Device.UserInterface.HTTPAccess.{i}.Session.{i}. */
export interface Device_UserInterface_HTTPAccess_Session {
  'IPAddress': string;
  'Port': number;
  'Protocol': string;
  'SessionID': string;
  'StartDate': string;
  'User': string;
}

/** Device.UserInterface.LocalDisplay. */
export interface Device_UserInterface_LocalDisplay {
  'DisplayHeight': number;
  'DisplayWidth': number;
  'Height': number;
  'Movable': boolean;
  'PosX': number;
  'PosY': number;
  'Resizable': boolean;
  'Width': number;
}

/** Device.UserInterface.Messages. */
export interface Device_UserInterface_Messages {
  'BackgroundColor': string;
  'Enable': boolean;
  'ExecutedNumberOfRepetitions': number;
  'IconType': "None" | "Greeting" | "Information" | "Warning" | "Important" | "Urgent" | "Advertisement";
  'MessageColor': string;
  'RequestedNumberOfRepetitions': number;
  'SubTitle': string;
  'SubTitleColor': string;
  'Text': string;
  'Title': string;
  'TitleColor': string;
}

/** Device.Users. */
export interface Device_Users {
  'CheckCredentialsDiagnostics'?: Device_Users_CheckCredentialsDiagnostics;
  'Group'?: { [instance: number]: Device_Users_Group };
  'GroupNumberOfEntries': number;
  'Role'?: { [instance: number]: Device_Users_Role };
  'RoleNumberOfEntries': number;
  'SupportedCapabilities': readonly ("CAP_AUDIT_CONTROL" | "CAP_AUDIT_READ" | "CAP_AUDIT_WRITE" | "CAP_BLOCK_SUSPEND" | "CAP_BPF" | "CAP_CHECKPOINT_RESTORE" | "CAP_CHOWN" | "CAP_DAC_OVERRIDE" | "CAP_DAC_READ_SEARCH" | "CAP_FOWNER" | "CAP_FSETID" | "CAP_IPC_LOCK" | "CAP_IPC_OWNER" | "CAP_KILL" | "CAP_LEASE" | "CAP_LINUX_IMMUTABLE" | "CAP_MAC_ADMIN" | "CAP_MAC_OVERRIDE" | "CAP_MKNOD" | "CAP_NET_ADMIN" | "CAP_NET_BIND_SERVICE" | "CAP_NET_BROADCAST" | "CAP_NET_RAW" | "CAP_PERFMON" | "CAP_SETGID" | "CAP_SETFCAP" | "CAP_SETPCAP" | "CAP_SETUID" | "CAP_SYS_ADMIN" | "CAP_SYS_BOOT" | "CAP_SYS_CHROOT" | "CAP_SYS_MODULE" | "CAP_SYS_NICE" | "CAP_SYS_PACCT" | "CAP_SYS_PTRACE" | "CAP_SYS_RAWIO" | "CAP_SYS_RESOURCE" | "CAP_SYS_TIME" | "CAP_SYS_TTY_CONFIG" | "CAP_SYSLOG" | "CAP_WAKE_ALARM")[];
  'SupportedShell'?: { [instance: number]: Device_Users_SupportedShell };
  'SupportedShellNumberOfEntries': number;
  'User'?: { [instance: number]: Device_Users_User };
  'UserNumberOfEntries': number;
}

/** Device.Users.CheckCredentialsDiagnostics. */
export interface Device_Users_CheckCredentialsDiagnostics {
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Credentials_Good" | "Credentials_Bad_Username_Not_Supported" | "Credentials_Bad_Password_Incorrect" | "Credentials_Missing";
  'Password': string;
  'Username': string;
}

/** Device.Users.Group.{i}. */
export interface Device_Users_Group {
  'Alias': string;
  'Enable': boolean;
  'GroupID': number;
  'Groupname': string;
  'RoleParticipation': readonly string[];
  'StaticGroup': boolean;
}

/** Device.Users.Role.{i}. */
export interface Device_Users_Role {
  'Alias': string;
  'Enable': boolean;
  'RequiredCapabilities': readonly string[];
  'RoleID': number;
  'RoleName': string;
  'StaticRole': boolean;
}

/** Device.Users.SupportedShell.{i}. */
export interface Device_Users_SupportedShell {
  'Alias': string;
  'Enable': boolean;
  'Name': string;
}

/** Device.Users.User.{i}. */
export interface Device_Users_User {
  'Alias': string;
  'Enable': boolean;
  'GroupParticipation': readonly string[];
  'Language': string;
  'Password': string;
  'RoleParticipation': readonly string[];
  'Shell': string;
  'StaticUser': boolean;
  'UserID': number;
  'Username': string;
}

/** Device.VXLAN. */
export interface Device_VXLAN {
  'Filter'?: { [instance: number]: Device_VXLAN_Filter };
  'FilterNumberOfEntries': number;
  'Tunnel'?: { [instance: number]: Device_VXLAN_Tunnel };
  'TunnelNumberOfEntries': number;
}

/** Device.VXLAN.Filter.{i}. */
export interface Device_VXLAN_Filter {
  'Alias': string;
  'AllInterfaces': boolean;
  'DSCPMarkPolicy': number;
  'Enable': boolean;
  'Interface': string;
  'Order': number;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'VLANIDCheck': number;
  'VLANIDExclude': boolean;
}

/** Device.VXLAN.Tunnel.{i}. */
export interface Device_VXLAN_Tunnel {
  'Alias': string;
  'ConnectedRemoteEndpoint': string;
  'DefaultDSCPMark': number;
  'DeliveryHeaderProtocol': "IPv4" | "IPv6";
  'Enable': boolean;
  'Interface'?: { [instance: number]: Device_VXLAN_Tunnel_Interface };
  'InterfaceNumberOfEntries': number;
  'KeepAlivePolicy': "ICMP" | "None";
  'KeepAliveThreshold': number;
  'KeepAliveTimeout': number;
  'RemoteEndpoints': readonly string[];
  'RemotePort': number;
  'SourcePort': number;
  'Stats'?: Device_VXLAN_Tunnel_Stats;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** Device.VXLAN.Tunnel.{i}.Interface.{i}. */
export interface Device_VXLAN_Tunnel_Interface {
  'Alias': string;
  'Enable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'Name': string;
  'Stats'?: Device_VXLAN_Tunnel_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'VNI': number;
}

/** Device.VXLAN.Tunnel.{i}.Interface.{i}.Stats. */
export interface Device_VXLAN_Tunnel_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardChecksumReceived': number;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'DiscardSequenceNumberReceived': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.VXLAN.Tunnel.{i}.Stats. */
export interface Device_VXLAN_Tunnel_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'KeepAliveReceived': number;
  'KeepAliveSent': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
}

/** Device.WWC. */
export interface Device_WWC {
  'AccessNetwork'?: { [instance: number]: Device_WWC_AccessNetwork };
  'AccessNetworkNumberOfEntries': number;
  'HwCapabilities': readonly ("NG-RAN" | "E-UTRAN" | "W-5GAN")[];
  'Mode': "FN-RG" | "5G-RG" | "Auto";
  'Status': "FN-RG" | "5G-RG" | "Negotiating";
  'SwCapabilities': readonly ("FN-RG" | "5G-RG" | "ATSSS")[];
  'URSP'?: { [instance: number]: Device_WWC_URSP };
  'URSPNumberOfEntries': number;
}

/** Device.WWC.AccessNetwork.{i}. */
export interface Device_WWC_AccessNetwork {
  'AccessNetworkType': "NG-RAN" | "E-UTRAN" | "W-5GAN";
  'Alias': string;
  'ConnectionStatus': "CM_IDLE" | "CM_CONNECTED" | "CM_UNDEFINED" | "Error";
  'GUTI'?: Device_WWC_AccessNetwork_GUTI;
  'Interface': string;
  'LastError': number;
  'Name': string;
  'RegistrationStatus': "RM_REGISTERED" | "RM_DEREGISTERED" | "RM_UNDEFINED" | "Error";
}

/** Device.WWC.AccessNetwork.{i}.GUTI. */
export interface Device_WWC_AccessNetwork_GUTI {
  'AMFId': number;
  'PLMN': number;
  'TMSI': number;
}

/** Device.WWC.URSP.{i}. */
export interface Device_WWC_URSP {
  'Alias': string;
  'Precedence': number;
  'TrafficDescriptor'?: { [instance: number]: Device_WWC_URSP_TrafficDescriptor };
  'TrafficDescriptorNumberOfEntries': number;
}

/** Device.WWC.URSP.{i}.TrafficDescriptor.{i}. */
export interface Device_WWC_URSP_TrafficDescriptor {
  'Alias': string;
  'RouteSelectionDescriptor'?: { [instance: number]: Device_WWC_URSP_TrafficDescriptor_RouteSelectionDescriptor };
  'RouteSelectionDescriptorNumberOfEntries': number;
  'Type': number;
  'Value': string;
}

/** Device.WWC.URSP.{i}.TrafficDescriptor.{i}.RouteSelectionDescriptor.{i}. */
export interface Device_WWC_URSP_TrafficDescriptor_RouteSelectionDescriptor {
  'AccessType': "3GPP access" | "Non-3GPP access";
  'Alias': string;
  'DNN': string;
  'NetworkSlice'?: Device_WWC_URSP_TrafficDescriptor_RouteSelectionDescriptor_NetworkSlice;
  'PDUSessionType': "IPv4" | "IPv6" | "IPv4v6" | "Unstructured";
  'Precedence': number;
  'SSC': number;
}

/** Device.WWC.URSP.{i}.TrafficDescriptor.{i}.RouteSelectionDescriptor.{i}.NetworkSlice. */
export interface Device_WWC_URSP_TrafficDescriptor_RouteSelectionDescriptor_NetworkSlice {
  'SliceDifferentiator': number;
  'SliceServiceType': "eMBB" | "URLLC" | "MIoT" | "V2X";
}

/** Device.WiFi. */
export interface Device_WiFi {
  'AccessPoint'?: { [instance: number]: Device_WiFi_AccessPoint };
  'AccessPointNumberOfEntries': number;
  'CCAMeasurementDiagnostic'?: Device_WiFi_CCAMeasurementDiagnostic;
  'DataElements'?: Device_WiFi_DataElements;
  'EndPoint'?: { [instance: number]: Device_WiFi_EndPoint };
  'EndPointNumberOfEntries': number;
  'NeighboringWiFiDiagnostic'?: Device_WiFi_NeighboringWiFiDiagnostic;
  'Radio'?: { [instance: number]: Device_WiFi_Radio };
  'RadioNumberOfEntries': number;
  'RemoteMeasurementDiagnostic'?: Device_WiFi_RemoteMeasurementDiagnostic;
  'Reset': boolean;
  'ResetCause': "HostReinit" | "SpontaneousInterrupt" | "LossOfPower";
  'ResetCounter': number;
  'SSID'?: { [instance: number]: Device_WiFi_SSID };
  'SSIDNumberOfEntries': number;
}

/** Device.WiFi.AccessPoint.{i}. */
export interface Device_WiFi_AccessPoint {
  'AC'?: { [instance: number]: Device_WiFi_AccessPoint_AC };
  'ANQP'?: Device_WiFi_AccessPoint_ANQP;
  'Accounting'?: Device_WiFi_AccessPoint_Accounting;
  'Alias': string;
  'AllowedMACAddress': readonly string[];
  'AssociatedDevice'?: { [instance: number]: Device_WiFi_AccessPoint_AssociatedDevice };
  'AssociatedDeviceNumberOfEntries': number;
  'CpeOperationMode': "Router" | "Bridge/Extender";
  'Enable': boolean;
  'Interworking'?: Device_WiFi_AccessPoint_Interworking;
  'IsolationEnable': boolean;
  'MACAddressControlEnabled': boolean;
  'MaxAllowedAssociations': number;
  'Passpoint'?: Device_WiFi_AccessPoint_Passpoint;
  'SSIDAdvertisementEnabled': boolean;
  'SSIDReference': string;
  'Security'?: Device_WiFi_AccessPoint_Security;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'UAPSDCapability': boolean;
  'UAPSDEnable': boolean;
  'WMMCapability': boolean;
  'WMMEnable': boolean;
  'WPS'?: Device_WiFi_AccessPoint_WPS;
}

/** Device.WiFi.AccessPoint.{i}.AC.{i}. */
export interface Device_WiFi_AccessPoint_AC {
  'AccessCategory': "BE" | "BK" | "VI" | "VO";
  'AckPolicy': boolean;
  'Alias': string;
  'OutQLenHistogramIntervals': readonly string[];
  'OutQLenHistogramSampleInterval': number;
  'Stats'?: Device_WiFi_AccessPoint_AC_Stats;
}

/** Device.WiFi.AccessPoint.{i}.AC.{i}.Stats. */
export interface Device_WiFi_AccessPoint_AC_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'OutQLenHistogram': readonly string[];
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'RetransCount': number;
}

/** Device.WiFi.AccessPoint.{i}.ANQP. */
export interface Device_WiFi_AccessPoint_ANQP {
  'AdviceOfCharges': readonly ("Time-based" | "Data-volume-based" | "Time-and-data-volume-based" | "Unlimited")[];
  'Cellular3GPPNetworkInfo': readonly number[];
  'Domains': readonly string[];
  'Enable': boolean;
  'IPv4AddressAvailability': "NotAvailable" | "PublicIPv4" | "PortRestrictedIPv4" | "SingleNATIPv4" | "DoubleNATIPv4" | "PortRestrictSingleNATIPv4" | "PortRestrictDoubleNATIPv4" | "Unknown";
  'IPv6AddressAvailability': "NotAvailable" | "Available" | "Unknown";
  'NAIRealms': readonly string[];
  'NetworkAuthTypes': readonly ("0" | "1" | "2" | "3")[];
  'RoamingConsortiumOIs': readonly string[];
  'VenueName': string;
}

/** Device.WiFi.AccessPoint.{i}.Accounting. */
export interface Device_WiFi_AccessPoint_Accounting {
  'Enable': boolean;
  'InterimInterval': number;
  'SecondarySecret': string;
  'SecondaryServerIPAddr': string;
  'SecondaryServerPort': number;
  'Secret': string;
  'ServerIPAddr': string;
  'ServerPort': number;
}

/** Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}. */
export interface Device_WiFi_AccessPoint_AssociatedDevice {
  'Active': boolean;
  'AssociationTime': string;
  'AuthenticationState': boolean;
  'LastDataDownlinkRate': number;
  'LastDataUplinkRate': number;
  'MACAddress': string;
  'MaxSupportedBandwidth': "20MHz" | "40MHz" | "80MHz" | "160MHz" | "320MHz" | "Unknown";
  'MaxSupportedDataDownlinkRate': number;
  'MaxSupportedDataUplinkRate': number;
  'Noise': number;
  'OperatingStandard': "a" | "b" | "g" | "n" | "ac" | "ax" | "be";
  'Retransmissions': number;
  'SNR': number;
  'SetStaATF': number;
  'SignalStrength': number;
  'Stats'?: Device_WiFi_AccessPoint_AssociatedDevice_Stats;
  'Type': string;
}

/** Device.WiFi.AccessPoint.{i}.AssociatedDevice.{i}.Stats. */
export interface Device_WiFi_AccessPoint_AssociatedDevice_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'FailedRetransCount': number;
  'MultipleRetryCount': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'RetransCount': number;
  'RetryCount': number;
}

/** Device.WiFi.AccessPoint.{i}.Interworking. */
export interface Device_WiFi_AccessPoint_Interworking {
  'ASRA': boolean;
  'AccessNetworkType': "PrivateNetwork" | "PrivateNetworkWithGuestAccess" | "ChargeablePublicNetwork" | "FreePublicNetwork" | "PersonalDeviceNetwork" | "EmergencyServicesOnlyNetwork" | "TestOrExperimental" | "Wildcard";
  'EmergencyServiceReachable': boolean;
  'Enable': boolean;
  'HESSID': string;
  'InternetAvailable': boolean;
  'UnauthenticatedEmergencyServiceAvailable': boolean;
  'VenueGroup': "Unspecified" | "Assembly" | "Business" | "Educational" | "Factory-Industrial" | "Institutional" | "Mercantile" | "Residential" | "Storage" | "Utility-Miscellaneous" | "Vehicular" | "Outdoor";
  'VenueType': string;
}

/** Device.WiFi.AccessPoint.{i}.Passpoint. */
export interface Device_WiFi_AccessPoint_Passpoint {
  'DGAFDisable': boolean;
  'Enable': boolean;
  'OSU'?: Device_WiFi_AccessPoint_Passpoint_OSU;
  'OperatorFriendlyName': string;
  'Version': "R1" | "R2" | "R3";
}

/** Device.WiFi.AccessPoint.{i}.Passpoint.OSU. */
export interface Device_WiFi_AccessPoint_Passpoint_OSU {
  'Enable': boolean;
  'FriendlyNames': readonly string[];
  'Method': readonly ("Reserved" | "SOAP_XML_SPP")[];
  'ProviderNAIs': readonly string[];
  'SSID': string;
  'ServerURIs': readonly string[];
  'ServiceDescriptions': readonly string[];
}

/** Device.WiFi.AccessPoint.{i}.Security. */
export interface Device_WiFi_AccessPoint_Security {
  'EncryptionMode': readonly ("TKIP" | "AES")[];
  'KeyPassphrase': string;
  'MFPConfig': "Disabled" | "Optional" | "Required";
  'ModeEnabled': string;
  'ModesSupported': readonly ("None" | "WEP-64" | "WEP-128" | "WPA-Personal" | "WPA2-Personal" | "WPA3-Personal" | "WPA-WPA2-Personal" | "WPA3-Personal-Transition" | "WPA-Enterprise" | "WPA2-Enterprise" | "WPA3-Enterprise" | "WPA-WPA2-Enterprise" | "OWE")[];
  'PreSharedKey': string;
  'RadiusSecret': string;
  'RadiusServerIPAddr': string;
  'RadiusServerPort': number;
  'RekeyingInterval': number;
  'Reset': boolean;
  'SAEPassphrase': string;
  'SPPAMSDU': "Disabled" | "Capable" | "Required";
  'SecondaryRadiusSecret': string;
  'SecondaryRadiusServerIPAddr': string;
  'SecondaryRadiusServerPort': number;
  'TransitionDisableIndication': boolean;
  'WEPKey': string;
}

/** Device.WiFi.AccessPoint.{i}.WPS. */
export interface Device_WiFi_AccessPoint_WPS {
  'ConfigMethodsEnabled': readonly string[];
  'ConfigMethodsSupported': readonly ("USBFlashDrive" | "Ethernet" | "Label" | "Display" | "ExternalNFCToken" | "IntegratedNFCToken" | "NFCInterface" | "PushButton" | "PIN" | "PhysicalPushButton" | "PhysicalDisplay" | "VirtualPushButton" | "VirtualDisplay")[];
  'Enable': boolean;
  'PIN': string;
  'Status': "Disabled" | "Error" | "Unconfigured" | "Configured" | "SetupLocked";
  'Version': string;
}

/** Device.WiFi.CCAMeasurementDiagnostic. */
export interface Device_WiFi_CCAMeasurementDiagnostic {
  'CCAReport': string;
  'Channel': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error";
  'DwellTime': number;
  'Frequency': "2.4GHz" | "5GHz" | "6GHz";
}

/** Device.WiFi.DataElements. */
export interface Device_WiFi_DataElements {
  'AssociationEvent'?: Device_WiFi_DataElements_AssociationEvent;
  'DisassociationEvent'?: Device_WiFi_DataElements_DisassociationEvent;
  'FailedConnectionEvent'?: Device_WiFi_DataElements_FailedConnectionEvent;
  'Network'?: Device_WiFi_DataElements_Network;
}

/** Device.WiFi.DataElements.AssociationEvent. */
export interface Device_WiFi_DataElements_AssociationEvent {
  'AssociationEventData'?: { [instance: number]: Device_WiFi_DataElements_AssociationEvent_AssociationEventData };
  'AssociationEventDataNumberOfEntries': number;
}

/** Device.WiFi.DataElements.AssociationEvent.AssociationEventData.{i}. */
export interface Device_WiFi_DataElements_AssociationEvent_AssociationEventData {
  'BSSID': string;
  'Channel': number;
  'ClientCapabilities': string;
  'HTCapabilities': string;
  'MACAddress': string;
  'OpClass': number;
  'StatusCode': number;
  'TimeStamp': string;
  'VHTCapabilities': string;
  'WiFi6Capabilities'?: Device_WiFi_DataElements_AssociationEvent_AssociationEventData_WiFi6Capabilities;
}

/** Device.WiFi.DataElements.AssociationEvent.AssociationEventData.{i}.WiFi6Capabilities. */
export interface Device_WiFi_DataElements_AssociationEvent_AssociationEventData_WiFi6Capabilities {
  'AnticipatedChannelUsage': boolean;
  'Beamformee80orLess': boolean;
  'BeamformeeAbove80': boolean;
  'DLOFDMA': boolean;
  'HE160': boolean;
  'HE8080': boolean;
  'MCSNSS': string;
  'MUBeamformer': boolean;
  'MUEDCA': boolean;
  'MURTS': boolean;
  'MaxDLMUMIMO': number;
  'MaxDLOFDMA': number;
  'MaxULMUMIMO': number;
  'MaxULOFDMA': number;
  'MultiBSSID': boolean;
  'RTS': boolean;
  'SUBeamformee': boolean;
  'SUBeamformer': boolean;
  'SpatialReuse': boolean;
  'TWTRequestor': boolean;
  'TWTResponder': boolean;
  'ULMUMIMO': boolean;
  'ULOFDMA': boolean;
}

/** Device.WiFi.DataElements.DisassociationEvent. */
export interface Device_WiFi_DataElements_DisassociationEvent {
  'DisassociationEventData'?: { [instance: number]: Device_WiFi_DataElements_DisassociationEvent_DisassociationEventData };
  'DisassociationEventDataNumberOfEntries': number;
}

/** Device.WiFi.DataElements.DisassociationEvent.DisassociationEventData.{i}. */
export interface Device_WiFi_DataElements_DisassociationEvent_DisassociationEventData {
  'BSSID': string;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'Channel': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'EstMACDataRateDownlink': number;
  'EstMACDataRateUplink': number;
  'InitiatedBy': "STA" | "EasyMesh_Agent" | "EasyMesh_Controller" | "DE_Collector" | "Unknown";
  'LastConnectTime': number;
  'LastDataDownlinkRate': number;
  'LastDataUplinkRate': number;
  'MACAddress': string;
  'Noise': number;
  'OpClass': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'ReasonCode': number;
  'RetransCount': number;
  'SignalStrength': number;
  'TimeStamp': string;
  'UtilizationReceive': bigint;
  'UtilizationTransmit': bigint;
}

/** Device.WiFi.DataElements.FailedConnectionEvent. */
export interface Device_WiFi_DataElements_FailedConnectionEvent {
  'FailedConnectionEventData'?: { [instance: number]: Device_WiFi_DataElements_FailedConnectionEvent_FailedConnectionEventData };
  'FailedConnectionEventDataNumberOfEntries': number;
}

/** Device.WiFi.DataElements.FailedConnectionEvent.FailedConnectionEventData.{i}. */
export interface Device_WiFi_DataElements_FailedConnectionEvent_FailedConnectionEventData {
  'BSSID': string;
  'MACAddress': string;
  'ReasonCode': number;
  'StatusCode': number;
  'TimeStamp': string;
}

/** Device.WiFi.DataElements.Network. */
export interface Device_WiFi_DataElements_Network {
  'ColocatedAgentID': string;
  'ControllerID': string;
  'Device'?: { [instance: number]: Device_WiFi_DataElements_Network_Device };
  'DeviceNumberOfEntries': number;
  'ID': string;
  'MSCSDisallowedStaList': readonly string[];
  'MultiAPSteeringSummaryStats'?: Device_WiFi_DataElements_Network_MultiAPSteeringSummaryStats;
  'ProvisionedDPP'?: { [instance: number]: Device_WiFi_DataElements_Network_ProvisionedDPP };
  'ProvisionedDPPNumberOfEntries': number;
  'SCSDisallowedStaList': readonly string[];
  'SSID'?: { [instance: number]: Device_WiFi_DataElements_Network_SSID };
  'SSIDNumberOfEntries': number;
  'STABlock'?: { [instance: number]: Device_WiFi_DataElements_Network_STABlock };
  'STABlockNumberOfEntries': number;
  'SteeringMandates': bigint;
  'SteeringOpportunities': bigint;
  'TimeStamp': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}. */
export interface Device_WiFi_DataElements_Network_Device {
  'AFCAvailableSpectrum'?: Device_WiFi_DataElements_Network_Device_AFCAvailableSpectrum;
  'APMLD'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_APMLD };
  'APMLDMaxLinks': number;
  'APMLDNumberOfEntries': number;
  'APMetricsReportingInterval': number;
  'AnticipatedChannelUsage'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_AnticipatedChannelUsage };
  'AnticipatedChannelUsageNumberOfEntries': number;
  'AnticipatedChannels'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_AnticipatedChannels };
  'AnticipatedChannelsNumberOfEntries': number;
  'AssociatedSTAReportingInterval': number;
  'BTMSteeringDisallowedSTAList': readonly string[];
  'BackhaulALID': string;
  'BackhaulDown'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_BackhaulDown };
  'BackhaulDownMACAddress': readonly string[];
  'BackhaulDownNumberOfEntries': number;
  'BackhaulMACAddress': string;
  'BackhaulMediaType': "IEEE 802.3u" | "IEEE 802.3ab" | "IEEE 802.11b" | "IEEE 802.11g" | "IEEE 802.11a" | "IEEE 802.11n 2.4" | "IEEE 802.11n 5.0" | "IEEE 802.11ac" | "IEEE 802.11ad" | "IEEE 802.11af" | "IEEE 802.11ax" | "IEEE 802.11be" | "IEEE 1901 Wavelet" | "IEEE 1901 FFT" | "MoCAv1.1" | "Generic PHY" | "IEEE 802.11ah";
  'BackhaulPHYRate': number;
  'CACStatus'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_CACStatus };
  'CACStatusNumberOfEntries': number;
  'CollectionInterval': number;
  'ControllerOperationMode': "NotSupported" | "SupportedNotEnabled" | "Running";
  'CoordinatedCACAllowed': boolean;
  'CountryCode': string;
  'DFSEnable': boolean;
  'DSCPMap': string;
  'Default8021Q'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Default8021Q };
  'Default8021QNumberOfEntries': number;
  'EasyConnectCapability': boolean;
  'ExecutionEnv': string;
  'ID': string;
  'IEEE1905Security'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_IEEE1905Security };
  'IEEE1905SecurityNumberOfEntries': number;
  'LocalSteeringDisallowedSTAList': readonly string[];
  'Manufacturer': string;
  'ManufacturerModel': string;
  'MaxNumMLDs': number;
  'MaxPrioritizationRules': number;
  'MaxReportingRate': number;
  'MaxUnsuccessfulAssociationReportingRate': number;
  'MaxVIDs': number;
  'MultiAPCapabilities': string;
  'MultiAPDevice'?: Device_WiFi_DataElements_Network_Device_MultiAPDevice;
  'PrioritizationSupport': boolean;
  'Radio'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio };
  'RadioNumberOfEntries': number;
  'ReportIndependentScans': boolean;
  'ReportUnsuccessfulAssociations': boolean;
  'SPRule'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_SPRule };
  'SPRuleNumberOfEntries': number;
  'SSIDtoVIDMapping'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_SSIDtoVIDMapping };
  'SSIDtoVIDMappingNumberOfEntries': number;
  'STASteeringState': boolean;
  'SerialNumber': string;
  'ServicePrioritizationAllowed': boolean;
  'SoftwareVersion': string;
  'TIDLinkMapCapability': "0" | "1" | "2";
  'TestCapabilities': number;
  'TrafficSeparationAllowed': boolean;
  'TrafficSeparationCapability': boolean;
  'WPS'?: Device_WiFi_DataElements_Network_Device_WPS;
  'bSTAMLD'?: Device_WiFi_DataElements_Network_Device_bSTAMLD;
  'bSTAMLDMaxLinks': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.AFCAvailableSpectrum. */
export interface Device_WiFi_DataElements_Network_Device_AFCAvailableSpectrum {
  'AFCAvailableSpectrumInquiryRequest': string;
  'AFCAvailableSpectrumInquiryResponse': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.APMLD.{i}. */
export interface Device_WiFi_DataElements_Network_Device_APMLD {
  'APMLDConfig'?: Device_WiFi_DataElements_Network_Device_APMLD_APMLDConfig;
  'AffiliatedAP'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_APMLD_AffiliatedAP };
  'AffiliatedAPNumberOfEntries': number;
  'LinkToOpClassMap'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_APMLD_LinkToOpClassMap };
  'LinkToOpClassMapNumberOfEntries': number;
  'MLDMACAddress': string;
  'STAMLD'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_APMLD_STAMLD };
  'STAMLDNumberOfEntries': number;
  'TIDLinkMap'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_APMLD_TIDLinkMap };
  'TIDLinkMapNumberOfEntries': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.APMLD.{i}.APMLDConfig. */
export interface Device_WiFi_DataElements_Network_Device_APMLD_APMLDConfig {
  'EMLMREnabled': boolean;
  'EMLSREnabled': boolean;
  'NSTREnabled': boolean;
  'STREnabled': boolean;
  'TIDLinkMapNegotiation': boolean;
  'TIDToOpClassPolicy'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_APMLD_APMLDConfig_TIDToOpClassPolicy };
  'TIDToOpClassPolicyNumberOfEntries': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.APMLD.{i}.APMLDConfig.TIDToOpClassPolicy.{i}. */
export interface Device_WiFi_DataElements_Network_Device_APMLD_APMLDConfig_TIDToOpClassPolicy {
  'Direction': "Up" | "Down";
  'Enable': boolean;
  'OpClass': readonly number[];
  'TID': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.APMLD.{i}.AffiliatedAP.{i}. */
export interface Device_WiFi_DataElements_Network_Device_APMLD_AffiliatedAP {
  'BSSID': string;
  'BroadcastBytesReceived': number;
  'BroadcastBytesSent': number;
  'DisabledSubChannels': number;
  'ErrorsSent': number;
  'EstServiceParametersBE': string;
  'EstServiceParametersBK': string;
  'EstServiceParametersVI': string;
  'EstServiceParametersVO': string;
  'LinkID': number;
  'MulticastBytesReceived': number;
  'MulticastBytesSent': number;
  'PacketsReceived': number;
  'PacketsSent': number;
  'RUID': string;
  'UnicastBytesReceived': number;
  'UnicastBytesSent': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.APMLD.{i}.LinkToOpClassMap.{i}. */
export interface Device_WiFi_DataElements_Network_Device_APMLD_LinkToOpClassMap {
  'LinkID': number;
  'OpClass': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.APMLD.{i}.STAMLD.{i}. */
export interface Device_WiFi_DataElements_Network_Device_APMLD_STAMLD {
  'AffiliatedSTA'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_APMLD_STAMLD_AffiliatedSTA };
  'AffiliatedSTANumberOfEntries': number;
  'BytesReceived': number;
  'BytesSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'Hostname': string;
  'IPv4Address': string;
  'IPv6Address': string;
  'IsbSTA': boolean;
  'LastConnectTime': number;
  'MLDMACAddress': string;
  'PacketsReceived': number;
  'PacketsSent': number;
  'PairwiseAKM': string;
  'PairwiseCipher': string;
  'RSNCapabilities': number;
  'RetransCount': number;
  'STAMLDConfig'?: Device_WiFi_DataElements_Network_Device_APMLD_STAMLD_STAMLDConfig;
  'STATIDLinkMap'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_APMLD_STAMLD_STATIDLinkMap };
  'STATIDLinkMapNumberOfEntries': number;
  'WiFi7Capabilities'?: Device_WiFi_DataElements_Network_Device_APMLD_STAMLD_WiFi7Capabilities;
}

/** Device.WiFi.DataElements.Network.Device.{i}.APMLD.{i}.STAMLD.{i}.AffiliatedSTA.{i}. */
export interface Device_WiFi_DataElements_Network_Device_APMLD_STAMLD_AffiliatedSTA {
  'BSSID': string;
  'BytesReceived': number;
  'BytesSent': number;
  'ErrorsSent': number;
  'EstMACDataRateDownlink': number;
  'EstMACDataRateUplink': number;
  'LastDataDownlinkRate': number;
  'LastDataUplinkRate': number;
  'MACAddress': string;
  'PacketsReceived': number;
  'PacketsSent': number;
  'SignalStrength': number;
  'UtilizationReceive': bigint;
  'UtilizationTransmit': bigint;
}

/** Device.WiFi.DataElements.Network.Device.{i}.APMLD.{i}.STAMLD.{i}.STAMLDConfig. */
export interface Device_WiFi_DataElements_Network_Device_APMLD_STAMLD_STAMLDConfig {
  'EMLMREnabled': boolean;
  'EMLSREnabled': boolean;
  'NSTREnabled': boolean;
  'STREnabled': boolean;
  'TIDLinkMapNegotiation': boolean;
}

/** Device.WiFi.DataElements.Network.Device.{i}.APMLD.{i}.STAMLD.{i}.STATIDLinkMap.{i}. */
export interface Device_WiFi_DataElements_Network_Device_APMLD_STAMLD_STATIDLinkMap {
  'BSSID': string;
  'Direction': "Up" | "Down";
  'LinkID': readonly number[];
  'TID': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.APMLD.{i}.STAMLD.{i}.WiFi7Capabilities. */
export interface Device_WiFi_DataElements_Network_Device_APMLD_STAMLD_WiFi7Capabilities {
  'EMLMRSupport': boolean;
  'EMLSRSupport': boolean;
  'NSTRSupport': boolean;
  'STRSupport': boolean;
  'TIDLinkMapNegotiation': boolean;
}

/** Device.WiFi.DataElements.Network.Device.{i}.APMLD.{i}.TIDLinkMap.{i}. */
export interface Device_WiFi_DataElements_Network_Device_APMLD_TIDLinkMap {
  'BSSID': string;
  'Direction': "Up" | "Down";
  'LinkID': readonly number[];
  'TID': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.AnticipatedChannelUsage.{i}. */
export interface Device_WiFi_DataElements_Network_Device_AnticipatedChannelUsage {
  'Channel': number;
  'Entry'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_AnticipatedChannelUsage_Entry };
  'EntryNumberOfEntries': number;
  'OpClass': number;
  'ReferenceBSSID': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.AnticipatedChannelUsage.{i}.Entry.{i}. */
export interface Device_WiFi_DataElements_Network_Device_AnticipatedChannelUsage_Entry {
  'BurstInterval': number;
  'BurstLength': number;
  'BurstStartTime': string;
  'ChannelUsageReason': "TWT_schedule" | "TSPEC" | "Scheduler_policy" | "IEEE_802.11" | "Non_IEEE_802.11" | "BSS_non_usage";
  'PowerLevel': number;
  'RUBitmask': string;
  'Repetitions': number;
  'TransmitterIdentifier': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.AnticipatedChannels.{i}. */
export interface Device_WiFi_DataElements_Network_Device_AnticipatedChannels {
  'ChannelList': readonly number[];
  'OpClass': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.BackhaulDown.{i}. */
export interface Device_WiFi_DataElements_Network_Device_BackhaulDown {
  'BackhaulDownALID': string;
  'BackhaulDownMACAddress': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.CACStatus.{i}. */
export interface Device_WiFi_DataElements_Network_Device_CACStatus {
  'CACActiveChannel'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_CACStatus_CACActiveChannel };
  'CACActiveChannelNumberOfEntries': number;
  'CACAvailableChannel'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_CACStatus_CACAvailableChannel };
  'CACAvailableChannelNumberOfEntries': number;
  'CACNonOccupancyChannel'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_CACStatus_CACNonOccupancyChannel };
  'CACNonOccupancyChannelNumberOfEntries': number;
  'TimeStamp': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.CACStatus.{i}.CACActiveChannel.{i}. */
export interface Device_WiFi_DataElements_Network_Device_CACStatus_CACActiveChannel {
  'Channel': number;
  'Countdown': number;
  'OpClass': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.CACStatus.{i}.CACAvailableChannel.{i}. */
export interface Device_WiFi_DataElements_Network_Device_CACStatus_CACAvailableChannel {
  'Channel': number;
  'Minutes': number;
  'OpClass': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.CACStatus.{i}.CACNonOccupancyChannel.{i}. */
export interface Device_WiFi_DataElements_Network_Device_CACStatus_CACNonOccupancyChannel {
  'Channel': number;
  'OpClass': number;
  'Seconds': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Default8021Q.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Default8021Q {
  'DefaultPCP': number;
  'Enable': boolean;
  'PrimaryVID': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.IEEE1905Security.{i}. */
export interface Device_WiFi_DataElements_Network_Device_IEEE1905Security {
  'EncryptionAlgorithm': number;
  'IntegrityAlgorithm': number;
  'OnboardingProtocol': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.MultiAPDevice. */
export interface Device_WiFi_DataElements_Network_Device_MultiAPDevice {
  'AssocIEEE1905DeviceRef': string;
  'Backhaul'?: Device_WiFi_DataElements_Network_Device_MultiAPDevice_Backhaul;
  'EasyMeshAgentOperationMode': "NotSupported" | "SupportedNotEnabled" | "Running";
  'EasyMeshControllerOperationMode': "NotSupported" | "SupportedNotEnabled" | "Running";
  'LastContactTime': string;
  'ManufacturerOUI': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.MultiAPDevice.Backhaul. */
export interface Device_WiFi_DataElements_Network_Device_MultiAPDevice_Backhaul {
  'BackhaulDeviceID': string;
  'BackhaulMACAddress': string;
  'CurrentOperatingClassProfile'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_MultiAPDevice_Backhaul_CurrentOperatingClassProfile };
  'CurrentOperatingClassProfileNumberOfEntries': number;
  'LinkType': "None" | "Wi-Fi" | "MoCA" | "Ethernet" | "G.hn" | "HPNA" | "HomePlug" | "UPA";
  'MACAddress': string;
  'Stats'?: Device_WiFi_DataElements_Network_Device_MultiAPDevice_Backhaul_Stats;
}

/** Device.WiFi.DataElements.Network.Device.{i}.MultiAPDevice.Backhaul.CurrentOperatingClassProfile.{i}. */
export interface Device_WiFi_DataElements_Network_Device_MultiAPDevice_Backhaul_CurrentOperatingClassProfile {
  'Channel': number;
  'Class': number;
  'TimeStamp': string;
  'TxPower': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.MultiAPDevice.Backhaul.Stats. */
export interface Device_WiFi_DataElements_Network_Device_MultiAPDevice_Backhaul_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'ErrorsReceived': bigint;
  'ErrorsSent': bigint;
  'LastDataDownlinkRate': number;
  'LastDataUplinkRate': number;
  'LinkUtilization': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'SignalStrength': number;
  'TimeStamp': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio {
  'APMetricsWiFi6': boolean;
  'AssociatedSTALinkMetricsInclusionPolicy': boolean;
  'AssociatedSTATrafficStatsInclusionPolicy': boolean;
  'BSS'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_BSS };
  'BSSNumberOfEntries': number;
  'BackhaulSta'?: Device_WiFi_DataElements_Network_Device_Radio_BackhaulSta;
  'CACCapability'?: Device_WiFi_DataElements_Network_Device_Radio_CACCapability;
  'Capabilities'?: Device_WiFi_DataElements_Network_Device_Radio_Capabilities;
  'ChannelUtilizationReportingThreshold': number;
  'ChannelUtilizationThreshold': number;
  'ChipsetVendor': string;
  'CurrentOperatingClassProfile'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_CurrentOperatingClassProfile };
  'CurrentOperatingClassProfileNumberOfEntries': number;
  'DisAllowedOpClassChannels'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_DisAllowedOpClassChannels };
  'DisAllowedOpClassChannelsNumberOfEntries': number;
  'Enabled': boolean;
  'ID': string;
  'MaxBSS': number;
  'MultiAPRadio'?: Device_WiFi_DataElements_Network_Device_Radio_MultiAPRadio;
  'Noise': number;
  'OpClassPreference'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_OpClassPreference };
  'OpClassPreferenceNumberOfEntries': number;
  'RCPISteeringThreshold': number;
  'ReceiveOther': number;
  'ReceiveSelf': number;
  'STAReportingRCPIHysteresisMarginOverride': number;
  'STAReportingRCPIThreshold': number;
  'ScanCapability'?: Device_WiFi_DataElements_Network_Device_Radio_ScanCapability;
  'ScanResult'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_ScanResult };
  'ScanResultNumberOfEntries': number;
  'SpatialReuse'?: Device_WiFi_DataElements_Network_Device_Radio_SpatialReuse;
  'SteeringPolicy': number;
  'TrafficSeparationCombinedBackhaul': boolean;
  'TrafficSeparationCombinedFronthaul': boolean;
  'Transmit': number;
  'UnassociatedSTA'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_UnassociatedSTA };
  'UnassociatedSTANumberOfEntries': number;
  'Utilization': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS {
  'AssociationAllowanceStatus': number;
  'BSSID': string;
  'BackhaulAKMsAllowed': readonly ("psk" | "dpp" | "sae" | "psk+sae" | "dpp+sae" | "dpp+psk+sae" | "SuiteSelector")[];
  'BackhaulSuiteSelector': string;
  'BackhaulUse': boolean;
  'BasicDataTransmitRates': readonly number[];
  'BroadcastBytesReceived': bigint;
  'BroadcastBytesSent': bigint;
  'ByteCounterUnits': number;
  'Enabled': boolean;
  'EstServiceParametersBE': string;
  'EstServiceParametersBK': string;
  'EstServiceParametersVI': string;
  'EstServiceParametersVO': string;
  'FronthaulAKMsAllowed': readonly ("psk" | "dpp" | "sae" | "psk+sae" | "dpp+sae" | "dpp+psk+sae" | "SuiteSelector")[];
  'FronthaulSuiteSelector': string;
  'FronthaulUse': boolean;
  'LastChange': number;
  'LatencyTestResult'?: Device_WiFi_DataElements_Network_Device_Radio_BSS_LatencyTestResult;
  'MUConfig'?: Device_WiFi_DataElements_Network_Device_Radio_BSS_MUConfig;
  'MUStats'?: Device_WiFi_DataElements_Network_Device_Radio_BSS_MUStats;
  'MultiAPSteering'?: Device_WiFi_DataElements_Network_Device_Radio_BSS_MultiAPSteering;
  'MultiBSSID': boolean;
  'MulticastBytesReceived': bigint;
  'MulticastBytesSent': bigint;
  'Profile1bSTAsDisallowed': boolean;
  'Profile2bSTAsDisallowed': boolean;
  'QMDescriptor'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_BSS_QMDescriptor };
  'QMDescriptorNumberOfEntries': number;
  'R1disallowed': boolean;
  'R2disallowed': boolean;
  'SSID': string;
  'STA'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_BSS_STA };
  'STANumberOfEntries': number;
  'SetQoSManagementInput'?: Device_WiFi_DataElements_Network_Device_Radio_BSS_SetQoSManagementInput;
  'ThroughputTestResult'?: Device_WiFi_DataElements_Network_Device_Radio_BSS_ThroughputTestResult;
  'TimeStamp': string;
  'TransmittedBSSID': boolean;
  'UnicastBytesReceived': bigint;
  'UnicastBytesSent': bigint;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.LatencyTestResult. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_LatencyTestResult {
  'AverageResponseTime': number;
  'ClientMAC': string;
  'DataBlockSize': number;
  'LostCount': number;
  'MaximumResponseTime': number;
  'MinimumResponseTime': number;
  'SuccessCount': number;
  'TestAlgorithm': string;
  'TestLayer': number;
  'TimeStamp': string;
  'VID': number;
  'WMMUP': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.MUConfig. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_MUConfig {
  'DLMUMIMOEnable': boolean;
  'DLOFDMAEnable': boolean;
  'ULMUMIMOEnable': boolean;
  'ULOFDMAEnable': boolean;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.MUStats. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_MUStats {
  'DLHEPPDUCount': number;
  'DLMUMIMOPPDUCount': number;
  'DLMUPPDUCount': number;
  'DLOFDMAMUMIMOPPDUCount': number;
  'DLOFDMAPPDUCount': number;
  'DLRU106PPDUCount': number;
  'DLRU1992PPDUCount': number;
  'DLRU242PPDUCount': number;
  'DLRU26PPDUCount': number;
  'DLRU484PPDUCount': number;
  'DLRU52PPDUCount': number;
  'DLRU996PPDUCount': number;
  'DLTotalPPDUCount': number;
  'ULHEPPDUCount': number;
  'ULMUMIMOPPDUCount': number;
  'ULMUPPDUCount': number;
  'ULOFDMAMUMIMOPPDUCount': number;
  'ULOFDMAPPDUCount': number;
  'ULRU106PPDUCount': number;
  'ULRU1992PPDUCount': number;
  'ULRU242PPDUCount': number;
  'ULRU26PPDUCount': number;
  'ULRU484PPDUCount': number;
  'ULRU52PPDUCount': number;
  'ULRU996PPDUCount': number;
  'ULTotalPPDUCount': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.MultiAPSteering. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_MultiAPSteering {
  'BTMAttempts': bigint;
  'BTMQueryResponses': bigint;
  'BlacklistAttempts': bigint;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.QMDescriptor.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_QMDescriptor {
  'BSSID': string;
  'ClientMAC': string;
  'DescriptorElement': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.STA.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_STA {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'CellularDataPreference': "Excluded" | "Should not use" | "Should use";
  'ClientCapabilities': string;
  'ErrorsReceived': bigint;
  'ErrorsSent': bigint;
  'EstMACDataRateDownlink': number;
  'EstMACDataRateUplink': number;
  'HTCapabilities': string;
  'HaLowCapabilities'?: Device_WiFi_DataElements_Network_Device_Radio_BSS_STA_HaLowCapabilities;
  'Hostname': string;
  'IPV4Address': string;
  'IPV6Address': string;
  'LastConnectTime': number;
  'LastDataDownlinkRate': number;
  'LastDataUplinkRate': number;
  'MACAddress': string;
  'MeasurementReport': readonly string[];
  'MultiAPSTA'?: Device_WiFi_DataElements_Network_Device_Radio_BSS_STA_MultiAPSTA;
  'NumberOfMeasureReports': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'PairwiseAKM': string;
  'PairwiseCipher': string;
  'RSNCapabilities': number;
  'ReAssociationDelay': number;
  'RetransCount': bigint;
  'SecurityAssociation': "PMKSA" | "PMK-R0" | "PMK-R1" | "Mesh_PMKSA" | "Mesh_TKSA" | "PTKSA" | "GTKSA" | "IGTKSA" | "Mesh_GTKSA" | "BIGTKSA" | "TPKSA" | "Other";
  'SignalStrength': number;
  'SleepMode': "Not_Asleep" | "WNM_Sleep_Mode" | "TPU_Sleep" | "TDLS_Peer_Power_Save_Mode_(PSM)" | "AP_PS-Poll" | "TWT_Sleep" | "Light_Sleep" | "Deep_Sleep";
  'TIDQueueSizes'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_BSS_STA_TIDQueueSizes };
  'TIDQueueSizesNumberOfEntries': number;
  'TimeStamp': string;
  'UtilizationReceive': bigint;
  'UtilizationTransmit': bigint;
  'VHTCapabilities': string;
  'WiFi6Capabilities'?: Device_WiFi_DataElements_Network_Device_Radio_BSS_STA_WiFi6Capabilities;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.STA.{i}.HaLowCapabilities. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_STA_HaLowCapabilities {
  'AMPDU': boolean;
  'AMSDU': boolean;
  'BATSupport': boolean;
  'BW16MHz': boolean;
  'BW16MHzShortGI': boolean;
  'BW1MHzShortGI': boolean;
  'BW2MHzShortGI': boolean;
  'BW4MHz': boolean;
  'BW4MHzShortGI': boolean;
  'BW8MHz': boolean;
  'BW8MHzShortGI': boolean;
  'CentralizedAuthenticationControl': boolean;
  'DistributedAuthenticationControl': boolean;
  'DynamicAID': boolean;
  'FlowControl': boolean;
  'GroupAID': boolean;
  'IsSensorDevice': boolean;
  'MUBeamformee': boolean;
  'MUBeamformer': boolean;
  'MaxMPDULen': "3895" | "7991";
  'NonTIMMode': boolean;
  'PV1Frame': boolean;
  'PageSlicing': boolean;
  'RAWOperation': boolean;
  'RxMCSNSS': number;
  'S1GLong': boolean;
  'SUBeamformee': boolean;
  'SUBeamformer': boolean;
  'TWTGrouping': boolean;
  'TWTRequestor': boolean;
  'TWTResponder': boolean;
  'TravelingPilot': boolean;
  'TxMCSNSS': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.STA.{i}.MultiAPSTA. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_STA_MultiAPSTA {
  'AssociationTime': string;
  'Noise': number;
  'SteeringHistory'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_BSS_STA_MultiAPSTA_SteeringHistory };
  'SteeringHistoryNumberOfEntries': number;
  'SteeringSummaryStats'?: Device_WiFi_DataElements_Network_Device_Radio_BSS_STA_MultiAPSTA_SteeringSummaryStats;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.STA.{i}.MultiAPSTA.SteeringHistory.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_STA_MultiAPSTA_SteeringHistory {
  'APDestination': string;
  'APOrigin': string;
  'SteeringApproach': "Blacklist" | "BTM Request" | "Async BTM Query";
  'SteeringDuration': number;
  'Time': string;
  'TriggerEvent': "Unknown" | "Wi-Fi Channel Utilization" | "Wi-Fi Link Quality" | "Backhaul Link Utilization";
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.STA.{i}.MultiAPSTA.SteeringSummaryStats. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_STA_MultiAPSTA_SteeringSummaryStats {
  'BTMAttempts': bigint;
  'BTMFailures': bigint;
  'BTMQueryResponses': bigint;
  'BTMSuccesses': bigint;
  'BlacklistAttempts': bigint;
  'BlacklistFailures': bigint;
  'BlacklistSuccesses': bigint;
  'LastSteerTime': number;
  'NoCandidateAPFailures': bigint;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.STA.{i}.TIDQueueSizes.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_STA_TIDQueueSizes {
  'Size': number;
  'TID': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.STA.{i}.WiFi6Capabilities. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_STA_WiFi6Capabilities {
  'AnticipatedChannelUsage': boolean;
  'Beamformee80orLess': boolean;
  'BeamformeeAbove80': boolean;
  'DLOFDMA': boolean;
  'HE160': boolean;
  'HE8080': boolean;
  'MCSNSS': string;
  'MUBeamformer': boolean;
  'MUEDCA': boolean;
  'MURTS': boolean;
  'MaxDLMUMIMO': number;
  'MaxDLOFDMA': number;
  'MaxULMUMIMO': number;
  'MaxULOFDMA': number;
  'MultiBSSID': boolean;
  'RTS': boolean;
  'SUBeamformee': boolean;
  'SUBeamformer': boolean;
  'SpatialReuse': boolean;
  'TWTRequestor': boolean;
  'TWTResponder': boolean;
  'ULMUMIMO': boolean;
  'ULOFDMA': boolean;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.SetQoSManagementInput. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_SetQoSManagementInput {
  'DSCPPolicyEnable': boolean;
  'MSCSEnable': boolean;
  'QosMapEnable': boolean;
  'SCSEnable': boolean;
  'SCSTrafficDescriptionEnable': boolean;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}.ThroughputTestResult. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BSS_ThroughputTestResult {
  'ClientMAC': string;
  'DownlinkSpeed': number;
  'TestAlgorithm': string;
  'TestDuration': number;
  'TestLayer': number;
  'TimeStamp': string;
  'UplinkSpeed': number;
  'VID': number;
  'WMMUP': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BackhaulSta. */
export interface Device_WiFi_DataElements_Network_Device_Radio_BackhaulSta {
  'MACAddress': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.CACCapability. */
export interface Device_WiFi_DataElements_Network_Device_Radio_CACCapability {
  'CACMethod'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_CACCapability_CACMethod };
  'CACMethodNumberOfEntries': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.CACCapability.CACMethod.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_CACCapability_CACMethod {
  'Method': number;
  'NumberOfSeconds': number;
  'OpClassChannels'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_CACCapability_CACMethod_OpClassChannels };
  'OpClassChannelsNumberOfEntries': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.CACCapability.CACMethod.{i}.OpClassChannels.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_CACCapability_CACMethod_OpClassChannels {
  'ChannelList': readonly number[];
  'OpClass': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities {
  'AKMBackhaul'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_AKMBackhaul };
  'AKMBackhaulNumberOfEntries': number;
  'AKMFrontHaul'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_AKMFrontHaul };
  'AKMFrontHaulNumberOfEntries': number;
  'CapableOperatingClassProfile'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_CapableOperatingClassProfile };
  'CapableOperatingClassProfileNumberOfEntries': number;
  'DSCPPolicyCapability': boolean;
  'HTCapabilities': string;
  'HaLowCapabilities'?: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_HaLowCapabilities;
  'MSCSCapability': boolean;
  'QoSMapCapability': boolean;
  'SCSCapability': boolean;
  'SCSTrafficDescriptionCapability': boolean;
  'VHTCapabilities': string;
  'WiFi6APRole'?: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi6APRole;
  'WiFi6bSTARole'?: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi6bSTARole;
  'WiFi7APRole'?: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7APRole;
  'WiFi7bSTARole'?: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7bSTARole;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.AKMBackhaul.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_AKMBackhaul {
  'OUI': string;
  'Type': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.AKMFrontHaul.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_AKMFrontHaul {
  'OUI': string;
  'Type': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.CapableOperatingClassProfile.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_CapableOperatingClassProfile {
  'Class': number;
  'MaxTxPower': number;
  'NonOperable': readonly number[];
  'NumberOfNonOperChan': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.HaLowCapabilities. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_HaLowCapabilities {
  'AMPDU': boolean;
  'AMSDU': boolean;
  'AcceptNonSensorDevices': boolean;
  'AcceptSensorDevices': boolean;
  'BATSupport': boolean;
  'BW16MHz': boolean;
  'BW16MHzShortGI': boolean;
  'BW1MHzShortGI': boolean;
  'BW2MHzShortGI': boolean;
  'BW4MHz': boolean;
  'BW4MHzShortGI': boolean;
  'BW8MHz': boolean;
  'BW8MHzShortGI': boolean;
  'CentralizedAuthenticationControl': boolean;
  'DistributedAuthenticationControl': boolean;
  'DynamicAID': boolean;
  'FlowControl': boolean;
  'GroupAID': boolean;
  'MUBeamformee': boolean;
  'MUBeamformer': boolean;
  'MaxMPDULen': "3895" | "7991";
  'NonTIMMode': boolean;
  'PV1Frame': boolean;
  'PageSlicing': boolean;
  'RAWOperation': boolean;
  'RxMCSNSS': number;
  'S1GLong': boolean;
  'SUBeamformee': boolean;
  'SUBeamformer': boolean;
  'TWTGrouping': boolean;
  'TWTRequestor': boolean;
  'TWTResponder': boolean;
  'TravelingPilot': boolean;
  'TxMCSNSS': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.WiFi6APRole. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi6APRole {
  'AnticipatedChannelUsage': boolean;
  'Beamformee80orLess': boolean;
  'BeamformeeAbove80': boolean;
  'DLOFDMA': boolean;
  'HE160': boolean;
  'HE8080': boolean;
  'MCSNSS': string;
  'MUBeamformer': boolean;
  'MUEDCA': boolean;
  'MURTS': boolean;
  'MaxDLMUMIMO': number;
  'MaxDLOFDMA': number;
  'MaxULMUMIMO': number;
  'MaxULOFDMA': number;
  'MultiBSSID': boolean;
  'RTS': boolean;
  'SUBeamformee': boolean;
  'SUBeamformer': boolean;
  'SpatialReuse': boolean;
  'TWTRequestor': boolean;
  'TWTResponder': boolean;
  'ULMUMIMO': boolean;
  'ULOFDMA': boolean;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.WiFi6bSTARole. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi6bSTARole {
  'AnticipatedChannelUsage': boolean;
  'Beamformee80orLess': boolean;
  'BeamformeeAbove80': boolean;
  'DLOFDMA': boolean;
  'HE160': boolean;
  'HE8080': boolean;
  'MCSNSS': string;
  'MUBeamformer': boolean;
  'MUEDCA': boolean;
  'MURTS': boolean;
  'MaxDLMUMIMO': number;
  'MaxDLOFDMA': number;
  'MaxULMUMIMO': number;
  'MaxULOFDMA': number;
  'MultiBSSID': boolean;
  'RTS': boolean;
  'SUBeamformee': boolean;
  'SUBeamformer': boolean;
  'SpatialReuse': boolean;
  'TWTRequestor': boolean;
  'TWTResponder': boolean;
  'ULMUMIMO': boolean;
  'ULOFDMA': boolean;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.WiFi7APRole. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7APRole {
  'EMLMRFreqSeparation'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7APRole_EMLMRFreqSeparation };
  'EMLMRFreqSeparationNumberOfEntries': number;
  'EMLMRSupport': boolean;
  'EMLSRFreqSeparation'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7APRole_EMLSRFreqSeparation };
  'EMLSRFreqSeparationNumberOfEntries': number;
  'EMLSRSupport': boolean;
  'NSTRFreqSeparation'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7APRole_NSTRFreqSeparation };
  'NSTRFreqSeparationNumberOfEntries': number;
  'NSTRSupport': boolean;
  'STRFreqSeparation'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7APRole_STRFreqSeparation };
  'STRFreqSeparationNumberOfEntries': number;
  'STRSupport': boolean;
  'TIDLinkMapNegotiation': boolean;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.WiFi7APRole.EMLMRFreqSeparation.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7APRole_EMLMRFreqSeparation {
  'FreqSeparation': number;
  'RUID': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.WiFi7APRole.EMLSRFreqSeparation.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7APRole_EMLSRFreqSeparation {
  'FreqSeparation': number;
  'RUID': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.WiFi7APRole.NSTRFreqSeparation.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7APRole_NSTRFreqSeparation {
  'FreqSeparation': number;
  'RUID': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.WiFi7APRole.STRFreqSeparation.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7APRole_STRFreqSeparation {
  'FreqSeparation': number;
  'RUID': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.WiFi7bSTARole. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7bSTARole {
  'EMLMRFreqSeparation'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7bSTARole_EMLMRFreqSeparation };
  'EMLMRFreqSeparationNumberOfEntries': number;
  'EMLMRSupport': boolean;
  'EMLSRFreqSeparation'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7bSTARole_EMLSRFreqSeparation };
  'EMLSRFreqSeparationNumberOfEntries': number;
  'EMLSRSupport': boolean;
  'NSTRFreqSeparation'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7bSTARole_NSTRFreqSeparation };
  'NSTRFreqSeparationNumberOfEntries': number;
  'NSTRSupport': boolean;
  'STRFreqSeparation'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7bSTARole_STRFreqSeparation };
  'STRFreqSeparationNumberOfEntries': number;
  'STRSupport': boolean;
  'TIDLinkMapNegotiation': boolean;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.WiFi7bSTARole.EMLMRFreqSeparation.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7bSTARole_EMLMRFreqSeparation {
  'FreqSeparation': number;
  'RUID': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.WiFi7bSTARole.EMLSRFreqSeparation.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7bSTARole_EMLSRFreqSeparation {
  'FreqSeparation': number;
  'RUID': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.WiFi7bSTARole.NSTRFreqSeparation.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7bSTARole_NSTRFreqSeparation {
  'FreqSeparation': number;
  'RUID': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.Capabilities.WiFi7bSTARole.STRFreqSeparation.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_Capabilities_WiFi7bSTARole_STRFreqSeparation {
  'FreqSeparation': number;
  'RUID': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.CurrentOperatingClassProfile.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_CurrentOperatingClassProfile {
  'Channel': number;
  'Class': number;
  'TimeStamp': string;
  'TransmitPowerLimit': number;
  'TxPower': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.DisAllowedOpClassChannels.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_DisAllowedOpClassChannels {
  'ChannelList': readonly number[];
  'Enable': boolean;
  'OpClass': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.MultiAPRadio. */
export interface Device_WiFi_DataElements_Network_Device_Radio_MultiAPRadio {
  'RadarDetections': readonly number[];
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.OpClassPreference.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_OpClassPreference {
  'ChannelList': readonly number[];
  'OpClass': number;
  'Preference': number;
  'ReasonCode': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.ScanCapability. */
export interface Device_WiFi_DataElements_Network_Device_Radio_ScanCapability {
  'Impact': number;
  'MinimumInterval': number;
  'OnBootOnly': boolean;
  'OpClassChannels'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_ScanCapability_OpClassChannels };
  'OpClassChannelsNumberOfEntries': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.ScanCapability.OpClassChannels.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_ScanCapability_OpClassChannels {
  'ChannelList': readonly number[];
  'OpClass': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.ScanResult.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_ScanResult {
  'AggregateScanDuration': number;
  'OpClassScan'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_ScanResult_OpClassScan };
  'OpClassScanNumberOfEntries': number;
  'ScanType': boolean;
  'TimeStamp': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.ScanResult.{i}.OpClassScan.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_ScanResult_OpClassScan {
  'ChannelScan'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_ScanResult_OpClassScan_ChannelScan };
  'ChannelScanNumberOfEntries': number;
  'OperatingClass': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.ScanResult.{i}.OpClassScan.{i}.ChannelScan.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_ScanResult_OpClassScan_ChannelScan {
  'Channel': number;
  'NeighborBSS'?: { [instance: number]: Device_WiFi_DataElements_Network_Device_Radio_ScanResult_OpClassScan_ChannelScan_NeighborBSS };
  'NeighborBSSNumberOfEntries': number;
  'Noise': number;
  'ScanStatus': "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7";
  'TimeStamp': string;
  'Utilization': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.ScanResult.{i}.OpClassScan.{i}.ChannelScan.{i}.NeighborBSS.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_ScanResult_OpClassScan_ChannelScan_NeighborBSS {
  'BSSColor': number;
  'BSSID': string;
  'BSSLoadElementPresent': boolean;
  'ChannelBandwidth': string;
  'ChannelUtilization': number;
  'MLDMACAddress': string;
  'MultiBSSID': boolean;
  'ReportingBSSID': string;
  'SSID': string;
  'SignalStrength': number;
  'StationCount': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.SpatialReuse. */
export interface Device_WiFi_DataElements_Network_Device_Radio_SpatialReuse {
  'BSSColor': number;
  'HESIGASpatialReuseValue15Allowed': boolean;
  'NeighborBSSColorInUseBitmap': string;
  'NonSRGOBSSPDMaxOffset': number;
  'NonSRGOffsetValid': boolean;
  'PSRDisallowed': boolean;
  'PartialBSSColor': number;
  'SRGBSSColorBitmap': string;
  'SRGInformationValid': boolean;
  'SRGOBSSPDMaxOffset': number;
  'SRGOBSSPDMinOffset': number;
  'SRGPartialBSSIDBitmap': string;
}

/** Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.UnassociatedSTA.{i}. */
export interface Device_WiFi_DataElements_Network_Device_Radio_UnassociatedSTA {
  'Channel': number;
  'MACAddress': string;
  'OperatingClass': number;
  'SignalStrength': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.SPRule.{i}. */
export interface Device_WiFi_DataElements_Network_Device_SPRule {
  'AlwaysMatch': boolean;
  'ID': number;
  'Output': number;
  'Precedence': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.SSIDtoVIDMapping.{i}. */
export interface Device_WiFi_DataElements_Network_Device_SSIDtoVIDMapping {
  'SSID': string;
  'VID': number;
}

/** Device.WiFi.DataElements.Network.Device.{i}.WPS. */
export interface Device_WiFi_DataElements_Network_Device_WPS {
  'Enable': boolean;
  'Status': "Disabled" | "Error" | "Unconfigured" | "Configured" | "SetupLocked" | "InProgress";
}

/** Device.WiFi.DataElements.Network.Device.{i}.bSTAMLD. */
export interface Device_WiFi_DataElements_Network_Device_bSTAMLD {
  'AffiliatedbSTAList': readonly string[];
  'BSSID': string;
  'MLDMACAddress': string;
  'bSTAMLDConfig'?: Device_WiFi_DataElements_Network_Device_bSTAMLD_bSTAMLDConfig;
}

/** Device.WiFi.DataElements.Network.Device.{i}.bSTAMLD.bSTAMLDConfig. */
export interface Device_WiFi_DataElements_Network_Device_bSTAMLD_bSTAMLDConfig {
  'EMLMREnabled': boolean;
  'EMLSREnabled': boolean;
  'NSTREnabled': boolean;
  'STREnabled': boolean;
  'TIDLinkMapNegotiation': boolean;
}

/** Device.WiFi.DataElements.Network.MultiAPSteeringSummaryStats. */
export interface Device_WiFi_DataElements_Network_MultiAPSteeringSummaryStats {
  'BTMAttempts': bigint;
  'BTMFailures': bigint;
  'BTMQueryResponses': bigint;
  'BTMSuccesses': bigint;
  'BlacklistAttempts': bigint;
  'BlacklistFailures': bigint;
  'BlacklistSuccesses': bigint;
  'NoCandidateAPFailures': bigint;
}

/** Device.WiFi.DataElements.Network.ProvisionedDPP.{i}. */
export interface Device_WiFi_DataElements_Network_ProvisionedDPP {
  'Alias': string;
  'DPPURI': string;
}

/** Device.WiFi.DataElements.Network.SSID.{i}. */
export interface Device_WiFi_DataElements_Network_SSID {
  'AKMsAllowed': readonly ("psk" | "dpp" | "sae" | "psk+sae" | "dpp+sae" | "dpp+psk+sae" | "SuiteSelector")[];
  'AdvertisementEnabled': boolean;
  'Alias': string;
  'Band': readonly ("All" | "2.4" | "5" | "6" | "5_UNII_1" | "5_UNII_2" | "5_UNII_3" | "5_UNII_4" | "6_UNII_5" | "6_UNII_6" | "6_UNII_7" | "6_UNII_8" | "Sub_1GHz")[];
  'Enable': boolean;
  'HaulType': readonly ("Fronthaul" | "Backhaul")[];
  'MFPConfig': "Disabled" | "Optional" | "Required";
  'MobilityDomain': string;
  'SSID': string;
  'SuiteSelector': string;
  'Type': string;
}

/** Device.WiFi.DataElements.Network.STABlock.{i}. */
export interface Device_WiFi_DataElements_Network_STABlock {
  'BSSID': readonly string[];
  'BlockedSTA': string;
  'Schedule'?: { [instance: number]: Device_WiFi_DataElements_Network_STABlock_Schedule };
  'ScheduleNumberOfEntries': number;
}

/** Device.WiFi.DataElements.Network.STABlock.{i}.Schedule.{i}. */
export interface Device_WiFi_DataElements_Network_STABlock_Schedule {
  'Alias': string;
  'Day': readonly ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
  'Duration': number;
  'StartTime': string;
}

/** Device.WiFi.EndPoint.{i}. */
export interface Device_WiFi_EndPoint {
  'AC'?: { [instance: number]: Device_WiFi_EndPoint_AC };
  'Alias': string;
  'Enable': boolean;
  'Profile'?: { [instance: number]: Device_WiFi_EndPoint_Profile };
  'ProfileNumberOfEntries': number;
  'ProfileReference': string;
  'SSIDReference': string;
  'Security'?: Device_WiFi_EndPoint_Security;
  'Stats'?: Device_WiFi_EndPoint_Stats;
  'Status': "Disabled" | "Enabled" | "Error_Misconfigured" | "Error";
  'WPS'?: Device_WiFi_EndPoint_WPS;
}

/** Device.WiFi.EndPoint.{i}.AC.{i}. */
export interface Device_WiFi_EndPoint_AC {
  'AccessCategory': "BE" | "BK" | "VI" | "VO";
  'AckPolicy': boolean;
  'Alias': string;
  'OutQLenHistogramIntervals': readonly string[];
  'OutQLenHistogramSampleInterval': number;
  'Stats'?: Device_WiFi_EndPoint_AC_Stats;
}

/** Device.WiFi.EndPoint.{i}.AC.{i}.Stats. */
export interface Device_WiFi_EndPoint_AC_Stats {
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'OutQLenHistogram': readonly string[];
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'RetransCount': number;
}

/** Device.WiFi.EndPoint.{i}.Profile.{i}. */
export interface Device_WiFi_EndPoint_Profile {
  'Alias': string;
  'Enable': boolean;
  'Location': string;
  'Priority': number;
  'SSID': string;
  'Security'?: Device_WiFi_EndPoint_Profile_Security;
  'Status': "Active" | "Available" | "Error" | "Disabled";
}

/** Device.WiFi.EndPoint.{i}.Profile.{i}.Security. */
export interface Device_WiFi_EndPoint_Profile_Security {
  'KeyPassphrase': string;
  'MFPConfig': "Disabled" | "Optional" | "Required";
  'ModeEnabled': string;
  'PreSharedKey': string;
  'SAEPassphrase': string;
  'WEPKey': string;
}

/** Device.WiFi.EndPoint.{i}.Security. */
export interface Device_WiFi_EndPoint_Security {
  'ModesSupported': readonly ("None" | "WEP-64" | "WEP-128" | "WPA-Personal" | "WPA2-Personal" | "WPA3-Personal" | "WPA-WPA2-Personal" | "WPA3-Personal-Transition" | "WPA-Enterprise" | "WPA2-Enterprise" | "WPA3-Enterprise" | "WPA-WPA2-Enterprise" | "OWE")[];
}

/** Device.WiFi.EndPoint.{i}.Stats. */
export interface Device_WiFi_EndPoint_Stats {
  'LastDataDownlinkRate': number;
  'LastDataUplinkRate': number;
  'Retransmissions': number;
  'SignalStrength': number;
}

/** Device.WiFi.EndPoint.{i}.WPS. */
export interface Device_WiFi_EndPoint_WPS {
  'ConfigMethodsEnabled': readonly string[];
  'ConfigMethodsSupported': readonly ("USBFlashDrive" | "Ethernet" | "Label" | "Display" | "ExternalNFCToken" | "IntegratedNFCToken" | "NFCInterface" | "PushButton" | "PIN" | "PhysicalPushButton" | "PhysicalDisplay" | "VirtualPushButton" | "VirtualDisplay")[];
  'Enable': boolean;
  'PIN': string;
  'Status': "Disabled" | "Error" | "Unconfigured" | "Configured";
  'Version': string;
}

/** Device.WiFi.NeighboringWiFiDiagnostic. */
export interface Device_WiFi_NeighboringWiFiDiagnostic {
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error";
  'Result'?: { [instance: number]: Device_WiFi_NeighboringWiFiDiagnostic_Result };
  'ResultNumberOfEntries': number;
}

/** Device.WiFi.NeighboringWiFiDiagnostic.Result.{i}. */
export interface Device_WiFi_NeighboringWiFiDiagnostic_Result {
  'BSSID': string;
  'BasicDataTransferRates': readonly string[];
  'BeaconPeriod': number;
  'Channel': number;
  'DTIMPeriod': number;
  'EncryptionMode': readonly ("TKIP" | "AES")[];
  'Mode': "AdHoc" | "Infrastructure";
  'Noise': number;
  'OperatingChannelBandwidth': "20MHz" | "40MHz" | "80MHz" | "160MHz" | "320MHz-1" | "320MHz-2" | "Auto";
  'OperatingFrequencyBand': "2.4GHz" | "5GHz" | "6GHz";
  'OperatingStandards': readonly string[];
  'Radio': string;
  'SSID': string;
  'SecurityModeEnabled': "None" | "WEP" | "WPA" | "WPA2" | "WPA-WPA2" | "WPA-Enterprise" | "WPA2-Enterprise" | "WPA-WPA2-Enterprise" | "WPA3-SAE" | "WPA2-PSK-WPA3-SAE" | "WPA3-Enterprise" | "OWE";
  'SignalStrength': number;
  'SupportedDataTransferRates': readonly string[];
  'SupportedStandards': readonly ("a" | "b" | "g" | "n" | "ac" | "ax" | "be")[];
}

/** Device.WiFi.Radio.{i}. */
export interface Device_WiFi_Radio {
  'Alias': string;
  'AutoChannelEnable': boolean;
  'AutoChannelRefreshPeriod': number;
  'AutoChannelSupported': boolean;
  'BasicDataTransmitRates': readonly string[];
  'BeaconPeriod': number;
  'CCAReport': string;
  'CCARequest': string;
  'CenterFrequencySegment0': number;
  'CenterFrequencySegment1': number;
  'Channel': number;
  'ChannelLastChange': number;
  'ChannelLastSelectionReason': "Manual" | "Auto_Startup" | "Auto_User" | "Auto_Refresh" | "Auto_Dynamic" | "Auto_DFS" | "Unknown";
  'ChannelsInUse': readonly string[];
  'CurrentOperatingChannelBandwidth': "20MHz" | "40MHz" | "80MHz" | "160MHz" | "80+80MHz" | "320MHz-1" | "320MHz-2";
  'DTIMPeriod': number;
  'Enable': boolean;
  'EnableRRM': boolean;
  'ExtensionChannel': "AboveControlChannel" | "BelowControlChannel" | "Auto";
  'FirmwareVersion': string;
  'FragmentationThreshold': number;
  'GuardInterval': "400nsec" | "800nsec" | "1xLTF_0.8us" | "1xLTF_1.6us" | "2xLTF_0.8us" | "2xLTF_1.6us" | "4xLTF_0.8us" | "4xLTF_3.2us" | "Auto";
  'IEEE80211hEnabled': boolean;
  'IEEE80211hSupported': boolean;
  'LastChange': number;
  'LongRetryLimit': number;
  'LowerLayers': readonly string[];
  'MCS': number;
  'ManagementPacketRate': number;
  'MaxBitRate': number;
  'MaxSupportedAssociations': number;
  'MaxSupportedSSIDs': number;
  'Name': string;
  'OperatingChannelBandwidth': string;
  'OperatingFrequencyBand': string;
  'OperatingStandards': readonly string[];
  'OperationalDataTransmitRates': readonly string[];
  'PacketAggregationEnable': boolean;
  'PossibleChannels': readonly string[];
  'PreambleType': "short" | "long" | "auto";
  'RPIHistogramReport': string;
  'RPIHistogramRequest': string;
  'RTSThreshold': number;
  'RegulatoryDomain': string;
  'RetryLimit': number;
  'Stats'?: Device_WiFi_Radio_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'SupportedDataTransmitRates': readonly string[];
  'SupportedFrequencyBands': readonly ("2.4GHz" | "5GHz" | "6GHz")[];
  'SupportedOperatingChannelBandwidths': readonly ("20MHz" | "40MHz" | "80MHz" | "160MHz" | "80+80MHz" | "320MHz-1" | "320MHz-2" | "Auto")[];
  'SupportedStandards': readonly ("a" | "b" | "g" | "n" | "ac" | "ax" | "be")[];
  'TransmitPower': number;
  'TransmitPowerSupported': readonly number[];
  'Upstream': boolean;
}

/** Device.WiFi.Radio.{i}.Stats. */
export interface Device_WiFi_Radio_Stats {
  'AutoDFSChannelChangeCount': number;
  'AutoDynamicChannelChangeCount': number;
  'AutoRefreshChannelChangeCount': number;
  'AutoStartupChannelChangeCount': number;
  'AutoUserChannelChangeCount': number;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'CPacketOtherMACReceived': bigint;
  'CtsOtherMACReceived': bigint;
  'CtsReceived': bigint;
  'DPacketOtherMACReceived': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'FCSErrorCount': number;
  'FrameHeaderError': bigint;
  'GoodPLCPReceived': bigint;
  'InvalidMACCount': number;
  'MPacketOtherMACReceived': bigint;
  'ManualChannelChangeCount': number;
  'NoCtsReceived': bigint;
  'Noise': number;
  'PLCPErrorCount': number;
  'PacketsOtherReceived': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'RtsOtherMACReceived': bigint;
  'TotalChannelChangeCount': number;
}

/** Device.WiFi.RemoteMeasurementDiagnostic. */
export interface Device_WiFi_RemoteMeasurementDiagnostic {
  'Channel': number;
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error";
  'Noise': number;
  'OperatingClass': number;
  'SignalStrength': number;
  'TargetBSS': string;
  'Timeout': number;
}

/** Device.WiFi.SSID.{i}. */
export interface Device_WiFi_SSID {
  'ATFEnable': boolean;
  'Alias': string;
  'BSSID': string;
  'Enable': boolean;
  'FlushATFTable': boolean;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MACAddress': string;
  'MLDUnit': number;
  'Name': string;
  'SSID': string;
  'SetATF': number;
  'Stats'?: Device_WiFi_SSID_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'Upstream': boolean;
}

/** Device.WiFi.SSID.{i}.Stats. */
export interface Device_WiFi_SSID_Stats {
  'ACKFailureCount': number;
  'AckUcastReceived': bigint;
  'AggregatedPacketCount': number;
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'DiscardPacketsSentBufOverflow': bigint;
  'DiscardPacketsSentNoAssoc': bigint;
  'DupReceived': bigint;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'FailedRetransCount': number;
  'FragSent': bigint;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'MultipleRetryCount': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'RetransCount': number;
  'RetryCount': number;
  'SentNoAck': bigint;
  'TooLongReceived': bigint;
  'TooShortReceived': bigint;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.XMPP. */
export interface Device_XMPP {
  'Connection'?: { [instance: number]: Device_XMPP_Connection };
  'ConnectionNumberOfEntries': number;
  'SupportedServerConnectAlgorithms': readonly ("DNS-SRV" | "DNS" | "ServerTable" | "WebSocket")[];
}

/** Device.XMPP.Connection.{i}. */
export interface Device_XMPP_Connection {
  'Alias': string;
  'Domain': string;
  'Enable': boolean;
  'JabberID': string;
  'KeepAliveInterval': bigint;
  'LastChangeDate': string;
  'Password': string;
  'Resource': string;
  'Server'?: { [instance: number]: Device_XMPP_Connection_Server };
  'ServerConnectAlgorithm': string;
  'ServerConnectAttempts': number;
  'ServerNumberOfEntries': number;
  'ServerRetryInitialInterval': number;
  'ServerRetryIntervalMultiplier': number;
  'ServerRetryMaxInterval': number;
  'Stats'?: Device_XMPP_Connection_Stats;
  'Status': "Enabled" | "Disabled" | "Unknown" | "Dormant" | "Connecting" | "ServerNotPresent" | "Error_Misconfigured" | "Error_AuthenticationFailure" | "Error";
  'TLSEstablished': boolean;
  'UseTLS': boolean;
  'Username': string;
}

/** Device.XMPP.Connection.{i}.Server.{i}. */
export interface Device_XMPP_Connection_Server {
  'Alias': string;
  'Enable': boolean;
  'Port': number;
  'Priority': number;
  'ServerAddress': string;
  'Weight': bigint;
}

/** Device.XMPP.Connection.{i}.Stats. */
export interface Device_XMPP_Connection_Stats {
  'ReceivedErrorMessages': number;
  'ReceivedMessages': number;
  'TransmittedErrorMessages': number;
  'TransmittedMessages': number;
}

/** Device.XPON. */
export interface Device_XPON {
  'ONU'?: { [instance: number]: Device_XPON_ONU };
  'ONUNumberOfEntries': number;
}

/** Device.XPON.ONU.{i}. */
export interface Device_XPON_ONU {
  'ANI'?: { [instance: number]: Device_XPON_ONU_ANI };
  'ANINumberOfEntries': number;
  'Enable': boolean;
  'EquipmentID': string;
  'EthernetUNI'?: { [instance: number]: Device_XPON_ONU_EthernetUNI };
  'EthernetUNINumberOfEntries': number;
  'Name': string;
  'SoftwareImage'?: { [instance: number]: Device_XPON_ONU_SoftwareImage };
  'SoftwareImageNumberOfEntries': number;
  'Version': string;
}

/** Device.XPON.ONU.{i}.ANI.{i}. */
export interface Device_XPON_ONU_ANI {
  'Alias': string;
  'Enable': boolean;
  'LastChange': number;
  'Name': string;
  'PONMode': "Unknown" | "G-PON" | "XG-PON" | "NG-PON2" | "XGS-PON";
  'SFPReferenceList': readonly string[];
  'Stats'?: Device_XPON_ONU_ANI_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "Error";
  'TC'?: Device_XPON_ONU_ANI_TC;
  'Transceiver'?: { [instance: number]: Device_XPON_ONU_ANI_Transceiver };
  'TransceiverNumberOfEntries': number;
}

/** Device.XPON.ONU.{i}.ANI.{i}.Stats. */
export interface Device_XPON_ONU_ANI_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC. */
export interface Device_XPON_ONU_ANI_TC {
  'Alarms'?: Device_XPON_ONU_ANI_TC_Alarms;
  'Authentication'?: Device_XPON_ONU_ANI_TC_Authentication;
  'GEM'?: Device_XPON_ONU_ANI_TC_GEM;
  'ONUActivation'?: Device_XPON_ONU_ANI_TC_ONUActivation;
  'PM'?: Device_XPON_ONU_ANI_TC_PM;
  'PerformanceThresholds'?: Device_XPON_ONU_ANI_TC_PerformanceThresholds;
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC.Alarms. */
export interface Device_XPON_ONU_ANI_TC_Alarms {
  'DACT': boolean;
  'DIS': boolean;
  'LCDG': boolean;
  'LODS': boolean;
  'LOF': boolean;
  'LOS': boolean;
  'MEM': boolean;
  'MIS': boolean;
  'PEE': boolean;
  'RDI': boolean;
  'ROGUE': boolean;
  'SD': boolean;
  'SF': boolean;
  'SUF': boolean;
  'TF': boolean;
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC.Authentication. */
export interface Device_XPON_ONU_ANI_TC_Authentication {
  'HexadecimalPassword': boolean;
  'Password': string;
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC.GEM. */
export interface Device_XPON_ONU_ANI_TC_GEM {
  'Port'?: { [instance: number]: Device_XPON_ONU_ANI_TC_GEM_Port };
  'PortNumberOfEntries': number;
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC.GEM.Port.{i}. */
export interface Device_XPON_ONU_ANI_TC_GEM_Port {
  'Direction': "UNI-to-ANI" | "ANI-to-UNI" | "bidirectional";
  'PM'?: Device_XPON_ONU_ANI_TC_GEM_Port_PM;
  'PortID': number;
  'PortType': "unicast" | "multicast" | "broadcast";
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC.GEM.Port.{i}.PM. */
export interface Device_XPON_ONU_ANI_TC_GEM_Port_PM {
  'FramesReceived': bigint;
  'FramesSent': bigint;
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC.ONUActivation. */
export interface Device_XPON_ONU_ANI_TC_ONUActivation {
  'ONUID': number;
  'ONUState': "O1" | "O2" | "O3" | "O2-3" | "O4" | "O5" | "O6" | "O7" | "O8" | "O9";
  'SerialNumber': string;
  'VendorID': string;
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC.PM. */
export interface Device_XPON_ONU_ANI_TC_PM {
  'GEM'?: Device_XPON_ONU_ANI_TC_PM_GEM;
  'OMCI'?: Device_XPON_ONU_ANI_TC_PM_OMCI;
  'PHY'?: Device_XPON_ONU_ANI_TC_PM_PHY;
  'PLOAM'?: Device_XPON_ONU_ANI_TC_PM_PLOAM;
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC.PM.GEM. */
export interface Device_XPON_ONU_ANI_TC_PM_GEM {
  'FrameHeaderHECErrors': number;
  'FramesReceived': bigint;
  'FramesSent': bigint;
  'KeyErrors': number;
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC.PM.OMCI. */
export interface Device_XPON_ONU_ANI_TC_PM_OMCI {
  'BaselineMessagesReceived': bigint;
  'ExtendedMessagesReceived': bigint;
  'MICErrors': number;
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC.PM.PHY. */
export interface Device_XPON_ONU_ANI_TC_PM_PHY {
  'CorrectedFECBytes': bigint;
  'CorrectedFECCodewords': bigint;
  'HeaderHECErrorCount': number;
  'PSBdHECErrorCount': number;
  'TotalFECCodewords': bigint;
  'UncorrectableFECCodewords': bigint;
  'UnknownProfile': number;
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC.PM.PLOAM. */
export interface Device_XPON_ONU_ANI_TC_PM_PLOAM {
  'DownstreamMessageCount': bigint;
  'MICErrors': number;
  'RangingTime': bigint;
  'UpstreamMessageCount': bigint;
}

/** Device.XPON.ONU.{i}.ANI.{i}.TC.PerformanceThresholds. */
export interface Device_XPON_ONU_ANI_TC_PerformanceThresholds {
  'SignalDegrade': number;
  'SignalFail': number;
}

/** Device.XPON.ONU.{i}.ANI.{i}.Transceiver.{i}. */
export interface Device_XPON_ONU_ANI_Transceiver {
  'Bias': number;
  'Connector': "Unknown" | "LC" | "SC" | "ST" | "FC" | "MT-RJ";
  'ID': number;
  'Identifier': number;
  'NominalBitRateDownstream': number;
  'NominalBitRateUpstream': number;
  'PONMode': "Unknown" | "G-PON" | "XG-PON" | "NG-PON2" | "XGS-PON";
  'RxPower': number;
  'Temperature': number;
  'TxPower': number;
  'VendorName': string;
  'VendorPartNumber': string;
  'VendorRevision': string;
  'Voltage': number;
}

/** Device.XPON.ONU.{i}.EthernetUNI.{i}. */
export interface Device_XPON_ONU_EthernetUNI {
  'ANIs': readonly string[];
  'Alias': string;
  'Enable': boolean;
  'InterdomainID': string;
  'InterdomainName': string;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'Name': string;
  'Stats'?: Device_XPON_ONU_EthernetUNI_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'Upstream': boolean;
}

/** Device.XPON.ONU.{i}.EthernetUNI.{i}.Stats. */
export interface Device_XPON_ONU_EthernetUNI_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownProtoPacketsReceived': number;
}

/** Device.XPON.ONU.{i}.SoftwareImage.{i}. */
export interface Device_XPON_ONU_SoftwareImage {
  'ID': number;
  'IsActive': boolean;
  'IsCommitted': boolean;
  'IsValid': boolean;
  'Version': string;
}

/** Device.ZigBee. */
export interface Device_ZigBee {
  'Discovery'?: Device_ZigBee_Discovery;
  'Interface'?: { [instance: number]: Device_ZigBee_Interface };
  'InterfaceNumberOfEntries': number;
  'ZDO'?: { [instance: number]: Device_ZigBee_ZDO };
  'ZDONumberOfEntries': number;
}

/** Device.ZigBee.Discovery. */
export interface Device_ZigBee_Discovery {
  'AreaNetwork'?: { [instance: number]: Device_ZigBee_Discovery_AreaNetwork };
  'AreaNetworkNumberOfEntries': number;
}

/** Device.ZigBee.Discovery.AreaNetwork.{i}. */
export interface Device_ZigBee_Discovery_AreaNetwork {
  'Alias': string;
  'Coordinator': string;
  'Enable': boolean;
  'LastUpdate': string;
  'Status': "Indeterminate" | "InProgress" | "Success" | "Error" | "Error_Timeout";
  'ZDOList': readonly string[];
  'ZDOReference': string;
}

/** Device.ZigBee.Interface.{i}. */
export interface Device_ZigBee_Interface {
  'Alias': string;
  'AssociatedDevice'?: { [instance: number]: Device_ZigBee_Interface_AssociatedDevice };
  'AssociatedDeviceNumberOfEntries': number;
  'Enable': boolean;
  'IEEEAddress': string;
  'LastChange': number;
  'LowerLayers': readonly string[];
  'MaxBitRate': number;
  'Name': string;
  'NetworkAddress': string;
  'Stats'?: Device_ZigBee_Interface_Stats;
  'Status': "Up" | "Down" | "Unknown" | "Dormant" | "NotPresent" | "LowerLayerDown" | "Error";
  'Upstream': boolean;
  'ZDOReference': string;
}

/** Device.ZigBee.Interface.{i}.AssociatedDevice.{i}. */
export interface Device_ZigBee_Interface_AssociatedDevice {
  'Active': boolean;
  'IEEEAddress': string;
  'NetworkAddress': string;
  'ZDOReference': string;
}

/** Device.ZigBee.Interface.{i}.Stats. */
export interface Device_ZigBee_Interface_Stats {
  'BroadcastPacketsReceived': bigint;
  'BroadcastPacketsSent': bigint;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DiscardPacketsReceived': number;
  'DiscardPacketsSent': number;
  'ErrorsReceived': number;
  'ErrorsSent': number;
  'MulticastPacketsReceived': bigint;
  'MulticastPacketsSent': bigint;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'Reset': boolean;
  'UnicastPacketsReceived': bigint;
  'UnicastPacketsSent': bigint;
  'UnknownPacketsReceived': number;
  'UnknownProtoPacketsReceived': number;
}

/** Device.ZigBee.ZDO.{i}. */
export interface Device_ZigBee_ZDO {
  'Alias': string;
  'ApplicationEndpoint'?: { [instance: number]: Device_ZigBee_ZDO_ApplicationEndpoint };
  'ApplicationEndpointNumberOfEntries': number;
  'Binding'?: { [instance: number]: Device_ZigBee_ZDO_Binding };
  'BindingTableNumberOfEntries': number;
  'ComplexDescriptor'?: Device_ZigBee_ZDO_ComplexDescriptor;
  'Group'?: { [instance: number]: Device_ZigBee_ZDO_Group };
  'GroupNumberOfEntries': number;
  'IEEEAddress': string;
  'Network'?: Device_ZigBee_ZDO_Network;
  'NetworkAddress': string;
  'NodeDescriptor'?: Device_ZigBee_ZDO_NodeDescriptor;
  'NodeManager'?: Device_ZigBee_ZDO_NodeManager;
  'PowerDescriptor'?: Device_ZigBee_ZDO_PowerDescriptor;
  'Security'?: Device_ZigBee_ZDO_Security;
  'UserDescriptor'?: Device_ZigBee_ZDO_UserDescriptor;
}

/** Device.ZigBee.ZDO.{i}.ApplicationEndpoint.{i}. */
export interface Device_ZigBee_ZDO_ApplicationEndpoint {
  'Alias': string;
  'Enable': boolean;
  'EndpointId': number;
  'SimpleDescriptor'?: Device_ZigBee_ZDO_ApplicationEndpoint_SimpleDescriptor;
}

/** Device.ZigBee.ZDO.{i}.ApplicationEndpoint.{i}.SimpleDescriptor. */
export interface Device_ZigBee_ZDO_ApplicationEndpoint_SimpleDescriptor {
  'DeviceId': number;
  'DeviceVersion': number;
  'InputClusterList': readonly number[];
  'OutputClusterList': readonly number[];
  'ProfileId': number;
}

/** Device.ZigBee.ZDO.{i}.Binding.{i}. */
export interface Device_ZigBee_ZDO_Binding {
  'Alias': string;
  'ClusterId': number;
  'DestinationAddressMode': "Group" | "Endpoint";
  'DestinationEndpoint': number;
  'Enable': boolean;
  'GroupDestinationAddress': string;
  'IEEEDestinationAddress': string;
  'SourceAddress': string;
  'SourceEndpoint': number;
}

/** Device.ZigBee.ZDO.{i}.ComplexDescriptor. */
export interface Device_ZigBee_ZDO_ComplexDescriptor {
  'CharacterSet': string;
  'DescriptorAvailable': boolean;
  'DeviceURL': string;
  'Icon': string;
  'IconURL': string;
  'Language': string;
  'ManufacturerName': string;
  'ModelName': string;
  'SerialNumber': string;
}

/** Device.ZigBee.ZDO.{i}.Group.{i}. */
export interface Device_ZigBee_ZDO_Group {
  'Alias': string;
  'Enable': boolean;
  'EndpointList': readonly string[];
  'GroupId': string;
}

/** Device.ZigBee.ZDO.{i}.Network. */
export interface Device_ZigBee_ZDO_Network {
  'Neighbor'?: { [instance: number]: Device_ZigBee_ZDO_Network_Neighbor };
  'NeighborNumberOfEntries': number;
}

/** Device.ZigBee.ZDO.{i}.Network.Neighbor.{i}. */
export interface Device_ZigBee_ZDO_Network_Neighbor {
  'Depth': number;
  'LQI': number;
  'Neighbor': string;
  'PermitJoin': "Accepting" | "NotAccepting" | "Unknown";
  'Relationship': "Parent" | "Child" | "PrevChild" | "Sibling" | "None";
}

/** Device.ZigBee.ZDO.{i}.NodeDescriptor. */
export interface Device_ZigBee_ZDO_NodeDescriptor {
  'ComplexDescriptorSupported': boolean;
  'DescriptorCapability': readonly ("ExtendedActiveEndpointListAvailable" | "ExtendedSimpleDescriptorListAvailable")[];
  'FrequencyBand': readonly ("868-868.6" | "902-928" | "2400-2483.5")[];
  'LogicalType': "ZC" | "ZR" | "ZED";
  'MACCapability': readonly ("AlternatePANCoordinator" | "FFD" | "MainsPowerSource" | "OnWhenIdle" | "SecureCommunication")[];
  'ManufactureCode': number;
  'MaximumBufferSize': number;
  'MaximumIncomingTransferSize': number;
  'MaximumOutgoingTransferSize': number;
  'ServerMask': readonly ("PrimaryTrustCenter" | "PrimaryBindingTableCache" | "BackupBindingTableCache" | "PrimaryDiscoveryCache" | "BackupDiscoveryCache" | "NetworkManager")[];
  'UserDescriptorSupported': boolean;
}

/** Device.ZigBee.ZDO.{i}.NodeManager. */
export interface Device_ZigBee_ZDO_NodeManager {
  'RoutingTable'?: { [instance: number]: Device_ZigBee_ZDO_NodeManager_RoutingTable };
  'RoutingTableNumberOfEntries': number;
}

/** Device.ZigBee.ZDO.{i}.NodeManager.RoutingTable.{i}. */
export interface Device_ZigBee_ZDO_NodeManager_RoutingTable {
  'DestinationAddress': string;
  'ManyToOne': boolean;
  'MemoryConstrained': boolean;
  'NextHopAddress': string;
  'RouteRecordRequired': boolean;
  'Status': "Active" | "DiscoveryUnderway" | "DiscoveryFailed" | "Inactive" | "ValidationUnderway";
}

/** Device.ZigBee.ZDO.{i}.PowerDescriptor. */
export interface Device_ZigBee_ZDO_PowerDescriptor {
  'AvailablePowerSource': readonly ("Constant" | "Rechargeable" | "Disposable")[];
  'CurrentPowerMode': "Synchronized" | "Periodic" | "Manual";
  'CurrentPowerSource': "Constant" | "Rechargeable" | "Disposable";
  'CurrentPowerSourceLevel': "Critical" | "33" | "66" | "100";
}

/** Device.ZigBee.ZDO.{i}.Security. */
export interface Device_ZigBee_ZDO_Security {
  'SecurityLevel': "None" | "MIC-32" | "MIC-64" | "MIC-128" | "ENC" | "ENC-MIC-32" | "ENC-MIC-64" | "ENC-MIC-128";
  'TimeOutPeriod': number;
  'TrustCenterAddress': string;
}

/** Device.ZigBee.ZDO.{i}.UserDescriptor. */
export interface Device_ZigBee_ZDO_UserDescriptor {
  'Description': string;
  'DescriptorAvailable': boolean;
}

