// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model STBService:1.4 (service) from tr-135-1-4-1-cwmp.xml.
// Sources, each with its sha256: generated/sources.txt.

/**
 * The value type of every parameter of STBService:1.4, keyed by its BBF path.
 * Each entry's doc comment holds its facts: access, type, range or size, units, the version that added it, its status.
 */
export interface Values {
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.AVPlayers.AVPlayer.{i}.Alias': string;
  /** readOnly · string · size ..64 · since 1.0 */
  'STBService.{i}.AVPlayers.AVPlayer.{i}.AudioLanguage': string;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.AVPlayers.AVPlayer.{i}.AudioOutputs': readonly string[];
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.AVPlayers.AVPlayer.{i}.Enable': boolean;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.AVPlayers.AVPlayer.{i}.MainStream': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.AVPlayers.AVPlayer.{i}.Name': string;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.AVPlayers.AVPlayer.{i}.PIPStreams': readonly string[];
  /** readOnly · string · since 1.0 */
  'STBService.{i}.AVPlayers.AVPlayer.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · string · size ..64 · since 1.0 */
  'STBService.{i}.AVPlayers.AVPlayer.{i}.SubtitlingLanguage': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.AVPlayers.AVPlayer.{i}.SubtitlingStatus': "Disabled" | "Enabled" | "Error";
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.AVPlayers.AVPlayer.{i}.VideoOutputs': readonly string[];
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.AVPlayers.AVPlayerNumberOfEntries': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.AVPlayers.ActiveAVPlayers': number;
  /** readWrite · string · size ..64 · since 1.0 */
  'STBService.{i}.AVPlayers.PreferredAudioLanguage': string;
  /** readWrite · string · size ..64 · since 1.1 */
  'STBService.{i}.AVPlayers.PreferredBehaviour': string;
  /** readWrite · string · size ..64 · since 1.0 */
  'STBService.{i}.AVPlayers.PreferredSubtitlingLanguage': string;
  /** readWrite · boolean · since 1.1 */
  'STBService.{i}.AVPlayers.ResetPINCode': boolean;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.AVStreams.AVStream.{i}.Alias': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.AVStreams.AVStream.{i}.AudioDecoder': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.AVStreams.AVStream.{i}.CA': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.AVStreams.AVStream.{i}.DRM': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.AVStreams.AVStream.{i}.FrontEnd': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.AVStreams.AVStream.{i}.Inbound': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.AVStreams.AVStream.{i}.Name': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.AVStreams.AVStream.{i}.Outbound': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.AVStreams.AVStream.{i}.PVRState': "Disabled" | "Stopped" | "Play" | "Paused" | "FastForward" | "Rewind";
  /** readOnly · string · since 1.0 */
  'STBService.{i}.AVStreams.AVStream.{i}.Status': "Disabled" | "Enabled" | "Error_PVRWriteFailure" | "Error_PVRReadFailure" | "Error";
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.AVStreams.AVStream.{i}.VideoDecoder': string;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.AVStreams.AVStreamNumberOfEntries': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.AVStreams.ActiveAVStreams': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Alias': string;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Applications.AudienceStats.Channel.{i}.Alias': string;
  /** readOnly · unsignedInt · units seconds · since 1.0 */
  'STBService.{i}.Applications.AudienceStats.Channel.{i}.Duration': number;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Applications.AudienceStats.Channel.{i}.Name': string;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Applications.AudienceStats.ChannelNumberOfEntries': number;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Applications.AudienceStats.Enable': boolean;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Applications.AudienceStats.Reset': boolean;
  /** readOnly · unsignedInt · units seconds · since 1.0 */
  'STBService.{i}.Applications.AudienceStats.ResetTime': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Applications.CDSPull.ContentItem.{i}.Alias': string;
  /** readOnly · string · since 1.1 */
  'STBService.{i}.Applications.CDSPull.ContentItem.{i}.ContentReferenceId': string;
  /** readWrite · boolean · since 1.1 */
  'STBService.{i}.Applications.CDSPull.ContentItem.{i}.DeleteItem': boolean;
  /** readOnly · unsignedInt · range 0..255 · units % · since 1.1 */
  'STBService.{i}.Applications.CDSPull.ContentItem.{i}.VersionNumber': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.Applications.CDSPull.ContentItemNumberOfEntries': number;
  /** readOnly · string · size ..256 · since 1.1 */
  'STBService.{i}.Applications.CDSPull.Reference': string;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Applications.CDSPush.ContentItem.{i}.Alias': string;
  /** readOnly · string · since 1.1 */
  'STBService.{i}.Applications.CDSPush.ContentItem.{i}.ContentReferenceId': string;
  /** readWrite · boolean · since 1.1 */
  'STBService.{i}.Applications.CDSPush.ContentItem.{i}.DeleteItem': boolean;
  /** readOnly · unsignedInt · range 0..255 · units % · since 1.1 */
  'STBService.{i}.Applications.CDSPush.ContentItem.{i}.VersionNumber': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.Applications.CDSPush.ContentItemNumberOfEntries': number;
  /** readOnly · string · size ..256 · since 1.1 */
  'STBService.{i}.Applications.CDSPush.Reference': string;
  /** readOnly · string · size ..1024 · since 1.1 */
  'STBService.{i}.Applications.ServiceProvider.{i}.ActiveBCGServers': string;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Applications.ServiceProvider.{i}.Alias': string;
  /** readWrite · string · size ..256 · since 1.1 */
  'STBService.{i}.Applications.ServiceProvider.{i}.Domain': string;
  /** readWrite · string · size ..256 · since 1.1 */
  'STBService.{i}.Applications.ServiceProvider.{i}.Name': string;
  /** readWrite · string · size ..256 · since 1.1 */
  'STBService.{i}.Applications.ServiceProvider.{i}.ServiceDiscoveryServer': string;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.Applications.ServiceProviderNumberOfEntries': number;
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.AudienceStats.MaxAudienceStatsChannels': number;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.AudioDecoder.AudioStandards': readonly ("MPEG1-Part3-Layer2" | "MPEG1-Part3-Layer3" | "MPEG2-Part3 -Layer2" | "MPEG2-Part3-Layer3" | "MPEG2.5" | "MP3-PRO" | "MP3-Surround" | "MPEG2-AAC-LC" | "MPEG4-AAC-LC" | "MPEG4-AAC-MP" | "MPEG4-BSAC" | "MPEG4-AAC-HE-v2" | "MPEG-Surround" | "DOLBY-AC3" | "DOLBY-DD+" | "DTS" | "DTS-HD")[];
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.AudioOutput.AudioFormats': readonly ("ANALOG-MONO" | "ANALOG-2-CHANNELS" | "ANALOG-5.1-CHANNELS" | "DIGITAL-OPTICAL-SP/DIF" | "DIGITAL-COAXIAL-SP/DIF" | "HDMI" | "RF")[];
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.CA.CASystems': readonly string[];
  /** readOnly · boolean · since 1.1 */
  'STBService.{i}.Capabilities.CDS.PullCapable': boolean;
  /** readOnly · boolean · since 1.1 */
  'STBService.{i}.Capabilities.CDS.PushCapable': boolean;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.DRM.DRMSystems': readonly string[];
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.FrontEnd.DVBT.MaxActiveDVBTStreams': number;
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.FrontEnd.DVBT.MaxLogicalChannels': number;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.FrontEnd.IP.DownloadTransportProtocols': readonly ("HTTP" | "HTTPS" | "FTP" | "FTPS" | "SFTP" | "TFTP")[];
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.FrontEnd.IP.MaxActiveIPStreams': number;
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.FrontEnd.IP.MaxActiveInboundIPStreams': number;
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.FrontEnd.IP.MaxActiveOutboundIPStreams': number;
  /** readOnly · int · range -1.. · units bytes · since 1.0 */
  'STBService.{i}.Capabilities.FrontEnd.IP.MaxDejitteringBufferSize': number;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.FrontEnd.IP.MultiplexTypes': readonly ("None" | "MPEG1-SYS" | "MPEG2-PS" | "VOB" | "MPEG2-TS")[];
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.FrontEnd.IP.StreamingControlProtocols': readonly ("RTSP" | "IGMP" | "IGMPv2" | "IGMPv3" | "DSM-CC")[];
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.FrontEnd.IP.StreamingTransportControlProtocols': readonly ("RTCP" | "ARQ" | "AL-FEC")[];
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.FrontEnd.IP.StreamingTransportProtocols': readonly ("UDP" | "TCP" | "SCTP" | "DCCP" | "RTP" | "HTTP")[];
  /** readOnly · boolean · since 1.1 */
  'STBService.{i}.Capabilities.HDMI.CECSupport': boolean;
  /** readOnly · boolean · since 1.1 */
  'STBService.{i}.Capabilities.HDMI.HDMI3D': boolean;
  /** readOnly · string list · since 1.1 */
  'STBService.{i}.Capabilities.HDMI.SupportedResolutions': readonly ("640x480p/60Hz" | "1280x720p/60Hz" | "1920x1080i/60Hz" | "720x480p/60Hz" | "720(1440)x480i/60Hz" | "1280x720p/50Hz" | "1920x1080i/50Hz" | "720x576p/50Hz" | "720(1440)x240p/60Hz" | "2880x480i/60Hz" | "2880x240p/60Hz" | "1440x480p/60Hz" | "1920x1080p/60Hz" | "720(1440)x288p/50Hz" | "2880x576i/50Hz" | "2880x288p/50Hz" | "1440x576p/50Hz" | "1920x1080p/50Hz" | "1920x1080p/24Hz" | "1920x1080p/25Hz" | "1920x1080p/30Hz" | "2880x480p/60Hz" | "2880x576p/50Hz" | "1920x1080i (1250 total)/50Hz" | "720(1440)x480i/120Hz" | "720x480p/120Hz" | "1920x1080i/120Hz" | "1280x720p/120Hz" | "720(1440)x480i/240Hz" | "720x480p/240Hz" | "720(1440)x576i/100Hz" | "720x576p/100Hz" | "1920x1080i/100Hz" | "1280x720p/100Hz" | "720(1440)x576i/200Hz" | "720x576p/200Hz" | "1280x720p/24Hz" | "1280x720p/25Hz" | "1280x720p/30Hz" | "1920x1080p/120Hz" | "1920x1080p/100Hz")[];
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.MaxActiveAVPlayers': number;
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.MaxActiveAVStreams': number;
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.PVR.MaxIOStreams': number;
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.PVR.MaxPlaybackStreams': number;
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.PVR.MaxRecordingStreams': number;
  /** readOnly · int · range -1.. · units seconds · since 1.0 */
  'STBService.{i}.Capabilities.PVR.MaxTimeDelay': number;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.ServiceMonitoring.HighLevelMetricNames': readonly string[];
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.ServiceMonitoring.MaxActiveMainStreams': number;
  /** readOnly · int · range -1.. · units bytes · since 1.1 */
  'STBService.{i}.Capabilities.ServiceMonitoring.MaxEventsPerSampleInterval': number;
  /** readOnly · unsignedInt · since 1.4 */
  'STBService.{i}.Capabilities.ServiceMonitoring.MaxMainStreamEventLogEntries': number;
  /** readOnly · int · range -1.. · since 1.0 */
  'STBService.{i}.Capabilities.ServiceMonitoring.MaxReportSamples': number;
  /** readOnly · int · range -1.. · units seconds · since 1.0 */
  'STBService.{i}.Capabilities.ServiceMonitoring.MinSampleInterval': number;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.ServiceMonitoring.ServiceTypes': readonly ("IPTV" | "VoD" | "IP" | "TEST" | "IP-All" | "CAB" | "DTT" | "SAT" | "PVR")[];
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.AudioStandards': readonly string[];
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevel.{i}.Alias': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevel.{i}.Level': "LL" | "ML" | "H-14" | "HL";
  /** readOnly · unsignedInt · units Kilobits per second · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevel.{i}.MaximumDecodingCapability': number;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevel.{i}.Profile': "SP" | "MP" | "SNR" | "Spt" | "HP" | "4:2:2";
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevelNumberOfEntries': number;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.AudioStandards': readonly string[];
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevel.{i}.Alias': string;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevel.{i}.Level': readonly ("1" | "1b" | "1.1" | "1.2" | "1.3" | "2" | "2.1" | "2.2" | "3" | "3.1" | "3.2" | "4" | "4.1" | "4.2" | "5" | "5.1")[];
  /** readOnly · unsignedInt · units Kilobits per second · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevel.{i}.MaximumDecodingCapability': number;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevel.{i}.Profile': readonly ("BASELINE" | "MAIN" | "EXTENDED" | "HIGH" | "HIGH 10" | "HIGH 4:2:2" | "HIGH 4:4:4")[];
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevelNumberOfEntries': number;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.AudioStandards': readonly string[];
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevel.{i}.Alias': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevel.{i}.Level': "L5" | "L4" | "L4a" | "L3b" | "L3" | "L2" | "L1" | "L0";
  /** readOnly · unsignedInt · units Kilobits per second · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevel.{i}.MaximumDecodingCapability': number;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevel.{i}.Profile': "SIMPLE" | "SIMPLE SCALABLE" | "CORE" | "CORE SCALABLE" | "ADVANCED CORE" | "MAIN" | "N-BIT" | "ADVANCED REAL TIME SIMPLE" | "ADVANCED CODING EFFICIENCY" | "SIMPLE STUDIO" | "CORE STUDIO" | "ADVANCED SIMPLE" | "FINE GRANULARITY SCALABLE" | "ADVANCED SCALABLE TEXTURE" | "ANIMATED 2D MESH" | "BASIC ANIMATED TEXTURE" | "STILL SCALABLE TEXTURE" | "SIMPLE FACE" | "SIMPLE FBA";
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevelNumberOfEntries': number;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.AudioStandards': readonly string[];
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevel.{i}.Alias': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevel.{i}.Level': "LL" | "ML" | "HL" | "L0" | "L1" | "L2" | "L3" | "L4";
  /** readOnly · unsignedInt · units Kilobits per second · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevel.{i}.MaximumDecodingCapability': number;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevel.{i}.Profile': "SP" | "MP" | "AP";
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevelNumberOfEntries': number;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.VideoDecoder.VideoStandards': readonly ("MPEG2-Part2" | "MPEG4-Part2" | "MPEG4-Part10" | "SMPTE-VC-1")[];
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.VideoOutput.CompositeVideoStandards': readonly ("NTSC-J" | "NTSC-M" | "PAL-B" | "PAL-D" | "PAL-G" | "PAL-H" | "PAL-I" | "PAL-N" | "PAL-M" | "SECAM-B" | "SECAM-G" | "SECAM-H" | "SECAM-D" | "SECAM-K" | "SECAM-K1" | "SECAM-L")[];
  /** readOnly · string list · since 1.1 */
  'STBService.{i}.Capabilities.VideoOutput.DisplayFormats': readonly string[];
  /** readOnly · string · size ..32 · since 1.0 */
  'STBService.{i}.Capabilities.VideoOutput.HDCP': string;
  /** readOnly · string · size ..32 · since 1.0 */
  'STBService.{i}.Capabilities.VideoOutput.Macrovision': string;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Capabilities.VideoOutput.VideoFormats': readonly ("CVBS" | "S-Video" | "YPrPb" | "RGsB" | "RGB" | "HDMI" | "DVI" | "RF")[];
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.AudioDecoder.{i}.Alias': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.AudioDecoder.{i}.AudioStandard': string;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.AudioDecoder.{i}.Enable': boolean;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.AudioDecoder.{i}.Name': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.AudioDecoder.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.AudioDecoderNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.AudioOutput.{i}.Alias': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.AudioOutput.{i}.AudioFormat': string;
  /** readWrite · unsignedInt · range 0..100 · units % · since 1.0 */
  'STBService.{i}.Components.AudioOutput.{i}.AudioLevel': number;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.AudioOutput.{i}.CancelMute': boolean;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.AudioOutput.{i}.Enable': boolean;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.AudioOutput.{i}.Name': string;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Components.AudioOutput.{i}.SCARTs': readonly string[];
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.AudioOutput.{i}.Status': "Disabled" | "Enabled" | "Muted" | "Error";
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.AudioOutputNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.CA.{i}.Alias': string;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.CA.{i}.Enable': boolean;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.CA.{i}.Name': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.CA.{i}.SmartCardReader': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.CA.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.CANumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.DRM.{i}.Alias': string;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.DRM.{i}.Enable': boolean;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.DRM.{i}.Name': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.DRM.{i}.SmartCardReader': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.DRM.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.DRMNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.FrontEnd.{i}.Alias': string;
  /** readOnly · unsignedInt · range 0..100 · units % · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.Progress': number;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.Start': boolean;
  /** readWrite · unsignedInt · units kHz · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.StartFrequency': number;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.Status': "Disabled" | "Enabled" | "Error";
  /** readWrite · unsignedInt · units kHz · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.StopFrequency': number;
  /** readWrite · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.LogicalChannelConnect.LogicalChannelNumber': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.BER': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.CBER': number;
  /** readWrite · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.ChannelBandwidth': "8MHz" | "7MHz" | "6MHz";
  /** readWrite · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.CodeRateHP': "1/2" | "2/3" | "3/4" | "5/6" | "7/8";
  /** readWrite · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.CodeRateLP': "0" | "1/2" | "2/3" | "3/4" | "5/6" | "7/8";
  /** readWrite · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.Constellation': "QPSK" | "16QAM" | "64QAM";
  /** readWrite · unsignedInt · units kHz · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.Frequency': number;
  /** readWrite · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.GuardInterval': "1/32" | "1/16" | "1/8" | "1/4";
  /** readWrite · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.HierarchicalInformation': "0" | "1" | "2" | "4";
  /** readOnly · boolean · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.Locked': boolean;
  /** readOnly · unsignedInt · units dB · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.SNR': number;
  /** readWrite · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.TransmissionMode': "2k" | "8k";
  /** readOnly · string · size ..256 · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Service.CurrentLogicalChannel': string;
  /** readOnly · string · size ..256 · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Service.CurrentService': string;
  /** readWrite · string · size ..12 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceConnect.DvbId': string;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Alias': string;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.LogicalChannelNumber': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.Alias': string;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.BER': number;
  /** readOnly · unsignedInt · units multiples of 1e-9 · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.CBER': number;
  /** readOnly · string · size ..12 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.DvbId': string;
  /** readOnly · unsignedInt · units kHz · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.Frequency': number;
  /** readOnly · string · size ..256 · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.Name': string;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.Preferred': boolean;
  /** readOnly · unsignedInt · units dB · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.SNR': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.ServiceNumberOfEntries': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannelNumberOfEntries': number;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.Reset': boolean;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.TotalServices': number;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.Enable': boolean;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.ActiveInboundIPStreams': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.ActiveOutboundIPStreams': number;
  /** readWrite · unsignedInt · units milliseconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Dejittering.BufferInitialLevel': number;
  /** readWrite · unsignedInt · units milliseconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Dejittering.BufferSize': number;
  /** readOnly · string · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.FEC.ECOperationStatus': "Disabled" | "Auto mode EC On" | "Auto mode EC Off without buffering" | "Auto mode EC Off with buffering" | "Forced mode EC On" | "Error";
  /** readWrite · boolean · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.FEC.Enable': boolean;
  /** readWrite · string · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.FEC.OperationMode': "Auto" | "Forced";
  /** readWrite · boolean · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.ForceMonitor.Enable': boolean;
  /** readOnly · string · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.ForceMonitor.Status': "Normal" | "Force Monitor";
  /** readWrite · string · size ..256 · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.ForceMonitor.URI': string;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroup.{i}.Alias': string;
  /** readOnly · string <IPAddress> · size ..45 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroup.{i}.GroupAddress': string;
  /** readOnly · unsignedInt · units seconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroup.{i}.UpTime': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.Alias': string;
  /** readOnly · unsignedInt · units milliseconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.CurrentDay.MaxJoinDelay': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.CurrentDay.NumberOfJoins': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.CurrentDay.NumberOfLeaves': number;
  /** readOnly · unsignedInt · units seconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.CurrentDayStart': number;
  /** readOnly · string <IPAddress> · size ..45 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.GroupAddress': string;
  /** readOnly · unsignedInt · units milliseconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.QuarterHour.MaxJoinDelay': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.QuarterHour.NumberOfJoins': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.QuarterHour.NumberOfLeaves': number;
  /** readOnly · unsignedInt · units seconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.QuarterHourStart': number;
  /** readOnly · unsignedInt · units milliseconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.Total.MaxJoinDelay': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.Total.NumberOfJoins': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.Total.NumberOfLeaves': number;
  /** readOnly · unsignedInt · units seconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.TotalStart': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStatsNumberOfEntries': number;
  /** readWrite · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientRobustness': number;
  /** readWrite · unsignedInt · range 1..25 · units seconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientUnsolicitedReportInterval': number;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientVersion': "v1" | "v2" | "v3";
  /** readWrite · unsignedInt · range 0..63 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.DSCPMark': number;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.Enable': boolean;
  /** readWrite · int · range -1.. · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.EthernetPriorityMark': number;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.LoggingEnable': boolean;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.MaximumNumberOfConcurrentGroups': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.MaximumNumberOfTrackedGroups': number;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.Status': "Disabled" | "Enabled" | "Error";
  /** readWrite · int · range -1.. · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.VLANIDMark': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.Alias': string;
  /** readOnly · string <IPAddress> · size ..45 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.DestinationAddress': string;
  /** readOnly · unsignedInt · range 0..65535 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.DestinationPort': number;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.DownloadTransportProtocol': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.MultiplexType': string;
  /** readOnly · string · size ..256 · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.Name': string;
  /** readOnly · string <IPAddress> · size ..45 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.SourceAddress': string;
  /** readOnly · unsignedInt · range 0..65535 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.SourcePort': number;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.StreamingControlProtocol': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.StreamingTransportControlProtocol': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.StreamingTransportProtocol': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.URI': string;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.InboundNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.Alias': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.MultiplexType': string;
  /** readOnly · string · size ..256 · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.Name': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.URI': string;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.OutboundNumberOfEntries': number;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTCP.Enable': boolean;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTCP.Status': "Disabled" | "Enabled" | "Error";
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTCP.TxRepeatInterval': number;
  /** readOnly · string · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.ECOperationStatus': "Disabled" | "Auto mode EC On" | "Auto mode EC Off without buffering" | "Auto mode EC Off with buffering" | "Forced mode EC On" | "Error";
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.Enable': boolean;
  /** readWrite · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.MaxLossBurst': number;
  /** readWrite · unsignedInt · units milliseconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.MaxReportTime': number;
  /** readWrite · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.MinLossPackets': number;
  /** readWrite · string · since 1.1 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.OperationMode': "Auto" | "Forced";
  /** readWrite · unsignedInt · units milliseconds · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.RetransmitTimeout': number;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.Status': "Disabled" | "Enabled" | "Error";
  /** readWrite · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.IP.ServiceConnect.URI': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.Name': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.FrontEndNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.HDMI.{i}.Alias': string;
  /** readOnly · boolean · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.AutoLipSyncSupport': boolean;
  /** readOnly · boolean · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.CECSupport': boolean;
  /** readOnly · hexBinary · size ..256 · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.EEDID': string;
  /** readOnly · boolean · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.HDMI3DPresent': boolean;
  /** readOnly · string · size ..256 · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.Name': string;
  /** readOnly · string · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.PreferredResolution': string;
  /** readOnly · string · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.Status': "Present" | "None" | "Error";
  /** readOnly · string list · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.SupportedResolutions': readonly string[];
  /** readOnly · unsignedInt · units milliseconds · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.VideoLatency': number;
  /** readWrite · boolean · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.Enable': boolean;
  /** readOnly · string · size ..256 · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.Name': string;
  /** readWrite · string · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.ResolutionMode': "Auto" | "Manual";
  /** readWrite · string · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.ResolutionValue': string;
  /** readOnly · string · since 1.1 */
  'STBService.{i}.Components.HDMI.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.Components.HDMINumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.PVR.Storage.{i}.Alias': string;
  /** readOnly · string · size ..256 · since 1.1 */
  'STBService.{i}.Components.PVR.Storage.{i}.Name': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.PVR.Storage.{i}.Reference': string;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.PVR.StorageNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.SCART.{i}.Alias': string;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.SCART.{i}.Enable': boolean;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.SCART.{i}.Name': string;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.SCART.{i}.Presence': boolean;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.SCART.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.SCARTNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.SPDIF.{i}.Alias': string;
  /** readOnly · unsignedInt · units milliseconds · since 1.1 */
  'STBService.{i}.Components.SPDIF.{i}.AudioDelay': number;
  /** readWrite · boolean · since 1.1 */
  'STBService.{i}.Components.SPDIF.{i}.Enable': boolean;
  /** readWrite · boolean · since 1.1 */
  'STBService.{i}.Components.SPDIF.{i}.ForcePCM': boolean;
  /** readOnly · string · size ..256 · since 1.1 */
  'STBService.{i}.Components.SPDIF.{i}.Name': string;
  /** readOnly · boolean · since 1.1 */
  'STBService.{i}.Components.SPDIF.{i}.Passthrough': boolean;
  /** readOnly · string · since 1.1 */
  'STBService.{i}.Components.SPDIF.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.Components.SPDIFNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.VideoDecoder.{i}.Alias': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.VideoDecoder.{i}.ContentAspectRatio': "4:3" | "16:9";
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.VideoDecoder.{i}.Enable': boolean;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.VideoDecoder.{i}.MPEG2Part2': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.VideoDecoder.{i}.MPEG4Part10': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.VideoDecoder.{i}.MPEG4Part2': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.VideoDecoder.{i}.Name': string;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.VideoDecoder.{i}.SMPTEVC1': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.VideoDecoder.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.VideoDecoderNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.Components.VideoOutput.{i}.Alias': string;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.VideoOutput.{i}.AspectRatioBehaviour': "None" | "Letterbox" | "16:9 Letterbox" | "14:9 Letterbox" | "CenterCutOut" | "Combined" | "Combined 16:9 Letterbox and CenterCutOut" | "Combined 14:9 Letterbox and CenterCutOut";
  /** readWrite · boolean · since 1.1 */
  'STBService.{i}.Components.VideoOutput.{i}.ColorbarEnable': boolean;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.VideoOutput.{i}.CompositeVideoStandard': string;
  /** readWrite · string · since 1.1 */
  'STBService.{i}.Components.VideoOutput.{i}.DisplayFormat': string;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Components.VideoOutput.{i}.Enable': boolean;
  /** readOnly · boolean · since 1.0 */
  'STBService.{i}.Components.VideoOutput.{i}.HDCP': boolean;
  /** readOnly · boolean · since 1.0 */
  'STBService.{i}.Components.VideoOutput.{i}.Macrovision': boolean;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.Components.VideoOutput.{i}.Name': string;
  /** readOnly · string list · since 1.0 */
  'STBService.{i}.Components.VideoOutput.{i}.SCARTs': readonly string[];
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.VideoOutput.{i}.Status': "Disabled" | "Enabled" | "ColorbarEnabled" | "Error";
  /** readWrite · string · since 1.0 */
  'STBService.{i}.Components.VideoOutput.{i}.VideoFormat': string;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.Components.VideoOutputNumberOfEntries': number;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.Enable': boolean;
  /** readWrite · boolean · since 1.4 */
  'STBService.{i}.ServiceMonitoring.EventCollectionEnable': boolean;
  /** readWrite · unsignedInt · range 1.. · since 1.1 */
  'STBService.{i}.ServiceMonitoring.EventsPerSampleInterval': number;
  /** readWrite · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.FetchSamples': number;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.ServiceMonitoring.ForceSample': boolean;
  /** readOnly · unsignedInt list · units milliseconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.GlobalOperation.Sample.MaximumPortalResponse': readonly number[];
  /** readOnly · unsignedInt list · units milliseconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.GlobalOperation.Sample.MinimumPortalResponse': readonly number[];
  /** readOnly · string list · since 1.1 */
  'STBService.{i}.ServiceMonitoring.GlobalOperation.Sample.PortalResponse': readonly string[];
  /** readOnly · unsignedInt · units milliseconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.GlobalOperation.Total.MaximumPortalResponse': number;
  /** readOnly · unsignedInt · units milliseconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.GlobalOperation.Total.MinimumPortalResponse': number;
  /** readOnly · unsignedInt · units milliseconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.GlobalOperation.Total.ServiceAccessTime': number;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.AVStream': string;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Alias': string;
  /** readWrite · unsignedInt · units seconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.ChannelChangeFailureTimeout': number;
  /** readWrite · unsignedInt list · range 1.. · units milliseconds · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.DelayBetweenLossEventsHistogramIntervals': readonly number[];
  /** readWrite · unsignedInt list · range 1.. · units milliseconds · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.DurationSevereLossEventsHistogramIntervals': readonly number[];
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Enable': boolean;
  /** readOnly · string · since 1.4 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.Parameter.{i}.Name': string;
  /** readOnly · string · since 1.4 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.Parameter.{i}.Value': string;
  /** readOnly · unsignedInt · since 1.4 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.ParameterNumberOfEntries': number;
  /** readOnly · unsignedInt · range 1.. · since 1.4 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.SequenceNumber': number;
  /** readOnly · dateTime · since 1.4 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.Time': string;
  /** readOnly · string · since 1.4 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.Type': string;
  /** readOnly · unsignedInt · since 1.4 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.EntryNumberOfEntries': number;
  /** readWrite · boolean · since 1.4 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Reset': boolean;
  /** readWrite · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Gmin': number;
  /** readWrite · unsignedInt list · range 1.. · units packets · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.PacketsLostByEventHistogramIntervals': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.AudioDecoderStats.DecodedFrames': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.AudioDecoderStats.DecodingErrors': readonly number[];
  /** readOnly · unsignedInt list · units seconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.AudioDecoderStats.SampleSeconds': readonly number[];
  /** readOnly · unsignedInt list · units milliseconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.DejitteringStats.EmptyBufferTime': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.DejitteringStats.Overruns': readonly number[];
  /** readOnly · unsignedInt list · units seconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.DejitteringStats.SampleSeconds': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.DejitteringStats.Underruns': readonly number[];
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Alias': string;
  /** readWrite · boolean · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Enable': boolean;
  /** readOnly · unsignedInt list · range 0..65535 · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric': readonly number[];
  /** readOnly · unsignedInt list · range 0..65535 · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric1': readonly number[];
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric1Failures': number;
  /** readWrite · unsignedInt · range 0..65535 · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric1Threshold': number;
  /** readOnly · unsignedInt list · range 0..65535 · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric2': readonly number[];
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric2Failures': number;
  /** readWrite · unsignedInt · range 0..65535 · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric2Threshold': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.MetricFailures': number;
  /** readOnly · string · size ..256 · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.MetricName': string;
  /** readWrite · unsignedInt · units seconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.MetricSampleInterval': number;
  /** readWrite · unsignedInt · range 0..65535 · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.MetricThreshold': number;
  /** readOnly · unsignedInt list · units seconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.SampleSeconds': readonly number[];
  /** readOnly · string · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStatsNumberOfEntries': number;
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.PacketDiscontinuityCounter': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.PacketDiscontinuityCounterBeforeCA': readonly number[];
  /** readOnly · unsignedInt list · units seconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.SampleSeconds': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.TSPacketsDrained': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.TSPacketsReceived': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.TSSyncByteErrorCount': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.TSSyncLossCount': readonly number[];
  /** readOnly · boolean list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.PVRTimeShift': readonly boolean[];
  /** readOnly · unsignedInt list · units RTP packets · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.AverageLossDistance': readonly number[];
  /** readOnly · unsignedInt list · units RTP packets · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.AverageLossDistanceBeforeEC': readonly number[];
  /** readOnly · unsignedInt list · units RTP packets · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.AverageLossPeriod': readonly number[];
  /** readOnly · unsignedInt list · units RTP packets · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.AverageLossPeriodBeforeEC': readonly number[];
  /** readOnly · string list · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.DelayBetweenLossEventsHistogram': readonly string[];
  /** readOnly · string list · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.DelayBetweenLossEventsHistogramBeforeEC': readonly string[];
  /** readOnly · string list · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.DurationSevereLossEventsHistogram': readonly string[];
  /** readOnly · string list · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.DurationSevereLossEventsHistogramBeforeEC': readonly string[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.LossEvents': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.LossEventsBeforeEC': readonly number[];
  /** readOnly · unsignedInt list · units RTP packets · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.MaximumLossPeriod': readonly number[];
  /** readOnly · unsignedInt list · units RTP packets · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.MaximumLossPeriodBeforeEC': readonly number[];
  /** readOnly · unsignedInt list · units RTP packets · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.MinimumLossDistance': readonly number[];
  /** readOnly · unsignedInt list · units RTP packets · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.MinimumLossDistanceBeforeEC': readonly number[];
  /** readOnly · unsignedInt list · units RTP packets · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.MinimumLossPeriod': readonly number[];
  /** readOnly · unsignedInt list · units RTP packets · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.MinimumLossPeriodBeforeEC': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsDiscarded': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsExpected': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsLost': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsLostBeforeEC': readonly number[];
  /** readOnly · string list · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsLostByEventHistogram': readonly string[];
  /** readOnly · string list · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsLostByEventHistogramBeforeEC': readonly string[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsOutOfSequence': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsReceived': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsReceivedBeforeEC': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.RetransmitTimeouts': readonly number[];
  /** readOnly · unsignedInt list · units seconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.SampleSeconds': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.SevereLossIndexCount': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.SevereLossIndexCountBeforeEC': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.SevereLossLengthCount': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.SevereLossLengthCountBeforeEC': readonly number[];
  /** readOnly · unsignedInt list · units seconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.SampleSeconds': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.SignificantChanges': readonly number[];
  /** readOnly · unsignedInt list · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.TCPStats.BytesReceived': readonly number[];
  /** readOnly · unsignedInt list · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.TCPStats.PacketsReceived': readonly number[];
  /** readOnly · unsignedInt list · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.TCPStats.PacketsRetransmitted': readonly number[];
  /** readOnly · unsignedInt list · units seconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.TCPStats.SampleSeconds': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.AVResynchCounter': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.BConcealedFrames': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.BDecodedFrames': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.BLostFrames': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.ConcealedFrames': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.DecodedFrames': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.FrameRate': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.IConcealedFrames': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.IDecodedFrames': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.ILostFrames': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.LostFrames': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.PConcealedFrames': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.PDecodedFrames': readonly number[];
  /** readOnly · unsignedInt list · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.PLostFrames': readonly number[];
  /** readOnly · unsignedInt list · units seconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.SampleSeconds': readonly number[];
  /** readOnly · unsignedInt list · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.AccessSuccesses': readonly number[];
  /** readOnly · unsignedInt list · units milliseconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.AverageVideoSystemResponse': readonly number[];
  /** readOnly · unsignedInt list · units milliseconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.AverageVoDControlResponse': readonly number[];
  /** readOnly · unsignedInt list · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.ChannelChangeFailures': readonly number[];
  /** readOnly · unsignedInt list · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.CompletionCount': readonly number[];
  /** readOnly · unsignedInt list · units milliseconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.MaximumVideoSystemResponse': readonly number[];
  /** readOnly · unsignedInt list · units milliseconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.MaximumVoDControlResponse': readonly number[];
  /** readOnly · unsignedInt list · units milliseconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.MinimumVideoSystemResponse': readonly number[];
  /** readOnly · unsignedInt list · units milliseconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.MinimumVoDControlResponse': readonly number[];
  /** readOnly · unsignedInt list · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.RequestedTransactions': readonly number[];
  /** readOnly · unsignedInt list · units seconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.SampleSeconds': readonly number[];
  /** readOnly · string list · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.VideoSystemResponse': readonly string[];
  /** readOnly · string list · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.VoDControlResponse': readonly string[];
  /** readWrite · string · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.ServiceType': string;
  /** readOnly · string <UUID> · size 36..36 · since 1.4 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.SessionId': string;
  /** readWrite · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.SevereLossMinDistance': number;
  /** readWrite · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.SevereLossMinLength': number;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Status': "Disabled" | "Enabled" | "Error";
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.AudioDecoderStats.DecodedFrames': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.AudioDecoderStats.DecodingErrors': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.AudioDecoderStats.TotalSeconds': number;
  /** readOnly · unsignedInt · units milliseconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.DejitteringStats.EmptyBufferTime': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.DejitteringStats.Overruns': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.DejitteringStats.TotalSeconds': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.DejitteringStats.Underruns': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.PacketDiscontinuityCounter': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.PacketDiscontinuityCounterBeforeCA': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.TSPacketsReceived': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.TSSyncByteErrorCount': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.TSSyncLossCount': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.TotalSeconds': number;
  /** readOnly · unsignedInt list · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.DelayBetweenLossEventsHistogram': readonly number[];
  /** readOnly · unsignedInt list · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.DelayBetweenLossEventsHistogramBeforeEC': readonly number[];
  /** readOnly · unsignedInt list · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.DurationSevereLossEventsHistogram': readonly number[];
  /** readOnly · unsignedInt list · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.DurationSevereLossEventsHistogramBeforeEC': readonly number[];
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.LossEvents': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.LossEventsBeforeEC': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsDiscarded': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsExpected': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsLost': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsLostBeforeEC': number;
  /** readOnly · unsignedInt list · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsLostByEventHistogram': readonly number[];
  /** readOnly · unsignedInt list · since 1.3 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsLostByEventHistogramBeforeEC': readonly number[];
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsOutOfSequence': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsReceived': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsReceivedBeforeEC': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.RetransmitTimeouts': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.SevereLossIndexCount': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.SevereLossIndexCountBeforeEC': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.SevereLossLengthCount': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.SevereLossLengthCountBeforeEC': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.TotalSeconds': number;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.Reset': boolean;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.ResetTime': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.TCPStats.BytesReceived': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.TCPStats.PacketsReceived': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.TCPStats.PacketsRetransmitted': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.TCPStats.TotalSeconds': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.TotalSeconds': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.AVResynchCounter': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.BConcealedFrames': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.BDecodedFrames': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.BLostFrames': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.ConcealedFrames': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.DecodedFrames': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.FrameRate': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.IConcealedFrames': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.IDecodedFrames': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.ILostFrames': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.LostFrames': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.PConcealedFrames': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.PDecodedFrames': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.PLostFrames': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.TotalSeconds': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.AccessSuccesses': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.ChannelChangeFailures': number;
  /** readOnly · string list · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.ChannelFailures': readonly string[];
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.CompletionCount': number;
  /** readOnly · unsignedInt · units milliseconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.MaximumVideoSystemResponse': number;
  /** readOnly · unsignedInt · units milliseconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.MaximumVoDControlResponse': number;
  /** readOnly · unsignedInt · units milliseconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.MinimumVideoSystemResponse': number;
  /** readOnly · unsignedInt · units milliseconds · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.MinimumVoDControlResponse': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.RequestedTransactions': number;
  /** readOnly · unsignedInt · since 1.1 */
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.TotalSeconds': number;
  /** readOnly · unsignedInt · since 1.0 */
  'STBService.{i}.ServiceMonitoring.MainStreamNumberOfEntries': number;
  /** readOnly · dateTime · since 1.0 */
  'STBService.{i}.ServiceMonitoring.ReportEndTime': string;
  /** readWrite · unsignedInt · range 1.. · since 1.0 */
  'STBService.{i}.ServiceMonitoring.ReportSamples': number;
  /** readOnly · dateTime · since 1.0 */
  'STBService.{i}.ServiceMonitoring.ReportStartTime': string;
  /** readWrite · boolean · since 1.0 */
  'STBService.{i}.ServiceMonitoring.SampleEnable': boolean;
  /** readWrite · unsignedInt · range 1.. · units seconds · since 1.0 */
  'STBService.{i}.ServiceMonitoring.SampleInterval': number;
  /** readOnly · string · since 1.0 */
  'STBService.{i}.ServiceMonitoring.SampleState': "Disabled" | "Enabled" | "Trigger";
  /** readWrite · dateTime · since 1.0 */
  'STBService.{i}.ServiceMonitoring.TimeReference': string;
  /** readOnly · unsignedInt · since 1.0 */
  'STBServiceNumberOfEntries': number;
}

