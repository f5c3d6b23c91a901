#!/usr/bin/env node
// Fails when an interface language misses a translation. lit-localize only warns
// and falls back to English, which a visitor who reads no English cannot use.
// The current messages are extracted into a temporary folder (the committed
// XLIFF files are not touched) and every locale in locales/ is compared with them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
// An argument names another lit-localize config (the studio has its own): `check-locales.mjs lit-localize.studio.json`.
const config = JSON.parse(readFileSync(join(root, process.argv[2] ?? 'lit-localize.json'), 'utf8'));
const xliffDir = join(root, config.interchange.xliffDir);
const tmp = mkdtempSync(join(tmpdir(), 'ontrack-locales-'));

try {
  const checkConfig = {
    ...config,
    tsConfig: join(root, config.tsConfig),
    inputFiles: config.inputFiles.map((glob) => join(root, glob)),
    output: { ...config.output, outputDir: join(tmp, 'out'), localeCodesModule: join(tmp, 'codes.ts') },
    interchange: { ...config.interchange, xliffDir: tmp },
  };
  writeFileSync(join(tmp, 'config.json'), JSON.stringify(checkConfig));
  execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(tmp, 'config.json')], {
    cwd: root,
    stdio: 'pipe',
  });

  const units = (xml) => {
    const found = new Map();
    for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
      found.set(id, { source, target });
    }
    return found;
  };

  // Units a locale may leave identical to English (names, codes, words that are
  // the same in that language): { "unit-id": ["locale", …] }.
  const sameAsEnglish = JSON.parse(readFileSync(join(xliffDir, 'same-as-english.json'), 'utf8'));
  const normalize = (text) => text.replace(/\s+/g, ' ').trim();

  let missing = 0;
  for (const locale of config.targetLocales) {
    const wanted = units(readFileSync(join(tmp, `${locale}.xlf`), 'utf8'));
    let have;
    try {
      have = units(readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8'));
    } catch {
      console.error(`locales/${locale}.xlf is missing`);
      missing += wanted.size;
      continue;
    }
    for (const [id, { source }] of wanted) {
      const target = have.get(id)?.target;
      if (!target || !target.trim()) {
        console.error(`${locale}: no translation for ${id}: ${normalize(source).slice(0, 80)}`);
        missing++;
      } else if (normalize(target) === normalize(source) && !sameAsEnglish[id]?.includes(locale)) {
        console.error(
          `${locale}: ${id} is identical to English: ${normalize(source).slice(0, 80)}\n` +
            `  translate it, or list it in locales/same-as-english.json if that is right for ${locale}`,
        );
        missing++;
      }
    }
    const stale = [...have.keys()].filter((id) => !wanted.has(id));
    if (stale.length) console.warn(`${locale}: ${stale.length} unit(s) no longer used (run npm run locales:extract)`);
  }
  if (missing) {
    console.error(`\nlocale check: ${missing} missing or untranslated unit(s). Run "npm run locales:extract" and translate the new units in locales/*.xlf.`);
    process.exit(1);
  }
  console.log(`locale check: ${config.targetLocales.length} locales complete`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
