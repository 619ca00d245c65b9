import type { ValidationResult } from './types.js';

/** The validator's two forms, as `@dealboard/dataset/validate` exports them. */
export interface Validator {
  validateDataset(input: unknown): ValidationResult;
  validateDatasetInSlices(input: unknown): Promise<ValidationResult>;
}

let evaluated: Validator | null = null;

/**
 * The validator once its module (`@dealboard/dataset/validate`) has been
 * evaluated, else null: by an `import()` that has resolved, a static import,
 * or a chunk the page loaded up front. A caller that loads the validator
 * lazily can then check input at once: `import()` resolves a task later at
 * the earliest, even for a module that is already loaded.
 */
export function loadedValidator(): Validator | null {
  return evaluated;
}

/** Called by validate.ts as it is evaluated. */
export function provideValidator(validator: Validator): void {
  evaluated = validator;
}
