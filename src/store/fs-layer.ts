/**
 * The few file-system calls the store makes, behind an interface so tests can inject failures
 * (ENOSPC, EIO …) at any single step. Synchronous on purpose: a state write is small and must
 * finish before the agent acknowledges anything to the ACS.
 */
import * as nodeFs from 'node:fs';

export interface FileStat {
  /** Permission and type bits, as in stat(2). */
  readonly mode: number;
  isDirectory(): boolean;
}

export interface FileSystem {
  /** open(2); flags as in node:fs ('wx' = O_WRONLY|O_CREAT|O_EXCL, 'r' = O_RDONLY). */
  open(path: string, flags: string, mode?: number): number;
  /** write(2) at the current position; may write fewer bytes than asked. */
  write(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsync(fd: number): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  link(existing: string, newPath: string): void;
  unlink(path: string): void;
  readFile(path: string): Uint8Array;
  /** mkdir -p with this mode for every directory created. */
  mkdir(path: string, mode: number): void;
  stat(path: string): FileStat;
  readdir(path: string): string[];
  chmod(path: string, mode: number): void;
}

/** The real thing, on node:fs. */
export const nodeFileSystem: FileSystem = {
  open: (path, flags, mode) => nodeFs.openSync(path, flags, mode),
  write: (fd, data, offset, length) => nodeFs.writeSync(fd, data, offset, length),
  fsync: (fd) => nodeFs.fsyncSync(fd),
  close: (fd) => nodeFs.closeSync(fd),
  rename: (from, to) => nodeFs.renameSync(from, to),
  link: (existing, newPath) => nodeFs.linkSync(existing, newPath),
  unlink: (path) => nodeFs.unlinkSync(path),
  readFile: (path) => nodeFs.readFileSync(path),
  mkdir: (path, mode) => {
    nodeFs.mkdirSync(path, { recursive: true, mode });
  },
  stat: (path) => nodeFs.statSync(path),
  readdir: (path) => nodeFs.readdirSync(path),
  chmod: (path, mode) => nodeFs.chmodSync(path, mode),
};
