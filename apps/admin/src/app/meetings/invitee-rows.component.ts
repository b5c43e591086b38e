import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type * as Admin from '@kenes/client/graphql/admin';
import { TranslatePipe } from '@kenes/ui';

const INVITEE_KINDS: Admin.InviteeKind[] = ['STATE_BODY', 'MEDIA', 'EXPERT', 'PUBLIC'];

/** One invitee as typed: `id` is the recorded invitee it started from (null for a new row). */
export interface InviteeRow {
  id: string | null;
  kind: Admin.InviteeKind;
  name: string;
  email: string;
  stateBodyId: string | null;
}

/** Rows with a name become the `invitees` of a create or update input. */
export function inviteeInputs(rows: InviteeRow[]): Admin.InviteeInput[] {
  return rows
    .filter((i) => i.name.trim())
    .map((i) => ({ kind: i.kind, name: i.name.trim(), email: i.email.trim() || null, stateBodyId: i.stateBodyId }));
}

/** Invitees other than the members (state bodies, media, experts, public): add, fill in, remove. */
@Component({
  selector: 'k-invitee-rows',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (row of rows(); track $index; let i = $index) {
      <div class="k-card invitee">
        <label class="k-field">
          <span>{{ 'mtg.inviteeKind' | t }}</span>
          <select [(ngModel)]="row.kind" [ngModelOptions]="{ standalone: true }">
            @for (k of kinds; track k) {
              <option [value]="k">{{ 'mtg.invitee.' + k | t }}</option>
            }
          </select>
        </label>
        <label class="k-field"><span>{{ 'mtg.inviteeName' | t }}</span><input [(ngModel)]="row.name" [ngModelOptions]="{ standalone: true }" /></label>
        <label class="k-field"><span>{{ 'mtg.inviteeEmail' | t }}</span><input type="email" [(ngModel)]="row.email" [ngModelOptions]="{ standalone: true }" /></label>
        <p><button class="k-button secondary" type="button" (click)="remove(i)">{{ 'mtg.removeInvitee' | t }}</button></p>
      </div>
    }
    <p><button class="k-button secondary" type="button" (click)="add()">{{ 'mtg.addInvitee' | t }}</button></p>
  `,
  styles: [
    `:host { display: flex; flex-direction: column; gap: 0.75rem; }
     .invitee { display: flex; flex-direction: column; gap: 0.75rem; }
     p { margin: 0; }`,
  ],
})
export class InviteeRowsComponent {
  readonly rows = model.required<InviteeRow[]>();
  readonly kinds = INVITEE_KINDS;

  add(): void {
    this.rows.update((rows) => [...rows, { id: null, kind: 'STATE_BODY', name: '', email: '', stateBodyId: null }]);
  }

  remove(index: number): void {
    this.rows.update((rows) => rows.filter((_, i) => i !== index));
  }
}
