/**
 * A FileSystem held in memory, for devices whose state must not touch the disk (`fleet
 * --memory`). It keeps the semantics the store relies on (exclusive create, rename over an
 * existing file, hard links sharing content, ENOENT/EEXIST errors) so the same StateStore code
 * runs on it; fsync is a no-op.
 */
import * as path from 'node:path';
import type { FileStat, FileSystem } from './fs-layer.ts';

interface FileNode {
  data: Uint8Array;
  mode: number;
}
interface OpenFile {
  node: FileNode | undefined;
  path: string;
  chunks: Uint8Array[];
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

export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, FileNode>();
  private readonly dirs = new Set<string>(['/']);
  private readonly open_ = new Map<number, OpenFile>();
  private nextFd = 1000;

  private dirOf(p: string, syscall: string): void {
    if (!this.dirs.has(path.dirname(p))) throw errno('ENOENT', syscall, p);
  }

  open(p: string, flags: string, mode = 0o600): number {
    const fd = this.nextFd++;
    if (this.dirs.has(p) && flags === 'r') {
      this.open_.set(fd, { node: undefined, path: p, chunks: [] });
      return fd;
    }
    if (flags === 'r') {
      const node = this.files.get(p);
      if (!node) throw errno('ENOENT', 'open', p);
      this.open_.set(fd, { node, path: p, chunks: [] });
      return fd;
    }
    this.dirOf(p, 'open');
    if (flags.includes('x') && (this.files.has(p) || this.dirs.has(p))) throw errno('EEXIST', 'open', p);
    const node: FileNode = { data: new Uint8Array(0), mode };
    this.files.set(p, node);
    this.open_.set(fd, { node, path: p, chunks: [] });
    return fd;
  }

  write(fd: number, data: Uint8Array, offset: number, length: number): number {
    const f = this.open_.get(fd);
    if (!f?.node) throw errno('EBADF', 'write', String(fd));
    // A copy of its own: `data` may be a view into a shared 8 KiB Buffer pool slab, which a
    // kept slice would pin for every device.
    f.chunks.push(new Uint8Array(data.subarray(offset, offset + length)));
    return length;
  }

  fsync(fd: number): void {
    this.flush(fd);
  }

  close(fd: number): void {
    this.flush(fd);
    this.open_.delete(fd);
  }

  private flush(fd: number): void {
    const f = this.open_.get(fd);
    if (!f) throw errno('EBADF', 'fsync', String(fd));
    if (!f.node || f.chunks.length === 0) return;
    const parts = [f.node.data, ...f.chunks];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    f.node.data = out;
    f.chunks = [];
  }

  rename(from: string, to: string): void {
    const node = this.files.get(from);
    if (!node) throw errno('ENOENT', 'rename', from);
    this.dirOf(to, 'rename');
    this.files.delete(from);
    this.files.set(to, node);
  }

  link(existing: string, newPath: string): void {
    const node = this.files.get(existing);
    if (!node) throw errno('ENOENT', 'link', existing);
    this.dirOf(newPath, 'link');
    if (this.files.has(newPath)) throw errno('EEXIST', 'link', newPath);
    this.files.set(newPath, node);
  }

  unlink(p: string): void {
    if (!this.files.delete(p)) throw errno('ENOENT', 'unlink', p);
  }

  readFile(p: string): Uint8Array {
    const node = this.files.get(p);
    if (!node) throw errno(this.dirs.has(p) ? 'EISDIR' : 'ENOENT', 'open', p);
    return node.data;
  }

  mkdir(p: string, _mode: number): void {
    for (let d = p; !this.dirs.has(d); d = path.dirname(d)) this.dirs.add(d);
  }

  stat(p: string): FileStat {
    if (this.dirs.has(p)) return DIRECTORY;
    const node = this.files.get(p);
    if (!node) throw errno('ENOENT', 'stat', p);
    return { mode: 0o100000 | node.mode, isDirectory: () => false };
  }

  readdir(p: string): string[] {
    if (!this.dirs.has(p)) throw errno('ENOENT', 'scandir', p);
    const out: string[] = [];
    for (const k of [...this.files.keys(), ...this.dirs])
      if (k !== p && path.dirname(k) === p) out.push(path.basename(k));
    return out.sort();
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
