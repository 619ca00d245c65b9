// Public entry point: re-exports only, so bundlers can drop what is unused.
export * from './core.js';
export { dataset } from './data.js';
export { validateDataset, validateDatasetInSlices, VALIDATION_LIMITS } from './validate.js';
