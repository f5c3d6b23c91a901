/**
 * `<ontrack-inbox>`: the coordinator's inbox. Signs in, lists the sign-ups
 * the account may see by trajectory, session and status, opens one, and
 * changes it (contacted, into a free place, accepted after review,
 * cancelled, erased). Everything is a native control, so it works with the
 * keyboard alone; focus moves to what each step shows.
 */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { FocusController } from '../core/controllers/focus.controller.js';
import { ApiError, inboxApi, type Action, type InboxApi, type Me, type Signup, type Status } from './internal/api.js';
import { loginView } from './internal/login.view.js';
import { listView } from './internal/list.view.js';
import { detailView } from './internal/detail.view.js';
import { problemText, statusLabel } from './internal/labels.js';
import { LANGUAGE_NAMES, LOCALES, getLocale, preferredLocale, useLocale, type InboxLocale } from './locale.js';
import { inboxStyles } from './inbox.styles.js';

type Notice = { kind: 'changed'; status: Status } | { kind: 'erased' } | { kind: 'problem'; code: string } | undefined;

@localized()
export class OntrackInbox extends LitElement {
  static override styles = inboxStyles;

  /** Where the inbox API is (the receiver serves it at /inbox/api). */
  @property({ attribute: 'api-base' }) apiBase = '/inbox/api';

  @state() private phase: 'loading' | 'login' | 'list' | 'detail' = 'loading';
  @state() private me?: Me;
  @state() private trajectory = '';
  @state() private session = '';
  @state() private status: Status | '' = '';
  @state() private signups: Signup[] = [];
  @state() private loading = false;
  @state() private open?: Signup;
  @state() private confirmingErase = false;
  @state() private busy = false;
  @state() private problem = '';
  @state() private notice: Notice;

  private api: InboxApi = inboxApi();
  private focusAfter = new FocusController(this);

  override connectedCallback() {
    super.connectedCallback();
    this.api = inboxApi(this.apiBase);
    void useLocale(preferredLocale()).finally(() => this.start());
  }

  private async start() {
    try {
      await this.signedIn(await this.api.me());
    } catch {
      this.phase = 'login';
    }
  }

  private async signedIn(me: Me) {
    this.me = me;
    this.trajectory ||= me.trajectories[0]?.id ?? '';
    this.phase = 'list';
    await this.load();
    this.focusAfter.focusAfterRender('h1');
  }

  private async load() {
    this.loading = true;
    try {
      this.signups = (await this.api.list({ trajectory: this.trajectory, session: this.session, status: this.status })).signups;
    } catch (error) {
      this.fail(error);
    } finally {
      this.loading = false;
    }
  }

  /** Keeps the code of what went wrong; the text is made when rendering, in the current language. */
  private fail(error: unknown) {
    const code = error instanceof ApiError ? error.code : 'network';
    if (error instanceof ApiError && (error.status === 401 || code === 'csrf')) {
      this.phase = 'login';
      this.problem = 'sign-in';
      return;
    }
    this.notice = { kind: 'problem', code };
  }

  private onLogin = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    this.busy = true;
    this.problem = '';
    try {
      await this.api.login(String(data.get('name') ?? ''), String(data.get('password') ?? ''));
      await this.signedIn(await this.api.me());
    } catch (error) {
      this.problem = error instanceof ApiError ? error.code : 'network';
      this.focusAfter.focusAfterRender('#password');
    } finally {
      this.busy = false;
    }
  };

  private onLogout = async () => {
    await this.api.logout().catch(() => undefined);
    this.me = undefined;
    this.phase = 'login';
    this.focusAfter.focusAfterRender('#name');
  };

  private onFilter = (event: Event) => {
    const target = event.target as HTMLSelectElement;
    if (target.name === 'trajectory') {
      this.trajectory = target.value;
      this.session = '';
    } else if (target.name === 'session') this.session = target.value;
    else if (target.name === 'status') this.status = target.value as Status | '';
    this.notice = undefined;
    void this.load();
  };

  private onOpen = (id: string) => {
    this.open = this.signups.find((s) => s.id === id);
    if (!this.open) return;
    this.confirmingErase = false;
    this.notice = undefined;
    this.phase = 'detail';
    this.focusAfter.focusAfterRender('#detail-title');
  };

  private onClose = () => {
    const id = this.open?.id;
    this.phase = 'list';
    this.open = undefined;
    this.focusAfter.focusAfterRender(() => this.shadowRoot?.querySelector<HTMLElement>(`button.row[data-id="${id}"]`) ?? this.shadowRoot?.querySelector('h1'));
  };

  private onAct = async (action: Action) => {
    if (!this.open) return;
    this.busy = true;
    try {
      this.open = await this.api.act(this.open.id, action);
      this.notice = { kind: 'changed', status: this.open.status };
      await this.load();
    } catch (error) {
      this.fail(error);
      if (error instanceof ApiError && error.code === 'wrong-status') await this.load();
    } finally {
      this.busy = false;
      this.focusAfter.focusAfterRender('#detail-title');
    }
  };

  private onErase = async (step: 'ask' | 'confirm' | 'keep') => {
    if (step !== 'confirm') {
      this.confirmingErase = step === 'ask';
      this.focusAfter.focusAfterRender(step === 'ask' ? 'button.danger' : 'button.erase');
      return;
    }
    if (!this.open) return;
    this.busy = true;
    try {
      await this.api.erase(this.open.id);
      this.open = undefined;
      this.phase = 'list';
      this.notice = { kind: 'erased' };
      await this.load();
      this.focusAfter.focusAfterRender('h1');
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
      this.confirmingErase = false;
    }
  };

  private onLanguage = async (event: Event) => {
    await useLocale((event.target as HTMLSelectElement).value as InboxLocale);
  };

  private noticeText() {
    const n = this.notice;
    if (!n) return '';
    if (n.kind === 'changed') return `${msg('Saved. The status is now:')} ${statusLabel(n.status)}`;
    if (n.kind === 'erased') return msg("The person's data has been deleted.");
    return problemText(n.code);
  }

  override render() {
    const locale = getLocale();
    const language = html`<div class="language">
      <label for="language">${msg('Language')}</label>
      <select id="language" @change=${this.onLanguage}>
        ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === locale}>${LANGUAGE_NAMES[l]}</option>`)}
      </select>
    </div>`;
    if (this.phase === 'loading') return html`<p role="status">${msg('Loading…')}</p>`;
    if (this.phase === 'login') return html`${language}${loginView({ problem: this.problem, busy: this.busy, onLogin: this.onLogin })}`;
    const me = this.me!;
    return html`
      <header>
        <h1 tabindex="-1">${msg('Sign-ups')}</h1>
        <p>${msg('Signed in as')} <strong>${me.name}</strong></p>
        ${language}
        <button type="button" class="signout" @click=${this.onLogout}>${msg('Sign out')}</button>
      </header>
      <main>
        <div class="notice" role="status">${this.noticeText()}</div>
        ${this.phase === 'detail' && this.open
          ? detailView({ me, locale, open: this.open, confirmingErase: this.confirmingErase, busy: this.busy, onAct: this.onAct, onErase: this.onErase, onClose: this.onClose })
          : listView({
              me, locale, trajectory: this.trajectory, session: this.session, status: this.status, signups: this.signups, loading: this.loading,
              exportUrl: (t) => this.api.exportUrl(t), onFilter: this.onFilter, onOpen: this.onOpen,
            })}
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ontrack-inbox': OntrackInbox;
  }
}
