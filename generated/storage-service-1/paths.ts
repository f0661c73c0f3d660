// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model StorageService:1.3 (service) from tr-140-1-3-1-cwmp.xml.
// Sources, each with its sha256: generated/sources.txt.

/**
 * The value type of every parameter of StorageService:1.3, keyed by its BBF path.
 * Each entry's doc comment holds its facts: access, type, range or size, units, the version that added it, its status.
 */
export interface Values {
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'StorageService.{i}.Alias': string;
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.Capabilities.FTPCapable': boolean;
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.Capabilities.HTTPCapable': boolean;
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.Capabilities.HTTPSCapable': boolean;
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.Capabilities.HTTPWritable': boolean;
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.Capabilities.SFTPCapable': boolean;
  /** readOnly · string list · since 1.0 */
  'StorageService.{i}.Capabilities.SupportedFileSystemTypes': readonly ("FAT16" | "FAT32" | "NTFS" | "ReFs" | "HFS" | "HFS+" | "HSFJ" | "ext2" | "ext3" | "ext4" | "XFS" | "REISER" | "Reiser4" | "btrfs" | "ZFS" | "EncFs" | "exFAT")[];
  /** readOnly · string list · since 1.0 */
  'StorageService.{i}.Capabilities.SupportedNetworkProtocols': readonly ("SMB" | "NFS" | "AFP")[];
  /** readOnly · string list · since 1.0 */
  'StorageService.{i}.Capabilities.SupportedRaidTypes': readonly ("RAID0" | "RAID1" | "RAID2" | "RAID3" | "RAID4" | "RAID5" | "RAID6" | "RAID10" | "RAID0+1" | "RAID30" | "RAID50" | "RAID60")[];
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.Capabilities.VolumeEncryptionCapable': boolean;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.Enable': boolean;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.FTPServer.AnonymousUser.Enable': boolean;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.FTPServer.AnonymousUser.ReadOnlyAccess': boolean;
  /** readWrite · string · size ..256 · since 1.0 */
  'StorageService.{i}.FTPServer.AnonymousUser.StartingFolder': string;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.FTPServer.Enable': boolean;
  /** readWrite · unsignedInt · range 0..600 · units seconds · since 1.0 */
  'StorageService.{i}.FTPServer.IdleTime': number;
  /** readWrite · unsignedInt · range 1..32 · since 1.0 */
  'StorageService.{i}.FTPServer.MaxNumUsers': number;
  /** readWrite · unsignedInt · range 0..65535 · since 1.0 */
  'StorageService.{i}.FTPServer.PortNumber': number;
  /** readOnly · string · since 1.0 */
  'StorageService.{i}.FTPServer.Status': "Enabled" | "Disabled" | "Error";
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.HTTPSServer.AuthenticationReq': boolean;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.HTTPSServer.Enable': boolean;
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.HTTPSServer.HTTPWritingEnabled': boolean;
  /** readWrite · unsignedInt · range 0..600 · units seconds · since 1.0 */
  'StorageService.{i}.HTTPSServer.IdleTime': number;
  /** readWrite · unsignedInt · range 1..32 · since 1.0 */
  'StorageService.{i}.HTTPSServer.MaxNumUsers': number;
  /** readWrite · unsignedInt · range 0..65535 · since 1.0 */
  'StorageService.{i}.HTTPSServer.PortNumber': number;
  /** readOnly · string · since 1.0 */
  'StorageService.{i}.HTTPSServer.Status': "Enabled" | "Disabled" | "Error";
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.HTTPServer.AuthenticationReq': boolean;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.HTTPServer.Enable': boolean;
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.HTTPServer.HTTPWritingEnabled': boolean;
  /** readWrite · unsignedInt · range 0..600 · units seconds · since 1.0 */
  'StorageService.{i}.HTTPServer.IdleTime': number;
  /** readWrite · unsignedInt · range 1..32 · since 1.0 */
  'StorageService.{i}.HTTPServer.MaxNumUsers': number;
  /** readWrite · unsignedInt · range 0..65535 · since 1.0 */
  'StorageService.{i}.HTTPServer.PortNumber': number;
  /** readOnly · string · since 1.0 */
  'StorageService.{i}.HTTPServer.Status': "Enabled" | "Disabled" | "Error";
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'StorageService.{i}.LogicalVolume.{i}.Alias': string;
  /** readWrite · unsignedInt · units MB · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Capacity': number;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Enable': boolean;
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Encrypted': boolean;
  /** readOnly · string · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.FileSystem': string;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Alias': string;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Enable': boolean;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.Alias': string;
  /** readWrite · boolean · since 1.1 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.Enable': boolean;
  /** readWrite · string · size ..256 · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.GroupReference': string;
  /** readWrite · unsignedInt · range 0..7 · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.Permissions': number;
  /** readOnly · unsignedInt · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccessNumberOfEntries': number;
  /** readWrite · string · size ..64 · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Name': string;
  /** readWrite · unsignedInt · units MB · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.Capacity': number;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.Enable': boolean;
  /** readWrite · unsignedInt · units MB · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.ThresholdLimit': number;
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.ThresholdReached': boolean;
  /** readOnly · unsignedInt · units MB · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.UsedSpace': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.Alias': string;
  /** readWrite · boolean · since 1.1 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.Enable': boolean;
  /** readWrite · unsignedInt · range 0..7 · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.Permissions': number;
  /** readWrite · string · size ..256 · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.UserReference': string;
  /** readOnly · unsignedInt · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccessNumberOfEntries': number;
  /** readWrite · unsignedInt · range 0..3 · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccountAccess': number;
  /** readOnly · unsignedInt · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.FolderNumberOfEntries': number;
  /** readWrite · string · size ..64 · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Name': string;
  /** readWrite · string · size ..256 · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.PhysicalReference': string;
  /** readOnly · string · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.Status': "Offline" | "Online" | "Error";
  /** readWrite · unsignedInt · units MB · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.ThresholdLimit': number;
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.ThresholdReached': boolean;
  /** readOnly · unsignedInt · units MB · since 1.0 */
  'StorageService.{i}.LogicalVolume.{i}.UsedSpace': number;
  /** readOnly · unsignedInt · since 1.0 */
  'StorageService.{i}.LogicalVolumeNumberOfEntries': number;
  /** readWrite · string · size ..255 · since 1.0 */
  'StorageService.{i}.NetInfo.DomainName': string;
  /** readWrite · string · size ..64 · since 1.0 */
  'StorageService.{i}.NetInfo.HostName': string;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.NetworkServer.AFPEnable': boolean;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.NetworkServer.NFSEnable': boolean;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.NetworkServer.NetworkProtocolAuthReq': boolean;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.NetworkServer.SMBEnable': boolean;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'StorageService.{i}.PhysicalMedium.{i}.Alias': string;
  /** readOnly · unsignedInt · units MB · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.Capacity': number;
  /** readOnly · string · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.ConnectionType': "USB 1.1" | "USB 2.0" | "USB 3.0" | "USB 3.1" | "IEEE1394" | "IEEE1394b" | "IDE" | "EIDE" | "ATA/33" | "ATA/66" | "ATA/100" | "ATA/133" | "SATA/150" | "SATA/300" | "SATA/600" | "SATA/1969" | "SCSI-1" | "Fast SCSI" | "Fast-Wide SCSI" | "Ultra SCSI" | "Ultra Wide SCSI" | "Ultra2 SCSI" | "Ultra2 Wide SCSI" | "Ultra3 SCSI" | "Ultra-320 SCSI" | "Ultra-640 SCSI" | "SAS-1" | "SAS-2" | "SAS-3" | "SAS-4" | "SSA" | "SSA-40" | "Fibre Channel";
  /** readOnly · string · size ..64 · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.FirmwareVersion': string;
  /** readOnly · string · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.Health': "OK" | "Failing" | "Error";
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.HotSwappable': boolean;
  /** readOnly · string · size ..128 · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.Model': string;
  /** readWrite · string · size ..64 · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.Name': string;
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.Removable': boolean;
  /** readOnly · unsignedInt · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.CurrentPendingSectorCount': number;
  /** readOnly · unsignedInt · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.PowerCycleCount': number;
  /** readOnly · unsignedInt · units hours · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.PowerOnHours': number;
  /** readOnly · int · units days · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.PredictedFailure': number;
  /** readOnly · unsignedInt · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.ReadErrors': number;
  /** readOnly · unsignedInt · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.ReallocatedSectorsCount': number;
  /** readOnly · unsignedInt · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.ReallocationEventCount': number;
  /** readOnly · unsignedInt · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.SoftReadErrors': number;
  /** readOnly · unsignedInt · range 0..100 · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.SparesRemaining': number;
  /** readOnly · unsignedInt · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.SpinRetryCount': number;
  /** readOnly · unsignedInt · units degrees C · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.Temperature': number;
  /** readOnly · unsignedInt · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.UncorrectableSectorCount': number;
  /** readOnly · unsignedInt · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.SMART.WriteErrors': number;
  /** readOnly · boolean · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.SMARTCapable': boolean;
  /** readOnly · string · size ..64 · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.SerialNumber': string;
  /** readOnly · string · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.Status': "Online" | "Standby" | "Offline";
  /** readOnly · string · since 1.3 */
  'StorageService.{i}.PhysicalMedium.{i}.Type': "HDD" | "SSD" | "SSHD";
  /** readOnly · unsignedInt · units hours · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.Uptime': number;
  /** readOnly · string · size ..64 · since 1.0 */
  'StorageService.{i}.PhysicalMedium.{i}.Vendor': string;
  /** readOnly · unsignedInt · since 1.0 */
  'StorageService.{i}.PhysicalMediumNumberOfEntries': number;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.SFTPServer.Enable': boolean;
  /** readWrite · unsignedInt · range 0..600 · units seconds · since 1.0 */
  'StorageService.{i}.SFTPServer.IdleTime': number;
  /** readWrite · unsignedInt · range 1..32 · since 1.0 */
  'StorageService.{i}.SFTPServer.MaxNumUsers': number;
  /** readWrite · unsignedInt · range 0..65535 · since 1.0 */
  'StorageService.{i}.SFTPServer.PortNumber': number;
  /** readOnly · string · since 1.0 */
  'StorageService.{i}.SFTPServer.Status': "Enabled" | "Disabled" | "Error";
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'StorageService.{i}.StorageArray.{i}.Alias': string;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.StorageArray.{i}.Enable': boolean;
  /** readWrite · string · size ..64 · since 1.0 */
  'StorageService.{i}.StorageArray.{i}.Name': string;
  /** readWrite · string list · since 1.0 */
  'StorageService.{i}.StorageArray.{i}.PhysicalMediumReference': readonly string[];
  /** readWrite · string · since 1.0 */
  'StorageService.{i}.StorageArray.{i}.RaidType': string;
  /** readOnly · string · since 1.0 */
  'StorageService.{i}.StorageArray.{i}.Status': "Rebuilding" | "Initializing" | "Offline" | "Online" | "Error" | "Degraded" | "Critical";
  /** readOnly · unsignedInt · units MB · since 1.0 */
  'StorageService.{i}.StorageArray.{i}.UsableCapacity': number;
  /** readOnly · unsignedInt · since 1.0 */
  'StorageService.{i}.StorageArrayNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'StorageService.{i}.UserAccount.{i}.Alias': string;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.UserAccount.{i}.AllowFTPAccess': boolean;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.UserAccount.{i}.AllowHTTPAccess': boolean;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.UserAccount.{i}.Enable': boolean;
  /** readWrite · string · size ..64 · since 1.0 */
  'StorageService.{i}.UserAccount.{i}.Password': string;
  /** readWrite · string list · since 1.0 */
  'StorageService.{i}.UserAccount.{i}.UserGroupParticipation': readonly string[];
  /** readWrite · string · size ..64 · since 1.0 */
  'StorageService.{i}.UserAccount.{i}.Username': string;
  /** readOnly · unsignedInt · since 1.0 */
  'StorageService.{i}.UserAccountNumberOfEntries': number;
  /** readWrite · string <Alias> · size ..64 · since 1.2 */
  'StorageService.{i}.UserGroup.{i}.Alias': string;
  /** readWrite · boolean · since 1.0 */
  'StorageService.{i}.UserGroup.{i}.Enable': boolean;
  /** readWrite · string · size ..64 · since 1.0 */
  'StorageService.{i}.UserGroup.{i}.GroupName': string;
  /** readOnly · unsignedInt · since 1.0 */
  'StorageService.{i}.UserGroupNumberOfEntries': number;
  /** readOnly · unsignedInt · since 1.1 */
  'StorageServiceNumberOfEntries': number;
}

