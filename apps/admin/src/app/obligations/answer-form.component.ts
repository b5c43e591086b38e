import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError, type UiError } from '../graphql-errors';
import { currentDraft, type ObligationView, type RecommendationView } from './obligation-format';

const VERDICTS: Admin.AnswerVerdict[] = ['ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED', 'NEEDS_STUDY'];

interface PointDraft {
  pointId: string;
  number: number;
  text: string;
  verdict: Admin.AnswerVerdict | null;
  owner: string;
  due: string;
  scope: string;
  reasons: string;
  studyUntil: string;
}

/**
 * The body's answer, point by point: one big choice per point and only the fields that choice
 * needs; "save the draft" for officers, and for the head "sign and send" after a plain
 * confirmation. The server's refusals are shown as worded, next to the point they are about.
 */
@Component({
  selector: 'k-answer-form',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="answer-form" (ngSubmit)="save()" novalidate data-answer-form>
      <p class="lead">{{ 'obl.answerLead' | t }}</p>
      @for (p of points(); track p.pointId; let i = $index) {
        <fieldset class="point" [attr.data-point]="p.number">
          <legend>{{ 'obl.point' | t: { n: p.number } }}</legend>
          <p class="point-text">{{ p.text }}</p>
          <div class="verdicts" role="radiogroup" [attr.aria-label]="'obl.point' | t: { n: p.number }">
            @for (v of verdicts; track v) {
              <label class="verdict" [class]="'verdict ' + v">
                <input type="radio" [name]="'verdict' + i" [value]="v" [(ngModel)]="p.verdict" />
                <span class="vt">{{ 'obl.verdict.' + v | t }}</span>
                <span class="vh">{{ 'obl.verdictHint.' + v | t }}</span>
              </label>
            }
          </div>
          @switch (p.verdict) {
            @case ('PARTLY_ACCEPTED') {
              <label class="k-field"><span>{{ 'obl.scope' | t }}</span><textarea [name]="'scope' + i" rows="2" [(ngModel)]="p.scope" [attr.aria-invalid]="!!fieldError(i, 'scope')"></textarea></label>
              @if (fieldError(i, 'scope'); as fe) { <p class="field-error" role="alert">{{ fe }}</p> }
            }
            @case ('REJECTED') {
              <label class="k-field"><span>{{ 'obl.reasons' | t }}</span><textarea [name]="'reasons' + i" rows="3" [(ngModel)]="p.reasons" [attr.aria-invalid]="!!fieldError(i, 'reasons')"></textarea></label>
              @if (fieldError(i, 'reasons'); as fe) { <p class="field-error" role="alert" data-field-error>{{ fe }}</p> }
            }
            @case ('NEEDS_STUDY') {
              <label class="k-field"><span>{{ 'obl.studyUntil' | t }}</span><input [name]="'study' + i" type="date" [(ngModel)]="p.studyUntil" /></label>
              @if (fieldError(i, 'studyUntil'); as fe) { <p class="field-error" role="alert">{{ fe }}</p> }
            }
          }
          @if (p.verdict === 'ACCEPTED' || p.verdict === 'PARTLY_ACCEPTED') {
            <div class="pair">
              <label class="k-field"><span>{{ 'obl.owner' | t }}</span><input [name]="'owner' + i" [(ngModel)]="p.owner" /></label>
              <label class="k-field"><span>{{ 'obl.ownerDue' | t }}</span><input [name]="'due' + i" type="date" [(ngModel)]="p.due" /></label>
            </div>
            @if (fieldError(i, 'commitmentOwner'); as fe) { <p class="field-error" role="alert">{{ fe }}</p> }
          }
        </fieldset>
      }
      <label class="k-field summary"><span>{{ 'obl.summary' | t }}</span><textarea name="summary" rows="3" [(ngModel)]="summary"></textarea></label>
      @if (error(); as e) {
        <div class="k-alert" role="alert" data-error>
          <p>{{ e.message }}</p>
          @for (f of fieldMessages(e); track $index) {
            <p>{{ f }}</p>
          }
        </div>
      }
      @if (notice(); as n) {
        <p class="k-success" role="status" data-answer-notice>{{ n }}</p>
      }
      <div class="k-actions">
        <button class="k-button big" type="submit" [disabled]="busy()">{{ 'obl.saveDraft' | t }}</button>
      </div>
    </form>
    @if (hasDraft()) {
      @if (canSign()) {
        <section class="sign" data-sign>
          @if (!confirming()) {
            <button class="k-button big" type="button" [disabled]="busy()" (click)="confirming.set(true)">{{ 'obl.sign' | t }}</button>
          } @else {
            <p class="k-warning" data-sign-confirm>{{ 'obl.signConfirm' | t }}</p>
            <div class="k-actions">
              <button class="k-button big" type="button" [disabled]="busy()" (click)="sign()">{{ 'obl.signYes' | t }}</button>
              <button class="k-button secondary big" type="button" (click)="confirming.set(false)">{{ 'obl.cancel' | t }}</button>
            </div>
          }
        </section>
      } @else {
        <p class="k-muted wait" data-wait-head>{{ 'obl.waitForHead' | t }}</p>
      }
    }
  `,
  styles: [
    `.answer-form { display: flex; flex-direction: column; gap: 1.25rem; max-width: 56rem; }
     .lead { margin: 0; font-size: 1.05rem; }
     .point { border: 1px solid var(--k-border); border-radius: var(--k-radius); background: var(--k-surface); padding: 1rem 1.25rem; margin: 0; display: flex; flex-direction: column; gap: 0.85rem; }
     .point legend { font-weight: 700; font-size: 1.15rem; padding: 0 0.35rem; }
     .point-text { margin: 0; font-size: 1.1rem; overflow-wrap: anywhere; }
     .verdicts { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.6rem; }
     .verdict { display: grid; grid-template-columns: auto 1fr; align-items: center; column-gap: 0.6rem; min-height: 64px; padding: 0.6rem 0.85rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); cursor: pointer; }
     .verdict input { width: 1.4rem; height: 1.4rem; grid-row: span 2; }
     .vt { font-weight: 700; }
     .vh { font-size: 0.85rem; color: var(--k-muted); }
     .verdict:has(input:checked) { border-color: var(--k-primary); background: #eef4fa; box-shadow: inset 0 0 0 1px var(--k-primary); }
     .verdict.ACCEPTED:has(input:checked) { border-color: var(--k-ok); background: #eef8f0; box-shadow: inset 0 0 0 1px var(--k-ok); }
     .verdict.REJECTED:has(input:checked) { border-color: var(--k-bad); background: #fdf0f0; box-shadow: inset 0 0 0 1px var(--k-bad); }
     .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.75rem 1rem; }
     textarea { font: inherit; font-weight: 400; padding: 0.5rem 0.85rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); }
     textarea[aria-invalid='true'] { border-color: var(--k-bad); }
     .field-error { margin: 0; color: var(--k-bad); font-weight: 700; }
     .k-alert p { margin: 0.2rem 0; }
     .k-success, .k-warning { margin: 0; }
     .big { min-height: 56px; font-size: 1.1rem; }
     .sign { margin-top: 1.25rem; display: flex; flex-direction: column; gap: 0.75rem; max-width: 56rem; }
     .wait { margin-top: 1rem; }`,
  ],
})
export class AnswerFormComponent {
  readonly recommendation = input.required<RecommendationView>();
  readonly obligation = input.required<ObligationView>();
  readonly canSign = input(false);
  /** Saved or signed: the page reloads; `notice` when the page should say it (the form is gone after signing). */
  readonly changed = output<{ notice?: string }>();
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);

  readonly verdicts = VERDICTS;
  readonly points = signal<PointDraft[]>([]);
  readonly error = signal<UiError | null>(null);
  readonly notice = signal<string | null>(null);
  readonly busy = signal(false);
  readonly confirming = signal(false);
  readonly hasDraft = signal(false);
  summary = '';

  constructor() {
    // The form starts from the saved draft, and again whenever the server returns the obligation.
    effect(() => {
      const rec = this.recommendation();
      const o = this.obligation();
      untracked(() => this.fill(rec, o));
    });
  }

  private fill(rec: RecommendationView, o: ObligationView): void {
    const draft = currentDraft(o);
    this.hasDraft.set(!!draft);
    this.summary = draft?.summary ?? '';
    this.points.set(
      rec.points.map((p) => {
        const d = draft?.points.find((x) => x.pointNumber === p.number);
        return {
          pointId: p.id,
          number: p.number,
          text: p.text,
          verdict: d?.verdict ?? null,
          owner: d?.commitmentOwner ?? '',
          due: d?.commitmentDue ?? '',
          scope: d?.scope ?? '',
          reasons: d?.reasons ?? '',
          studyUntil: d?.studyUntil ?? '',
        };
      }),
    );
  }

  fieldError(index: number, field: string): string | null {
    return this.error()?.fields[`points.${index}.${field}`] ?? null;
  }

  fieldMessages(e: UiError): string[] {
    return Object.values(e.fields).filter((f) => f !== e.message);
  }

  async save(): Promise<void> {
    this.error.set(null);
    this.notice.set(null);
    const missing = this.points().find((p) => !p.verdict);
    if (missing) {
      this.error.set({ message: this.i18n.t('obl.chooseVerdict', { n: missing.number }), code: null, fields: {}, basis: null });
      return;
    }
    const points: Admin.AnswerPointInputGql[] = this.points().map((p) => {
      const verdict = p.verdict as Admin.AnswerVerdict;
      const commits = verdict === 'ACCEPTED' || verdict === 'PARTLY_ACCEPTED';
      return {
        pointId: p.pointId,
        verdict,
        commitmentOwner: commits ? p.owner.trim() || null : null,
        commitmentDue: commits ? p.due || null : null,
        scope: verdict === 'PARTLY_ACCEPTED' ? p.scope.trim() || null : null,
        reasons: verdict === 'REJECTED' ? p.reasons.trim() || null : null,
        studyUntil: verdict === 'NEEDS_STUDY' ? p.studyUntil || null : null,
      };
    });
    await this.run(async () => {
      await firstValueFrom(
        this.apollo.mutate({ mutation: Admin.DraftAnswerDocument, variables: { input: { obligationId: this.obligation().id, summary: this.summary, points } } }),
      );
    }, 'obl.draftSaved', true);
  }

  async sign(): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.apollo.mutate({ mutation: Admin.SignAnswerDocument, variables: { obligationId: this.obligation().id } }));
    }, 'obl.signed', false);
    this.confirming.set(false);
  }

  private async run(call: () => Promise<void>, notice: string, here: boolean): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await call();
      if (here) this.notice.set(this.i18n.t(notice));
      this.changed.emit({ notice: here ? undefined : this.i18n.t(notice) });
    } catch (e) {
      this.error.set(toUiError(e, String(e)));
    } finally {
      this.busy.set(false);
    }
  }
}
