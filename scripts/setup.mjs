// Set-up shared by `npm start`, `npm test` and the other scripts: installs the
// dependencies when they are missing or stale and finds a Chromium to drive.
// Node built-ins only, because it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs a command in the repo root, streaming its output; returns its exit code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

/** Installs dependencies with `npm ci` unless node_modules matches the lockfile. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const fresh = existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh) return;
  console.log('Installing dependencies (npm ci)…');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) {
    throw new Error('npm ci failed: see the output above.');
  }
}

const candidates = [
  '/usr/lib/chromium/chromium', // Debian's binary, without the wrapper script's noise
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The Chromium/Chrome to use: `CHROME_PATH`, then a known install location. */
export function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return candidates.find((path) => existsSync(path)) ?? null;
}

/**
 * Finds a browser or installs Debian's Chromium when running as root on a
 * Debian-like system. Tools that download their own browser cannot work on
 * machines without general internet access, so this never downloads one.
 */
export function ensureChrome() {
  let path = findChrome();
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!path && canApt) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env });
    path = findChrome();
  }
  if (!path) {
    console.error(
      [
        'No Chrome or Chromium found. Install one and try again, or point CHROME_PATH at it:',
        '  Debian/Ubuntu: sudo apt-get install chromium',
        '  macOS:         brew install --cask chromium   (or install Google Chrome)',
        '  Windows:       install Google Chrome',
        '  any OS:        CHROME_PATH=/path/to/chrome npm test',
      ].join('\n'),
    );
    process.exit(1);
  }
  process.env.CHROME_PATH = path;
  return path;
}

/** Flags for headless Chromium on machines with no network beyond a registry. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
