// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model VoiceService:2.0 (service) from tr-104-2-0-2-cwmp.xml
// Sources (sha256):
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   5cff6d8e43d86af276f1bc8e4cd1fe859dc1c73a714047e4c28e922c9523e7dd  tr-104-2-0-2-cwmp.xml
//   8bff001b0c8f156fab009085e1a4832b95bbada82de8d5defeea4e3fd4aaa789  tr-104-2-0-3-common.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml

/** The value type of every parameter of VoiceService:2.0, keyed by its BBF path. */
export interface Values {
  'VoiceService.{i}.Alias': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Alias': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.AnonymousCallEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.AnonymousCallRejectionEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.BlockForwardEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CCBSEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.Alias': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.Day': "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | "All";
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.Enable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.EndTime': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.ForwardedToNumber': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.StartTime': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFTNumberOfEntries': number;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnBusyEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnBusyNumber': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnBusyRingTimeout': number;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnNoAnswerEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnNoAnswerNumber': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnNoAnswerRingTimeout': number;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardUnconditionalEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardUnconditionalNumber': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallPickUpEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallTransferEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallWaitingEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallerIDEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallerIDNameEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.DoNotDisturbEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Alias': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Delay': number;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Enable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Number': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Order': number;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMeEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMeNumberOfEntries': number;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.IIFCEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.LineMessagesWaiting': number;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.MWIEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.RepeatDialEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.Alias': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.CallingNumber': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.Enable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.ForwardedToNumber': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCFNumberOfEntries': number;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJ.{i}.Alias': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJ.{i}.CallingNumber': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJ.{i}.Enable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJNumberOfEntries': number;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SecretForwarderEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.VMWIEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.Attach': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.EMailAddress': string;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.Enable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.KeepLocal': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.MaxMessageLength': number;
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.VoiceMailEnable': boolean;
  'VoiceService.{i}.CallControl.CallingFeatures.SetNumberOfEntries': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Alias': string;
  'VoiceService.{i}.CallControl.Extension.{i}.CallStatus': "Idle" | "Dialing" | "Delivered" | "Connected" | "Alerting" | "Disconnected";
  'VoiceService.{i}.CallControl.Extension.{i}.CallWaitingStatus': "Disabled" | "Idle" | "SecondaryRinging" | "SecondaryConnecting" | "SecondaryConnected";
  'VoiceService.{i}.CallControl.Extension.{i}.CallingFeatures': string;
  'VoiceService.{i}.CallControl.Extension.{i}.ConferenceCallingSessionCount': number;
  'VoiceService.{i}.CallControl.Extension.{i}.ConferenceCallingStatus': "Disabled" | "Idle" | "SecondaryCalling" | "SecondaryConnecting" | "SecondaryConnected" | "InConferenceCall";
  'VoiceService.{i}.CallControl.Extension.{i}.Enable': boolean;
  'VoiceService.{i}.CallControl.Extension.{i}.ExtensionNumber': string;
  'VoiceService.{i}.CallControl.Extension.{i}.Name': string;
  'VoiceService.{i}.CallControl.Extension.{i}.NumberingPlan': string;
  'VoiceService.{i}.CallControl.Extension.{i}.Origin': "AutoConfigured" | "Static";
  'VoiceService.{i}.CallControl.Extension.{i}.Provider': string;
  'VoiceService.{i}.CallControl.Extension.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.DSP.Overruns': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.DSP.Underruns': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.IncomingCalls.CallsConnected': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.IncomingCalls.CallsDropped': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.IncomingCalls.CallsFailed': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.IncomingCalls.CallsReceived': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.IncomingCalls.TotalCallTime': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.OutgoingCalls.CallsAttempted': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.OutgoingCalls.CallsConnected': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.OutgoingCalls.CallsDropped': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.OutgoingCalls.CallsFailed': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.OutgoingCalls.TotalCallTime': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.RTP.BytesReceived': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.RTP.BytesSent': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.RTP.PacketsLost': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.RTP.PacketsReceived': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.RTP.PacketsSent': number;
  'VoiceService.{i}.CallControl.Extension.{i}.Status': "Up" | "Initializing" | "Error" | "Testing" | "Quiescent" | "Disabled";
  'VoiceService.{i}.CallControl.Extension.{i}.VoiceMail': string;
  'VoiceService.{i}.CallControl.ExtensionNumberOfEntries': number;
  'VoiceService.{i}.CallControl.Group.{i}.Alias': string;
  'VoiceService.{i}.CallControl.Group.{i}.Extensions': readonly string[];
  'VoiceService.{i}.CallControl.Group.{i}.RingTimeout': number;
  'VoiceService.{i}.CallControl.Group.{i}.RingType': "Simultaneous" | "Hierarchical" | "Cyclic";
  'VoiceService.{i}.CallControl.GroupNumberOfEntries': number;
  'VoiceService.{i}.CallControl.IncomingMap.{i}.Alias': string;
  'VoiceService.{i}.CallControl.IncomingMap.{i}.Enable': boolean;
  'VoiceService.{i}.CallControl.IncomingMap.{i}.Extension': string;
  'VoiceService.{i}.CallControl.IncomingMap.{i}.Line': string;
  'VoiceService.{i}.CallControl.IncomingMap.{i}.Order': number;
  'VoiceService.{i}.CallControl.IncomingMap.{i}.Timeout': number;
  'VoiceService.{i}.CallControl.IncomingMapNumberOfEntries': number;
  'VoiceService.{i}.CallControl.Line.{i}.Alias': string;
  'VoiceService.{i}.CallControl.Line.{i}.CallStatus': "Idle" | "Dialing" | "Delivered" | "Connected" | "Alerting" | "Disconnected";
  'VoiceService.{i}.CallControl.Line.{i}.CallingFeatures': string;
  'VoiceService.{i}.CallControl.Line.{i}.DirectoryNumber': string;
  'VoiceService.{i}.CallControl.Line.{i}.Enable': boolean;
  'VoiceService.{i}.CallControl.Line.{i}.Origin': "Static" | "DDIRange";
  'VoiceService.{i}.CallControl.Line.{i}.Provider': string;
  'VoiceService.{i}.CallControl.Line.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.DSP.Overruns': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.DSP.Underruns': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.IncomingCalls.CallsConnected': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.IncomingCalls.CallsDropped': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.IncomingCalls.CallsFailed': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.IncomingCalls.CallsReceived': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.IncomingCalls.TotalCallTime': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.OutgoingCalls.CallsAttempted': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.OutgoingCalls.CallsConnected': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.OutgoingCalls.CallsDropped': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.OutgoingCalls.CallsFailed': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.OutgoingCalls.TotalCallTime': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.RTP.BytesReceived': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.RTP.BytesSent': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.RTP.PacketsLost': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.RTP.PacketsReceived': number;
  'VoiceService.{i}.CallControl.Line.{i}.Stats.RTP.PacketsSent': number;
  'VoiceService.{i}.CallControl.Line.{i}.Status': "Up" | "Error" | "Testing" | "Quiescent" | "Disabled";
  'VoiceService.{i}.CallControl.LineNumberOfEntries': number;
  'VoiceService.{i}.CallControl.Mailbox.{i}.Alias': string;
  'VoiceService.{i}.CallControl.Mailbox.{i}.Enable': boolean;
  'VoiceService.{i}.CallControl.Mailbox.{i}.MaxMessageTime': number;
  'VoiceService.{i}.CallControl.Mailbox.{i}.MaxMsg': number;
  'VoiceService.{i}.CallControl.Mailbox.{i}.MinSize': number;
  'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPAuthenticationType': "None" | "SSL" | "TLS" | "Auto";
  'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPFrom': string;
  'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPPassword': string;
  'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPServerAddress': string;
  'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPServerPort': number;
  'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPUser': string;
  'VoiceService.{i}.CallControl.MailboxNumberOfEntries': number;
  'VoiceService.{i}.CallControl.MaxNumberOfExtensions': number;
  'VoiceService.{i}.CallControl.MaxNumberOfLines': number;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.Alias': string;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.InterDigitTimerOpen': number;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.InterDigitTimerStd': number;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.InvalidNumberTone': string;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.MaximumNumberOfDigits': number;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.MinimumNumberOfDigits': number;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.Alias': string;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.DialTone': string;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.Enable': boolean;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.FacilityAction': string;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.FacilityActionArgument': string;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.NumberOfDigitsToRemove': number;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.PosOfDigitsToRemove': number;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.PrefixMaxNumberOfDigits': number;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.PrefixMinNumberOfDigits': number;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.PrefixRange': string;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfoMaxEntries': number;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfoNumberOfEntries': number;
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.TerminationDigit': string;
  'VoiceService.{i}.CallControl.NumberingPlanNumberOfEntries': number;
  'VoiceService.{i}.CallControl.OutgoingMap.{i}.Alias': string;
  'VoiceService.{i}.CallControl.OutgoingMap.{i}.CLIPNoScreeningNumber': string;
  'VoiceService.{i}.CallControl.OutgoingMap.{i}.Enable': boolean;
  'VoiceService.{i}.CallControl.OutgoingMap.{i}.Extension': string;
  'VoiceService.{i}.CallControl.OutgoingMap.{i}.Line': string;
  'VoiceService.{i}.CallControl.OutgoingMap.{i}.Order': number;
  'VoiceService.{i}.CallControl.OutgoingMapNumberOfEntries': number;
  'VoiceService.{i}.CallLog.{i}.Alias': string;
  'VoiceService.{i}.CallLog.{i}.CallTerminationCause': "NoExtensionsMapped" | "NoExtensionsAvailable" | "AnonymousCallRejection" | "CallWaitingRejected" | "CallForwardingUnconditional" | "CallForwardingBusy" | "CallForwardingNoReply" | "LocalDisconnect" | "LocalForbidden" | "LocalTimeout" | "LocalMediaError." | "LocalPriority." | "LocalReject" | "LocalTransfer" | "LocalInternalError" | "RemoteDisconnect" | "RemoteBadRequest" | "RemoteForbidden" | "RemoteNotFound" | "RemoteReject" | "RemoteNotAllowed" | "RemoteNotAcceptable" | "RemoteTimeout" | "RemoteUnavailable" | "RemoteBusy" | "RemoteNotSupported" | "RemoteNetworkFailure";
  'VoiceService.{i}.CallLog.{i}.CalledPartyNumber': string;
  'VoiceService.{i}.CallLog.{i}.CallingPartyNumber': string;
  'VoiceService.{i}.CallLog.{i}.Destination': string;
  'VoiceService.{i}.CallLog.{i}.Direction': "Incoming" | "Outgoing";
  'VoiceService.{i}.CallLog.{i}.Duration': number;
  'VoiceService.{i}.CallLog.{i}.RemoteParty': string;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.ReceiveCodec.Codec': string;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.ReceiveCodec.Overruns': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.ReceiveCodec.SilenceSuppression': boolean;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.ReceiveCodec.Underruns': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.TransmitCodec.Codec': string;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.TransmitCodec.Overruns': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.TransmitCodec.PacketizationPeriod': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.TransmitCodec.SilenceSuppression': boolean;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.TransmitCodec.Underruns': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.AverageFarEndInterarrivalJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.AverageReceiveInterarrivalJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.AverageRoundTripDelay': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.BufferDelay': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.BurstCount': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.BytesReceived': bigint;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.BytesSent': bigint;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.DuplicatePacketsReceived': bigint;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.FarEndIPAddress': string;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.FarEndInterarrivalJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.FarEndPacketLossRate': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.FarEndUDPPort': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.LocalUDPPort': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.MaxJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.MeanJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.MinJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.PacketDelayVariation': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.PacketsDiscarded': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.PacketsLost': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.PacketsReceived': bigint;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.PacketsSent': bigint;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.RTCPCNAME': string;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.ReceiveInterarrivalJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.ReceivePacketLossRate': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.RoundTripDelay': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.SamplingFrequency': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.VoiceQuality.VoIPQualityIndicator': readonly number[];
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.VoiceQuality.WorstVoIPQualityIndicatorTimestamps': readonly number[];
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.VoiceQuality.WorstVoIPQualityIndicatorsValues': readonly number[];
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Duration': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.SIPSessionID': string;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.SessionID': string;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.ReceiveCodec.Codec': string;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.ReceiveCodec.Overruns': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.ReceiveCodec.SilenceSuppression': boolean;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.ReceiveCodec.Underruns': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.TransmitCodec.Codec': string;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.TransmitCodec.Overruns': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.TransmitCodec.PacketizationPeriod': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.TransmitCodec.SilenceSuppression': boolean;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.TransmitCodec.Underruns': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.AverageFarEndInterarrivalJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.AverageReceiveInterarrivalJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.AverageRoundTripDelay': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.BufferDelay': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.BurstCount': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.BytesReceived': bigint;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.BytesSent': bigint;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.DuplicatePacketsReceived': bigint;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.FarEndIPAddress': string;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.FarEndInterarrivalJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.FarEndPacketLossRate': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.FarEndUDPPort': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.LocalUDPPort': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.MaxJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.MeanJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.MinJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.PacketDelayVariation': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.PacketsDiscarded': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.PacketsLost': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.PacketsReceived': bigint;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.PacketsSent': bigint;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.RTCPCNAME': string;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.ReceiveInterarrivalJitter': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.ReceivePacketLossRate': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.RoundTripDelay': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.SamplingFrequency': number;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.VoiceQuality.VoIPQualityIndicator': readonly number[];
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.VoiceQuality.WorstVoIPQualityIndicatorTimestamps': readonly number[];
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.VoiceQuality.WorstVoIPQualityIndicatorsValues': readonly number[];
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Start': string;
  'VoiceService.{i}.CallLog.{i}.Session.{i}.StreamType': "Audio" | "Video" | "Fax" | "Modem";
  'VoiceService.{i}.CallLog.{i}.SessionNumberOfEntries': number;
  'VoiceService.{i}.CallLog.{i}.SignalingPerformance.{i}.CallSetupDelay': number;
  'VoiceService.{i}.CallLog.{i}.SignalingPerformance.{i}.IncomingMediaEstablishDelay': number;
  'VoiceService.{i}.CallLog.{i}.SignalingPerformance.{i}.OutgoingMediaEstablishDelay': number;
  'VoiceService.{i}.CallLog.{i}.SignalingPerformance.{i}.Protocol': "H.323" | "SIP";
  'VoiceService.{i}.CallLog.{i}.SignalingPerformanceNumberOfEntries': number;
  'VoiceService.{i}.CallLog.{i}.Source': string;
  'VoiceService.{i}.CallLog.{i}.Start': string;
  'VoiceService.{i}.CallLog.{i}.UsedExtensions': readonly string[];
  'VoiceService.{i}.CallLog.{i}.UsedLine': string;
  'VoiceService.{i}.CallLogNumberOfEntries': number;
  'VoiceService.{i}.Capabilities.Codec.{i}.Alias': string;
  'VoiceService.{i}.Capabilities.Codec.{i}.BitRate': number;
  'VoiceService.{i}.Capabilities.Codec.{i}.Codec': "AMR" | "Clearmode" | "EVRC1" | "EVRCB1" | "G.711MuLaw" | "G.711ALaw" | "G.726" | "G.729" | "G.729.1" | "G.729a" | "G.729e" | "G.728" | "G.723.1" | "G.722" | "G.722.1" | "G.722.2" | "Generic Comfort Noise" | "GSM-FR" | "GSM-HR" | "GSM-EFR" | "iLBC" | "Speex";
  'VoiceService.{i}.Capabilities.Codec.{i}.PacketizationPeriod': readonly string[];
  'VoiceService.{i}.Capabilities.Codec.{i}.SilenceSuppression': boolean;
  'VoiceService.{i}.Capabilities.CodecNumberOfEntries': number;
  'VoiceService.{i}.Capabilities.FacilityActions': readonly ("AA_REGISTER" | "AA_ERASE" | "AA_INTERROGATE" | "CA_ACTIVATE" | "CCBS_ACTIVATE" | "CCBS_DEACTIVATE" | "CCBS_INTERROGATE" | "CCNR_ACTIVATE" | "CCNR_DEACTIVATE" | "CCNR_INTERROGATE" | "CFB_REGISTER" | "CFB_ACTIVATE" | "CFB_DEACTIVATE" | "CFB_ERASE" | "CFB_INTERROGATE" | "CFNR_REGISTER" | "CFNR_ACTIVATE" | "CFNR_DEACTIVATE" | "CFNR_ERASE" | "CFNR_INTERROGATE" | "CFNR_TIMER" | "CFT_ACTIVATE" | "CFT_DEACTIVATE" | "CFT_INTERROGATE" | "CFU_REGISTER" | "CFU_ACTIVATE" | "CFU_DEACTIVATE" | "CFU_ERASE" | "CFU_INTERROGATE" | "CLIR_ACTIVATE" | "CLIR_DEACTIVATE" | "CLIR_INTERROGATE" | "CP_INVOKE" | "CW_ACTIVATE" | "CW_DEACTIVATE" | "CW_INVOKE" | "DND_ACTIVATE" | "DND_DEACTIVATE" | "DND_INTERROGATE" | "EXT_INVOKE" | "LINE_INVOKE" | "MAILBOX_INVOKE" | "OCB_ACTIVATE" | "OCB_DEACTIVATE" | "OCB_INTERROGATE" | "PSO_ACTIVATE" | "PW_SET" | "SCF_ACTIVATE" | "SCF_DEACTIVATE" | "SCF_INTERROGATE" | "SCREJ_ACTIVATE" | "SCREJ_DEACTIVATE" | "SCREJ_INTERROGATE" | "SR_ACTIVATE" | "SR_DEACTIVATE" | "SR_INTERROGATE")[];
  'VoiceService.{i}.Capabilities.H323.FastStart': boolean;
  'VoiceService.{i}.Capabilities.H323.H235AuthenticationMethods': readonly ("dhExch" | "pwdSymEnc" | "pwdHash" | "certSign" | "ipsec" | "tls")[];
  'VoiceService.{i}.Capabilities.ISDN.AoC': boolean;
  'VoiceService.{i}.Capabilities.ISDN.DDI': boolean;
  'VoiceService.{i}.Capabilities.ISDN.ECT': boolean;
  'VoiceService.{i}.Capabilities.ISDN.MCID': boolean;
  'VoiceService.{i}.Capabilities.ISDN.MSN': boolean;
  'VoiceService.{i}.Capabilities.ISDN.MWI': boolean;
  'VoiceService.{i}.Capabilities.MGCP.Extensions': readonly string[];
  'VoiceService.{i}.Capabilities.MaxCallLogCount': number;
  'VoiceService.{i}.Capabilities.MaxExtensionCount': number;
  'VoiceService.{i}.Capabilities.MaxLineCount': number;
  'VoiceService.{i}.Capabilities.MaxSessionCount': number;
  'VoiceService.{i}.Capabilities.MaxSessionsPerExtension': number;
  'VoiceService.{i}.Capabilities.MaxSessionsPerLine': number;
  'VoiceService.{i}.Capabilities.NetworkConnectionModes': readonly string[];
  'VoiceService.{i}.Capabilities.POTS.ChargingPulse': boolean;
  'VoiceService.{i}.Capabilities.POTS.ClipGeneration': boolean;
  'VoiceService.{i}.Capabilities.POTS.DialType': "Tone" | "Pulse" | "Tone and Pulse";
  'VoiceService.{i}.Capabilities.QualityIndicator.MaxQIValues': number;
  'VoiceService.{i}.Capabilities.QualityIndicator.MaxWorstQIValues': number;
  'VoiceService.{i}.Capabilities.QualityIndicator.QIModelsSupported': string;
  'VoiceService.{i}.Capabilities.RingFileFormats': readonly ("MIDI" | "SMAF" | "RTTTL" | "MP3" | "WAV" | "AMR")[];
  'VoiceService.{i}.Capabilities.SIP.Client.EventTypes': readonly string[];
  'VoiceService.{i}.Capabilities.SIP.Client.Extensions': readonly string[];
  'VoiceService.{i}.Capabilities.SIP.Client.TLSAuthenticationKeySizes': readonly number[];
  'VoiceService.{i}.Capabilities.SIP.Client.TLSAuthenticationProtocols': readonly ("Null" | "MD5" | "SHA-1" | "SHA-2" | "AEAD")[];
  'VoiceService.{i}.Capabilities.SIP.Client.TLSEncryptionKeySizes': readonly number[];
  'VoiceService.{i}.Capabilities.SIP.Client.TLSEncryptionProtocols': readonly ("Null" | "RC4" | "RC2" | "DES" | "3DES" | "AES" | "Camellia")[];
  'VoiceService.{i}.Capabilities.SIP.Client.TLSKeyExchangeProtocols': readonly ("RSA" | "DSS" | "DHE-RSA" | "DHE-DSS" | "ECDHE-RSA" | "ECDHE-ECDSA")[];
  'VoiceService.{i}.Capabilities.SIP.Client.URISchemes': readonly string[];
  'VoiceService.{i}.Capabilities.SIP.Registrar.EventTypes': readonly string[];
  'VoiceService.{i}.Capabilities.SIP.Registrar.Extensions': readonly string[];
  'VoiceService.{i}.Capabilities.SIP.Registrar.TLSAuthenticationKeySizes': readonly number[];
  'VoiceService.{i}.Capabilities.SIP.Registrar.TLSAuthenticationProtocols': readonly ("Null" | "MD5" | "SHA-1" | "SHA-2" | "AEAD")[];
  'VoiceService.{i}.Capabilities.SIP.Registrar.TLSEncryptionKeySizes': readonly number[];
  'VoiceService.{i}.Capabilities.SIP.Registrar.TLSEncryptionProtocols': readonly ("Null" | "RC4" | "RC2" | "DES" | "3DES" | "AES" | "Camellia")[];
  'VoiceService.{i}.Capabilities.SIP.Registrar.TLSKeyExchangeProtocols': readonly ("RSA" | "DSS" | "DHE-RSA" | "DHE-DSS" | "ECDHE-RSA" | "ECDHE-ECDSA")[];
  'VoiceService.{i}.Capabilities.SIP.Registrar.URISchemes': readonly string[];
  'VoiceService.{i}.Capabilities.ToneFileFormats': readonly ("G.711MuLaw" | "G.711ALaw" | "G.729" | "MP3" | "WAV" | "AMR")[];
  'VoiceService.{i}.Capabilities.UserConnectionModes': readonly string[];
  'VoiceService.{i}.ClockSynchronization.AutoRevert': boolean;
  'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.Alias': string;
  'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.Enable': boolean;
  'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.Interface': string;
  'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.Order': number;
  'VoiceService.{i}.ClockSynchronization.ClockSourceNumberOfEntries': number;
  'VoiceService.{i}.ClockSynchronization.CurrentSource': string;
  'VoiceService.{i}.ClockSynchronization.Description': string;
  'VoiceService.{i}.CodecProfile.{i}.Alias': string;
  'VoiceService.{i}.CodecProfile.{i}.Codec': string;
  'VoiceService.{i}.CodecProfile.{i}.Enable': boolean;
  'VoiceService.{i}.CodecProfile.{i}.PacketizationPeriod': readonly string[];
  'VoiceService.{i}.CodecProfile.{i}.SilenceSuppression': boolean;
  'VoiceService.{i}.CodecProfileNumberOfEntries': number;
  'VoiceService.{i}.DECT.Base.{i}.Alias': string;
  'VoiceService.{i}.DECT.Base.{i}.CipheringEnable': boolean;
  'VoiceService.{i}.DECT.Base.{i}.EepromVersion': string;
  'VoiceService.{i}.DECT.Base.{i}.Enable': boolean;
  'VoiceService.{i}.DECT.Base.{i}.EncryptionType': "DSC" | "DSC2" | "CCM";
  'VoiceService.{i}.DECT.Base.{i}.FirmwareVersion': string;
  'VoiceService.{i}.DECT.Base.{i}.HardwareVersion': string;
  'VoiceService.{i}.DECT.Base.{i}.MaxSupportedPP': number;
  'VoiceService.{i}.DECT.Base.{i}.NEMOEnable': boolean;
  'VoiceService.{i}.DECT.Base.{i}.Name': string;
  'VoiceService.{i}.DECT.Base.{i}.PIN': string;
  'VoiceService.{i}.DECT.Base.{i}.RFPI': string;
  'VoiceService.{i}.DECT.Base.{i}.RFPowerControl': "Normal" | "Reduced";
  'VoiceService.{i}.DECT.Base.{i}.RepeaterSupportEnabled': boolean;
  'VoiceService.{i}.DECT.Base.{i}.Standard': "GAP" | "CAT-iq 1.0" | "CAT-iq 2.0" | "CAT-iq 2.1" | "CAT-iq 3.0" | "CAT-iq 4.0";
  'VoiceService.{i}.DECT.Base.{i}.Stats.ControlFieldErrors': number;
  'VoiceService.{i}.DECT.Base.{i}.Stats.HandoverFailures': number;
  'VoiceService.{i}.DECT.Base.{i}.Stats.Handovers': number;
  'VoiceService.{i}.DECT.Base.{i}.Stats.PayloadFieldErrors': number;
  'VoiceService.{i}.DECT.Base.{i}.Stats.SyncFailures': number;
  'VoiceService.{i}.DECT.Base.{i}.Status': "Up" | "Error" | "Testing" | "Disabled";
  'VoiceService.{i}.DECT.Base.{i}.SubscriptionEnable': boolean;
  'VoiceService.{i}.DECT.Base.{i}.ToneEventProfile': string;
  'VoiceService.{i}.DECT.BaseNumberOfEntries': number;
  'VoiceService.{i}.DECT.Portable.{i}.Alias': string;
  'VoiceService.{i}.DECT.Portable.{i}.BaseAttachedTo': string;
  'VoiceService.{i}.DECT.Portable.{i}.CodecList': readonly string[];
  'VoiceService.{i}.DECT.Portable.{i}.Control': "Unregister" | "Disable";
  'VoiceService.{i}.DECT.Portable.{i}.Enable': boolean;
  'VoiceService.{i}.DECT.Portable.{i}.HardwareVersion': string;
  'VoiceService.{i}.DECT.Portable.{i}.IPEI': string;
  'VoiceService.{i}.DECT.Portable.{i}.IPUI': string;
  'VoiceService.{i}.DECT.Portable.{i}.IPUILength': number;
  'VoiceService.{i}.DECT.Portable.{i}.LastUpdateDateTime': string;
  'VoiceService.{i}.DECT.Portable.{i}.Name': string;
  'VoiceService.{i}.DECT.Portable.{i}.OperatorName': string;
  'VoiceService.{i}.DECT.Portable.{i}.PARK': string;
  'VoiceService.{i}.DECT.Portable.{i}.PortableType': readonly ("GAP" | "CAT-iq 1.0" | "CAT-iq 2.0" | "CAT-iq 2.1" | "CAT-iq 3.0" | "CAT-iq 4.0")[];
  'VoiceService.{i}.DECT.Portable.{i}.RegistrationStatus': "In reach" | "Not in reach";
  'VoiceService.{i}.DECT.Portable.{i}.SoftwareUpgrade': boolean;
  'VoiceService.{i}.DECT.Portable.{i}.SoftwareVersion': string;
  'VoiceService.{i}.DECT.Portable.{i}.Status': "Up" | "Error" | "Testing" | "Disabled";
  'VoiceService.{i}.DECT.Portable.{i}.SubscriptionTime': string;
  'VoiceService.{i}.DECT.PortableNumberOfEntries': number;
  'VoiceService.{i}.H323.Client.{i}.Alias': string;
  'VoiceService.{i}.H323.Client.{i}.AuthPassword': string;
  'VoiceService.{i}.H323.Client.{i}.Enable': boolean;
  'VoiceService.{i}.H323.Client.{i}.H235Authentication': boolean;
  'VoiceService.{i}.H323.Client.{i}.H323ID': string;
  'VoiceService.{i}.H323.Client.{i}.MaxSessions': number;
  'VoiceService.{i}.H323.Client.{i}.Network': string;
  'VoiceService.{i}.H323.Client.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.H323.Client.{i}.SendersID': string;
  'VoiceService.{i}.H323.Client.{i}.Status': "Up" | "Initializing" | "Registering" | "Deregistering" | "Error_Misconfigured" | "Error_Network" | "Error_Registration" | "Quiescent" | "Disabled";
  'VoiceService.{i}.H323.ClientNumberOfEntries': number;
  'VoiceService.{i}.H323.Network.{i}.Alias': string;
  'VoiceService.{i}.H323.Network.{i}.CodecList': readonly string[];
  'VoiceService.{i}.H323.Network.{i}.DSCPMark': number;
  'VoiceService.{i}.H323.Network.{i}.Enable': boolean;
  'VoiceService.{i}.H323.Network.{i}.EthernetPriorityMark': number;
  'VoiceService.{i}.H323.Network.{i}.Gatekeeper': string;
  'VoiceService.{i}.H323.Network.{i}.GatekeeperID': string;
  'VoiceService.{i}.H323.Network.{i}.GatekeeperPort': number;
  'VoiceService.{i}.H323.Network.{i}.MaxSessions': number;
  'VoiceService.{i}.H323.Network.{i}.NonVoiceBandwidthReservedDownstream': number;
  'VoiceService.{i}.H323.Network.{i}.NonVoiceBandwidthReservedUpstream': number;
  'VoiceService.{i}.H323.Network.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.H323.Network.{i}.STUNEnable': boolean;
  'VoiceService.{i}.H323.Network.{i}.STUNServer': string;
  'VoiceService.{i}.H323.Network.{i}.Status': "Up" | "Resolving" | "Error_DNS" | "Error_Other" | "Disabled";
  'VoiceService.{i}.H323.Network.{i}.TimeToLive': number;
  'VoiceService.{i}.H323.Network.{i}.VLANIDMark': number;
  'VoiceService.{i}.H323.Network.{i}.VoIPProfile': string;
  'VoiceService.{i}.H323.NetworkNumberOfEntries': number;
  'VoiceService.{i}.ISDN.BRI.{i}.Alias': string;
  'VoiceService.{i}.ISDN.BRI.{i}.ApplicationInterface': "VoIP" | "VoATM" | "Data";
  'VoiceService.{i}.ISDN.BRI.{i}.BidirectionalBChannels': readonly number[];
  'VoiceService.{i}.ISDN.BRI.{i}.Enable': boolean;
  'VoiceService.{i}.ISDN.BRI.{i}.InboundOnlyBChannels': readonly number[];
  'VoiceService.{i}.ISDN.BRI.{i}.LapdDisconnectionTimeout': boolean;
  'VoiceService.{i}.ISDN.BRI.{i}.LifeLineHold': boolean;
  'VoiceService.{i}.ISDN.BRI.{i}.MaxNumBChannels': number;
  'VoiceService.{i}.ISDN.BRI.{i}.Name': string;
  'VoiceService.{i}.ISDN.BRI.{i}.OutboundOnlyBChannels': readonly number[];
  'VoiceService.{i}.ISDN.BRI.{i}.PermanentLayer1': boolean;
  'VoiceService.{i}.ISDN.BRI.{i}.PermanentLayer2': boolean;
  'VoiceService.{i}.ISDN.BRI.{i}.PowerSourceOne': boolean;
  'VoiceService.{i}.ISDN.BRI.{i}.Protocol': "EuroISDN" | "NI-1" | "NI-2" | "5ESS" | "NTT" | "VN3" | "VN4" | "Q.SIG";
  'VoiceService.{i}.ISDN.BRI.{i}.ProtocolEmulation': "TE" | "NT";
  'VoiceService.{i}.ISDN.BRI.{i}.StaticTEI': number;
  'VoiceService.{i}.ISDN.BRI.{i}.Status': "Up" | "Error" | "Testing" | "Disabled";
  'VoiceService.{i}.ISDN.BRI.{i}.TEINegotiation': "Static" | "Dynamic";
  'VoiceService.{i}.ISDN.BRI.{i}.ToneEventProfile': string;
  'VoiceService.{i}.ISDN.BRINumberOfEntries': number;
  'VoiceService.{i}.ISDN.PRI.{i}.Alias': string;
  'VoiceService.{i}.ISDN.PRI.{i}.ApplicationInterface': "VoIP" | "VoATM" | "Data";
  'VoiceService.{i}.ISDN.PRI.{i}.BidirectionalBChannels': readonly number[];
  'VoiceService.{i}.ISDN.PRI.{i}.ClockMode': "Master" | "Slave";
  'VoiceService.{i}.ISDN.PRI.{i}.ESF': "None" | "DF" | "MF" | "EMF" | "SF" | "ESF" | "AutoDetect";
  'VoiceService.{i}.ISDN.PRI.{i}.Enable': boolean;
  'VoiceService.{i}.ISDN.PRI.{i}.InboundOnlyBChannels': readonly number[];
  'VoiceService.{i}.ISDN.PRI.{i}.Linecode': "ami" | "hdb3" | "b8zs";
  'VoiceService.{i}.ISDN.PRI.{i}.MaxNumBChannels': number;
  'VoiceService.{i}.ISDN.PRI.{i}.Name': string;
  'VoiceService.{i}.ISDN.PRI.{i}.OutboundOnlyBChannels': readonly number[];
  'VoiceService.{i}.ISDN.PRI.{i}.PermanentLayer2': boolean;
  'VoiceService.{i}.ISDN.PRI.{i}.PhysicalInterfaceType': "T1" | "E1";
  'VoiceService.{i}.ISDN.PRI.{i}.Protocol': "EuroISDN" | "NI-1" | "NI-2" | "4ESS" | "5ESS" | "NTT" | "Q.SIG";
  'VoiceService.{i}.ISDN.PRI.{i}.ProtocolEmulation': "TE" | "NT";
  'VoiceService.{i}.ISDN.PRI.{i}.Status': "Up" | "Error" | "Testing" | "Disabled";
  'VoiceService.{i}.ISDN.PRI.{i}.ToneEventProfile': string;
  'VoiceService.{i}.ISDN.PRINumberOfEntries': number;
  'VoiceService.{i}.Interwork.{i}.Alias': string;
  'VoiceService.{i}.Interwork.{i}.E164Client': string;
  'VoiceService.{i}.Interwork.{i}.E164Mode': boolean;
  'VoiceService.{i}.Interwork.{i}.Enable': boolean;
  'VoiceService.{i}.Interwork.{i}.FirewallRuleSetInterval': number;
  'VoiceService.{i}.Interwork.{i}.FirewallRuleSetTime': string;
  'VoiceService.{i}.Interwork.{i}.FirewallRuleSetURI': string;
  'VoiceService.{i}.Interwork.{i}.InterworkName': string;
  'VoiceService.{i}.Interwork.{i}.InterworkingRuleSetInterval': number;
  'VoiceService.{i}.Interwork.{i}.InterworkingRuleSetTime': string;
  'VoiceService.{i}.Interwork.{i}.InterworkingRuleSetURI': string;
  'VoiceService.{i}.Interwork.{i}.Map.{i}.Alias': string;
  'VoiceService.{i}.Interwork.{i}.Map.{i}.DigitMap': string;
  'VoiceService.{i}.Interwork.{i}.Map.{i}.DigitMapEnable': boolean;
  'VoiceService.{i}.Interwork.{i}.Map.{i}.Enable': boolean;
  'VoiceService.{i}.Interwork.{i}.Map.{i}.LastTime': string;
  'VoiceService.{i}.Interwork.{i}.Map.{i}.NetworkConnection': string;
  'VoiceService.{i}.Interwork.{i}.Map.{i}.Origin': "AutoConfigured" | "Static";
  'VoiceService.{i}.Interwork.{i}.Map.{i}.Priority': number;
  'VoiceService.{i}.Interwork.{i}.Map.{i}.Status': "Active" | "InActive";
  'VoiceService.{i}.Interwork.{i}.Map.{i}.StatusDescription': string;
  'VoiceService.{i}.Interwork.{i}.Map.{i}.UserConnection': string;
  'VoiceService.{i}.Interwork.{i}.MapNumberOfEntries': number;
  'VoiceService.{i}.Interwork.{i}.NetworkAuthenticationChallengeMode': "PassThru" | "RespondLocal" | "Hop-by-Hop";
  'VoiceService.{i}.Interwork.{i}.NetworkConnectionMode': "Static" | "RegisterDynamic" | "RegisterLearn" | "RegisterStatic";
  'VoiceService.{i}.Interwork.{i}.NetworkIPAddress': string;
  'VoiceService.{i}.Interwork.{i}.Networks': readonly string[];
  'VoiceService.{i}.Interwork.{i}.OperationalStatus': "InService" | "OutOfService" | "NetworkServersOffline";
  'VoiceService.{i}.Interwork.{i}.OperationalStatusReason': string;
  'VoiceService.{i}.Interwork.{i}.ProxyServer': string;
  'VoiceService.{i}.Interwork.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.Interwork.{i}.Status': "Up" | "Error" | "Quiescent" | "Disabled";
  'VoiceService.{i}.Interwork.{i}.UserConnectionMode': "Static" | "RegisterDynamic" | "RegisterLearn";
  'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.Alias': string;
  'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.Enable': boolean;
  'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.Network': string;
  'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.Registrar': string;
  'VoiceService.{i}.Interwork.{i}.UserInterfaceNumberOfEntries': number;
  'VoiceService.{i}.InterworkNumberOfEntries': number;
  'VoiceService.{i}.MGCP.Client.{i}.Alias': string;
  'VoiceService.{i}.MGCP.Client.{i}.Domain': string;
  'VoiceService.{i}.MGCP.Client.{i}.Enable': boolean;
  'VoiceService.{i}.MGCP.Client.{i}.LocalPort': number;
  'VoiceService.{i}.MGCP.Client.{i}.MaxSessions': number;
  'VoiceService.{i}.MGCP.Client.{i}.Network': string;
  'VoiceService.{i}.MGCP.Client.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.MGCP.Client.{i}.RegisterMode': "Wildcard" | "Individual";
  'VoiceService.{i}.MGCP.Client.{i}.Status': "Up" | "Initializing" | "Registering" | "Deregistering" | "Error_Misconfigured" | "Error_Network" | "Error_Registration" | "Quiescent" | "Disabled";
  'VoiceService.{i}.MGCP.Client.{i}.User': string;
  'VoiceService.{i}.MGCP.ClientNumberOfEntries': number;
  'VoiceService.{i}.MGCP.Network.{i}.Alias': string;
  'VoiceService.{i}.MGCP.Network.{i}.AllowPiggybackEvents': boolean;
  'VoiceService.{i}.MGCP.Network.{i}.CallAgent1': string;
  'VoiceService.{i}.MGCP.Network.{i}.CallAgent2': string;
  'VoiceService.{i}.MGCP.Network.{i}.CallAgentPort1': number;
  'VoiceService.{i}.MGCP.Network.{i}.CallAgentPort2': number;
  'VoiceService.{i}.MGCP.Network.{i}.CodecList': readonly string[];
  'VoiceService.{i}.MGCP.Network.{i}.DSCPMark': number;
  'VoiceService.{i}.MGCP.Network.{i}.Enable': boolean;
  'VoiceService.{i}.MGCP.Network.{i}.EthernetPriorityMark': number;
  'VoiceService.{i}.MGCP.Network.{i}.MaxRetranCount': number;
  'VoiceService.{i}.MGCP.Network.{i}.MaxSessions': number;
  'VoiceService.{i}.MGCP.Network.{i}.NonVoiceBandwidthReservedDownstream': number;
  'VoiceService.{i}.MGCP.Network.{i}.NonVoiceBandwidthReservedUpstream': number;
  'VoiceService.{i}.MGCP.Network.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.MGCP.Network.{i}.RetranIntervalTimer': number;
  'VoiceService.{i}.MGCP.Network.{i}.STUNEnable': boolean;
  'VoiceService.{i}.MGCP.Network.{i}.STUNServer': string;
  'VoiceService.{i}.MGCP.Network.{i}.SendRSIPImmediately': boolean;
  'VoiceService.{i}.MGCP.Network.{i}.Status': "Up" | "Resolving" | "Error_DNS" | "Error_Other" | "Disabled";
  'VoiceService.{i}.MGCP.Network.{i}.VLANIDMark': number;
  'VoiceService.{i}.MGCP.Network.{i}.VoIPProfile': string;
  'VoiceService.{i}.MGCP.NetworkNumberOfEntries': number;
  'VoiceService.{i}.POTS.FXO.{i}.Active': boolean;
  'VoiceService.{i}.POTS.FXO.{i}.Alias': string;
  'VoiceService.{i}.POTS.FXO.{i}.CallerIdDetectionEnable': boolean;
  'VoiceService.{i}.POTS.FXO.{i}.DTMFDialoutInterval': number;
  'VoiceService.{i}.POTS.FXO.{i}.DiagTests.DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
  'VoiceService.{i}.POTS.FXO.{i}.DiagTests.TestResult': "Success" | "Failure";
  'VoiceService.{i}.POTS.FXO.{i}.DiagTests.TestSelector': "Battery" | "DialTone";
  'VoiceService.{i}.POTS.FXO.{i}.Enable': boolean;
  'VoiceService.{i}.POTS.FXO.{i}.Name': string;
  'VoiceService.{i}.POTS.FXO.{i}.OnHookMinDuration': number;
  'VoiceService.{i}.POTS.FXO.{i}.RingNumber': number;
  'VoiceService.{i}.POTS.FXO.{i}.RingingTimeout': number;
  'VoiceService.{i}.POTS.FXO.{i}.SecondStepDialing': boolean;
  'VoiceService.{i}.POTS.FXO.{i}.SignalingMode': "LoopStart" | "GroundStart";
  'VoiceService.{i}.POTS.FXO.{i}.Status': "Up" | "Error" | "Testing" | "Disabled";
  'VoiceService.{i}.POTS.FXO.{i}.TimeoutBeforeDialing': number;
  'VoiceService.{i}.POTS.FXO.{i}.ToneEventProfile': string;
  'VoiceService.{i}.POTS.FXONumberOfEntries': number;
  'VoiceService.{i}.POTS.FXS.{i}.Active': boolean;
  'VoiceService.{i}.POTS.FXS.{i}.Alias': string;
  'VoiceService.{i}.POTS.FXS.{i}.ChargingPulse': boolean;
  'VoiceService.{i}.POTS.FXS.{i}.ClipGeneration': boolean;
  'VoiceService.{i}.POTS.FXS.{i}.DiagTests.DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
  'VoiceService.{i}.POTS.FXS.{i}.DiagTests.TestResult': "Success" | "Failure";
  'VoiceService.{i}.POTS.FXS.{i}.DiagTests.TestSelector': "Hazard Potential" | "Foreign Voltage" | "Resistive Faults" | "Off-hook" | "REN";
  'VoiceService.{i}.POTS.FXS.{i}.DialType': "Tone" | "Pulse";
  'VoiceService.{i}.POTS.FXS.{i}.Enable': boolean;
  'VoiceService.{i}.POTS.FXS.{i}.FaxPassThrough': "Disable" | "Auto" | "Force";
  'VoiceService.{i}.POTS.FXS.{i}.ModemPassThrough': "Disable" | "Auto" | "Force";
  'VoiceService.{i}.POTS.FXS.{i}.Name': string;
  'VoiceService.{i}.POTS.FXS.{i}.Status': "Up" | "Error" | "Testing" | "Disabled";
  'VoiceService.{i}.POTS.FXS.{i}.TerminalType': "Audio" | "Fax" | "Modem" | "Any";
  'VoiceService.{i}.POTS.FXS.{i}.ToneEventProfile': string;
  'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.EchoCancellationEnable': boolean;
  'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.EchoCancellationInUse': boolean;
  'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.EchoCancellationTail': number;
  'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.ReceiveGain': number;
  'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.TransmitGain': number;
  'VoiceService.{i}.POTS.FXSNumberOfEntries': number;
  'VoiceService.{i}.POTS.Region': string;
  'VoiceService.{i}.POTS.Ringer.Event.{i}.Alias': string;
  'VoiceService.{i}.POTS.Ringer.Event.{i}.Cadence': readonly number[];
  'VoiceService.{i}.POTS.Ringer.Event.{i}.Function': "Default" | "CCBSCallBack" | "CCNRCallBack" | "InternalCall" | "RingSplash" | "Group";
  'VoiceService.{i}.POTS.Ringer.EventNumberOfEntries': number;
  'VoiceService.{i}.ReservedPorts.LANPortRange': readonly string[];
  'VoiceService.{i}.ReservedPorts.WANPortRange': readonly string[];
  'VoiceService.{i}.SIP.Client.{i}.Alias': string;
  'VoiceService.{i}.SIP.Client.{i}.AuthPassword': string;
  'VoiceService.{i}.SIP.Client.{i}.AuthUserName': string;
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Alias': string;
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.ContactURI': string;
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Enable': boolean;
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.ExpireTime': string;
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.IPAddress': string;
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Origin': "AutoConfigured" | "Static";
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.PingInterval': number;
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Port': number;
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Status': "Up" | "Error" | "Disabled";
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.UserAgent': string;
  'VoiceService.{i}.SIP.Client.{i}.ContactNumberOfEntries': number;
  'VoiceService.{i}.SIP.Client.{i}.E164Format': boolean;
  'VoiceService.{i}.SIP.Client.{i}.Enable': boolean;
  'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.Alias': string;
  'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.AuthPassword': string;
  'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.AuthUserName': string;
  'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.Enable': boolean;
  'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.Event': string;
  'VoiceService.{i}.SIP.Client.{i}.MaxSessions': number;
  'VoiceService.{i}.SIP.Client.{i}.Network': string;
  'VoiceService.{i}.SIP.Client.{i}.Origin': "AutoConfigured" | "Static";
  'VoiceService.{i}.SIP.Client.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.SIP.Client.{i}.RegisterMode': "RFC3261" | "STATIC" | "RFC6140" | "TISPAN";
  'VoiceService.{i}.SIP.Client.{i}.RegisterURI': string;
  'VoiceService.{i}.SIP.Client.{i}.SIPEventSubscribeNumberOfEntries': number;
  'VoiceService.{i}.SIP.Client.{i}.Status': "Up" | "Initializing" | "Registering" | "Deregistering" | "Error_Misconfigured" | "Error_Network" | "Error_Registration" | "Quiescent" | "Disabled";
  'VoiceService.{i}.SIP.Client.{i}.T38Enable': boolean;
  'VoiceService.{i}.SIP.ClientNumberOfEntries': number;
  'VoiceService.{i}.SIP.Network.{i}.Alias': string;
  'VoiceService.{i}.SIP.Network.{i}.ChosenDomain': string;
  'VoiceService.{i}.SIP.Network.{i}.ChosenIPAddress': string;
  'VoiceService.{i}.SIP.Network.{i}.ChosenPort': number;
  'VoiceService.{i}.SIP.Network.{i}.CodecList': readonly string[];
  'VoiceService.{i}.SIP.Network.{i}.ConferenceCallDomainURI': string;
  'VoiceService.{i}.SIP.Network.{i}.DSCPMark': number;
  'VoiceService.{i}.SIP.Network.{i}.Enable': boolean;
  'VoiceService.{i}.SIP.Network.{i}.EthernetPriorityMark': number;
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.Alias': string;
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.Enable': boolean;
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.Event': string;
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.ExpireTime': number;
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.Notifier': string;
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.NotifierPort': number;
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.NotifierTransport': "UDP" | "TCP" | "TLS" | "SCTP";
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribeNumberOfEntries': number;
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Alias': string;
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Domain': string;
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Enable': boolean;
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.IPAddresses': readonly string[];
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Origin': "AutoConfigured" | "Static";
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Port': number;
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Priority': number;
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Weight': number;
  'VoiceService.{i}.SIP.Network.{i}.FQDNServerNumberOfEntries': number;
  'VoiceService.{i}.SIP.Network.{i}.InboundAuth': "None" | "Digest" | "SourceFilter";
  'VoiceService.{i}.SIP.Network.{i}.InboundAuthPassword': string;
  'VoiceService.{i}.SIP.Network.{i}.InboundAuthUsername': string;
  'VoiceService.{i}.SIP.Network.{i}.InviteExpires': number;
  'VoiceService.{i}.SIP.Network.{i}.MaxSessions': number;
  'VoiceService.{i}.SIP.Network.{i}.NoLoginRetry': boolean;
  'VoiceService.{i}.SIP.Network.{i}.NonVoiceBandwidthReservedDownstream': number;
  'VoiceService.{i}.SIP.Network.{i}.NonVoiceBandwidthReservedUpstream': number;
  'VoiceService.{i}.SIP.Network.{i}.Organization': string;
  'VoiceService.{i}.SIP.Network.{i}.OutboundProxy': string;
  'VoiceService.{i}.SIP.Network.{i}.OutboundProxyPort': number;
  'VoiceService.{i}.SIP.Network.{i}.OutboundProxyPrecedence': "Static" | "DHCP";
  'VoiceService.{i}.SIP.Network.{i}.OutboundProxyResolvedAddress': string;
  'VoiceService.{i}.SIP.Network.{i}.ProxyServer': string;
  'VoiceService.{i}.SIP.Network.{i}.ProxyServerPort': number;
  'VoiceService.{i}.SIP.Network.{i}.ProxyServerTransport': "UDP" | "TCP" | "TLS" | "SCTP";
  'VoiceService.{i}.SIP.Network.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.SIP.Network.{i}.ReInviteExpires': number;
  'VoiceService.{i}.SIP.Network.{i}.Realm': string;
  'VoiceService.{i}.SIP.Network.{i}.RegisterExpires': number;
  'VoiceService.{i}.SIP.Network.{i}.RegisterRetryInterval': number;
  'VoiceService.{i}.SIP.Network.{i}.RegistrarServer': string;
  'VoiceService.{i}.SIP.Network.{i}.RegistrarServerPort': number;
  'VoiceService.{i}.SIP.Network.{i}.RegistrarServerTransport': "UDP" | "TCP" | "TLS" | "SCTP";
  'VoiceService.{i}.SIP.Network.{i}.RegistrationPeriod': number;
  'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.Alias': string;
  'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.Enable': boolean;
  'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.SIPResponseNumber': number;
  'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.TextMessage': string;
  'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.Tone': string;
  'VoiceService.{i}.SIP.Network.{i}.ResponseMapNumberOfEntries': number;
  'VoiceService.{i}.SIP.Network.{i}.STUNEnable': boolean;
  'VoiceService.{i}.SIP.Network.{i}.STUNServer': string;
  'VoiceService.{i}.SIP.Network.{i}.ServerDomain': string;
  'VoiceService.{i}.SIP.Network.{i}.Status': "Up" | "Resolving" | "Error_DNS" | "Error_Other" | "Disabled";
  'VoiceService.{i}.SIP.Network.{i}.TimerA': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerB': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerC': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerD': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerE': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerF': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerG': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerH': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerI': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerJ': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerK': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerLoginRejected': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerRegistrationFailed': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerSubscriptionFailed': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerT1': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerT2': number;
  'VoiceService.{i}.SIP.Network.{i}.TimerT4': number;
  'VoiceService.{i}.SIP.Network.{i}.UnansweredRegistrationAttempts': number;
  'VoiceService.{i}.SIP.Network.{i}.UseCodecPriorityInSDPResponse': boolean;
  'VoiceService.{i}.SIP.Network.{i}.UserAgentDomain': string;
  'VoiceService.{i}.SIP.Network.{i}.UserAgentPort': number;
  'VoiceService.{i}.SIP.Network.{i}.UserAgentTransport': "UDP" | "TCP" | "TLS" | "SCTP";
  'VoiceService.{i}.SIP.Network.{i}.VLANIDMark': number;
  'VoiceService.{i}.SIP.Network.{i}.VoIPProfile': string;
  'VoiceService.{i}.SIP.NetworkNumberOfEntries': number;
  'VoiceService.{i}.SIP.Proxy.{i}.Alias': string;
  'VoiceService.{i}.SIP.Proxy.{i}.ContactURI': string;
  'VoiceService.{i}.SIP.Proxy.{i}.Enable': boolean;
  'VoiceService.{i}.SIP.Proxy.{i}.Origin': "AutoConfigured" | "Static";
  'VoiceService.{i}.SIP.Proxy.{i}.ProxyIPAddress': string;
  'VoiceService.{i}.SIP.Proxy.{i}.ProxyPort': number;
  'VoiceService.{i}.SIP.Proxy.{i}.Status': "Up" | "Error" | "Disabled";
  'VoiceService.{i}.SIP.Proxy.{i}.VoIPProfile': string;
  'VoiceService.{i}.SIP.ProxyNumberOfEntries': number;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Alias': string;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.AuthPassword': string;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.AuthUserName': string;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.CallStatus': "Idle" | "Dialing" | "Delivered" | "Connected" | "Alerting" | "Disconnected";
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.CodecList': readonly string[];
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Alias': string;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.ContactURI': string;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Enable': boolean;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.ExpireTime': string;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.IPAddress': string;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Origin': "AutoConfigured" | "Static";
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Port': number;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Status': "Up" | "Error" | "Disabled";
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.UserAgent': string;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.ContactNumberOfEntries': number;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Domain': string;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Enable': "Enable" | "Quiescent" | "Disable";
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Origin': "AutoConfigured" | "Static";
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.RegistrationStatus': "Registered" | "Unregistered";
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Status': "Up" | "Initializing" | "Registering" | "Deregistering" | "ErrorMisconfigured" | "ErrorNetwork" | "ErrorRegistration" | "Quiescent" | "Disabled";
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.URI': string;
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.VoIPProfile': string;
  'VoiceService.{i}.SIP.Registrar.{i}.AccountNumberOfEntries': number;
  'VoiceService.{i}.SIP.Registrar.{i}.Alias': string;
  'VoiceService.{i}.SIP.Registrar.{i}.ContactURI': string;
  'VoiceService.{i}.SIP.Registrar.{i}.Enable': boolean;
  'VoiceService.{i}.SIP.Registrar.{i}.Organization': string;
  'VoiceService.{i}.SIP.Registrar.{i}.Origin': "AutoConfigured" | "Static";
  'VoiceService.{i}.SIP.Registrar.{i}.PingInterval': number;
  'VoiceService.{i}.SIP.Registrar.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.SIP.Registrar.{i}.Realm': string;
  'VoiceService.{i}.SIP.Registrar.{i}.RegisterExpires': number;
  'VoiceService.{i}.SIP.Registrar.{i}.RegistrarIPAddress': string;
  'VoiceService.{i}.SIP.Registrar.{i}.RegistrarPort': number;
  'VoiceService.{i}.SIP.Registrar.{i}.Status': "Up" | "Error" | "Disabled";
  'VoiceService.{i}.SIP.Registrar.{i}.VoIPProfile': string;
  'VoiceService.{i}.SIP.RegistrarNumberOfEntries': number;
  'VoiceService.{i}.Terminal.{i}.Alias': string;
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.Alias': string;
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.Name': string;
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.EchoCancellationEnable': boolean;
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.EchoCancellationInUse': boolean;
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.EchoCancellationTail': number;
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.ReceiveGain': number;
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.TransmitGain': number;
  'VoiceService.{i}.Terminal.{i}.AudioNumberOfEntries': number;
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.Alias': string;
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.ButtonMessage': string;
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.ButtonName': string;
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.FacilityAction': string;
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.FacilityActionArgument': string;
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.QuickDialNumber': string;
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.UserAccess': boolean;
  'VoiceService.{i}.Terminal.{i}.ButtonMap.ButtonNumberOfEntries': number;
  'VoiceService.{i}.Terminal.{i}.DiagTests.DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
  'VoiceService.{i}.Terminal.{i}.DiagTests.PhoneRinging': boolean;
  'VoiceService.{i}.Terminal.{i}.DiagTests.TestSelector': "RingingTest";
  'VoiceService.{i}.Terminal.{i}.Enable': boolean;
  'VoiceService.{i}.Terminal.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.Alias': string;
  'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.RingEnable': boolean;
  'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.RingFile': string;
  'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.RingName': string;
  'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.RingPattern': string;
  'VoiceService.{i}.Terminal.{i}.Ringer.DescriptionNumberOfEntries': number;
  'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.Alias': string;
  'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.Duration': number;
  'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.Enable': boolean;
  'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.NextPattern': string;
  'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.RingerOn': boolean;
  'VoiceService.{i}.Terminal.{i}.Ringer.PatternNumberOfEntries': number;
  'VoiceService.{i}.Terminal.{i}.Status': "Up" | "Initializing" | "Registering" | "Unregistering" | "Error" | "Testing" | "Quiescent" | "Disabled";
  'VoiceService.{i}.Terminal.{i}.ToneEventProfile': string;
  'VoiceService.{i}.TerminalNumberOfEntries': number;
  'VoiceService.{i}.Tone.DefaultEventProfile': string;
  'VoiceService.{i}.Tone.DefautEventProfile': string;
  'VoiceService.{i}.Tone.Description.{i}.Alias': string;
  'VoiceService.{i}.Tone.Description.{i}.ToneEnable': boolean;
  'VoiceService.{i}.Tone.Description.{i}.ToneFile': string;
  'VoiceService.{i}.Tone.Description.{i}.ToneName': string;
  'VoiceService.{i}.Tone.Description.{i}.TonePattern': string;
  'VoiceService.{i}.Tone.Description.{i}.ToneRepetitions': number;
  'VoiceService.{i}.Tone.Description.{i}.ToneText': string;
  'VoiceService.{i}.Tone.DescriptionNumberOfEntries': number;
  'VoiceService.{i}.Tone.EventProfile.{i}.Alias': string;
  'VoiceService.{i}.Tone.EventProfile.{i}.Event.{i}.Alias': string;
  'VoiceService.{i}.Tone.EventProfile.{i}.Event.{i}.Function': "Busy" | "Confirmation" | "Dial" | "LineMessagesWaiting" | "OffHookWarning" | "RingBack" | "ReOrder" | "Stutterdial" | "CallWaiting1" | "CallWaiting2" | "CallWaiting3" | "CallWaiting4" | "AlertingSignal" | "SpecialDial" | "SpecialInfo" | "Release" | "Congestion" | "UserDefined1" | "UserDefined2" | "UserDefined3" | "UserDefined4";
  'VoiceService.{i}.Tone.EventProfile.{i}.Event.{i}.Tone': string;
  'VoiceService.{i}.Tone.EventProfile.{i}.EventNumberOfEntries': number;
  'VoiceService.{i}.Tone.EventProfileNumberOfEntries': number;
  'VoiceService.{i}.Tone.Pattern.{i}.Alias': string;
  'VoiceService.{i}.Tone.Pattern.{i}.Duration': number;
  'VoiceService.{i}.Tone.Pattern.{i}.Enable': boolean;
  'VoiceService.{i}.Tone.Pattern.{i}.Frequency1': number;
  'VoiceService.{i}.Tone.Pattern.{i}.Frequency2': number;
  'VoiceService.{i}.Tone.Pattern.{i}.Frequency3': number;
  'VoiceService.{i}.Tone.Pattern.{i}.Frequency4': number;
  'VoiceService.{i}.Tone.Pattern.{i}.ModulationFrequency': number;
  'VoiceService.{i}.Tone.Pattern.{i}.ModulationPower': number;
  'VoiceService.{i}.Tone.Pattern.{i}.NextPattern': string;
  'VoiceService.{i}.Tone.Pattern.{i}.Power1': number;
  'VoiceService.{i}.Tone.Pattern.{i}.Power2': number;
  'VoiceService.{i}.Tone.Pattern.{i}.Power3': number;
  'VoiceService.{i}.Tone.Pattern.{i}.Power4': number;
  'VoiceService.{i}.Tone.Pattern.{i}.ToneOn': boolean;
  'VoiceService.{i}.Tone.PatternNumberOfEntries': number;
  'VoiceService.{i}.Trunk.{i}.Alias': string;
  'VoiceService.{i}.Trunk.{i}.CodecPriority': "Local" | "Remote";
  'VoiceService.{i}.Trunk.{i}.DDIRange': readonly string[];
  'VoiceService.{i}.Trunk.{i}.Enable': boolean;
  'VoiceService.{i}.Trunk.{i}.LineObjectCreation': boolean;
  'VoiceService.{i}.Trunk.{i}.MaxChannels': number;
  'VoiceService.{i}.Trunk.{i}.MaxInboundChannelCount': number;
  'VoiceService.{i}.Trunk.{i}.MaxOutboundChannelCount': number;
  'VoiceService.{i}.Trunk.{i}.Name': string;
  'VoiceService.{i}.Trunk.{i}.Origin': "AutoConfigured" | "Static";
  'VoiceService.{i}.Trunk.{i}.Provider': string;
  'VoiceService.{i}.Trunk.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.Trunk.{i}.Status': "Up" | "Initializing" | "Registering" | "Unregistering" | "Error" | "Testing" | "Disabled";
  'VoiceService.{i}.TrunkNumberOfEntries': number;
  'VoiceService.{i}.VoIPProfile.{i}.Alias': string;
  'VoiceService.{i}.VoIPProfile.{i}.DTMFMethod': readonly ("InBand" | "RFC4733" | "SIPInfo")[];
  'VoiceService.{i}.VoIPProfile.{i}.DTMFMethodG711': "InBand" | "RFC4733" | "SIPInfo" | "";
  'VoiceService.{i}.VoIPProfile.{i}.Enable': boolean;
  'VoiceService.{i}.VoIPProfile.{i}.FaxT38.HighSpeedRedundancy': number;
  'VoiceService.{i}.VoIPProfile.{i}.FaxT38.LowSpeedRedundancy': number;
  'VoiceService.{i}.VoIPProfile.{i}.FaxT38.MaxBitRate': number;
  'VoiceService.{i}.VoIPProfile.{i}.FaxT38.TCFMethod': "Local" | "Network";
  'VoiceService.{i}.VoIPProfile.{i}.Name': string;
  'VoiceService.{i}.VoIPProfile.{i}.NumberOfWorstQIValues': number;
  'VoiceService.{i}.VoIPProfile.{i}.QICalculationInterval': number;
  'VoiceService.{i}.VoIPProfile.{i}.QIModelUsed': string;
  'VoiceService.{i}.VoIPProfile.{i}.QuiescentMode': boolean;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.DSCPMark': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.EthernetPriorityMark': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Gmin': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.JitterBufferActualSize': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.JitterBufferMaxSize': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.JitterBufferMinSize': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.JitterBufferType': "Static" | "Dynamic";
  'VoiceService.{i}.VoIPProfile.{i}.RTP.LocalPortMax': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.LocalPortMin': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.RTCP.Enable': boolean;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.RTCP.LocalCName': string;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.RTCP.TxRepeatInterval': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.BlockPayloadType': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.DTMFRedundancy': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.Enable': boolean;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.FaxAndModemRedundancy': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.MaxSessionsUsingRedundancy': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.ModemRedundancy': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.PayloadType': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.VoiceRedundancy': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.SRTP.Enable': boolean;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.SRTP.EncryptionKeySizes': readonly number[];
  'VoiceService.{i}.VoIPProfile.{i}.RTP.SRTP.KeyingMethods': readonly ("Null" | "Static" | "SDP" | "IKE")[];
  'VoiceService.{i}.VoIPProfile.{i}.RTP.TelephoneEventPayloadType': number;
  'VoiceService.{i}.VoIPProfile.{i}.RTP.VLANIDMark': number;
  'VoiceService.{i}.VoIPProfileNumberOfEntries': number;
  'VoiceServiceNumberOfEntries': number;
}

