// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model STBService:1.4 (service) from tr-135-1-4-1-cwmp.xml
// Sources (sha256):
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml
//   075c03bdb4bc1de09a9b7c5d620411c923b7cb4929fe3876fa5d9b400bfffa60  tr-135-1-4-1-common.xml
//   8be25d8a7d619a80be6ad6f5ffa0ca732bd1ac324a3c981551dea1d9e36198b5  tr-135-1-4-1-cwmp.xml

/** STBService:1.4 (service model root) */
export interface Root {
  'STBService'?: { [instance: number]: STBService };
  'STBServiceNumberOfEntries': number;
}

/** STBService.{i}. */
export interface STBService {
  'AVPlayers'?: STBService_AVPlayers;
  'AVStreams'?: STBService_AVStreams;
  'Alias': string;
  'Applications'?: STBService_Applications;
  'Capabilities'?: STBService_Capabilities;
  'Components'?: STBService_Components;
  'Enable': boolean;
  'ServiceMonitoring'?: STBService_ServiceMonitoring;
}

/** STBService.{i}.AVPlayers. */
export interface STBService_AVPlayers {
  'AVPlayer'?: { [instance: number]: STBService_AVPlayers_AVPlayer };
  'AVPlayerNumberOfEntries': number;
  'ActiveAVPlayers': number;
  'PreferredAudioLanguage': string;
  'PreferredBehaviour': string;
  'PreferredSubtitlingLanguage': string;
  'ResetPINCode': boolean;
}

/** STBService.{i}.AVPlayers.AVPlayer.{i}. */
export interface STBService_AVPlayers_AVPlayer {
  'Alias': string;
  'AudioLanguage': string;
  'AudioOutputs': readonly string[];
  'Enable': boolean;
  'MainStream': string;
  'Name': string;
  'PIPStreams': readonly string[];
  'Status': "Disabled" | "Enabled" | "Error";
  'SubtitlingLanguage': string;
  'SubtitlingStatus': "Disabled" | "Enabled" | "Error";
  'VideoOutputs': readonly string[];
}

/** STBService.{i}.AVStreams. */
export interface STBService_AVStreams {
  'AVStream'?: { [instance: number]: STBService_AVStreams_AVStream };
  'AVStreamNumberOfEntries': number;
  'ActiveAVStreams': number;
}

/** STBService.{i}.AVStreams.AVStream.{i}. */
export interface STBService_AVStreams_AVStream {
  'Alias': string;
  'AudioDecoder': string;
  'CA': string;
  'DRM': string;
  'FrontEnd': string;
  'Inbound': string;
  'Name': string;
  'Outbound': string;
  'PVRState': "Disabled" | "Stopped" | "Play" | "Paused" | "FastForward" | "Rewind";
  'Status': "Disabled" | "Enabled" | "Error_PVRWriteFailure" | "Error_PVRReadFailure" | "Error";
  'VideoDecoder': string;
}

/** STBService.{i}.Applications. */
export interface STBService_Applications {
  'AudienceStats'?: STBService_Applications_AudienceStats;
  'CDSPull'?: STBService_Applications_CDSPull;
  'CDSPush'?: STBService_Applications_CDSPush;
  'ServiceProvider'?: { [instance: number]: STBService_Applications_ServiceProvider };
  'ServiceProviderNumberOfEntries': number;
}

/** STBService.{i}.Applications.AudienceStats. */
export interface STBService_Applications_AudienceStats {
  'Channel'?: { [instance: number]: STBService_Applications_AudienceStats_Channel };
  'ChannelNumberOfEntries': number;
  'Enable': boolean;
  'Reset': boolean;
  'ResetTime': number;
}

/** STBService.{i}.Applications.AudienceStats.Channel.{i}. */
export interface STBService_Applications_AudienceStats_Channel {
  'Alias': string;
  'Duration': number;
  'Name': string;
}

/** STBService.{i}.Applications.CDSPull. */
export interface STBService_Applications_CDSPull {
  'ContentItem'?: { [instance: number]: STBService_Applications_CDSPull_ContentItem };
  'ContentItemNumberOfEntries': number;
  'Reference': string;
}

/** STBService.{i}.Applications.CDSPull.ContentItem.{i}. */
export interface STBService_Applications_CDSPull_ContentItem {
  'Alias': string;
  'ContentReferenceId': string;
  'DeleteItem': boolean;
  'VersionNumber': number;
}

/** STBService.{i}.Applications.CDSPush. */
export interface STBService_Applications_CDSPush {
  'ContentItem'?: { [instance: number]: STBService_Applications_CDSPush_ContentItem };
  'ContentItemNumberOfEntries': number;
  'Reference': string;
}

/** STBService.{i}.Applications.CDSPush.ContentItem.{i}. */
export interface STBService_Applications_CDSPush_ContentItem {
  'Alias': string;
  'ContentReferenceId': string;
  'DeleteItem': boolean;
  'VersionNumber': number;
}

/** STBService.{i}.Applications.ServiceProvider.{i}. */
export interface STBService_Applications_ServiceProvider {
  'ActiveBCGServers': string;
  'Alias': string;
  'Domain': string;
  'Name': string;
  'ServiceDiscoveryServer': string;
}

/** STBService.{i}.Capabilities. */
export interface STBService_Capabilities {
  'AudienceStats'?: STBService_Capabilities_AudienceStats;
  'AudioDecoder'?: STBService_Capabilities_AudioDecoder;
  'AudioOutput'?: STBService_Capabilities_AudioOutput;
  'CA'?: STBService_Capabilities_CA;
  'CDS'?: STBService_Capabilities_CDS;
  'DRM'?: STBService_Capabilities_DRM;
  'FrontEnd'?: STBService_Capabilities_FrontEnd;
  'HDMI'?: STBService_Capabilities_HDMI;
  'MaxActiveAVPlayers': number;
  'MaxActiveAVStreams': number;
  'PVR'?: STBService_Capabilities_PVR;
  'ServiceMonitoring'?: STBService_Capabilities_ServiceMonitoring;
  'VideoDecoder'?: STBService_Capabilities_VideoDecoder;
  'VideoOutput'?: STBService_Capabilities_VideoOutput;
}

