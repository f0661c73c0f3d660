import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { syncDirectory, unlinkIfExists, writeFileAtomic } from '../../store/atomic-write.ts';
import { nodeFileSystem } from '../../store/fs-layer.ts';

interface SlotRecord {
  version: string;
  sha256: string;
  /** The transfer that put the image here, so a restart can tell which Download it finished. */
  jobId: string;
  at: string;
}

/**
 * The simulated device's two firmware slots in a directory: the image staged by a Download and
 * the active one. Each step is one rename or one atomic record write, ordered so that a crash
 * between any two steps leaves a state the next `activateStaged()` completes:
 *
 *   stage:    drop staged.json → rename the image to staged.img → write staged.json
 *   activate: rename staged.img to active.img → write active.json → drop staged.json
 *
 * staged.json exists only once its image is complete; during activation, staged.json without
 * staged.img means the image already moved, so activation resumes at the record write.
 */
export class FirmwareSlots {
  private readonly fs = nodeFileSystem;

  /** Whether the directory is there: looked up once, then known (only ensureDir makes it). */
  private present: boolean | undefined;

  /** The directory appears with the first staged image: a fleet of devices that never upgrade makes none. */
  constructor(private readonly dir: string) {}

  private ensureDir(): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    this.present = true;
  }

  // A device that never upgraded has no directory: its boot reads nothing (a fleet booting
  // thousands of devices a second spent its time on failed reads of missing records).
  private exists(): boolean {
    return (this.present ??= existsSync(this.dir));
  }

  private file(name: string): string {
    return join(this.dir, name);
  }

  private record(name: string): SlotRecord | undefined {
    if (!this.exists()) return undefined;
    try {
      const r = JSON.parse(readFileSync(this.file(name), 'utf8')) as Partial<SlotRecord>;
      return typeof r.version === 'string' && typeof r.jobId === 'string' ? (r as SlotRecord) : undefined;
    } catch {
      return undefined;
    }
  }

  private write(name: string, r: SlotRecord): void {
    this.ensureDir();
    writeFileAtomic(this.fs, this.file(name), Buffer.from(`${JSON.stringify(r)}\n`));
  }

  /** Moves an accepted image (same filesystem) into the staged slot, with the SoftwareVersion it installs. */
  async stage(imagePath: string, info: { version: string; sha256: string }, jobId: string): Promise<void> {
    this.discardStaged();
    this.ensureDir();
    renameSync(imagePath, this.file('staged.img'));
    syncDirectory(this.fs, this.dir);
    this.write('staged.json', { version: info.version, sha256: info.sha256, jobId, at: new Date().toISOString() });
  }

  /** The boot step: a staged image becomes active. Idempotent; resumes an interrupted run. */
  async activateStaged(): Promise<{ version: string; jobId: string } | undefined> {
    if (!this.exists()) return undefined;
    const staged = this.record('staged.json');
    if (!staged) {
      // An image without its record was never fully staged.
      unlinkIfExists(this.fs, this.file('staged.img'));
      return undefined;
    }
    if (existsSync(this.file('staged.img'))) {
      renameSync(this.file('staged.img'), this.file('active.img'));
      syncDirectory(this.fs, this.dir);
    }
    this.write('active.json', { ...staged, at: new Date().toISOString() });
    unlinkIfExists(this.fs, this.file('staged.json'));
    syncDirectory(this.fs, this.dir);
    return { version: staged.version, jobId: staged.jobId };
  }

  activeVersion(): string | undefined {
    return this.record('active.json')?.version;
  }

  activeJobId(): string | undefined {
    return this.record('active.json')?.jobId;
  }

  discardStaged(): void {
    if (!this.exists()) return;
    unlinkIfExists(this.fs, this.file('staged.json'));
    unlinkIfExists(this.fs, this.file('staged.img'));
    syncDirectory(this.fs, this.dir);
  }
}
