// One place for how the project starts Chromium: the test runner, the page
// checks and the benchmarks all use the system's Chromium (test tools cannot
// download their own here; scripts/ensure-browsers.mjs installs it).
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Headless flags that work as root in a container with no network but loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium with puppeteer-core. */
export async function launchChromium() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
}
