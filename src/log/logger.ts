/**
 * One line per event, readable text or JSON. Secrets registered with `redact` are replaced
 * wherever they appear, so a password never reaches a log at any level.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LogFields {
  [key: string]: string | number | boolean | undefined;
}

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds these fields to every line (e.g. the device serial in fleet mode). */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  level?: LogLevel;
  format?: 'text' | 'json';
  write?: (line: string) => void;
  now?: () => Date;
}

export class Redactor {
  private secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (secret !== undefined && secret.length >= 3) this.secrets.add(secret);
  }

  apply(s: string): string {
    let out = s;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }
}

export function createLogger(opts: LoggerOptions = {}, redactor = new Redactor(), bound: LogFields = {}): Logger {
  return new LineLogger(
    {
      min: ORDER[opts.level ?? 'info'],
      json: opts.format === 'json',
      write: opts.write ?? ((line: string) => process.stderr.write(line + '\n')),
      now: opts.now ?? (() => new Date()),
      redactor,
    },
    bound,
  );
}

/** Where the lines of a logger and all its children go. */
interface Sink {
  readonly min: number;
  readonly json: boolean;
  write(line: string): void;
  now(): Date;
  readonly redactor: Redactor;
}

/** A logger is its sink and its fields: a fleet gives each of its thousands of devices a child. */
class LineLogger implements Logger {
  constructor(
    private readonly sink: Sink,
    private readonly bound: LogFields,
  ) {}

  debug(msg: string, fields?: LogFields): void {
    this.emit('debug', msg, fields);
  }

  info(msg: string, fields?: LogFields): void {
    this.emit('info', msg, fields);
  }

  warn(msg: string, fields?: LogFields): void {
    this.emit('warn', msg, fields);
  }

  error(msg: string, fields?: LogFields): void {
    this.emit('error', msg, fields);
  }

  child(fields: LogFields): Logger {
    return new LineLogger(this.sink, { ...this.bound, ...fields });
  }

  private emit(level: LogLevel, msg: string, fields: LogFields = {}): void {
    const sink = this.sink;
    if (ORDER[level] < sink.min) return;
    const all = { ...this.bound, ...fields };
    let line: string;
    if (sink.json) {
      line = JSON.stringify({ time: sink.now().toISOString(), level, msg, ...all });
    } else {
      const extra = Object.entries(all)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${typeof v === 'string' && /\s/.test(v) ? JSON.stringify(v) : String(v)}`);
      line = `${sink.now().toISOString()} ${level.toUpperCase().padEnd(5)} ${msg}${extra.length ? ' ' + extra.join(' ') : ''}`;
    }
    sink.write(sink.redactor.apply(line));
  }
}

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};
