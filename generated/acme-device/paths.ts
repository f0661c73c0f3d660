// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model X_00D09E_Device:2.19 from vendor/acme-stb-1-0-0.xml, overlay of generated/device-2/.
// Sources, each with its sha256: generated/sources.txt.

/**
 * The value type of every parameter of X_00D09E_Device:2.19 that this overlay adds or changes, keyed by its BBF path.
 * Each entry's doc comment holds its facts: access, type, range or size, units, the version that added it, its status.
 */
export interface Values {
  /** readOnly · string · since 2.12 */
  'Device.DeviceInfo.FirmwareImage.{i}.Status': "NoImage" | "Active" | "Downloading" | "Validating" | "Available" | "DownloadFailed" | "ValidationFailed" | "InstallationFailed" | "ActivationFailed" | "X_00D09E_Decrypting";
  /** readOnly · string · size ..64 · since 2.19 */
  'Device.DeviceInfo.X_00D09E_BootLoaderVersion': string;
  /** readOnly · unsignedLong <StatsCounter64> · since 2.19 */
  'Device.X_00D09E_SetTop.BytesStreamed': bigint;
  /** readWrite · string <_AliasCWMP> · size ..64 · since 2.19 */
  'Device.X_00D09E_SetTop.Channel.{i}.Alias': string;
  /** readWrite · boolean · since 2.19 */
  'Device.X_00D09E_SetTop.Channel.{i}.Enable': boolean;
  /** readOnly · dateTime · since 2.19 */
  'Device.X_00D09E_SetTop.Channel.{i}.LastViewed': string;
  /** readWrite · string · size ..64 · since 2.19 */
  'Device.X_00D09E_SetTop.Channel.{i}.Name': string;
  /** readWrite · unsignedInt <X_00D09E_ChannelNumber> · range 0..65535 & 1..9999 · since 2.19 */
  'Device.X_00D09E_SetTop.Channel.{i}.Number': number;
  /** readWrite · boolean · since 2.19 */
  'Device.X_00D09E_SetTop.Channel.{i}.ParentalLock.Enable': boolean;
  /** readWrite · unsignedInt · range 0..21 · units years · since 2.19 */
  'Device.X_00D09E_SetTop.Channel.{i}.ParentalLock.MinimumAge': number;
  /** readWrite · string <URL> · size ..2048 · since 2.19 */
  'Device.X_00D09E_SetTop.Channel.{i}.StreamURL': string;
  /** readWrite · string · since 2.19 */
  'Device.X_00D09E_SetTop.Channel.{i}.Type': "Broadcast" | "IPTV" | "OTT";
  /** readOnly · unsignedInt <StatsCounter32> · since 2.19 */
  'Device.X_00D09E_SetTop.Channel.{i}.ViewCount': number;
  /** readOnly · unsignedInt · since 2.19 */
  'Device.X_00D09E_SetTop.ChannelNumberOfEntries': number;
  /** readOnly · long · range -86400000..86400000 · units milliseconds · since 2.19 */
  'Device.X_00D09E_SetTop.ClockOffset': bigint;
  /** readWrite · string · size ..256 · since 2.19 */
  'Device.X_00D09E_SetTop.CurrentChannel': string;
  /** readWrite · boolean · since 2.19 */
  'Device.X_00D09E_SetTop.Enable': boolean;
  /** readWrite · string · size ..64 · since 2.19 */
  'Device.X_00D09E_SetTop.InstallerPassword': string;
  /** readOnly · dateTime · since 2.19 */
  'Device.X_00D09E_SetTop.LastChannelChange': string;
  /** readWrite · string · size 4..8 · since 2.19 */
  'Device.X_00D09E_SetTop.ParentalPIN': string;
  /** readWrite · unsignedInt · range 0..86400 · units seconds · since 2.19 */
  'Device.X_00D09E_SetTop.StandbyTimeout': number;
  /** readOnly · string list · since 2.19 */
  'Device.X_00D09E_SetTop.SupportedAudioCodecs': readonly ("AAC" | "AC3" | "EAC3" | "MP2" | "MP3" | "Opus")[];
  /** readOnly · unsignedLong · units seconds · since 2.19 */
  'Device.X_00D09E_SetTop.TotalViewingTime': bigint;
  /** readWrite · string · since 2.19 */
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
