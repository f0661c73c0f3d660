import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CodegenError } from '../../codegen/errors.ts';
import { SearchPath } from '../../codegen/load/search-path.ts';
import { resolveTopFile } from '../../codegen/resolve/resolve.ts';
import { REPO } from '../support/bbf-path.ts';

const FIXTURES = join(REPO, 'test', 'fixtures', 'bbf');
const search = new SearchPath([FIXTURES, join(REPO, 'test', 'fixtures', 'empty-dir')]);

function failure(file: string): string {
  try {
    resolveTopFile(join(FIXTURES, file), search);
  } catch (e) {
    expect(e).toBeInstanceOf(CodegenError);
    return (e as Error).message;
  }
  throw new Error(`${file} resolved without the expected error`);
}

describe('codegen errors name the cause and the fix', () => {
  it('a missing import names the file, its spec, every directory searched and where BBF publishes', () => {
    const msg = failure('missing-import.xml');
    expect(msg).toContain("'tr-999-1-nothing.xml'");
    expect(msg).toContain('urn:broadband-forum-org:tr-999-1-2');
    expect(msg).toContain(FIXTURES);
    expect(msg).toContain(join(REPO, 'test', 'fixtures', 'empty-dir'));
    expect(msg).toContain('https://cwmp-data-models.broadband-forum.org/');
  });

  it('malformed XML names file:line', () => {
    expect(failure('malformed.xml')).toMatch(/malformed\.xml:9: malformed XML/);
  });

  it('an unresolved base= names the item path', () => {
    expect(failure('unresolved-base.xml')).toContain('Example.Nowhere.');
  });

  it('an unresolved component ref names the component and where it was used', () => {
    const msg = failure('unresolved-component.xml');
    expect(msg).toContain('NoSuchComponent');
    expect(msg).toContain('Example.Thing.');
  });
});
