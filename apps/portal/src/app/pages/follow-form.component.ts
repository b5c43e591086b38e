import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Pub } from '@kenes/client/graphql';
import { I18n, TranslatePipe } from '@kenes/ui';
import { PublicMutations } from '../public-mutations.service';
import { CitizenSubmission, FORM_STYLES, formText } from './citizen-form';
import { FOLLOW_MESSAGES } from './follow.messages';

/**
 * "Follow by e-mail" for a council, a state body or a recommendation: an address and how often,
 * then a plain statement that nothing comes before the link in the confirmation letter is opened
 * (double opt-in); a refusal (rate limit, unknown record) is the API's own words. The host gives
 * the heading level so the form fits under its section.
 */
@Component({
  selector: 'k-follow-form',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="follow k-noprint" data-follow>
      @if (level() === 2) {
        <h2 [id]="id() + '-title'">{{ 'follow.title' | t }}</h2>
      } @else {
        <h3 [id]="id() + '-title'">{{ 'follow.title' | t }}</h3>
      }
      <p class="k-muted">{{ 'follow.lead' | t }}</p>
      @if (submission.done()) {
        <p class="done" role="status" data-follow-sent>{{ 'follow.sent' | t }}</p>
      } @else {
        <form [attr.aria-labelledby]="id() + '-title'" (submit)="submit($event)">
          <label [for]="id() + '-email'">{{ 'follow.email' | t }}</label>
          <input [id]="id() + '-email'" name="email" type="email" autocomplete="email" inputmode="email" required maxlength="254" />
          <fieldset>
            <legend>{{ 'follow.how' | t }}</legend>
            <label class="choice">
              <input type="radio" name="mode" value="EVENTS" checked />
              <span><strong>{{ 'follow.events' | t }}</strong><span class="k-muted"> — {{ 'follow.eventsHint' | t }}</span></span>
            </label>
            <label class="choice">
              <input type="radio" name="mode" value="WEEKLY" />
              <span><strong>{{ 'follow.weekly' | t }}</strong><span class="k-muted"> — {{ 'follow.weeklyHint' | t }}</span></span>
            </label>
          </fieldset>
          @if (submission.error(); as e) {
            <p class="error" role="alert">{{ e }}</p>
          }
          <button class="k-button" type="submit" [disabled]="submission.sending()">{{ (submission.sending() ? 'form.sending' : 'follow.send') | t }}</button>
        </form>
      }
    </div>
  `,
  styles: [
    FORM_STYLES,
    `h2 { margin: 0.25rem 0; }
     h3 { margin: 1rem 0 0.25rem; }
     .follow > p { margin-top: 0; }
     fieldset { border: 0; padding: 0; margin: 0.6rem 0 0; display: flex; flex-direction: column; gap: 0.4rem; }
     legend { font-weight: 600; padding: 0; margin-bottom: 0.35rem; }
     .choice { display: flex; align-items: center; gap: 0.75rem; margin: 0; font-weight: 400; min-height: var(--k-target); padding: 0.35rem 0.75rem; border: 2px solid var(--k-border); border-radius: 6px; background: var(--k-surface); cursor: pointer; }
     .choice:has(input:checked) { border-color: var(--k-primary); }
     .choice input { min-height: 0; width: 1.35rem; height: 1.35rem; margin: 0; padding: 0; flex: none; accent-color: var(--k-primary); }`,
  ],
})
export class FollowFormComponent {
  readonly kind = input.required<Pub.FollowKind>();
  readonly councilSlug = input<string>();
  readonly bodyId = input<string>();
  readonly recommendationNumber = input<number>();
  /** The heading's level under the host's section. */
  readonly level = input<2 | 3>(3);

  private readonly i18n = inject(I18n);
  private readonly mutations = inject(PublicMutations);
  readonly submission = new CitizenSubmission(this.i18n);
  readonly id = computed(() => `follow-${this.kind().toLowerCase()}`);

  constructor() {
    this.i18n.register(FOLLOW_MESSAGES);
  }

  submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const mode: Pub.FollowMode = formText(form, 'mode') === 'WEEKLY' ? 'WEEKLY' : 'EVENTS';
    const councilSlug = this.councilSlug();
    const bodyId = this.bodyId();
    const recommendationNumber = this.recommendationNumber();
    // Only the record's own keys: the API refuses explicit nulls.
    this.submission.run(
      this.mutations.send(Pub.FollowRecordDocument, {
        input: {
          email: formText(form, 'email').trim(),
          kind: this.kind(),
          mode,
          ...(councilSlug ? { councilSlug } : {}),
          ...(bodyId ? { bodyId } : {}),
          ...(recommendationNumber !== undefined ? { recommendationNumber } : {}),
        },
      }),
    );
  }
}
