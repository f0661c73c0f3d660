import { join, resolve } from 'node:path';

/** The places of one project codegen reads and writes: this repository, or a copy (`--root`). */
export interface Project {
  root: string;
  /** schemas/: the manifest and our own BBF-format XML (vendor overlays), first on the search path. */
  schemas: string;
  manifest: string;
  generated: string;
  /** The shipped device profiles, whose SupportedDataModel entries `--retarget` keeps current. */
  profiles: string;
}

export function projectAt(root: string): Project {
  const r = resolve(root);
  const schemas = join(r, 'schemas');
  return {
    root: r,
    schemas,
    manifest: join(schemas, 'manifest.json'),
    generated: join(r, 'generated'),
    profiles: join(r, 'src', 'device', 'profiles'),
  };
}
