import { spawn, type ChildProcess } from 'node:child_process';

// The server runs in its own process, as a real one would, and paces itself at RATE: the test
// checks that our figures match curl's for the same link, and an unpaced loopback transfer is
// CPU-bound and over in a few ms, where scheduling noise decides the result.
const script = (SIZE: number, RATE: number): string => `
const http = require('node:http');
const SIZE = ${SIZE};
const RATE = ${RATE};
const block = Buffer.alloc(1 << 20, 7);
const server = http.createServer((req, res) => {
  const started = Date.now();
  const due = (bytes) => started + (bytes / RATE) * 1000 - Date.now();
  if (req.method === 'PUT') {
    let n = 0;
    req.on('data', (d) => {
      n += d.length;
      const wait = due(n);
      if (wait > 1) {
        req.pause();
        setTimeout(() => req.resume(), wait);
      }
    });
    req.on('end', () => res.writeHead(201).end(String(n)));
    return;
  }
  if (req.url === '/missing') return void res.writeHead(404).end('no');
  const chunked = req.url.startsWith('/chunked');
  const paced = !req.url.includes('fast');
  res.writeHead(200, chunked ? {} : { 'content-length': String(SIZE) });
  let sent = 0;
  const pump = () => {
    while (sent < SIZE) {
      const wait = paced ? due(sent) : 0;
      if (wait > 1) return void setTimeout(pump, wait);
      sent += block.length;
      if (!res.write(block)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
});
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

export interface PacedServer {
  base: string;
  stop(): void;
}

/**
 * A loopback HTTP server in a child process: GET /file (Content-Length), /chunked, /file-fast and
 * /chunked-fast (unpaced), /missing (404); PUT stores nothing and answers 201. Paced at `rate`.
 */
export async function startPacedServer(size: number, rate: number): Promise<PacedServer> {
  const child: ChildProcess = spawn(process.execPath, ['-e', script(size, rate)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((r) => child.stdout!.once('data', (d: Buffer) => r(d.toString().trim())));
  return { base: `http://127.0.0.1:${port}`, stop: () => void child.kill('SIGKILL') };
}
