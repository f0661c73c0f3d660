import { CodegenError } from './errors.ts';

/** What one `npm run codegen -- …` call asks for. */
export type Command =
  | { kind: 'generate' }
  | { kind: 'check' }
  | { kind: 'help' }
  | { kind: 'dump'; top: string }
  | { kind: 'diff'; oldTop: string; newTop: string; json: boolean; breaking: boolean; pathsFrom: string[] }
  | { kind: 'retarget'; output: string; top: string };

export interface Invocation {
  command: Command;
  /** A project root holding schemas/manifest.json, generated/ and src/device/profiles/; default: this repository. */
  root?: string;
}

export const USAGE = `usage: npm run codegen -- [COMMAND] [--root DIR]

Commands:
  (none)                          regenerate generated/ from schemas/manifest.json
  --check                         exit 1 and list the stale files when generated/ is out of date
  --dump TOP.xml                  print the resolved model as JSON Lines
  --diff OLD.xml NEW.xml          what an upgrade changes, one line per path
      --json                      JSON Lines instead of text (each line names its group)
      --breaking                  group the changes: breaks compilation, breaks at run time,
                                  deprecated or obsoleted, neutral
      --paths-from PROFILE|DIR    keep only the paths a device profile serves, or that the
                                  TypeScript sources under DIR bind (handle, set, changed,
                                  handleTable); repeatable
  --retarget OUTPUT=TOP.xml       move a manifest output (e.g. device-2=tr-181-2-17-0-cwmp.xml)
                                  to another model version: rewrites the manifest, every vendor
                                  overlay built on it, the profiles' SupportedDataModel, and
                                  regenerates
  --help                          this text

Options:
  --root DIR                      work on another copy of the project (its schemas/, generated/
                                  and src/device/profiles/) instead of this repository

BBF files are found in schemas/, then in each directory of $BBF_SCHEMA_PATH.`;

function fail(message: string): never {
  throw new CodegenError(`${message}\n${USAGE}`);
}

/** Parses codegen's arguments; a mistake is a CodegenError carrying the usage. */
export function parseArgs(argv: readonly string[]): Invocation {
  const rest: string[] = [];
  let root: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--root') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) fail('--root takes a directory, e.g. --root /tmp/project');
      root = v;
    } else rest.push(a);
  }
  const withRoot = (command: Command): Invocation => (root === undefined ? { command } : { command, root });
  const [cmd, ...args] = rest;
  switch (cmd) {
    case undefined:
      return withRoot({ kind: 'generate' });
    case '--help':
    case '-h':
      return withRoot({ kind: 'help' });
    case '--check':
      if (args.length > 0) fail(`--check takes no arguments (got '${args.join(' ')}')`);
      return withRoot({ kind: 'check' });
    case '--dump':
      if (args.length !== 1 || args[0]!.startsWith('--'))
        fail('--dump takes one top file, e.g. --dump tr-181-2-19-1-cwmp.xml');
      return withRoot({ kind: 'dump', top: args[0]! });
    case '--diff': {
      const tops: string[] = [];
      const pathsFrom: string[] = [];
      let json = false;
      let breaking = false;
      for (let i = 0; i < args.length; i++) {
        const a = args[i]!;
        if (a === '--json') json = true;
        else if (a === '--breaking') breaking = true;
        else if (a === '--paths-from') {
          const v = args[++i];
          if (v === undefined || v.startsWith('--'))
            fail(
              '--paths-from takes a device profile or a source directory, e.g. --paths-from src/device/profiles/stb.yaml',
            );
          pathsFrom.push(v);
        } else if (a.startsWith('--')) fail(`--diff does not know '${a}'`);
        else tops.push(a);
      }
      if (tops.length !== 2)
        fail('--diff takes two top files, e.g. --diff tr-181-2-17-0-cwmp.xml tr-181-2-19-1-cwmp.xml');
      return withRoot({ kind: 'diff', oldTop: tops[0]!, newTop: tops[1]!, json, breaking, pathsFrom });
    }
    case '--retarget': {
      const m = args.length === 1 ? /^([a-z0-9-]+)=(.+)$/.exec(args[0]!) : null;
      if (!m) fail('--retarget takes OUTPUT=TOP.xml, e.g. --retarget device-2=tr-181-2-17-0-cwmp.xml');
      return withRoot({ kind: 'retarget', output: m[1]!, top: m[2]! });
    }
    default:
      return fail(`unknown arguments '${argv.join(' ')}'`);
  }
}
