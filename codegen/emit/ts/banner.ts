/** The file every generated file points to for its sources: each XML file once, with its sha256. */
export const SOURCES_FILE = 'sources.txt';

const DO_NOT_EDIT = 'GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum';

/** The header of every generated TypeScript file: a do-not-edit notice, what it is, where its sources are listed. */
export function banner(title: string): string {
  return (
    [
      `// ${DO_NOT_EDIT}`,
      '// data-model XML; change the schemas or the generator and regenerate instead.',
      `// ${title}.`,
      `// Sources, each with its sha256: generated/${SOURCES_FILE}.`,
    ].join('\n') + '\n'
  );
}

/** The same notice as one string, for the "generated" field of a JSON facts file. */
export function jsonBanner(title: string): string {
  return `${DO_NOT_EDIT} data-model XML. ${title}. Sources, each with its sha256: generated/${SOURCES_FILE}.`;
}
