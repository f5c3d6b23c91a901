/** The sign-in form. */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { problemText } from './labels.js';

export interface LoginHost {
  problem: string;
  busy: boolean;
  onLogin(event: SubmitEvent): void;
}

export const loginView = (host: LoginHost) => html`
  <main class="login">
    <h1 tabindex="-1">${msg('Sign in to the inbox')}</h1>
    <form @submit=${host.onLogin} novalidate>
      <label for="name">${msg('User name')}</label>
      <input id="name" name="name" autocomplete="username" required />
      <label for="password">${msg('Password')}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
      <div role="alert" class="problem">${host.problem ? problemText(host.problem) : ''}</div>
      <button type="submit" ?disabled=${host.busy}>${msg('Sign in')}</button>
    </form>
  </main>
`;
