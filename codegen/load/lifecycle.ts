/**
 * Facts a description states in BBF's lifecycle macros ({{deprecated|2.16|…}}, {{obsoleted|2.18}},
 * {{deleted|2.19}}): the versions, and the item the reason names as the replacement when it does
 * ("due to the introduction of {{object|Client}}", "use {{param|X}} instead", "moved to …"). Only
 * these facts are kept; the prose around them never leaves the loader.
 */
export interface Lifecycle {
  deprecated?: string;
  obsoleted?: string;
  deleted?: string;
  /** The reference as written ('Client', '#.Radio.{i}.RetryLimit', '.Schedules.'), resolved later. */
  replacedBy?: { kind: 'object' | 'param'; ref: string };
}

const MACROS = ['deprecated', 'obsoleted', 'deleted'] as const;

/** The text of `{{name|…}}` starting at `start`, nested macros included, without the braces. */
function macroBody(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    if (text[i] === '{' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && text[i + 1] === '}') {
      depth--;
      i++;
      if (depth === 0) return text.slice(start + 2, i - 1);
    }
  }
  return text.slice(start + 2);
}

// The wordings BBF uses for "this item gives way to that one", followed by the item's reference.
const REPLACEMENT =
  /(?:\buse|in favou?r of|replaced (?:by|with)|superseded by|moved (?:to|into)|introduction of|same as|duplicated in|typo (?:of|for))\s+(?:the\s+)?(?:referenced object,\s*)?\{\{(object|param)\|([^|}]+)\}\}/i;

/** The lifecycle facts of one description's text; undefined when it has none. */
export function lifecycleOf(description: string): Lifecycle | undefined {
  const out: Lifecycle = {};
  for (const name of MACROS) {
    const at = description.indexOf(`{{${name}|`);
    if (at === -1) continue;
    const body = macroBody(description, at).slice(name.length + 1);
    const bar = body.indexOf('|');
    const version = (bar === -1 ? body : body.slice(0, bar)).trim();
    if (/^[0-9]+(\.[0-9]+)*$/.test(version)) out[name] = version;
    if (name === 'deprecated' && bar !== -1) {
      const m = REPLACEMENT.exec(body.slice(bar + 1).replace(/\s+/g, ' '));
      if (m) out.replacedBy = { kind: m[1] === 'object' ? 'object' : 'param', ref: m[2]!.trim() };
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The element that stands in for a description in the parsed tree (attributes only, no prose). */
export const LIFECYCLE_TAG = 'x-lifecycle';

export function lifecycleElement(l: Lifecycle): string {
  const attrs: string[] = [];
  for (const name of MACROS) if (l[name] !== undefined) attrs.push(`${name}="${l[name]}"`);
  if (l.replacedBy) attrs.push(`replacedBy="${l.replacedBy.kind}:${l.replacedBy.ref.replace(/[<>&"]/g, '')}"`);
  return `<${LIFECYCLE_TAG} ${attrs.join(' ')}/>`;
}

/** Reads the stand-in element's attributes back. */
export function readLifecycle(attrs: Record<string, string>): Lifecycle {
  const out: Lifecycle = {};
  for (const name of MACROS) if (attrs[name] !== undefined) out[name] = attrs[name];
  const r = attrs['replacedBy'];
  if (r !== undefined) {
    const i = r.indexOf(':');
    out.replacedBy = { kind: r.slice(0, i) === 'object' ? 'object' : 'param', ref: r.slice(i + 1) };
  }
  return out;
}
