/**
 * The receiver's configuration file (receiver.config.json), checked with zod
 * and explained in plain words when something is wrong.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import * as z from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id of lower-case letters, digits and hyphens');
const origin = z
  .string()
  .regex(/^https?:\/\/[^/\s?#]+$/, 'must be an origin such as "https://www.city.example" (scheme and host, no path)');

export const PASSWORD_HASH = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/;

const limit = (max: number, windowSeconds: number) =>
  z.object({ max: z.number().int().positive(), windowSeconds: z.number().int().positive() }).default({ max, windowSeconds });

export const account = z.object({
  name: z.string().regex(/^[a-zA-Z0-9._@-]{2,64}$/, 'must be a user name of 2–64 letters, digits, ".", "_", "@" or "-"'),
  passwordHash: z.string().regex(PASSWORD_HASH, 'must be a hash made by "npx ontrack-receiver hash-password", never the password itself'),
  /** Where new sign-ups in this account's scope are announced. */
  email: z.email('must be an e-mail address').optional(),
  /** What this coordinator sees: whole trajectories, or one municipality's sign-ups of a trajectory. */
  scope: z
    .array(z.object({ trajectory: slug, municipality: slug.optional() }).strict())
    .min(1, 'must list at least one trajectory the account may see'),
});

const smtp = z.union([
  z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// address'),
  z.object({
    host: z.string().min(1),
    port: z.number().int().positive(),
    secure: z.boolean().default(false),
    auth: z.object({ user: z.string(), pass: z.string() }).optional(),
    /** Only for tests against a local server. */
    ignoreTLS: z.boolean().optional(),
  }),
]);

export const receiverConfig = z
  .object({
    listen: z.object({ host: z.string().default('127.0.0.1'), port: z.number().int().min(0).max(65535).default(8787) }).default({ host: '127.0.0.1', port: 8787 }),
    /** The address people reach the receiver at, for links in e-mails (e.g. https://signup.city.example). */
    publicUrl: z.url('must be a full address such as "https://signup.city.example"').optional(),
    /** The content pack with the trajectories: a file path (relative to this config file) or an https address. */
    content: z.string().min(1, 'must name the content pack: a file path or an https address'),
    /** A PGlite data directory (relative to this file), or postgres://… ; DATABASE_URL overrides it. */
    database: z.string().default('data/receiver'),
    /** Only for tests: a PostgreSQL schema of its own. */
    databaseSchema: z.string().regex(/^[a-z_][a-z0-9_]*$/).optional(),
    path: z.string().regex(/^\/[a-z0-9/_-]*[a-z0-9]$/, 'must be a path such as "/api/signups"').default('/api/signups'),
    /** Web pages allowed to send sign-ups from the browser (CORS). */
    allowedOrigins: z.array(origin).default([]),
    bodyLimitBytes: z.number().int().min(1024).max(1024 * 1024).default(64 * 1024),
    rateLimits: z
      .object({
        // A whole class sends from one school address at once, with retries: generous per address.
        perIp: limit(300, 600),
        perTrajectory: limit(3000, 600),
        loginFailures: z.object({ max: z.number().int().positive(), lockSeconds: z.number().int().positive() }).default({ max: 5, lockSeconds: 900 }),
        loginPerIp: limit(30, 900),
      })
      .default({
        perIp: { max: 300, windowSeconds: 600 },
        perTrajectory: { max: 3000, windowSeconds: 600 },
        loginFailures: { max: 5, lockSeconds: 900 },
        loginPerIp: { max: 30, windowSeconds: 900 },
      }),
    /** Sign-ups older than this are deleted (at start and daily). */
    retentionDays: z.number().positive().default(180),
    trajectories: z.record(slug, z.object({ retentionDays: z.number().positive().optional() }).strict()).default({}),
    accounts: z.array(account).default([]),
    mail: z
      .object({
        smtp,
        from: z.string().min(3, 'must be the sender, e.g. "Ontrack <noreply@city.example>"'),
        /** Also send the person a confirmation (with the session as .ics) when they gave an e-mail address. */
        confirmation: z.boolean().default(false),
      })
      .optional(),
    /** Alternative to e-mail: each new sign-up POSTed to the city's own system, signed with HMAC-SHA256. */
    webhook: z.object({ url: z.url('must be a full https address'), secret: z.string().min(16, 'must be at least 16 characters') }).optional(),
    /** Cookies marked Secure (browsers accept them on https and on localhost). */
    cookieSecure: z.boolean().default(true),
    /** Behind a reverse proxy: trust its X-Forwarded-For for the client address. */
    trustProxy: z.boolean().default(false),
  })
  .strict();

export type ReceiverConfig = z.infer<typeof receiverConfig>;
export type Account = z.infer<typeof account>;

export class ConfigError extends Error {}

/** Checks a parsed config; throws ConfigError with one plain line per problem. */
export function parseConfig(data: unknown, where = 'the configuration'): ReceiverConfig {
  const result = receiverConfig.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(top level)';
      const message =
        issue.code === 'unrecognized_keys'
          ? `has a setting the receiver does not know: ${issue.keys.join(', ')} (check the spelling)`
          : issue.code === 'invalid_type' && issue.input === undefined
            ? 'is missing'
            : issue.message;
      return `  ${path}: ${message}`;
    });
    throw new ConfigError(`${where} has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}:\n${lines.join('\n')}`);
  }
  const config = result.data;
  const names = new Set<string>();
  for (const a of config.accounts) {
    if (names.has(a.name)) throw new ConfigError(`${where}: two accounts are called "${a.name}"; each needs its own name`);
    names.add(a.name);
  }
  return config;
}

/** Reads a config file; relative paths in it are taken from the file's folder. */
export async function loadConfig(file: string): Promise<ReceiverConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigError(`cannot read the configuration file ${file} (does it exist?)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const config = parseConfig(data, file);
  const base = dirname(resolve(file));
  if (!/^https?:\/\//.test(config.content)) config.content = resolve(base, config.content);
  if (!/^(postgres(ql)?|memory):\/\//.test(config.database)) config.database = resolve(base, config.database);
  return config;
}