export type ParameterPath = keyof Values;

/** Parameters an ACS may write: readWrite and writeOnceReadOnly. */
export type WritablePath =
  | 'VoiceService.{i}.Alias'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Alias'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.AnonymousCallEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.AnonymousCallRejectionEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.BlockForwardEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CCBSEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.Alias'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.Day'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.Enable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.EndTime'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.ForwardedToNumber'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.StartTime'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnBusyEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnBusyNumber'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnBusyRingTimeout'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnNoAnswerEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnNoAnswerNumber'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnNoAnswerRingTimeout'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardUnconditionalEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardUnconditionalNumber'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallPickUpEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallTransferEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallWaitingEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallerIDEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallerIDNameEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.DoNotDisturbEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Alias'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Delay'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Enable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Number'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Order'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMeEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.IIFCEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.MWIEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.RepeatDialEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.Alias'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.CallingNumber'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.Enable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.ForwardedToNumber'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJ.{i}.Alias'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJ.{i}.CallingNumber'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJ.{i}.Enable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SecretForwarderEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.VMWIEnable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.Attach'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.EMailAddress'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.Enable'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.KeepLocal'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.MaxMessageLength'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.VoiceMailEnable'
  | 'VoiceService.{i}.CallControl.Extension.{i}.Alias'
  | 'VoiceService.{i}.CallControl.Extension.{i}.CallingFeatures'
  | 'VoiceService.{i}.CallControl.Extension.{i}.Enable'
  | 'VoiceService.{i}.CallControl.Extension.{i}.ExtensionNumber'
  | 'VoiceService.{i}.CallControl.Extension.{i}.Name'
  | 'VoiceService.{i}.CallControl.Extension.{i}.NumberingPlan'
  | 'VoiceService.{i}.CallControl.Extension.{i}.Provider'
  | 'VoiceService.{i}.CallControl.Extension.{i}.QuiescentMode'
  | 'VoiceService.{i}.CallControl.Extension.{i}.VoiceMail'
  | 'VoiceService.{i}.CallControl.Group.{i}.Alias'
  | 'VoiceService.{i}.CallControl.Group.{i}.Extensions'
  | 'VoiceService.{i}.CallControl.Group.{i}.RingTimeout'
  | 'VoiceService.{i}.CallControl.Group.{i}.RingType'
  | 'VoiceService.{i}.CallControl.IncomingMap.{i}.Alias'
  | 'VoiceService.{i}.CallControl.IncomingMap.{i}.Enable'
  | 'VoiceService.{i}.CallControl.IncomingMap.{i}.Extension'
  | 'VoiceService.{i}.CallControl.IncomingMap.{i}.Line'
  | 'VoiceService.{i}.CallControl.IncomingMap.{i}.Order'
  | 'VoiceService.{i}.CallControl.IncomingMap.{i}.Timeout'
  | 'VoiceService.{i}.CallControl.Line.{i}.Alias'
  | 'VoiceService.{i}.CallControl.Line.{i}.CallingFeatures'
  | 'VoiceService.{i}.CallControl.Line.{i}.DirectoryNumber'
  | 'VoiceService.{i}.CallControl.Line.{i}.Enable'
  | 'VoiceService.{i}.CallControl.Line.{i}.Provider'
  | 'VoiceService.{i}.CallControl.Line.{i}.QuiescentMode'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.Alias'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.Enable'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.MaxMessageTime'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.MaxMsg'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.MinSize'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPAuthenticationType'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPFrom'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPPassword'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPServerAddress'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPServerPort'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPUser'
  | 'VoiceService.{i}.CallControl.MaxNumberOfExtensions'
  | 'VoiceService.{i}.CallControl.MaxNumberOfLines'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.Alias'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.InterDigitTimerOpen'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.InterDigitTimerStd'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.InvalidNumberTone'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.MaximumNumberOfDigits'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.MinimumNumberOfDigits'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.Alias'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.DialTone'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.Enable'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.FacilityAction'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.FacilityActionArgument'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.NumberOfDigitsToRemove'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.PosOfDigitsToRemove'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.PrefixMaxNumberOfDigits'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.PrefixMinNumberOfDigits'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.PrefixRange'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.TerminationDigit'
  | 'VoiceService.{i}.CallControl.OutgoingMap.{i}.Alias'
  | 'VoiceService.{i}.CallControl.OutgoingMap.{i}.CLIPNoScreeningNumber'
  | 'VoiceService.{i}.CallControl.OutgoingMap.{i}.Enable'
  | 'VoiceService.{i}.CallControl.OutgoingMap.{i}.Extension'
  | 'VoiceService.{i}.CallControl.OutgoingMap.{i}.Line'
  | 'VoiceService.{i}.CallControl.OutgoingMap.{i}.Order'
  | 'VoiceService.{i}.CallLog.{i}.Alias'
  | 'VoiceService.{i}.Capabilities.Codec.{i}.Alias'
  | 'VoiceService.{i}.ClockSynchronization.AutoRevert'
  | 'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.Alias'
  | 'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.Enable'
  | 'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.Interface'
  | 'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.Order'
  | 'VoiceService.{i}.ClockSynchronization.CurrentSource'
  | 'VoiceService.{i}.CodecProfile.{i}.Alias'
  | 'VoiceService.{i}.CodecProfile.{i}.Enable'
  | 'VoiceService.{i}.CodecProfile.{i}.PacketizationPeriod'
  | 'VoiceService.{i}.CodecProfile.{i}.SilenceSuppression'
  | 'VoiceService.{i}.DECT.Base.{i}.Alias'
  | 'VoiceService.{i}.DECT.Base.{i}.CipheringEnable'
  | 'VoiceService.{i}.DECT.Base.{i}.Enable'
  | 'VoiceService.{i}.DECT.Base.{i}.MaxSupportedPP'
  | 'VoiceService.{i}.DECT.Base.{i}.NEMOEnable'
  | 'VoiceService.{i}.DECT.Base.{i}.PIN'
  | 'VoiceService.{i}.DECT.Base.{i}.RFPowerControl'
  | 'VoiceService.{i}.DECT.Base.{i}.SubscriptionEnable'
  | 'VoiceService.{i}.DECT.Base.{i}.ToneEventProfile'
  | 'VoiceService.{i}.DECT.Portable.{i}.Alias'
  | 'VoiceService.{i}.DECT.Portable.{i}.CodecList'
  | 'VoiceService.{i}.DECT.Portable.{i}.Control'
  | 'VoiceService.{i}.DECT.Portable.{i}.Enable'
  | 'VoiceService.{i}.DECT.Portable.{i}.Name'
  | 'VoiceService.{i}.DECT.Portable.{i}.OperatorName'
  | 'VoiceService.{i}.H323.Client.{i}.Alias'
  | 'VoiceService.{i}.H323.Client.{i}.AuthPassword'
  | 'VoiceService.{i}.H323.Client.{i}.Enable'
  | 'VoiceService.{i}.H323.Client.{i}.H235Authentication'
  | 'VoiceService.{i}.H323.Client.{i}.H323ID'
  | 'VoiceService.{i}.H323.Client.{i}.MaxSessions'
  | 'VoiceService.{i}.H323.Client.{i}.Network'
  | 'VoiceService.{i}.H323.Client.{i}.QuiescentMode'
  | 'VoiceService.{i}.H323.Client.{i}.SendersID'
  | 'VoiceService.{i}.H323.Network.{i}.Alias'
  | 'VoiceService.{i}.H323.Network.{i}.CodecList'
  | 'VoiceService.{i}.H323.Network.{i}.DSCPMark'
  | 'VoiceService.{i}.H323.Network.{i}.Enable'
  | 'VoiceService.{i}.H323.Network.{i}.EthernetPriorityMark'
  | 'VoiceService.{i}.H323.Network.{i}.Gatekeeper'
  | 'VoiceService.{i}.H323.Network.{i}.GatekeeperID'
  | 'VoiceService.{i}.H323.Network.{i}.GatekeeperPort'
  | 'VoiceService.{i}.H323.Network.{i}.MaxSessions'
  | 'VoiceService.{i}.H323.Network.{i}.NonVoiceBandwidthReservedDownstream'
  | 'VoiceService.{i}.H323.Network.{i}.NonVoiceBandwidthReservedUpstream'
  | 'VoiceService.{i}.H323.Network.{i}.QuiescentMode'
  | 'VoiceService.{i}.H323.Network.{i}.STUNEnable'
  | 'VoiceService.{i}.H323.Network.{i}.STUNServer'
  | 'VoiceService.{i}.H323.Network.{i}.TimeToLive'
  | 'VoiceService.{i}.H323.Network.{i}.VLANIDMark'
  | 'VoiceService.{i}.H323.Network.{i}.VoIPProfile'
  | 'VoiceService.{i}.ISDN.BRI.{i}.Alias'
  | 'VoiceService.{i}.ISDN.BRI.{i}.ApplicationInterface'
  | 'VoiceService.{i}.ISDN.BRI.{i}.BidirectionalBChannels'
  | 'VoiceService.{i}.ISDN.BRI.{i}.Enable'
  | 'VoiceService.{i}.ISDN.BRI.{i}.InboundOnlyBChannels'
  | 'VoiceService.{i}.ISDN.BRI.{i}.LapdDisconnectionTimeout'
  | 'VoiceService.{i}.ISDN.BRI.{i}.LifeLineHold'
  | 'VoiceService.{i}.ISDN.BRI.{i}.MaxNumBChannels'
  | 'VoiceService.{i}.ISDN.BRI.{i}.OutboundOnlyBChannels'
  | 'VoiceService.{i}.ISDN.BRI.{i}.PermanentLayer1'
  | 'VoiceService.{i}.ISDN.BRI.{i}.PermanentLayer2'
  | 'VoiceService.{i}.ISDN.BRI.{i}.PowerSourceOne'
  | 'VoiceService.{i}.ISDN.BRI.{i}.Protocol'
  | 'VoiceService.{i}.ISDN.BRI.{i}.ProtocolEmulation'
  | 'VoiceService.{i}.ISDN.BRI.{i}.StaticTEI'
  | 'VoiceService.{i}.ISDN.BRI.{i}.TEINegotiation'
  | 'VoiceService.{i}.ISDN.BRI.{i}.ToneEventProfile'
  | 'VoiceService.{i}.ISDN.PRI.{i}.Alias'
  | 'VoiceService.{i}.ISDN.PRI.{i}.ApplicationInterface'
  | 'VoiceService.{i}.ISDN.PRI.{i}.BidirectionalBChannels'
  | 'VoiceService.{i}.ISDN.PRI.{i}.ClockMode'
  | 'VoiceService.{i}.ISDN.PRI.{i}.ESF'
  | 'VoiceService.{i}.ISDN.PRI.{i}.Enable'
  | 'VoiceService.{i}.ISDN.PRI.{i}.InboundOnlyBChannels'
  | 'VoiceService.{i}.ISDN.PRI.{i}.Linecode'
  | 'VoiceService.{i}.ISDN.PRI.{i}.MaxNumBChannels'
  | 'VoiceService.{i}.ISDN.PRI.{i}.OutboundOnlyBChannels'
  | 'VoiceService.{i}.ISDN.PRI.{i}.PermanentLayer2'
  | 'VoiceService.{i}.ISDN.PRI.{i}.PhysicalInterfaceType'
  | 'VoiceService.{i}.ISDN.PRI.{i}.Protocol'
  | 'VoiceService.{i}.ISDN.PRI.{i}.ProtocolEmulation'
  | 'VoiceService.{i}.ISDN.PRI.{i}.ToneEventProfile'
  | 'VoiceService.{i}.Interwork.{i}.Alias'
  | 'VoiceService.{i}.Interwork.{i}.E164Client'
  | 'VoiceService.{i}.Interwork.{i}.E164Mode'
  | 'VoiceService.{i}.Interwork.{i}.Enable'
  | 'VoiceService.{i}.Interwork.{i}.FirewallRuleSetInterval'
  | 'VoiceService.{i}.Interwork.{i}.FirewallRuleSetTime'
  | 'VoiceService.{i}.Interwork.{i}.FirewallRuleSetURI'
  | 'VoiceService.{i}.Interwork.{i}.InterworkName'
  | 'VoiceService.{i}.Interwork.{i}.InterworkingRuleSetInterval'
  | 'VoiceService.{i}.Interwork.{i}.InterworkingRuleSetTime'
  | 'VoiceService.{i}.Interwork.{i}.InterworkingRuleSetURI'
  | 'VoiceService.{i}.Interwork.{i}.Map.{i}.Alias'
  | 'VoiceService.{i}.Interwork.{i}.Map.{i}.DigitMap'
  | 'VoiceService.{i}.Interwork.{i}.Map.{i}.DigitMapEnable'
  | 'VoiceService.{i}.Interwork.{i}.Map.{i}.Enable'
  | 'VoiceService.{i}.Interwork.{i}.Map.{i}.NetworkConnection'
  | 'VoiceService.{i}.Interwork.{i}.Map.{i}.Priority'
  | 'VoiceService.{i}.Interwork.{i}.Map.{i}.UserConnection'
  | 'VoiceService.{i}.Interwork.{i}.NetworkAuthenticationChallengeMode'
  | 'VoiceService.{i}.Interwork.{i}.NetworkConnectionMode'
  | 'VoiceService.{i}.Interwork.{i}.Networks'
  | 'VoiceService.{i}.Interwork.{i}.ProxyServer'
  | 'VoiceService.{i}.Interwork.{i}.QuiescentMode'
  | 'VoiceService.{i}.Interwork.{i}.UserConnectionMode'
  | 'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.Alias'
  | 'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.Enable'
  | 'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.Network'
  | 'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.Registrar'
  | 'VoiceService.{i}.MGCP.Client.{i}.Alias'
  | 'VoiceService.{i}.MGCP.Client.{i}.Domain'
  | 'VoiceService.{i}.MGCP.Client.{i}.Enable'
  | 'VoiceService.{i}.MGCP.Client.{i}.LocalPort'
  | 'VoiceService.{i}.MGCP.Client.{i}.MaxSessions'
  | 'VoiceService.{i}.MGCP.Client.{i}.Network'
  | 'VoiceService.{i}.MGCP.Client.{i}.QuiescentMode'
  | 'VoiceService.{i}.MGCP.Client.{i}.RegisterMode'
  | 'VoiceService.{i}.MGCP.Client.{i}.User'
  | 'VoiceService.{i}.MGCP.Network.{i}.Alias'
  | 'VoiceService.{i}.MGCP.Network.{i}.AllowPiggybackEvents'
  | 'VoiceService.{i}.MGCP.Network.{i}.CallAgent1'
  | 'VoiceService.{i}.MGCP.Network.{i}.CallAgent2'
  | 'VoiceService.{i}.MGCP.Network.{i}.CallAgentPort1'
  | 'VoiceService.{i}.MGCP.Network.{i}.CallAgentPort2'
  | 'VoiceService.{i}.MGCP.Network.{i}.CodecList'
  | 'VoiceService.{i}.MGCP.Network.{i}.DSCPMark'
  | 'VoiceService.{i}.MGCP.Network.{i}.Enable'
  | 'VoiceService.{i}.MGCP.Network.{i}.EthernetPriorityMark'
  | 'VoiceService.{i}.MGCP.Network.{i}.MaxRetranCount'
  | 'VoiceService.{i}.MGCP.Network.{i}.MaxSessions'
  | 'VoiceService.{i}.MGCP.Network.{i}.NonVoiceBandwidthReservedDownstream'
  | 'VoiceService.{i}.MGCP.Network.{i}.NonVoiceBandwidthReservedUpstream'
  | 'VoiceService.{i}.MGCP.Network.{i}.QuiescentMode'
  | 'VoiceService.{i}.MGCP.Network.{i}.RetranIntervalTimer'
  | 'VoiceService.{i}.MGCP.Network.{i}.STUNEnable'
  | 'VoiceService.{i}.MGCP.Network.{i}.STUNServer'
  | 'VoiceService.{i}.MGCP.Network.{i}.SendRSIPImmediately'
  | 'VoiceService.{i}.MGCP.Network.{i}.VLANIDMark'
  | 'VoiceService.{i}.MGCP.Network.{i}.VoIPProfile'
  | 'VoiceService.{i}.POTS.FXO.{i}.Alias'
  | 'VoiceService.{i}.POTS.FXO.{i}.CallerIdDetectionEnable'
  | 'VoiceService.{i}.POTS.FXO.{i}.DTMFDialoutInterval'
  | 'VoiceService.{i}.POTS.FXO.{i}.DiagTests.DiagnosticsState'
  | 'VoiceService.{i}.POTS.FXO.{i}.DiagTests.TestSelector'
  | 'VoiceService.{i}.POTS.FXO.{i}.Enable'
  | 'VoiceService.{i}.POTS.FXO.{i}.OnHookMinDuration'
  | 'VoiceService.{i}.POTS.FXO.{i}.RingNumber'
  | 'VoiceService.{i}.POTS.FXO.{i}.RingingTimeout'
  | 'VoiceService.{i}.POTS.FXO.{i}.SecondStepDialing'
  | 'VoiceService.{i}.POTS.FXO.{i}.SignalingMode'
  | 'VoiceService.{i}.POTS.FXO.{i}.TimeoutBeforeDialing'
  | 'VoiceService.{i}.POTS.FXO.{i}.ToneEventProfile'
  | 'VoiceService.{i}.POTS.FXS.{i}.Alias'
  | 'VoiceService.{i}.POTS.FXS.{i}.ChargingPulse'
  | 'VoiceService.{i}.POTS.FXS.{i}.ClipGeneration'
  | 'VoiceService.{i}.POTS.FXS.{i}.DiagTests.DiagnosticsState'
  | 'VoiceService.{i}.POTS.FXS.{i}.DiagTests.TestSelector'
  | 'VoiceService.{i}.POTS.FXS.{i}.DialType'
  | 'VoiceService.{i}.POTS.FXS.{i}.Enable'
  | 'VoiceService.{i}.POTS.FXS.{i}.FaxPassThrough'
  | 'VoiceService.{i}.POTS.FXS.{i}.ModemPassThrough'
  | 'VoiceService.{i}.POTS.FXS.{i}.TerminalType'
  | 'VoiceService.{i}.POTS.FXS.{i}.ToneEventProfile'
  | 'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.EchoCancellationEnable'
  | 'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.ReceiveGain'
  | 'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.TransmitGain'
  | 'VoiceService.{i}.POTS.Region'
  | 'VoiceService.{i}.POTS.Ringer.Event.{i}.Alias'
  | 'VoiceService.{i}.POTS.Ringer.Event.{i}.Cadence'
  | 'VoiceService.{i}.ReservedPorts.LANPortRange'
  | 'VoiceService.{i}.ReservedPorts.WANPortRange'
  | 'VoiceService.{i}.SIP.Client.{i}.Alias'
  | 'VoiceService.{i}.SIP.Client.{i}.AuthPassword'
  | 'VoiceService.{i}.SIP.Client.{i}.AuthUserName'
  | 'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Alias'
  | 'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.ContactURI'
  | 'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Enable'
  | 'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.IPAddress'
  | 'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.PingInterval'
  | 'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Port'
  | 'VoiceService.{i}.SIP.Client.{i}.E164Format'
  | 'VoiceService.{i}.SIP.Client.{i}.Enable'
  | 'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.Alias'
  | 'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.AuthPassword'
  | 'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.AuthUserName'
  | 'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.Enable'
  | 'VoiceService.{i}.SIP.Client.{i}.MaxSessions'
  | 'VoiceService.{i}.SIP.Client.{i}.Network'
  | 'VoiceService.{i}.SIP.Client.{i}.QuiescentMode'
  | 'VoiceService.{i}.SIP.Client.{i}.RegisterMode'
  | 'VoiceService.{i}.SIP.Client.{i}.RegisterURI'
  | 'VoiceService.{i}.SIP.Client.{i}.T38Enable'
  | 'VoiceService.{i}.SIP.Network.{i}.Alias'
  | 'VoiceService.{i}.SIP.Network.{i}.CodecList'
  | 'VoiceService.{i}.SIP.Network.{i}.ConferenceCallDomainURI'
  | 'VoiceService.{i}.SIP.Network.{i}.DSCPMark'
  | 'VoiceService.{i}.SIP.Network.{i}.Enable'
  | 'VoiceService.{i}.SIP.Network.{i}.EthernetPriorityMark'
  | 'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.Alias'
  | 'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.Enable'
  | 'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.Event'
  | 'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.ExpireTime'
  | 'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.Notifier'
  | 'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.NotifierPort'
  | 'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.NotifierTransport'
  | 'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Alias'
  | 'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Domain'
  | 'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Enable'
  | 'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.IPAddresses'
  | 'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Port'
  | 'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Priority'
  | 'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Weight'
  | 'VoiceService.{i}.SIP.Network.{i}.InboundAuth'
  | 'VoiceService.{i}.SIP.Network.{i}.InboundAuthPassword'
  | 'VoiceService.{i}.SIP.Network.{i}.InboundAuthUsername'
  | 'VoiceService.{i}.SIP.Network.{i}.InviteExpires'
  | 'VoiceService.{i}.SIP.Network.{i}.MaxSessions'
  | 'VoiceService.{i}.SIP.Network.{i}.NoLoginRetry'
  | 'VoiceService.{i}.SIP.Network.{i}.NonVoiceBandwidthReservedDownstream'
  | 'VoiceService.{i}.SIP.Network.{i}.NonVoiceBandwidthReservedUpstream'
  | 'VoiceService.{i}.SIP.Network.{i}.Organization'
  | 'VoiceService.{i}.SIP.Network.{i}.OutboundProxy'
  | 'VoiceService.{i}.SIP.Network.{i}.OutboundProxyPort'
  | 'VoiceService.{i}.SIP.Network.{i}.ProxyServer'
  | 'VoiceService.{i}.SIP.Network.{i}.ProxyServerPort'
  | 'VoiceService.{i}.SIP.Network.{i}.ProxyServerTransport'
  | 'VoiceService.{i}.SIP.Network.{i}.QuiescentMode'
  | 'VoiceService.{i}.SIP.Network.{i}.ReInviteExpires'
  | 'VoiceService.{i}.SIP.Network.{i}.Realm'
  | 'VoiceService.{i}.SIP.Network.{i}.RegisterExpires'
  | 'VoiceService.{i}.SIP.Network.{i}.RegisterRetryInterval'
  | 'VoiceService.{i}.SIP.Network.{i}.RegistrarServer'
  | 'VoiceService.{i}.SIP.Network.{i}.RegistrarServerPort'
  | 'VoiceService.{i}.SIP.Network.{i}.RegistrarServerTransport'
  | 'VoiceService.{i}.SIP.Network.{i}.RegistrationPeriod'
  | 'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.Alias'
  | 'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.Enable'
  | 'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.SIPResponseNumber'
  | 'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.TextMessage'
  | 'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.Tone'
  | 'VoiceService.{i}.SIP.Network.{i}.STUNEnable'
  | 'VoiceService.{i}.SIP.Network.{i}.STUNServer'
  | 'VoiceService.{i}.SIP.Network.{i}.ServerDomain'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerA'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerB'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerC'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerD'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerE'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerF'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerG'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerH'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerI'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerJ'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerK'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerLoginRejected'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerRegistrationFailed'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerSubscriptionFailed'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerT1'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerT2'
  | 'VoiceService.{i}.SIP.Network.{i}.TimerT4'
  | 'VoiceService.{i}.SIP.Network.{i}.UseCodecPriorityInSDPResponse'
  | 'VoiceService.{i}.SIP.Network.{i}.UserAgentDomain'
  | 'VoiceService.{i}.SIP.Network.{i}.UserAgentPort'
  | 'VoiceService.{i}.SIP.Network.{i}.UserAgentTransport'
  | 'VoiceService.{i}.SIP.Network.{i}.VLANIDMark'
  | 'VoiceService.{i}.SIP.Network.{i}.VoIPProfile'
  | 'VoiceService.{i}.SIP.Proxy.{i}.Alias'
  | 'VoiceService.{i}.SIP.Proxy.{i}.Enable'
  | 'VoiceService.{i}.SIP.Proxy.{i}.ProxyIPAddress'
  | 'VoiceService.{i}.SIP.Proxy.{i}.ProxyPort'
  | 'VoiceService.{i}.SIP.Proxy.{i}.VoIPProfile'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Alias'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.AuthPassword'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.AuthUserName'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.CodecList'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Alias'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.ContactURI'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Enable'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.IPAddress'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Port'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.UserAgent'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Domain'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Enable'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.QuiescentMode'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.URI'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.VoIPProfile'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Alias'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Enable'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Organization'
  | 'VoiceService.{i}.SIP.Registrar.{i}.PingInterval'
  | 'VoiceService.{i}.SIP.Registrar.{i}.QuiescentMode'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Realm'
  | 'VoiceService.{i}.SIP.Registrar.{i}.RegisterExpires'
  | 'VoiceService.{i}.SIP.Registrar.{i}.RegistrarIPAddress'
  | 'VoiceService.{i}.SIP.Registrar.{i}.RegistrarPort'
  | 'VoiceService.{i}.SIP.Registrar.{i}.VoIPProfile'
  | 'VoiceService.{i}.Terminal.{i}.Alias'
  | 'VoiceService.{i}.Terminal.{i}.Audio.{i}.Alias'
  | 'VoiceService.{i}.Terminal.{i}.Audio.{i}.Name'
  | 'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.EchoCancellationEnable'
  | 'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.ReceiveGain'
  | 'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.TransmitGain'
  | 'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.Alias'
  | 'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.ButtonMessage'
  | 'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.FacilityAction'
  | 'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.FacilityActionArgument'
  | 'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.QuickDialNumber'
  | 'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.UserAccess'
  | 'VoiceService.{i}.Terminal.{i}.DiagTests.DiagnosticsState'
  | 'VoiceService.{i}.Terminal.{i}.DiagTests.TestSelector'
  | 'VoiceService.{i}.Terminal.{i}.Enable'
  | 'VoiceService.{i}.Terminal.{i}.QuiescentMode'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.Alias'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.RingEnable'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.RingFile'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.RingName'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.RingPattern'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.Alias'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.Duration'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.Enable'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.NextPattern'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.RingerOn'
  | 'VoiceService.{i}.Terminal.{i}.ToneEventProfile'
  | 'VoiceService.{i}.Tone.DefaultEventProfile'
  | 'VoiceService.{i}.Tone.DefautEventProfile'
  | 'VoiceService.{i}.Tone.Description.{i}.Alias'
  | 'VoiceService.{i}.Tone.Description.{i}.ToneEnable'
  | 'VoiceService.{i}.Tone.Description.{i}.ToneFile'
  | 'VoiceService.{i}.Tone.Description.{i}.ToneName'
  | 'VoiceService.{i}.Tone.Description.{i}.TonePattern'
  | 'VoiceService.{i}.Tone.Description.{i}.ToneRepetitions'
  | 'VoiceService.{i}.Tone.Description.{i}.ToneText'
  | 'VoiceService.{i}.Tone.EventProfile.{i}.Alias'
  | 'VoiceService.{i}.Tone.EventProfile.{i}.Event.{i}.Alias'
  | 'VoiceService.{i}.Tone.EventProfile.{i}.Event.{i}.Function'
  | 'VoiceService.{i}.Tone.EventProfile.{i}.Event.{i}.Tone'
  | 'VoiceService.{i}.Tone.Pattern.{i}.Alias'
  | 'VoiceService.{i}.Tone.Pattern.{i}.Duration'
  | 'VoiceService.{i}.Tone.Pattern.{i}.Enable'
  | 'VoiceService.{i}.Tone.Pattern.{i}.Frequency1'
  | 'VoiceService.{i}.Tone.Pattern.{i}.Frequency2'
  | 'VoiceService.{i}.Tone.Pattern.{i}.Frequency3'
  | 'VoiceService.{i}.Tone.Pattern.{i}.Frequency4'
  | 'VoiceService.{i}.Tone.Pattern.{i}.ModulationFrequency'
  | 'VoiceService.{i}.Tone.Pattern.{i}.ModulationPower'
  | 'VoiceService.{i}.Tone.Pattern.{i}.NextPattern'
  | 'VoiceService.{i}.Tone.Pattern.{i}.Power1'
  | 'VoiceService.{i}.Tone.Pattern.{i}.Power2'
  | 'VoiceService.{i}.Tone.Pattern.{i}.Power3'
  | 'VoiceService.{i}.Tone.Pattern.{i}.Power4'
  | 'VoiceService.{i}.Tone.Pattern.{i}.ToneOn'
  | 'VoiceService.{i}.Trunk.{i}.Alias'
  | 'VoiceService.{i}.Trunk.{i}.CodecPriority'
  | 'VoiceService.{i}.Trunk.{i}.DDIRange'
  | 'VoiceService.{i}.Trunk.{i}.Enable'
  | 'VoiceService.{i}.Trunk.{i}.LineObjectCreation'
  | 'VoiceService.{i}.Trunk.{i}.MaxChannels'
  | 'VoiceService.{i}.Trunk.{i}.MaxInboundChannelCount'
  | 'VoiceService.{i}.Trunk.{i}.MaxOutboundChannelCount'
  | 'VoiceService.{i}.Trunk.{i}.Name'
  | 'VoiceService.{i}.Trunk.{i}.Provider'
  | 'VoiceService.{i}.Trunk.{i}.QuiescentMode'
  | 'VoiceService.{i}.VoIPProfile.{i}.Alias'
  | 'VoiceService.{i}.VoIPProfile.{i}.DTMFMethod'
  | 'VoiceService.{i}.VoIPProfile.{i}.DTMFMethodG711'
  | 'VoiceService.{i}.VoIPProfile.{i}.Enable'
  | 'VoiceService.{i}.VoIPProfile.{i}.FaxT38.HighSpeedRedundancy'
  | 'VoiceService.{i}.VoIPProfile.{i}.FaxT38.LowSpeedRedundancy'
  | 'VoiceService.{i}.VoIPProfile.{i}.FaxT38.MaxBitRate'
  | 'VoiceService.{i}.VoIPProfile.{i}.FaxT38.TCFMethod'
  | 'VoiceService.{i}.VoIPProfile.{i}.Name'
  | 'VoiceService.{i}.VoIPProfile.{i}.NumberOfWorstQIValues'
  | 'VoiceService.{i}.VoIPProfile.{i}.QICalculationInterval'
  | 'VoiceService.{i}.VoIPProfile.{i}.QIModelUsed'
  | 'VoiceService.{i}.VoIPProfile.{i}.QuiescentMode'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.DSCPMark'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.EthernetPriorityMark'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.Gmin'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.JitterBufferActualSize'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.JitterBufferMaxSize'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.JitterBufferMinSize'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.JitterBufferType'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.LocalPortMax'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.LocalPortMin'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.RTCP.Enable'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.RTCP.LocalCName'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.RTCP.TxRepeatInterval'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.DTMFRedundancy'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.Enable'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.FaxAndModemRedundancy'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.MaxSessionsUsingRedundancy'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.ModemRedundancy'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.PayloadType'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.VoiceRedundancy'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.SRTP.Enable'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.SRTP.EncryptionKeySizes'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.SRTP.KeyingMethods'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.TelephoneEventPayloadType'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.VLANIDMark';

