/**
 * Every agent setting, once: its command-line flag, environment variable and config-file key,
 * with the parser that turns text into a value or a one-line error saying how to fix it.
 * Precedence (highest first): flags > environment > config file > profile > built-in default.
 */
export interface AgentSettings {
  acsUrl: string | undefined;
  acsUsername: string | undefined;
  acsPassword: string | undefined;
  stateDir: string;
  profile: string;
  crPort: number;
  crHost: string | undefined;
  crUsername: string | undefined;
  crPassword: string | undefined;
  udpPort: number;
  caFile: string | undefined;
  certFile: string | undefined;
  keyFile: string | undefined;
  insecure: boolean;
  logFormat: 'text' | 'json';
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  maxMessageBytes: number;
  periodicInformInterval: number | undefined;
  xmppJid: string | undefined;
  xmppPassword: string | undefined;
  xmppHost: string | undefined;
  xmppPort: number | undefined;
  xmppTls: boolean;
  maxDownloadBytes: number;
  sessionTimeout: number;
  allowUnbound: boolean;
}

type Parser<T> = (text: string) => { ok: true; value: T } | { ok: false; error: string };

interface SettingSpec<K extends keyof AgentSettings> {
  key: K;
  flag: string;
  env: string;
  help: string;
  secret?: boolean;
  parse: Parser<AgentSettings[K]>;
}

const text: Parser<string> = (t) => ({ ok: true, value: t });
const optionalText: Parser<string | undefined> = (t) => ({ ok: true, value: t === '' ? undefined : t });
const port: Parser<number> = (t) => {
  const n = Number(t);
  return /^[0-9]+$/.test(t) && n >= 0 && n <= 65535
    ? { ok: true, value: n }
    : { ok: false, error: `'${t}' is not a port number; give 0-65535 (0 picks a free port)` };
};
const url: Parser<string | undefined> = (t) => {
  if (t === '') return { ok: true, value: undefined };
  try {
    const u = new URL(t);
    if (u.protocol === 'http:' || u.protocol === 'https:') return { ok: true, value: t };
  } catch {
    // fall through to the error
  }
  return { ok: false, error: `'${t}' is not an http(s) URL; e.g. https://acs.example.net:7547/` };
};
const bool: Parser<boolean> = (t) => {
  if (['1', 'true', 'yes', 'on'].includes(t.toLowerCase())) return { ok: true, value: true };
  if (['0', 'false', 'no', 'off'].includes(t.toLowerCase())) return { ok: true, value: false };
  return { ok: false, error: `'${t}' is not a boolean; use true or false` };
};
function oneOf<T extends string>(...values: T[]): Parser<T> {
  return (t) =>
    (values as string[]).includes(t)
      ? { ok: true, value: t as T }
      : { ok: false, error: `'${t}' is not one of ${values.join(', ')}` };
}
function positive(min: number, what: string): Parser<number> {
  return (t) => {
    const n = Number(t);
    return /^[0-9]+$/.test(t) && n >= min
      ? { ok: true, value: n }
      : { ok: false, error: `'${t}' is not ${what} (a whole number of at least ${min})` };
  };
}
const jid: Parser<string | undefined> = (t) => {
  if (t === '') return { ok: true, value: undefined };
  return /^[^@/\s]+@[^@/\s]+(\/\S+)?$/.test(t)
    ? { ok: true, value: t }
    : { ok: false, error: `'${t}' is not a JID; give user@domain or user@domain/resource` };
};
const optionalPort: Parser<number | undefined> = (t) => {
  if (t === '') return { ok: true, value: undefined };
  const r = port(t);
  return r.ok && r.value === 0 ? { ok: false, error: `'${t}' is not a server port; give 1-65535` } : r;
};
const optionalSeconds: Parser<number | undefined> = (t) =>
  t === '' ? { ok: true, value: undefined } : positive(1, 'a number of seconds')(t);

