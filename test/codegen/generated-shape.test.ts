import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project, SyntaxKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/bbf-path.ts';

// Looks at the generated TypeScript through its AST (ts-morph): the path map and the metadata
// must describe the same parameters, and no generated file may carry prose or `any`.
const GENERATED = join(REPO, 'generated');
const outputs = readdirSync(GENERATED, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('generated/ output', () => {
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });

  for (const dir of outputs) {
    it(`${dir}: every parameter in meta.ts has exactly one entry in the Values map`, () => {
      const paths = project.addSourceFileAtPath(join(GENERATED, dir, 'paths.ts'));
      const values = paths
        .getInterfaceOrThrow('Values')
        .getProperties()
        .map((p) => JSON.parse(p.getName().replace(/^'|'$/g, '"')) as string);
      const meta = project.addSourceFileAtPath(join(GENERATED, dir, 'meta.ts'));
      const items = meta
        .getVariableDeclarationOrThrow('items')
        .getInitializerIfKindOrThrow(SyntaxKind.ArrayLiteralExpression)
        .getElements();
      const params = items
        .map((e) => e.getText())
        .filter((t) => t.includes('kind: "parameter"'))
        .map((t) => /path: "([^"]+)"/.exec(t)![1]!);
      expect(values.length).toBeGreaterThan(0);
      expect(values).toEqual(params);
      expect([...params].sort()).toEqual(params);
    });
  }

  it('carries a do-not-edit banner with sha256 sources and no `any`, descriptions or templates', () => {
    for (const dir of outputs) {
      for (const f of readdirSync(join(GENERATED, dir))) {
        const text = readFileSync(join(GENERATED, dir, f), 'utf8');
        expect(text.startsWith('// GENERATED FILE - DO NOT EDIT.')).toBe(true);
        expect(text).toMatch(/^\/\/ {3}[0-9a-f]{64} {2}tr-106-types\.xml$/m);
        expect(text).not.toMatch(/:\s*any\b/);
        expect(text).not.toMatch(/\{\{(param|object|enum|bibref)/);
        expect(text.toLowerCase()).not.toContain('this parameter');
      }
    }
  });
});
