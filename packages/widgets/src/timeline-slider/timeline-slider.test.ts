import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/timeline-slider.js';
import type { DealboardTimelineSlider } from './timeline-slider.js';
import { monthsBetween, toMonth } from './months.js';
import { readUrlState, writeUrlState } from './url-state.js';

describe('months and URL state (pure)', () => {
  it('counts months across years', () => {
    expect(monthsBetween('2020-11', '2021-02')).to.deep.equal([
      '2020-11',
      '2020-12',
      '2021-01',
      '2021-02',
    ]);
    expect(toMonth('2018')).to.equal('2018-01');
    expect(toMonth('2021-12-06')).to.equal('2021-12');
  });

  it('round-trips a group state through the hash, keeping other keys', () => {
    const hash = writeUrlState('#tab=2', 'news', { asOf: '2021-02', country: 'IND' });
    expect(hash).to.equal('#tab=2&news.asOf=2021-02&news.country=IND');
    expect(readUrlState(hash, 'news')).to.deep.equal({ asOf: '2021-02', country: 'IND' });
    expect(readUrlState(hash, 'other')).to.deep.equal({ asOf: null, country: null });
    expect(writeUrlState(hash, 'news', { asOf: null, country: null })).to.equal('#tab=2');
    // Junk from a hand-edited URL is ignored, not passed to the widgets.
    expect(readUrlState('#news.asOf=<script>&news.country=india', 'news')).to.deep.equal({
      asOf: null,
      country: null,
    });
  });
});

describe('<dealboard-timeline-slider>', () => {
  it('is a labelled range that steps by month with the arrow keys', async () => {
    const el = await fixture<DealboardTimelineSlider>(
      html`<dealboard-timeline-slider
        min="2020-11"
        max="2021-03"
        value="2020-12"
      ></dealboard-timeline-slider>`,
    );
    const range = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(range.max).to.equal('4');
    expect(range.value).to.equal('1');
    expect(range.getAttribute('aria-valuetext')).to.equal('December 2020');
    await expect(el).to.be.accessible();
    range.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value).to.equal('2021-01');
    expect(range.getAttribute('aria-valuetext')).to.equal('January 2021');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.value).to.equal('2020-11');
  });

  it('plays month by month and pauses', async () => {
    const el = await fixture<DealboardTimelineSlider>(
      html`<dealboard-timeline-slider min="2021-01" max="2021-03"></dealboard-timeline-slider>`,
    );
    const play = el.shadowRoot!.querySelector<HTMLButtonElement>('button.play')!;
    play.click();
    await el.updateComplete;
    expect(el.value).to.equal('2021-01');
    // A button whose label says what it will do next, not a toggle: its name
    // changes, so it must not also say "pressed" (APG button pattern).
    expect(play.textContent!.trim()).to.equal('Pause');
    expect(play.hasAttribute('aria-pressed')).to.be.false;
    await new Promise((r) => setTimeout(r, 1000));
    expect(el.value).to.equal('2021-02');
    play.click();
    await el.updateComplete;
    expect(play.textContent!.trim()).to.equal('Play');
    expect(play.hasAttribute('aria-pressed')).to.be.false;
    await new Promise((r) => setTimeout(r, 1000));
    expect(el.value).to.equal('2021-02');
  });

  it('"All dates" leaves keyboard focus on the slider as it disables itself', async () => {
    const el = await fixture<DealboardTimelineSlider>(
      html`<dealboard-timeline-slider
        min="2021-01"
        max="2021-03"
        value="2021-02"
      ></dealboard-timeline-slider>`,
    );
    const all = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'All dates',
    )!;
    all.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(all.disabled).to.be.true;
    // Compared as booleans: a failed equality of DOM elements stalls the test runner's report.
    expect(document.activeElement === el, 'focus is in the slider').to.be.true;
    expect(el.shadowRoot!.activeElement?.id).to.equal('range');
  });

  it('keeps as-of in the URL hash with sync-url, and the back button restores it', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#keep=1`);
    const el = await fixture<DealboardTimelineSlider>(
      html`<dealboard-timeline-slider
        group="u"
        sync-url
        min="2021-01"
        max="2021-06"
      ></dealboard-timeline-slider>`,
    );
    const range = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    range.value = '1';
    range.dispatchEvent(new Event('input'));
    range.dispatchEvent(new Event('change'));
    expect(location.hash).to.equal('#keep=1&u.asOf=2021-02');
    range.value = '4';
    range.dispatchEvent(new Event('input'));
    range.dispatchEvent(new Event('change'));
    expect(location.hash).to.equal('#keep=1&u.asOf=2021-05');
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    await el.updateComplete;
    expect(el.value).to.equal('2021-02');
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });
});
