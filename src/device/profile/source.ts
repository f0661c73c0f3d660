/**
 * Reads profile text with the `yaml` package (JSON is YAML too), keeping the parsed document so
 * a problem found later in the plain data can still be pinned to its line. A built-in profile
 * compiled to JSON by the build is read with JSON.parse, and `yaml` is loaded only if a problem
 * needs its line: it is the largest cost of an agent's start otherwise.
 */
import type { Document, LineCounter } from 'yaml';
import type { ProfileProblem } from './errors.ts';
import { type Issue, formatKey } from './issues.ts';
import { loadYaml } from '../../common/yaml.ts';

export interface ProfileSource {
  /** The plain data, or undefined when the text did not parse. */
  readonly data: unknown;
  /** Syntax errors, with lines. */
  readonly problems: readonly ProfileProblem[];
  /** Turns an issue found in `data` into a problem with the line of its key. */
  locate(issue: Issue): Promise<ProfileProblem>;
}

type Yaml = typeof import('yaml');

function lineAt(yaml: Yaml, doc: Document, lines: LineCounter, path: readonly (string | number)[]): number | undefined {
  const { isMap, isNode, isScalar, isSeq } = yaml;
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

/**
 * Parses profile text; syntax errors come back as problems rather than thrown. `trustedJson` is
 * for JSON our build wrote from a checked YAML profile (JSON.parse would let a duplicate key of a
 * hand-written file pass silently).
 */
export async function parseProfileText(text: string, trustedJson = false): Promise<ProfileSource> {
  if (trustedJson) {
    const data: unknown = JSON.parse(text);
    let full: Promise<ProfileSource> | undefined;
    return { data, problems: [], locate: async (issue) => (await (full ??= parseProfileText(text))).locate(issue) };
  }
  const yaml = await loadYaml();
  const lines = new yaml.LineCounter();
  // Duplicate keys are found below in one pass: the parser's own check compares every key of a
  // map with every other, which an imported device's thousands of values make take minutes.
  const doc = yaml.parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const problems: ProfileProblem[] = doc.errors.map((e) => {
    const line = lines.linePos(e.pos[0]).line;
    const message = `${e.message.split('\n')[0] ?? e.message} (fix the YAML syntax)`;
    return { key: '', message, line };
  });
  const visit = (node: unknown): void => {
    if (yaml.isSeq(node)) for (const item of node.items) visit(item);
    if (!yaml.isMap(node)) return;
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = yaml.isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined && seen.has(key)) {
        const at = yaml.isNode(pair.key) && pair.key.range ? lines.linePos(pair.key.range[0]).line : undefined;
        problems.push({
          key: '',
          message: 'Map keys must be unique (fix the YAML syntax)',
          ...(at ? { line: at } : {}),
        });
      }
      if (key !== undefined) seen.add(key);
      visit(pair.value);
    }
  };
  visit(doc.contents);
  const data: unknown = problems.length > 0 ? undefined : doc.toJS();
  return {
    data,
    problems,
    async locate(issue) {
      const key = formatKey(issue.path);
      const line = lineAt(yaml, doc, lines, issue.path);
      return line === undefined ? { key, message: issue.message } : { key, message: issue.message, line };
    },
  };
}
