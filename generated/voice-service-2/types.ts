// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model VoiceService:2.0 (service) from tr-104-2-0-2-cwmp.xml
// Sources (sha256):
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   5cff6d8e43d86af276f1bc8e4cd1fe859dc1c73a714047e4c28e922c9523e7dd  tr-104-2-0-2-cwmp.xml
//   8bff001b0c8f156fab009085e1a4832b95bbada82de8d5defeea4e3fd4aaa789  tr-104-2-0-3-common.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml

/** VoiceService:2.0 (service model root) */
export interface Root {
  'VoiceService'?: { [instance: number]: VoiceService };
  'VoiceServiceNumberOfEntries': number;
}

/** VoiceService.{i}. */
export interface VoiceService {
  'Alias': string;
  'CallControl'?: VoiceService_CallControl;
  'CallLog'?: { [instance: number]: VoiceService_CallLog };
  'CallLogNumberOfEntries': number;
  'Capabilities'?: VoiceService_Capabilities;
  'ClockSynchronization'?: VoiceService_ClockSynchronization;
  'CodecProfile'?: { [instance: number]: VoiceService_CodecProfile };
  'CodecProfileNumberOfEntries': number;
  'DECT'?: VoiceService_DECT;
  'H323'?: VoiceService_H323;
  'ISDN'?: VoiceService_ISDN;
  'Interwork'?: { [instance: number]: VoiceService_Interwork };
  'InterworkNumberOfEntries': number;
  'MGCP'?: VoiceService_MGCP;
  'POTS'?: VoiceService_POTS;
  'ReservedPorts'?: VoiceService_ReservedPorts;
  'SIP'?: VoiceService_SIP;
  'Terminal'?: { [instance: number]: VoiceService_Terminal };
  'TerminalNumberOfEntries': number;
  'Tone'?: VoiceService_Tone;
  'Trunk'?: { [instance: number]: VoiceService_Trunk };
  'TrunkNumberOfEntries': number;
  'VoIPProfile'?: { [instance: number]: VoiceService_VoIPProfile };
  'VoIPProfileNumberOfEntries': number;
}

/** VoiceService.{i}.CallControl. */
export interface VoiceService_CallControl {
  'CallingFeatures'?: VoiceService_CallControl_CallingFeatures;
  'Extension'?: { [instance: number]: VoiceService_CallControl_Extension };
  'ExtensionNumberOfEntries': number;
  'Group'?: { [instance: number]: VoiceService_CallControl_Group };
  'GroupNumberOfEntries': number;
  'IncomingMap'?: { [instance: number]: VoiceService_CallControl_IncomingMap };
  'IncomingMapNumberOfEntries': number;
  'Line'?: { [instance: number]: VoiceService_CallControl_Line };
  'LineNumberOfEntries': number;
  'Mailbox'?: { [instance: number]: VoiceService_CallControl_Mailbox };
  'MailboxNumberOfEntries': number;
  'MaxNumberOfExtensions': number;
  'MaxNumberOfLines': number;
  'NumberingPlan'?: { [instance: number]: VoiceService_CallControl_NumberingPlan };
  'NumberingPlanNumberOfEntries': number;
  'OutgoingMap'?: { [instance: number]: VoiceService_CallControl_OutgoingMap };
  'OutgoingMapNumberOfEntries': number;
}

/** VoiceService.{i}.CallControl.CallingFeatures. */
export interface VoiceService_CallControl_CallingFeatures {
  'Set'?: { [instance: number]: VoiceService_CallControl_CallingFeatures_Set };
  'SetNumberOfEntries': number;
}

/** VoiceService.{i}.CallControl.CallingFeatures.Set.{i}. */
export interface VoiceService_CallControl_CallingFeatures_Set {
  'Alias': string;
  'AnonymousCallEnable': boolean;
  'AnonymousCallRejectionEnable': boolean;
  'BlockForwardEnable': boolean;
  'CCBSEnable': boolean;
  'CFT'?: { [instance: number]: VoiceService_CallControl_CallingFeatures_Set_CFT };
  'CFTNumberOfEntries': number;
  'CallForwardOnBusyEnable': boolean;
  'CallForwardOnBusyNumber': string;
  'CallForwardOnBusyRingTimeout': number;
  'CallForwardOnNoAnswerEnable': boolean;
  'CallForwardOnNoAnswerNumber': string;
  'CallForwardOnNoAnswerRingTimeout': number;
  'CallForwardUnconditionalEnable': boolean;
  'CallForwardUnconditionalNumber': string;
  'CallPickUpEnable': boolean;
  'CallTransferEnable': boolean;
  'CallWaitingEnable': boolean;
  'CallerIDEnable': boolean;
  'CallerIDNameEnable': boolean;
  'DoNotDisturbEnable': boolean;
  'FollowMe'?: { [instance: number]: VoiceService_CallControl_CallingFeatures_Set_FollowMe };
  'FollowMeEnable': boolean;
  'FollowMeNumberOfEntries': number;
  'IIFCEnable': boolean;
  'LineMessagesWaiting': number;
  'MWIEnable': boolean;
  'RepeatDialEnable': boolean;
  'SCF'?: { [instance: number]: VoiceService_CallControl_CallingFeatures_Set_SCF };
  'SCFNumberOfEntries': number;
  'SCREJ'?: { [instance: number]: VoiceService_CallControl_CallingFeatures_Set_SCREJ };
  'SCREJNumberOfEntries': number;
  'SecretForwarderEnable': boolean;
  'VMWIEnable': boolean;
  'Voice2Mail'?: VoiceService_CallControl_CallingFeatures_Set_Voice2Mail;
  'VoiceMailEnable': boolean;
}

/** VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}. */
export interface VoiceService_CallControl_CallingFeatures_Set_CFT {
  'Alias': string;
  'Day': "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | "All";
  'Enable': boolean;
  'EndTime': string;
  'ForwardedToNumber': string;
  'StartTime': string;
}

/** VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}. */
export interface VoiceService_CallControl_CallingFeatures_Set_FollowMe {
  'Alias': string;
  'Delay': number;
  'Enable': boolean;
  'Number': string;
  'Order': number;
}

/** VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}. */
export interface VoiceService_CallControl_CallingFeatures_Set_SCF {
  'Alias': string;
  'CallingNumber': string;
  'Enable': boolean;
  'ForwardedToNumber': string;
}

/** VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJ.{i}. */
export interface VoiceService_CallControl_CallingFeatures_Set_SCREJ {
  'Alias': string;
  'CallingNumber': string;
  'Enable': boolean;
}

/** VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail. */
export interface VoiceService_CallControl_CallingFeatures_Set_Voice2Mail {
  'Attach': boolean;
  'EMailAddress': string;
  'Enable': boolean;
  'KeepLocal': boolean;
  'MaxMessageLength': number;
}

/** VoiceService.{i}.CallControl.Extension.{i}. */
export interface VoiceService_CallControl_Extension {
  'Alias': string;
  'CallStatus': "Idle" | "Dialing" | "Delivered" | "Connected" | "Alerting" | "Disconnected";
  'CallWaitingStatus': "Disabled" | "Idle" | "SecondaryRinging" | "SecondaryConnecting" | "SecondaryConnected";
  'CallingFeatures': string;
  'ConferenceCallingSessionCount': number;
  'ConferenceCallingStatus': "Disabled" | "Idle" | "SecondaryCalling" | "SecondaryConnecting" | "SecondaryConnected" | "InConferenceCall";
  'Enable': boolean;
  'ExtensionNumber': string;
  'Name': string;
  'NumberingPlan': string;
  'Origin': "AutoConfigured" | "Static";
  'Provider': string;
  'QuiescentMode': boolean;
  'Stats'?: VoiceService_CallControl_Extension_Stats;
  'Status': "Up" | "Initializing" | "Error" | "Testing" | "Quiescent" | "Disabled";
  'VoiceMail': string;
}