export const SETTINGS: readonly SettingSpec<keyof AgentSettings>[] = [
  {
    key: 'acsUrl',
    flag: 'acs-url',
    env: 'TR069_ACS_URL',
    help: 'ACS URL (ManagementServer.URL); none starts the built-in demo ACS',
    parse: url,
  },
  {
    key: 'acsUsername',
    flag: 'acs-username',
    env: 'TR069_ACS_USERNAME',
    help: 'ManagementServer.Username',
    parse: optionalText,
  },
  {
    key: 'acsPassword',
    flag: 'acs-password',
    env: 'TR069_ACS_PASSWORD',
    help: 'ManagementServer.Password',
    secret: true,
    parse: optionalText,
  },
  { key: 'stateDir', flag: 'state-dir', env: 'TR069_STATE_DIR', help: 'directory for persisted state', parse: text },
  {
    key: 'profile',
    flag: 'profile',
    env: 'TR069_PROFILE',
    help: "device profile: 'stb', 'gateway' or a .yaml/.json file",
    parse: text,
  },
  { key: 'crPort', flag: 'cr-port', env: 'TR069_CR_PORT', help: 'HTTP connection-request port', parse: port },
  {
    key: 'crHost',
    flag: 'cr-host',
    env: 'TR069_CR_HOST',
    help: 'host in ConnectionRequestURL (default: local address towards the ACS)',
    parse: optionalText,
  },
  {
    key: 'crUsername',
    flag: 'cr-username',
    env: 'TR069_CR_USERNAME',
    help: 'ManagementServer.ConnectionRequestUsername',
    parse: optionalText,
  },
  {
    key: 'crPassword',
    flag: 'cr-password',
    env: 'TR069_CR_PASSWORD',
    help: 'ManagementServer.ConnectionRequestPassword',
    secret: true,
    parse: optionalText,
  },
  {
    key: 'udpPort',
    flag: 'udp-port',
    env: 'TR069_UDP_PORT',
    help: 'UDP connection-request port (TR-111)',
    parse: port,
  },
  {
    key: 'caFile',
    flag: 'ca-file',
    env: 'TR069_CA_FILE',
    help: 'PEM CA bundle trusted for the ACS and transfers',
    parse: optionalText,
  },
  {
    key: 'certFile',
    flag: 'cert-file',
    env: 'TR069_CERT_FILE',
    help: 'PEM client certificate (mutual TLS)',
    parse: optionalText,
  },
  { key: 'keyFile', flag: 'key-file', env: 'TR069_KEY_FILE', help: 'PEM client key (mutual TLS)', parse: optionalText },
  {
    key: 'insecure',
    flag: 'insecure',
    env: 'TR069_INSECURE',
    help: 'skip TLS verification (logged as a warning every session)',
    parse: bool,
  },
  { key: 'logFormat', flag: 'log-format', env: 'TR069_LOG_FORMAT', help: 'text or json', parse: oneOf('text', 'json') },
  {
    key: 'logLevel',
    flag: 'log-level',
    env: 'TR069_LOG_LEVEL',
    help: 'debug, info, warn or error',
    parse: oneOf('debug', 'info', 'warn', 'error'),
  },
  {
    key: 'maxMessageBytes',
    flag: 'max-message-bytes',
    env: 'TR069_MAX_MESSAGE_BYTES',
    help: 'largest SOAP message accepted',
    parse: positive(1024, 'a byte count'),
  },
  {
    key: 'periodicInformInterval',
    flag: 'periodic-inform-interval',
    env: 'TR069_PERIODIC_INFORM_INTERVAL',
    help: 'initial PeriodicInformInterval in seconds',
    parse: optionalSeconds,
  },
  {
    key: 'sessionTimeout',
    flag: 'session-timeout',
    env: 'TR069_SESSION_TIMEOUT',
    help: 'seconds to wait for the ACS (connect, each answer); announced as SessionTimeout',
    parse: positive(1, 'a number of seconds'),
  },
  {
    key: 'maxDownloadBytes',
    flag: 'max-download-bytes',
    env: 'TR069_MAX_DOWNLOAD_BYTES',
    help: 'largest file a Download may bring (also the free space it needs)',
    parse: positive(1024, 'a byte count'),
  },
  {
    key: 'xmppJid',
    flag: 'xmpp-jid',
    env: 'TR069_XMPP_JID',
    help: 'XMPP account user@domain[/resource] for connection requests (sets up XMPP.Connection)',
    parse: jid,
  },
  {
    key: 'xmppPassword',
    flag: 'xmpp-password',
    env: 'TR069_XMPP_PASSWORD',
    help: 'password of the XMPP account',
    secret: true,
    parse: optionalText,
  },
  {
    key: 'xmppHost',
    flag: 'xmpp-host',
    env: 'TR069_XMPP_HOST',
    help: 'XMPP server address (default: the JID domain)',
    parse: optionalText,
  },
  {
    key: 'xmppPort',
    flag: 'xmpp-port',
    env: 'TR069_XMPP_PORT',
    help: 'XMPP server port (default 5222; 5223 is direct TLS)',
    parse: optionalPort,
  },
  {
    key: 'xmppTls',
    flag: 'xmpp-tls',
    env: 'TR069_XMPP_TLS',
    help: 'on: require TLS to the XMPP server (UseTLS); off for a lab server',
    parse: bool,
  },
  {
    key: 'allowUnbound',
    flag: 'allow-unbound',
    env: 'TR069_ALLOW_UNBOUND',
    help: 'start even when a handler is bound to a path the profile does not serve (a warning each)',
    parse: bool,
  },
];

