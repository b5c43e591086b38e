import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { kzDateTime } from '../meetings/meeting-store';
import { toUiError } from '../graphql-errors';
import { EvidencePickerComponent } from './evidence-picker.component';
import { legalDate } from './obligation-format';

/**
 * What a body promised, tracked to execution. The body reports progress or "done" (which
 * needs evidence); council members and the secretary may dispute a "done" with evidence.
 */
@Component({
  selector: 'k-commitment-list',
  imports: [FormsModule, TranslatePipe, EvidencePickerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="k-list commitments">
      @for (c of commitments(); track c.id) {
        <li class="commitment" [attr.data-commitment]="c.pointNumber" [attr.data-commitment-state]="c.state">
          <p class="title">{{ c.title }}</p>
          <p class="k-muted">{{ 'obl.commitmentMeta' | t: { n: c.pointNumber, owner: c.owner, due: date(c.due) } }}</p>
          <p class="state" [class]="'state ' + c.state">
            {{ 'obl.cstate.' + c.state | t }}@if (c.doneOn) { · {{ date(c.doneOn) }} }
            @if (c.overdue) {
              <span class="late">— {{ 'obl.cOverdue' | t }}</span>
            }
          </p>
          @if (c.updates.length) {
            <ol class="updates">
              @for (u of c.updates; track $index) {
                <li>
                  <strong>{{ 'obl.ukind.' + u.kind | t }}</strong> · <span class="k-muted">{{ when(u.createdAt) }} · {{ u.authorName }}</span>
                  <div class="text">{{ u.text }}</div>
                  @for (e of u.evidence; track e.url) {
                    <a [href]="e.url" target="_blank" rel="noopener" data-evidence-link>{{ e.fileName ?? e.url }}</a>
                  }
                </li>
              }
            </ol>
          }
          @if (mode() === 'report' && c.state !== 'DONE') {
            @if (openId() === c.id) {
              <form class="form" (ngSubmit)="report(c.id)" novalidate>
                <fieldset class="choices">
                  <legend>{{ 'obl.report' | t }}</legend>
                  <label class="choice"><input type="radio" name="done" [value]="false" [(ngModel)]="done" /> {{ 'obl.reportProgress' | t }}</label>
                  <label class="choice"><input type="radio" name="done" [value]="true" [(ngModel)]="done" /> {{ 'obl.reportDone' | t }}</label>
                </fieldset>
                <p class="k-warning needs" data-done-needs-evidence>{{ 'obl.doneNeedsEvidence' | t }}</p>
                <label class="k-field"><span>{{ 'obl.reportText' | t }}</span><textarea name="text" rows="3" [(ngModel)]="text"></textarea></label>
                <k-evidence-picker [(evidence)]="evidence" />
                <div class="k-actions">
                  <button class="k-button" type="submit" [disabled]="busy() || !text.trim()">{{ 'obl.sendReport' | t }}</button>
                  <button class="k-button secondary" type="button" (click)="close()">{{ 'obl.cancel' | t }}</button>
                </div>
              </form>
            } @else {
              <button class="k-button" type="button" (click)="start(c.id)">{{ 'obl.report' | t }}</button>
            }
          }
          @if (mode() === 'dispute' && c.state === 'DONE') {
            @if (openId() === c.id) {
              <form class="form" (ngSubmit)="dispute(c.id)" novalidate>
                <p class="k-muted">{{ 'obl.disputeHint' | t }}</p>
                <label class="k-field"><span>{{ 'obl.disputeText' | t }}</span><textarea name="text" rows="3" [(ngModel)]="text"></textarea></label>
                <k-evidence-picker [(evidence)]="evidence" />
                <div class="k-actions">
                  <button class="k-button" type="submit" [disabled]="busy() || !text.trim()">{{ 'obl.sendDispute' | t }}</button>
                  <button class="k-button secondary" type="button" (click)="close()">{{ 'obl.cancel' | t }}</button>
                </div>
              </form>
            } @else {
              <button class="k-button secondary" type="button" (click)="start(c.id)">{{ 'obl.dispute' | t }}</button>
            }
          }
          @if (openId() === c.id && error(); as e) {
            <p class="k-alert" role="alert" data-error>{{ e }}</p>
          }
        </li>
      }
    </ul>
  `,
  styles: [
    `.commitment { display: flex; flex-direction: column; gap: 0.5rem; padding: 0.85rem 1rem; border: 1px solid var(--k-border); border-radius: var(--k-radius); background: var(--k-surface); align-items: flex-start; }
     .commitment p { margin: 0; }
     .title { font-weight: 700; font-size: 1.1rem; overflow-wrap: anywhere; }
     .state { font-weight: 700; }
     .state.DONE { color: var(--k-ok); } .state.DISPUTED { color: var(--k-warn); }
     .late { color: var(--k-bad); }
     .updates { margin: 0; padding-inline-start: 1.25rem; display: flex; flex-direction: column; gap: 0.4rem; }
     .updates a { display: inline-block; padding-block: 0.35rem; margin-inline-end: 1rem; font-weight: 600; overflow-wrap: anywhere; }
     .text { white-space: pre-line; overflow-wrap: anywhere; }
     .form { display: flex; flex-direction: column; gap: 0.85rem; width: 100%; max-width: 44rem; }
     .choices { border: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.5rem; }
     .choices legend { font-weight: 700; margin-bottom: 0.35rem; }
     .choice { display: flex; align-items: center; gap: 0.75rem; min-height: 52px; padding: 0.5rem 1rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); cursor: pointer; font-weight: 600; }
     .choice:has(input:checked) { border-color: var(--k-primary); background: #eef4fa; }
     .choice input { width: 1.4rem; height: 1.4rem; }
     .needs { margin: 0; }
     textarea { font: inherit; font-weight: 400; padding: 0.5rem 0.85rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); }`,
  ],
})
export class CommitmentListComponent {
  readonly commitments = input.required<Admin.CommitmentFieldsFragment[]>();
  /** report: the body's own; dispute: council members and the secretary; read: nothing to do. */
  readonly mode = input<'report' | 'dispute' | 'read'>('read');
  /** Something changed on the server: the page reloads and says `notice`. */
  readonly changed = output<{ notice: string }>();
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);

  readonly openId = signal<string | null>(null);
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  readonly evidence = signal<Admin.EvidenceInput[]>([]);
  text = '';
  done = false;

  date(iso: string): string {
    return legalDate(iso);
  }

  when(iso: string): string {
    return kzDateTime(iso);
  }

  start(id: string): void {
    this.text = '';
    this.done = false;
    this.evidence.set([]);
    this.error.set(null);
    this.openId.set(id);
  }

  close(): void {
    this.openId.set(null);
  }

  async report(commitmentId: string): Promise<void> {
    await this.send(async () => {
      await firstValueFrom(
        this.apollo.mutate({ mutation: Admin.ReportOnCommitmentDocument, variables: { input: { commitmentId, done: this.done, text: this.text.trim(), evidence: this.evidence() } } }),
      );
    }, 'obl.reportSent');
  }

  async dispute(commitmentId: string): Promise<void> {
    await this.send(async () => {
      await firstValueFrom(
        this.apollo.mutate({ mutation: Admin.DisputeCommitmentDocument, variables: { input: { commitmentId, text: this.text.trim(), evidence: this.evidence() } } }),
      );
    }, 'obl.disputed');
  }

  private async send(run: () => Promise<void>, notice: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await run();
      this.changed.emit({ notice: this.i18n.t(notice) });
      this.openId.set(null);
    } catch (e) {
      // A refused field (the evidence) says what is missing; the general message only that something is.
      const ui = toUiError(e, String(e));
      this.error.set([ui.message, ...Object.values(ui.fields).filter((f) => f !== ui.message)].join(' '));
    } finally {
      this.busy.set(false);
    }
  }
}
