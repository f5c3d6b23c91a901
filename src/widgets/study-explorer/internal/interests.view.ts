import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Answer } from '../logic/answers.js';
import type { ExplorerContext } from './context.js';
import { cardBody } from './options.view.js';

/** The interest questionnaire, one question per screen; after the last one, the suggestions. */
export function interestsView(c: ExplorerContext): TemplateResult {
  const questions = c.system.questions;
  const step = Math.min(c.progress.step, questions.length);
  if (step >= questions.length) return suggestionsView(c);
  const q = questions[step];
  const answer = c.progress.answers[q.id];
  const choices: [Answer, string][] = [
    ['yes', msg('Yes')],
    ['bit', msg('A bit')],
    ['no', msg('No')],
  ];
  return html`<section part="question" class="question">
    <p class="step">${msg(str`Question ${c.number(step + 1)} of ${c.number(questions.length)}`)}</p>
    <progress max=${questions.length} value=${step} aria-hidden="true"></progress>
    <fieldset>
      <legend class="question-text" id="question" tabindex="-1">${c.text(q.text)}</legend>
      <div class="answers">
        ${choices.map(
          ([value, label]) => html`<button type="button" class="answer" data-answer=${value} aria-pressed=${answer === value ? 'true' : 'false'} @click=${() => c.answer(q.id, value)}>${label}</button>`,
        )}
      </div>
    </fieldset>
    <p class="steps">
      <button type="button" class="back" ?disabled=${step === 0} @click=${() => c.step(step - 1)}>${msg('Back')}</button>
      <button type="button" class="skip" @click=${() => c.step(step + 1)}>${msg('Skip')}</button>
    </p>
  </section>`;
}

function suggestionsView(c: ExplorerContext): TemplateResult {
  const interestOf = new Map(c.system.questions.map((q) => [q.id, q.interest]));
  return html`<section class="suggestions">
    ${c.heading(1, msg('Suggestions for you'), 'suggestions')}
    ${c.ranked.length
      ? html`<ol part="results" class="results" role="list">
          ${c.ranked.map(
            (r) => html`<li class="result" data-id=${r.option.id}>
              ${cardBody(c, r.option)}
              <p class="why">${msg(str`Why: ${c.list(r.reasons.map((id) => c.name(interestOf.get(id)!)))}`)}</p>
            </li>`,
          )}
        </ol>`
      : html`<p class="notice">${msg('Answer a few questions to get suggestions.')}</p>`}
    <p class="steps">
      <button type="button" class="back" @click=${() => c.step(c.system.questions.length - 1)}>${msg('Back')}</button>
      <button type="button" class="restart" @click=${() => c.restart()}>${msg('Start again')}</button>
    </p>
  </section>`;
}