export const DEFAULTS: AgentSettings = {
  acsUrl: undefined,
  acsUsername: undefined,
  acsPassword: undefined,
  stateDir: './tr069-state',
  profile: 'stb',
  crPort: 7547,
  crHost: undefined,
  crUsername: undefined,
  crPassword: undefined,
  udpPort: 7547,
  caFile: undefined,
  certFile: undefined,
  keyFile: undefined,
  insecure: false,
  logFormat: 'text',
  logLevel: 'info',
  maxMessageBytes: 10 * 1024 * 1024,
  periodicInformInterval: undefined,
  xmppJid: undefined,
  xmppPassword: undefined,
  xmppHost: undefined,
  xmppPort: undefined,
  xmppTls: true,
  maxDownloadBytes: 1024 * 2 ** 20,
  sessionTimeout: 30,
  allowUnbound: false,
};

export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

export type SettingSource = 'flag' | 'env' | 'file';
export type RawLayer = Partial<Record<string, string>>;

function label(spec: SettingSpec<keyof AgentSettings>, source: SettingSource): string {
  return source === 'flag' ? `--${spec.flag}` : source === 'env' ? spec.env : `config key '${spec.flag}'`;
}

/** Merges text layers (config file, environment, flags) over the defaults, validating each value. */
export function resolveSettings(
  layers: { file?: RawLayer; env?: NodeJS.ProcessEnv; flags?: RawLayer },
  base: AgentSettings = DEFAULTS,
): AgentSettings {
  const out: Record<string, unknown> = { ...base };
  const apply = (source: SettingSource, get: (spec: SettingSpec<keyof AgentSettings>) => string | undefined): void => {
    for (const spec of SETTINGS) {
      const raw = get(spec);
      if (raw === undefined) continue;
      const r = spec.parse(raw);
      if (!r.ok) throw new SettingsError(`${label(spec, source)}: ${r.error}`);
      out[spec.key] = r.value;
    }
  };
  if (layers.file) {
    const known = new Set(SETTINGS.map((s) => s.flag));
    for (const k of Object.keys(layers.file))
      if (!known.has(k))
        throw new SettingsError(`config key '${k}' is unknown; valid keys are the flag names, e.g. acs-url, state-dir`);
    apply('file', (s) => layers.file![s.flag]);
  }
  if (layers.env) apply('env', (s) => layers.env![s.env]);
  if (layers.flags) apply('flag', (s) => layers.flags![s.flag]);
  return out as unknown as AgentSettings;
}
