import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadScenario, parseScenario, ScenarioError } from '../../../src/fleet/scenario/scenario-parse.ts';
import { distribution, duration } from '../../../src/fleet/scenario/scenario-values.ts';
import { draw, sample, shuffled } from '../../../src/fleet/scenario/seeded.ts';
import { REPO } from '../../support/bbf-path.ts';

const problems = async (text: string): Promise<string[]> => {
  try {
    await parseScenario(text, 'bad.yaml');
  } catch (e) {
    if (e instanceof ScenarioError)
      return e.message
        .split('\n')
        .slice(1)
        .map((l) => l.trim());
    throw e;
  }
  throw new Error('the scenario was accepted');
};

describe('scenario files', () => {
  it('read every step kind, selector, time and expectation', async () => {
    const s = await parseScenario(
      `
name: all of it
seed: 7
duration: 10m
end-when-decided: true
profiles:
  - { profile: stb, share: 80% }
  - { profile: gateway, devices: 1-100 }
steps:
  - { name: on, boot: { rate: 200 } }
  - name: campaign
    firmware: { download: { uniform: [20s, 90s] }, fail: { share: 2%, code: 9018 }, reboot: { normal: [30s, 5s] } }
  - { name: down, at: 60s, select: { share: 50% }, acs-outage: { for: 2m } }
  - { at: 61s, acs-recovery: {} }
  - { name: cycle, after: down, wait: 5s, select: { devices: [1-10, 20] }, power-cycle: { off: { exponential: 3s } } }
  - name: storm
    select: { profile: gateway, serials: STB-000001..STB-000100 }
    value-change: { parameter: Device.WiFi.SSID.1.SSID, value: "net-{k}", notify: active }
    repeat: { every: 10s, times: 3 }
  - { unreachable: { for: 30s }, select: { share: 10% } }
  - { reachable: {} }
  - { rpc-fault: { rpc: Download, code: 9004, latency: 500ms, for: 1m } }
  - { clear-faults: { rpc: Download } }
  - { connection-request: {} }
  - { reboot: {} }
  - { factory-reset: {} }
expect:
  - { parameter: Device.DeviceInfo.SoftwareVersion, equals: 2.0.0, share: ">= 95%", within: 10m }
  - { retry-count: "<= 3", from: { after: down, wait: 30s } }
  - { events: { "4 VALUE CHANGE": ">= 40" } }
  - { faults: { 9018: "<= 5" } }
  - { sessions: { failed-share: "< 1%" } }
  - { session-ms: { p99: "<= 2000" } }
`,
      'all.yaml',
    );
    expect(s).toMatchObject({ name: 'all of it', seed: 7, durationMs: 600_000, endWhenDecided: true });
    expect(s.profiles).toEqual([
      { profile: 'stb', share: 0.8 },
      { profile: 'gateway', devices: [[1, 100]] },
    ]);
    expect(s.steps.map((x) => x.action.kind)).toEqual([
      'boot',
      'firmware',
      'acs-outage',
      'acs-recovery',
      'power-cycle',
      'value-change',
      'unreachable',
      'reachable',
      'rpc-fault',
      'clear-faults',
      'connection-request',
      'reboot',
      'factory-reset',
    ]);
    expect(s.steps[1]!.action).toEqual({
      kind: 'firmware',
      behaviour: {
        downloadMs: { kind: 'uniform', minMs: 20_000, maxMs: 90_000 },
        failShare: 0.02,
        failCode: 9018,
        rebootMs: { kind: 'normal', meanMs: 30_000, sdMs: 5000 },
      },
    });
    expect(s.steps[4]).toMatchObject({
      name: 'cycle',
      when: { step: 'down', waitMs: 5000 },
      select: {
        devices: [
          [1, 10],
          [20, 20],
        ],
      },
    });
    expect(s.steps[5]).toMatchObject({
      select: { profile: 'gateway', serials: [['STB-000001', 'STB-000100']] },
      repeat: { everyMs: 10_000, times: 3 },
    });
    expect(s.steps[6]!.name).toBe('step 7 (unreachable)');
    expect(s.expectations.map((e) => e.kind)).toEqual([
      'parameter',
      'retry-count',
      'events',
      'faults',
      'sessions',
      'session-ms',
    ]);
    expect(s.expectations[0]).toMatchObject({
      share: { op: '>=', value: 0.95, percent: true },
      within: { atMs: 600_000 },
    });
  });

  it('accept the example scenarios the README walks through', async () => {
    const dir = join(REPO, 'examples', 'scenarios');
    const outage = await loadScenario(join(dir, 'outage-storm-10k.yaml'));
    expect(outage.steps.map((s) => s.action.kind)).toEqual([
      'boot',
      'unreachable',
      'acs-outage',
      'value-change',
      'power-cycle',
    ]);
    expect(outage.expectations).toHaveLength(6);
    const campaign = await loadScenario(join(dir, 'firmware-campaign.yaml'));
    expect(campaign.profiles.map((g) => g.profile)).toEqual(['stb', 'gateway']);
    expect(campaign.expectations[0]).toMatchObject({ kind: 'parameter', select: { profile: 'stb' } });
  });

  it('report every problem at once, each with its line and how to fix it', async () => {
    expect(
      await problems(`seed: -1
steps:
  - name: a
    boot: { rat: 200 }
  - name: b
    after: nothere
    acs-outage: { for: 2 minutes }
  - power-cycle: {}
    select: { share: 150% }
  - rpc-fault: { rpc: Dowload, code: 42 }
  - { name: a, reboot: {}, factory-reset: {} }
expect:
  - parameter: Device.DeviceInfo.SoftwareVersion
    share: ">= 95"
  - faults: { 9018: "<= 5%" }
`),
    ).toEqual([
      'bad.yaml:1: seed: number -1 is not a whole number from 0 to 4294967295; e.g. seed: 42',
      'bad.yaml:4: steps[0].boot.rat: unknown key \'rat\'; did you mean "rate"? (valid keys: rate)',
      "bad.yaml:6: steps[1].after: no earlier step is named 'nothere' (steps: a)",
      'bad.yaml:7: steps[1].acs-outage.for: string "2 minutes" is not a duration; write e.g. 500ms, 30s, 10m or 1h',
      "bad.yaml:8: steps[2].power-cycle: 'off' is missing: how long the devices stay off, e.g. off: 5s",
      'bad.yaml:9: steps[2].select.share: string "150%" is not a share; write a percentage from 0% to 100%, e.g. 10%',
      expect.stringMatching(
        /^bad\.yaml:10: steps\[3\]\.rpc-fault\.rpc: string "Dowload" is not one of .*did you mean "Download"\?$/,
      ),
      'bad.yaml:10: steps[3].rpc-fault.code: number 42 is not a whole number from 9000 to 9899; e.g. 9010 (Download failure) or 9018 (file corrupted)',
      'bad.yaml:11: steps[4]: a step has one action; this one has reboot and factory-reset: split it into steps',
      "bad.yaml:13: expect[0]: 'equals' is missing: the value devices should have, e.g. equals: '2.0.0'",
      "bad.yaml:14: expect[0].share: a share is a percentage, e.g. '>= 95%'",
      'bad.yaml:15: expect[1].faults.9018: "<= 5%": a count, not a share; drop the %',
    ]);
    expect((await problems('steps: [ { boot: {} ')).slice(0, 1)).toEqual([
      expect.stringMatching(/^bad\.yaml:1: .*fix the YAML syntax/),
    ]);
    expect(await problems('name: nothing\n')).toEqual([
      "bad.yaml:1: a scenario has 'steps' (what happens) or 'expect' (how the run is judged), or both",
    ]);
  });

  it('parse durations and draw times reproducibly from their distributions', () => {
    expect([duration('500ms'), duration('1.5s'), duration('10m'), duration(2)]).toEqual(
      [500, 1500, 600_000, 2000].map((value) => ({ ok: true, value })),
    );
    expect(duration('soon').ok).toBe(false);
    const d = distribution({ normal: ['30s', '5s'] });
    if (!d.ok) throw new Error(d.message);
    const xs = Array.from({ length: 4000 }, (_, i) => sample(d.value, draw(3, 1, i), draw(3, 2, i)));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(mean - 30_000)).toBeLessThan(500);
    expect(xs.every((x) => x >= 0)).toBe(true);
    expect(draw(3, 1, 5)).toBe(draw(3, 1, 5));
    expect(shuffled([1, 2, 3, 4, 5, 6], 9, 1)).toEqual(shuffled([1, 2, 3, 4, 5, 6], 9, 1));
    expect(shuffled([1, 2, 3, 4, 5, 6], 9, 1).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
