import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type * as Admin from '@kenes/client/graphql/admin';
import { TranslatePipe } from '@kenes/ui';
import { legalDate } from './obligation-format';

/** A signed answer, point by point, in words. */
@Component({
  selector: 'k-answer-view',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = answer();
    <div class="answer" [attr.data-answer]="a.version">
      <p class="k-muted">{{ 'obl.answerVersion' | t: { v: a.version, name: a.signedByName ?? '—' } }}</p>
      @if (a.summary) {
        <blockquote>{{ a.summary }}</blockquote>
      }
      <ul class="points">
        @for (p of a.points; track p.pointNumber) {
          <li [attr.data-answer-point]="p.pointNumber" [attr.data-verdict]="p.verdict">
            <strong>{{ 'obl.point' | t: { n: p.pointNumber } }}: <span [class]="'v ' + p.verdict">{{ 'obl.verdict.' + p.verdict | t }}</span></strong>
            @if (p.scope) {
              <span>{{ 'obl.scope' | t }}: {{ p.scope }}</span>
            }
            @if (p.reasons) {
              <span>{{ 'obl.reasons' | t }}: {{ p.reasons }}</span>
            }
            @if (p.commitmentOwner) {
              <span>{{ 'obl.owner' | t }}: {{ p.commitmentOwner }} · {{ 'obl.ownerDue' | t }}: {{ date(p.commitmentDue) }}</span>
            }
            @if (p.studyUntil) {
              <span>{{ 'obl.studyUntil' | t }}: {{ date(p.studyUntil) }}</span>
            }
          </li>
        }
      </ul>
    </div>
  `,
  styles: [
    `.answer { display: flex; flex-direction: column; gap: 0.5rem; }
     .answer p { margin: 0; }
     blockquote { margin: 0; padding: 0.5rem 1rem; border-inline-start: 5px solid var(--k-primary); background: #f4f7fa; white-space: pre-line; }
     .points { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.6rem; }
     .points li { display: flex; flex-direction: column; overflow-wrap: anywhere; }
     .v.ACCEPTED { color: var(--k-ok); } .v.REJECTED { color: var(--k-bad); } .v.PARTLY_ACCEPTED, .v.NEEDS_STUDY { color: var(--k-warn); }`,
  ],
})
export class AnswerViewComponent {
  readonly answer = input.required<Admin.AnswerFieldsFragment>();

  date(iso: string | null): string {
    return legalDate(iso);
  }
}
