// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model X_00D09E_STBService:1.4 (service) from vendor/acme-stb-1-0-0.xml, overlay of generated/stb-service-1/.
// Sources, each with its sha256: generated/sources.txt.

/**
 * The value type of every parameter of X_00D09E_STBService:1.4 that this overlay adds or changes, keyed by its BBF path.
 * Each entry's doc comment holds its facts: access, type, range or size, units, the version that added it, its status.
 */
export interface Values {
  /** readOnly · string · since 1.0 */
  'STBService.{i}.Components.FrontEnd.{i}.Status': "Disabled" | "Enabled" | "Error" | "X_00D09E_Standby";
  /** readOnly · unsignedInt <StatsCounter32> · since 1.4 */
  'STBService.{i}.Components.FrontEnd.{i}.X_00D09E_LockLossCount': number;
  /** readOnly · int · range -40..125 · units degrees Celsius · since 1.4 */
  'STBService.{i}.Components.FrontEnd.{i}.X_00D09E_TunerTemperature': number;
  /** readOnly · unsignedLong <StatsCounter64> · since 1.4 */
  'STBService.{i}.X_00D09E_Diagnostics.DecodedFrames': bigint;
  /** readWrite · string <DiagnosticsState> · since 1.4 */
  'STBService.{i}.X_00D09E_Diagnostics.DiagnosticsState': "None" | "Requested" | "Canceled" | "Complete" | "Error" | "X_00D09E_Error_NoSignal";
  /** readOnly · unsignedInt <StatsCounter32> · since 1.4 */
  'STBService.{i}.X_00D09E_Diagnostics.DroppedFrames': number;
  /** readWrite · unsignedInt · range 1..600 · units seconds · since 1.4 */
  'STBService.{i}.X_00D09E_Diagnostics.Duration': number;
  /** readWrite · unsignedInt <X_00D09E_ChannelNumber> · range 0..65535 & 1..9999 · since 1.4 */
  'STBService.{i}.X_00D09E_Diagnostics.TestChannel': number;
}

export type ParameterPath = keyof Values;

/** Parameters an ACS may write: readWrite and writeOnceReadOnly. */
export type WritablePath =
  | 'STBService.{i}.X_00D09E_Diagnostics.DiagnosticsState'
  | 'STBService.{i}.X_00D09E_Diagnostics.Duration'
  | 'STBService.{i}.X_00D09E_Diagnostics.TestChannel';

/** Every object path, in BBF form ending with '.'. */
export type ObjectPath =
  | 'STBService.{i}.X_00D09E_Diagnostics.';

/** Multi-instance objects (tables), whose paths end with '{i}.'. */
export type TablePath = never;
