/**
 * A FileSystem held in memory, for devices whose state must not touch the disk (`fleet
 * --memory`). It keeps the semantics the store relies on (exclusive create, rename over an
 * existing file, hard links sharing content, ENOENT/EEXIST errors) so the same StateStore code
 * runs on it; fsync is a no-op. One instance serves a whole fleet (each device has its own
 * directory), so it is kept compact: file contents are one-byte strings, not buffers, and a
 * directory is a small array of names.
 */
import * as path from 'node:path';
import type { FileStat, FileSystem } from './fs-layer.ts';

interface FileNode {
  /** The bytes, one character per byte ('latin1'): V8 keeps it as a one-byte string, with no buffer around it. */
  data: string;
  mode: number;
}
interface OpenFile {
  node: FileNode | undefined;
  chunks: string[];
}

function errno(code: string, syscall: string, p: string): NodeJS.ErrnoException {
  // No stack: the store expects some of these (ENOENT on cleanup) on every write.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const e: NodeJS.ErrnoException = new Error(`${code}: ${syscall} '${p}'`);
  Error.stackTraceLimit = limit;
  e.code = code;
  e.syscall = syscall;
  e.path = p;
  return e;
}

const DIRECTORY: FileStat = { mode: 0o40700, isDirectory: () => true };

/** Entry names recur in every device's directory ('agent.json' …): one string each. */
const NAMES = new Map<string, string>();
function interned(name: string): string {
  const known = NAMES.get(name);
  if (known !== undefined) return known;
  if (NAMES.size < 4096) NAMES.set(name, name);
  return name;
}

export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, FileNode>();
  /** Directory → the names in it (files and directories). */
  private readonly dirs = new Map<string, string[]>([['/', []]]);
  /** Open files; made on the first open (a device's files stay closed between writes). */
  private open_: Map<number, OpenFile> | undefined;
  private nextFd = 1000;

  private dirOf(p: string, syscall: string): void {
    if (!this.dirs.has(path.dirname(p))) throw errno('ENOENT', syscall, p);
  }

  /** Adds or replaces a file, listing it in its directory. */
  private setFile(p: string, node: FileNode): void {
    if (!this.files.has(p)) this.dirs.get(path.dirname(p))?.push(interned(path.basename(p)));
    this.files.set(p, node);
  }

  private deleteFile(p: string): boolean {
    if (!this.files.delete(p)) return false;
    const names = this.dirs.get(path.dirname(p));
    const i = names?.indexOf(path.basename(p)) ?? -1;
    if (i >= 0) names!.splice(i, 1);
    return true;
  }

  open(p: string, flags: string, mode = 0o600): number {
    const fd = this.nextFd++;
    if (this.dirs.has(p) && flags === 'r') {
      (this.open_ ??= new Map()).set(fd, { node: undefined, chunks: [] });
      return fd;
    }
    if (flags === 'r') {
      const node = this.files.get(p);
      if (!node) throw errno('ENOENT', 'open', p);
      (this.open_ ??= new Map()).set(fd, { node, chunks: [] });
      return fd;
    }
    this.dirOf(p, 'open');
    if (flags.includes('x') && (this.files.has(p) || this.dirs.has(p))) throw errno('EEXIST', 'open', p);
    const node: FileNode = { data: '', mode };
    this.setFile(p, node);
    (this.open_ ??= new Map()).set(fd, { node, chunks: [] });
    return fd;
  }

  write(fd: number, data: Uint8Array, offset: number, length: number): number {
    const f = this.open_?.get(fd);
    if (!f?.node) throw errno('EBADF', 'write', String(fd));
    // A copy of its own as a string: `data` may be a view into a shared 8 KiB Buffer pool slab,
    // which a kept slice would pin for every device.
    f.chunks.push(Buffer.from(data.buffer, data.byteOffset + offset, length).toString('latin1'));
    return length;
  }

  fsync(fd: number): void {
    this.flush(fd);
  }

  close(fd: number): void {
    this.flush(fd);
    this.open_?.delete(fd);
  }

  private flush(fd: number): void {
    const f = this.open_?.get(fd);
    if (!f) throw errno('EBADF', 'fsync', String(fd));
    if (!f.node || f.chunks.length === 0) return;
    f.node.data = f.node.data + f.chunks.join('');
    f.chunks = [];
  }

  rename(from: string, to: string): void {
    const node = this.files.get(from);
    if (!node) throw errno('ENOENT', 'rename', from);
    this.dirOf(to, 'rename');
    this.deleteFile(from);
    this.setFile(to, node);
  }

  link(existing: string, newPath: string): void {
    const node = this.files.get(existing);
    if (!node) throw errno('ENOENT', 'link', existing);
    this.dirOf(newPath, 'link');
    if (this.files.has(newPath)) throw errno('EEXIST', 'link', newPath);
    this.setFile(newPath, node);
  }

  unlink(p: string): void {
    if (!this.deleteFile(p)) throw errno('ENOENT', 'unlink', p);
  }

  readFile(p: string): Uint8Array {
    const node = this.files.get(p);
    if (!node) throw errno(this.dirs.has(p) ? 'EISDIR' : 'ENOENT', 'open', p);
    return Buffer.from(node.data, 'latin1');
  }

  mkdir(p: string, _mode: number): void {
    const missing: string[] = [];
    for (let d = p; !this.dirs.has(d); d = path.dirname(d)) missing.unshift(d);
    for (const d of missing) {
      this.dirs.get(path.dirname(d))!.push(interned(path.basename(d)));
      this.dirs.set(d, []);
    }
  }

  stat(p: string): FileStat {
    if (this.dirs.has(p)) return DIRECTORY;
    const node = this.files.get(p);
    if (!node) throw errno('ENOENT', 'stat', p);
    return { mode: 0o100000 | node.mode, isDirectory: () => false };
  }

  readdir(p: string): string[] {
    const names = this.dirs.get(p);
    if (!names) throw errno('ENOENT', 'scandir', p);
    return [...names].sort();
  }

  chmod(p: string, mode: number): void {
    const node = this.files.get(p);
    if (node) node.mode = mode;
    else if (!this.dirs.has(p)) throw errno('ENOENT', 'chmod', p);
  }

  /** Bytes held, for the fleet's memory accounting. */
  get size(): number {
    let n = 0;
    const seen = new Set<FileNode>();
    for (const node of this.files.values())
      if (!seen.has(node)) {
        seen.add(node);
        n += node.data.length;
      }
    return n;
  }
}
