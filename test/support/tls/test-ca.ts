/**
 * Test PKI made with the system openssl, once per test process (memoized), in a fresh temp dir;
 * removeTestPki() deletes it. Key type is EC P-256 because it is fast to generate and every TLS 1.2/1.3 stack takes it.
 *
 *   ca          - the trusted test CA
 *   server      - signed by ca, SAN IP:127.0.0.1 + DNS:localhost
 *   client      - signed by ca, extendedKeyUsage clientAuth (mutual TLS)
 *   otherCa     - an unrelated CA
 *   otherServer - signed by otherCa, same SAN as server (the "wrong CA" case)
 *   wrongHost   - signed by ca, SAN DNS:wrong-host.example only (the "wrong hostname" case)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PemPair {
  certPath: string;
  keyPath: string;
  cert: string;
  key: string;
}
export interface TestPki {
  dir: string;
  ca: PemPair;
  server: PemPair;
  client: PemPair;
  otherCa: PemPair;
  otherServer: PemPair;
  wrongHost: PemPair;
}

const OPENSSL = '/usr/bin/openssl';
let cached: TestPki | undefined;

function openssl(dir: string, args: string[]): void {
  execFileSync(OPENSSL, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

function load(dir: string, name: string): PemPair {
  const certPath = join(dir, `${name}.crt`);
  const keyPath = join(dir, `${name}.key`);
  return { certPath, keyPath, cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8') };
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function makeCa(dir: string, name: string, cn: string): void {
  // `req -x509` in OpenSSL 3 already adds basicConstraints CA:TRUE and key identifiers.
  openssl(dir, [
    'req',
    '-x509',
    ...EC,
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.crt`,
    '-days',
    '3',
    '-subj',
    `/CN=${cn}`,
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
}

function makeLeaf(dir: string, name: string, ca: string, cn: string, extensions: string): void {
  writeFileSync(
    join(dir, `${name}.ext`),
    `basicConstraints=CA:FALSE\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid,issuer\n${extensions}\n`,
  );
  openssl(dir, ['req', '-new', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    `${ca}.crt`,
    '-CAkey',
    `${ca}.key`,
    '-CAcreateserial',
    '-out',
    `${name}.crt`,
    '-days',
    '2',
    '-extfile',
    `${name}.ext`,
  ]);
}

export function testPki(): TestPki {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'acs-test-pki-'));
  // Fallback only: vitest's forked workers are usually killed rather than exiting, so tests
  // should call removeTestPki() in afterAll.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const serverExt = 'keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth';
  makeCa(dir, 'ca', 'Transport Test CA');
  makeCa(dir, 'other-ca', 'Unrelated Test CA');
  makeLeaf(dir, 'server', 'ca', 'localhost', `${serverExt}\nsubjectAltName=IP:127.0.0.1,DNS:localhost`);
  makeLeaf(dir, 'client', 'ca', 'test-cpe', 'keyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth');
  makeLeaf(dir, 'other-server', 'other-ca', 'localhost', `${serverExt}\nsubjectAltName=IP:127.0.0.1,DNS:localhost`);
  makeLeaf(dir, 'wrong-host', 'ca', 'wrong-host.example', `${serverExt}\nsubjectAltName=DNS:wrong-host.example`);
  cached = {
    dir,
    ca: load(dir, 'ca'),
    server: load(dir, 'server'),
    client: load(dir, 'client'),
    otherCa: load(dir, 'other-ca'),
    otherServer: load(dir, 'other-server'),
    wrongHost: load(dir, 'wrong-host'),
  };
  return cached;
}

/** Delete the temp dir (PEM strings already handed out stay valid); the next testPki() makes a new PKI. */
export function removeTestPki(): void {
  if (!cached) return;
  rmSync(cached.dir, { recursive: true, force: true });
  cached = undefined;
}
