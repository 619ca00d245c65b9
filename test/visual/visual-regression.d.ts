// The package's index.d.ts re-exports './browser/commands.mjs', for which it
// ships no .d.mts: declare the one command the visual tests use.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Element, name: string): Promise<void>;
}