export type ParameterPath = keyof Values;

/** Parameters an ACS may write: readWrite and writeOnceReadOnly. */
export type WritablePath =
  | 'STBService.{i}.AVPlayers.AVPlayer.{i}.Alias'
  | 'STBService.{i}.AVPlayers.AVPlayer.{i}.Enable'
  | 'STBService.{i}.AVPlayers.PreferredAudioLanguage'
  | 'STBService.{i}.AVPlayers.PreferredBehaviour'
  | 'STBService.{i}.AVPlayers.PreferredSubtitlingLanguage'
  | 'STBService.{i}.AVPlayers.ResetPINCode'
  | 'STBService.{i}.AVStreams.AVStream.{i}.Alias'
  | 'STBService.{i}.Alias'
  | 'STBService.{i}.Applications.AudienceStats.Channel.{i}.Alias'
  | 'STBService.{i}.Applications.AudienceStats.Enable'
  | 'STBService.{i}.Applications.AudienceStats.Reset'
  | 'STBService.{i}.Applications.CDSPull.ContentItem.{i}.Alias'
  | 'STBService.{i}.Applications.CDSPull.ContentItem.{i}.DeleteItem'
  | 'STBService.{i}.Applications.CDSPush.ContentItem.{i}.Alias'
  | 'STBService.{i}.Applications.CDSPush.ContentItem.{i}.DeleteItem'
  | 'STBService.{i}.Applications.ServiceProvider.{i}.Alias'
  | 'STBService.{i}.Applications.ServiceProvider.{i}.Domain'
  | 'STBService.{i}.Applications.ServiceProvider.{i}.Name'
  | 'STBService.{i}.Applications.ServiceProvider.{i}.ServiceDiscoveryServer'
  | 'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevel.{i}.Alias'
  | 'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevel.{i}.Alias'
  | 'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevel.{i}.Alias'
  | 'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevel.{i}.Alias'
  | 'STBService.{i}.Components.AudioDecoder.{i}.Alias'
  | 'STBService.{i}.Components.AudioDecoder.{i}.Enable'
  | 'STBService.{i}.Components.AudioOutput.{i}.Alias'
  | 'STBService.{i}.Components.AudioOutput.{i}.AudioLevel'
  | 'STBService.{i}.Components.AudioOutput.{i}.CancelMute'
  | 'STBService.{i}.Components.AudioOutput.{i}.Enable'
  | 'STBService.{i}.Components.CA.{i}.Alias'
  | 'STBService.{i}.Components.CA.{i}.Enable'
  | 'STBService.{i}.Components.DRM.{i}.Alias'
  | 'STBService.{i}.Components.DRM.{i}.Enable'
  | 'STBService.{i}.Components.FrontEnd.{i}.Alias'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.Start'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.StartFrequency'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.StopFrequency'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.LogicalChannelConnect.LogicalChannelNumber'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.ChannelBandwidth'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.CodeRateHP'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.CodeRateLP'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.Constellation'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.Frequency'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.GuardInterval'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.HierarchicalInformation'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.TransmissionMode'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceConnect.DvbId'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Alias'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.Alias'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.Preferred'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.Reset'
  | 'STBService.{i}.Components.FrontEnd.{i}.Enable'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.Dejittering.BufferInitialLevel'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.Dejittering.BufferSize'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.FEC.Enable'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.FEC.OperationMode'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.ForceMonitor.Enable'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.ForceMonitor.URI'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroup.{i}.Alias'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.Alias'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientRobustness'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientUnsolicitedReportInterval'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.DSCPMark'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.Enable'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.EthernetPriorityMark'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.LoggingEnable'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.VLANIDMark'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.Alias'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.Alias'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.RTCP.Enable'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.RTCP.TxRepeatInterval'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.Enable'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.MaxLossBurst'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.MaxReportTime'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.MinLossPackets'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.OperationMode'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.RetransmitTimeout'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.ServiceConnect.URI'
  | 'STBService.{i}.Components.HDMI.{i}.Alias'
  | 'STBService.{i}.Components.HDMI.{i}.Enable'
  | 'STBService.{i}.Components.HDMI.{i}.ResolutionMode'
  | 'STBService.{i}.Components.HDMI.{i}.ResolutionValue'
  | 'STBService.{i}.Components.PVR.Storage.{i}.Alias'
  | 'STBService.{i}.Components.SCART.{i}.Alias'
  | 'STBService.{i}.Components.SCART.{i}.Enable'
  | 'STBService.{i}.Components.SCART.{i}.Presence'
  | 'STBService.{i}.Components.SPDIF.{i}.Alias'
  | 'STBService.{i}.Components.SPDIF.{i}.Enable'
  | 'STBService.{i}.Components.SPDIF.{i}.ForcePCM'
  | 'STBService.{i}.Components.VideoDecoder.{i}.Alias'
  | 'STBService.{i}.Components.VideoDecoder.{i}.Enable'
  | 'STBService.{i}.Components.VideoOutput.{i}.Alias'
  | 'STBService.{i}.Components.VideoOutput.{i}.ColorbarEnable'
  | 'STBService.{i}.Components.VideoOutput.{i}.DisplayFormat'
  | 'STBService.{i}.Components.VideoOutput.{i}.Enable'
  | 'STBService.{i}.Components.VideoOutput.{i}.VideoFormat'
  | 'STBService.{i}.Enable'
  | 'STBService.{i}.ServiceMonitoring.EventCollectionEnable'
  | 'STBService.{i}.ServiceMonitoring.EventsPerSampleInterval'
  | 'STBService.{i}.ServiceMonitoring.FetchSamples'
  | 'STBService.{i}.ServiceMonitoring.ForceSample'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Alias'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.ChannelChangeFailureTimeout'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.DelayBetweenLossEventsHistogramIntervals'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.DurationSevereLossEventsHistogramIntervals'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Enable'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Reset'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Gmin'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.PacketsLostByEventHistogramIntervals'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Alias'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Enable'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric1Threshold'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric2Threshold'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.MetricSampleInterval'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.MetricThreshold'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.ServiceType'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.SevereLossMinDistance'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.SevereLossMinLength'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.Reset'
  | 'STBService.{i}.ServiceMonitoring.ReportSamples'
  | 'STBService.{i}.ServiceMonitoring.SampleEnable'
  | 'STBService.{i}.ServiceMonitoring.SampleInterval'
  | 'STBService.{i}.ServiceMonitoring.TimeReference';