/** STBService.{i}.Capabilities.AudienceStats. */
export interface STBService_Capabilities_AudienceStats {
  'MaxAudienceStatsChannels': number;
}

/** STBService.{i}.Capabilities.AudioDecoder. */
export interface STBService_Capabilities_AudioDecoder {
  'AudioStandards': readonly ("MPEG1-Part3-Layer2" | "MPEG1-Part3-Layer3" | "MPEG2-Part3 -Layer2" | "MPEG2-Part3-Layer3" | "MPEG2.5" | "MP3-PRO" | "MP3-Surround" | "MPEG2-AAC-LC" | "MPEG4-AAC-LC" | "MPEG4-AAC-MP" | "MPEG4-BSAC" | "MPEG4-AAC-HE-v2" | "MPEG-Surround" | "DOLBY-AC3" | "DOLBY-DD+" | "DTS" | "DTS-HD")[];
}

/** STBService.{i}.Capabilities.AudioOutput. */
export interface STBService_Capabilities_AudioOutput {
  'AudioFormats': readonly ("ANALOG-MONO" | "ANALOG-2-CHANNELS" | "ANALOG-5.1-CHANNELS" | "DIGITAL-OPTICAL-SP/DIF" | "DIGITAL-COAXIAL-SP/DIF" | "HDMI" | "RF")[];
}

/** STBService.{i}.Capabilities.CA. */
export interface STBService_Capabilities_CA {
  'CASystems': readonly string[];
}

/** STBService.{i}.Capabilities.CDS. */
export interface STBService_Capabilities_CDS {
  'PullCapable': boolean;
  'PushCapable': boolean;
}

/** STBService.{i}.Capabilities.DRM. */
export interface STBService_Capabilities_DRM {
  'DRMSystems': readonly string[];
}

/** STBService.{i}.Capabilities.FrontEnd. */
export interface STBService_Capabilities_FrontEnd {
  'DVBT'?: STBService_Capabilities_FrontEnd_DVBT;
  'IP'?: STBService_Capabilities_FrontEnd_IP;
}

/** STBService.{i}.Capabilities.FrontEnd.DVBT. */
export interface STBService_Capabilities_FrontEnd_DVBT {
  'MaxActiveDVBTStreams': number;
  'MaxLogicalChannels': number;
}

/** STBService.{i}.Capabilities.FrontEnd.IP. */
export interface STBService_Capabilities_FrontEnd_IP {
  'DownloadTransportProtocols': readonly ("HTTP" | "HTTPS" | "FTP" | "FTPS" | "SFTP" | "TFTP")[];
  'MaxActiveIPStreams': number;
  'MaxActiveInboundIPStreams': number;
  'MaxActiveOutboundIPStreams': number;
  'MaxDejitteringBufferSize': number;
  'MultiplexTypes': readonly ("None" | "MPEG1-SYS" | "MPEG2-PS" | "VOB" | "MPEG2-TS")[];
  'StreamingControlProtocols': readonly ("RTSP" | "IGMP" | "IGMPv2" | "IGMPv3" | "DSM-CC")[];
  'StreamingTransportControlProtocols': readonly ("RTCP" | "ARQ" | "AL-FEC")[];
  'StreamingTransportProtocols': readonly ("UDP" | "TCP" | "SCTP" | "DCCP" | "RTP" | "HTTP")[];
}

/** STBService.{i}.Capabilities.HDMI. */
export interface STBService_Capabilities_HDMI {
  'CECSupport': boolean;
  'HDMI3D': boolean;
  'SupportedResolutions': readonly ("640x480p/60Hz" | "1280x720p/60Hz" | "1920x1080i/60Hz" | "720x480p/60Hz" | "720(1440)x480i/60Hz" | "1280x720p/50Hz" | "1920x1080i/50Hz" | "720x576p/50Hz" | "720(1440)x240p/60Hz" | "2880x480i/60Hz" | "2880x240p/60Hz" | "1440x480p/60Hz" | "1920x1080p/60Hz" | "720(1440)x288p/50Hz" | "2880x576i/50Hz" | "2880x288p/50Hz" | "1440x576p/50Hz" | "1920x1080p/50Hz" | "1920x1080p/24Hz" | "1920x1080p/25Hz" | "1920x1080p/30Hz" | "2880x480p/60Hz" | "2880x576p/50Hz" | "1920x1080i (1250 total)/50Hz" | "720(1440)x480i/120Hz" | "720x480p/120Hz" | "1920x1080i/120Hz" | "1280x720p/120Hz" | "720(1440)x480i/240Hz" | "720x480p/240Hz" | "720(1440)x576i/100Hz" | "720x576p/100Hz" | "1920x1080i/100Hz" | "1280x720p/100Hz" | "720(1440)x576i/200Hz" | "720x576p/200Hz" | "1280x720p/24Hz" | "1280x720p/25Hz" | "1280x720p/30Hz" | "1920x1080p/120Hz" | "1920x1080p/100Hz")[];
}

/** STBService.{i}.Capabilities.PVR. */
export interface STBService_Capabilities_PVR {
  'MaxIOStreams': number;
  'MaxPlaybackStreams': number;
  'MaxRecordingStreams': number;
  'MaxTimeDelay': number;
}

