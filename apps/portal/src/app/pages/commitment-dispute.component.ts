import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { Pub } from '@kenes/client/graphql';
import { I18n, TranslatePipe } from '@kenes/ui';
import { PublicMutations } from '../public-mutations.service';
import { tap } from 'rxjs';
import { CitizenSubmission, FORM_STYLES, formText } from './citizen-form';

/**
 * A citizen disputes a commitment the body marked done: name, what is wrong, a link to evidence.
 * The API reopens it, or refuses in its own words (not done, too many from one address).
 */
@Component({
  selector: 'k-commitment-dispute',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="dispute k-noprint" [open]="!!submission.error()">
      <summary>{{ 'dispute.title' | t }}</summary>
      <p>{{ 'dispute.intro' | t }}</p>
      @if (!submission.done()) {
        <form (submit)="send($event)">
          <label [for]="'d-name-' + commitmentId()">{{ 'dispute.name' | t }}</label>
          <input [id]="'d-name-' + commitmentId()" name="name" autocomplete="name" required maxlength="200" />
          <label [for]="'d-text-' + commitmentId()">{{ 'dispute.text' | t }}</label>
          <textarea [id]="'d-text-' + commitmentId()" name="text" rows="4" required maxlength="4000"></textarea>
          <label [for]="'d-url-' + commitmentId()">{{ 'dispute.url' | t }}</label>
          <input [id]="'d-url-' + commitmentId()" name="url" type="url" inputmode="url" required maxlength="500" placeholder="https://" />
          @if (submission.error(); as e) {
            <p class="error" role="alert">{{ e }}</p>
          }
          <button class="k-button" type="submit" [disabled]="submission.sending()">{{ (submission.sending() ? 'dispute.sending' : 'dispute.send') | t }}</button>
        </form>
      }
    </details>
  `,
  styles: [
    FORM_STYLES,
    `.dispute { margin-top: 0.75rem; border-top: 1px dashed var(--k-border); padding-top: 0.5rem; }
     summary { cursor: pointer; font-weight: 600; color: var(--k-primary); min-height: var(--k-target); display: flex; align-items: center; }`,
  ],
})
export class CommitmentDisputeComponent {
  readonly commitmentId = input.required<string>();
  /** The API accepted the dispute: the page says so and reloads the recommendation to show it reopened. */
  readonly disputed = output();
  private readonly mutations = inject(PublicMutations);
  readonly submission = new CitizenSubmission(inject(I18n));

  send(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const url = formText(form, 'url').trim();
    this.submission.run(
      this.mutations.send(Pub.DisputeCommitmentAsCitizenDocument, {
        input: { commitmentId: this.commitmentId(), name: formText(form, 'name'), text: formText(form, 'text'), evidence: url ? [{ url }] : [] },
      }).pipe(tap(() => this.disputed.emit())),
    );
  }
}
