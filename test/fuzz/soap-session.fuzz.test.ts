import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/cwmp/event-queue.ts';
import { RpcDispatcher } from '../../src/cwmp/rpc/dispatch.ts';
import { runSession, type SessionConnection } from '../../src/cwmp/session.ts';
import { decodeEnvelope, encodeEnvelope } from '../../src/cwmp/soap/index.ts';
import { DataModel } from '../../src/datamodel/tree.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { deviceSchema } from '../support/device-schema.ts';
import { params } from './fuzz-config.ts';
import { hostile } from './hostile-soap.ts';

function seededTree(): DataModel {
  const tree = new DataModel(deviceSchema(['Device.DeviceInfo.', 'Device.ManagementServer.', 'Device.IP.Interface.']));
  tree.seedRow('Device.IP.Interface.', 1);
  tree.seedValue('Device.DeviceInfo.ProvisioningCode', 'before');
  return tree;
}

const INFORM_RESPONSE = encodeEnvelope({
  version: '1.4',
  header: { id: 'x' },
  body: { kind: 'InformResponse', maxEnvelopes: 1 },
});

/** One session in which the ACS's only request is `body`; returns what the CPE answered. */
async function session(tree: DataModel, body: string): Promise<{ ok: boolean; answer: string | undefined }> {
  const posts: string[] = [];
  const conn: SessionConnection = {
    localAddress: '127.0.0.1',
    post: async (b) => {
      posts.push(b);
      if (posts.length === 1) return { status: 200, body: INFORM_RESPONSE, empty: false };
      if (posts.length === 2) return { status: 200, body, empty: body === '' };
      return { status: 204, body: '', empty: true };
    },
    close: async () => undefined,
  };
  const outcome = await runSession({
    tree,
    root: 'Device.',
    events: new EventQueue(),
    dispatcher: new RpcDispatcher(),
    connect: () => conn,
    log: silentLogger,
    maxMessageBytes: 64 * 1024,
    retryCount: 0,
    now: () => new Date(0),
  });
  return { ok: outcome.ok, answer: posts[2] };
}

describe('fuzz: hostile SOAP from the ACS', () => {
  it('the decoder never throws and classifies every input', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const r = decodeEnvelope(text, { maxBytes: 64 * 1024 });
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok)
          expect([
            'too-large',
            'too-deep',
            'dtd',
            'malformed',
            'not-soap',
            'unknown-method',
            'bad-arguments',
          ]).toContain(r.reason);
      }),
      params(),
    );
  });

  it('a session ends in a response, a fault or a closed session; a refused request changes no state', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (body) => {
        const tree = seededTree();
        const before = JSON.stringify(tree.snapshot());
        const { ok, answer } = await session(tree, body);
        if (!ok || answer === undefined) {
          expect(JSON.stringify(tree.snapshot())).toBe(before);
          return;
        }
        const reply = decodeEnvelope(answer);
        // Whatever the CPE sends back is a well-formed CWMP message.
        expect(reply.ok).toBe(true);
        if (reply.ok && reply.body.kind === 'Fault') {
          expect(reply.body.faultCode).toBeGreaterThanOrEqual(9000);
          expect(reply.body.faultCode).toBeLessThan(9900);
          expect(JSON.stringify(tree.snapshot())).toBe(before);
        }
      }),
      params(),
    );
  }, 600_000);
});
