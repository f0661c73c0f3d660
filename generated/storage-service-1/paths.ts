// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model StorageService:1.3 (service) from tr-140-1-3-1-cwmp.xml
// Sources (sha256):
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml
//   478f3fd928b7f0fd2ddb02858969fb6da3f38dcc8ff720ec7b614396c4e5a821  tr-140-1-3-1-common.xml
//   169b891e3bd59fb01201fa6b0aa691561cc6378e893bf4fa1d21511c596ba378  tr-140-1-3-1-cwmp.xml

/** The value type of every parameter of StorageService:1.3, keyed by its BBF path. */
export interface Values {
  'StorageService.{i}.Alias': string;
  'StorageService.{i}.Capabilities.FTPCapable': boolean;
  'StorageService.{i}.Capabilities.HTTPCapable': boolean;
  'StorageService.{i}.Capabilities.HTTPSCapable': boolean;
  'StorageService.{i}.Capabilities.HTTPWritable': boolean;
  'StorageService.{i}.Capabilities.SFTPCapable': boolean;
  'StorageService.{i}.Capabilities.SupportedFileSystemTypes': readonly ("FAT16" | "FAT32" | "NTFS" | "ReFs" | "HFS" | "HFS+" | "HSFJ" | "ext2" | "ext3" | "ext4" | "XFS" | "REISER" | "Reiser4" | "btrfs" | "ZFS" | "EncFs" | "exFAT")[];
  'StorageService.{i}.Capabilities.SupportedNetworkProtocols': readonly ("SMB" | "NFS" | "AFP")[];
  'StorageService.{i}.Capabilities.SupportedRaidTypes': readonly ("RAID0" | "RAID1" | "RAID2" | "RAID3" | "RAID4" | "RAID5" | "RAID6" | "RAID10" | "RAID0+1" | "RAID30" | "RAID50" | "RAID60")[];
  'StorageService.{i}.Capabilities.VolumeEncryptionCapable': boolean;
  'StorageService.{i}.Enable': boolean;
  'StorageService.{i}.FTPServer.AnonymousUser.Enable': boolean;
  'StorageService.{i}.FTPServer.AnonymousUser.ReadOnlyAccess': boolean;
  'StorageService.{i}.FTPServer.AnonymousUser.StartingFolder': string;
  'StorageService.{i}.FTPServer.Enable': boolean;
  'StorageService.{i}.FTPServer.IdleTime': number;
  'StorageService.{i}.FTPServer.MaxNumUsers': number;
  'StorageService.{i}.FTPServer.PortNumber': number;
  'StorageService.{i}.FTPServer.Status': "Enabled" | "Disabled" | "Error";
  'StorageService.{i}.HTTPSServer.AuthenticationReq': boolean;
  'StorageService.{i}.HTTPSServer.Enable': boolean;
  'StorageService.{i}.HTTPSServer.HTTPWritingEnabled': boolean;
  'StorageService.{i}.HTTPSServer.IdleTime': number;
  'StorageService.{i}.HTTPSServer.MaxNumUsers': number;
  'StorageService.{i}.HTTPSServer.PortNumber': number;
  'StorageService.{i}.HTTPSServer.Status': "Enabled" | "Disabled" | "Error";
  'StorageService.{i}.HTTPServer.AuthenticationReq': boolean;
  'StorageService.{i}.HTTPServer.Enable': boolean;
  'StorageService.{i}.HTTPServer.HTTPWritingEnabled': boolean;
  'StorageService.{i}.HTTPServer.IdleTime': number;
  'StorageService.{i}.HTTPServer.MaxNumUsers': number;
  'StorageService.{i}.HTTPServer.PortNumber': number;
  'StorageService.{i}.HTTPServer.Status': "Enabled" | "Disabled" | "Error";
  'StorageService.{i}.LogicalVolume.{i}.Alias': string;
  'StorageService.{i}.LogicalVolume.{i}.Capacity': number;
  'StorageService.{i}.LogicalVolume.{i}.Enable': boolean;
  'StorageService.{i}.LogicalVolume.{i}.Encrypted': boolean;
  'StorageService.{i}.LogicalVolume.{i}.FileSystem': string;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Alias': string;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Enable': boolean;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.Alias': string;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.Enable': boolean;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.GroupReference': string;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}.Permissions': number;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccessNumberOfEntries': number;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Name': string;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.Capacity': number;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.Enable': boolean;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.ThresholdLimit': number;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.ThresholdReached': boolean;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota.UsedSpace': number;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.Alias': string;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.Enable': boolean;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.Permissions': number;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}.UserReference': string;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccessNumberOfEntries': number;
  'StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccountAccess': number;
  'StorageService.{i}.LogicalVolume.{i}.FolderNumberOfEntries': number;
  'StorageService.{i}.LogicalVolume.{i}.Name': string;
  'StorageService.{i}.LogicalVolume.{i}.PhysicalReference': string;
  'StorageService.{i}.LogicalVolume.{i}.Status': "Offline" | "Online" | "Error";
  'StorageService.{i}.LogicalVolume.{i}.ThresholdLimit': number;
  'StorageService.{i}.LogicalVolume.{i}.ThresholdReached': boolean;
  'StorageService.{i}.LogicalVolume.{i}.UsedSpace': number;
  'StorageService.{i}.LogicalVolumeNumberOfEntries': number;
  'StorageService.{i}.NetInfo.DomainName': string;
  'StorageService.{i}.NetInfo.HostName': string;
  'StorageService.{i}.NetworkServer.AFPEnable': boolean;
  'StorageService.{i}.NetworkServer.NFSEnable': boolean;
  'StorageService.{i}.NetworkServer.NetworkProtocolAuthReq': boolean;
  'StorageService.{i}.NetworkServer.SMBEnable': boolean;
  'StorageService.{i}.PhysicalMedium.{i}.Alias': string;
  'StorageService.{i}.PhysicalMedium.{i}.Capacity': number;
  'StorageService.{i}.PhysicalMedium.{i}.ConnectionType': "USB 1.1" | "USB 2.0" | "USB 3.0" | "USB 3.1" | "IEEE1394" | "IEEE1394b" | "IDE" | "EIDE" | "ATA/33" | "ATA/66" | "ATA/100" | "ATA/133" | "SATA/150" | "SATA/300" | "SATA/600" | "SATA/1969" | "SCSI-1" | "Fast SCSI" | "Fast-Wide SCSI" | "Ultra SCSI" | "Ultra Wide SCSI" | "Ultra2 SCSI" | "Ultra2 Wide SCSI" | "Ultra3 SCSI" | "Ultra-320 SCSI" | "Ultra-640 SCSI" | "SAS-1" | "SAS-2" | "SAS-3" | "SAS-4" | "SSA" | "SSA-40" | "Fibre Channel";
  'StorageService.{i}.PhysicalMedium.{i}.FirmwareVersion': string;
  'StorageService.{i}.PhysicalMedium.{i}.Health': "OK" | "Failing" | "Error";
  'StorageService.{i}.PhysicalMedium.{i}.HotSwappable': boolean;
  'StorageService.{i}.PhysicalMedium.{i}.Model': string;
  'StorageService.{i}.PhysicalMedium.{i}.Name': string;
  'StorageService.{i}.PhysicalMedium.{i}.Removable': boolean;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.CurrentPendingSectorCount': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.PowerCycleCount': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.PowerOnHours': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.PredictedFailure': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.ReadErrors': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.ReallocatedSectorsCount': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.ReallocationEventCount': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.SoftReadErrors': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.SparesRemaining': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.SpinRetryCount': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.Temperature': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.UncorrectableSectorCount': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMART.WriteErrors': number;
  'StorageService.{i}.PhysicalMedium.{i}.SMARTCapable': boolean;
  'StorageService.{i}.PhysicalMedium.{i}.SerialNumber': string;
  'StorageService.{i}.PhysicalMedium.{i}.Status': "Online" | "Standby" | "Offline";
  'StorageService.{i}.PhysicalMedium.{i}.Type': "HDD" | "SSD" | "SSHD";
  'StorageService.{i}.PhysicalMedium.{i}.Uptime': number;
  'StorageService.{i}.PhysicalMedium.{i}.Vendor': string;
  'StorageService.{i}.PhysicalMediumNumberOfEntries': number;
  'StorageService.{i}.SFTPServer.Enable': boolean;
  'StorageService.{i}.SFTPServer.IdleTime': number;
  'StorageService.{i}.SFTPServer.MaxNumUsers': number;
  'StorageService.{i}.SFTPServer.PortNumber': number;
  'StorageService.{i}.SFTPServer.Status': "Enabled" | "Disabled" | "Error";
  'StorageService.{i}.StorageArray.{i}.Alias': string;
  'StorageService.{i}.StorageArray.{i}.Enable': boolean;
  'StorageService.{i}.StorageArray.{i}.Name': string;
  'StorageService.{i}.StorageArray.{i}.PhysicalMediumReference': readonly string[];
  'StorageService.{i}.StorageArray.{i}.RaidType': string;
  'StorageService.{i}.StorageArray.{i}.Status': "Rebuilding" | "Initializing" | "Offline" | "Online" | "Error" | "Degraded" | "Critical";
  'StorageService.{i}.StorageArray.{i}.UsableCapacity': number;
  'StorageService.{i}.StorageArrayNumberOfEntries': number;
  'StorageService.{i}.UserAccount.{i}.Alias': string;
  'StorageService.{i}.UserAccount.{i}.AllowFTPAccess': boolean;
  'StorageService.{i}.UserAccount.{i}.AllowHTTPAccess': boolean;
  'StorageService.{i}.UserAccount.{i}.Enable': boolean;
  'StorageService.{i}.UserAccount.{i}.Password': string;
  'StorageService.{i}.UserAccount.{i}.UserGroupParticipation': readonly string[];
  'StorageService.{i}.UserAccount.{i}.Username': string;
  'StorageService.{i}.UserAccountNumberOfEntries': number;
  'StorageService.{i}.UserGroup.{i}.Alias': string;
  'StorageService.{i}.UserGroup.{i}.Enable': boolean;
  'StorageService.{i}.UserGroup.{i}.GroupName': string;
  'StorageService.{i}.UserGroupNumberOfEntries': number;
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
