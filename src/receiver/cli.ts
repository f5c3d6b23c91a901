/**
 * `npx ontrack-receiver --config receiver.config.json`   run the receiver
 * `npx ontrack-receiver check --config receiver.config.json`   only check the config
 * `npx ontrack-receiver hash-password`   read a password on standard input, print its hash for the config
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { hashPassword } from './auth.js';
import { createReceiver } from './app.js';
import { consoleLog, errorKind } from './log.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export async function main(argv = process.argv.slice(2)) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { config: { type: 'string', short: 'c', default: 'receiver.config.json' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0] ?? 'run';
  if (values.help || !['run', 'check', 'hash-password'].includes(command)) {
    console.log('usage: ontrack-receiver [--config receiver.config.json]\n       ontrack-receiver check [--config file]\n       ontrack-receiver hash-password < password.txt');
    return values.help ? 0 : 2;
  }
  if (command === 'hash-password') {
    if (process.stdin.isTTY) process.stderr.write('Type the password, then Enter and Ctrl-D:\n');
    const password = await readStdin();
    if (password.length < 12) {
      console.error('ontrack-receiver: use a password of at least 12 characters');
      return 1;
    }
    console.log(await hashPassword(password));
    return 0;
  }
  let config;
  try {
    config = await loadConfig(values.config!);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`ontrack-receiver: ${error.message}`);
      return 1;
    }
    throw error;
  }
  if (command === 'check') {
    console.log(`ontrack-receiver: ${values.config} is fine (${config.accounts.length} account(s))`);
    return 0;
  }
  const receiver = await createReceiver(config);
  await receiver.startPurging();
  const address = await receiver.app.listen({ host: config.listen.host, port: config.listen.port });
  consoleLog.info(`listening on ${address} (sign-ups at ${config.path}, inbox at /inbox/, ${receiver.db.kind} database)`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    consoleLog.info(`${signal}: finishing requests in flight, then stopping`);
    try {
      await receiver.close();
      process.exit(0);
    } catch (error) {
      consoleLog.error(`stopping failed: ${errorKind(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  return undefined;
}
