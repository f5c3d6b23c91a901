// Starts what WebKit needs to run tests: an X server (WebKitGTK has no headless
// mode) and WebKitWebDriver on a free port, and stops both again. Nothing to
// start by hand: the test runner's WebKit launcher calls these.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { webkitDriverPath, xvfbPath } from '../browsers.mjs';

/** A TCP port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display (it writes the number it took to a pipe). */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ child, display: `:${out.trim()}` });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb stopped (exit ${code}) before it was ready:\n${err}`)));
  });
}

/** Waits until the driver answers its status request. */
async function waitForDriver(port, child, timeout = 15000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver stopped (exit ${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeout} ms`);
}

/**
 * Starts Xvfb and WebKitWebDriver. Resolves to the driver's port and a `stop()`
 * that ends both (also called when this process exits).
 */
export async function startWebKitDriver() {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: xvfb.display, GDK_BACKEND: 'x11', WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    for (const child of [driver, xvfb.child]) if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  try {
    await waitForDriver(port, driver);
  } catch (error) {
    stop();
    throw error;
  }
  return { port, display: xvfb.display, stop };
}
