/**
 * Registers a custom element once. A page that loads Ontrack twice (two
 * script tags, or the all-in-one bundle beside a single widget) keeps the
 * first definition instead of throwing.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
