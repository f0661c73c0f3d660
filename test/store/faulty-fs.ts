/**
 * A FileSystem that forwards to node:fs but throws a chosen errno at a chosen call, the way the
 * kernel reports ENOSPC or EIO; the test helper for every failure path of the store.
 */
import { type FileStat, type FileSystem, nodeFileSystem } from '../../src/store/index.ts';

export type Op = keyof FileSystem;

interface Fault {
  readonly op: Op;
  readonly errno: string;
  readonly match: (target: string) => boolean;
  remaining: number;
}

/** An Error shaped like Node's system errors (code, syscall, path). */
export function systemError(errno: string, syscall: string, target: string): Error {
  return Object.assign(new Error(`${errno}: injected failure, ${syscall} '${target}'`), {
    code: errno,
    syscall,
    path: target,
  });
}

export class FaultyFs implements FileSystem {
  /** Every call as "op target", in order. */
  readonly calls: string[] = [];
  private readonly faults: Fault[] = [];
  private readonly fdPaths = new Map<number, string>();

  constructor(private readonly inner: FileSystem = nodeFileSystem) {}

  /**
   * The next `times` calls of `op` whose target matches fail with `errno`. The target is the
   * path (the destination for rename and link; the opened path for calls taking a descriptor).
   */
  fail(op: Op, errno: string, match: (target: string) => boolean = () => true, times = 1): this {
    this.faults.push({ op, errno, match, remaining: times });
    return this;
  }

  open(target: string, flags: string, mode?: number): number {
    this.check('open', target);
    const fd = this.inner.open(target, flags, mode);
    this.fdPaths.set(fd, target);
    return fd;
  }
  write(fd: number, data: Uint8Array, offset: number, length: number): number {
    this.check('write', this.pathOf(fd));
    return this.inner.write(fd, data, offset, length);
  }
  fsync(fd: number): void {
    this.check('fsync', this.pathOf(fd));
    this.inner.fsync(fd);
  }
  close(fd: number): void {
    try {
      this.check('close', this.pathOf(fd));
    } finally {
      // close(2) releases the descriptor even when it reports an error.
      this.fdPaths.delete(fd);
      this.inner.close(fd);
    }
  }
  rename(from: string, to: string): void {
    this.check('rename', to);
    this.inner.rename(from, to);
  }
  link(existing: string, newPath: string): void {
    this.check('link', newPath);
    this.inner.link(existing, newPath);
  }
  unlink(target: string): void {
    this.check('unlink', target);
    this.inner.unlink(target);
  }
  readFile(target: string): Uint8Array {
    this.check('readFile', target);
    return this.inner.readFile(target);
  }
  mkdir(target: string, mode: number): void {
    this.check('mkdir', target);
    this.inner.mkdir(target, mode);
  }
  stat(target: string): FileStat {
    this.check('stat', target);
    return this.inner.stat(target);
  }
  readdir(target: string): string[] {
    this.check('readdir', target);
    return this.inner.readdir(target);
  }
  chmod(target: string, mode: number): void {
    this.check('chmod', target);
    this.inner.chmod(target, mode);
  }

  private pathOf(fd: number): string {
    return this.fdPaths.get(fd) ?? `fd ${fd}`;
  }

  private check(op: Op, target: string): void {
    this.calls.push(`${op} ${target}`);
    const fault = this.faults.find((f) => f.op === op && f.remaining > 0 && f.match(target));
    if (fault === undefined) return;
    fault.remaining--;
    throw systemError(fault.errno, op, target);
  }
}
