import { concretePaths } from './paths.ts';
import type { ResolvedProfile } from './types.ts';

/**
 * How many concrete parameters the device starts with: for each supported parameter schema path,
 * the number of row combinations `instances` creates (1 outside tables, 0 under a table with no
 * rows). This is what a full GetParameterValues on the root returns.
 */
export function countConcreteParameters(resolved: Pick<ResolvedProfile, 'supportedPaths' | 'instances'>): number {
  let n = 0;
  for (const path of resolved.supportedPaths) {
    if (path.endsWith('.')) continue;
    n += path.includes('{i}') ? concretePaths(path, resolved.instances).length : 1;
  }
  return n;
}
