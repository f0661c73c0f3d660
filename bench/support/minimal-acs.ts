import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// The minimal ACS of the fleet benchmarks: it answers every Inform with a fixed InformResponse
// and the empty POST with 204, without parsing, so that the agent side is what gets measured.
// Run as its own process (`tsx bench/support/minimal-acs.ts`) it prints its URL and then, once a
// second, the sessions it has ended so far; it uses the second core, the fleet the first.
const INFORM_RESPONSE =
  '<?xml version="1.0" encoding="UTF-8"?>\n<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cwmp="urn:dslforum-org:cwmp-1-0">' +
  '<soap-env:Header><cwmp:ID soap-env:mustUnderstand="1">1</cwmp:ID></soap-env:Header>' +
  '<soap-env:Body><cwmp:InformResponse><MaxEnvelopes>1</MaxEnvelopes></cwmp:InformResponse></soap-env:Body></soap-env:Envelope>';

export function minimalAcs(onSessionEnd: () => void = () => {}): Server {
  return createServer((req, res) => {
    let bytes = 0;
    req.on('data', (c: Buffer) => (bytes += c.length));
    req.on('end', () => {
      if (bytes > 0)
        res
          .writeHead(200, {
            'Content-Type': 'text/xml; charset="utf-8"',
            'Content-Length': Buffer.byteLength(INFORM_RESPONSE),
          })
          .end(INFORM_RESPONSE);
      else {
        res.writeHead(204).end();
        onSessionEnd();
      }
    });
  });
}

if (process.argv[1]?.endsWith('minimal-acs.ts')) {
  let ended = 0;
  const server = minimalAcs(() => void ended++);
  server.keepAliveTimeout = 30_000;
  server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
    process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}/acs\n`);
    setInterval(() => process.stdout.write(`${ended}\n`), 1000);
  });
}
