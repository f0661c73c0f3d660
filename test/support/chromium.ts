import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's Chromium, headless, quiet and offline-minded, with a profile of its own each run. */
async function chromium(args: string[]): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  try {
    const { stdout } = await run(
      '/usr/bin/chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        `--user-data-dir=${profile}`,
        ...args,
      ],
      { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
    );
    return stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The page's DOM after its scripts ran, as Chromium serialises it. */
export function dumpDom(file: string): Promise<string> {
  return chromium(['--virtual-time-budget=5000', '--dump-dom', pathToFileURL(file).href]);
}

/** A PNG screenshot of the page (for a person to look at). */
export async function screenshot(file: string, png: string, size = '900,2400'): Promise<void> {
  await chromium([`--screenshot=${png}`, `--window-size=${size}`, pathToFileURL(file).href]);
}
