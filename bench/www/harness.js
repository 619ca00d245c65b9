// In-page side of the bench: loads one contestant's bundle, then times what
// the runner asks for. Each page is opened in a fresh incognito context.
const params = new URLSearchParams(location.search);
const stage = document.getElementById('stage');
const longTasks = [];
const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
observer.observe({ type: 'longtask' });

/** Resolves at the second animation frame: the first frame's layout and paint are done. */
const twoFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function load() {
  const module = await import(params.get('bundle'));
  // Lazily loaded chunks (Dealboard's map outlines) are fetched before the
  // clock starts: the bench times drawing, not the network.
  for (const url of params.getAll('preload')) await import(url);
  return module;
}

const ready = load();
let handle = null;

async function fetchJson(url) {
  const response = await fetch(url);
  return response.json();
}

/** Elements in the document, counting those inside (open) shadow roots. */
function countElements(root = document) {
  let count = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      count += 1;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return count;
}

/** What was drawn, to check that a contestant really rendered: marks, texts, canvases. */
function drawn() {
  const all = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(stage);
  const tags = (names) => all.filter((el) => names.includes(el.localName)).length;
  const canvases = all.filter((el) => el.localName === 'canvas');
  const box = stage.getBoundingClientRect();
  return {
    shapes: tags(['rect', 'path', 'circle', 'line', 'polygon', 'use']),
    texts: tags(['text', 'tspan']),
    canvases: canvases.length,
    canvasPixels: canvases.reduce((n, c) => n + c.width * c.height, 0),
    width: Math.round(box.width),
    height: Math.round(box.height),
  };
}

async function timed(action) {
  await twoFrames();
  performance.mark('bench:start');
  const start = performance.now();
  const result = await action();
  await twoFrames();
  const end = performance.now();
  performance.mark('bench:end');
  // Long-task entries are queued: give them a moment to arrive.
  await sleep(60);
  longTasks.push(...observer.takeRecords());
  const during = longTasks
    .filter((t) => t.startTime + t.duration > start && t.startTime < end)
    .map((t) => Math.round(t.duration));
  return { result, ms: end - start, longTasks: during };
}

let input = null;
let expected = null;

window.bench = {
  ready: () => ready.then(() => true),
  /** Fetches and parses the data before the clock: only drawing is timed. */
  async prepare({ data }) {
    const module = await ready;
    input = await fetchJson(data);
    // Bench glue that knows what the finished picture looks like, worked out off the clock.
    expected = module.expect ? module.expect(input) : null;
    return true;
  },
  async mount({ size }) {
    const module = await ready;
    stage.style.width = `${size.width}px`;
    const data = input;
    input = null; // the heap figure counts what the contestant keeps, not the harness
    const {
      result,
      ms,
      longTasks: tasks,
    } = await timed(() => module.mount(stage, data, size, expected));
    handle = result;
    return { ms, longTasks: tasks };
  },
  async update() {
    const module = await ready;
    const data = input;
    input = null;
    const { ms, longTasks: tasks } = await timed(() => module.update(handle, data, expected));
    return { ms, longTasks: tasks };
  },
  /**
   * What a page that has already shown a number and a date has done: the
   * browser's one-time locale set-up (ICU) is then behind it.
   */
  warmIntl() {
    new Intl.NumberFormat().format(1234.5);
    new Intl.DateTimeFormat().format(new Date());
    return true;
  },
  drawn,
  elements: () => countElements(),
};
