// Loaded with `node --import` before the built agent (bench only): evaluates every generated
// model of dist/ (dist/models/<output>.js, each reading its <output>.json), so the agent's RSS is
// measured with all models loaded, not only the ones its profile mounts.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const models = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'models');
for (const f of readdirSync(models)) if (f.endsWith('.js')) await import(join(models, f));
