// Where the project finds each browser engine. Test tools cannot download their
// own browsers here, so every engine is the system's (Debian's packages; see
// scripts/ensure-browsers.mjs). Each path can be overridden from the environment.
import { fileURLToPath } from 'node:url';

export { executablePath as chromiumPath, chromiumArgs } from './chromium.mjs';

/** Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no geckodriver needed). */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/lib/firefox-esr/firefox-esr';

/** WebKitGTK's WebDriver (the GTK port of Safari's engine). */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** The window WebKitWebDriver opens: a bare web view that can be as narrow as a phone. */
export const webkitBrowserPath =
  process.env.WEBKIT_BROWSER_PATH || fileURLToPath(new URL('./webkit/browser.py', import.meta.url));

/** The X server WebKit draws on (it has no headless mode). */
export const xvfbPath = process.env.XVFB_PATH || '/usr/bin/Xvfb';

/** The engines `npm test` runs, and the Debian packages each needs. */
export const engines = {
  chromium: { binaries: () => [process.env.CHROME_PATH || '/usr/bin/chromium'], packages: ['chromium'] },
  firefox: { binaries: () => [firefoxPath], packages: ['firefox-esr'] },
  webkit: {
    binaries: () => [webkitDriverPath, xvfbPath, '/usr/lib/python3/dist-packages/gi/__init__.py', webkitGir()],
    packages: ['webkit2gtk-driver', 'xvfb', 'gir1.2-webkit2-4.1', 'python3-gi'],
  },
};

function webkitGir() {
  const arch = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';
  return `/usr/lib/${arch}/girepository-1.0/WebKit2-4.1.typelib`;
}

/** Engines asked for in ONTRACK_ENGINES (comma-separated, or `all`); Chromium alone by default. */
export function wantedEngines(value = process.env.ONTRACK_ENGINES) {
  if (!value) return ['chromium'];
  const names = value === 'all' ? Object.keys(engines) : value.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    if (!(name in engines)) throw new Error(`Unknown engine "${name}" in ONTRACK_ENGINES (known: ${Object.keys(engines).join(', ')})`);
  }
  return names;
}
