import { writeFile } from 'node:fs/promises';
import { type Imported, importDump } from '../device/import/import-dump.ts';
import { formatReport } from '../device/import/import-report.ts';
import { DumpFormatError } from '../device/import/read-csv-dump.ts';
import { readDump } from '../device/import/read-dump.ts';
import { UsageError } from './args.ts';

export interface ImportProfileArgs {
  dump?: string | undefined;
  out?: string | undefined;
  verbose?: boolean;
}

/**
 * `tr069-agent import-profile DUMP --out PROFILE.yaml`: a device profile from a real device's
 * data-model dump (src/device/import/). Returns the report.
 */
export async function importProfileCommand(a: ImportProfileArgs): Promise<string> {
  if (!a.dump)
    throw new UsageError(
      'import-profile: give the dump file, e.g. tr069-agent import-profile device.csv --out device.yaml',
    );
  if (!a.out)
    throw new UsageError('import-profile: --out is missing; give the profile file to write, e.g. --out device.yaml');
  if (!/\.ya?ml$/i.test(a.out))
    throw new UsageError(`import-profile: --out ${a.out} is not a .yaml file; give e.g. --out device.yaml`);
  let imported: Imported;
  try {
    imported = await importDump(await readDump(a.dump), a.dump);
  } catch (e) {
    if (e instanceof DumpFormatError)
      throw new UsageError(
        `import-profile: ${a.dump}: ${e.message}; give a genieacs-sim or GenieACS CSV or a JSON dump`,
      );
    throw e;
  }
  try {
    await writeFile(a.out, imported.yaml);
  } catch (e) {
    throw new Error(
      `import-profile: cannot write ${a.out} (${(e as NodeJS.ErrnoException).code ?? 'error'}); give a writable path`,
    );
  }
  return `${formatReport(imported.report, a.verbose === true)}\nwrote ${a.out}: run it with tr069-agent run --profile ${a.out}`;
}
