/**
 * Which browser engine runs the tests. Every test runs in Chromium, Firefox and
 * WebKit alike, except the few that need media emulation (print, reduced
 * motion): only Chromium's DevTools protocol offers it to the test runner.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const agent = navigator.userAgent;

export const engine: Engine = /Firefox\//.test(agent) ? 'firefox' : /Chrom(e|ium)\//.test(agent) ? 'chromium' : 'webkit';

/** Whether `emulateMedia()` from @web/test-runner-commands works in this engine. */
export const canEmulateMedia = engine === 'chromium';

/** `it` for a test that needs `emulateMedia()`: skipped where the engine cannot emulate media. */
export const itEmulatingMedia: Mocha.TestFunction = canEmulateMedia ? it : (it.skip as Mocha.TestFunction);