/** Every object path, in BBF form ending with '.'. */
export type ObjectPath =
  | 'STBService.{i}.'
  | 'STBService.{i}.AVPlayers.'
  | 'STBService.{i}.AVPlayers.AVPlayer.{i}.'
  | 'STBService.{i}.AVStreams.'
  | 'STBService.{i}.AVStreams.AVStream.{i}.'
  | 'STBService.{i}.Applications.'
  | 'STBService.{i}.Applications.AudienceStats.'
  | 'STBService.{i}.Applications.AudienceStats.Channel.{i}.'
  | 'STBService.{i}.Applications.CDSPull.'
  | 'STBService.{i}.Applications.CDSPull.ContentItem.{i}.'
  | 'STBService.{i}.Applications.CDSPush.'
  | 'STBService.{i}.Applications.CDSPush.ContentItem.{i}.'
  | 'STBService.{i}.Applications.ServiceProvider.{i}.'
  | 'STBService.{i}.Capabilities.'
  | 'STBService.{i}.Capabilities.AudienceStats.'
  | 'STBService.{i}.Capabilities.AudioDecoder.'
  | 'STBService.{i}.Capabilities.AudioOutput.'
  | 'STBService.{i}.Capabilities.CA.'
  | 'STBService.{i}.Capabilities.CDS.'
  | 'STBService.{i}.Capabilities.DRM.'
  | 'STBService.{i}.Capabilities.FrontEnd.'
  | 'STBService.{i}.Capabilities.FrontEnd.DVBT.'
  | 'STBService.{i}.Capabilities.FrontEnd.IP.'
  | 'STBService.{i}.Capabilities.HDMI.'
  | 'STBService.{i}.Capabilities.PVR.'
  | 'STBService.{i}.Capabilities.ServiceMonitoring.'
  | 'STBService.{i}.Capabilities.VideoDecoder.'
  | 'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.'
  | 'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevel.{i}.'
  | 'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.'
  | 'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevel.{i}.'
  | 'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.'
  | 'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevel.{i}.'
  | 'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.'
  | 'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevel.{i}.'
  | 'STBService.{i}.Capabilities.VideoOutput.'
  | 'STBService.{i}.Components.'
  | 'STBService.{i}.Components.AudioDecoder.{i}.'
  | 'STBService.{i}.Components.AudioOutput.{i}.'
  | 'STBService.{i}.Components.CA.{i}.'
  | 'STBService.{i}.Components.DRM.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.LogicalChannelConnect.'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.Service.'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceConnect.'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.Dejittering.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.FEC.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.ForceMonitor.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroup.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.CurrentDay.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.QuarterHour.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.Total.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.RTCP.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.ServiceConnect.'
  | 'STBService.{i}.Components.HDMI.{i}.'
  | 'STBService.{i}.Components.HDMI.{i}.DisplayDevice.'
  | 'STBService.{i}.Components.PVR.'
  | 'STBService.{i}.Components.PVR.Storage.{i}.'
  | 'STBService.{i}.Components.SCART.{i}.'
  | 'STBService.{i}.Components.SPDIF.{i}.'
  | 'STBService.{i}.Components.VideoDecoder.{i}.'
  | 'STBService.{i}.Components.VideoOutput.{i}.'
  | 'STBService.{i}.ServiceMonitoring.'
  | 'STBService.{i}.ServiceMonitoring.GlobalOperation.'
  | 'STBService.{i}.ServiceMonitoring.GlobalOperation.Sample.'
  | 'STBService.{i}.ServiceMonitoring.GlobalOperation.Total.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.Parameter.{i}.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.AudioDecoderStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.DejitteringStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.TCPStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.AudioDecoderStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.DejitteringStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.TCPStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.';

