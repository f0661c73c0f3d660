/**
 * The real peers the integration tests run against, and the gate that skips or fails the tests
 * needing one that is missing.
 *
 *   describe.skipIf(skipUnlessPeer('prosody'))('… against prosody', () => { … });
 *   it.skipIf(skipUnlessPeer('bbf', 'xmllint'))('…', () => { … });
 *
 * Without REQUIRE_PEERS a missing peer skips the block (a developer's laptop). With
 * REQUIRE_PEERS=1 (.ci/run sets it) a missing peer is a failure: the block is still skipped, and
 * a test standing in for it fails, naming what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { it } from 'vitest';
import { bbfDir, REPO } from './bbf-path.ts';

export type Peer =
  'prosody' | 'coturn' | 'xmllint' | 'dnsmasq' | 'ping' | 'traceroute' | 'genieacs' | 'bbf' | 'openssl' | 'chromium';

/**
 * The GenieACS source tree: $GENIEACS_PATH, else ../shared/genieacs beside the checkout; present when it has
 * lib/soap.ts.
 */
export function genieacsDir(): string | undefined {
  const dir = genieacsCandidate();
  return existsSync(join(dir, 'lib', 'soap.ts')) ? dir : undefined;
}

const genieacsCandidate = (): string => resolve(REPO, process.env['GENIEACS_PATH'] || join('..', 'shared', 'genieacs'));

/** A system tool: the command that probes it and the Debian package it comes from. */
interface Tool {
  probe: string[];
  ok: 'runs' | 'exit 0';
  debian: string;
}

const TOOLS: Record<Exclude<Peer, 'genieacs' | 'bbf'>, Tool> = {
  prosody: { probe: ['prosodyctl', 'about'], ok: 'runs', debian: 'prosody' },
  coturn: { probe: ['turnserver', '--help'], ok: 'runs', debian: 'coturn' },
  xmllint: { probe: ['xmllint', '--version'], ok: 'exit 0', debian: 'libxml2-utils' },
  dnsmasq: { probe: ['dnsmasq', '--version'], ok: 'runs', debian: 'dnsmasq-base' },
  ping: { probe: ['ping', '-V'], ok: 'runs', debian: 'iputils-ping' },
  traceroute: { probe: ['traceroute', '--version'], ok: 'runs', debian: 'traceroute' },
  // test/support/tls/test-ca.ts runs this exact path.
  openssl: { probe: ['/usr/bin/openssl', 'version'], ok: 'exit 0', debian: 'openssl' },
  // test/support/chromium.ts runs this exact path (the fleet report rendered headless).
  chromium: { probe: ['/usr/bin/chromium', '--version'], ok: 'exit 0', debian: 'chromium' },
};

const toolPresent = new Map<Peer, boolean>();

/** Whether the peer is present on this machine (tools are probed once per test file; folders on each call). */
export function peer(name: Peer): boolean {
  if (name === 'genieacs') return genieacsDir() !== undefined;
  if (name === 'bbf') return bbfDir() !== undefined;
  let present = toolPresent.get(name);
  if (present === undefined) {
    const [cmd, ...args] = TOOLS[name].probe;
    const r = spawnSync(cmd!, args, { stdio: 'ignore' });
    present = TOOLS[name].ok === 'runs' ? r.error === undefined : r.status === 0;
    toolPresent.set(name, present);
  }
  return present;
}

/** What is missing and how to get it, in one line. */
export function missingPeerMessage(name: Peer): string {
  if (name === 'genieacs') {
    return `genieacs is missing: expected the GenieACS source tree (lib/soap.ts) at ../shared/genieacs beside the checkout, or at $GENIEACS_PATH; looked in ${genieacsCandidate()}`;
  }
  if (name === 'bbf') {
    const env = process.env['BBF_SCHEMA_PATH'];
    return `bbf is missing: expected the Broadband Forum XML (tr-106-types.xml) in $BBF_SCHEMA_PATH or at ../shared/bbf beside the checkout; BBF_SCHEMA_PATH is ${env ? `"${env}"` : 'unset'}`;
  }
  const t = TOOLS[name];
  return `${name} is missing (\`${t.probe.join(' ')}\` ${t.ok === 'runs' ? 'did not run' : 'failed'}): install the Debian package ${t.debian} (apt-get install ${t.debian})`;
}

/** Whether a missing peer is a failure rather than a skip: REQUIRE_PEERS=1. */
export function peersRequired(): boolean {
  return process.env['REQUIRE_PEERS'] === '1';
}

/**
 * For `describe.skipIf(…)` / `it.skipIf(…)`, called where the block is declared: true (skip) when
 * one of the peers is missing. With REQUIRE_PEERS=1 it also declares, in the same suite, a test
 * that fails with what to install, so the run fails instead of passing with the block skipped.
 */
export function skipUnlessPeer(...names: [Peer, ...Peer[]]): boolean {
  const missing = names.filter((n) => !peer(n));
  if (missing.length === 0) return false;
  if (peersRequired()) {
    const message = `${missing.map(missingPeerMessage).join('; ')} (REQUIRE_PEERS=1 makes a missing peer a failure; unset it to skip)`;
    it(`has the real peer${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (REQUIRE_PEERS=1)`, () => {
      throw new Error(message);
    });
  }
  return true;
}
