import type { Arbitrary } from 'fast-check';

export declare const NASTY_VALUES: readonly unknown[];
export declare function mutatedDataset(base: unknown): Arbitrary<unknown>;
