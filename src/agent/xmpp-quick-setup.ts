import { DataModelFault } from '../datamodel/faults.ts';
import type { DataModel, SetEntry } from '../datamodel/tree.ts';

/** The `--xmpp-*` settings: a one-line way to fill in the data model's XMPP configuration. */
export interface XmppQuickSetup {
  /** user@domain or user@domain/resource. */
  jid: string;
  password: string | undefined;
  host: string | undefined;
  port: number | undefined;
  tls: boolean;
}

/**
 * Writes the quick settings into Device.XMPP.Connection.{i} (the row ConnReqXMPPConnection
 * already names, else a new one) and points ConnReqXMPPConnection at it. The data model stays
 * the source of truth: the ACS may change any of it afterwards, and XmppBinding follows.
 */
export async function applyXmppQuickSetup(
  tree: DataModel,
  root: string,
  q: XmppQuickSetup,
): Promise<string | undefined> {
  const ms = `${root}ManagementServer.`;
  if (!tree.schema.get(`${ms}ConnReqXMPPConnection`) || !tree.schema.get(`${root}XMPP.Connection.{i}.`))
    return undefined;
  const [, user = '', domain = '', resource = 'cwmp'] = /^([^@]+)@([^/]+)(?:\/(.+))?$/.exec(q.jid) ?? [];
  const ref = String(await tree.readInternal(`${ms}ConnReqXMPPConnection`).catch(() => '')).replace(/\.$/, '');
  const existing = ref !== '' && (await tree.getNames(`${ref}.`, true).catch(() => undefined)) !== undefined;
  const row = existing
    ? `${ref}.`
    : `${root}XMPP.Connection.${await tree.addObject(`${root}XMPP.Connection.`, 'local')}.`;
  const entries: SetEntry[] = [
    { path: `${row}Enable`, value: true },
    { path: `${row}Username`, value: user },
    { path: `${row}Domain`, value: domain },
    { path: `${row}Resource`, value: resource },
    { path: `${row}UseTLS`, value: q.tls },
    { path: `${ms}ConnReqXMPPConnection`, value: row.slice(0, -1) },
  ];
  if (q.password !== undefined) entries.push({ path: `${row}Password`, value: q.password });
  if (q.host !== undefined || q.port !== undefined) {
    const servers = await tree.getNames(`${row}Server.`, true);
    const server = servers[0]?.path ?? `${row}Server.${await tree.addObject(`${row}Server.`, 'local')}.`;
    entries.push(
      { path: `${server}Enable`, value: true },
      { path: `${server}ServerAddress`, value: q.host ?? domain },
      { path: `${server}Port`, value: q.port ?? 5222 },
      { path: `${row}ServerConnectAlgorithm`, value: 'ServerTable' },
    );
  }
  try {
    await tree.setValues(entries, 'local');
  } catch (e) {
    // Name the parameters the device refused, not just the aggregate 9003.
    if (e instanceof DataModelFault && e.parameters.length > 0)
      throw new Error(e.parameters.map((p) => `${p.name}: ${p.message}`).join('; '));
    throw e;
  }
  return row;
}
