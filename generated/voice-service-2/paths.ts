// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model VoiceService:2.0 (service) from tr-104-2-0-2-cwmp.xml.
// Sources, each with its sha256: generated/sources.txt.

/**
 * The value type of every parameter of VoiceService:2.0, keyed by its BBF path.
 * Each entry's doc comment holds its facts: access, type, range or size, units, the version that added it, its status.
 */
export interface Values {
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Alias': string;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.AnonymousCallEnable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.AnonymousCallRejectionEnable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.BlockForwardEnable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CCBSEnable': boolean;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.Alias': string;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.Day': "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | "All";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.Enable': boolean;
  /** readWrite · string · size ..5 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.EndTime': string;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.ForwardedToNumber': string;
  /** readWrite · string · size ..5 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFT.{i}.StartTime': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CFTNumberOfEntries': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnBusyEnable': boolean;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnBusyNumber': string;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnBusyRingTimeout': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnNoAnswerEnable': boolean;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnNoAnswerNumber': string;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardOnNoAnswerRingTimeout': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardUnconditionalEnable': boolean;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallForwardUnconditionalNumber': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallPickUpEnable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallTransferEnable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallWaitingEnable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallerIDEnable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.CallerIDNameEnable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.DoNotDisturbEnable': boolean;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Alias': string;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Delay': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Enable': boolean;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Number': string;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMe.{i}.Order': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMeEnable': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.FollowMeNumberOfEntries': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.IIFCEnable': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.LineMessagesWaiting': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.MWIEnable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.RepeatDialEnable': boolean;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.Alias': string;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.CallingNumber': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.Enable': boolean;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCF.{i}.ForwardedToNumber': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCFNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJ.{i}.Alias': string;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJ.{i}.CallingNumber': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJ.{i}.Enable': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SCREJNumberOfEntries': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.SecretForwarderEnable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.VMWIEnable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.Attach': boolean;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.EMailAddress': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.Enable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.KeepLocal': boolean;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.Voice2Mail.MaxMessageLength': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.Set.{i}.VoiceMailEnable': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.CallingFeatures.SetNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Alias': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.CallStatus': "Idle" | "Dialing" | "Delivered" | "Connected" | "Alerting" | "Disconnected";
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.CallWaitingStatus': "Disabled" | "Idle" | "SecondaryRinging" | "SecondaryConnecting" | "SecondaryConnected";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.CallingFeatures': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.ConferenceCallingSessionCount': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.ConferenceCallingStatus': "Disabled" | "Idle" | "SecondaryCalling" | "SecondaryConnecting" | "SecondaryConnected" | "InConferenceCall";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Enable': boolean;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.ExtensionNumber': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Name': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.NumberingPlan': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Origin': "AutoConfigured" | "Static";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Provider': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.QuiescentMode': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.DSP.Overruns': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.DSP.Underruns': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.IncomingCalls.CallsConnected': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.IncomingCalls.CallsDropped': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.IncomingCalls.CallsFailed': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.IncomingCalls.CallsReceived': number;
  /** readOnly · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.IncomingCalls.TotalCallTime': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.OutgoingCalls.CallsAttempted': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.OutgoingCalls.CallsConnected': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.OutgoingCalls.CallsDropped': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.OutgoingCalls.CallsFailed': number;
  /** readOnly · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.OutgoingCalls.TotalCallTime': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.RTP.BytesReceived': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.RTP.BytesSent': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.RTP.PacketsLost': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.RTP.PacketsReceived': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Stats.RTP.PacketsSent': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.Status': "Up" | "Initializing" | "Error" | "Testing" | "Quiescent" | "Disabled";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.Extension.{i}.VoiceMail': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.ExtensionNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.Group.{i}.Alias': string;
  /** readWrite · string list · since 2.0 */
  'VoiceService.{i}.CallControl.Group.{i}.Extensions': readonly string[];
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallControl.Group.{i}.RingTimeout': number;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.CallControl.Group.{i}.RingType': "Simultaneous" | "Hierarchical" | "Cyclic";
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.GroupNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.IncomingMap.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.IncomingMap.{i}.Enable': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.IncomingMap.{i}.Extension': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.IncomingMap.{i}.Line': string;
  /** readWrite · unsignedInt · range 1.. · since 2.0 */
  'VoiceService.{i}.CallControl.IncomingMap.{i}.Order': number;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallControl.IncomingMap.{i}.Timeout': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.IncomingMapNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Alias': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.CallStatus': "Idle" | "Dialing" | "Delivered" | "Connected" | "Alerting" | "Disconnected";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.CallingFeatures': string;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.DirectoryNumber': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Enable': boolean;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Origin': "Static" | "DDIRange";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Provider': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.QuiescentMode': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.DSP.Overruns': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.DSP.Underruns': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.IncomingCalls.CallsConnected': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.IncomingCalls.CallsDropped': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.IncomingCalls.CallsFailed': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.IncomingCalls.CallsReceived': number;
  /** readOnly · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.IncomingCalls.TotalCallTime': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.OutgoingCalls.CallsAttempted': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.OutgoingCalls.CallsConnected': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.OutgoingCalls.CallsDropped': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.OutgoingCalls.CallsFailed': number;
  /** readOnly · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.OutgoingCalls.TotalCallTime': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.RTP.BytesReceived': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.RTP.BytesSent': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.RTP.PacketsLost': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.RTP.PacketsReceived': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Stats.RTP.PacketsSent': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.CallControl.Line.{i}.Status': "Up" | "Error" | "Testing" | "Quiescent" | "Disabled";
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.LineNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.Mailbox.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.Mailbox.{i}.Enable': boolean;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallControl.Mailbox.{i}.MaxMessageTime': number;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.Mailbox.{i}.MaxMsg': number;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallControl.Mailbox.{i}.MinSize': number;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPAuthenticationType': "None" | "SSL" | "TLS" | "Auto";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPFrom': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPPassword': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPServerAddress': string;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPServerPort': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.Mailbox.{i}.SMTPUser': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.MailboxNumberOfEntries': number;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.MaxNumberOfExtensions': number;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.MaxNumberOfLines': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.Alias': string;
  /** readWrite · unsignedInt · range 1..50000 · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.InterDigitTimerOpen': number;
  /** readWrite · unsignedInt · range 1..50000 · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.InterDigitTimerStd': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.InvalidNumberTone': string;
  /** readWrite · unsignedInt · range 1..32 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.MaximumNumberOfDigits': number;
  /** readWrite · unsignedInt · range 1..32 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.MinimumNumberOfDigits': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.Alias': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.DialTone': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.Enable': boolean;
  /** readWrite · string · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.FacilityAction': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.FacilityActionArgument': string;
  /** readWrite · unsignedInt · range 0..40 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.NumberOfDigitsToRemove': number;
  /** readWrite · unsignedInt · range 0..40 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.PosOfDigitsToRemove': number;
  /** readWrite · unsignedInt · range 1..40 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.PrefixMaxNumberOfDigits': number;
  /** readWrite · unsignedInt · range 1..40 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.PrefixMinNumberOfDigits': number;
  /** readWrite · string · size ..42 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfo.{i}.PrefixRange': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfoMaxEntries': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.PrefixInfoNumberOfEntries': number;
  /** readWrite · string · size ..1 · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlan.{i}.TerminationDigit': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.NumberingPlanNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallControl.OutgoingMap.{i}.Alias': string;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallControl.OutgoingMap.{i}.CLIPNoScreeningNumber': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CallControl.OutgoingMap.{i}.Enable': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.OutgoingMap.{i}.Extension': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallControl.OutgoingMap.{i}.Line': string;
  /** readWrite · unsignedInt · range 1.. · since 2.0 */
  'VoiceService.{i}.CallControl.OutgoingMap.{i}.Order': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallControl.OutgoingMapNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Alias': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.CallTerminationCause': "NoExtensionsMapped" | "NoExtensionsAvailable" | "AnonymousCallRejection" | "CallWaitingRejected" | "CallForwardingUnconditional" | "CallForwardingBusy" | "CallForwardingNoReply" | "LocalDisconnect" | "LocalForbidden" | "LocalTimeout" | "LocalMediaError." | "LocalPriority." | "LocalReject" | "LocalTransfer" | "LocalInternalError" | "RemoteDisconnect" | "RemoteBadRequest" | "RemoteForbidden" | "RemoteNotFound" | "RemoteReject" | "RemoteNotAllowed" | "RemoteNotAcceptable" | "RemoteTimeout" | "RemoteUnavailable" | "RemoteBusy" | "RemoteNotSupported" | "RemoteNetworkFailure";
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.CalledPartyNumber': string;
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.CallingPartyNumber': string;
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Destination': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Direction': "Incoming" | "Outgoing";
  /** readOnly · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Duration': number;
  /** readOnly · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.RemoteParty': string;
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.ReceiveCodec.Codec': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.ReceiveCodec.Overruns': number;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.ReceiveCodec.SilenceSuppression': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.ReceiveCodec.Underruns': number;
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.TransmitCodec.Codec': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.TransmitCodec.Overruns': number;
  /** readOnly · unsignedInt · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.TransmitCodec.PacketizationPeriod': number;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.TransmitCodec.SilenceSuppression': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.DSP.TransmitCodec.Underruns': number;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.AverageFarEndInterarrivalJitter': number;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.AverageReceiveInterarrivalJitter': number;
  /** readOnly · int · range -1.. · units microseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.AverageRoundTripDelay': number;
  /** readOnly · int · range -1.. · units microseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.BufferDelay': number;
  /** readOnly · unsignedInt <StatsCounter32> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.BurstCount': number;
  /** readOnly · unsignedLong <StatsCounter64> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.BytesReceived': bigint;
  /** readOnly · unsignedLong <StatsCounter64> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.BytesSent': bigint;
  /** readOnly · unsignedLong <StatsCounter64> · since 2.0.3 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.DuplicatePacketsReceived': bigint;
  /** readOnly · string <IPAddress> · size ..45 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.FarEndIPAddress': string;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.FarEndInterarrivalJitter': number;
  /** readOnly · unsignedInt · range 0..100 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.FarEndPacketLossRate': number;
  /** readOnly · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.FarEndUDPPort': number;
  /** readOnly · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.LocalUDPPort': number;
  /** readOnly · int · range -1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.MaxJitter': number;
  /** readOnly · int · range -1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.MeanJitter': number;
  /** readOnly · int · range -1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.MinJitter': number;
  /** readOnly · int · range -1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.PacketDelayVariation': number;
  /** readOnly · unsignedInt <StatsCounter32> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.PacketsDiscarded': number;
  /** readOnly · unsignedInt <StatsCounter32> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.PacketsLost': number;
  /** readOnly · unsignedLong <StatsCounter64> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.PacketsReceived': bigint;
  /** readOnly · unsignedLong <StatsCounter64> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.PacketsSent': bigint;
  /** readOnly · string · size ..16 · since 2.0.3 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.RTCPCNAME': string;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.ReceiveInterarrivalJitter': number;
  /** readOnly · unsignedInt · range 0..100 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.ReceivePacketLossRate': number;
  /** readOnly · int · range -1.. · units microseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.RoundTripDelay': number;
  /** readOnly · unsignedInt · units Hertz · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.RTP.SamplingFrequency': number;
  /** readOnly · unsignedInt list · range ..65535 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.VoiceQuality.VoIPQualityIndicator': readonly number[];
  /** readOnly · unsignedInt list · range ..65535 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.VoiceQuality.WorstVoIPQualityIndicatorTimestamps': readonly number[];
  /** readOnly · unsignedInt list · range ..65535 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Destination.VoiceQuality.WorstVoIPQualityIndicatorsValues': readonly number[];
  /** readOnly · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Duration': number;
  /** readOnly · string · size ..32 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.SIPSessionID': string;
  /** readOnly · string · size ..16 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.SessionID': string;
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.ReceiveCodec.Codec': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.ReceiveCodec.Overruns': number;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.ReceiveCodec.SilenceSuppression': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.ReceiveCodec.Underruns': number;
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.TransmitCodec.Codec': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.TransmitCodec.Overruns': number;
  /** readOnly · unsignedInt · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.TransmitCodec.PacketizationPeriod': number;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.TransmitCodec.SilenceSuppression': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.DSP.TransmitCodec.Underruns': number;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.AverageFarEndInterarrivalJitter': number;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.AverageReceiveInterarrivalJitter': number;
  /** readOnly · int · range -1.. · units microseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.AverageRoundTripDelay': number;
  /** readOnly · int · range -1.. · units microseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.BufferDelay': number;
  /** readOnly · unsignedInt <StatsCounter32> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.BurstCount': number;
  /** readOnly · unsignedLong <StatsCounter64> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.BytesReceived': bigint;
  /** readOnly · unsignedLong <StatsCounter64> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.BytesSent': bigint;
  /** readOnly · unsignedLong <StatsCounter64> · since 2.0.3 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.DuplicatePacketsReceived': bigint;
  /** readOnly · string <IPAddress> · size ..45 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.FarEndIPAddress': string;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.FarEndInterarrivalJitter': number;
  /** readOnly · unsignedInt · range 0..100 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.FarEndPacketLossRate': number;
  /** readOnly · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.FarEndUDPPort': number;
  /** readOnly · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.LocalUDPPort': number;
  /** readOnly · int · range -1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.MaxJitter': number;
  /** readOnly · int · range -1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.MeanJitter': number;
  /** readOnly · int · range -1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.MinJitter': number;
  /** readOnly · int · range -1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.PacketDelayVariation': number;
  /** readOnly · unsignedInt <StatsCounter32> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.PacketsDiscarded': number;
  /** readOnly · unsignedInt <StatsCounter32> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.PacketsLost': number;
  /** readOnly · unsignedLong <StatsCounter64> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.PacketsReceived': bigint;
  /** readOnly · unsignedLong <StatsCounter64> · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.PacketsSent': bigint;
  /** readOnly · string · size ..16 · since 2.0.3 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.RTCPCNAME': string;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.ReceiveInterarrivalJitter': number;
  /** readOnly · unsignedInt · range 0..100 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.ReceivePacketLossRate': number;
  /** readOnly · int · range -1.. · units microseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.RoundTripDelay': number;
  /** readOnly · unsignedInt · units Hertz · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.RTP.SamplingFrequency': number;
  /** readOnly · unsignedInt list · range ..65535 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.VoiceQuality.VoIPQualityIndicator': readonly number[];
  /** readOnly · unsignedInt list · range ..65535 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.VoiceQuality.WorstVoIPQualityIndicatorTimestamps': readonly number[];
  /** readOnly · unsignedInt list · range ..65535 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Source.VoiceQuality.WorstVoIPQualityIndicatorsValues': readonly number[];
  /** readOnly · dateTime · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.Start': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Session.{i}.StreamType': "Audio" | "Video" | "Fax" | "Modem";
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.SessionNumberOfEntries': number;
  /** readOnly · unsignedInt · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.SignalingPerformance.{i}.CallSetupDelay': number;
  /** readOnly · int · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.SignalingPerformance.{i}.IncomingMediaEstablishDelay': number;
  /** readOnly · int · units milliseconds · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.SignalingPerformance.{i}.OutgoingMediaEstablishDelay': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.SignalingPerformance.{i}.Protocol': "H.323" | "SIP";
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.SignalingPerformanceNumberOfEntries': number;
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Source': string;
  /** readOnly · dateTime · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.Start': string;
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.UsedExtensions': readonly string[];
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CallLog.{i}.UsedLine': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CallLogNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Capabilities.Codec.{i}.Alias': string;
  /** readOnly · unsignedInt · units bits per second · since 2.0 */
  'VoiceService.{i}.Capabilities.Codec.{i}.BitRate': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.Capabilities.Codec.{i}.Codec': "AMR" | "Clearmode" | "EVRC1" | "EVRCB1" | "G.711MuLaw" | "G.711ALaw" | "G.726" | "G.729" | "G.729.1" | "G.729a" | "G.729e" | "G.728" | "G.723.1" | "G.722" | "G.722.1" | "G.722.2" | "Generic Comfort Noise" | "GSM-FR" | "GSM-HR" | "GSM-EFR" | "iLBC" | "Speex";
  /** readOnly · string list · size ..64 · since 2.0 */
  'VoiceService.{i}.Capabilities.Codec.{i}.PacketizationPeriod': readonly string[];
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.Capabilities.Codec.{i}.SilenceSuppression': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.Capabilities.CodecNumberOfEntries': number;
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.FacilityActions': readonly ("AA_REGISTER" | "AA_ERASE" | "AA_INTERROGATE" | "CA_ACTIVATE" | "CCBS_ACTIVATE" | "CCBS_DEACTIVATE" | "CCBS_INTERROGATE" | "CCNR_ACTIVATE" | "CCNR_DEACTIVATE" | "CCNR_INTERROGATE" | "CFB_REGISTER" | "CFB_ACTIVATE" | "CFB_DEACTIVATE" | "CFB_ERASE" | "CFB_INTERROGATE" | "CFNR_REGISTER" | "CFNR_ACTIVATE" | "CFNR_DEACTIVATE" | "CFNR_ERASE" | "CFNR_INTERROGATE" | "CFNR_TIMER" | "CFT_ACTIVATE" | "CFT_DEACTIVATE" | "CFT_INTERROGATE" | "CFU_REGISTER" | "CFU_ACTIVATE" | "CFU_DEACTIVATE" | "CFU_ERASE" | "CFU_INTERROGATE" | "CLIR_ACTIVATE" | "CLIR_DEACTIVATE" | "CLIR_INTERROGATE" | "CP_INVOKE" | "CW_ACTIVATE" | "CW_DEACTIVATE" | "CW_INVOKE" | "DND_ACTIVATE" | "DND_DEACTIVATE" | "DND_INTERROGATE" | "EXT_INVOKE" | "LINE_INVOKE" | "MAILBOX_INVOKE" | "OCB_ACTIVATE" | "OCB_DEACTIVATE" | "OCB_INTERROGATE" | "PSO_ACTIVATE" | "PW_SET" | "SCF_ACTIVATE" | "SCF_DEACTIVATE" | "SCF_INTERROGATE" | "SCREJ_ACTIVATE" | "SCREJ_DEACTIVATE" | "SCREJ_INTERROGATE" | "SR_ACTIVATE" | "SR_DEACTIVATE" | "SR_INTERROGATE")[];
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.Capabilities.H323.FastStart': boolean;
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.H323.H235AuthenticationMethods': readonly ("dhExch" | "pwdSymEnc" | "pwdHash" | "certSign" | "ipsec" | "tls")[];
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.Capabilities.ISDN.AoC': boolean;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.Capabilities.ISDN.DDI': boolean;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.Capabilities.ISDN.ECT': boolean;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.Capabilities.ISDN.MCID': boolean;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.Capabilities.ISDN.MSN': boolean;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.Capabilities.ISDN.MWI': boolean;
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.MGCP.Extensions': readonly string[];
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.Capabilities.MaxCallLogCount': number;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.Capabilities.MaxExtensionCount': number;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.Capabilities.MaxLineCount': number;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.Capabilities.MaxSessionCount': number;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.Capabilities.MaxSessionsPerExtension': number;
  /** readOnly · int · range -1.. · since 2.0 */
  'VoiceService.{i}.Capabilities.MaxSessionsPerLine': number;
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.NetworkConnectionModes': readonly string[];
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.Capabilities.POTS.ChargingPulse': boolean;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.Capabilities.POTS.ClipGeneration': boolean;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.Capabilities.POTS.DialType': "Tone" | "Pulse" | "Tone and Pulse";
  /** readOnly · unsignedInt · range 0..127 · since 2.0 */
  'VoiceService.{i}.Capabilities.QualityIndicator.MaxQIValues': number;
  /** readOnly · unsignedInt · range 0..127 · since 2.0 */
  'VoiceService.{i}.Capabilities.QualityIndicator.MaxWorstQIValues': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.Capabilities.QualityIndicator.QIModelsSupported': string;
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.RingFileFormats': readonly ("MIDI" | "SMAF" | "RTTTL" | "MP3" | "WAV" | "AMR")[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Client.EventTypes': readonly string[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Client.Extensions': readonly string[];
  /** readOnly · unsignedInt list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Client.TLSAuthenticationKeySizes': readonly number[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Client.TLSAuthenticationProtocols': readonly ("Null" | "MD5" | "SHA-1" | "SHA-2" | "AEAD")[];
  /** readOnly · unsignedInt list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Client.TLSEncryptionKeySizes': readonly number[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Client.TLSEncryptionProtocols': readonly ("Null" | "RC4" | "RC2" | "DES" | "3DES" | "AES" | "Camellia")[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Client.TLSKeyExchangeProtocols': readonly ("RSA" | "DSS" | "DHE-RSA" | "DHE-DSS" | "ECDHE-RSA" | "ECDHE-ECDSA")[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Client.URISchemes': readonly string[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Registrar.EventTypes': readonly string[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Registrar.Extensions': readonly string[];
  /** readOnly · unsignedInt list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Registrar.TLSAuthenticationKeySizes': readonly number[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Registrar.TLSAuthenticationProtocols': readonly ("Null" | "MD5" | "SHA-1" | "SHA-2" | "AEAD")[];
  /** readOnly · unsignedInt list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Registrar.TLSEncryptionKeySizes': readonly number[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Registrar.TLSEncryptionProtocols': readonly ("Null" | "RC4" | "RC2" | "DES" | "3DES" | "AES" | "Camellia")[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Registrar.TLSKeyExchangeProtocols': readonly ("RSA" | "DSS" | "DHE-RSA" | "DHE-DSS" | "ECDHE-RSA" | "ECDHE-ECDSA")[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.SIP.Registrar.URISchemes': readonly string[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.ToneFileFormats': readonly ("G.711MuLaw" | "G.711ALaw" | "G.729" | "MP3" | "WAV" | "AMR")[];
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.Capabilities.UserConnectionModes': readonly string[];
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.ClockSynchronization.AutoRevert': boolean;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.Enable': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.Interface': string;
  /** readWrite · unsignedInt · range 1..100 · since 2.0 */
  'VoiceService.{i}.ClockSynchronization.ClockSource.{i}.Order': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.ClockSynchronization.ClockSourceNumberOfEntries': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.ClockSynchronization.CurrentSource': string;
  /** readOnly · string · size ..64 · since 2.0 */
  'VoiceService.{i}.ClockSynchronization.Description': string;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.CodecProfile.{i}.Alias': string;
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.CodecProfile.{i}.Codec': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CodecProfile.{i}.Enable': boolean;
  /** readWrite · string list · size ..64 · since 2.0 */
  'VoiceService.{i}.CodecProfile.{i}.PacketizationPeriod': readonly string[];
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.CodecProfile.{i}.SilenceSuppression': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.CodecProfileNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.CipheringEnable': boolean;
  /** readOnly · string · size ..20 · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.EepromVersion': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.Enable': boolean;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.EncryptionType': "DSC" | "DSC2" | "CCM";
  /** readOnly · string · size ..20 · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.FirmwareVersion': string;
  /** readOnly · string · size ..20 · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.HardwareVersion': string;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.MaxSupportedPP': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.NEMOEnable': boolean;
  /** readOnly · string · size ..64 · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.Name': string;
  /** readWrite · hexBinary · size ..4 · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.PIN': string;
  /** readOnly · hexBinary · size ..5 · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.RFPI': string;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.RFPowerControl': "Normal" | "Reduced";
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.RepeaterSupportEnabled': boolean;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.Standard': "GAP" | "CAT-iq 1.0" | "CAT-iq 2.0" | "CAT-iq 2.1" | "CAT-iq 3.0" | "CAT-iq 4.0";
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.Stats.ControlFieldErrors': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.Stats.HandoverFailures': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.Stats.Handovers': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.Stats.PayloadFieldErrors': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.Stats.SyncFailures': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.Status': "Up" | "Error" | "Testing" | "Disabled";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.SubscriptionEnable': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.DECT.Base.{i}.ToneEventProfile': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.DECT.BaseNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.Alias': string;
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.BaseAttachedTo': string;
  /** readWrite · string list · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.CodecList': readonly string[];
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.Control': "Unregister" | "Disable";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.Enable': boolean;
  /** readOnly · string · size ..20 · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.HardwareVersion': string;
  /** readOnly · hexBinary · size ..5 · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.IPEI': string;
  /** readOnly · hexBinary · size ..13 · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.IPUI': string;
  /** readOnly · unsignedInt · units bits · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.IPUILength': number;
  /** readOnly · dateTime · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.LastUpdateDateTime': string;
  /** readWrite · string · size ..32 · since 2.0.3 */
  'VoiceService.{i}.DECT.Portable.{i}.Name': string;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.OperatorName': string;
  /** readOnly · hexBinary · size ..5 · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.PARK': string;
  /** readOnly · string list · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.PortableType': readonly ("GAP" | "CAT-iq 1.0" | "CAT-iq 2.0" | "CAT-iq 2.1" | "CAT-iq 3.0" | "CAT-iq 4.0")[];
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.RegistrationStatus': "In reach" | "Not in reach";
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.SoftwareUpgrade': boolean;
  /** readOnly · string · size ..20 · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.SoftwareVersion': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.Status': "Up" | "Error" | "Testing" | "Disabled";
  /** readOnly · dateTime · since 2.0 */
  'VoiceService.{i}.DECT.Portable.{i}.SubscriptionTime': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.DECT.PortableNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.H323.Client.{i}.Alias': string;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.H323.Client.{i}.AuthPassword': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.H323.Client.{i}.Enable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.H323.Client.{i}.H235Authentication': boolean;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.H323.Client.{i}.H323ID': string;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.H323.Client.{i}.MaxSessions': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.H323.Client.{i}.Network': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.H323.Client.{i}.QuiescentMode': boolean;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.H323.Client.{i}.SendersID': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.H323.Client.{i}.Status': "Up" | "Initializing" | "Registering" | "Deregistering" | "Error_Misconfigured" | "Error_Network" | "Error_Registration" | "Quiescent" | "Disabled";
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.H323.ClientNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.Alias': string;
  /** readWrite · string list · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.CodecList': readonly string[];
  /** readWrite · unsignedInt · range 0..63 · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.DSCPMark': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.Enable': boolean;
  /** readWrite · int · range -1.. · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.EthernetPriorityMark': number;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.Gatekeeper': string;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.GatekeeperID': string;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.GatekeeperPort': number;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.MaxSessions': number;
  /** readWrite · unsignedInt · units bits per second · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.NonVoiceBandwidthReservedDownstream': number;
  /** readWrite · unsignedInt · units bits per second · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.NonVoiceBandwidthReservedUpstream': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.QuiescentMode': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.STUNEnable': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.STUNServer': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.Status': "Up" | "Resolving" | "Error_DNS" | "Error_Other" | "Disabled";
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.TimeToLive': number;
  /** readWrite · int · range -1.. · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.VLANIDMark': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.H323.Network.{i}.VoIPProfile': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.H323.NetworkNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.Alias': string;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.ApplicationInterface': "VoIP" | "VoATM" | "Data";
  /** readWrite · unsignedInt list · range 1..2 · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.BidirectionalBChannels': readonly number[];
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.Enable': boolean;
  /** readWrite · unsignedInt list · range 1..2 · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.InboundOnlyBChannels': readonly number[];
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.LapdDisconnectionTimeout': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.LifeLineHold': boolean;
  /** readWrite · unsignedInt · range ..2 · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.MaxNumBChannels': number;
  /** readOnly · string · size ..64 · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.Name': string;
  /** readWrite · unsignedInt list · range 1..2 · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.OutboundOnlyBChannels': readonly number[];
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.PermanentLayer1': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.PermanentLayer2': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.PowerSourceOne': boolean;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.Protocol': "EuroISDN" | "NI-1" | "NI-2" | "5ESS" | "NTT" | "VN3" | "VN4" | "Q.SIG";
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.ProtocolEmulation': "TE" | "NT";
  /** readWrite · unsignedInt · range ..63 · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.StaticTEI': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.Status': "Up" | "Error" | "Testing" | "Disabled";
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.TEINegotiation': "Static" | "Dynamic";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.ISDN.BRI.{i}.ToneEventProfile': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.ISDN.BRINumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.Alias': string;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.ApplicationInterface': "VoIP" | "VoATM" | "Data";
  /** readWrite · unsignedInt list · range 0..31 · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.BidirectionalBChannels': readonly number[];
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.ClockMode': "Master" | "Slave";
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.ESF': "None" | "DF" | "MF" | "EMF" | "SF" | "ESF" | "AutoDetect";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.Enable': boolean;
  /** readWrite · unsignedInt list · range 0..31 · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.InboundOnlyBChannels': readonly number[];
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.Linecode': "ami" | "hdb3" | "b8zs";
  /** readWrite · unsignedInt · range ..30 · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.MaxNumBChannels': number;
  /** readOnly · string · size ..64 · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.Name': string;
  /** readWrite · unsignedInt list · range 0..31 · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.OutboundOnlyBChannels': readonly number[];
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.PermanentLayer2': boolean;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.PhysicalInterfaceType': "T1" | "E1";
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.Protocol': "EuroISDN" | "NI-1" | "NI-2" | "4ESS" | "5ESS" | "NTT" | "Q.SIG";
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.ProtocolEmulation': "TE" | "NT";
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.Status': "Up" | "Error" | "Testing" | "Disabled";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.ISDN.PRI.{i}.ToneEventProfile': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.ISDN.PRINumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Alias': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.E164Client': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.E164Mode': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Enable': boolean;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.FirewallRuleSetInterval': number;
  /** readWrite · dateTime · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.FirewallRuleSetTime': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.FirewallRuleSetURI': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.InterworkName': string;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.InterworkingRuleSetInterval': number;
  /** readWrite · dateTime · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.InterworkingRuleSetTime': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.InterworkingRuleSetURI': string;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Map.{i}.Alias': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Map.{i}.DigitMap': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Map.{i}.DigitMapEnable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Map.{i}.Enable': boolean;
  /** readOnly · dateTime · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Map.{i}.LastTime': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Map.{i}.NetworkConnection': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Map.{i}.Origin': "AutoConfigured" | "Static";
  /** readWrite · unsignedInt · range 1.. · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Map.{i}.Priority': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Map.{i}.Status': "Active" | "InActive";
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Map.{i}.StatusDescription': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Map.{i}.UserConnection': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.MapNumberOfEntries': number;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.NetworkAuthenticationChallengeMode': "PassThru" | "RespondLocal" | "Hop-by-Hop";
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.NetworkConnectionMode': "Static" | "RegisterDynamic" | "RegisterLearn" | "RegisterStatic";
  /** readOnly · string <IPAddress> · size ..45 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.NetworkIPAddress': string;
  /** readWrite · string list · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Networks': readonly string[];
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.OperationalStatus': "InService" | "OutOfService" | "NetworkServersOffline";
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.OperationalStatusReason': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.ProxyServer': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.QuiescentMode': boolean;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.Status': "Up" | "Error" | "Quiescent" | "Disabled";
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.UserConnectionMode': "Static" | "RegisterDynamic" | "RegisterLearn";
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.Enable': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.Network': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.UserInterface.{i}.Registrar': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.Interwork.{i}.UserInterfaceNumberOfEntries': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.InterworkNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.MGCP.Client.{i}.Alias': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.MGCP.Client.{i}.Domain': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.MGCP.Client.{i}.Enable': boolean;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.MGCP.Client.{i}.LocalPort': number;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.MGCP.Client.{i}.MaxSessions': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.MGCP.Client.{i}.Network': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.MGCP.Client.{i}.QuiescentMode': boolean;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.MGCP.Client.{i}.RegisterMode': "Wildcard" | "Individual";
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.MGCP.Client.{i}.Status': "Up" | "Initializing" | "Registering" | "Deregistering" | "Error_Misconfigured" | "Error_Network" | "Error_Registration" | "Quiescent" | "Disabled";
  /** readWrite · string · size ..64 · since 2.0 */
  'VoiceService.{i}.MGCP.Client.{i}.User': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.MGCP.ClientNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.AllowPiggybackEvents': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.CallAgent1': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.CallAgent2': string;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.CallAgentPort1': number;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.CallAgentPort2': number;
  /** readWrite · string list · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.CodecList': readonly string[];
  /** readWrite · unsignedInt · range 0..63 · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.DSCPMark': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.Enable': boolean;
  /** readWrite · int · range -1.. · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.EthernetPriorityMark': number;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.MaxRetranCount': number;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.MaxSessions': number;
  /** readWrite · unsignedInt · units bits per second · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.NonVoiceBandwidthReservedDownstream': number;
  /** readWrite · unsignedInt · units bits per second · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.NonVoiceBandwidthReservedUpstream': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.QuiescentMode': boolean;
  /** readWrite · unsignedInt · range 0..65535 · units seconds · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.RetranIntervalTimer': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.STUNEnable': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.STUNServer': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.SendRSIPImmediately': boolean;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.Status': "Up" | "Resolving" | "Error_DNS" | "Error_Other" | "Disabled";
  /** readWrite · int · range -1.. · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.VLANIDMark': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.MGCP.Network.{i}.VoIPProfile': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.MGCP.NetworkNumberOfEntries': number;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.Active': boolean;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.CallerIdDetectionEnable': boolean;
  /** readWrite · unsignedInt · range 20..10000 · units milliseconds · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.DTMFDialoutInterval': number;
  /** readWrite · string <DiagnosticsState> · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.DiagTests.DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.DiagTests.TestResult': "Success" | "Failure";
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.DiagTests.TestSelector': "Battery" | "DialTone";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.Enable': boolean;
  /** readOnly · string · size ..64 · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.Name': string;
  /** readWrite · unsignedInt · range 20..10000 · units milliseconds · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.OnHookMinDuration': number;
  /** readWrite · unsignedInt · range 1..40 · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.RingNumber': number;
  /** readWrite · unsignedInt · range 1..30 · units seconds · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.RingingTimeout': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.SecondStepDialing': boolean;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.SignalingMode': "LoopStart" | "GroundStart";
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.Status': "Up" | "Error" | "Testing" | "Disabled";
  /** readWrite · unsignedInt · range 1..60 · units seconds · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.TimeoutBeforeDialing': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.POTS.FXO.{i}.ToneEventProfile': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.POTS.FXONumberOfEntries': number;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.Active': boolean;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.ChargingPulse': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.ClipGeneration': boolean;
  /** readWrite · string <DiagnosticsState> · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.DiagTests.DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.DiagTests.TestResult': "Success" | "Failure";
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.DiagTests.TestSelector': "Hazard Potential" | "Foreign Voltage" | "Resistive Faults" | "Off-hook" | "REN";
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.DialType': "Tone" | "Pulse";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.Enable': boolean;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.FaxPassThrough': "Disable" | "Auto" | "Force";
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.ModemPassThrough': "Disable" | "Auto" | "Force";
  /** readOnly · string · size ..64 · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.Name': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.Status': "Up" | "Error" | "Testing" | "Disabled";
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.TerminalType': "Audio" | "Fax" | "Modem" | "Any";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.ToneEventProfile': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.EchoCancellationEnable': boolean;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.EchoCancellationInUse': boolean;
  /** readOnly · unsignedInt · units milliseconds · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.EchoCancellationTail': number;
  /** readWrite · int · units 0.1 dB · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.ReceiveGain': number;
  /** readWrite · int · units 0.1 dB · since 2.0 */
  'VoiceService.{i}.POTS.FXS.{i}.VoiceProcessing.TransmitGain': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.POTS.FXSNumberOfEntries': number;
  /** readWrite · string · size ..2 · since 2.0 */
  'VoiceService.{i}.POTS.Region': string;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.POTS.Ringer.Event.{i}.Alias': string;
  /** readWrite · unsignedInt list · units milliseconds · since 2.0 */
  'VoiceService.{i}.POTS.Ringer.Event.{i}.Cadence': readonly number[];
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.POTS.Ringer.Event.{i}.Function': "Default" | "CCBSCallBack" | "CCNRCallBack" | "InternalCall" | "RingSplash" | "Group";
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.POTS.Ringer.EventNumberOfEntries': number;
  /** readWrite · string list · since 2.0 */
  'VoiceService.{i}.ReservedPorts.LANPortRange': readonly string[];
  /** readWrite · string list · since 2.0 */
  'VoiceService.{i}.ReservedPorts.WANPortRange': readonly string[];
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Alias': string;
  /** readWrite · string · size ..128 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.AuthPassword': string;
  /** readWrite · string · size ..128 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.AuthUserName': string;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Alias': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.ContactURI': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Enable': boolean;
  /** readOnly · dateTime · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.ExpireTime': string;
  /** readWrite · string <IPAddress> · size ..45 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.IPAddress': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Origin': "AutoConfigured" | "Static";
  /** readWrite · unsignedInt · range 0..65535 · units seconds · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.PingInterval': number;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Port': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.Status': "Up" | "Error" | "Disabled";
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Contact.{i}.UserAgent': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.ContactNumberOfEntries': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.E164Format': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Enable': boolean;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.Alias': string;
  /** readWrite · string · size ..128 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.AuthPassword': string;
  /** readWrite · string · size ..128 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.AuthUserName': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.Enable': boolean;
  /** readOnly · string · size ..32 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.EventSubscribe.{i}.Event': string;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.MaxSessions': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Network': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Origin': "AutoConfigured" | "Static";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.QuiescentMode': boolean;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.RegisterMode': "RFC3261" | "STATIC" | "RFC6140" | "TISPAN";
  /** readWrite · string · size ..389 · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.RegisterURI': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.SIPEventSubscribeNumberOfEntries': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.Status': "Up" | "Initializing" | "Registering" | "Deregistering" | "Error_Misconfigured" | "Error_Network" | "Error_Registration" | "Quiescent" | "Disabled";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Client.{i}.T38Enable': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.ClientNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.Alias': string;
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ChosenDomain': string;
  /** readOnly · string <IPAddress> · size ..45 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ChosenIPAddress': string;
  /** readOnly · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ChosenPort': number;
  /** readWrite · string list · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.CodecList': readonly string[];
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ConferenceCallDomainURI': string;
  /** readWrite · unsignedInt · range 0..63 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.DSCPMark': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.Enable': boolean;
  /** readWrite · int · range -1.. · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.EthernetPriorityMark': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.Enable': boolean;
  /** readWrite · string · size ..32 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.Event': string;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.ExpireTime': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.Notifier': string;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.NotifierPort': number;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribe.{i}.NotifierTransport': "UDP" | "TCP" | "TLS" | "SCTP";
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.EventSubscribeNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Alias': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Domain': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Enable': boolean;
  /** readWrite · string list <IPAddress> · size ..45 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.IPAddresses': readonly string[];
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Origin': "AutoConfigured" | "Static";
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Port': number;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Priority': number;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.FQDNServer.{i}.Weight': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.FQDNServerNumberOfEntries': number;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.InboundAuth': "None" | "Digest" | "SourceFilter";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.InboundAuthPassword': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.InboundAuthUsername': string;
  /** readWrite · unsignedInt · range 1.. · units seconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.InviteExpires': number;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.MaxSessions': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.NoLoginRetry': boolean;
  /** readWrite · unsignedInt · units bits per second · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.NonVoiceBandwidthReservedDownstream': number;
  /** readWrite · unsignedInt · units bits per second · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.NonVoiceBandwidthReservedUpstream': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.Organization': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.OutboundProxy': string;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.OutboundProxyPort': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.OutboundProxyPrecedence': "Static" | "DHCP";
  /** readOnly · string <IPAddress> · size ..45 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.OutboundProxyResolvedAddress': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ProxyServer': string;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ProxyServerPort': number;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ProxyServerTransport': "UDP" | "TCP" | "TLS" | "SCTP";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.QuiescentMode': boolean;
  /** readWrite · unsignedInt · range 1.. · units seconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ReInviteExpires': number;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.Realm': string;
  /** readWrite · unsignedInt · range 1.. · units seconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.RegisterExpires': number;
  /** readWrite · unsignedInt · range 1.. · units seconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.RegisterRetryInterval': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.RegistrarServer': string;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.RegistrarServerPort': number;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.RegistrarServerTransport': "UDP" | "TCP" | "TLS" | "SCTP";
  /** readWrite · unsignedInt · range 1.. · units seconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.RegistrationPeriod': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.Enable': boolean;
  /** readWrite · unsignedInt · range 101..999 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.SIPResponseNumber': number;
  /** readWrite · string · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.TextMessage': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ResponseMap.{i}.Tone': string;
  /** readOnly · unsignedInt · range 0..999 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ResponseMapNumberOfEntries': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.STUNEnable': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.STUNServer': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.ServerDomain': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.Status': "Up" | "Resolving" | "Error_DNS" | "Error_Other" | "Disabled";
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerA': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerB': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerC': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerD': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerE': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerF': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerG': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerH': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerI': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerJ': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerK': number;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerLoginRejected': number;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerRegistrationFailed': number;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerSubscriptionFailed': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerT1': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerT2': number;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.TimerT4': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.UnansweredRegistrationAttempts': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.UseCodecPriorityInSDPResponse': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.UserAgentDomain': string;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.UserAgentPort': number;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.UserAgentTransport': "UDP" | "TCP" | "TLS" | "SCTP";
  /** readWrite · int · range -1.. · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.VLANIDMark': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Network.{i}.VoIPProfile': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.NetworkNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Proxy.{i}.Alias': string;
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Proxy.{i}.ContactURI': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Proxy.{i}.Enable': boolean;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Proxy.{i}.Origin': "AutoConfigured" | "Static";
  /** readWrite · string <IPAddress> · size ..45 · since 2.0 */
  'VoiceService.{i}.SIP.Proxy.{i}.ProxyIPAddress': string;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Proxy.{i}.ProxyPort': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Proxy.{i}.Status': "Up" | "Error" | "Disabled";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Proxy.{i}.VoIPProfile': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.ProxyNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Alias': string;
  /** readWrite · string · size ..128 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.AuthPassword': string;
  /** readWrite · string · size ..128 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.AuthUserName': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.CallStatus': "Idle" | "Dialing" | "Delivered" | "Connected" | "Alerting" | "Disconnected";
  /** readWrite · string list · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.CodecList': readonly string[];
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Alias': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.ContactURI': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Enable': boolean;
  /** readOnly · dateTime · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.ExpireTime': string;
  /** readWrite · string <IPAddress> · size ..45 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.IPAddress': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Origin': "AutoConfigured" | "Static";
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Port': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.Status': "Up" | "Error" | "Disabled";
  /** readWrite · string · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Contact.{i}.UserAgent': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.ContactNumberOfEntries': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Domain': string;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Enable': "Enable" | "Quiescent" | "Disable";
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Origin': "AutoConfigured" | "Static";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.QuiescentMode': boolean;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.RegistrationStatus': "Registered" | "Unregistered";
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.Status': "Up" | "Initializing" | "Registering" | "Deregistering" | "ErrorMisconfigured" | "ErrorNetwork" | "ErrorRegistration" | "Quiescent" | "Disabled";
  /** readWrite · string · size ..389 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.URI': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Account.{i}.VoIPProfile': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.AccountNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Alias': string;
  /** readOnly · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.ContactURI': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Enable': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Organization': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Origin': "AutoConfigured" | "Static";
  /** readWrite · unsignedInt · range 0..65535 · units seconds · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.PingInterval': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.QuiescentMode': boolean;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Realm': string;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.RegisterExpires': number;
  /** readWrite · string <IPAddress> · size ..45 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.RegistrarIPAddress': string;
  /** readWrite · unsignedInt · range 0..65535 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.RegistrarPort': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.Status': "Up" | "Error" | "Disabled";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.SIP.Registrar.{i}.VoIPProfile': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.SIP.RegistrarNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Alias': string;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.Alias': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.Name': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.EchoCancellationEnable': boolean;
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.EchoCancellationInUse': boolean;
  /** readOnly · unsignedInt · units milliseconds · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.EchoCancellationTail': number;
  /** readWrite · int · units 0.1 dB · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.ReceiveGain': number;
  /** readWrite · int · units 0.1 dB · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Audio.{i}.VoiceProcessing.TransmitGain': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.AudioNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.Alias': string;
  /** readWrite · string · size ..64 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.ButtonMessage': string;
  /** readOnly · string · size ..16 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.ButtonName': string;
  /** readWrite · string · size ..64 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.FacilityAction': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.FacilityActionArgument': string;
  /** readWrite · string · size ..40 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.QuickDialNumber': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.ButtonMap.Button.{i}.UserAccess': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.ButtonMap.ButtonNumberOfEntries': number;
  /** readWrite · string <DiagnosticsState> · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.DiagTests.DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "Error_Internal" | "Error_Other";
  /** readOnly · boolean · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.DiagTests.PhoneRinging': boolean;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.DiagTests.TestSelector': "RingingTest";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Enable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.QuiescentMode': boolean;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.RingEnable': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.RingFile': string;
  /** readWrite · string · size ..64 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.RingName': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Ringer.Description.{i}.RingPattern': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Ringer.DescriptionNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.Alias': string;
  /** readWrite · unsignedInt · units milliseconds · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.Duration': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.Enable': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.NextPattern': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Ringer.Pattern.{i}.RingerOn': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Ringer.PatternNumberOfEntries': number;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.Status': "Up" | "Initializing" | "Registering" | "Unregistering" | "Error" | "Testing" | "Quiescent" | "Disabled";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Terminal.{i}.ToneEventProfile': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.TerminalNumberOfEntries': number;
  /** readWrite · string · size ..256 · since 2.0.3 */
  'VoiceService.{i}.Tone.DefaultEventProfile': string;
  /**
   * readWrite · string · size ..256 · since 2.0 · deprecated in 2.0.3
   * @deprecated deprecated in 2.0.3; replaced by VoiceService.{i}.Tone.DefaultEventProfile
   */
  'VoiceService.{i}.Tone.DefautEventProfile': string;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Tone.Description.{i}.Alias': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Tone.Description.{i}.ToneEnable': boolean;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Tone.Description.{i}.ToneFile': string;
  /** readWrite · string · size ..64 · since 2.0 */
  'VoiceService.{i}.Tone.Description.{i}.ToneName': string;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Tone.Description.{i}.TonePattern': string;
  /** readWrite · unsignedInt · range 0..255 · since 2.0 */
  'VoiceService.{i}.Tone.Description.{i}.ToneRepetitions': number;
  /** readWrite · string · size ..64 · since 2.0 */
  'VoiceService.{i}.Tone.Description.{i}.ToneText': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.Tone.DescriptionNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Tone.EventProfile.{i}.Alias': string;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Tone.EventProfile.{i}.Event.{i}.Alias': string;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.Tone.EventProfile.{i}.Event.{i}.Function': "Busy" | "Confirmation" | "Dial" | "LineMessagesWaiting" | "OffHookWarning" | "RingBack" | "ReOrder" | "Stutterdial" | "CallWaiting1" | "CallWaiting2" | "CallWaiting3" | "CallWaiting4" | "AlertingSignal" | "SpecialDial" | "SpecialInfo" | "Release" | "Congestion" | "UserDefined1" | "UserDefined2" | "UserDefined3" | "UserDefined4";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Tone.EventProfile.{i}.Event.{i}.Tone': string;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.Tone.EventProfile.{i}.EventNumberOfEntries': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.Tone.EventProfileNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.Alias': string;
  /** readWrite · unsignedInt · units milliseconds · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.Duration': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.Enable': boolean;
  /** readWrite · unsignedInt · range 0..4095 · units hertz · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.Frequency1': number;
  /** readWrite · unsignedInt · range 0..4095 · units hertz · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.Frequency2': number;
  /** readWrite · unsignedInt · range 0..4095 · units hertz · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.Frequency3': number;
  /** readWrite · unsignedInt · range 0..4095 · units herts · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.Frequency4': number;
  /** readWrite · unsignedInt · range 0..4095 · units hertz · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.ModulationFrequency': number;
  /** readWrite · int · units dBm0 · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.ModulationPower': number;
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.NextPattern': string;
  /** readWrite · int · units dBm0 · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.Power1': number;
  /** readWrite · int · units dBm0 · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.Power2': number;
  /** readWrite · int · units dBm0 · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.Power3': number;
  /** readWrite · int · units dBm0 · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.Power4': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Tone.Pattern.{i}.ToneOn': boolean;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.Tone.PatternNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.Alias': string;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.CodecPriority': "Local" | "Remote";
  /** readWrite · string list · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.DDIRange': readonly string[];
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.Enable': boolean;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.LineObjectCreation': boolean;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.MaxChannels': number;
  /** readWrite · int · range -1.. · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.MaxInboundChannelCount': number;
  /** readWrite · int · range -1.. · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.MaxOutboundChannelCount': number;
  /** readWrite · string · size ..16 · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.Name': string;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.Origin': "AutoConfigured" | "Static";
  /** readWrite · string · size ..256 · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.Provider': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.QuiescentMode': boolean;
  /** readOnly · string · since 2.0 */
  'VoiceService.{i}.Trunk.{i}.Status': "Up" | "Initializing" | "Registering" | "Unregistering" | "Error" | "Testing" | "Disabled";
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.TrunkNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.Alias': string;
  /** readWrite · string list · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.DTMFMethod': readonly ("InBand" | "RFC4733" | "SIPInfo")[];
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.DTMFMethodG711': "InBand" | "RFC4733" | "SIPInfo" | "";
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.Enable': boolean;
  /** readWrite · unsignedInt · range 0..3 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.FaxT38.HighSpeedRedundancy': number;
  /** readWrite · unsignedInt · range 0..5 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.FaxT38.LowSpeedRedundancy': number;
  /** readWrite · unsignedInt · range 0..65535 · units bits per second · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.FaxT38.MaxBitRate': number;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.FaxT38.TCFMethod': "Local" | "Network";
  /** readWrite · string · size ..64 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.Name': string;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.NumberOfWorstQIValues': number;
  /** readWrite · unsignedInt · units seconds · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.QICalculationInterval': number;
  /** readWrite · string · size ..128 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.QIModelUsed': string;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.QuiescentMode': boolean;
  /** readWrite · unsignedInt · range 0..63 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.DSCPMark': number;
  /** readWrite · int · range -1.. · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.EthernetPriorityMark': number;
  /** readWrite · unsignedInt · range 1..255 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Gmin': number;
  /** readWrite · unsignedInt · units milliseconds · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.JitterBufferActualSize': number;
  /** readWrite · unsignedInt · units milliseconds · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.JitterBufferMaxSize': number;
  /** readWrite · unsignedInt · units milliseconds · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.JitterBufferMinSize': number;
  /** readWrite · string · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.JitterBufferType': "Static" | "Dynamic";
  /** readWrite · unsignedInt · range 1..65535 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.LocalPortMax': number;
  /** readWrite · unsignedInt · range 1..65535 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.LocalPortMin': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.RTCP.Enable': boolean;
  /** readWrite · string · size ..64 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.RTCP.LocalCName': string;
  /** readWrite · unsignedInt · range 1.. · units milliseconds · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.RTCP.TxRepeatInterval': number;
  /** readOnly · unsignedInt · range 0..127 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.BlockPayloadType': number;
  /** readWrite · int · range -1..5 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.DTMFRedundancy': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.Enable': boolean;
  /** readWrite · int · range -1..5 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.FaxAndModemRedundancy': number;
  /** readWrite · unsignedInt · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.MaxSessionsUsingRedundancy': number;
  /** readWrite · int · range -1..5 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.ModemRedundancy': number;
  /** readWrite · unsignedInt · range 0..127 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.PayloadType': number;
  /** readWrite · int · range -1..5 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.Redundancy.VoiceRedundancy': number;
  /** readWrite · boolean · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.SRTP.Enable': boolean;
  /** readWrite · unsignedInt list · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.SRTP.EncryptionKeySizes': readonly number[];
  /** readWrite · string list · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.SRTP.KeyingMethods': readonly ("Null" | "Static" | "SDP" | "IKE")[];
  /** readWrite · unsignedInt · range 0..128 · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.TelephoneEventPayloadType': number;
  /** readWrite · int · range -1.. · since 2.0 */
  'VoiceService.{i}.VoIPProfile.{i}.RTP.VLANIDMark': number;
  /** readOnly · unsignedInt · since 2.0 */
  'VoiceService.{i}.VoIPProfileNumberOfEntries': number;
  /** readOnly · unsignedInt */
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
