/** `define()` registers a tag once, and says so when another class already owns it. */
import { expect } from '@open-wc/testing';
import { define } from '../src/core/define.js';

function capturingWarnings<T>(run: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { result: run(), warnings };
  } finally {
    console.warn = original;
  }
}

describe('define()', () => {
  it('keeps the first class and warns when a different class claims the tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const { warnings: first } = capturingWarnings(() => define('ontrack-define-probe', First));
    expect(first).to.deep.equal([]);
    const { warnings: again } = capturingWarnings(() => define('ontrack-define-probe', First));
    expect(again, 'the same class twice is harmless and silent').to.deep.equal([]);
    const { warnings } = capturingWarnings(() => define('ontrack-define-probe', Second));
    expect(customElements.get('ontrack-define-probe')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ontrack-define-probe>').and.contain('already defined');
  });
});
