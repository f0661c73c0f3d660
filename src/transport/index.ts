export { AcsSession } from './acs-session.ts';
export { TransportError, type TransportErrorKind } from './errors.ts';
export { CookieJar } from './cookie-jar.ts';
export type { AcsClientOptions, AcsReply, TransportLog } from './options.ts';
