// After `tsc -b` has built dist/, writes dist/dataset.json from dist/data.js so
// that non-JS consumers get the very same data.
import { writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
const { dataset } = await import(new URL('data.js', dist).href);
const { validateDataset } = await import(new URL('validate.js', dist).href);

// Never ship data the validator rejects.
const { ok, errors } = validateDataset(dataset);
if (!ok) {
  for (const e of errors) console.error(`${e.path || '(root)'}: ${e.message}`);
  throw new Error('The bundled dataset does not validate; dist/dataset.json not written.');
}
await writeFile(new URL('dataset.json', dist), `${JSON.stringify(dataset, null, 2)}\n`);
console.log('Wrote dist/dataset.json');
