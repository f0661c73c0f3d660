/**
 * Reads profile text with the `yaml` package (JSON is YAML too), keeping the parsed document so
 * a problem found later in the plain data can still be pinned to its line.
 */
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { ProfileProblem } from './errors.ts';
import { type Issue, formatKey } from './issues.ts';

export interface ProfileSource {
  /** The plain data, or undefined when the text did not parse. */
  readonly data: unknown;
  /** Syntax errors, with lines. */
  readonly problems: readonly ProfileProblem[];
  /** Turns an issue found in `data` into a problem with the line of its key. */
  locate(issue: Issue): ProfileProblem;
}

function lineAt(doc: Document, lines: LineCounter, path: readonly (string | number)[]): number | undefined {
  const lineOf = (node: unknown): number | undefined =>
    isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
  let node: unknown = doc.contents;
  let line = lineOf(node);
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return line;
      // Point at the key: that is what the message names, and a value may span many lines.
      line = lineOf(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      line = lineOf(node) ?? line;
    } else {
      return line;
    }
  }
  return line;
}

/** Parses profile text; syntax errors come back as problems rather than thrown. */
export function parseProfileText(text: string): ProfileSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const problems: ProfileProblem[] = doc.errors.map((e) => {
    const line = lines.linePos(e.pos[0]).line;
    const message = `${e.message.split('\n')[0] ?? e.message} (fix the YAML syntax)`;
    return { key: '', message, line };
  });
  const data: unknown = problems.length > 0 ? undefined : doc.toJS();
  return {
    data,
    problems,
    locate(issue) {
      const key = formatKey(issue.path);
      const line = lineAt(doc, lines, issue.path);
      return line === undefined ? { key, message: issue.message } : { key, message: issue.message, line };
    },
  };
}
