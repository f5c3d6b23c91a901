// Tests run in real headless Chromium (Debian's package; see scripts/ensure-chromium.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, executablePath } from './scripts/chromium.mjs';
import { runnerImport } from 'vite';
import { testApi, testSignups } from './test/server/test-api.mjs';
import { koaSignupReceiver } from './scripts/signup-receiver.mjs';

// The receiver validates with the same TypeScript code the browser runs.
const load = async (file) => (await runnerImport(file, { configFile: false, logLevel: 'error' })).module;
const { handleSignup, memoryStore } = await load('./src/receiver/contract.ts');
const { contentPack } = await load('./src/content/schema.ts');


export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [testSignups({ handle: handleSignup, memoryStore, koaSignupReceiver, parsePack: (data) => contentPack.parse(data) }), testApi()],
  // One page at a time: keyboard tests need the page to have focus.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
};