/** Every object path, in BBF form ending with '.'. */
export type ObjectPath =
  | 'VoiceService.{i}.'
  | 'VoiceService.{i}.CallControl.'
  | 'VoiceService.{i}.CallControl.CallingFeatures.'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJ.{i}.'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.'
  | 'VoiceService.{i}.CallControl.Extension.{i}.'
  | 'VoiceService.{i}.CallControl.Extension.{i}.Stats.'
  | 'VoiceService.{i}.CallControl.Extension.{i}.Stats.DSP.'
  | 'VoiceService.{i}.CallControl.Extension.{i}.Stats.IncomingCalls.'
  | 'VoiceService.{i}.CallControl.Extension.{i}.Stats.OutgoingCalls.'
  | 'VoiceService.{i}.CallControl.Extension.{i}.Stats.RTP.'
  | 'VoiceService.{i}.CallControl.Group.{i}.'
  | 'VoiceService.{i}.CallControl.IncomingMap.{i}.'
  | 'VoiceService.{i}.CallControl.Line.{i}.'
  | 'VoiceService.{i}.CallControl.Line.{i}.Stats.'
  | 'VoiceService.{i}.CallControl.Line.{i}.Stats.DSP.'
  | 'VoiceService.{i}.CallControl.Line.{i}.Stats.IncomingCalls.'
  | 'VoiceService.{i}.CallControl.Line.{i}.Stats.OutgoingCalls.'
  | 'VoiceService.{i}.CallControl.Line.{i}.Stats.RTP.'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.'
  | 'VoiceService.{i}.CallControl.OutgoingMap.{i}.'
  | 'VoiceService.{i}.CallLog.{i}.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.ReceiveCodec.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.TransmitCodec.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.VoiceQuality.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.ReceiveCodec.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.TransmitCodec.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.VoiceQuality.'
  | 'VoiceService.{i}.CallLog.{i}.SignalingPerformance.{i}.'
  | 'VoiceService.{i}.Capabilities.'
  | 'VoiceService.{i}.Capabilities.Codec.{i}.'
  | 'VoiceService.{i}.Capabilities.H323.'
  | 'VoiceService.{i}.Capabilities.ISDN.'
  | 'VoiceService.{i}.Capabilities.MGCP.'
  | 'VoiceService.{i}.Capabilities.POTS.'
  | 'VoiceService.{i}.Capabilities.QualityIndicator.'
  | 'VoiceService.{i}.Capabilities.SIP.'
  | 'VoiceService.{i}.Capabilities.SIP.Client.'
  | 'VoiceService.{i}.Capabilities.SIP.Registrar.'
  | 'VoiceService.{i}.ClockSynchronization.'
  | 'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.'
  | 'VoiceService.{i}.CodecProfile.{i}.'
  | 'VoiceService.{i}.DECT.'
  | 'VoiceService.{i}.DECT.Base.{i}.'
  | 'VoiceService.{i}.DECT.Base.{i}.Stats.'
  | 'VoiceService.{i}.DECT.Portable.{i}.'
  | 'VoiceService.{i}.H323.'
  | 'VoiceService.{i}.H323.Client.{i}.'
  | 'VoiceService.{i}.H323.Network.{i}.'
  | 'VoiceService.{i}.ISDN.'
  | 'VoiceService.{i}.ISDN.BRI.{i}.'
  | 'VoiceService.{i}.ISDN.PRI.{i}.'
  | 'VoiceService.{i}.Interwork.{i}.'
  | 'VoiceService.{i}.Interwork.{i}.Map.{i}.'
  | 'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.'
  | 'VoiceService.{i}.MGCP.'
  | 'VoiceService.{i}.MGCP.Client.{i}.'
  | 'VoiceService.{i}.MGCP.Network.{i}.'
  | 'VoiceService.{i}.POTS.'
  | 'VoiceService.{i}.POTS.FXO.{i}.'
  | 'VoiceService.{i}.POTS.FXO.{i}.DiagTests.'
  | 'VoiceService.{i}.POTS.FXS.{i}.'
  | 'VoiceService.{i}.POTS.FXS.{i}.DiagTests.'
  | 'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.'
  | 'VoiceService.{i}.POTS.Ringer.'
  | 'VoiceService.{i}.POTS.Ringer.Event.{i}.'
  | 'VoiceService.{i}.ReservedPorts.'
  | 'VoiceService.{i}.SIP.'
  | 'VoiceService.{i}.SIP.Client.{i}.'
  | 'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.'
  | 'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.'
  | 'VoiceService.{i}.SIP.Network.{i}.'
  | 'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.'
  | 'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.'
  | 'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.'
  | 'VoiceService.{i}.SIP.Proxy.{i}.'
  | 'VoiceService.{i}.SIP.Registrar.{i}.'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.'
  | 'VoiceService.{i}.Terminal.{i}.'
  | 'VoiceService.{i}.Terminal.{i}.Audio.{i}.'
  | 'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.'
  | 'VoiceService.{i}.Terminal.{i}.ButtonMap.'
  | 'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.'
  | 'VoiceService.{i}.Terminal.{i}.DiagTests.'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.'
  | 'VoiceService.{i}.Tone.'
  | 'VoiceService.{i}.Tone.Description.{i}.'
  | 'VoiceService.{i}.Tone.EventProfile.{i}.'
  | 'VoiceService.{i}.Tone.EventProfile.{i}.Event.{i}.'
  | 'VoiceService.{i}.Tone.Pattern.{i}.'
  | 'VoiceService.{i}.Trunk.{i}.'
  | 'VoiceService.{i}.VoIPProfile.{i}.'
  | 'VoiceService.{i}.VoIPProfile.{i}.FaxT38.'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.RTCP.'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.'
  | 'VoiceService.{i}.VoIPProfile.{i}.RTP.SRTP.';

