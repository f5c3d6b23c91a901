/**
 * The receiver's log: one line per event, never anything personal (no
 * answers, no addresses, no IPs): counts, states and error kinds only.
 */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleLog: Log = {
  info: (m) => console.log(`ontrack-receiver: ${m}`),
  warn: (m) => console.warn(`ontrack-receiver: ${m}`),
  error: (m) => console.error(`ontrack-receiver: ${m}`),
};

export const silentLog: Log = { info() {}, warn() {}, error() {} };

/** An error's kind and code, without its message (which may quote data). */
export const errorKind = (error: unknown) => {
  const e = error as { name?: string; code?: string };
  return [e?.name ?? 'Error', e?.code].filter(Boolean).join(' ');
};
