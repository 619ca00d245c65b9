// `npm start`: installs what is missing, builds, and serves the demo page.
import { join } from 'node:path';
import { ensureDependencies, root, run } from './setup.mjs';
import { serveStatic } from './serve.mjs';

ensureDependencies();
if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
const dir = join(root, 'demo-dist');
let port = Number(process.env.PORT) || 8000;
for (;;) {
  try {
    await serveStatic(dir, port);
    break;
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || process.env.PORT) throw error;
    port += 1;
  }
}
console.log(`\nDealboard demo: http://localhost:${port}/  (Ctrl+C to stop)`);