export type ParameterPath = keyof Values;

/** Parameters an ACS may write: readWrite and writeOnceReadOnly. */
export type WritablePath =
  | 'StorageService.{i}.Alias'
  | 'StorageService.{i}.Enable'
  | 'StorageService.{i}.FTPServer.AnonymousUser.Enable'
  | 'StorageService.{i}.FTPServer.AnonymousUser.ReadOnlyAccess'
  | 'StorageService.{i}.FTPServer.AnonymousUser.StartingFolder'
  | 'StorageService.{i}.FTPServer.Enable'
  | 'StorageService.{i}.FTPServer.IdleTime'
  | 'StorageService.{i}.FTPServer.MaxNumUsers'
  | 'StorageService.{i}.FTPServer.PortNumber'
  | 'StorageService.{i}.HTTPSServer.AuthenticationReq'
  | 'StorageService.{i}.HTTPSServer.Enable'
  | 'StorageService.{i}.HTTPSServer.IdleTime'
  | 'StorageService.{i}.HTTPSServer.MaxNumUsers'
  | 'StorageService.{i}.HTTPSServer.PortNumber'
  | 'StorageService.{i}.HTTPServer.AuthenticationReq'
  | 'StorageService.{i}.HTTPServer.Enable'
  | 'StorageService.{i}.HTTPServer.IdleTime'
  | 'StorageService.{i}.HTTPServer.MaxNumUsers'
  | 'StorageService.{i}.HTTPServer.PortNumber'
  | 'StorageService.{i}.LogicalVolume.{i}.Alias'
  | 'StorageService.{i}.LogicalVolume.{i}.Capacity'
  | 'StorageService.{i}.LogicalVolume.{i}.Enable'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Alias'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Enable'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.Alias'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.Enable'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.GroupReference'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.Permissions'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Name'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.Capacity'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.Enable'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.ThresholdLimit'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.Alias'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.Enable'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.Permissions'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.UserReference'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccountAccess'
  | 'StorageService.{i}.LogicalVolume.{i}.Name'
  | 'StorageService.{i}.LogicalVolume.{i}.PhysicalReference'
  | 'StorageService.{i}.LogicalVolume.{i}.ThresholdLimit'
  | 'StorageService.{i}.NetInfo.DomainName'
  | 'StorageService.{i}.NetInfo.HostName'
  | 'StorageService.{i}.NetworkServer.AFPEnable'
  | 'StorageService.{i}.NetworkServer.NFSEnable'
  | 'StorageService.{i}.NetworkServer.NetworkProtocolAuthReq'
  | 'StorageService.{i}.NetworkServer.SMBEnable'
  | 'StorageService.{i}.PhysicalMedium.{i}.Alias'
  | 'StorageService.{i}.PhysicalMedium.{i}.Name'
  | 'StorageService.{i}.SFTPServer.Enable'
  | 'StorageService.{i}.SFTPServer.IdleTime'
  | 'StorageService.{i}.SFTPServer.MaxNumUsers'
  | 'StorageService.{i}.SFTPServer.PortNumber'
  | 'StorageService.{i}.StorageArray.{i}.Alias'
  | 'StorageService.{i}.StorageArray.{i}.Enable'
  | 'StorageService.{i}.StorageArray.{i}.Name'
  | 'StorageService.{i}.StorageArray.{i}.PhysicalMediumReference'
  | 'StorageService.{i}.StorageArray.{i}.RaidType'
  | 'StorageService.{i}.UserAccount.{i}.Alias'
  | 'StorageService.{i}.UserAccount.{i}.AllowFTPAccess'
  | 'StorageService.{i}.UserAccount.{i}.AllowHTTPAccess'
  | 'StorageService.{i}.UserAccount.{i}.Enable'
  | 'StorageService.{i}.UserAccount.{i}.Password'
  | 'StorageService.{i}.UserAccount.{i}.UserGroupParticipation'
  | 'StorageService.{i}.UserAccount.{i}.Username'
  | 'StorageService.{i}.UserGroup.{i}.Alias'
  | 'StorageService.{i}.UserGroup.{i}.Enable'
  | 'StorageService.{i}.UserGroup.{i}.GroupName';

