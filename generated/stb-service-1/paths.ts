// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model STBService:1.4 (service) from tr-135-1-4-1-cwmp.xml
// Sources (sha256):
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml
//   075c03bdb4bc1de09a9b7c5d620411c923b7cb4929fe3876fa5d9b400bfffa60  tr-135-1-4-1-common.xml
//   8be25d8a7d619a80be6ad6f5ffa0ca732bd1ac324a3c981551dea1d9e36198b5  tr-135-1-4-1-cwmp.xml

/** The value type of every parameter of STBService:1.4, keyed by its BBF path. */
export interface Values {
  'STBService.{i}.AVPlayers.AVPlayer.{i}.Alias': string;
  'STBService.{i}.AVPlayers.AVPlayer.{i}.AudioLanguage': string;
  'STBService.{i}.AVPlayers.AVPlayer.{i}.AudioOutputs': readonly string[];
  'STBService.{i}.AVPlayers.AVPlayer.{i}.Enable': boolean;
  'STBService.{i}.AVPlayers.AVPlayer.{i}.MainStream': string;
  'STBService.{i}.AVPlayers.AVPlayer.{i}.Name': string;
  'STBService.{i}.AVPlayers.AVPlayer.{i}.PIPStreams': readonly string[];
  'STBService.{i}.AVPlayers.AVPlayer.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.AVPlayers.AVPlayer.{i}.SubtitlingLanguage': string;
  'STBService.{i}.AVPlayers.AVPlayer.{i}.SubtitlingStatus': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.AVPlayers.AVPlayer.{i}.VideoOutputs': readonly string[];
  'STBService.{i}.AVPlayers.AVPlayerNumberOfEntries': number;
  'STBService.{i}.AVPlayers.ActiveAVPlayers': number;
  'STBService.{i}.AVPlayers.PreferredAudioLanguage': string;
  'STBService.{i}.AVPlayers.PreferredBehaviour': string;
  'STBService.{i}.AVPlayers.PreferredSubtitlingLanguage': string;
  'STBService.{i}.AVPlayers.ResetPINCode': boolean;
  'STBService.{i}.AVStreams.AVStream.{i}.Alias': string;
  'STBService.{i}.AVStreams.AVStream.{i}.AudioDecoder': string;
  'STBService.{i}.AVStreams.AVStream.{i}.CA': string;
  'STBService.{i}.AVStreams.AVStream.{i}.DRM': string;
  'STBService.{i}.AVStreams.AVStream.{i}.FrontEnd': string;
  'STBService.{i}.AVStreams.AVStream.{i}.Inbound': string;
  'STBService.{i}.AVStreams.AVStream.{i}.Name': string;
  'STBService.{i}.AVStreams.AVStream.{i}.Outbound': string;
  'STBService.{i}.AVStreams.AVStream.{i}.PVRState': "Disabled" | "Stopped" | "Play" | "Paused" | "FastForward" | "Rewind";
  'STBService.{i}.AVStreams.AVStream.{i}.Status': "Disabled" | "Enabled" | "Error_PVRWriteFailure" | "Error_PVRReadFailure" | "Error";
  'STBService.{i}.AVStreams.AVStream.{i}.VideoDecoder': string;
  'STBService.{i}.AVStreams.AVStreamNumberOfEntries': number;
  'STBService.{i}.AVStreams.ActiveAVStreams': number;
  'STBService.{i}.Alias': string;
  'STBService.{i}.Applications.AudienceStats.Channel.{i}.Alias': string;
  'STBService.{i}.Applications.AudienceStats.Channel.{i}.Duration': number;
  'STBService.{i}.Applications.AudienceStats.Channel.{i}.Name': string;
  'STBService.{i}.Applications.AudienceStats.ChannelNumberOfEntries': number;
  'STBService.{i}.Applications.AudienceStats.Enable': boolean;
  'STBService.{i}.Applications.AudienceStats.Reset': boolean;
  'STBService.{i}.Applications.AudienceStats.ResetTime': number;
  'STBService.{i}.Applications.CDSPull.ContentItem.{i}.Alias': string;
  'STBService.{i}.Applications.CDSPull.ContentItem.{i}.ContentReferenceId': string;
  'STBService.{i}.Applications.CDSPull.ContentItem.{i}.DeleteItem': boolean;
  'STBService.{i}.Applications.CDSPull.ContentItem.{i}.VersionNumber': number;
  'STBService.{i}.Applications.CDSPull.ContentItemNumberOfEntries': number;
  'STBService.{i}.Applications.CDSPull.Reference': string;
  'STBService.{i}.Applications.CDSPush.ContentItem.{i}.Alias': string;
  'STBService.{i}.Applications.CDSPush.ContentItem.{i}.ContentReferenceId': string;
  'STBService.{i}.Applications.CDSPush.ContentItem.{i}.DeleteItem': boolean;
  'STBService.{i}.Applications.CDSPush.ContentItem.{i}.VersionNumber': number;
  'STBService.{i}.Applications.CDSPush.ContentItemNumberOfEntries': number;
  'STBService.{i}.Applications.CDSPush.Reference': string;
  'STBService.{i}.Applications.ServiceProvider.{i}.ActiveBCGServers': string;
  'STBService.{i}.Applications.ServiceProvider.{i}.Alias': string;
  'STBService.{i}.Applications.ServiceProvider.{i}.Domain': string;
  'STBService.{i}.Applications.ServiceProvider.{i}.Name': string;
  'STBService.{i}.Applications.ServiceProvider.{i}.ServiceDiscoveryServer': string;
  'STBService.{i}.Applications.ServiceProviderNumberOfEntries': number;
  'STBService.{i}.Capabilities.AudienceStats.MaxAudienceStatsChannels': number;
  'STBService.{i}.Capabilities.AudioDecoder.AudioStandards': readonly ("MPEG1-Part3-Layer2" | "MPEG1-Part3-Layer3" | "MPEG2-Part3 -Layer2" | "MPEG2-Part3-Layer3" | "MPEG2.5" | "MP3-PRO" | "MP3-Surround" | "MPEG2-AAC-LC" | "MPEG4-AAC-LC" | "MPEG4-AAC-MP" | "MPEG4-BSAC" | "MPEG4-AAC-HE-v2" | "MPEG-Surround" | "DOLBY-AC3" | "DOLBY-DD+" | "DTS" | "DTS-HD")[];
  'STBService.{i}.Capabilities.AudioOutput.AudioFormats': readonly ("ANALOG-MONO" | "ANALOG-2-CHANNELS" | "ANALOG-5.1-CHANNELS" | "DIGITAL-OPTICAL-SP/DIF" | "DIGITAL-COAXIAL-SP/DIF" | "HDMI" | "RF")[];
  'STBService.{i}.Capabilities.CA.CASystems': readonly string[];
  'STBService.{i}.Capabilities.CDS.PullCapable': boolean;
  'STBService.{i}.Capabilities.CDS.PushCapable': boolean;
  'STBService.{i}.Capabilities.DRM.DRMSystems': readonly string[];
  'STBService.{i}.Capabilities.FrontEnd.DVBT.MaxActiveDVBTStreams': number;
  'STBService.{i}.Capabilities.FrontEnd.DVBT.MaxLogicalChannels': number;
  'STBService.{i}.Capabilities.FrontEnd.IP.DownloadTransportProtocols': readonly ("HTTP" | "HTTPS" | "FTP" | "FTPS" | "SFTP" | "TFTP")[];
  'STBService.{i}.Capabilities.FrontEnd.IP.MaxActiveIPStreams': number;
  'STBService.{i}.Capabilities.FrontEnd.IP.MaxActiveInboundIPStreams': number;
  'STBService.{i}.Capabilities.FrontEnd.IP.MaxActiveOutboundIPStreams': number;
  'STBService.{i}.Capabilities.FrontEnd.IP.MaxDejitteringBufferSize': number;
  'STBService.{i}.Capabilities.FrontEnd.IP.MultiplexTypes': readonly ("None" | "MPEG1-SYS" | "MPEG2-PS" | "VOB" | "MPEG2-TS")[];
  'STBService.{i}.Capabilities.FrontEnd.IP.StreamingControlProtocols': readonly ("RTSP" | "IGMP" | "IGMPv2" | "IGMPv3" | "DSM-CC")[];
  'STBService.{i}.Capabilities.FrontEnd.IP.StreamingTransportControlProtocols': readonly ("RTCP" | "ARQ" | "AL-FEC")[];
  'STBService.{i}.Capabilities.FrontEnd.IP.StreamingTransportProtocols': readonly ("UDP" | "TCP" | "SCTP" | "DCCP" | "RTP" | "HTTP")[];
  'STBService.{i}.Capabilities.HDMI.CECSupport': boolean;
  'STBService.{i}.Capabilities.HDMI.HDMI3D': boolean;
  'STBService.{i}.Capabilities.HDMI.SupportedResolutions': readonly ("640x480p/60Hz" | "1280x720p/60Hz" | "1920x1080i/60Hz" | "720x480p/60Hz" | "720(1440)x480i/60Hz" | "1280x720p/50Hz" | "1920x1080i/50Hz" | "720x576p/50Hz" | "720(1440)x240p/60Hz" | "2880x480i/60Hz" | "2880x240p/60Hz" | "1440x480p/60Hz" | "1920x1080p/60Hz" | "720(1440)x288p/50Hz" | "2880x576i/50Hz" | "2880x288p/50Hz" | "1440x576p/50Hz" | "1920x1080p/50Hz" | "1920x1080p/24Hz" | "1920x1080p/25Hz" | "1920x1080p/30Hz" | "2880x480p/60Hz" | "2880x576p/50Hz" | "1920x1080i (1250 total)/50Hz" | "720(1440)x480i/120Hz" | "720x480p/120Hz" | "1920x1080i/120Hz" | "1280x720p/120Hz" | "720(1440)x480i/240Hz" | "720x480p/240Hz" | "720(1440)x576i/100Hz" | "720x576p/100Hz" | "1920x1080i/100Hz" | "1280x720p/100Hz" | "720(1440)x576i/200Hz" | "720x576p/200Hz" | "1280x720p/24Hz" | "1280x720p/25Hz" | "1280x720p/30Hz" | "1920x1080p/120Hz" | "1920x1080p/100Hz")[];
  'STBService.{i}.Capabilities.MaxActiveAVPlayers': number;
  'STBService.{i}.Capabilities.MaxActiveAVStreams': number;
  'STBService.{i}.Capabilities.PVR.MaxIOStreams': number;
  'STBService.{i}.Capabilities.PVR.MaxPlaybackStreams': number;
  'STBService.{i}.Capabilities.PVR.MaxRecordingStreams': number;
  'STBService.{i}.Capabilities.PVR.MaxTimeDelay': number;
  'STBService.{i}.Capabilities.ServiceMonitoring.HighLevelMetricNames': readonly string[];
  'STBService.{i}.Capabilities.ServiceMonitoring.MaxActiveMainStreams': number;
  'STBService.{i}.Capabilities.ServiceMonitoring.MaxEventsPerSampleInterval': number;
  'STBService.{i}.Capabilities.ServiceMonitoring.MaxMainStreamEventLogEntries': number;
  'STBService.{i}.Capabilities.ServiceMonitoring.MaxReportSamples': number;
  'STBService.{i}.Capabilities.ServiceMonitoring.MinSampleInterval': number;
  'STBService.{i}.Capabilities.ServiceMonitoring.ServiceTypes': readonly ("IPTV" | "VoD" | "IP" | "TEST" | "IP-All" | "CAB" | "DTT" | "SAT" | "PVR")[];
  'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.AudioStandards': readonly string[];
  'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevel.{i}.Alias': string;
  'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevel.{i}.Level': "LL" | "ML" | "H-14" | "HL";
  'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevel.{i}.MaximumDecodingCapability': number;
  'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevel.{i}.Profile': "SP" | "MP" | "SNR" | "Spt" | "HP" | "4:2:2";
  'STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevelNumberOfEntries': number;
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.AudioStandards': readonly string[];
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevel.{i}.Alias': string;
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevel.{i}.Level': readonly ("1" | "1b" | "1.1" | "1.2" | "1.3" | "2" | "2.1" | "2.2" | "3" | "3.1" | "3.2" | "4" | "4.1" | "4.2" | "5" | "5.1")[];
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevel.{i}.MaximumDecodingCapability': number;
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevel.{i}.Profile': readonly ("BASELINE" | "MAIN" | "EXTENDED" | "HIGH" | "HIGH 10" | "HIGH 4:2:2" | "HIGH 4:4:4")[];
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevelNumberOfEntries': number;
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.AudioStandards': readonly string[];
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevel.{i}.Alias': string;
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevel.{i}.Level': "L5" | "L4" | "L4a" | "L3b" | "L3" | "L2" | "L1" | "L0";
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevel.{i}.MaximumDecodingCapability': number;
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevel.{i}.Profile': "SIMPLE" | "SIMPLE SCALABLE" | "CORE" | "CORE SCALABLE" | "ADVANCED CORE" | "MAIN" | "N-BIT" | "ADVANCED REAL TIME SIMPLE" | "ADVANCED CODING EFFICIENCY" | "SIMPLE STUDIO" | "CORE STUDIO" | "ADVANCED SIMPLE" | "FINE GRANULARITY SCALABLE" | "ADVANCED SCALABLE TEXTURE" | "ANIMATED 2D MESH" | "BASIC ANIMATED TEXTURE" | "STILL SCALABLE TEXTURE" | "SIMPLE FACE" | "SIMPLE FBA";
  'STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevelNumberOfEntries': number;
  'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.AudioStandards': readonly string[];
  'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevel.{i}.Alias': string;
  'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevel.{i}.Level': "LL" | "ML" | "HL" | "L0" | "L1" | "L2" | "L3" | "L4";
  'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevel.{i}.MaximumDecodingCapability': number;
  'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevel.{i}.Profile': "SP" | "MP" | "AP";
  'STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevelNumberOfEntries': number;
  'STBService.{i}.Capabilities.VideoDecoder.VideoStandards': readonly ("MPEG2-Part2" | "MPEG4-Part2" | "MPEG4-Part10" | "SMPTE-VC-1")[];
  'STBService.{i}.Capabilities.VideoOutput.CompositeVideoStandards': readonly ("NTSC-J" | "NTSC-M" | "PAL-B" | "PAL-D" | "PAL-G" | "PAL-H" | "PAL-I" | "PAL-N" | "PAL-M" | "SECAM-B" | "SECAM-G" | "SECAM-H" | "SECAM-D" | "SECAM-K" | "SECAM-K1" | "SECAM-L")[];
  'STBService.{i}.Capabilities.VideoOutput.DisplayFormats': readonly string[];
  'STBService.{i}.Capabilities.VideoOutput.HDCP': string;
  'STBService.{i}.Capabilities.VideoOutput.Macrovision': string;
  'STBService.{i}.Capabilities.VideoOutput.VideoFormats': readonly ("CVBS" | "S-Video" | "YPrPb" | "RGsB" | "RGB" | "HDMI" | "DVI" | "RF")[];
  'STBService.{i}.Components.AudioDecoder.{i}.Alias': string;
  'STBService.{i}.Components.AudioDecoder.{i}.AudioStandard': string;
  'STBService.{i}.Components.AudioDecoder.{i}.Enable': boolean;
  'STBService.{i}.Components.AudioDecoder.{i}.Name': string;
  'STBService.{i}.Components.AudioDecoder.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.AudioDecoderNumberOfEntries': number;
  'STBService.{i}.Components.AudioOutput.{i}.Alias': string;
  'STBService.{i}.Components.AudioOutput.{i}.AudioFormat': string;
  'STBService.{i}.Components.AudioOutput.{i}.AudioLevel': number;
  'STBService.{i}.Components.AudioOutput.{i}.CancelMute': boolean;
  'STBService.{i}.Components.AudioOutput.{i}.Enable': boolean;
  'STBService.{i}.Components.AudioOutput.{i}.Name': string;
  'STBService.{i}.Components.AudioOutput.{i}.SCARTs': readonly string[];
  'STBService.{i}.Components.AudioOutput.{i}.Status': "Disabled" | "Enabled" | "Muted" | "Error";
  'STBService.{i}.Components.AudioOutputNumberOfEntries': number;
  'STBService.{i}.Components.CA.{i}.Alias': string;
  'STBService.{i}.Components.CA.{i}.Enable': boolean;
  'STBService.{i}.Components.CA.{i}.Name': string;
  'STBService.{i}.Components.CA.{i}.SmartCardReader': string;
  'STBService.{i}.Components.CA.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.CANumberOfEntries': number;
  'STBService.{i}.Components.DRM.{i}.Alias': string;
  'STBService.{i}.Components.DRM.{i}.Enable': boolean;
  'STBService.{i}.Components.DRM.{i}.Name': string;
  'STBService.{i}.Components.DRM.{i}.SmartCardReader': string;
  'STBService.{i}.Components.DRM.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.DRMNumberOfEntries': number;
  'STBService.{i}.Components.FrontEnd.{i}.Alias': string;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.Progress': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.Start': boolean;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.StartFrequency': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Install.StopFrequency': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.LogicalChannelConnect.LogicalChannelNumber': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.BER': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.CBER': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.ChannelBandwidth': "8MHz" | "7MHz" | "6MHz";
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.CodeRateHP': "1/2" | "2/3" | "3/4" | "5/6" | "7/8";
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.CodeRateLP': "0" | "1/2" | "2/3" | "3/4" | "5/6" | "7/8";
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.Constellation': "QPSK" | "16QAM" | "64QAM";
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.Frequency': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.GuardInterval': "1/32" | "1/16" | "1/8" | "1/4";
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.HierarchicalInformation': "0" | "1" | "2" | "4";
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.Locked': boolean;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.SNR': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation.TransmissionMode': "2k" | "8k";
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Service.CurrentLogicalChannel': string;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.Service.CurrentService': string;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceConnect.DvbId': string;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Alias': string;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.LogicalChannelNumber': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.Alias': string;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.BER': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.CBER': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.DvbId': string;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.Frequency': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.Name': string;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.Preferred': boolean;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}.SNR': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.ServiceNumberOfEntries': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannelNumberOfEntries': number;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.Reset': boolean;
  'STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.TotalServices': number;
  'STBService.{i}.Components.FrontEnd.{i}.Enable': boolean;
  'STBService.{i}.Components.FrontEnd.{i}.IP.ActiveInboundIPStreams': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.ActiveOutboundIPStreams': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Dejittering.BufferInitialLevel': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Dejittering.BufferSize': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.FEC.ECOperationStatus': "Disabled" | "Auto mode EC On" | "Auto mode EC Off without buffering" | "Auto mode EC Off with buffering" | "Forced mode EC On" | "Error";
  'STBService.{i}.Components.FrontEnd.{i}.IP.FEC.Enable': boolean;
  'STBService.{i}.Components.FrontEnd.{i}.IP.FEC.OperationMode': "Auto" | "Forced";
  'STBService.{i}.Components.FrontEnd.{i}.IP.ForceMonitor.Enable': boolean;
  'STBService.{i}.Components.FrontEnd.{i}.IP.ForceMonitor.Status': "Normal" | "Force Monitor";
  'STBService.{i}.Components.FrontEnd.{i}.IP.ForceMonitor.URI': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroup.{i}.Alias': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroup.{i}.GroupAddress': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroup.{i}.UpTime': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupNumberOfEntries': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.Alias': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.CurrentDay.MaxJoinDelay': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.CurrentDay.NumberOfJoins': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.CurrentDay.NumberOfLeaves': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.CurrentDayStart': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.GroupAddress': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.QuarterHour.MaxJoinDelay': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.QuarterHour.NumberOfJoins': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.QuarterHour.NumberOfLeaves': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.QuarterHourStart': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.Total.MaxJoinDelay': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.Total.NumberOfJoins': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.Total.NumberOfLeaves': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.TotalStart': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStatsNumberOfEntries': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientRobustness': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientUnsolicitedReportInterval': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientVersion': "v1" | "v2" | "v3";
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.DSCPMark': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.Enable': boolean;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.EthernetPriorityMark': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.LoggingEnable': boolean;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.MaximumNumberOfConcurrentGroups': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.MaximumNumberOfTrackedGroups': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.VLANIDMark': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.Alias': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.DestinationAddress': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.DestinationPort': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.DownloadTransportProtocol': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.MultiplexType': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.Name': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.SourceAddress': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.SourcePort': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.StreamingControlProtocol': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.StreamingTransportControlProtocol': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.StreamingTransportProtocol': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}.URI': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.InboundNumberOfEntries': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.Alias': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.MultiplexType': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.Name': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}.URI': string;
  'STBService.{i}.Components.FrontEnd.{i}.IP.OutboundNumberOfEntries': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTCP.Enable': boolean;
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTCP.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTCP.TxRepeatInterval': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.ECOperationStatus': "Disabled" | "Auto mode EC On" | "Auto mode EC Off without buffering" | "Auto mode EC Off with buffering" | "Forced mode EC On" | "Error";
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.Enable': boolean;
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.MaxLossBurst': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.MaxReportTime': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.MinLossPackets': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.OperationMode': "Auto" | "Forced";
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.RetransmitTimeout': number;
  'STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.FrontEnd.{i}.IP.ServiceConnect.URI': string;
  'STBService.{i}.Components.FrontEnd.{i}.Name': string;
  'STBService.{i}.Components.FrontEnd.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.FrontEndNumberOfEntries': number;
  'STBService.{i}.Components.HDMI.{i}.Alias': string;
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.AutoLipSyncSupport': boolean;
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.CECSupport': boolean;
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.EEDID': string;
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.HDMI3DPresent': boolean;
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.Name': string;
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.PreferredResolution': string;
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.Status': "Present" | "None" | "Error";
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.SupportedResolutions': readonly string[];
  'STBService.{i}.Components.HDMI.{i}.DisplayDevice.VideoLatency': number;
  'STBService.{i}.Components.HDMI.{i}.Enable': boolean;
  'STBService.{i}.Components.HDMI.{i}.Name': string;
  'STBService.{i}.Components.HDMI.{i}.ResolutionMode': "Auto" | "Manual";
  'STBService.{i}.Components.HDMI.{i}.ResolutionValue': string;
  'STBService.{i}.Components.HDMI.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.HDMINumberOfEntries': number;
  'STBService.{i}.Components.PVR.Storage.{i}.Alias': string;
  'STBService.{i}.Components.PVR.Storage.{i}.Name': string;
  'STBService.{i}.Components.PVR.Storage.{i}.Reference': string;
  'STBService.{i}.Components.PVR.StorageNumberOfEntries': number;
  'STBService.{i}.Components.SCART.{i}.Alias': string;
  'STBService.{i}.Components.SCART.{i}.Enable': boolean;
  'STBService.{i}.Components.SCART.{i}.Name': string;
  'STBService.{i}.Components.SCART.{i}.Presence': boolean;
  'STBService.{i}.Components.SCART.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.SCARTNumberOfEntries': number;
  'STBService.{i}.Components.SPDIF.{i}.Alias': string;
  'STBService.{i}.Components.SPDIF.{i}.AudioDelay': number;
  'STBService.{i}.Components.SPDIF.{i}.Enable': boolean;
  'STBService.{i}.Components.SPDIF.{i}.ForcePCM': boolean;
  'STBService.{i}.Components.SPDIF.{i}.Name': string;
  'STBService.{i}.Components.SPDIF.{i}.Passthrough': boolean;
  'STBService.{i}.Components.SPDIF.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.SPDIFNumberOfEntries': number;
  'STBService.{i}.Components.VideoDecoder.{i}.Alias': string;
  'STBService.{i}.Components.VideoDecoder.{i}.ContentAspectRatio': "4:3" | "16:9";
  'STBService.{i}.Components.VideoDecoder.{i}.Enable': boolean;
  'STBService.{i}.Components.VideoDecoder.{i}.MPEG2Part2': string;
  'STBService.{i}.Components.VideoDecoder.{i}.MPEG4Part10': string;
  'STBService.{i}.Components.VideoDecoder.{i}.MPEG4Part2': string;
  'STBService.{i}.Components.VideoDecoder.{i}.Name': string;
  'STBService.{i}.Components.VideoDecoder.{i}.SMPTEVC1': string;
  'STBService.{i}.Components.VideoDecoder.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.Components.VideoDecoderNumberOfEntries': number;
  'STBService.{i}.Components.VideoOutput.{i}.Alias': string;
  'STBService.{i}.Components.VideoOutput.{i}.AspectRatioBehaviour': "None" | "Letterbox" | "16:9 Letterbox" | "14:9 Letterbox" | "CenterCutOut" | "Combined" | "Combined 16:9 Letterbox and CenterCutOut" | "Combined 14:9 Letterbox and CenterCutOut";
  'STBService.{i}.Components.VideoOutput.{i}.ColorbarEnable': boolean;
  'STBService.{i}.Components.VideoOutput.{i}.CompositeVideoStandard': string;
  'STBService.{i}.Components.VideoOutput.{i}.DisplayFormat': string;
  'STBService.{i}.Components.VideoOutput.{i}.Enable': boolean;
  'STBService.{i}.Components.VideoOutput.{i}.HDCP': boolean;
  'STBService.{i}.Components.VideoOutput.{i}.Macrovision': boolean;
  'STBService.{i}.Components.VideoOutput.{i}.Name': string;
  'STBService.{i}.Components.VideoOutput.{i}.SCARTs': readonly string[];
  'STBService.{i}.Components.VideoOutput.{i}.Status': "Disabled" | "Enabled" | "ColorbarEnabled" | "Error";
  'STBService.{i}.Components.VideoOutput.{i}.VideoFormat': string;
  'STBService.{i}.Components.VideoOutputNumberOfEntries': number;
  'STBService.{i}.Enable': boolean;
  'STBService.{i}.ServiceMonitoring.EventCollectionEnable': boolean;
  'STBService.{i}.ServiceMonitoring.EventsPerSampleInterval': number;
  'STBService.{i}.ServiceMonitoring.FetchSamples': number;
  'STBService.{i}.ServiceMonitoring.ForceSample': boolean;
  'STBService.{i}.ServiceMonitoring.GlobalOperation.Sample.MaximumPortalResponse': readonly number[];
  'STBService.{i}.ServiceMonitoring.GlobalOperation.Sample.MinimumPortalResponse': readonly number[];
  'STBService.{i}.ServiceMonitoring.GlobalOperation.Sample.PortalResponse': readonly string[];
  'STBService.{i}.ServiceMonitoring.GlobalOperation.Total.MaximumPortalResponse': number;
  'STBService.{i}.ServiceMonitoring.GlobalOperation.Total.MinimumPortalResponse': number;
  'STBService.{i}.ServiceMonitoring.GlobalOperation.Total.ServiceAccessTime': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.AVStream': string;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Alias': string;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.ChannelChangeFailureTimeout': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.DelayBetweenLossEventsHistogramIntervals': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.DurationSevereLossEventsHistogramIntervals': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Enable': boolean;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.Parameter.{i}.Name': string;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.Parameter.{i}.Value': string;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.ParameterNumberOfEntries': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.SequenceNumber': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.Time': string;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.Type': string;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.EntryNumberOfEntries': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Reset': boolean;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Gmin': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.PacketsLostByEventHistogramIntervals': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.AudioDecoderStats.DecodedFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.AudioDecoderStats.DecodingErrors': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.AudioDecoderStats.SampleSeconds': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.DejitteringStats.EmptyBufferTime': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.DejitteringStats.Overruns': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.DejitteringStats.SampleSeconds': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.DejitteringStats.Underruns': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Alias': string;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Enable': boolean;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric1': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric1Failures': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric1Threshold': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric2': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric2Failures': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Metric2Threshold': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.MetricFailures': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.MetricName': string;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.MetricSampleInterval': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.MetricThreshold': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.SampleSeconds': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStatsNumberOfEntries': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.PacketDiscontinuityCounter': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.PacketDiscontinuityCounterBeforeCA': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.SampleSeconds': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.TSPacketsDrained': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.TSPacketsReceived': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.TSSyncByteErrorCount': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats.TSSyncLossCount': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.PVRTimeShift': readonly boolean[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.AverageLossDistance': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.AverageLossDistanceBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.AverageLossPeriod': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.AverageLossPeriodBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.DelayBetweenLossEventsHistogram': readonly string[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.DelayBetweenLossEventsHistogramBeforeEC': readonly string[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.DurationSevereLossEventsHistogram': readonly string[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.DurationSevereLossEventsHistogramBeforeEC': readonly string[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.LossEvents': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.LossEventsBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.MaximumLossPeriod': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.MaximumLossPeriodBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.MinimumLossDistance': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.MinimumLossDistanceBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.MinimumLossPeriod': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.MinimumLossPeriodBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsDiscarded': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsExpected': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsLost': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsLostBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsLostByEventHistogram': readonly string[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsLostByEventHistogramBeforeEC': readonly string[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsOutOfSequence': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsReceived': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.PacketsReceivedBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.RetransmitTimeouts': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.SampleSeconds': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.SevereLossIndexCount': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.SevereLossIndexCountBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.SevereLossLengthCount': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats.SevereLossLengthCountBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.SampleSeconds': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.SignificantChanges': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.TCPStats.BytesReceived': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.TCPStats.PacketsReceived': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.TCPStats.PacketsRetransmitted': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.TCPStats.SampleSeconds': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.AVResynchCounter': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.BConcealedFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.BDecodedFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.BLostFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.ConcealedFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.DecodedFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.FrameRate': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.IConcealedFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.IDecodedFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.ILostFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.LostFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.PConcealedFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.PDecodedFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.PLostFrames': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats.SampleSeconds': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.AccessSuccesses': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.AverageVideoSystemResponse': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.AverageVoDControlResponse': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.ChannelChangeFailures': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.CompletionCount': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.MaximumVideoSystemResponse': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.MaximumVoDControlResponse': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.MinimumVideoSystemResponse': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.MinimumVoDControlResponse': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.RequestedTransactions': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.SampleSeconds': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.VideoSystemResponse': readonly string[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats.VoDControlResponse': readonly string[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.ServiceType': string;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.SessionId': string;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.SevereLossMinDistance': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.SevereLossMinLength': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Status': "Disabled" | "Enabled" | "Error";
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.AudioDecoderStats.DecodedFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.AudioDecoderStats.DecodingErrors': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.AudioDecoderStats.TotalSeconds': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.DejitteringStats.EmptyBufferTime': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.DejitteringStats.Overruns': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.DejitteringStats.TotalSeconds': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.DejitteringStats.Underruns': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.PacketDiscontinuityCounter': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.PacketDiscontinuityCounterBeforeCA': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.TSPacketsReceived': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.TSSyncByteErrorCount': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.TSSyncLossCount': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats.TotalSeconds': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.DelayBetweenLossEventsHistogram': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.DelayBetweenLossEventsHistogramBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.DurationSevereLossEventsHistogram': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.DurationSevereLossEventsHistogramBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.LossEvents': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.LossEventsBeforeEC': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsDiscarded': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsExpected': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsLost': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsLostBeforeEC': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsLostByEventHistogram': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsLostByEventHistogramBeforeEC': readonly number[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsOutOfSequence': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsReceived': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.PacketsReceivedBeforeEC': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.RetransmitTimeouts': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.SevereLossIndexCount': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.SevereLossIndexCountBeforeEC': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.SevereLossLengthCount': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.SevereLossLengthCountBeforeEC': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats.TotalSeconds': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.Reset': boolean;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.ResetTime': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.TCPStats.BytesReceived': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.TCPStats.PacketsReceived': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.TCPStats.PacketsRetransmitted': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.TCPStats.TotalSeconds': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.TotalSeconds': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.AVResynchCounter': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.BConcealedFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.BDecodedFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.BLostFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.ConcealedFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.DecodedFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.FrameRate': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.IConcealedFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.IDecodedFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.ILostFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.LostFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.PConcealedFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.PDecodedFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.PLostFrames': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats.TotalSeconds': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.AccessSuccesses': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.ChannelChangeFailures': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.ChannelFailures': readonly string[];
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.CompletionCount': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.MaximumVideoSystemResponse': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.MaximumVoDControlResponse': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.MinimumVideoSystemResponse': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.MinimumVoDControlResponse': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.RequestedTransactions': number;
  'STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats.TotalSeconds': number;
  'STBService.{i}.ServiceMonitoring.MainStreamNumberOfEntries': number;
  'STBService.{i}.ServiceMonitoring.ReportEndTime': string;
  'STBService.{i}.ServiceMonitoring.ReportSamples': number;
  'STBService.{i}.ServiceMonitoring.ReportStartTime': string;
  'STBService.{i}.ServiceMonitoring.SampleEnable': boolean;
  'STBService.{i}.ServiceMonitoring.SampleInterval': number;
  'STBService.{i}.ServiceMonitoring.SampleState': "Disabled" | "Enabled" | "Trigger";
  'STBService.{i}.ServiceMonitoring.TimeReference': string;
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
