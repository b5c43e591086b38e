import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Pub } from '@kenes/client/graphql';
import { I18n, TranslatePipe } from '@kenes/ui';
import { PublicApi } from '../public-api.service';
import { PublicMutations } from '../public-mutations.service';
import { CitizenSubmission, FORM_STYLES, formText } from './citizen-form';
import { KazakhstanTimePipe } from './kz-time.pipe';

/** Approved citizens' comments on an agenda item, and the form to add one (published after moderation). */
@Component({
  selector: 'k-public-comments',
  imports: [TranslatePipe, KazakhstanTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="comments" [attr.aria-labelledby]="'comments-' + itemId()">
      <h4 [id]="'comments-' + itemId()">{{ 'comments.title' | t }}</h4>
      <p>{{ 'comments.open' | t }} {{ 'comments.moderation' | t }}</p>
      @if (comments.hasValue()) {
        <ul class="list">
          @for (c of comments.value().publicComments; track c.id) {
            <li>
              <p class="who"><strong>{{ c.authorName }}</strong> <span class="k-muted">· {{ c.createdAt | kzTime: i18n.locale() }}</span></p>
              <p class="body">{{ c.body }}</p>
            </li>
          } @empty {
            <li class="k-muted">{{ 'comments.none' | t }}</li>
          }
        </ul>
      }
      @if (submission.done()) {
        <p class="done" role="status">{{ 'comments.thanks' | t }}</p>
      } @else {
        <form class="k-noprint" (submit)="submit($event)">
          <label [for]="'c-name-' + itemId()">{{ 'comments.name' | t }}</label>
          <input [id]="'c-name-' + itemId()" name="name" autocomplete="name" required maxlength="200" />
          <label [for]="'c-body-' + itemId()">{{ 'comments.body' | t }}</label>
          <textarea [id]="'c-body-' + itemId()" name="body" rows="4" required maxlength="2000"></textarea>
          @if (submission.error(); as e) {
            <p class="error" role="alert">{{ e }}</p>
          }
          <button class="k-button" type="submit" [disabled]="submission.sending()">{{ (submission.sending() ? 'form.sending' : 'comments.send') | t }}</button>
        </form>
      }
    </section>
  `,
  styles: [
    FORM_STYLES,
    `.comments { border-top: 1px solid var(--k-border); margin-top: 1rem; padding-top: 0.5rem; }
     .list { list-style: none; padding: 0; margin: 0.5rem 0 1rem; display: flex; flex-direction: column; gap: 0.75rem; }
     .list p { margin: 0; } .body { white-space: pre-line; }`,
  ],
})
export class PublicCommentsComponent {
  readonly itemId = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);
  private readonly mutations = inject(PublicMutations);

  readonly submission = new CitizenSubmission(this.i18n);

  readonly comments = rxResource({
    params: () => ({ itemId: this.itemId() }),
    stream: ({ params }) => this.api.query(Pub.PublicCommentsDocument, params),
  });

  submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.submission.run(
      this.mutations.send(Pub.SubmitPublicCommentDocument, { input: { itemId: this.itemId(), name: formText(form, 'name'), body: formText(form, 'body') } }),
    );
  }
}