/** Multi-instance objects (tables), whose paths end with '{i}.'. */
export type TablePath =
  | 'STBService.{i}.'
  | 'STBService.{i}.AVPlayers.AVPlayer.{i}.'
  | 'STBService.{i}.AVStreams.AVStream.{i}.'
  | 'STBService.{i}.Applications.AudienceStats.Channel.{i}.'
  | 'STBService.{i}.Applications.CDSPull.ContentItem.{i}.'
  | 'STBService.{i}.Applications.CDSPush.ContentItem.{i}.'
  | 'STBService.{i}.Applications.ServiceProvider.{i}.'
  | 'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevel.{i}.'
  | 'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevel.{i}.'
  | 'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevel.{i}.'
  | 'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevel.{i}.'
  | 'STBService.{i}.Components.AudioDecoder.{i}.'
  | 'STBService.{i}.Components.AudioOutput.{i}.'
  | 'STBService.{i}.Components.CA.{i}.'
  | 'STBService.{i}.Components.DRM.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroup.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.'
  | 'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.'
  | 'STBService.{i}.Components.HDMI.{i}.'
  | 'STBService.{i}.Components.PVR.Storage.{i}.'
  | 'STBService.{i}.Components.SCART.{i}.'
  | 'STBService.{i}.Components.SPDIF.{i}.'
  | 'STBService.{i}.Components.VideoDecoder.{i}.'
  | 'STBService.{i}.Components.VideoOutput.{i}.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.Parameter.{i}.'
  | 'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.';
