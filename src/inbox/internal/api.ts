/** The inbox's calls to its receiver (same origin, cookie session, CSRF header on changes). */
export type Status = 'new' | 'contacted' | 'waitlist' | 'suspect' | 'cancelled';
export const STATUSES: readonly Status[] = ['new', 'contacted', 'waitlist', 'suspect', 'cancelled'];
export type Action = 'contacted' | 'promote' | 'accept' | 'cancel';

export type Localized = Record<string, string>;

export interface TrajectoryInfo {
  id: string;
  title: Localized;
  sessions: { id: string; start: string; capacity?: number }[];
  municipalities: string[];
  fields: { name: string; label: Localized; type: string }[];
}

export interface Me {
  name: string;
  csrf: string;
  trajectories: TrajectoryInfo[];
}

export interface Signup {
  id: string;
  key: string;
  trajectory: string;
  municipality: string | null;
  session: string | null;
  status: Status;
  position: number | null;
  receivedAt: string;
  submission: { answers: Record<string, unknown>; language?: string; guardian?: { name?: string; contact?: string } };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly retryAfter = 0,
  ) {
    super(code);
  }
}

export function inboxApi(base = '/inbox/api') {
  let csrf = '';
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      method,
      credentials: 'same-origin',
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(method !== 'GET' ? { 'x-csrf-token': csrf } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError(response.status, String(data.error ?? 'error'), Number(response.headers.get('retry-after') ?? 0));
    return data as T;
  };
  return {
    async me() {
      const me = await call<Me>('GET', '/me');
      csrf = me.csrf;
      return me;
    },
    async login(name: string, password: string) {
      const result = await call<{ csrf: string }>('POST', '/login', { name, password });
      csrf = result.csrf;
    },
    logout: () => call('POST', '/logout', {}),
    list: (filter: { trajectory?: string; session?: string; status?: string }) =>
      call<{ signups: Signup[] }>('GET', `/signups?${new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][])}`),
    act: (id: string, action: Action) => call<Signup>('POST', `/signups/${encodeURIComponent(id)}/${action}`, {}),
    erase: (id: string) => call('DELETE', `/signups/${encodeURIComponent(id)}`),
    exportUrl: (trajectory: string) => `${base}/export.csv?trajectory=${encodeURIComponent(trajectory)}`,
  };
}

export type InboxApi = ReturnType<typeof inboxApi>;

/** A localized text in the inbox's language, else English, else any. */
export const pick = (text: Localized | undefined, locale: string) => text?.[locale] ?? text?.en ?? Object.values(text ?? {})[0] ?? '';
