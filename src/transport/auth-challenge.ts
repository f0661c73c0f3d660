/**
 * WWW-Authenticate parsing (RFC 7235 2.1 / RFC 9110 11.6.1). One header may carry several
 * challenges separated by commas and the header may repeat, so "Digest realm="a, b", nonce=x, Basic realm=y"
 * is two challenges. Scheme and parameter names are case-insensitive; values are tokens or quoted strings.
 */
export interface AuthChallenge {
  scheme: string; // lower-case: 'digest', 'basic', ...
  params: Record<string, string>; // lower-case names
  token68?: string;
}

const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const TOKEN68 = /^([A-Za-z0-9\-._~+/]+=*)[ \t]*(?=,|$)/;

export function parseChallenges(header: string | string[] | undefined): AuthChallenge[] {
  if (header === undefined) return [];
  const out: AuthChallenge[] = [];
  for (const line of Array.isArray(header) ? header : [header]) out.push(...parseLine(line));
  return out;
}

function parseLine(s: string): AuthChallenge[] {
  const out: AuthChallenge[] = [];
  let pos = 0;
  const skip = (re: RegExp): void => {
    while (pos < s.length && re.test(s.charAt(pos))) pos++;
  };
  const token = (): string => {
    const start = pos;
    while (pos < s.length && TCHAR.test(s.charAt(pos))) pos++;
    return s.slice(start, pos);
  };

  while (pos < s.length) {
    skip(/[\s,]/);
    const scheme = token();
    if (scheme === '') {
      pos++;
      continue;
    } // garbage: step over it
    const challenge: AuthChallenge = { scheme: scheme.toLowerCase(), params: {} };
    out.push(challenge);
    skip(/[ \t]/);

    // token68 form ("Negotiate abc=="): the whole thing up to the next comma. "realm=x" does not
    // qualify because after "realm=" comes more text, not a comma.
    const t68 = TOKEN68.exec(s.slice(pos));
    if (t68) {
      challenge.token68 = t68[1];
      pos += t68[0].length;
      continue;
    }

    // auth-params until something that is not "name =" (that is the next challenge's scheme).
    for (;;) {
      skip(/[\s,]/);
      const mark = pos;
      const name = token();
      skip(/[ \t]/);
      if (name === '' || s.charAt(pos) !== '=') {
        pos = mark;
        break;
      }
      pos++; // '='
      skip(/[ \t]/);
      challenge.params[name.toLowerCase()] = s.charAt(pos) === '"' ? quoted() : token();
    }
  }
  return out;

  function quoted(): string {
    let v = '';
    pos++; // opening quote
    while (pos < s.length) {
      const c = s.charAt(pos++);
      if (c === '\\' && pos < s.length)
        v += s.charAt(pos++); // quoted-pair
      else if (c === '"') break;
      else v += c;
    }
    return v;
  }
}