/** VoiceService.{i}.CallControl.Extension.{i}.Stats. */
export interface VoiceService_CallControl_Extension_Stats {
  'DSP'?: VoiceService_CallControl_Extension_Stats_DSP;
  'IncomingCalls'?: VoiceService_CallControl_Extension_Stats_IncomingCalls;
  'OutgoingCalls'?: VoiceService_CallControl_Extension_Stats_OutgoingCalls;
  'RTP'?: VoiceService_CallControl_Extension_Stats_RTP;
}

/** VoiceService.{i}.CallControl.Extension.{i}.Stats.DSP. */
export interface VoiceService_CallControl_Extension_Stats_DSP {
  'Overruns': number;
  'Underruns': number;
}

/** VoiceService.{i}.CallControl.Extension.{i}.Stats.IncomingCalls. */
export interface VoiceService_CallControl_Extension_Stats_IncomingCalls {
  'CallsConnected': number;
  'CallsDropped': number;
  'CallsFailed': number;
  'CallsReceived': number;
  'TotalCallTime': number;
}

/** VoiceService.{i}.CallControl.Extension.{i}.Stats.OutgoingCalls. */
export interface VoiceService_CallControl_Extension_Stats_OutgoingCalls {
  'CallsAttempted': number;
  'CallsConnected': number;
  'CallsDropped': number;
  'CallsFailed': number;
  'TotalCallTime': number;
}

/** VoiceService.{i}.CallControl.Extension.{i}.Stats.RTP. */
export interface VoiceService_CallControl_Extension_Stats_RTP {
  'BytesReceived': number;
  'BytesSent': number;
  'PacketsLost': number;
  'PacketsReceived': number;
  'PacketsSent': number;
}

/** VoiceService.{i}.CallControl.Group.{i}. */
export interface VoiceService_CallControl_Group {
  'Alias': string;
  'Extensions': readonly string[];
  'RingTimeout': number;
  'RingType': "Simultaneous" | "Hierarchical" | "Cyclic";
}

/** VoiceService.{i}.CallControl.IncomingMap.{i}. */
export interface VoiceService_CallControl_IncomingMap {
  'Alias': string;
  'Enable': boolean;
  'Extension': string;
  'Line': string;
  'Order': number;
  'Timeout': number;
}

/** VoiceService.{i}.CallControl.Line.{i}. */
export interface VoiceService_CallControl_Line {
  'Alias': string;
  'CallStatus': "Idle" | "Dialing" | "Delivered" | "Connected" | "Alerting" | "Disconnected";
  'CallingFeatures': string;
  'DirectoryNumber': string;
  'Enable': boolean;
  'Origin': "Static" | "DDIRange";
  'Provider': string;
  'QuiescentMode': boolean;
  'Stats'?: VoiceService_CallControl_Line_Stats;
  'Status': "Up" | "Error" | "Testing" | "Quiescent" | "Disabled";
}

/** VoiceService.{i}.CallControl.Line.{i}.Stats. */
export interface VoiceService_CallControl_Line_Stats {
  'DSP'?: VoiceService_CallControl_Line_Stats_DSP;
  'IncomingCalls'?: VoiceService_CallControl_Line_Stats_IncomingCalls;
  'OutgoingCalls'?: VoiceService_CallControl_Line_Stats_OutgoingCalls;
  'RTP'?: VoiceService_CallControl_Line_Stats_RTP;
}

/** VoiceService.{i}.CallControl.Line.{i}.Stats.DSP. */
export interface VoiceService_CallControl_Line_Stats_DSP {
  'Overruns': number;
  'Underruns': number;
}

/** VoiceService.{i}.CallControl.Line.{i}.Stats.IncomingCalls. */
export interface VoiceService_CallControl_Line_Stats_IncomingCalls {
  'CallsConnected': number;
  'CallsDropped': number;
  'CallsFailed': number;
  'CallsReceived': number;
  'TotalCallTime': number;
}

/** VoiceService.{i}.CallControl.Line.{i}.Stats.OutgoingCalls. */
export interface VoiceService_CallControl_Line_Stats_OutgoingCalls {
  'CallsAttempted': number;
  'CallsConnected': number;
  'CallsDropped': number;
  'CallsFailed': number;
  'TotalCallTime': number;
}

/** VoiceService.{i}.CallControl.Line.{i}.Stats.RTP. */
export interface VoiceService_CallControl_Line_Stats_RTP {
  'BytesReceived': number;
  'BytesSent': number;
  'PacketsLost': number;
  'PacketsReceived': number;
  'PacketsSent': number;
}

/** VoiceService.{i}.CallControl.Mailbox.{i}. */
export interface VoiceService_CallControl_Mailbox {
  'Alias': string;
  'Enable': boolean;
  'MaxMessageTime': number;
  'MaxMsg': number;
  'MinSize': number;
  'SMTPAuthenticationType': "None" | "SSL" | "TLS" | "Auto";
  'SMTPFrom': string;
  'SMTPPassword': string;
  'SMTPServerAddress': string;
  'SMTPServerPort': number;
  'SMTPUser': string;
}

/** VoiceService.{i}.CallControl.NumberingPlan.{i}. */
export interface VoiceService_CallControl_NumberingPlan {
  'Alias': string;
  'InterDigitTimerOpen': number;
  'InterDigitTimerStd': number;
  'InvalidNumberTone': string;
  'MaximumNumberOfDigits': number;
  'MinimumNumberOfDigits': number;
  'PrefixInfo'?: { [instance: number]: VoiceService_CallControl_NumberingPlan_PrefixInfo };
  'PrefixInfoMaxEntries': number;
  'PrefixInfoNumberOfEntries': number;
  'TerminationDigit': string;
}

/** VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}. */
export interface VoiceService_CallControl_NumberingPlan_PrefixInfo {
  'Alias': string;
  'DialTone': string;
  'Enable': boolean;
  'FacilityAction': string;
  'FacilityActionArgument': string;
  'NumberOfDigitsToRemove': number;
  'PosOfDigitsToRemove': number;
  'PrefixMaxNumberOfDigits': number;
  'PrefixMinNumberOfDigits': number;
  'PrefixRange': string;
}

/** VoiceService.{i}.CallControl.OutgoingMap.{i}. */
export interface VoiceService_CallControl_OutgoingMap {
  'Alias': string;
  'CLIPNoScreeningNumber': string;
  'Enable': boolean;
  'Extension': string;
  'Line': string;
  'Order': number;
}

