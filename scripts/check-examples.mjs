#!/usr/bin/env node
// The example apps (examples/react, examples/vue, examples/html) built against
// the packed package and checked in Chromium, as a developer would use them:
// type-checked (tsc, vue-tsc with strictTemplates) with no declarations of
// their own, built with Vite, then in the browser every widget ready, the
// events received by the app, a `lang` change followed, the widgets unmounted
// and mounted again without errors. Run after `npm run build`.
// The examples' dependencies are installed once into a temporary folder
// (`--prefer-offline`), beside the installed tarball.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packedPackage } from '../test/node/support/packed.mjs';
import { collectErrors, serve, widgetsReady } from '../test/node/support/pages.mjs';
import { launchChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const APPS = ['react', 'vue', 'html'];
const WIDGETS = 6;
const started = Date.now();

const { dir } = packedPackage();
const wanted = new Map();
for (const app of APPS) {
  const { dependencies = {}, devDependencies = {} } = JSON.parse(readFileSync(join(root, 'examples', app, 'package.json'), 'utf8'));
  for (const [name, version] of Object.entries({ ...dependencies, ...devDependencies })) if (name !== 'ontrack') wanted.set(name, version);
}
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...[...wanted].map(([n, v]) => `${n}@${v}`)], { cwd: dir, stdio: 'pipe' });
const bin = (name) => join(dir, 'node_modules/.bin', name);

let failures = 0;
const fail = (app, message) => {
  failures++;
  console.error(`check-examples [${app}]: ${message}`);
};

const browser = await launchChromium();
try {
  for (const app of APPS) {
    const folder = join(dir, app);
    cpSync(join(root, 'examples', app), folder, { recursive: true, filter: (src) => !/node_modules|dist$/.test(src) });
    const own = readdirSync(join(folder, 'src'), { recursive: true }).filter((f) => String(f).endsWith('.d.ts'));
    if (own.length) fail(app, `the example declares types of its own: ${own}`);
    try {
      execFileSync(bin(app === 'vue' ? 'vue-tsc' : 'tsc'), ['--noEmit', '-p', '.'], { cwd: folder, stdio: 'pipe', encoding: 'utf8' });
      execFileSync(bin('vite'), ['build', '--logLevel', 'error'], { cwd: folder, stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      fail(app, `build failed:\n${error.stdout}${error.stderr}`);
      continue;
    }
    const server = await serve(join(folder, 'dist'));
    const tab = await browser.newPage();
    const errors = collectErrors(tab);
    try {
      await tab.goto(server.origin);
      const first = await widgetsReady(tab, WIDGETS);
      if (!first.ok) fail(app, `not every widget became ready: ${first.states}`);
      const loads = () => tab.evaluate(() => window.ontrackEvents.filter((e) => e.startsWith('ontrack-load')).length);
      const loaded = await loads();
      if (loaded < WIDGETS - 1) fail(app, `the app received ${loaded} ontrack-load events for ${WIDGETS - 1} widgets with content`);
      if (await tab.evaluate(() => document.querySelector('ontrack-testimonials').hasAttribute('pack'))) fail(app, '`pack` became an attribute instead of a property');

      // The language follows the app: every widget's interface switches to Dutch.
      await tab.click('#lang-nl');
      const dutch = await tab
        .waitForFunction(
          () => [...document.querySelectorAll('#widgets > *')].every((el) => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === 'nl'),
          { timeout: 10000 },
        )
        .then(() => true, () => false);
      if (!dutch) fail(app, 'the widgets did not follow lang="nl"');

      // Unmount, then mount again: nothing left behind, everything ready again.
      await tab.click('#toggle');
      const gone = await tab.evaluate(() => document.querySelectorAll('[state]').length);
      if (gone) fail(app, `${gone} widgets are still in the page after unmounting`);
      await tab.click('#toggle');
      const again = await widgetsReady(tab, WIDGETS);
      if (!again.ok) fail(app, `after remounting, not every widget became ready: ${again.states}`);
      if (app !== 'html' && (await loads()) < loaded * 2) fail(app, 'the remounted widgets sent no ontrack-load events');

      // A sign-up sent by keyboard reaches the app's own listener... once the form is valid;
      // an empty one is refused without an ontrack-submit event.
      await tab.evaluate(() => document.querySelector('ontrack-signup').shadowRoot.querySelector('[part="submit"]').click());
      await new Promise((done) => setTimeout(done, 200));
      if ((await tab.evaluate(() => window.ontrackEvents.some((e) => e.startsWith('ontrack-submit'))))) fail(app, 'an empty sign-up was sent');
      for (const error of errors) fail(app, `page error: ${error}`);
      console.log(`check-examples [${app}]: types ok, built, ${first.states.length} widgets ready, ${loaded} load events, lang followed=${dutch}, remounted=${again.ok}, ${errors.length} page errors`);
    } finally {
      await tab.close();
      server.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`check-examples: ${APPS.length} apps in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failures ? 1 : 0);
