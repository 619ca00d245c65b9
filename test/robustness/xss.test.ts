import { expect } from '@open-wc/testing';
import { dataset } from '@dealboard/dataset';
import type { Dataset } from '@dealboard/dataset';
import { WIDGETS, idle, recordFigure } from './widgets.js';
import type { DealboardEl } from './widgets.js';

/** Payloads that run script or inject markup or CSS if a string ever reaches HTML. */
const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<svg onload="window.__pwned = 3"></svg>',
  '<svg><script>window.__pwned = 4</script></svg>',
  '<iframe src="javascript:parent.__pwned = 5"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned = 6</script>"></iframe>',
  '<a href="javascript:window.__pwned = 7">link</a>',
  '<body onload="window.__pwned = 8">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = 9">',
  '<details open ontoggle="window.__pwned = 10">',
  '<video><source onerror="window.__pwned = 11"></video>',
  '<input autofocus onfocus="window.__pwned = 12">',
  '<object data="javascript:window.__pwned = 13"></object>',
  '<embed src="javascript:window.__pwned = 14">',
  '<marquee onstart="window.__pwned = 15">',
  '"><script>window.__pwned = 16</script>',
  "'><img src=x onerror=window.__pwned=17>",
  '</text><script>window.__pwned = 18</script>',
  '</style><script>window.__pwned = 19</script>',
  '${window.__pwned = 20}',
  '{{constructor.constructor("window.__pwned = 21")()}}',
  'javascript:window.__pwned = 22',
  'data:text/html,<script>window.__pwned = 23</script>',
  '<style>*{display:none!important}</style>',
  'red;} :host { display: none } .x {',
  'url(javascript:window.__pwned = 24)',
  'expression(window.__pwned = 25)',
  '<link rel="stylesheet" href="data:text/css,*{display:none}">',
  '<base href="javascript:window.__pwned = 26//">',
  '<form><button formaction="javascript:window.__pwned = 27">x</button></form>',
  '<div style="background:url(javascript:window.__pwned=28)">',
  '<!--<img src=x onerror=window.__pwned=29>-->',
  '&lt;script&gt;window.__pwned = 30&lt;/script&gt;',
  '\u202e<script>window.__pwned = 31</script>',
];

/** The bundled dataset with a payload in every string a reader can see. */
function poisoned(payload: string, i: number): Dataset {
  const d = structuredClone(dataset);
  const text = (s: string) => `${s} ${payload}`;
  for (const s of d.sources)
    Object.assign(s, { publisher: text(s.publisher), title: text(s.title), author: payload });
  for (const deal of d.deals) {
    deal.system = text(deal.system);
    deal.summary = payload;
    for (const c of deal.valueClaims) c.quote = payload;
    if (deal.quantity) deal.quantity.unit = payload;
  }
  for (const f of d.contextFigures) f.label = text(f.label);
  for (const m of d.milestones) Object.assign(m, { label: text(m.label), quote: payload });
  for (const st of d.stances) {
    st.summary = text(st.summary);
    st.quote = { text: payload, speaker: payload };
  }
  d.version = `xss-${i}`;
  return d;
}

describe('robustness: hostile content', () => {
  it(`has at least 30 payloads`, () => expect(PAYLOADS.length).to.be.at.least(30));

  for (const widget of WIDGETS) {
    it(`<${widget.tag}> shows every payload as text and runs none`, async () => {
      const w = window as unknown as { __pwned?: number };
      w.__pwned = 0;
      const el = document.createElement(widget.tag) as DealboardEl & {
        selected: string | null;
        view: string;
      };
      document.body.append(el);
      for (const [i, payload] of PAYLOADS.entries()) {
        el.data = poisoned(payload, i);
        el.view = 'chart';
        await idle(el);
        // Open a detail too: it shows quotes, summaries and sources.
        const first = el.shadowRoot!.querySelector<SVGElement>('.mark');
        first?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await idle(el);
        const root = el.shadowRoot!;
        expect(root.textContent, payload).to.contain(payload);
        const injected = [...root.querySelectorAll('*')].filter(
          (n) =>
            [
              'script',
              'img',
              'iframe',
              'object',
              'embed',
              'video',
              'math',
              'marquee',
              'form',
              'base',
              'link',
            ].includes(n.localName) ||
            [...n.attributes].some(
              (a) => a.name.startsWith('on') || a.value.startsWith('javascript:'),
            ),
        );
        expect(
          injected.map((n) => n.outerHTML.slice(0, 80)),
          payload,
        ).to.deep.equal([]);
        el.view = 'table';
        await idle(el);
        expect(root.querySelector('table')!.textContent).to.contain(payload);
        expect(root.querySelector('table *[onerror], table script, table img')).to.equal(null);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(w.__pwned).to.equal(0);
      expect(getComputedStyle(el).display).to.not.equal('none');
      el.remove();
      await recordFigure(`xss ${widget.tag}`, { payloads: PAYLOADS.length, executed: w.__pwned });
    });
  }
});
