#!/usr/bin/env node
// Makes sure the browser engines the tests run in are there: Chromium, Firefox
// and WebKit (or those named in ONTRACK_ENGINES). Test tools cannot download
// their own browsers here, so we use the system's. When something is missing and
// we run as root on Debian/Ubuntu, install Debian's packages; otherwise stop and
// say exactly what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { engines, wantedEngines } from './browsers.mjs';

const names = wantedEngines(process.env.ONTRACK_ENGINES ?? 'all');
const missing = () => names.filter((name) => engines[name].binaries().some((file) => !existsSync(file)));

let lacking = missing();
if (lacking.length === 0) process.exit(0);

const packages = lacking.flatMap((name) => engines[name].packages);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const overridden = ['CHROME_PATH', 'FIREFOX_PATH', 'WEBKIT_DRIVER_PATH', 'WEBKIT_BROWSER_PATH', 'XVFB_PATH'].some(
  (name) => process.env[name],
);
if (isRoot && existsSync('/usr/bin/apt-get') && !overridden) {
  console.log(`Missing browser engines (${lacking.join(', ')}): installing ${packages.join(' ')} (a minute or two)…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
    stdio: 'inherit',
  });
  lacking = missing();
  if (lacking.length === 0) process.exit(0);
}

const files = lacking.flatMap((name) => engines[name].binaries().filter((file) => !existsSync(file)));
console.error(`
The browser tests run in ${names.join(', ')}; missing: ${lacking.join(', ')}
(not found: ${files.join(', ')}).
Install them, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install ${packages.join(' ')}
  Elsewhere:      point CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH (and XVFB_PATH) at your own
                  binaries, or run fewer engines, e.g. ONTRACK_ENGINES=chromium npm test
`);
process.exit(1);
