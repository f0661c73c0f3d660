/** Splits argv into positionals and `--flag value` / `--flag=value` / boolean `--flag` options. */
export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string>;
}

export class UsageError extends Error {}

export function parseArgs(
  argv: readonly string[],
  booleanFlags: ReadonlySet<string>,
  knownFlags: ReadonlySet<string>,
): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--')) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq === -1 ? undefined : eq);
    if (!knownFlags.has(name)) throw new UsageError(`unknown option --${name}; run 'tr069-agent help' for the list`);
    if (eq !== -1) flags[name] = a.slice(eq + 1);
    else if (booleanFlags.has(name)) flags[name] = 'true';
    else {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value, e.g. --${name}=VALUE`);
      flags[name] = v;
      i++;
    }
  }
  return { positionals, flags };
}
