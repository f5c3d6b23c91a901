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

const browsers = await Promise.all(wantedEngines().map((name) => launchers[name]()));

export default {
  // test/node holds the DOM-free tests that run in plain Node (scripts/node-tests.mjs).
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // engineCommands first in effect: it makes keyboard and viewport commands work alike in every engine.
  plugins: [engineCommands(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [testSignups({ handle: handleSignup, memoryStore, koaSignupReceiver, parsePack: (data) => contentPack.parse(data) }), testApi()],
  // One page at a time, one engine after the other: keyboard tests need the page to have
  // focus, and the machine running them may have only two cores.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers,
};