/** Every object path, in BBF form ending with '.'. */
export type ObjectPath =
  | 'StorageService.{i}.'
  | 'StorageService.{i}.Capabilities.'
  | 'StorageService.{i}.FTPServer.'
  | 'StorageService.{i}.FTPServer.AnonymousUser.'
  | 'StorageService.{i}.HTTPSServer.'
  | 'StorageService.{i}.HTTPServer.'
  | 'StorageService.{i}.LogicalVolume.{i}.'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.'
  | 'StorageService.{i}.NetInfo.'
  | 'StorageService.{i}.NetworkServer.'
  | 'StorageService.{i}.PhysicalMedium.{i}.'
  | 'StorageService.{i}.PhysicalMedium.{i}.SMART.'
  | 'StorageService.{i}.SFTPServer.'
  | 'StorageService.{i}.StorageArray.{i}.'
  | 'StorageService.{i}.UserAccount.{i}.'
  | 'StorageService.{i}.UserGroup.{i}.';

/** Multi-instance objects (tables), whose paths end with '{i}.'. */
export type TablePath =
  | 'StorageService.{i}.'
  | 'StorageService.{i}.LogicalVolume.{i}.'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.'
  | 'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.'
  | 'StorageService.{i}.PhysicalMedium.{i}.'
  | 'StorageService.{i}.StorageArray.{i}.'
  | 'StorageService.{i}.UserAccount.{i}.'
  | 'StorageService.{i}.UserGroup.{i}.';
