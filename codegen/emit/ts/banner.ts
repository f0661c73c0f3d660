import type { SourceFile } from '../../ir/types.ts';

/** The header of every generated file: a do-not-edit notice and each source with its sha256. */
export function banner(title: string, sources: readonly SourceFile[]): string {
  const lines = [
    '// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum',
    '// data-model XML; change the schemas or the generator and regenerate instead.',
    `// ${title}`,
    '// Sources (sha256):',
    ...sources.map((s) => `//   ${s.sha256}  ${s.file}`),
  ];
  return lines.join('\n') + '\n';
}