/** STBService.{i}.Capabilities.ServiceMonitoring. */
export interface STBService_Capabilities_ServiceMonitoring {
  'HighLevelMetricNames': readonly string[];
  'MaxActiveMainStreams': number;
  'MaxEventsPerSampleInterval': number;
  'MaxMainStreamEventLogEntries': number;
  'MaxReportSamples': number;
  'MinSampleInterval': number;
  'ServiceTypes': readonly ("IPTV" | "VoD" | "IP" | "TEST" | "IP-All" | "CAB" | "DTT" | "SAT" | "PVR")[];
}

/** STBService.{i}.Capabilities.VideoDecoder. */
export interface STBService_Capabilities_VideoDecoder {
  'MPEG2Part2'?: STBService_Capabilities_VideoDecoder_MPEG2Part2;
  'MPEG4Part10'?: STBService_Capabilities_VideoDecoder_MPEG4Part10;
  'MPEG4Part2'?: STBService_Capabilities_VideoDecoder_MPEG4Part2;
  'SMPTEVC1'?: STBService_Capabilities_VideoDecoder_SMPTEVC1;
  'VideoStandards': readonly ("MPEG2-Part2" | "MPEG4-Part2" | "MPEG4-Part10" | "SMPTE-VC-1")[];
}

/** STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2. */
export interface STBService_Capabilities_VideoDecoder_MPEG2Part2 {
  'AudioStandards': readonly string[];
  'ProfileLevel'?: { [instance: number]: STBService_Capabilities_VideoDecoder_MPEG2Part2_ProfileLevel };
  'ProfileLevelNumberOfEntries': number;
}

/** STBService.{i}.Capabilities.VideoDecoder.MPEG2Part2.ProfileLevel.{i}. */
export interface STBService_Capabilities_VideoDecoder_MPEG2Part2_ProfileLevel {
  'Alias': string;
  'Level': "LL" | "ML" | "H-14" | "HL";
  'MaximumDecodingCapability': number;
  'Profile': "SP" | "MP" | "SNR" | "Spt" | "HP" | "4:2:2";
}

/** STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10. */
export interface STBService_Capabilities_VideoDecoder_MPEG4Part10 {
  'AudioStandards': readonly string[];
  'ProfileLevel'?: { [instance: number]: STBService_Capabilities_VideoDecoder_MPEG4Part10_ProfileLevel };
  'ProfileLevelNumberOfEntries': number;
}

/** STBService.{i}.Capabilities.VideoDecoder.MPEG4Part10.ProfileLevel.{i}. */
export interface STBService_Capabilities_VideoDecoder_MPEG4Part10_ProfileLevel {
  'Alias': string;
  'Level': readonly ("1" | "1b" | "1.1" | "1.2" | "1.3" | "2" | "2.1" | "2.2" | "3" | "3.1" | "3.2" | "4" | "4.1" | "4.2" | "5" | "5.1")[];
  'MaximumDecodingCapability': number;
  'Profile': readonly ("BASELINE" | "MAIN" | "EXTENDED" | "HIGH" | "HIGH 10" | "HIGH 4:2:2" | "HIGH 4:4:4")[];
}

/** STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2. */
export interface STBService_Capabilities_VideoDecoder_MPEG4Part2 {
  'AudioStandards': readonly string[];
  'ProfileLevel'?: { [instance: number]: STBService_Capabilities_VideoDecoder_MPEG4Part2_ProfileLevel };
  'ProfileLevelNumberOfEntries': number;
}

/** STBService.{i}.Capabilities.VideoDecoder.MPEG4Part2.ProfileLevel.{i}. */
export interface STBService_Capabilities_VideoDecoder_MPEG4Part2_ProfileLevel {
  'Alias': string;
  'Level': "L5" | "L4" | "L4a" | "L3b" | "L3" | "L2" | "L1" | "L0";
  'MaximumDecodingCapability': number;
  'Profile': "SIMPLE" | "SIMPLE SCALABLE" | "CORE" | "CORE SCALABLE" | "ADVANCED CORE" | "MAIN" | "N-BIT" | "ADVANCED REAL TIME SIMPLE" | "ADVANCED CODING EFFICIENCY" | "SIMPLE STUDIO" | "CORE STUDIO" | "ADVANCED SIMPLE" | "FINE GRANULARITY SCALABLE" | "ADVANCED SCALABLE TEXTURE" | "ANIMATED 2D MESH" | "BASIC ANIMATED TEXTURE" | "STILL SCALABLE TEXTURE" | "SIMPLE FACE" | "SIMPLE FBA";
}

/** STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1. */
export interface STBService_Capabilities_VideoDecoder_SMPTEVC1 {
  'AudioStandards': readonly string[];
  'ProfileLevel'?: { [instance: number]: STBService_Capabilities_VideoDecoder_SMPTEVC1_ProfileLevel };
  'ProfileLevelNumberOfEntries': number;
}

/** STBService.{i}.Capabilities.VideoDecoder.SMPTEVC1.ProfileLevel.{i}. */
export interface STBService_Capabilities_VideoDecoder_SMPTEVC1_ProfileLevel {
  'Alias': string;
  'Level': "LL" | "ML" | "HL" | "L0" | "L1" | "L2" | "L3" | "L4";
  'MaximumDecodingCapability': number;
  'Profile': "SP" | "MP" | "AP";
}

/** STBService.{i}.Capabilities.VideoOutput. */
export interface STBService_Capabilities_VideoOutput {
  'CompositeVideoStandards': readonly ("NTSC-J" | "NTSC-M" | "PAL-B" | "PAL-D" | "PAL-G" | "PAL-H" | "PAL-I" | "PAL-N" | "PAL-M" | "SECAM-B" | "SECAM-G" | "SECAM-H" | "SECAM-D" | "SECAM-K" | "SECAM-K1" | "SECAM-L")[];
  'DisplayFormats': readonly string[];
  'HDCP': string;
  'Macrovision': string;
  'VideoFormats': readonly ("CVBS" | "S-Video" | "YPrPb" | "RGsB" | "RGB" | "HDMI" | "DVI" | "RF")[];
}

