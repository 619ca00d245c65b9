// `npm run test:install`: the proof by installation (test/install), on the
// built packages. Prints TAP (`# pass N` / `# fail N`) for scripts/test.mjs.
// KEEP_INSTALL_DIR=1 keeps the temporary folder for a look afterwards.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChrome, root, run } from './setup.mjs';

ensureChrome();
if (!existsSync(join(root, 'packages/react/dist/index.js'))) {
  console.log('test:install: building first');
  if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
}
process.exit(
  run(process.execPath, ['--test', '--test-reporter=tap', 'test/install/install.test.mjs']),
);