/** Multi-instance objects (tables), whose paths end with '{i}.'. */
export type TablePath =
  | 'VoiceService.{i}.'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.'
  | 'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJ.{i}.'
  | 'VoiceService.{i}.CallControl.Extension.{i}.'
  | 'VoiceService.{i}.CallControl.Group.{i}.'
  | 'VoiceService.{i}.CallControl.IncomingMap.{i}.'
  | 'VoiceService.{i}.CallControl.Line.{i}.'
  | 'VoiceService.{i}.CallControl.Mailbox.{i}.'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.'
  | 'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.'
  | 'VoiceService.{i}.CallControl.OutgoingMap.{i}.'
  | 'VoiceService.{i}.CallLog.{i}.'
  | 'VoiceService.{i}.CallLog.{i}.Session.{i}.'
  | 'VoiceService.{i}.CallLog.{i}.SignalingPerformance.{i}.'
  | 'VoiceService.{i}.Capabilities.Codec.{i}.'
  | 'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.'
  | 'VoiceService.{i}.CodecProfile.{i}.'
  | 'VoiceService.{i}.DECT.Base.{i}.'
  | 'VoiceService.{i}.DECT.Portable.{i}.'
  | 'VoiceService.{i}.H323.Client.{i}.'
  | 'VoiceService.{i}.H323.Network.{i}.'
  | 'VoiceService.{i}.ISDN.BRI.{i}.'
  | 'VoiceService.{i}.ISDN.PRI.{i}.'
  | 'VoiceService.{i}.Interwork.{i}.'
  | 'VoiceService.{i}.Interwork.{i}.Map.{i}.'
  | 'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.'
  | 'VoiceService.{i}.MGCP.Client.{i}.'
  | 'VoiceService.{i}.MGCP.Network.{i}.'
  | 'VoiceService.{i}.POTS.FXO.{i}.'
  | 'VoiceService.{i}.POTS.FXS.{i}.'
  | 'VoiceService.{i}.POTS.Ringer.Event.{i}.'
  | 'VoiceService.{i}.SIP.Client.{i}.'
  | 'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.'
  | 'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.'
  | 'VoiceService.{i}.SIP.Network.{i}.'
  | 'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.'
  | 'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.'
  | 'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.'
  | 'VoiceService.{i}.SIP.Proxy.{i}.'
  | 'VoiceService.{i}.SIP.Registrar.{i}.'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.'
  | 'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.'
  | 'VoiceService.{i}.Terminal.{i}.'
  | 'VoiceService.{i}.Terminal.{i}.Audio.{i}.'
  | 'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.'
  | 'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.'
  | 'VoiceService.{i}.Tone.Description.{i}.'
  | 'VoiceService.{i}.Tone.EventProfile.{i}.'
  | 'VoiceService.{i}.Tone.EventProfile.{i}.Event.{i}.'
  | 'VoiceService.{i}.Tone.Pattern.{i}.'
  | 'VoiceService.{i}.Trunk.{i}.'
  | 'VoiceService.{i}.VoIPProfile.{i}.';
