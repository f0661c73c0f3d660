// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model StorageService:1.3 (service) from tr-140-1-3-1-cwmp.xml
// Sources (sha256):
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml
//   478f3fd928b7f0fd2ddb02858969fb6da3f38dcc8ff720ec7b614396c4e5a821  tr-140-1-3-1-common.xml
//   169b891e3bd59fb01201fa6b0aa691561cc6378e893bf4fa1d21511c596ba378  tr-140-1-3-1-cwmp.xml

import type { SyntaxDescriptor } from '../../src/schema/descriptor.ts';
import { compileValidator, type Validator } from '../../src/schema/index.ts';

/** One entry per distinct syntax; ParameterMeta.syntax indexes this table. */
export const syntaxes: readonly SyntaxDescriptor[] = [
  { type: "string", dataType: "Alias", levels: [{ sizes: [{ max: 64 }] }] },
  { type: "boolean" },
  { type: "string", list: {}, enums: ["FAT16", "FAT32", "NTFS", "ReFs", "HFS", "HFS+", "HSFJ", "ext2", "ext3", "ext4", "XFS", "REISER", "Reiser4", "btrfs", "ZFS", "EncFs", "exFAT"] },
  { type: "string", list: {}, enums: ["SMB", "NFS", "AFP"] },
  { type: "string", list: {}, enums: ["RAID0", "RAID1", "RAID2", "RAID3", "RAID4", "RAID5", "RAID6", "RAID10", "RAID0+1", "RAID30", "RAID50", "RAID60"] },
  { type: "string", levels: [{ sizes: [{ max: 256 }] }], pathRef: { refType: "weak", targetParent: ".LogicalVolume.{i}.Folder.", targetType: "row" } },
  { type: "unsignedInt", levels: [{ ranges: [{ min: "0", max: "600" }] }], units: "seconds" },
  { type: "unsignedInt", levels: [{ ranges: [{ min: "1", max: "32" }] }] },
  { type: "unsignedInt", levels: [{ ranges: [{ min: "0", max: "65535" }] }] },
  { type: "string", enums: ["Enabled", "Disabled", "Error"] },
  { type: "unsignedInt", units: "MB" },
  { type: "string", enumerationRef: { targetParam: ".Capabilities.SupportedFileSystemTypes" } },
  { type: "string", levels: [{ sizes: [{ max: 256 }] }], pathRef: { refType: "weak", targetParent: ".UserGroup.", targetType: "row" } },
  { type: "unsignedInt", levels: [{ ranges: [{ min: "0", max: "7" }] }] },
  { type: "unsignedInt" },
  { type: "string", levels: [{ sizes: [{ max: 64 }] }] },
  { type: "string", levels: [{ sizes: [{ max: 256 }] }], pathRef: { refType: "weak", targetParent: ".UserAccount.", targetType: "row" } },
  { type: "unsignedInt", levels: [{ ranges: [{ min: "0", max: "3" }] }] },
  { type: "string", levels: [{ sizes: [{ max: 256 }] }], pathRef: { refType: "weak", targetParent: ".PhysicalMedium. .StorageArray.", targetType: "row" } },
  { type: "string", enums: ["Offline", "Online", "Error"] },
  { type: "string", levels: [{ sizes: [{ max: 255 }] }] },
  { type: "string", enums: ["USB 1.1", "USB 2.0", "USB 3.0", "USB 3.1", "IEEE1394", "IEEE1394b", "IDE", "EIDE", "ATA/33", "ATA/66", "ATA/100", "ATA/133", "SATA/150", "SATA/300", "SATA/600", "SATA/1969", "SCSI-1", "Fast SCSI", "Fast-Wide SCSI", "Ultra SCSI", "Ultra Wide SCSI", "Ultra2 SCSI", "Ultra2 Wide SCSI", "Ultra3 SCSI", "Ultra-320 SCSI", "Ultra-640 SCSI", "SAS-1", "SAS-2", "SAS-3", "SAS-4", "SSA", "SSA-40", "Fibre Channel"] },
  { type: "string", enums: ["OK", "Failing", "Error"] },
  { type: "string", levels: [{ sizes: [{ max: 128 }] }] },
  { type: "unsignedInt", units: "hours" },
  { type: "int", units: "days" },
  { type: "unsignedInt", levels: [{ ranges: [{ min: "0", max: "100" }] }] },
  { type: "unsignedInt", units: "degrees C" },
  { type: "string", enums: ["Online", "Standby", "Offline"] },
  { type: "string", enums: ["HDD", "SSD", "SSHD"] },
  { type: "string", list: { sizes: [{ max: 1024 }] }, pathRef: { refType: "weak", targetParent: ".PhysicalMedium.", targetType: "row" } },
  { type: "string", enumerationRef: { targetParam: ".Capabilities.SupportedRaidTypes" } },
  { type: "string", enums: ["Rebuilding", "Initializing", "Offline", "Online", "Error", "Degraded", "Critical"] },
  { type: "string", list: { sizes: [{ max: 1024 }] }, pathRef: { refType: "strong", targetParent: ".UserGroup.", targetType: "row" } },
];

/** One validator per distinct syntax, compiled once when the model is loaded. */
export const validators: readonly Validator[] = syntaxes.map(compileValidator);
