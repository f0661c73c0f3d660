import { Agent } from '../agent/agent.ts';
import { simulatedDevice } from '../agent/device-setup.ts';
import { checkBindings } from '../agent/binding-audit.ts';
import { agentOptions } from '../agent/options-from-settings.ts';
import { SETTINGS, type AgentSettings } from '../agent/settings.ts';
import { demoScript } from '../demo-acs/demo-script.ts';
import { ScriptedAcs } from '../demo-acs/scripted-acs.ts';
import { loadProfile } from '../device/profile/load.ts';
import { createLogger, Redactor } from '../log/logger.ts';
import { LogTail } from '../log/log-tail.ts';
import { readPem } from './read-pem.ts';

/** `tr069-agent run`: the agent in the foreground until SIGINT/SIGTERM. */
export async function runCommand(settings: AgentSettings): Promise<void> {
  const redactor = new Redactor();
  for (const spec of SETTINGS) if (spec.secret) redactor.add(String(settings[spec.key] ?? ''));
  const tail = new LogTail();
  const log = createLogger(
    {
      level: settings.logLevel,
      format: settings.logFormat,
      write: (line) => {
        process.stderr.write(`${line}\n`);
        tail.push(line);
      },
    },
    redactor,
  );
  const ca = readPem(settings.caFile, 'ca-file');
  const cert = readPem(settings.certFile, 'cert-file');
  const key = readPem(settings.keyFile, 'key-file');
  if ((cert === undefined) !== (key === undefined))
    throw new Error('--cert-file and --key-file go together; give both for mutual TLS, or neither');

  const profile = await loadProfile(settings.profile);
  let acsUrl = settings.acsUrl;
  let demo: ScriptedAcs | undefined;
  if (acsUrl === undefined) {
    // A newcomer with no ACS gets the scripted demo ACS on loopback and its transcript.
    demo = new ScriptedAcs({ script: demoScript, transcript: (line) => process.stdout.write(`[demo ACS] ${line}\n`) });
    acsUrl = await demo.listen(0, '127.0.0.1');
    process.stdout.write(`[demo ACS] listening on ${acsUrl} (pass --acs-url to use a real ACS)\n`);
  }
  const device = await simulatedDevice(profile);
  const agent = new Agent({
    ...agentOptions(
      { ...settings, acsUrl },
      { device, log, pem: { ca, cert, key }, udp: true, xmpp: true, transportLog: true },
    ),
    logText: () => tail.text(),
  });
  try {
    checkBindings(agent.tree.handlers, { ...device, profileName: profile.name }, settings.allowUnbound, log);
  } catch (e) {
    await demo?.close();
    throw e;
  }
  log.info(
    `agent: ${profile.identity.manufacturer} ${profile.identity.productClass} ${profile.identity.serialNumber} (profile ${profile.name}), ACS ${acsUrl}`,
  );
  await agent.start();
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log.info('agent: stopping');
  await agent.stop();
  await demo?.close();
}
