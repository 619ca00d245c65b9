// The demo's own behaviour: each snippet is the live example's markup (so the
// code shown is the code that runs), the controls set attributes, and the
// last dealboard-* event is shown.

function dedent(text) {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

function markupOf(example) {
  // Serialize the light DOM only: shadow roots are the widgets' business.
  return dedent(example.innerHTML.replace(/=""/g, ''));
}

function refreshSnippet(id) {
  const example = document.querySelector(`.example[data-snippet="${id}"]`);
  const code = document.getElementById(id);
  if (example && code) {
    code.textContent = `<script type="module" src="https://unpkg.com/@dealboard/widgets/dist/dealboard.min.js"></script>\n\n${markupOf(example)}`;
  }
}

for (const example of document.querySelectorAll('.example[data-snippet]')) {
  refreshSnippet(example.dataset.snippet);
}

for (const form of document.querySelectorAll('form.controls')) {
  const target = document.getElementById(form.dataset.target);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    const field = event.target;
    const name = field.name;
    if (field.type === 'checkbox') target.toggleAttribute(name, field.checked);
    else if (field.value) target.setAttribute(name, field.value);
    else target.removeAttribute(name);
    refreshSnippet(form.dataset.snippet);
  });
}

const log = document.getElementById('event-log');
for (const type of ['dealboard-select', 'dealboard-error']) {
  document.addEventListener(type, (event) => {
    const from = event.composedPath()[0];
    // Named by its title: the page has several charts, and the broken examples
    // further down report their errors here too.
    const title = from.shadowRoot?.querySelector('#title')?.textContent.trim();
    const { errors } = event.detail;
    const detail = errors
      ? `${errors.length} problem${errors.length === 1 ? '' : 's'}, first: ${errors[0].path || '/'} ${errors[0].message}`
      : JSON.stringify(event.detail);
    const text = `${type} from <${from.localName}>${title ? ` “${title}”` : ''}: ${detail}`;
    log.textContent = text.length > 200 ? `${text.slice(0, 199)}…` : text;
  });
}

const darkPage = document.getElementById('dark-page');
darkPage.addEventListener('change', () => {
  document.documentElement.classList.toggle('dark', darkPage.checked);
  for (const el of document.querySelectorAll('#dashboard [group]')) {
    el.setAttribute('theme', darkPage.checked ? 'dark' : 'light');
  }
});