/** STBService.{i}.Components. */
export interface STBService_Components {
  'AudioDecoder'?: { [instance: number]: STBService_Components_AudioDecoder };
  'AudioDecoderNumberOfEntries': number;
  'AudioOutput'?: { [instance: number]: STBService_Components_AudioOutput };
  'AudioOutputNumberOfEntries': number;
  'CA'?: { [instance: number]: STBService_Components_CA };
  'CANumberOfEntries': number;
  'DRM'?: { [instance: number]: STBService_Components_DRM };
  'DRMNumberOfEntries': number;
  'FrontEnd'?: { [instance: number]: STBService_Components_FrontEnd };
  'FrontEndNumberOfEntries': number;
  'HDMI'?: { [instance: number]: STBService_Components_HDMI };
  'HDMINumberOfEntries': number;
  'PVR'?: STBService_Components_PVR;
  'SCART'?: { [instance: number]: STBService_Components_SCART };
  'SCARTNumberOfEntries': number;
  'SPDIF'?: { [instance: number]: STBService_Components_SPDIF };
  'SPDIFNumberOfEntries': number;
  'VideoDecoder'?: { [instance: number]: STBService_Components_VideoDecoder };
  'VideoDecoderNumberOfEntries': number;
  'VideoOutput'?: { [instance: number]: STBService_Components_VideoOutput };
  'VideoOutputNumberOfEntries': number;
}

