/**
 * Registers a custom element once. A page that loads Ontrack twice (two
 * script tags, or the all-in-one bundle beside a single widget) keeps the
 * first definition instead of throwing. When the tag already belongs to a
 * different class (another copy or version of Ontrack, or some other
 * library), that first class stays, and the console says so: two versions
 * on one page is a mistake the webmaster should hear about.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (existing !== element) {
    console.warn(
      `[ontrack] <${tag}> is already defined by another script (another copy or version of Ontrack?); that definition is kept. Load Ontrack once per page.`,
    );
  }
}
