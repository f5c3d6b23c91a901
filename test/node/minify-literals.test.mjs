// The CDN build's template minifier (scripts/minify-literals.mjs): what it
// must keep, on the kinds of templates the widgets have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { minifyLiterals } from '../../scripts/minify-literals.mjs';

const file = resolve(import.meta.dirname, '..', '..', 'src', 'example.ts');
const plugin = minifyLiterals();
const context = { warn: (m) => assert.fail(m), error: (m) => assert.fail(m) };
const minify = async (code, id = file) => (await plugin.transform.call(context, code, id))?.code ?? code;

test('html: indents go, one space stays where the source had whitespace, bindings and empty attributes stay', async () => {
  const out = await minify(`const t = (a, b, c) => html\`
    <p class="note">
      <strong>\${a}</strong> \${b}
      <img alt="" src=\${c}>
      <input id=\${a} ?disabled=\${b} .value=\${c} @input=\${c} aria-invalid="false" />
      <label for=\${a}>x</label>
    </p>
  \`;`);
  const template = out.match(/html`([^`]*)`/)[1];
  assert.ok(!/\s{2}/.test(template), template);
  assert.match(template, /<strong>\$\{a\}<\/strong> \$\{b\}/);
  assert.match(template, /alt=""/);
  assert.match(template, /\?disabled=/);
  assert.match(template, /\.value=/);
  assert.match(template, /@input=/);
  assert.match(template, /> <label/);
});

test('css: whitespace and comments go, custom properties, :host() and logical properties stay', async () => {
  const out = await minify(`const s = css\`
    /* frame */
    :host(:not([state])) .frame {
      min-block-size: var(--ontrack-reserve, var(--_reserve-default, 6rem));
      margin-inline-start: calc(var(--_space) / 2);
    }
    @media (forced-colors: active) {
      button { border-color: ButtonText; }
    }
  \`;`);
  const sheet = out.match(/css`([^`]*)`/)[1];
  assert.ok(!sheet.includes('\n') && !sheet.includes('/*'), sheet);
  assert.match(sheet, /:host\(:not\(\[state\]\)\) \.frame\{/);
  assert.match(sheet, /var\(--ontrack-reserve,var\(--_reserve-default,6rem\)\)/);
  assert.match(sheet, /margin-inline-start:calc\(var\(--_space\)\s?\/ 2\)/);
  assert.match(sheet, /@media \(forced-colors:active\)\{button\{border-color:ButtonText\}\}/);
});

test('other tagged templates (str for messages) and files outside src/ are left alone', async () => {
  const code = 'const m = msg(str`${n}  places   left`);';
  assert.equal(await minify(code), code);
  const lit = 'const t = html`<p>  a  </p>`;';
  assert.equal(await minify(lit, resolve(file, '..', '..', 'node_modules', 'x.ts')), lit);
});