/** STBService.{i}.Components.AudioDecoder.{i}. */
export interface STBService_Components_AudioDecoder {
  'Alias': string;
  'AudioStandard': string;
  'Enable': boolean;
  'Name': string;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** STBService.{i}.Components.AudioOutput.{i}. */
export interface STBService_Components_AudioOutput {
  'Alias': string;
  'AudioFormat': string;
  'AudioLevel': number;
  'CancelMute': boolean;
  'Enable': boolean;
  'Name': string;
  'SCARTs': readonly string[];
  'Status': "Disabled" | "Enabled" | "Muted" | "Error";
}

/** STBService.{i}.Components.CA.{i}. */
export interface STBService_Components_CA {
  'Alias': string;
  'Enable': boolean;
  'Name': string;
  'SmartCardReader': string;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** STBService.{i}.Components.DRM.{i}. */
export interface STBService_Components_DRM {
  'Alias': string;
  'Enable': boolean;
  'Name': string;
  'SmartCardReader': string;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** STBService.{i}.Components.FrontEnd.{i}. */
export interface STBService_Components_FrontEnd {
  'Alias': string;
  'DVBT'?: STBService_Components_FrontEnd_DVBT;
  'Enable': boolean;
  'IP'?: STBService_Components_FrontEnd_IP;
  'Name': string;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** STBService.{i}.Components.FrontEnd.{i}.DVBT. */
export interface STBService_Components_FrontEnd_DVBT {
  'Install'?: STBService_Components_FrontEnd_DVBT_Install;
  'LogicalChannelConnect'?: STBService_Components_FrontEnd_DVBT_LogicalChannelConnect;
  'Modulation'?: STBService_Components_FrontEnd_DVBT_Modulation;
  'Service'?: STBService_Components_FrontEnd_DVBT_Service;
  'ServiceConnect'?: STBService_Components_FrontEnd_DVBT_ServiceConnect;
  'ServiceListDatabase'?: STBService_Components_FrontEnd_DVBT_ServiceListDatabase;
}

/** STBService.{i}.Components.FrontEnd.{i}.DVBT.Install. */
export interface STBService_Components_FrontEnd_DVBT_Install {
  'Progress': number;
  'Start': boolean;
  'StartFrequency': number;
  'Status': "Disabled" | "Enabled" | "Error";
  'StopFrequency': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.DVBT.LogicalChannelConnect. */
export interface STBService_Components_FrontEnd_DVBT_LogicalChannelConnect {
  'LogicalChannelNumber': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.DVBT.Modulation. */
export interface STBService_Components_FrontEnd_DVBT_Modulation {
  'BER': number;
  'CBER': number;
  'ChannelBandwidth': "8MHz" | "7MHz" | "6MHz";
  'CodeRateHP': "1/2" | "2/3" | "3/4" | "5/6" | "7/8";
  'CodeRateLP': "0" | "1/2" | "2/3" | "3/4" | "5/6" | "7/8";
  'Constellation': "QPSK" | "16QAM" | "64QAM";
  'Frequency': number;
  'GuardInterval': "1/32" | "1/16" | "1/8" | "1/4";
  'HierarchicalInformation': "0" | "1" | "2" | "4";
  'Locked': boolean;
  'SNR': number;
  'TransmissionMode': "2k" | "8k";
}

/** STBService.{i}.Components.FrontEnd.{i}.DVBT.Service. */
export interface STBService_Components_FrontEnd_DVBT_Service {
  'CurrentLogicalChannel': string;
  'CurrentService': string;
}

/** STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceConnect. */
export interface STBService_Components_FrontEnd_DVBT_ServiceConnect {
  'DvbId': string;
}

/** STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase. */
export interface STBService_Components_FrontEnd_DVBT_ServiceListDatabase {
  'LogicalChannel'?: { [instance: number]: STBService_Components_FrontEnd_DVBT_ServiceListDatabase_LogicalChannel };
  'LogicalChannelNumberOfEntries': number;
  'Reset': boolean;
  'TotalServices': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}. */
export interface STBService_Components_FrontEnd_DVBT_ServiceListDatabase_LogicalChannel {
  'Alias': string;
  'LogicalChannelNumber': number;
  'Service'?: { [instance: number]: STBService_Components_FrontEnd_DVBT_ServiceListDatabase_LogicalChannel_Service };
  'ServiceNumberOfEntries': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.DVBT.ServiceListDatabase.LogicalChannel.{i}.Service.{i}. */
export interface STBService_Components_FrontEnd_DVBT_ServiceListDatabase_LogicalChannel_Service {
  'Alias': string;
  'BER': number;
  'CBER': number;
  'DvbId': string;
  'Frequency': number;
  'Name': string;
  'Preferred': boolean;
  'SNR': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP. */
export interface STBService_Components_FrontEnd_IP {
  'ActiveInboundIPStreams': number;
  'ActiveOutboundIPStreams': number;
  'Dejittering'?: STBService_Components_FrontEnd_IP_Dejittering;
  'FEC'?: STBService_Components_FrontEnd_IP_FEC;
  'ForceMonitor'?: STBService_Components_FrontEnd_IP_ForceMonitor;
  'IGMP'?: STBService_Components_FrontEnd_IP_IGMP;
  'Inbound'?: { [instance: number]: STBService_Components_FrontEnd_IP_Inbound };
  'InboundNumberOfEntries': number;
  'Outbound'?: { [instance: number]: STBService_Components_FrontEnd_IP_Outbound };
  'OutboundNumberOfEntries': number;
  'RTCP'?: STBService_Components_FrontEnd_IP_RTCP;
  'RTPAVPF'?: STBService_Components_FrontEnd_IP_RTPAVPF;
  'ServiceConnect'?: STBService_Components_FrontEnd_IP_ServiceConnect;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.Dejittering. */
export interface STBService_Components_FrontEnd_IP_Dejittering {
  'BufferInitialLevel': number;
  'BufferSize': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.FEC. */
export interface STBService_Components_FrontEnd_IP_FEC {
  'ECOperationStatus': "Disabled" | "Auto mode EC On" | "Auto mode EC Off without buffering" | "Auto mode EC Off with buffering" | "Forced mode EC On" | "Error";
  'Enable': boolean;
  'OperationMode': "Auto" | "Forced";
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.ForceMonitor. */
export interface STBService_Components_FrontEnd_IP_ForceMonitor {
  'Enable': boolean;
  'Status': "Normal" | "Force Monitor";
  'URI': string;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.IGMP. */
export interface STBService_Components_FrontEnd_IP_IGMP {
  'ClientGroup'?: { [instance: number]: STBService_Components_FrontEnd_IP_IGMP_ClientGroup };
  'ClientGroupNumberOfEntries': number;
  'ClientGroupStats'?: { [instance: number]: STBService_Components_FrontEnd_IP_IGMP_ClientGroupStats };
  'ClientGroupStatsNumberOfEntries': number;
  'ClientRobustness': number;
  'ClientUnsolicitedReportInterval': number;
  'ClientVersion': "v1" | "v2" | "v3";
  'DSCPMark': number;
  'Enable': boolean;
  'EthernetPriorityMark': number;
  'LoggingEnable': boolean;
  'MaximumNumberOfConcurrentGroups': number;
  'MaximumNumberOfTrackedGroups': number;
  'Status': "Disabled" | "Enabled" | "Error";
  'VLANIDMark': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroup.{i}. */
export interface STBService_Components_FrontEnd_IP_IGMP_ClientGroup {
  'Alias': string;
  'GroupAddress': string;
  'UpTime': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}. */
export interface STBService_Components_FrontEnd_IP_IGMP_ClientGroupStats {
  'Alias': string;
  'CurrentDay'?: STBService_Components_FrontEnd_IP_IGMP_ClientGroupStats_CurrentDay;
  'CurrentDayStart': number;
  'GroupAddress': string;
  'QuarterHour'?: STBService_Components_FrontEnd_IP_IGMP_ClientGroupStats_QuarterHour;
  'QuarterHourStart': number;
  'Total'?: STBService_Components_FrontEnd_IP_IGMP_ClientGroupStats_Total;
  'TotalStart': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.CurrentDay. */
export interface STBService_Components_FrontEnd_IP_IGMP_ClientGroupStats_CurrentDay {
  'MaxJoinDelay': number;
  'NumberOfJoins': number;
  'NumberOfLeaves': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.QuarterHour. */
export interface STBService_Components_FrontEnd_IP_IGMP_ClientGroupStats_QuarterHour {
  'MaxJoinDelay': number;
  'NumberOfJoins': number;
  'NumberOfLeaves': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.IGMP.ClientGroupStats.{i}.Total. */
export interface STBService_Components_FrontEnd_IP_IGMP_ClientGroupStats_Total {
  'MaxJoinDelay': number;
  'NumberOfJoins': number;
  'NumberOfLeaves': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.Inbound.{i}. */
export interface STBService_Components_FrontEnd_IP_Inbound {
  'Alias': string;
  'DestinationAddress': string;
  'DestinationPort': number;
  'DownloadTransportProtocol': string;
  'MultiplexType': string;
  'Name': string;
  'SourceAddress': string;
  'SourcePort': number;
  'Status': "Disabled" | "Enabled" | "Error";
  'StreamingControlProtocol': string;
  'StreamingTransportControlProtocol': string;
  'StreamingTransportProtocol': string;
  'URI': string;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.Outbound.{i}. */
export interface STBService_Components_FrontEnd_IP_Outbound {
  'Alias': string;
  'MultiplexType': string;
  'Name': string;
  'Status': "Disabled" | "Enabled" | "Error";
  'URI': string;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.RTCP. */
export interface STBService_Components_FrontEnd_IP_RTCP {
  'Enable': boolean;
  'Status': "Disabled" | "Enabled" | "Error";
  'TxRepeatInterval': number;
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.RTPAVPF. */
export interface STBService_Components_FrontEnd_IP_RTPAVPF {
  'ECOperationStatus': "Disabled" | "Auto mode EC On" | "Auto mode EC Off without buffering" | "Auto mode EC Off with buffering" | "Forced mode EC On" | "Error";
  'Enable': boolean;
  'MaxLossBurst': number;
  'MaxReportTime': number;
  'MinLossPackets': number;
  'OperationMode': "Auto" | "Forced";
  'RetransmitTimeout': number;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** STBService.{i}.Components.FrontEnd.{i}.IP.ServiceConnect. */
export interface STBService_Components_FrontEnd_IP_ServiceConnect {
  'URI': string;
}

/** STBService.{i}.Components.HDMI.{i}. */
export interface STBService_Components_HDMI {
  'Alias': string;
  'DisplayDevice'?: STBService_Components_HDMI_DisplayDevice;
  'Enable': boolean;
  'Name': string;
  'ResolutionMode': "Auto" | "Manual";
  'ResolutionValue': string;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** STBService.{i}.Components.HDMI.{i}.DisplayDevice. */
export interface STBService_Components_HDMI_DisplayDevice {
  'AutoLipSyncSupport': boolean;
  'CECSupport': boolean;
  'EEDID': string;
  'HDMI3DPresent': boolean;
  'Name': string;
  'PreferredResolution': string;
  'Status': "Present" | "None" | "Error";
  'SupportedResolutions': readonly string[];
  'VideoLatency': number;
}

/** STBService.{i}.Components.PVR. */
export interface STBService_Components_PVR {
  'Storage'?: { [instance: number]: STBService_Components_PVR_Storage };
  'StorageNumberOfEntries': number;
}

/** STBService.{i}.Components.PVR.Storage.{i}. */
export interface STBService_Components_PVR_Storage {
  'Alias': string;
  'Name': string;
  'Reference': string;
}

/** STBService.{i}.Components.SCART.{i}. */
export interface STBService_Components_SCART {
  'Alias': string;
  'Enable': boolean;
  'Name': string;
  'Presence': boolean;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** STBService.{i}.Components.SPDIF.{i}. */
export interface STBService_Components_SPDIF {
  'Alias': string;
  'AudioDelay': number;
  'Enable': boolean;
  'ForcePCM': boolean;
  'Name': string;
  'Passthrough': boolean;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** STBService.{i}.Components.VideoDecoder.{i}. */
export interface STBService_Components_VideoDecoder {
  'Alias': string;
  'ContentAspectRatio': "4:3" | "16:9";
  'Enable': boolean;
  'MPEG2Part2': string;
  'MPEG4Part10': string;
  'MPEG4Part2': string;
  'Name': string;
  'SMPTEVC1': string;
  'Status': "Disabled" | "Enabled" | "Error";
}

/** STBService.{i}.Components.VideoOutput.{i}. */
export interface STBService_Components_VideoOutput {
  'Alias': string;
  'AspectRatioBehaviour': "None" | "Letterbox" | "16:9 Letterbox" | "14:9 Letterbox" | "CenterCutOut" | "Combined" | "Combined 16:9 Letterbox and CenterCutOut" | "Combined 14:9 Letterbox and CenterCutOut";
  'ColorbarEnable': boolean;
  'CompositeVideoStandard': string;
  'DisplayFormat': string;
  'Enable': boolean;
  'HDCP': boolean;
  'Macrovision': boolean;
  'Name': string;
  'SCARTs': readonly string[];
  'Status': "Disabled" | "Enabled" | "ColorbarEnabled" | "Error";
  'VideoFormat': string;
}

/** STBService.{i}.ServiceMonitoring. */
export interface STBService_ServiceMonitoring {
  'EventCollectionEnable': boolean;
  'EventsPerSampleInterval': number;
  'FetchSamples': number;
  'ForceSample': boolean;
  'GlobalOperation'?: STBService_ServiceMonitoring_GlobalOperation;
  'MainStream'?: { [instance: number]: STBService_ServiceMonitoring_MainStream };
  'MainStreamNumberOfEntries': number;
  'ReportEndTime': string;
  'ReportSamples': number;
  'ReportStartTime': string;
  'SampleEnable': boolean;
  'SampleInterval': number;
  'SampleState': "Disabled" | "Enabled" | "Trigger";
  'TimeReference': string;
}

/** STBService.{i}.ServiceMonitoring.GlobalOperation. */
export interface STBService_ServiceMonitoring_GlobalOperation {
  'Sample'?: STBService_ServiceMonitoring_GlobalOperation_Sample;
  'Total'?: STBService_ServiceMonitoring_GlobalOperation_Total;
}

/** STBService.{i}.ServiceMonitoring.GlobalOperation.Sample. */
export interface STBService_ServiceMonitoring_GlobalOperation_Sample {
  'MaximumPortalResponse': readonly number[];
  'MinimumPortalResponse': readonly number[];
  'PortalResponse': readonly string[];
}

/** STBService.{i}.ServiceMonitoring.GlobalOperation.Total. */
export interface STBService_ServiceMonitoring_GlobalOperation_Total {
  'MaximumPortalResponse': number;
  'MinimumPortalResponse': number;
  'ServiceAccessTime': number;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}. */
export interface STBService_ServiceMonitoring_MainStream {
  'AVStream': string;
  'Alias': string;
  'ChannelChangeFailureTimeout': number;
  'DelayBetweenLossEventsHistogramIntervals': readonly number[];
  'DurationSevereLossEventsHistogramIntervals': readonly number[];
  'Enable': boolean;
  'EventLog'?: STBService_ServiceMonitoring_MainStream_EventLog;
  'Gmin': number;
  'PacketsLostByEventHistogramIntervals': readonly number[];
  'Sample'?: STBService_ServiceMonitoring_MainStream_Sample;
  'ServiceType': string;
  'SessionId': string;
  'SevereLossMinDistance': number;
  'SevereLossMinLength': number;
  'Status': "Disabled" | "Enabled" | "Error";
  'Total'?: STBService_ServiceMonitoring_MainStream_Total;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog. */
export interface STBService_ServiceMonitoring_MainStream_EventLog {
  'Entry'?: { [instance: number]: STBService_ServiceMonitoring_MainStream_EventLog_Entry };
  'EntryNumberOfEntries': number;
  'Reset': boolean;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}. */
export interface STBService_ServiceMonitoring_MainStream_EventLog_Entry {
  'Parameter'?: { [instance: number]: STBService_ServiceMonitoring_MainStream_EventLog_Entry_Parameter };
  'ParameterNumberOfEntries': number;
  'SequenceNumber': number;
  'Time': string;
  'Type': string;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.EventLog.Entry.{i}.Parameter.{i}. */
export interface STBService_ServiceMonitoring_MainStream_EventLog_Entry_Parameter {
  'Name': string;
  'Value': string;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample. */
export interface STBService_ServiceMonitoring_MainStream_Sample {
  'AudioDecoderStats'?: STBService_ServiceMonitoring_MainStream_Sample_AudioDecoderStats;
  'DejitteringStats'?: STBService_ServiceMonitoring_MainStream_Sample_DejitteringStats;
  'HighLevelMetricStats'?: { [instance: number]: STBService_ServiceMonitoring_MainStream_Sample_HighLevelMetricStats };
  'HighLevelMetricStatsNumberOfEntries': number;
  'MPEG2TSStats'?: STBService_ServiceMonitoring_MainStream_Sample_MPEG2TSStats;
  'PVRTimeShift': readonly boolean[];
  'RTPStats'?: STBService_ServiceMonitoring_MainStream_Sample_RTPStats;
  'SampleSeconds': readonly number[];
  'SignificantChanges': readonly number[];
  'TCPStats'?: STBService_ServiceMonitoring_MainStream_Sample_TCPStats;
  'VideoDecoderStats'?: STBService_ServiceMonitoring_MainStream_Sample_VideoDecoderStats;
  'VideoResponseStats'?: STBService_ServiceMonitoring_MainStream_Sample_VideoResponseStats;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.AudioDecoderStats. */
export interface STBService_ServiceMonitoring_MainStream_Sample_AudioDecoderStats {
  'DecodedFrames': readonly number[];
  'DecodingErrors': readonly number[];
  'SampleSeconds': readonly number[];
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.DejitteringStats. */
export interface STBService_ServiceMonitoring_MainStream_Sample_DejitteringStats {
  'EmptyBufferTime': readonly number[];
  'Overruns': readonly number[];
  'SampleSeconds': readonly number[];
  'Underruns': readonly number[];
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.HighLevelMetricStats.{i}. */
export interface STBService_ServiceMonitoring_MainStream_Sample_HighLevelMetricStats {
  'Alias': string;
  'Enable': boolean;
  'Metric': readonly number[];
  'Metric1': readonly number[];
  'Metric1Failures': number;
  'Metric1Threshold': number;
  'Metric2': readonly number[];
  'Metric2Failures': number;
  'Metric2Threshold': number;
  'MetricFailures': number;
  'MetricName': string;
  'MetricSampleInterval': number;
  'MetricThreshold': number;
  'SampleSeconds': readonly number[];
  'Status': "Disabled" | "Enabled" | "Error";
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.MPEG2TSStats. */
export interface STBService_ServiceMonitoring_MainStream_Sample_MPEG2TSStats {
  'PacketDiscontinuityCounter': readonly number[];
  'PacketDiscontinuityCounterBeforeCA': readonly number[];
  'SampleSeconds': readonly number[];
  'TSPacketsDrained': readonly number[];
  'TSPacketsReceived': readonly number[];
  'TSSyncByteErrorCount': readonly number[];
  'TSSyncLossCount': readonly number[];
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.RTPStats. */
export interface STBService_ServiceMonitoring_MainStream_Sample_RTPStats {
  'AverageLossDistance': readonly number[];
  'AverageLossDistanceBeforeEC': readonly number[];
  'AverageLossPeriod': readonly number[];
  'AverageLossPeriodBeforeEC': readonly number[];
  'DelayBetweenLossEventsHistogram': readonly string[];
  'DelayBetweenLossEventsHistogramBeforeEC': readonly string[];
  'DurationSevereLossEventsHistogram': readonly string[];
  'DurationSevereLossEventsHistogramBeforeEC': readonly string[];
  'LossEvents': readonly number[];
  'LossEventsBeforeEC': readonly number[];
  'MaximumLossPeriod': readonly number[];
  'MaximumLossPeriodBeforeEC': readonly number[];
  'MinimumLossDistance': readonly number[];
  'MinimumLossDistanceBeforeEC': readonly number[];
  'MinimumLossPeriod': readonly number[];
  'MinimumLossPeriodBeforeEC': readonly number[];
  'PacketsDiscarded': readonly number[];
  'PacketsExpected': readonly number[];
  'PacketsLost': readonly number[];
  'PacketsLostBeforeEC': readonly number[];
  'PacketsLostByEventHistogram': readonly string[];
  'PacketsLostByEventHistogramBeforeEC': readonly string[];
  'PacketsOutOfSequence': readonly number[];
  'PacketsReceived': readonly number[];
  'PacketsReceivedBeforeEC': readonly number[];
  'RetransmitTimeouts': readonly number[];
  'SampleSeconds': readonly number[];
  'SevereLossIndexCount': readonly number[];
  'SevereLossIndexCountBeforeEC': readonly number[];
  'SevereLossLengthCount': readonly number[];
  'SevereLossLengthCountBeforeEC': readonly number[];
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.TCPStats. */
export interface STBService_ServiceMonitoring_MainStream_Sample_TCPStats {
  'BytesReceived': readonly number[];
  'PacketsReceived': readonly number[];
  'PacketsRetransmitted': readonly number[];
  'SampleSeconds': readonly number[];
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoDecoderStats. */
export interface STBService_ServiceMonitoring_MainStream_Sample_VideoDecoderStats {
  'AVResynchCounter': readonly number[];
  'BConcealedFrames': readonly number[];
  'BDecodedFrames': readonly number[];
  'BLostFrames': readonly number[];
  'ConcealedFrames': readonly number[];
  'DecodedFrames': readonly number[];
  'FrameRate': readonly number[];
  'IConcealedFrames': readonly number[];
  'IDecodedFrames': readonly number[];
  'ILostFrames': readonly number[];
  'LostFrames': readonly number[];
  'PConcealedFrames': readonly number[];
  'PDecodedFrames': readonly number[];
  'PLostFrames': readonly number[];
  'SampleSeconds': readonly number[];
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Sample.VideoResponseStats. */
export interface STBService_ServiceMonitoring_MainStream_Sample_VideoResponseStats {
  'AccessSuccesses': readonly number[];
  'AverageVideoSystemResponse': readonly number[];
  'AverageVoDControlResponse': readonly number[];
  'ChannelChangeFailures': readonly number[];
  'CompletionCount': readonly number[];
  'MaximumVideoSystemResponse': readonly number[];
  'MaximumVoDControlResponse': readonly number[];
  'MinimumVideoSystemResponse': readonly number[];
  'MinimumVoDControlResponse': readonly number[];
  'RequestedTransactions': readonly number[];
  'SampleSeconds': readonly number[];
  'VideoSystemResponse': readonly string[];
  'VoDControlResponse': readonly string[];
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Total. */
export interface STBService_ServiceMonitoring_MainStream_Total {
  'AudioDecoderStats'?: STBService_ServiceMonitoring_MainStream_Total_AudioDecoderStats;
  'DejitteringStats'?: STBService_ServiceMonitoring_MainStream_Total_DejitteringStats;
  'MPEG2TSStats'?: STBService_ServiceMonitoring_MainStream_Total_MPEG2TSStats;
  'RTPStats'?: STBService_ServiceMonitoring_MainStream_Total_RTPStats;
  'Reset': boolean;
  'ResetTime': number;
  'TCPStats'?: STBService_ServiceMonitoring_MainStream_Total_TCPStats;
  'TotalSeconds': number;
  'VideoDecoderStats'?: STBService_ServiceMonitoring_MainStream_Total_VideoDecoderStats;
  'VideoResponseStats'?: STBService_ServiceMonitoring_MainStream_Total_VideoResponseStats;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.AudioDecoderStats. */
export interface STBService_ServiceMonitoring_MainStream_Total_AudioDecoderStats {
  'DecodedFrames': number;
  'DecodingErrors': number;
  'TotalSeconds': number;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.DejitteringStats. */
export interface STBService_ServiceMonitoring_MainStream_Total_DejitteringStats {
  'EmptyBufferTime': number;
  'Overruns': number;
  'TotalSeconds': number;
  'Underruns': number;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.MPEG2TSStats. */
export interface STBService_ServiceMonitoring_MainStream_Total_MPEG2TSStats {
  'PacketDiscontinuityCounter': number;
  'PacketDiscontinuityCounterBeforeCA': number;
  'TSPacketsReceived': number;
  'TSSyncByteErrorCount': number;
  'TSSyncLossCount': number;
  'TotalSeconds': number;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.RTPStats. */
export interface STBService_ServiceMonitoring_MainStream_Total_RTPStats {
  'DelayBetweenLossEventsHistogram': readonly number[];
  'DelayBetweenLossEventsHistogramBeforeEC': readonly number[];
  'DurationSevereLossEventsHistogram': readonly number[];
  'DurationSevereLossEventsHistogramBeforeEC': readonly number[];
  'LossEvents': number;
  'LossEventsBeforeEC': number;
  'PacketsDiscarded': number;
  'PacketsExpected': number;
  'PacketsLost': number;
  'PacketsLostBeforeEC': number;
  'PacketsLostByEventHistogram': readonly number[];
  'PacketsLostByEventHistogramBeforeEC': readonly number[];
  'PacketsOutOfSequence': number;
  'PacketsReceived': number;
  'PacketsReceivedBeforeEC': number;
  'RetransmitTimeouts': number;
  'SevereLossIndexCount': number;
  'SevereLossIndexCountBeforeEC': number;
  'SevereLossLengthCount': number;
  'SevereLossLengthCountBeforeEC': number;
  'TotalSeconds': number;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.TCPStats. */
export interface STBService_ServiceMonitoring_MainStream_Total_TCPStats {
  'BytesReceived': number;
  'PacketsReceived': number;
  'PacketsRetransmitted': number;
  'TotalSeconds': number;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoDecoderStats. */
export interface STBService_ServiceMonitoring_MainStream_Total_VideoDecoderStats {
  'AVResynchCounter': number;
  'BConcealedFrames': number;
  'BDecodedFrames': number;
  'BLostFrames': number;
  'ConcealedFrames': number;
  'DecodedFrames': number;
  'FrameRate': number;
  'IConcealedFrames': number;
  'IDecodedFrames': number;
  'ILostFrames': number;
  'LostFrames': number;
  'PConcealedFrames': number;
  'PDecodedFrames': number;
  'PLostFrames': number;
  'TotalSeconds': number;
}

/** STBService.{i}.ServiceMonitoring.MainStream.{i}.Total.VideoResponseStats. */
export interface STBService_ServiceMonitoring_MainStream_Total_VideoResponseStats {
  'AccessSuccesses': number;
  'ChannelChangeFailures': number;
  'ChannelFailures': readonly string[];
  'CompletionCount': number;
  'MaximumVideoSystemResponse': number;
  'MaximumVoDControlResponse': number;
  'MinimumVideoSystemResponse': number;
  'MinimumVoDControlResponse': number;
  'RequestedTransactions': number;
  'TotalSeconds': number;
}

