/**
 * Loads a fleet scenario (`tr069-agent fleet --scenario FILE.yaml`): YAML checked strictly, every
 * problem collected and reported with its file:line, as device profiles are.
 */
import { readFile } from 'node:fs/promises';
import type { Issue } from '../../device/profile/issues.ts';
import { parseProfileText } from '../../device/profile/source.ts';
import { Fields, text, wholeNumber } from './scenario-check.ts';
import { parseExpectation } from './scenario-expect.ts';
import { parseStep } from './scenario-steps.ts';
import type { Expectation, ProfileGroup, Scenario, Step, TimeRef } from './scenario-types.ts';
import { duration, numberRanges, share, typeName } from './scenario-values.ts';

export interface ScenarioProblem {
  readonly key: string;
  readonly message: string;
  readonly line?: number;
}

/** Every problem of one scenario file, one `<file>:<line>: <key>: <problem>` line each. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';

  constructor(
    readonly file: string,
    readonly problems: readonly ScenarioProblem[],
  ) {
    const n = problems.length;
    const lines = problems.map(
      (p) => `  ${p.line === undefined ? file : `${file}:${p.line}`}: ${p.key === '' ? '' : `${p.key}: `}${p.message}`,
    );
    super(`invalid scenario ${file} (${n} problem${n === 1 ? '' : 's'}):\n${lines.join('\n')}`);
  }
}

const TOP_KEYS = ['name', 'seed', 'duration', 'end-when-decided', 'profiles', 'steps', 'expect'] as const;

export async function loadScenario(file: string): Promise<Scenario> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ScenarioError(file, [
      { key: '', message: `cannot read the scenario: ${code === 'ENOENT' ? 'no such file' : String(code ?? e)}` },
    ]);
  }
  return parseScenario(source, file);
}

export async function parseScenario(source: string, file: string): Promise<Scenario> {
  const parsed = await parseProfileText(source);
  if (parsed.problems.length > 0) throw new ScenarioError(file, parsed.problems);
  const issues: Issue[] = [];
  const report = (path: readonly (string | number)[], message: string): void => void issues.push({ path, message });
  const top = Fields.of(parsed.data, [], report, 'a scenario');
  const scenario = top && checkScenario(top, file);
  if (issues.length > 0 || !scenario) {
    const problems = (await Promise.all(issues.map((i) => parsed.locate(i)))).sort(
      (a, b) => (a.line ?? Infinity) - (b.line ?? Infinity),
    );
    throw new ScenarioError(file, problems.length > 0 ? problems : [{ key: '', message: 'the scenario is empty' }]);
  }
  return scenario;
}

function list(f: Fields, key: string, what: string): unknown[] {
  const v = f.obj[key];
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v;
  f.report([key], `${typeName(v)} is not a list of ${what}; write one '- ' entry per line`);
  return [];
}

function checkScenario(top: Fields, file: string): Scenario | undefined {
  const report = top.report;
  top.keys(TOP_KEYS);
  const name = top.get('name', text('a name')) ?? file;
  const seed = top.get('seed', wholeNumber(0, 2 ** 32 - 1, 'seed: 42')) ?? 1;
  const durationMs = top.get('duration', duration);
  const endWhenDecided = top.get('end-when-decided', (v) =>
    typeof v === 'boolean' ? { ok: true, value: v } : { ok: false, message: `${typeName(v)} is not true or false` },
  );
  const profiles = list(top, 'profiles', 'profile groups').map((v, i): ProfileGroup | undefined => {
    const g = Fields.of(v, ['profiles', i], report, 'a profile group');
    if (!g) return undefined;
    g.keys(['profile', 'share', 'devices']);
    const profile = g.get('profile', text('a profile'), "'stb', 'gateway' or a profile file");
    const s = g.get('share', share);
    const devices = g.get('devices', numberRanges);
    if ((s === undefined) === (devices === undefined))
      report(['profiles', i], "give the group's 'share' (e.g. 30%) or its 'devices' (e.g. 1-300), one of them");
    return profile === undefined
      ? undefined
      : { profile, ...(s !== undefined ? { share: s } : {}), ...(devices ? { devices } : {}) };
  });
  const shares = profiles.reduce((a, g) => a + (g?.share ?? 0), 0);
  if (shares > 1 + 1e-9) report(['profiles'], `the groups' shares add up to ${Math.round(shares * 100)}%, over 100%`);
  const steps = list(top, 'steps', 'steps').map((v, i) => parseStep(v, i, report));
  const expectations = list(top, 'expect', 'expectations').map((v, i) => parseExpectation(v, i, report));
  if (steps.length === 0 && expectations.length === 0)
    report([], "a scenario has 'steps' (what happens) or 'expect' (how the run is judged), or both");

  // Names are how steps and expectations refer to steps: unique, and only to an earlier step.
  const seen = new Set<string>();
  const known = (ref: TimeRef | undefined, at: readonly (string | number)[], earlier: boolean): void => {
    if (ref && 'step' in ref && !seen.has(ref.step))
      report(
        at,
        `no ${earlier ? 'earlier ' : ''}step is named '${ref.step}'${seen.size > 0 ? ` (steps: ${[...seen].join(', ')})` : ''}`,
      );
  };
  steps.forEach((s, i) => {
    if (!s) return;
    known(s.when, ['steps', i, 'after'], true);
    if (seen.has(s.name)) report(['steps', i, 'name'], `another step is named '${s.name}'; names refer to one step`);
    seen.add(s.name);
  });
  expectations.forEach((e, i) => {
    if (!e) return;
    known(e.from, ['expect', i, 'from'], false);
    if (e.kind === 'parameter') known(e.within, ['expect', i, 'within'], false);
  });
  if (steps.includes(undefined) || expectations.includes(undefined) || profiles.includes(undefined)) return undefined;
  return {
    file,
    name,
    seed,
    ...(durationMs !== undefined ? { durationMs } : {}),
    endWhenDecided: endWhenDecided ?? false,
    profiles: profiles as ProfileGroup[],
    steps: steps as Step[],
    expectations: expectations as Expectation[],
  };
}
