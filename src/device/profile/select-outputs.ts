/**
 * Checks that root, services and overlays name generated outputs of the right kind, and loads
 * the ones that do, so the rest of the profile can be checked against what they mount.
 */
import { type Report, q } from './issues.ts';
import { type LoadedOutput, type OutputKind, loadOutput, outputNames } from './outputs.ts';
import { nearest } from './suggest.ts';
import { ROOT_OUTPUTS, isRootOutput } from './types.ts';

export interface Selected {
  readonly root?: LoadedOutput;
  readonly services: readonly LoadedOutput[];
  readonly overlays: readonly LoadedOutput[];
}

const WHERE: Record<OutputKind, string> = { root: 'root', service: 'services', overlay: 'overlays' };
const WHAT: Record<OutputKind, string> = {
  root: 'a root data model',
  service: 'a service model',
  overlay: 'a vendor overlay',
};

async function pick(
  name: string,
  want: OutputKind,
  at: readonly (string | number)[],
  report: Report,
): Promise<LoadedOutput | undefined> {
  const output = await loadOutput(name);
  if (!output) {
    const near = nearest(name, outputNames());
    report(
      at,
      `no generated output ${q(name)}${near === undefined ? '' : `; did you mean ${q(near)}?`} (generated outputs: ${outputNames().join(', ')})`,
    );
    return undefined;
  }
  if (output.kind !== want) {
    report(at, `${q(name)} is ${WHAT[output.kind]}, not ${WHAT[want]}; list it under ${WHERE[output.kind]}`);
    return undefined;
  }
  return output;
}

export async function selectOutputs(
  root: string | undefined,
  services: readonly (string | undefined)[],
  overlays: readonly (string | undefined)[],
  report: Report,
): Promise<Selected> {
  let r: LoadedOutput | undefined;
  if (root !== undefined) {
    r = await pick(root, 'root', ['root'], report);
    if (r && !isRootOutput(r.name)) {
      report(['root'], `the simulated device runs on ${ROOT_OUTPUTS.map(q).join(' or ')}, not ${q(root)}`);
      r = undefined;
    }
  }
  const s: LoadedOutput[] = [];
  for (const [i, name] of services.entries()) {
    const out = name === undefined ? undefined : await pick(name, 'service', ['services', i], report);
    if (out) s.push(out);
  }
  const o: LoadedOutput[] = [];
  const mounted = new Set([...(r ? [r.name] : []), ...s.map((x) => x.name)]);
  for (const [i, name] of overlays.entries()) {
    const out = name === undefined ? undefined : await pick(name, 'overlay', ['overlays', i], report);
    if (!out) continue;
    const base = out.module.overlayOf ?? '';
    if (!mounted.has(base)) {
      report(
        ['overlays', i],
        `overlay ${q(out.name)} extends ${q(base)}, which this profile does not mount; add ${q(base)} to ${base === r?.name ? 'root' : 'services'}`,
      );
      continue;
    }
    o.push(out);
  }
  return { ...(r ? { root: r } : {}), services: s, overlays: o };
}
