// The test runner's three engines, and the few commands that need help to work
// alike in all of them. Chromium and Firefox are driven by puppeteer-core (Firefox
// over WebDriver BiDi, so no geckodriver); WebKit by WebKitWebDriver, which this
// file starts and stops together with an X server.
import puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, chromiumPath, firefoxPath, webkitBrowserPath } from './browsers.mjs';
import { startWebKitDriver } from './webkit/driver.mjs';

const firefox = new Set();
const webkit = new Set();

/**
 * Each test file in a tab of its own. The launcher reuses a finished file's
 * tab, whose history then still holds that file's pages and an about:blank:
 * a history test that steps back past its own first entry would leave the
 * test page there, where in a fresh tab (as in a visitor's) it stays put.
 */
function freshTabs(launcher) {
  const stop = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (id) => {
    const result = await stop(id);
    for (const page of launcher.inactivePages.splice(0)) await page.puppeteerPage.close().catch(() => undefined);
    return result;
  };
  return launcher;
}

export const launchers = {
  chromium: () => freshTabs(chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } })),

  firefox: () => {
    const launcher = chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    });
    firefox.add(launcher);
    return launcher;
  },

  webkit: () => {
    const options = {
      hostname: '127.0.0.1',
      port: 0,
      path: '/',
      logLevel: 'error',
      capabilities: {
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: webkitBrowserPath, args: ['--automation'] },
      },
    };
    const launcher = webdriverLauncher(options);
    let driver;
    const { initialize, stop } = launcher;
    launcher.initialize = async function (config) {
      driver = await startWebKitDriver();
      options.port = driver.port;
      await initialize.call(this, config);
      this.name = 'WebKit';
    };
    launcher.stop = async function () {
      await stop.call(this);
      driver?.stop();
    };
    webkit.add(launcher);
    return launcher;
  },
};

/** WebDriver key codes for the key names tests use (puppeteer's names). */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017',
  Meta: '\uE03D',
};
const webdriverKey = (name) => WEBDRIVER_KEYS[name] ?? name;

/** Puppeteer over BiDi (Firefox) knows the space bar only as ' '. */
const puppeteerKey = (name) => (name === 'Space' ? ' ' : name);

async function webkitKeys(driver, payload) {
  const actions = (list) => driver.performActions([{ type: 'key', id: 'keyboard', actions: list }]);
  if ('type' in payload) {
    // One key at a time: WebKit drops a letter typed twice in a row within one action list.
    for (const char of payload.type) await actions([{ type: 'keyDown', value: char }, { type: 'keyUp', value: char }]);
  } else if ('press' in payload) {
    const keys = payload.press.length > 1 ? payload.press.split('+').map(webdriverKey) : [payload.press];
    await actions([
      ...keys.map((value) => ({ type: 'keyDown', value })),
      ...keys.reverse().map((value) => ({ type: 'keyUp', value })),
    ]);
  } else if ('down' in payload) {
    await actions([{ type: 'keyDown', value: webdriverKey(payload.down) }]);
  } else if ('up' in payload) {
    await actions([{ type: 'keyUp', value: webdriverKey(payload.up) }]);
  } else {
    return undefined;
  }
  return true;
}

async function firefoxKeys(page, payload) {
  if (!('press' in payload || 'down' in payload || 'up' in payload)) return undefined;
  if ('press' in payload) await page.keyboard.press(puppeteerKey(payload.press));
  if ('down' in payload) await page.keyboard.down(puppeteerKey(payload.down));
  if ('up' in payload) await page.keyboard.up(puppeteerKey(payload.up));
  return true;
}

/**
 * Resizes WebKit's window until the page's viewport has the size asked for.
 * The window takes its new size a little after WebDriver answers (much later
 * on a busy machine): wait until the page sees a change before measuring any
 * window frame, or the correction is computed from the old size.
 */
async function webkitViewport(driver, { width, height }) {
  const viewport = async () => (await driver.execute(() => [window.innerWidth, window.innerHeight])).join('×');
  const wanted = `${width}×${height}`;
  const settled = async (from) => {
    let size = await viewport();
    let since = Date.now();
    for (const end = Date.now() + 5000; size !== wanted && Date.now() < end; ) {
      // Changed, then still for a while at another size: a frame takes the difference.
      if (size !== from && Date.now() - since > 300) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
      const next = await viewport();
      if (next !== size) [size, since] = [next, Date.now()];
    }
    return size;
  };
  let size = await viewport();
  if (size === wanted) return true;
  await driver.setWindowSize(width, height);
  size = await settled(size);
  if (size !== wanted) {
    const [w, h] = size.split('×').map(Number);
    const rect = await driver.getWindowSize();
    await driver.setWindowSize(rect.width + width - w, rect.height + height - h);
    size = await settled(size);
  }
  if (size !== wanted) throw new Error(`WebKit's viewport is ${size}, not the ${wanted} asked for`);
  return true;
}

/**
 * Keyboard and viewport commands for Firefox and WebKit, answered before the
 * runner's own command plugins (which only know Chromium's ways).
 */
export function engineCommands() {
  return {
    name: 'ontrack-engine-commands',
    serverStart({ config }) {
      // The runner asks its command plugins in order and puts its own first: move this one ahead.
      const api = config.plugins.find((plugin) => plugin.name === 'test-runner-api');
      const list = api?.plugins;
      if (Array.isArray(list) && list.includes(this)) list.unshift(...list.splice(list.indexOf(this), 1));
    },
    async executeCommand({ command, payload, session }) {
      const browser = session.browser;
      if (webkit.has(browser)) {
        const driver = browser.driver;
        if (command === 'send-keys') return webkitKeys(driver, payload);
        if (command === 'set-viewport') return webkitViewport(driver, payload);
      }
      if (firefox.has(browser) && command === 'send-keys') return firefoxKeys(browser.getPage(session.id), payload);
      return undefined;
    },
  };
}
