// Test-server pieces for the robustness suite: fault-injecting routes for
// `src`, a heap reading through the Chrome DevTools Protocol, and a place
// for tests to record their figures for `npm run robustness`.
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';

export const FIGURES_FILE = '.test-results/robustness.json';

/** Koa middleware: /__faults/<kind> answers badly on purpose. */
export async function faultRoutes(context, next) {
  const match = context.path.match(/^\/__faults\/([a-z0-9-]+)$/);
  if (!match) return next();
  const kind = match[1];
  if (kind === 'status-500') {
    context.status = 500;
    context.body = 'Internal Server Error';
  } else if (kind === 'hang') {
    // Headers and half a body, then nothing: the client has to give up.
    context.status = 200;
    context.type = 'application/json';
    context.respond = false;
    context.res.writeHead(200, { 'content-type': 'application/json' });
    context.res.write('{"version": "1", "deals": [');
    setTimeout(() => context.res.destroyed || context.res.end(), 60_000).unref();
  } else if (kind === 'huge') {
    context.type = 'application/json';
    context.body = `{"version":"1","padding":"${'x'.repeat(25_000_000)}"}`;
  } else if (kind === 'huge-slow') {
    // Declares 25 MB, sends a little, then nothing: a client that reads the
    // body before it checks the size waits until it gives up.
    context.respond = false;
    context.res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': 25_000_000,
    });
    context.res.write('{"version":"1","padding":"');
    setTimeout(() => context.res.destroyed || context.res.destroy(), 60_000).unref();
  } else if (kind.startsWith('slow-')) {
    const ms = Number(kind.slice(5));
    await new Promise((resolve) => setTimeout(resolve, ms));
    context.type = 'application/json';
    context.body = readFileSync('packages/dataset/dist/dataset.json', 'utf8');
  } else {
    context.status = 404;
  }
}

/** Commands the browser tests call through `executeServerCommand`. */
export function robustnessCommands() {
  return {
    name: 'dealboard-robustness-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'heap-usage') {
        const page = session.browser.getPage(session.id);
        const cdp = await page.createCDPSession();
        try {
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          const { result } = await cdp.send('Runtime.evaluate', {
            expression: 'document.querySelectorAll("*").length',
            returnByValue: true,
          });
          return { usedSize, nodes: result.value };
        } finally {
          await cdp.detach();
        }
      }
      if (command === 'record-figure') {
        mkdirSync('.test-results', { recursive: true });
        const figures = existsSync(FIGURES_FILE)
          ? JSON.parse(readFileSync(FIGURES_FILE, 'utf8'))
          : {};
        figures[payload.name] = payload.value;
        writeFileSync(FIGURES_FILE, JSON.stringify(figures, null, 2));
        return true;
      }
      return undefined;
    },
  };
}
