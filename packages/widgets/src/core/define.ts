/**
 * Registers a custom element unless the name is taken. A second copy of the
 * library on the page (another version, a bundler duplicate) must not throw:
 * it warns once and the first registration keeps working.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server-side import
  const existing = customElements.get(name);
  if (!existing) {
    customElements.define(name, constructor);
  } else if (existing !== constructor) {
    console.warn(
      `[dealboard] <${name}> is already registered by another copy of the library; ` +
        'keeping the first one. Load Dealboard once per page to avoid mixed versions.',
    );
  }
}