/** VoiceService.{i}.CallLog.{i}. */
export interface VoiceService_CallLog {
  'Alias': string;
  'CallTerminationCause': "NoExtensionsMapped" | "NoExtensionsAvailable" | "AnonymousCallRejection" | "CallWaitingRejected" | "CallForwardingUnconditional" | "CallForwardingBusy" | "CallForwardingNoReply" | "LocalDisconnect" | "LocalForbidden" | "LocalTimeout" | "LocalMediaError." | "LocalPriority." | "LocalReject" | "LocalTransfer" | "LocalInternalError" | "RemoteDisconnect" | "RemoteBadRequest" | "RemoteForbidden" | "RemoteNotFound" | "RemoteReject" | "RemoteNotAllowed" | "RemoteNotAcceptable" | "RemoteTimeout" | "RemoteUnavailable" | "RemoteBusy" | "RemoteNotSupported" | "RemoteNetworkFailure";
  'CalledPartyNumber': string;
  'CallingPartyNumber': string;
  'Destination': string;
  'Direction': "Incoming" | "Outgoing";
  'Duration': number;
  'RemoteParty': string;
  'Session'?: { [instance: number]: VoiceService_CallLog_Session };
  'SessionNumberOfEntries': number;
  'SignalingPerformance'?: { [instance: number]: VoiceService_CallLog_SignalingPerformance };
  'SignalingPerformanceNumberOfEntries': number;
  'Source': string;
  'Start': string;
  'UsedExtensions': readonly string[];
  'UsedLine': string;
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}. */
export interface VoiceService_CallLog_Session {
  'Destination'?: VoiceService_CallLog_Session_Destination;
  'Duration': number;
  'SIPSessionID': string;
  'SessionID': string;
  'Source'?: VoiceService_CallLog_Session_Source;
  'Start': string;
  'StreamType': "Audio" | "Video" | "Fax" | "Modem";
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}.Destination. */
export interface VoiceService_CallLog_Session_Destination {
  'DSP'?: VoiceService_CallLog_Session_Destination_DSP;
  'RTP'?: VoiceService_CallLog_Session_Destination_RTP;
  'VoiceQuality'?: VoiceService_CallLog_Session_Destination_VoiceQuality;
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP. */
export interface VoiceService_CallLog_Session_Destination_DSP {
  'ReceiveCodec'?: VoiceService_CallLog_Session_Destination_DSP_ReceiveCodec;
  'TransmitCodec'?: VoiceService_CallLog_Session_Destination_DSP_TransmitCodec;
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.ReceiveCodec. */
export interface VoiceService_CallLog_Session_Destination_DSP_ReceiveCodec {
  'Codec': string;
  'Overruns': number;
  'SilenceSuppression': boolean;
  'Underruns': number;
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.TransmitCodec. */
export interface VoiceService_CallLog_Session_Destination_DSP_TransmitCodec {
  'Codec': string;
  'Overruns': number;
  'PacketizationPeriod': number;
  'SilenceSuppression': boolean;
  'Underruns': number;
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP. */
export interface VoiceService_CallLog_Session_Destination_RTP {
  'AverageFarEndInterarrivalJitter': number;
  'AverageReceiveInterarrivalJitter': number;
  'AverageRoundTripDelay': number;
  'BufferDelay': number;
  'BurstCount': number;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DuplicatePacketsReceived': bigint;
  'FarEndIPAddress': string;
  'FarEndInterarrivalJitter': number;
  'FarEndPacketLossRate': number;
  'FarEndUDPPort': number;
  'LocalUDPPort': number;
  'MaxJitter': number;
  'MeanJitter': number;
  'MinJitter': number;
  'PacketDelayVariation': number;
  'PacketsDiscarded': number;
  'PacketsLost': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'RTCPCNAME': string;
  'ReceiveInterarrivalJitter': number;
  'ReceivePacketLossRate': number;
  'RoundTripDelay': number;
  'SamplingFrequency': number;
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.VoiceQuality. */
export interface VoiceService_CallLog_Session_Destination_VoiceQuality {
  'VoIPQualityIndicator': readonly number[];
  'WorstVoIPQualityIndicatorTimestamps': readonly number[];
  'WorstVoIPQualityIndicatorsValues': readonly number[];
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}.Source. */
export interface VoiceService_CallLog_Session_Source {
  'DSP'?: VoiceService_CallLog_Session_Source_DSP;
  'RTP'?: VoiceService_CallLog_Session_Source_RTP;
  'VoiceQuality'?: VoiceService_CallLog_Session_Source_VoiceQuality;
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP. */
export interface VoiceService_CallLog_Session_Source_DSP {
  'ReceiveCodec'?: VoiceService_CallLog_Session_Source_DSP_ReceiveCodec;
  'TransmitCodec'?: VoiceService_CallLog_Session_Source_DSP_TransmitCodec;
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.ReceiveCodec. */
export interface VoiceService_CallLog_Session_Source_DSP_ReceiveCodec {
  'Codec': string;
  'Overruns': number;
  'SilenceSuppression': boolean;
  'Underruns': number;
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.TransmitCodec. */
export interface VoiceService_CallLog_Session_Source_DSP_TransmitCodec {
  'Codec': string;
  'Overruns': number;
  'PacketizationPeriod': number;
  'SilenceSuppression': boolean;
  'Underruns': number;
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP. */
export interface VoiceService_CallLog_Session_Source_RTP {
  'AverageFarEndInterarrivalJitter': number;
  'AverageReceiveInterarrivalJitter': number;
  'AverageRoundTripDelay': number;
  'BufferDelay': number;
  'BurstCount': number;
  'BytesReceived': bigint;
  'BytesSent': bigint;
  'DuplicatePacketsReceived': bigint;
  'FarEndIPAddress': string;
  'FarEndInterarrivalJitter': number;
  'FarEndPacketLossRate': number;
  'FarEndUDPPort': number;
  'LocalUDPPort': number;
  'MaxJitter': number;
  'MeanJitter': number;
  'MinJitter': number;
  'PacketDelayVariation': number;
  'PacketsDiscarded': number;
  'PacketsLost': number;
  'PacketsReceived': bigint;
  'PacketsSent': bigint;
  'RTCPCNAME': string;
  'ReceiveInterarrivalJitter': number;
  'ReceivePacketLossRate': number;
  'RoundTripDelay': number;
  'SamplingFrequency': number;
}

/** VoiceService.{i}.CallLog.{i}.Session.{i}.Source.VoiceQuality. */
export interface VoiceService_CallLog_Session_Source_VoiceQuality {
  'VoIPQualityIndicator': readonly number[];
  'WorstVoIPQualityIndicatorTimestamps': readonly number[];
  'WorstVoIPQualityIndicatorsValues': readonly number[];
}

/** VoiceService.{i}.CallLog.{i}.SignalingPerformance.{i}. */
export interface VoiceService_CallLog_SignalingPerformance {
  'CallSetupDelay': number;
  'IncomingMediaEstablishDelay': number;
  'OutgoingMediaEstablishDelay': number;
  'Protocol': "H.323" | "SIP";
}

/** VoiceService.{i}.Capabilities. */
export interface VoiceService_Capabilities {
  'Codec'?: { [instance: number]: VoiceService_Capabilities_Codec };
  'CodecNumberOfEntries': number;
  'FacilityActions': readonly ("AA_REGISTER" | "AA_ERASE" | "AA_INTERROGATE" | "CA_ACTIVATE" | "CCBS_ACTIVATE" | "CCBS_DEACTIVATE" | "CCBS_INTERROGATE" | "CCNR_ACTIVATE" | "CCNR_DEACTIVATE" | "CCNR_INTERROGATE" | "CFB_REGISTER" | "CFB_ACTIVATE" | "CFB_DEACTIVATE" | "CFB_ERASE" | "CFB_INTERROGATE" | "CFNR_REGISTER" | "CFNR_ACTIVATE" | "CFNR_DEACTIVATE" | "CFNR_ERASE" | "CFNR_INTERROGATE" | "CFNR_TIMER" | "CFT_ACTIVATE" | "CFT_DEACTIVATE" | "CFT_INTERROGATE" | "CFU_REGISTER" | "CFU_ACTIVATE" | "CFU_DEACTIVATE" | "CFU_ERASE" | "CFU_INTERROGATE" | "CLIR_ACTIVATE" | "CLIR_DEACTIVATE" | "CLIR_INTERROGATE" | "CP_INVOKE" | "CW_ACTIVATE" | "CW_DEACTIVATE" | "CW_INVOKE" | "DND_ACTIVATE" | "DND_DEACTIVATE" | "DND_INTERROGATE" | "EXT_INVOKE" | "LINE_INVOKE" | "MAILBOX_INVOKE" | "OCB_ACTIVATE" | "OCB_DEACTIVATE" | "OCB_INTERROGATE" | "PSO_ACTIVATE" | "PW_SET" | "SCF_ACTIVATE" | "SCF_DEACTIVATE" | "SCF_INTERROGATE" | "SCREJ_ACTIVATE" | "SCREJ_DEACTIVATE" | "SCREJ_INTERROGATE" | "SR_ACTIVATE" | "SR_DEACTIVATE" | "SR_INTERROGATE")[];
  'H323'?: VoiceService_Capabilities_H323;
  'ISDN'?: VoiceService_Capabilities_ISDN;
  'MGCP'?: VoiceService_Capabilities_MGCP;
  'MaxCallLogCount': number;
  'MaxExtensionCount': number;
  'MaxLineCount': number;
  'MaxSessionCount': number;
  'MaxSessionsPerExtension': number;
  'MaxSessionsPerLine': number;
  'NetworkConnectionModes': readonly string[];
  'POTS'?: VoiceService_Capabilities_POTS;
  'QualityIndicator'?: VoiceService_Capabilities_QualityIndicator;
  'RingFileFormats': readonly ("MIDI" | "SMAF" | "RTTTL" | "MP3" | "WAV" | "AMR")[];
  'SIP'?: VoiceService_Capabilities_SIP;
  'ToneFileFormats': readonly ("G.711MuLaw" | "G.711ALaw" | "G.729" | "MP3" | "WAV" | "AMR")[];
  'UserConnectionModes': readonly string[];
}

/** VoiceService.{i}.Capabilities.Codec.{i}. */
export interface VoiceService_Capabilities_Codec {
  'Alias': string;
  'BitRate': number;
  'Codec': "AMR" | "Clearmode" | "EVRC1" | "EVRCB1" | "G.711MuLaw" | "G.711ALaw" | "G.726" | "G.729" | "G.729.1" | "G.729a" | "G.729e" | "G.728" | "G.723.1" | "G.722" | "G.722.1" | "G.722.2" | "Generic Comfort Noise" | "GSM-FR" | "GSM-HR" | "GSM-EFR" | "iLBC" | "Speex";
  'PacketizationPeriod': readonly string[];
  'SilenceSuppression': boolean;
}

/** VoiceService.{i}.Capabilities.H323. */
export interface VoiceService_Capabilities_H323 {
  'FastStart': boolean;
  'H235AuthenticationMethods': readonly ("dhExch" | "pwdSymEnc" | "pwdHash" | "certSign" | "ipsec" | "tls")[];
}

/** VoiceService.{i}.Capabilities.ISDN. */
export interface VoiceService_Capabilities_ISDN {
  'AoC': boolean;
  'DDI': boolean;
  'ECT': boolean;
  'MCID': boolean;
  'MSN': boolean;
  'MWI': boolean;
}

/** VoiceService.{i}.Capabilities.MGCP. */
export interface VoiceService_Capabilities_MGCP {
  'Extensions': readonly string[];
}

/** VoiceService.{i}.Capabilities.POTS. */
export interface VoiceService_Capabilities_POTS {
  'ChargingPulse': boolean;
  'ClipGeneration': boolean;
  'DialType': "Tone" | "Pulse" | "Tone and Pulse";
}

/** VoiceService.{i}.Capabilities.QualityIndicator. */
export interface VoiceService_Capabilities_QualityIndicator {
  'MaxQIValues': number;
  'MaxWorstQIValues': number;
  'QIModelsSupported': string;
}

/** VoiceService.{i}.Capabilities.SIP. */
export interface VoiceService_Capabilities_SIP {
  'Client'?: VoiceService_Capabilities_SIP_Client;
  'Registrar'?: VoiceService_Capabilities_SIP_Registrar;
}

/** VoiceService.{i}.Capabilities.SIP.Client. */
export interface VoiceService_Capabilities_SIP_Client {
  'EventTypes': readonly string[];
  'Extensions': readonly string[];
  'TLSAuthenticationKeySizes': readonly number[];
  'TLSAuthenticationProtocols': readonly ("Null" | "MD5" | "SHA-1" | "SHA-2" | "AEAD")[];
  'TLSEncryptionKeySizes': readonly number[];
  'TLSEncryptionProtocols': readonly ("Null" | "RC4" | "RC2" | "DES" | "3DES" | "AES" | "Camellia")[];
  'TLSKeyExchangeProtocols': readonly ("RSA" | "DSS" | "DHE-RSA" | "DHE-DSS" | "ECDHE-RSA" | "ECDHE-ECDSA")[];
  'URISchemes': readonly string[];
}

/** VoiceService.{i}.Capabilities.SIP.Registrar. */
export interface VoiceService_Capabilities_SIP_Registrar {
  'EventTypes': readonly string[];
  'Extensions': readonly string[];
  'TLSAuthenticationKeySizes': readonly number[];
  'TLSAuthenticationProtocols': readonly ("Null" | "MD5" | "SHA-1" | "SHA-2" | "AEAD")[];
  'TLSEncryptionKeySizes': readonly number[];
  'TLSEncryptionProtocols': readonly ("Null" | "RC4" | "RC2" | "DES" | "3DES" | "AES" | "Camellia")[];
  'TLSKeyExchangeProtocols': readonly ("RSA" | "DSS" | "DHE-RSA" | "DHE-DSS" | "ECDHE-RSA" | "ECDHE-ECDSA")[];
  'URISchemes': readonly string[];
}

/** VoiceService.{i}.ClockSynchronization. */
export interface VoiceService_ClockSynchronization {
  'AutoRevert': boolean;
  'ClockSource'?: { [instance: number]: VoiceService_ClockSynchronization_ClockSource };
  'ClockSourceNumberOfEntries': number;
  'CurrentSource': string;
  'Description': string;
}

/** VoiceService.{i}.ClockSynchronization.ClockSource.{i}. */
export interface VoiceService_ClockSynchronization_ClockSource {
  'Alias': string;
  'Enable': boolean;
  'Interface': string;
  'Order': number;
}

/** VoiceService.{i}.CodecProfile.{i}. */
export interface VoiceService_CodecProfile {
  'Alias': string;
  'Codec': string;
  'Enable': boolean;
  'PacketizationPeriod': readonly string[];
  'SilenceSuppression': boolean;
}

/** VoiceService.{i}.DECT. */
export interface VoiceService_DECT {
  'Base'?: { [instance: number]: VoiceService_DECT_Base };
  'BaseNumberOfEntries': number;
  'Portable'?: { [instance: number]: VoiceService_DECT_Portable };
  'PortableNumberOfEntries': number;
}

/** VoiceService.{i}.DECT.Base.{i}. */
export interface VoiceService_DECT_Base {
  'Alias': string;
  'CipheringEnable': boolean;
  'EepromVersion': string;
  'Enable': boolean;
  'EncryptionType': "DSC" | "DSC2" | "CCM";
  'FirmwareVersion': string;
  'HardwareVersion': string;
  'MaxSupportedPP': number;
  'NEMOEnable': boolean;
  'Name': string;
  'PIN': string;
  'RFPI': string;
  'RFPowerControl': "Normal" | "Reduced";
  'RepeaterSupportEnabled': boolean;
  'Standard': "GAP" | "CAT-iq 1.0" | "CAT-iq 2.0" | "CAT-iq 2.1" | "CAT-iq 3.0" | "CAT-iq 4.0";
  'Stats'?: VoiceService_DECT_Base_Stats;
  'Status': "Up" | "Error" | "Testing" | "Disabled";
  'SubscriptionEnable': boolean;
  'ToneEventProfile': string;
}

/** VoiceService.{i}.DECT.Base.{i}.Stats. */
export interface VoiceService_DECT_Base_Stats {
  'ControlFieldErrors': number;
  'HandoverFailures': number;
  'Handovers': number;
  'PayloadFieldErrors': number;
  'SyncFailures': number;
}

/** VoiceService.{i}.DECT.Portable.{i}. */
export interface VoiceService_DECT_Portable {
  'Alias': string;
  'BaseAttachedTo': string;
  'CodecList': readonly string[];
  'Control': "Unregister" | "Disable";
  'Enable': boolean;
  'HardwareVersion': string;
  'IPEI': string;
  'IPUI': string;
  'IPUILength': number;
  'LastUpdateDateTime': string;
  'Name': string;
  'OperatorName': string;
  'PARK': string;
  'PortableType': readonly ("GAP" | "CAT-iq 1.0" | "CAT-iq 2.0" | "CAT-iq 2.1" | "CAT-iq 3.0" | "CAT-iq 4.0")[];
  'RegistrationStatus': "In reach" | "Not in reach";
  'SoftwareUpgrade': boolean;
  'SoftwareVersion': string;
  'Status': "Up" | "Error" | "Testing" | "Disabled";
  'SubscriptionTime': string;
}

/** VoiceService.{i}.H323. */
export interface VoiceService_H323 {
  'Client'?: { [instance: number]: VoiceService_H323_Client };
  'ClientNumberOfEntries': number;
  'Network'?: { [instance: number]: VoiceService_H323_Network };
  'NetworkNumberOfEntries': number;
}

/** VoiceService.{i}.H323.Client.{i}. */
export interface VoiceService_H323_Client {
  'Alias': string;
  'AuthPassword': string;
  'Enable': boolean;
  'H235Authentication': boolean;
  'H323ID': string;
  'MaxSessions': number;
  'Network': string;
  'QuiescentMode': boolean;
  'SendersID': string;
  'Status': "Up" | "Initializing" | "Registering" | "Deregistering" | "Error_Misconfigured" | "Error_Network" | "Error_Registration" | "Quiescent" | "Disabled";
}

/** VoiceService.{i}.H323.Network.{i}. */
export interface VoiceService_H323_Network {
  'Alias': string;
  'CodecList': readonly string[];
  'DSCPMark': number;
  'Enable': boolean;
  'EthernetPriorityMark': number;
  'Gatekeeper': string;
  'GatekeeperID': string;
  'GatekeeperPort': number;
  'MaxSessions': number;
  'NonVoiceBandwidthReservedDownstream': number;
  'NonVoiceBandwidthReservedUpstream': number;
  'QuiescentMode': boolean;
  'STUNEnable': boolean;
  'STUNServer': string;
  'Status': "Up" | "Resolving" | "Error_DNS" | "Error_Other" | "Disabled";
  'TimeToLive': number;
  'VLANIDMark': number;
  'VoIPProfile': string;
}

/** VoiceService.{i}.ISDN. */
export interface VoiceService_ISDN {
  'BRI'?: { [instance: number]: VoiceService_ISDN_BRI };
  'BRINumberOfEntries': number;
  'PRI'?: { [instance: number]: VoiceService_ISDN_PRI };
  'PRINumberOfEntries': number;
}

/** VoiceService.{i}.ISDN.BRI.{i}. */
export interface VoiceService_ISDN_BRI {
  'Alias': string;
  'ApplicationInterface': "VoIP" | "VoATM" | "Data";
  'BidirectionalBChannels': readonly number[];
  'Enable': boolean;
  'InboundOnlyBChannels': readonly number[];
  'LapdDisconnectionTimeout': boolean;
  'LifeLineHold': boolean;
  'MaxNumBChannels': number;
  'Name': string;
  'OutboundOnlyBChannels': readonly number[];
  'PermanentLayer1': boolean;
  'PermanentLayer2': boolean;
  'PowerSourceOne': boolean;
  'Protocol': "EuroISDN" | "NI-1" | "NI-2" | "5ESS" | "NTT" | "VN3" | "VN4" | "Q.SIG";
  'ProtocolEmulation': "TE" | "NT";
  'StaticTEI': number;
  'Status': "Up" | "Error" | "Testing" | "Disabled";
  'TEINegotiation': "Static" | "Dynamic";
  'ToneEventProfile': string;
}

/** VoiceService.{i}.ISDN.PRI.{i}. */
export interface VoiceService_ISDN_PRI {
  'Alias': string;
  'ApplicationInterface': "VoIP" | "VoATM" | "Data";
  'BidirectionalBChannels': readonly number[];
  'ClockMode': "Master" | "Slave";
  'ESF': "None" | "DF" | "MF" | "EMF" | "SF" | "ESF" | "AutoDetect";
  'Enable': boolean;
  'InboundOnlyBChannels': readonly number[];
  'Linecode': "ami" | "hdb3" | "b8zs";
  'MaxNumBChannels': number;
  'Name': string;
  'OutboundOnlyBChannels': readonly number[];
  'PermanentLayer2': boolean;
  'PhysicalInterfaceType': "T1" | "E1";
  'Protocol': "EuroISDN" | "NI-1" | "NI-2" | "4ESS" | "5ESS" | "NTT" | "Q.SIG";
  'ProtocolEmulation': "TE" | "NT";
  'Status': "Up" | "Error" | "Testing" | "Disabled";
  'ToneEventProfile': string;
}

/** VoiceService.{i}.Interwork.{i}. */
export interface VoiceService_Interwork {
  'Alias': string;
  'E164Client': string;
  'E164Mode': boolean;
  'Enable': boolean;
  'FirewallRuleSetInterval': number;
  'FirewallRuleSetTime': string;
  'FirewallRuleSetURI': string;
  'InterworkName': string;
  'InterworkingRuleSetInterval': number;
  'InterworkingRuleSetTime': string;
  'InterworkingRuleSetURI': string;
  'Map'?: { [instance: number]: VoiceService_Interwork_Map };
  'MapNumberOfEntries': number;
  'NetworkAuthenticationChallengeMode': "PassThru" | "RespondLocal" | "Hop-by-Hop";
  'NetworkConnectionMode': "Static" | "RegisterDynamic" | "RegisterLearn" | "RegisterStatic";
  'NetworkIPAddress': string;
  'Networks': readonly string[];
  'OperationalStatus': "InService" | "OutOfService" | "NetworkServersOffline";
  'OperationalStatusReason': string;
  'ProxyServer': string;
  'QuiescentMode': boolean;
  'Status': "Up" | "Error" | "Quiescent" | "Disabled";
  'UserConnectionMode': "Static" | "RegisterDynamic" | "RegisterLearn";
  'UserInterface'?: { [instance: number]: VoiceService_Interwork_UserInterface };
  'UserInterfaceNumberOfEntries': number;
}

/** VoiceService.{i}.Interwork.{i}.Map.{i}. */
export interface VoiceService_Interwork_Map {
  'Alias': string;
  'DigitMap': string;
  'DigitMapEnable': boolean;
  'Enable': boolean;
  'LastTime': string;
  'NetworkConnection': string;
  'Origin': "AutoConfigured" | "Static";
  'Priority': number;
  'Status': "Active" | "InActive";
  'StatusDescription': string;
  'UserConnection': string;
}

/** VoiceService.{i}.Interwork.{i}.UserInterface.{i}. */
export interface VoiceService_Interwork_UserInterface {
  'Alias': string;
  'Enable': boolean;
  'Network': string;
  'Registrar': string;
}

/** VoiceService.{i}.MGCP. */
export interface VoiceService_MGCP {
  'Client'?: { [instance: number]: VoiceService_MGCP_Client };
  'ClientNumberOfEntries': number;
  'Network'?: { [instance: number]: VoiceService_MGCP_Network };
  'NetworkNumberOfEntries': number;
}

/** VoiceService.{i}.MGCP.Client.{i}. */
export interface VoiceService_MGCP_Client {
  'Alias': string;
  'Domain': string;
  'Enable': boolean;
  'LocalPort': number;
  'MaxSessions': number;
  'Network': string;
  'QuiescentMode': boolean;
  'RegisterMode': "Wildcard" | "Individual";
  'Status': "Up" | "Initializing" | "Registering" | "Deregistering" | "Error_Misconfigured" | "Error_Network" | "Error_Registration" | "Quiescent" | "Disabled";
  'User': string;
}

/** VoiceService.{i}.MGCP.Network.{i}. */
export interface VoiceService_MGCP_Network {
  'Alias': string;
  'AllowPiggybackEvents': boolean;
  'CallAgent1': string;
  'CallAgent2': string;
  'CallAgentPort1': number;
  'CallAgentPort2': number;
  'CodecList': readonly string[];
  'DSCPMark': number;
  'Enable': boolean;
  'EthernetPriorityMark': number;
  'MaxRetranCount': number;
  'MaxSessions': number;
  'NonVoiceBandwidthReservedDownstream': number;
  'NonVoiceBandwidthReservedUpstream': number;
  'QuiescentMode': boolean;
  'RetranIntervalTimer': number;
  'STUNEnable': boolean;
  'STUNServer': string;
  'SendRSIPImmediately': boolean;
  'Status': "Up" | "Resolving" | "Error_DNS" | "Error_Other" | "Disabled";
  'VLANIDMark': number;
  'VoIPProfile': string;
}

/** VoiceService.{i}.POTS. */
export interface VoiceService_POTS {
  'FXO'?: { [instance: number]: VoiceService_POTS_FXO };
  'FXONumberOfEntries': number;
  'FXS'?: { [instance: number]: VoiceService_POTS_FXS };
  'FXSNumberOfEntries': number;
  'Region': string;
  'Ringer'?: VoiceService_POTS_Ringer;
}

/** VoiceService.{i}.POTS.FXO.{i}. */
export interface VoiceService_POTS_FXO {
  'Active': boolean;
  'Alias': string;
  'CallerIdDetectionEnable': boolean;
  'DTMFDialoutInterval': number;
  'DiagTests'?: VoiceService_POTS_FXO_DiagTests;
  'Enable': boolean;
  'Name': string;
  'OnHookMinDuration': number;
  'RingNumber': number;
  'RingingTimeout': number;
  'SecondStepDialing': boolean;
  'SignalingMode': "LoopStart" | "GroundStart";
  'Status': "Up" | "Error" | "Testing" | "Disabled";
  'TimeoutBeforeDialing': number;
  'ToneEventProfile': string;
}

/** VoiceService.{i}.POTS.FXO.{i}.DiagTests. */
export interface VoiceService_POTS_FXO_DiagTests {
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
  'TestResult': "Success" | "Failure";
  'TestSelector': "Battery" | "DialTone";
}

/** VoiceService.{i}.POTS.FXS.{i}. */
export interface VoiceService_POTS_FXS {
  'Active': boolean;
  'Alias': string;
  'ChargingPulse': boolean;
  'ClipGeneration': boolean;
  'DiagTests'?: VoiceService_POTS_FXS_DiagTests;
  'DialType': "Tone" | "Pulse";
  'Enable': boolean;
  'FaxPassThrough': "Disable" | "Auto" | "Force";
  'ModemPassThrough': "Disable" | "Auto" | "Force";
  'Name': string;
  'Status': "Up" | "Error" | "Testing" | "Disabled";
  'TerminalType': "Audio" | "Fax" | "Modem" | "Any";
  'ToneEventProfile': string;
  'VoiceProcessing'?: VoiceService_POTS_FXS_VoiceProcessing;
}

/** VoiceService.{i}.POTS.FXS.{i}.DiagTests. */
export interface VoiceService_POTS_FXS_DiagTests {
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
  'TestResult': "Success" | "Failure";
  'TestSelector': "Hazard Potential" | "Foreign Voltage" | "Resistive Faults" | "Off-hook" | "REN";
}

/** VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing. */
export interface VoiceService_POTS_FXS_VoiceProcessing {
  'EchoCancellationEnable': boolean;
  'EchoCancellationInUse': boolean;
  'EchoCancellationTail': number;
  'ReceiveGain': number;
  'TransmitGain': number;
}

/** VoiceService.{i}.POTS.Ringer. */
export interface VoiceService_POTS_Ringer {
  'Event'?: { [instance: number]: VoiceService_POTS_Ringer_Event };
  'EventNumberOfEntries': number;
}

/** VoiceService.{i}.POTS.Ringer.Event.{i}. */
export interface VoiceService_POTS_Ringer_Event {
  'Alias': string;
  'Cadence': readonly number[];
  'Function': "Default" | "CCBSCallBack" | "CCNRCallBack" | "InternalCall" | "RingSplash" | "Group";
}

/** VoiceService.{i}.ReservedPorts. */
export interface VoiceService_ReservedPorts {
  'LANPortRange': readonly string[];
  'WANPortRange': readonly string[];
}

/** VoiceService.{i}.SIP. */
export interface VoiceService_SIP {
  'Client'?: { [instance: number]: VoiceService_SIP_Client };
  'ClientNumberOfEntries': number;
  'Network'?: { [instance: number]: VoiceService_SIP_Network };
  'NetworkNumberOfEntries': number;
  'Proxy'?: { [instance: number]: VoiceService_SIP_Proxy };
  'ProxyNumberOfEntries': number;
  'Registrar'?: { [instance: number]: VoiceService_SIP_Registrar };
  'RegistrarNumberOfEntries': number;
}

/** VoiceService.{i}.SIP.Client.{i}. */
export interface VoiceService_SIP_Client {
  'Alias': string;
  'AuthPassword': string;
  'AuthUserName': string;
  'Contact'?: { [instance: number]: VoiceService_SIP_Client_Contact };
  'ContactNumberOfEntries': number;
  'E164Format': boolean;
  'Enable': boolean;
  'EventSubscribe'?: { [instance: number]: VoiceService_SIP_Client_EventSubscribe };
  'MaxSessions': number;
  'Network': string;
  'Origin': "AutoConfigured" | "Static";
  'QuiescentMode': boolean;
  'RegisterMode': "RFC3261" | "STATIC" | "RFC6140" | "TISPAN";
  'RegisterURI': string;
  'SIPEventSubscribeNumberOfEntries': number;
  'Status': "Up" | "Initializing" | "Registering" | "Deregistering" | "Error_Misconfigured" | "Error_Network" | "Error_Registration" | "Quiescent" | "Disabled";
  'T38Enable': boolean;
}

/** VoiceService.{i}.SIP.Client.{i}.Contact.{i}. */
export interface VoiceService_SIP_Client_Contact {
  'Alias': string;
  'ContactURI': string;
  'Enable': boolean;
  'ExpireTime': string;
  'IPAddress': string;
  'Origin': "AutoConfigured" | "Static";
  'PingInterval': number;
  'Port': number;
  'Status': "Up" | "Error" | "Disabled";
  'UserAgent': string;
}

/** VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}. */
export interface VoiceService_SIP_Client_EventSubscribe {
  'Alias': string;
  'AuthPassword': string;
  'AuthUserName': string;
  'Enable': boolean;
  'Event': string;
}

/** VoiceService.{i}.SIP.Network.{i}. */
export interface VoiceService_SIP_Network {
  'Alias': string;
  'ChosenDomain': string;
  'ChosenIPAddress': string;
  'ChosenPort': number;
  'CodecList': readonly string[];
  'ConferenceCallDomainURI': string;
  'DSCPMark': number;
  'Enable': boolean;
  'EthernetPriorityMark': number;
  'EventSubscribe'?: { [instance: number]: VoiceService_SIP_Network_EventSubscribe };
  'EventSubscribeNumberOfEntries': number;
  'FQDNServer'?: { [instance: number]: VoiceService_SIP_Network_FQDNServer };
  'FQDNServerNumberOfEntries': number;
  'InboundAuth': "None" | "Digest" | "SourceFilter";
  'InboundAuthPassword': string;
  'InboundAuthUsername': string;
  'InviteExpires': number;
  'MaxSessions': number;
  'NoLoginRetry': boolean;
  'NonVoiceBandwidthReservedDownstream': number;
  'NonVoiceBandwidthReservedUpstream': number;
  'Organization': string;
  'OutboundProxy': string;
  'OutboundProxyPort': number;
  'OutboundProxyPrecedence': "Static" | "DHCP";
  'OutboundProxyResolvedAddress': string;
  'ProxyServer': string;
  'ProxyServerPort': number;
  'ProxyServerTransport': "UDP" | "TCP" | "TLS" | "SCTP";
  'QuiescentMode': boolean;
  'ReInviteExpires': number;
  'Realm': string;
  'RegisterExpires': number;
  'RegisterRetryInterval': number;
  'RegistrarServer': string;
  'RegistrarServerPort': number;
  'RegistrarServerTransport': "UDP" | "TCP" | "TLS" | "SCTP";
  'RegistrationPeriod': number;
  'ResponseMap'?: { [instance: number]: VoiceService_SIP_Network_ResponseMap };
  'ResponseMapNumberOfEntries': number;
  'STUNEnable': boolean;
  'STUNServer': string;
  'ServerDomain': string;
  'Status': "Up" | "Resolving" | "Error_DNS" | "Error_Other" | "Disabled";
  'TimerA': number;
  'TimerB': number;
  'TimerC': number;
  'TimerD': number;
  'TimerE': number;
  'TimerF': number;
  'TimerG': number;
  'TimerH': number;
  'TimerI': number;
  'TimerJ': number;
  'TimerK': number;
  'TimerLoginRejected': number;
  'TimerRegistrationFailed': number;
  'TimerSubscriptionFailed': number;
  'TimerT1': number;
  'TimerT2': number;
  'TimerT4': number;
  'UnansweredRegistrationAttempts': number;
  'UseCodecPriorityInSDPResponse': boolean;
  'UserAgentDomain': string;
  'UserAgentPort': number;
  'UserAgentTransport': "UDP" | "TCP" | "TLS" | "SCTP";
  'VLANIDMark': number;
  'VoIPProfile': string;
}

/** VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}. */
export interface VoiceService_SIP_Network_EventSubscribe {
  'Alias': string;
  'Enable': boolean;
  'Event': string;
  'ExpireTime': number;
  'Notifier': string;
  'NotifierPort': number;
  'NotifierTransport': "UDP" | "TCP" | "TLS" | "SCTP";
}

/** VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}. */
export interface VoiceService_SIP_Network_FQDNServer {
  'Alias': string;
  'Domain': string;
  'Enable': boolean;
  'IPAddresses': readonly string[];
  'Origin': "AutoConfigured" | "Static";
  'Port': number;
  'Priority': number;
  'Weight': number;
}

/** VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}. */
export interface VoiceService_SIP_Network_ResponseMap {
  'Alias': string;
  'Enable': boolean;
  'SIPResponseNumber': number;
  'TextMessage': string;
  'Tone': string;
}

/** VoiceService.{i}.SIP.Proxy.{i}. */
export interface VoiceService_SIP_Proxy {
  'Alias': string;
  'ContactURI': string;
  'Enable': boolean;
  'Origin': "AutoConfigured" | "Static";
  'ProxyIPAddress': string;
  'ProxyPort': number;
  'Status': "Up" | "Error" | "Disabled";
  'VoIPProfile': string;
}

/** VoiceService.{i}.SIP.Registrar.{i}. */
export interface VoiceService_SIP_Registrar {
  'Account'?: { [instance: number]: VoiceService_SIP_Registrar_Account };
  'AccountNumberOfEntries': number;
  'Alias': string;
  'ContactURI': string;
  'Enable': boolean;
  'Organization': string;
  'Origin': "AutoConfigured" | "Static";
  'PingInterval': number;
  'QuiescentMode': boolean;
  'Realm': string;
  'RegisterExpires': number;
  'RegistrarIPAddress': string;
  'RegistrarPort': number;
  'Status': "Up" | "Error" | "Disabled";
  'VoIPProfile': string;
}

/** VoiceService.{i}.SIP.Registrar.{i}.Account.{i}. */
export interface VoiceService_SIP_Registrar_Account {
  'Alias': string;
  'AuthPassword': string;
  'AuthUserName': string;
  'CallStatus': "Idle" | "Dialing" | "Delivered" | "Connected" | "Alerting" | "Disconnected";
  'CodecList': readonly string[];
  'Contact'?: { [instance: number]: VoiceService_SIP_Registrar_Account_Contact };
  'ContactNumberOfEntries': number;
  'Domain': string;
  'Enable': "Enable" | "Quiescent" | "Disable";
  'Origin': "AutoConfigured" | "Static";
  'QuiescentMode': boolean;
  'RegistrationStatus': "Registered" | "Unregistered";
  'Status': "Up" | "Initializing" | "Registering" | "Deregistering" | "ErrorMisconfigured" | "ErrorNetwork" | "ErrorRegistration" | "Quiescent" | "Disabled";
  'URI': string;
  'VoIPProfile': string;
}

/** VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}. */
export interface VoiceService_SIP_Registrar_Account_Contact {
  'Alias': string;
  'ContactURI': string;
  'Enable': boolean;
  'ExpireTime': string;
  'IPAddress': string;
  'Origin': "AutoConfigured" | "Static";
  'Port': number;
  'Status': "Up" | "Error" | "Disabled";
  'UserAgent': string;
}

/** VoiceService.{i}.Terminal.{i}. */
export interface VoiceService_Terminal {
  'Alias': string;
  'Audio'?: { [instance: number]: VoiceService_Terminal_Audio };
  'AudioNumberOfEntries': number;
  'ButtonMap'?: VoiceService_Terminal_ButtonMap;
  'DiagTests'?: VoiceService_Terminal_DiagTests;
  'Enable': boolean;
  'QuiescentMode': boolean;
  'Ringer'?: VoiceService_Terminal_Ringer;
  'Status': "Up" | "Initializing" | "Registering" | "Unregistering" | "Error" | "Testing" | "Quiescent" | "Disabled";
  'ToneEventProfile': string;
}

/** VoiceService.{i}.Terminal.{i}.Audio.{i}. */
export interface VoiceService_Terminal_Audio {
  'Alias': string;
  'Name': string;
  'VoiceProcessing'?: VoiceService_Terminal_Audio_VoiceProcessing;
}

/** VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing. */
export interface VoiceService_Terminal_Audio_VoiceProcessing {
  'EchoCancellationEnable': boolean;
  'EchoCancellationInUse': boolean;
  'EchoCancellationTail': number;
  'ReceiveGain': number;
  'TransmitGain': number;
}

/** VoiceService.{i}.Terminal.{i}.ButtonMap. */
export interface VoiceService_Terminal_ButtonMap {
  'Button'?: { [instance: number]: VoiceService_Terminal_ButtonMap_Button };
  'ButtonNumberOfEntries': number;
}

/** VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}. */
export interface VoiceService_Terminal_ButtonMap_Button {
  'Alias': string;
  'ButtonMessage': string;
  'ButtonName': string;
  'FacilityAction': string;
  'FacilityActionArgument': string;
  'QuickDialNumber': string;
  'UserAccess': boolean;
}

/** VoiceService.{i}.Terminal.{i}.DiagTests. */
export interface VoiceService_Terminal_DiagTests {
  'DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
  'PhoneRinging': boolean;
  'TestSelector': "RingingTest";
}

/** VoiceService.{i}.Terminal.{i}.Ringer. */
export interface VoiceService_Terminal_Ringer {
  'Description'?: { [instance: number]: VoiceService_Terminal_Ringer_Description };
  'DescriptionNumberOfEntries': number;
  'Pattern'?: { [instance: number]: VoiceService_Terminal_Ringer_Pattern };
  'PatternNumberOfEntries': number;
}

/** VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}. */
export interface VoiceService_Terminal_Ringer_Description {
  'Alias': string;
  'RingEnable': boolean;
  'RingFile': string;
  'RingName': string;
  'RingPattern': string;
}

/** VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}. */
export interface VoiceService_Terminal_Ringer_Pattern {
  'Alias': string;
  'Duration': number;
  'Enable': boolean;
  'NextPattern': string;
  'RingerOn': boolean;
}

/** VoiceService.{i}.Tone. */
export interface VoiceService_Tone {
  'DefaultEventProfile': string;
  'DefautEventProfile': string;
  'Description'?: { [instance: number]: VoiceService_Tone_Description };
  'DescriptionNumberOfEntries': number;
  'EventProfile'?: { [instance: number]: VoiceService_Tone_EventProfile };
  'EventProfileNumberOfEntries': number;
  'Pattern'?: { [instance: number]: VoiceService_Tone_Pattern };
  'PatternNumberOfEntries': number;
}

/** VoiceService.{i}.Tone.Description.{i}. */
export interface VoiceService_Tone_Description {
  'Alias': string;
  'ToneEnable': boolean;
  'ToneFile': string;
  'ToneName': string;
  'TonePattern': string;
  'ToneRepetitions': number;
  'ToneText': string;
}

/** VoiceService.{i}.Tone.EventProfile.{i}. */
export interface VoiceService_Tone_EventProfile {
  'Alias': string;
  'Event'?: { [instance: number]: VoiceService_Tone_EventProfile_Event };
  'EventNumberOfEntries': number;
}

/** VoiceService.{i}.Tone.EventProfile.{i}.Event.{i}. */
export interface VoiceService_Tone_EventProfile_Event {
  'Alias': string;
  'Function': "Busy" | "Confirmation" | "Dial" | "LineMessagesWaiting" | "OffHookWarning" | "RingBack" | "ReOrder" | "Stutterdial" | "CallWaiting1" | "CallWaiting2" | "CallWaiting3" | "CallWaiting4" | "AlertingSignal" | "SpecialDial" | "SpecialInfo" | "Release" | "Congestion" | "UserDefined1" | "UserDefined2" | "UserDefined3" | "UserDefined4";
  'Tone': string;
}

/** VoiceService.{i}.Tone.Pattern.{i}. */
export interface VoiceService_Tone_Pattern {
  'Alias': string;
  'Duration': number;
  'Enable': boolean;
  'Frequency1': number;
  'Frequency2': number;
  'Frequency3': number;
  'Frequency4': number;
  'ModulationFrequency': number;
  'ModulationPower': number;
  'NextPattern': string;
  'Power1': number;
  'Power2': number;
  'Power3': number;
  'Power4': number;
  'ToneOn': boolean;
}

/** VoiceService.{i}.Trunk.{i}. */
export interface VoiceService_Trunk {
  'Alias': string;
  'CodecPriority': "Local" | "Remote";
  'DDIRange': readonly string[];
  'Enable': boolean;
  'LineObjectCreation': boolean;
  'MaxChannels': number;
  'MaxInboundChannelCount': number;
  'MaxOutboundChannelCount': number;
  'Name': string;
  'Origin': "AutoConfigured" | "Static";
  'Provider': string;
  'QuiescentMode': boolean;
  'Status': "Up" | "Initializing" | "Registering" | "Unregistering" | "Error" | "Testing" | "Disabled";
}

/** VoiceService.{i}.VoIPProfile.{i}. */
export interface VoiceService_VoIPProfile {
  'Alias': string;
  'DTMFMethod': readonly ("InBand" | "RFC4733" | "SIPInfo")[];
  'DTMFMethodG711': "InBand" | "RFC4733" | "SIPInfo" | "";
  'Enable': boolean;
  'FaxT38'?: VoiceService_VoIPProfile_FaxT38;
  'Name': string;
  'NumberOfWorstQIValues': number;
  'QICalculationInterval': number;
  'QIModelUsed': string;
  'QuiescentMode': boolean;
  'RTP'?: VoiceService_VoIPProfile_RTP;
}

/** VoiceService.{i}.VoIPProfile.{i}.FaxT38. */
export interface VoiceService_VoIPProfile_FaxT38 {
  'HighSpeedRedundancy': number;
  'LowSpeedRedundancy': number;
  'MaxBitRate': number;
  'TCFMethod': "Local" | "Network";
}

/** VoiceService.{i}.VoIPProfile.{i}.RTP. */
export interface VoiceService_VoIPProfile_RTP {
  'DSCPMark': number;
  'EthernetPriorityMark': number;
  'Gmin': number;
  'JitterBufferActualSize': number;
  'JitterBufferMaxSize': number;
  'JitterBufferMinSize': number;
  'JitterBufferType': "Static" | "Dynamic";
  'LocalPortMax': number;
  'LocalPortMin': number;
  'RTCP'?: VoiceService_VoIPProfile_RTP_RTCP;
  'Redundancy'?: VoiceService_VoIPProfile_RTP_Redundancy;
  'SRTP'?: VoiceService_VoIPProfile_RTP_SRTP;
  'TelephoneEventPayloadType': number;
  'VLANIDMark': number;
}

/** VoiceService.{i}.VoIPProfile.{i}.RTP.RTCP. */
export interface VoiceService_VoIPProfile_RTP_RTCP {
  'Enable': boolean;
  'LocalCName': string;
  'TxRepeatInterval': number;
}

/** VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy. */
export interface VoiceService_VoIPProfile_RTP_Redundancy {
  'BlockPayloadType': number;
  'DTMFRedundancy': number;
  'Enable': boolean;
  'FaxAndModemRedundancy': number;
  'MaxSessionsUsingRedundancy': number;
  'ModemRedundancy': number;
  'PayloadType': number;
  'VoiceRedundancy': number;
}

/** VoiceService.{i}.VoIPProfile.{i}.RTP.SRTP. */
export interface VoiceService_VoIPProfile_RTP_SRTP {
  'Enable': boolean;
  'EncryptionKeySizes': readonly number[];
  'KeyingMethods': readonly ("Null" | "Static" | "SDP" | "IKE")[];
}

