// Browser tests: every *.test.ts under packages/ and test/, in headless
// Chromium (CHROME_PATH or an installed one; see scripts/setup.mjs).
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { chromeArgs, findChrome } from './scripts/setup.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { faultRoutes, robustnessCommands } from './test/robustness/server-plugin.mjs';
import { browserSettingsCommands } from './test/browser-settings-plugin.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error('No Chromium found: run `npm test`, or set CHROME_PATH.');

export default {
  rootDir: '.',
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second, background page gets no animation frames
  // or resize observations, and the tests wait for both.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  middleware: [faultRoutes],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    robustnessCommands(),
    // The reader's browser settings (default text size).
    browserSettingsCommands(),
    // The accessibility tree as Chromium exposes it (roles, names, selected states).
    a11ySnapshotPlugin(),
    // Screenshots of each widget compared with committed baselines
    // (test/visual/baselines); `npm run test:visual:update` rewrites them.
    visualRegressionPlugin({
      update: process.env.UPDATE_VISUAL_BASELINE === '1',
      baseDir: 'test/visual/baselines',
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [
    chromeLauncher({
      // --expose-gc: a test checks that an input the host let go is freed.
      launchOptions: {
        executablePath,
        headless: true,
        args: [...chromeArgs, '--js-flags=--expose-gc'],
      },
    }),
  ],
  // Lit's one-line dev-mode notice is expected in tests; keep real warnings.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
