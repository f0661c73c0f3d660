// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model StorageService:1.3 (service) from tr-140-1-3-1-cwmp.xml
// Sources (sha256):
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml
//   478f3fd928b7f0fd2ddb02858969fb6da3f38dcc8ff720ec7b614396c4e5a821  tr-140-1-3-1-common.xml
//   169b891e3bd59fb01201fa6b0aa691561cc6378e893bf4fa1d21511c596ba378  tr-140-1-3-1-cwmp.xml

/** StorageService:1.3 (service model root) */
export interface Root {
  'StorageService'?: { [instance: number]: StorageService };
  'StorageServiceNumberOfEntries': number;
}

/** StorageService.{i}. */
export interface StorageService {
  'Alias': string;
  'Capabilities'?: StorageService_Capabilities;
  'Enable': boolean;
  'FTPServer'?: StorageService_FTPServer;
  'HTTPSServer'?: StorageService_HTTPSServer;
  'HTTPServer'?: StorageService_HTTPServer;
  'LogicalVolume'?: { [instance: number]: StorageService_LogicalVolume };
  'LogicalVolumeNumberOfEntries': number;
  'NetInfo'?: StorageService_NetInfo;
  'NetworkServer'?: StorageService_NetworkServer;
  'PhysicalMedium'?: { [instance: number]: StorageService_PhysicalMedium };
  'PhysicalMediumNumberOfEntries': number;
  'SFTPServer'?: StorageService_SFTPServer;
  'StorageArray'?: { [instance: number]: StorageService_StorageArray };
  'StorageArrayNumberOfEntries': number;
  'UserAccount'?: { [instance: number]: StorageService_UserAccount };
  'UserAccountNumberOfEntries': number;
  'UserGroup'?: { [instance: number]: StorageService_UserGroup };
  'UserGroupNumberOfEntries': number;
}

/** StorageService.{i}.Capabilities. */
export interface StorageService_Capabilities {
  'FTPCapable': boolean;
  'HTTPCapable': boolean;
  'HTTPSCapable': boolean;
  'HTTPWritable': boolean;
  'SFTPCapable': boolean;
  'SupportedFileSystemTypes': readonly ("FAT16" | "FAT32" | "NTFS" | "ReFs" | "HFS" | "HFS+" | "HSFJ" | "ext2" | "ext3" | "ext4" | "XFS" | "REISER" | "Reiser4" | "btrfs" | "ZFS" | "EncFs" | "exFAT")[];
  'SupportedNetworkProtocols': readonly ("SMB" | "NFS" | "AFP")[];
  'SupportedRaidTypes': readonly ("RAID0" | "RAID1" | "RAID2" | "RAID3" | "RAID4" | "RAID5" | "RAID6" | "RAID10" | "RAID0+1" | "RAID30" | "RAID50" | "RAID60")[];
  'VolumeEncryptionCapable': boolean;
}

/** StorageService.{i}.FTPServer. */
export interface StorageService_FTPServer {
  'AnonymousUser'?: StorageService_FTPServer_AnonymousUser;
  'Enable': boolean;
  'IdleTime': number;
  'MaxNumUsers': number;
  'PortNumber': number;
  'Status': "Enabled" | "Disabled" | "Error";
}

/** StorageService.{i}.FTPServer.AnonymousUser. */
export interface StorageService_FTPServer_AnonymousUser {
  'Enable': boolean;
  'ReadOnlyAccess': boolean;
  'StartingFolder': string;
}

/** StorageService.{i}.HTTPSServer. */
export interface StorageService_HTTPSServer {
  'AuthenticationReq': boolean;
  'Enable': boolean;
  'HTTPWritingEnabled': boolean;
  'IdleTime': number;
  'MaxNumUsers': number;
  'PortNumber': number;
  'Status': "Enabled" | "Disabled" | "Error";
}

/** StorageService.{i}.HTTPServer. */
export interface StorageService_HTTPServer {
  'AuthenticationReq': boolean;
  'Enable': boolean;
  'HTTPWritingEnabled': boolean;
  'IdleTime': number;
  'MaxNumUsers': number;
  'PortNumber': number;
  'Status': "Enabled" | "Disabled" | "Error";
}

/** StorageService.{i}.LogicalVolume.{i}. */
export interface StorageService_LogicalVolume {
  'Alias': string;
  'Capacity': number;
  'Enable': boolean;
  'Encrypted': boolean;
  'FileSystem': string;
  'Folder'?: { [instance: number]: StorageService_LogicalVolume_Folder };
  'FolderNumberOfEntries': number;
  'Name': string;
  'PhysicalReference': string;
  'Status': "Offline" | "Online" | "Error";
  'ThresholdLimit': number;
  'ThresholdReached': boolean;
  'UsedSpace': number;
}

