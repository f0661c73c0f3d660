// Loaded with `node --import` before the built agent (bench only): evaluates every generated
// model chunk of dist/, so the agent's RSS is measured with all models loaded, not only the
// ones its profile mounts.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const MODEL = /^(device-2|igd-1|stb-service-1|storage-service-1|voice-service-2|acme-[a-z]+)-[A-Z0-9]+\.js$/;
for (const f of readdirSync(dist)) if (MODEL.test(f)) await import(join(dist, f));
