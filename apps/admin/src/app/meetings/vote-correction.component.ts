import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { MeetingStore, type MotionView } from './meeting-store';

type Step = 'idle' | 'form' | 'confirm';

/**
 * Correcting a closed vote's result (`correctVoteResult`): the right counts and a reason, then
 * a confirmation that says plainly what changes and that the correction is recorded for good
 * and public. The database keeps each correction; nothing here can erase one.
 */
@Component({
  selector: 'k-vote-correction',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (motion().result; as r) {
      <div class="correction" data-correction>
        @if (r.corrections) {
          <p class="k-muted" data-corrected>{{ 'cor.count' | t: { n: r.corrections } }}</p>
        }
        @if (done()) {
          <p class="k-success" role="status" data-correction-done>{{ 'cor.done' | t }}</p>
        }
        @switch (step()) {
          @case ('idle') {
            <p><button class="k-button secondary" type="button" (click)="start()">{{ 'cor.start' | t }}</button></p>
          }
          @case ('form') {
            <form class="k-form form" (ngSubmit)="review()" novalidate>
              <p class="lead">{{ 'cor.lead' | t }}</p>
              <div class="counts">
                <label class="k-field"><span>{{ 'cor.for' | t }}</span><input name="for" type="number" min="0" inputmode="numeric" [(ngModel)]="countFor" /></label>
                <label class="k-field"><span>{{ 'cor.against' | t }}</span><input name="against" type="number" min="0" inputmode="numeric" [(ngModel)]="countAgainst" /></label>
                <label class="k-field"><span>{{ 'cor.abstain' | t }}</span><input name="abstain" type="number" min="0" inputmode="numeric" [(ngModel)]="countAbstain" /></label>
              </div>
              <label class="k-field"><span>{{ 'cor.reason' | t }}</span><textarea name="reason" rows="3" [(ngModel)]="reason"></textarea></label>
              @if (problem(); as p) {
                <p class="k-alert" role="alert" data-error>{{ p }}</p>
              }
              <div class="k-actions">
                <button class="k-button" type="submit" [disabled]="!reason.trim()">{{ 'cor.review' | t }}</button>
                <button class="k-button secondary" type="button" (click)="step.set('idle')">{{ 'mtg.cancelEdit' | t }}</button>
              </div>
            </form>
          }
          @case ('confirm') {
            <div class="k-warning confirm" role="alertdialog" aria-labelledby="cor-confirm-title" data-correction-confirm>
              <p class="title" id="cor-confirm-title">{{ 'cor.confirmTitle' | t }}</p>
              <p>{{ 'cor.confirmChange' | t: { f1: r.for, f2: num(countFor), a1: r.against, a2: num(countAgainst), b1: r.abstain, b2: num(countAbstain) } }}</p>
              <p>«{{ reason.trim() }}»</p>
              <p>{{ 'cor.confirmPublic' | t }}</p>
              @if (problem(); as p) {
                <p class="k-alert" role="alert" data-error>{{ p }}</p>
              }
              <div class="k-actions">
                <button class="k-button" type="button" [disabled]="store.busy()" (click)="confirm()">{{ 'cor.confirm' | t }}</button>
                <button class="k-button secondary" type="button" (click)="step.set('form')">{{ 'cor.back' | t }}</button>
              </div>
            </div>
          }
        }
      </div>
    }
  `,
  styles: [
    `.correction { display: flex; flex-direction: column; gap: 0.5rem; }
     .correction p { margin: 0; }
     .form { max-width: none; gap: 0.75rem; }
     .lead { font-weight: 400; }
     .counts { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.75rem; }
     textarea { font: inherit; font-weight: 400; padding: 0.5rem 0.85rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); }
     .confirm { display: flex; flex-direction: column; gap: 0.6rem; }
     .confirm .title { font-size: 1.15rem; }
     .confirm p:not(.title) { font-weight: 400; }`,
  ],
})
export class VoteCorrectionComponent {
  readonly motion = input.required<MotionView>();
  readonly store = inject(MeetingStore);
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);

  readonly step = signal<Step>('idle');
  readonly done = signal(false);
  readonly problem = signal<string | null>(null);
  countFor: number | null = 0;
  countAgainst: number | null = 0;
  countAbstain: number | null = 0;
  reason = '';

  num(v: number | null): number {
    return Number(v ?? 0);
  }

  start(): void {
    const r = this.motion().result;
    this.countFor = r?.for ?? 0;
    this.countAgainst = r?.against ?? 0;
    this.countAbstain = r?.abstain ?? 0;
    this.reason = '';
    this.problem.set(null);
    this.done.set(false);
    this.step.set('form');
  }

  review(): void {
    const counts = [this.countFor, this.countAgainst, this.countAbstain];
    if (counts.some((c) => c === null || !Number.isInteger(Number(c)) || Number(c) < 0)) {
      this.problem.set(this.i18n.t('cor.needNumbers'));
      return;
    }
    if (!this.reason.trim()) return;
    this.problem.set(null);
    this.step.set('confirm');
  }

  async confirm(): Promise<void> {
    this.problem.set(null);
    const ok = await this.store.run(async () => {
      const r = await firstValueFrom(
        this.apollo.mutate({
          mutation: Admin.CorrectVoteResultDocument,
          variables: {
            input: { motionId: this.motion().id, for: this.num(this.countFor), against: this.num(this.countAgainst), abstain: this.num(this.countAbstain), reason: this.reason.trim() },
          },
        }),
      );
      return r.data?.correctVoteResult;
    });
    if (ok) {
      this.step.set('idle');
      this.done.set(true);
    } else {
      // Shown here, next to the form it concerns, rather than at the top of the console.
      const e = this.store.error();
      this.problem.set(e ? [e.message, ...Object.values(e.fields)].join(' ') : this.i18n.t('doc.failed'));
      this.store.error.set(null);
    }
  }
}
