#!/usr/bin/env node
// Makes sure a Chromium is there for the browser tests. Test tools cannot download
// their own browser here, so we use the system's: $CHROME_PATH, or /usr/bin/chromium.
// When none is found and we run as root on Debian/Ubuntu, install Debian's package;
// otherwise stop and say exactly what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

import { executablePath as path } from './chromium.mjs';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt && !process.env.CHROME_PATH) {
  console.log('No Chromium found: installing Debian\'s "chromium" package (about a minute)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (existsSync(path)) process.exit(0);
}
console.error(`
The browser tests need Chromium, and none was found at ${path}.
Install it, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install chromium
  Elsewhere:      install Chrome or Chromium and set CHROME_PATH to its executable,
                  e.g. CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test
`);
process.exit(1);
