import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DocumentSpec, StateStore, StoreError } from '../../src/store/index.ts';
import { FaultyFs } from './faulty-fs.ts';
import { modeOf, tempDir, tempFiles } from './temp-dir.ts';

interface Settings {
  readonly url: string;
  readonly periodic: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const settingsSpec: DocumentSpec<Settings> = {
  version: 1,
  migrations: {},
  validate: (payload) => {
    if (!isRecord(payload) || typeof payload['url'] !== 'string' || typeof payload['periodic'] !== 'number') {
      throw new Error('expected { url: string, periodic: number }');
    }
    return { url: payload['url'], periodic: payload['periodic'] };
  },
};

function caught(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

/** A store on a fresh directory, with its warnings collected. */
function setup(options: { fs?: FaultyFs } = {}) {
  const dir = tempDir();
  const warnings: string[] = [];
  const store = StateStore.open(dir, { fs: options.fs, onWarning: (message) => warnings.push(message) });
  const main = path.join(dir, 'settings.json');
  return { dir, store, warnings, main, bak: `${main}.bak` };
}

const v1: Settings = { url: 'https://acs.example/one', periodic: 300 };
const v2: Settings = { url: 'https://acs.example/two', periodic: 600 };

describe('StateStore basics', () => {
  it('round-trips a document, also through a new store on the same directory', () => {
    const { dir, store } = setup();
    expect(store.read('settings', settingsSpec)).toBeUndefined();
    store.write('settings', settingsSpec, v1);
    expect(store.read('settings', settingsSpec)).toEqual(v1);
    expect(StateStore.open(dir).read('settings', settingsSpec)).toEqual(v1);
    expect(store.list()).toEqual(['settings']);
  });

  it('writes the envelope: format marker, name, version, sha256 of the canonical payload', () => {
    const { store, main } = setup();
    store.write('settings', settingsSpec, { periodic: 300, url: 'u' });
    const envelope: unknown = JSON.parse(fs.readFileSync(main, 'utf8'));
    const canonical = '{"periodic":300,"url":"u"}';
    expect(envelope).toEqual({
      format: 'tr069-agent',
      name: 'settings',
      version: 1,
      sha256: createHash('sha256').update(canonical).digest('hex'),
      payload: { periodic: 300, url: 'u' },
    });
  });

  it('creates the directory 0700 (with parents) and every file 0600', () => {
    const root = tempDir();
    const dir = path.join(root, 'var', 'lib', 'tr069');
    const store = StateStore.open(dir);
    expect(modeOf(dir)).toBe(0o700);
    store.write('settings', settingsSpec, v1);
    store.write('settings', settingsSpec, v2);
    expect(modeOf(path.join(dir, 'settings.json'))).toBe(0o600);
    expect(modeOf(path.join(dir, 'settings.json.bak'))).toBe(0o600);
  });

  it('keeps the previous good version as a hard link in .bak', () => {
    const { store, main, bak, dir } = setup();
    store.write('settings', settingsSpec, v1);
    const firstInode = fs.statSync(main).ino;
    expect(fs.existsSync(bak)).toBe(false);
    store.write('settings', settingsSpec, v2);
    expect(fs.statSync(bak).ino).toBe(firstInode);
    expect(JSON.parse(fs.readFileSync(bak, 'utf8'))).toMatchObject({ payload: v1 });
    expect(store.read('settings', settingsSpec)).toEqual(v2);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('does not rewrite an unchanged document (flash wear)', () => {
    const { store, main, bak } = setup();
    store.write('settings', settingsSpec, v1);
    const inode = fs.statSync(main).ino;
    store.write('settings', settingsSpec, { ...v1 });
    expect(fs.statSync(main).ino).toBe(inode);
    expect(fs.existsSync(bak)).toBe(false);
  });

  it('removes a document with its .bak; removing an absent one is fine', () => {
    const { store, main, bak } = setup();
    store.write('settings', settingsSpec, v1);
    store.write('settings', settingsSpec, v2);
    store.remove('settings');
    expect(fs.existsSync(main) || fs.existsSync(bak)).toBe(false);
    expect(store.read('settings', settingsSpec)).toBeUndefined();
    store.remove('settings');
  });

  it('rejects names that are not plain file names', () => {
    const { store } = setup();
    for (const name of ['', '.hidden', '../escape', 'a/b', 'a\\b', 'x'.repeat(101)]) {
      expect(caught(() => store.read(name, settingsSpec)).code).toBe('invalid-name');
    }
  });

  it('refuses a value that would not read back, and writes nothing', () => {
    const { store, dir } = setup();
    const bad: unknown = { url: 'u' };
    const error = caught(() => store.write('settings', settingsSpec, bad as Settings));
    expect(error.code).toBe('invalid-value');
    expect(error.message).toContain('expected { url: string, periodic: number }');
    const withBigint: unknown = { url: 'u', periodic: 1n };
    expect(caught(() => store.write('settings', settingsSpec, withBigint as Settings)).code).toBe('invalid-value');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('StateStore schema versions', () => {
  interface V3 {
    readonly acsUrl: string;
    readonly periodic: number;
    readonly history: readonly string[];
  }
  const applied: string[] = [];
  const specV1: DocumentSpec<{ url: string }> = {
    version: 1,
    migrations: {},
    validate: (p) => {
      if (!isRecord(p) || typeof p['url'] !== 'string') throw new Error('v1 shape');
      return { url: p['url'] };
    },
  };
  const migrations: Record<number, (old: unknown) => unknown> = {
    1: (old) => {
      applied.push('1->2');
      return isRecord(old) ? { ...old, periodic: 300, history: ['v2'] } : old;
    },
    2: (old) => {
      applied.push('2->3');
      if (!isRecord(old) || !Array.isArray(old['history'])) return old;
      const { url, ...rest } = old;
      return { ...rest, acsUrl: url, history: [...old['history'], 'v3'] };
    },
  };
  const specV3: DocumentSpec<V3> = {
    version: 3,
    migrations,
    validate: (p) => {
      if (
        !isRecord(p) ||
        typeof p['acsUrl'] !== 'string' ||
        typeof p['periodic'] !== 'number' ||
        !Array.isArray(p['history'])
      ) {
        throw new Error('v3 shape');
      }
      return { acsUrl: p['acsUrl'], periodic: p['periodic'], history: p['history'].map(String) };
    },
  };

  it('applies migrations v1 -> v2 -> v3 in order, then validates', () => {
    const { store, main } = setup();
    store.write('settings', specV1, { url: 'https://acs' });
    applied.length = 0;
    expect(store.read('settings', specV3)).toEqual({ acsUrl: 'https://acs', periodic: 300, history: ['v2', 'v3'] });
    expect(applied).toEqual(['1->2', '2->3']);
    // Reading migrates in memory only; the file changes at the next write.
    expect(JSON.parse(fs.readFileSync(main, 'utf8'))).toMatchObject({ version: 1 });
    const upgraded = store.read('settings', specV3);
    if (upgraded === undefined) throw new Error('missing');
    store.write('settings', specV3, { ...upgraded, periodic: 60 });
    expect(JSON.parse(fs.readFileSync(main, 'utf8'))).toMatchObject({ version: 3, payload: { periodic: 60 } });
  });

  it('starts the chain at the file version', () => {
    const { store } = setup();
    const specV2: DocumentSpec<unknown> = { version: 2, migrations, validate: (p) => p };
    store.write('settings', specV2, { url: 'u', periodic: 5, history: [] });
    applied.length = 0;
    expect(store.read('settings', specV3)).toEqual({ acsUrl: 'u', periodic: 5, history: ['v3'] });
    expect(applied).toEqual(['2->3']);
  });

  it('treats a missing migration as an unusable file, never a reset', () => {
    const { store } = setup();
    store.write('settings', specV1, { url: 'u' });
    const error = caught(() => store.read('settings', { ...specV3, migrations: { 1: migrations[1] ?? ((x) => x) } }));
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('no migration from schema version 2 to 3');
  });

  it('refuses a file from newer software on read and on write, leaving it untouched', () => {
    const { store, main } = setup();
    store.write('settings', specV3, { acsUrl: 'u', periodic: 1, history: [] });
    const before = fs.readFileSync(main);
    const onRead = caught(() => store.read('settings', specV1));
    expect(onRead.code).toBe('too-new');
    expect(onRead.message).toContain(main);
    expect(onRead.message).toMatch(/schema version 3, newer than version 1/);
    expect(caught(() => store.write('settings', specV1, { url: 'x' })).code).toBe('too-new');
    expect(fs.readFileSync(main)).toEqual(before);
  });
});

describe('StateStore damaged files', () => {
  /** A store holding v2 in settings.json and v1 in settings.json.bak. */
  function twoGenerations() {
    const s = setup();
    s.store.write('settings', settingsSpec, v1);
    s.store.write('settings', settingsSpec, v2);
    return s;
  }

  function flipPayloadDigit(file: string): void {
    const text = fs.readFileSync(file, 'utf8');
    const at = text.indexOf('"periodic":') + '"periodic":'.length;
    const digit = text[at] === '1' ? '2' : '1';
    fs.writeFileSync(file, text.slice(0, at) + digit + text.slice(at + 1));
  }

  it.each([
    ['truncated JSON', (file: string) => fs.truncateSync(file, fs.statSync(file).size - 20), 'not valid JSON'],
    ['a flipped byte (sha256 mismatch)', flipPayloadDigit, 'sha256 mismatch'],
    [
      'a wrong format marker',
      (file: string) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('tr069-agent', 'other')),
      'marker',
    ],
    ['an empty file', (file: string) => fs.writeFileSync(file, ''), 'not valid JSON'],
    ['invalid UTF-8', (file: string) => fs.writeFileSync(file, Buffer.from([0x7b, 0xff, 0x7d])), 'UTF-8'],
  ] as const)('falls back to .bak on %s, with a warning naming the file and the reason', (_label, damage, reason) => {
    const { store, warnings, main, bak } = twoGenerations();
    damage(main);
    expect(store.read('settings', settingsSpec)).toEqual(v1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(main);
    expect(warnings[0]).toContain(reason);
    expect(warnings[0]).toContain(bak);
  });

  it('falls back to .bak when the main file fails validation', () => {
    const { store, warnings, main } = twoGenerations();
    const strict: DocumentSpec<Settings> = {
      ...settingsSpec,
      validate: (p) => {
        const s = settingsSpec.validate(p);
        if (s.url.endsWith('two')) throw new Error('url not allowed');
        return s;
      },
    };
    expect(store.read('settings', strict)).toEqual(v1);
    expect(warnings[0]).toContain(main);
    expect(warnings[0]).toContain('failed validation (url not allowed)');
  });

  it('falls back to .bak when the main file cannot be read (EIO)', () => {
    const faulty = new FaultyFs();
    const { store, warnings, main } = setup({ fs: faulty });
    store.write('settings', settingsSpec, v1);
    store.write('settings', settingsSpec, v2);
    faulty.fail('readFile', 'EIO', (p) => p === main);
    expect(store.read('settings', settingsSpec)).toEqual(v1);
    expect(warnings[0]).toContain('unreadable (EIO)');
  });

  it('falls back to .bak when the main file has gone', () => {
    const { store, warnings, main } = twoGenerations();
    fs.unlinkSync(main);
    expect(store.read('settings', settingsSpec)).toEqual(v1);
    expect(warnings[0]).toContain(`${main} is missing`);
  });

  it('throws corrupt, naming the file and the fix, when the .bak is damaged too', () => {
    const { store, main, bak } = twoGenerations();
    fs.truncateSync(main, 10);
    flipPayloadDigit(bak);
    const error = caught(() => store.read('settings', settingsSpec));
    expect(error.code).toBe('corrupt');
    expect(error.path).toBe(main);
    expect(error.message).toContain(main);
    expect(error.message).toContain(bak);
    expect(error.message).toContain('sha256 mismatch');
    expect(error.message).toContain('move it aside to start from factory defaults');
  });

  it('throws corrupt when the only file is damaged (no .bak yet)', () => {
    const { store, main } = setup();
    store.write('settings', settingsSpec, v1);
    fs.writeFileSync(main, '{"format":"tr069-agent"');
    const error = caught(() => store.read('settings', settingsSpec));
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain(`${main}.bak is missing`);
  });

  it('never rotates a damaged file into .bak: the good copy survives the next write', () => {
    const { store, warnings, main, bak } = twoGenerations();
    fs.truncateSync(main, 5);
    const v3: Settings = { url: 'three', periodic: 1 };
    store.write('settings', settingsSpec, v3);
    expect(warnings[0]).toContain(`replacing state file ${main}`);
    expect(JSON.parse(fs.readFileSync(bak, 'utf8'))).toMatchObject({ payload: v1 });
    expect(store.read('settings', settingsSpec)).toEqual(v3);
  });
});

describe('StateStore I/O failures', () => {
  it.each([
    ['ENOSPC while writing the data', 'write', 'ENOSPC'],
    ['EIO on fsync of the new file', 'fsync', 'EIO'],
    ['EIO on the rename over the document', 'rename', 'EIO'],
    ['EIO while linking the last good copy', 'link', 'EIO'],
  ] as const)('%s: throws io, the previous content stays readable, no temp file remains', (_label, op, errno) => {
    const faulty = new FaultyFs();
    const { store, dir, warnings } = setup({ fs: faulty });
    store.write('settings', settingsSpec, v1);
    faulty.fail(op, errno, (p) => p !== dir);
    const error = caught(() => store.write('settings', settingsSpec, v2));
    expect(error.code).toBe('io');
    expect(error.errno).toBe(errno);
    expect(tempFiles(dir)).toEqual([]);
    expect(store.read('settings', settingsSpec)).toEqual(v1);
    expect(StateStore.open(dir).read('settings', settingsSpec)).toEqual(v1);
    expect(warnings).toEqual([]);
  });

  it('copies the last good version where the file system has no hard links (vfat: EPERM)', () => {
    const faulty = new FaultyFs();
    const { store, bak, dir } = setup({ fs: faulty });
    store.write('settings', settingsSpec, v1);
    faulty.fail('link', 'EPERM');
    store.write('settings', settingsSpec, v2);
    expect(JSON.parse(fs.readFileSync(bak, 'utf8'))).toMatchObject({ payload: v1 });
    expect(modeOf(bak)).toBe(0o600);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('leaves no temp link when .bak already is the main file (crash after the rotation)', () => {
    const { store, main, bak, dir } = setup();
    store.write('settings', settingsSpec, v1);
    fs.linkSync(main, bak);
    store.write('settings', settingsSpec, v2);
    expect(tempFiles(dir)).toEqual([]);
    expect(JSON.parse(fs.readFileSync(bak, 'utf8'))).toMatchObject({ payload: v1 });
  });
});

describe('StateStore.open', () => {
  it('removes temp files left by a crash and keeps everything else', () => {
    const { dir, store } = setup();
    store.write('settings', settingsSpec, v1);
    const leftovers = [
      '.settings.json.0123456789abcdef.tmp',
      '.settings.json.bak.fedcba9876543210.tmp',
      '..probe.00112233445566aa.tmp',
    ];
    for (const name of leftovers) fs.writeFileSync(path.join(dir, name), 'partial');
    fs.writeFileSync(path.join(dir, 'operator-notes.tmp'), 'keep me');
    const reopened = StateStore.open(dir);
    expect(fs.readdirSync(dir).sort()).toEqual(['operator-notes.tmp', 'settings.json']);
    expect(reopened.read('settings', settingsSpec)).toEqual(v1);
  });

  it('keeps an existing directory and its documents', () => {
    const { dir, store } = setup();
    store.write('settings', settingsSpec, v1);
    expect(StateStore.open(dir).read('settings', settingsSpec)).toEqual(v1);
  });

  it('refuses a directory it cannot write, with the errno and the directory in the message', () => {
    const dir = tempDir();
    const faulty = new FaultyFs().fail('open', 'EROFS', (p) => p.startsWith(dir));
    const error = caught(() => StateStore.open(dir, { fs: faulty }));
    expect(error.code).toBe('not-writable');
    expect(error.errno).toBe('EROFS');
    expect(error.message).toContain(dir);
    expect(error.message).toContain('not usable (EROFS)');
  });

  it.skipIf(process.getuid?.() === 0)('refuses a real read-only directory (mode 0500)', () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o500);
    try {
      const error = caught(() => StateStore.open(dir));
      expect(error.code).toBe('not-writable');
      expect(error.errno).toBe('EACCES');
    } finally {
      fs.chmodSync(dir, 0o700);
    }
  });

  it('refuses a path that is a file, and a directory it cannot create', () => {
    const root = tempDir();
    const file = path.join(root, 'state');
    fs.writeFileSync(file, '');
    const notDir = caught(() => StateStore.open(file));
    expect(notDir.code).toBe('not-writable');
    expect(notDir.message).toContain('is not a directory');
    const faulty = new FaultyFs().fail('mkdir', 'ENOSPC');
    const noSpace = caught(() => StateStore.open(path.join(root, 'new'), { fs: faulty }));
    expect(noSpace.code).toBe('not-writable');
    expect(noSpace.errno).toBe('ENOSPC');
  });
});
