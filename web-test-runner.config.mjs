// Tests run in real browsers: headless Chromium by default, and in Firefox and
// WebKit (Safari's engine) too with ONTRACK_ENGINES=all, as `npm test` does.
// Every engine is the system's (see scripts/browsers.mjs, scripts/ensure-browsers.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { runnerImport } from 'vite';
import { testApi, testSignups } from './test/server/test-api.mjs';
import { koaSignupReceiver } from './scripts/signup-receiver.mjs';
import { wantedEngines } from './scripts/browsers.mjs';
import { engineCommands, launchers } from './scripts/engine-launchers.mjs';

// The receiver validates with the same TypeScript code the browser runs.
const load = async (file) => (await runnerImport(file, { configFile: false, logLevel: 'error' })).module;
const { handleSignup, memoryStore } = await load('./src/receiver/contract.ts');
const { contentPack } = await load('./src/content/schema.ts');

/**
 * zod/mini re-exports its 60 error-message locales as a namespace. A build
 * drops them (Ontrack uses none), but the dev server serves modules one by one,
 * so every test page and frame loaded them: a third of a widget's ~180
 * modules, and the sign-up soak test opens dozens of frames. Firefox took about
 * 0.6 s to set up a frame's modules from its cache. A locale imported by its
 * own file (zod/v4/locales/en.js) is still served as it is.
 */
const withoutZodLocales = {
  name: 'without-zod-locales',
  serve(context) {
    if (/\/node_modules\/zod\/v4\/locales\/index\.js$/.test(context.path)) return { body: 'export {};\n', type: 'js' };
  },
};

const browsers = await Promise.all(wantedEngines().map((name) => launchers[name]()));

export default {
  // test/node holds the DOM-free tests that run in plain Node (scripts/node-tests.mjs).
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // engineCommands first in effect: it makes keyboard and viewport commands work alike in every engine.
  plugins: [engineCommands(), withoutZodLocales, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [testSignups({ handle: handleSignup, memoryStore, koaSignupReceiver, parsePack: (data) => contentPack.parse(data) }), testApi()],
  // One page at a time, one engine after the other: keyboard tests need the page to have
  // focus, and the machine running them may have only two cores.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers,
};
