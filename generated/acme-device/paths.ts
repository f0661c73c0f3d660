// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model X_00D09E_Device:2.19 from vendor/acme-stb-1-0-0.xml, overlay of generated/device-2/
// Sources (sha256):
//   bd6a4fe6332aa61a99454248ef9d79dae9a2c17351b7ce94e792e871d028f377  acme-stb-1-0-0.xml
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml
//   075c03bdb4bc1de09a9b7c5d620411c923b7cb4929fe3876fa5d9b400bfffa60  tr-135-1-4-1-common.xml
//   8be25d8a7d619a80be6ad6f5ffa0ca732bd1ac324a3c981551dea1d9e36198b5  tr-135-1-4-1-cwmp.xml
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

/** The value type of every parameter of X_00D09E_Device:2.19 that this overlay adds or changes, keyed by its BBF path. */
export interface Values {
  'Device.DeviceInfo.FirmwareImage.{i}.Status': "NoImage" | "Active" | "Downloading" | "Validating" | "Available" | "DownloadFailed" | "ValidationFailed" | "InstallationFailed" | "ActivationFailed" | "X_00D09E_Decrypting";
  'Device.DeviceInfo.X_00D09E_BootLoaderVersion': string;
  'Device.X_00D09E_SetTop.BytesStreamed': bigint;
  'Device.X_00D09E_SetTop.Channel.{i}.Alias': string;
  'Device.X_00D09E_SetTop.Channel.{i}.Enable': boolean;
  'Device.X_00D09E_SetTop.Channel.{i}.LastViewed': string;
  'Device.X_00D09E_SetTop.Channel.{i}.Name': string;
  'Device.X_00D09E_SetTop.Channel.{i}.Number': number;
  'Device.X_00D09E_SetTop.Channel.{i}.ParentalLock.Enable': boolean;
  'Device.X_00D09E_SetTop.Channel.{i}.ParentalLock.MinimumAge': number;
  'Device.X_00D09E_SetTop.Channel.{i}.StreamURL': string;
  'Device.X_00D09E_SetTop.Channel.{i}.Type': "Broadcast" | "IPTV" | "OTT";
  'Device.X_00D09E_SetTop.Channel.{i}.ViewCount': number;
  'Device.X_00D09E_SetTop.ChannelNumberOfEntries': number;
  'Device.X_00D09E_SetTop.ClockOffset': bigint;
  'Device.X_00D09E_SetTop.CurrentChannel': string;
  'Device.X_00D09E_SetTop.Enable': boolean;
  'Device.X_00D09E_SetTop.InstallerPassword': string;
  'Device.X_00D09E_SetTop.LastChannelChange': string;
  'Device.X_00D09E_SetTop.ParentalPIN': string;
  'Device.X_00D09E_SetTop.StandbyTimeout': number;
  'Device.X_00D09E_SetTop.SupportedAudioCodecs': readonly ("AAC" | "AC3" | "EAC3" | "MP2" | "MP3" | "Opus")[];
  'Device.X_00D09E_SetTop.TotalViewingTime': bigint;
  'Device.X_00D09E_SetTop.VideoOutputMode': "Auto" | "576i" | "720p" | "1080i" | "1080p" | "2160p";
}

export type ParameterPath = keyof Values;

/** Parameters an ACS may write: readWrite and writeOnceReadOnly. */
export type WritablePath =
  | 'Device.X_00D09E_SetTop.Channel.{i}.Alias'
  | 'Device.X_00D09E_SetTop.Channel.{i}.Enable'
  | 'Device.X_00D09E_SetTop.Channel.{i}.Name'
  | 'Device.X_00D09E_SetTop.Channel.{i}.Number'
  | 'Device.X_00D09E_SetTop.Channel.{i}.ParentalLock.Enable'
  | 'Device.X_00D09E_SetTop.Channel.{i}.ParentalLock.MinimumAge'
  | 'Device.X_00D09E_SetTop.Channel.{i}.StreamURL'
  | 'Device.X_00D09E_SetTop.Channel.{i}.Type'
  | 'Device.X_00D09E_SetTop.CurrentChannel'
  | 'Device.X_00D09E_SetTop.Enable'
  | 'Device.X_00D09E_SetTop.InstallerPassword'
  | 'Device.X_00D09E_SetTop.ParentalPIN'
  | 'Device.X_00D09E_SetTop.StandbyTimeout'
  | 'Device.X_00D09E_SetTop.VideoOutputMode';

/** Every object path, in BBF form ending with '.'. */
export type ObjectPath =
  | 'Device.X_00D09E_SetTop.'
  | 'Device.X_00D09E_SetTop.Channel.{i}.'
  | 'Device.X_00D09E_SetTop.Channel.{i}.ParentalLock.';

/** Multi-instance objects (tables), whose paths end with '{i}.'. */
export type TablePath =
  | 'Device.X_00D09E_SetTop.Channel.{i}.';