/** StorageService.{i}.LogicalVolume.{i}.Folder.{i}. */
export interface StorageService_LogicalVolume_Folder {
  'Alias': string;
  'Enable': boolean;
  'GroupAccess'?: { [instance: number]: StorageService_LogicalVolume_Folder_GroupAccess };
  'GroupAccessNumberOfEntries': number;
  'Name': string;
  'Quota'?: StorageService_LogicalVolume_Folder_Quota;
  'UserAccess'?: { [instance: number]: StorageService_LogicalVolume_Folder_UserAccess };
  'UserAccessNumberOfEntries': number;
  'UserAccountAccess': number;
}

/** StorageService.{i}.LogicalVolume.{i}.Folder.{i}.GroupAccess.{i}. */
export interface StorageService_LogicalVolume_Folder_GroupAccess {
  'Alias': string;
  'Enable': boolean;
  'GroupReference': string;
  'Permissions': number;
}

/** StorageService.{i}.LogicalVolume.{i}.Folder.{i}.Quota. */
export interface StorageService_LogicalVolume_Folder_Quota {
  'Capacity': number;
  'Enable': boolean;
  'ThresholdLimit': number;
  'ThresholdReached': boolean;
  'UsedSpace': number;
}

/** StorageService.{i}.LogicalVolume.{i}.Folder.{i}.UserAccess.{i}. */
export interface StorageService_LogicalVolume_Folder_UserAccess {
  'Alias': string;
  'Enable': boolean;
  'Permissions': number;
  'UserReference': string;
}

/** StorageService.{i}.NetInfo. */
export interface StorageService_NetInfo {
  'DomainName': string;
  'HostName': string;
}

/** StorageService.{i}.NetworkServer. */
export interface StorageService_NetworkServer {
  'AFPEnable': boolean;
  'NFSEnable': boolean;
  'NetworkProtocolAuthReq': boolean;
  'SMBEnable': boolean;
}

/** StorageService.{i}.PhysicalMedium.{i}. */
export interface StorageService_PhysicalMedium {
  'Alias': string;
  'Capacity': number;
  'ConnectionType': "USB 1.1" | "USB 2.0" | "USB 3.0" | "USB 3.1" | "IEEE1394" | "IEEE1394b" | "IDE" | "EIDE" | "ATA/33" | "ATA/66" | "ATA/100" | "ATA/133" | "SATA/150" | "SATA/300" | "SATA/600" | "SATA/1969" | "SCSI-1" | "Fast SCSI" | "Fast-Wide SCSI" | "Ultra SCSI" | "Ultra Wide SCSI" | "Ultra2 SCSI" | "Ultra2 Wide SCSI" | "Ultra3 SCSI" | "Ultra-320 SCSI" | "Ultra-640 SCSI" | "SAS-1" | "SAS-2" | "SAS-3" | "SAS-4" | "SSA" | "SSA-40" | "Fibre Channel";
  'FirmwareVersion': string;
  'Health': "OK" | "Failing" | "Error";
  'HotSwappable': boolean;
  'Model': string;
  'Name': string;
  'Removable': boolean;
  'SMART'?: StorageService_PhysicalMedium_SMART;
  'SMARTCapable': boolean;
  'SerialNumber': string;
  'Status': "Online" | "Standby" | "Offline";
  'Type': "HDD" | "SSD" | "SSHD";
  'Uptime': number;
  'Vendor': string;
}

/** StorageService.{i}.PhysicalMedium.{i}.SMART. */
export interface StorageService_PhysicalMedium_SMART {
  'CurrentPendingSectorCount': number;
  'PowerCycleCount': number;
  'PowerOnHours': number;
  'PredictedFailure': number;
  'ReadErrors': number;
  'ReallocatedSectorsCount': number;
  'ReallocationEventCount': number;
  'SoftReadErrors': number;
  'SparesRemaining': number;
  'SpinRetryCount': number;
  'Temperature': number;
  'UncorrectableSectorCount': number;
  'WriteErrors': number;
}

/** StorageService.{i}.SFTPServer. */
export interface StorageService_SFTPServer {
  'Enable': boolean;
  'IdleTime': number;
  'MaxNumUsers': number;
  'PortNumber': number;
  'Status': "Enabled" | "Disabled" | "Error";
}

/** StorageService.{i}.StorageArray.{i}. */
export interface StorageService_StorageArray {
  'Alias': string;
  'Enable': boolean;
  'Name': string;
  'PhysicalMediumReference': readonly string[];
  'RaidType': string;
  'Status': "Rebuilding" | "Initializing" | "Offline" | "Online" | "Error" | "Degraded" | "Critical";
  'UsableCapacity': number;
}

/** StorageService.{i}.UserAccount.{i}. */
export interface StorageService_UserAccount {
  'Alias': string;
  'AllowFTPAccess': boolean;
  'AllowHTTPAccess': boolean;
  'Enable': boolean;
  'Password': string;
  'UserGroupParticipation': readonly string[];
  'Username': string;
}

/** StorageService.{i}.UserGroup.{i}. */
export interface StorageService_UserGroup {
  'Alias': string;
  'Enable': boolean;
  'GroupName': string;
}

