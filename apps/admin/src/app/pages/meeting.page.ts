import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AgendaDocumentsComponent } from '../meetings/agenda-documents.component';
import { MeetingDetailsFormComponent } from '../meetings/meeting-details-form.component';
import { MeetingStore, kzDateTime, type AgendaItemView } from '../meetings/meeting-store';

const CATEGORIES: Admin.AgendaItemCategory[] = ['OTHER', 'BUDGET_PROGRAMME', 'STRATEGIC_PLAN', 'DRAFT_REGULATION', 'HEAD_REPORT', 'PUBLIC_CONTROL', 'CITIZEN_APPEAL', 'OWN_INITIATIVE'];

interface ItemForm {
  titleKk: string;
  titleRu: string;
  category: Admin.AgendaItemCategory;
  rapporteur: string;
  relatedBodyId: string;
  publicCommentsOpen: boolean;
}

const emptyForm = (): ItemForm => ({ titleKk: '', titleRu: '', category: 'OTHER', rapporteur: '', relatedBodyId: '', publicCommentsOpen: false });

/**
 * Preparing a meeting: its details (changed while draft or announced; an announced meeting's
 * members get an updated invitation), the agenda (add, edit, move, remove) with each item's
 * documents, announcing it
 * (the notice given against the rule and how many were notified; a refusal names the rule
 * and its legal basis), and cancelling with a reason.
 */
@Component({
  selector: 'k-meeting-page',
  imports: [FormsModule, NgTemplateOutlet, RouterLink, LocalizedTextComponent, TranslatePipe, AgendaDocumentsComponent, MeetingDetailsFormComponent],
  providers: [MeetingStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.meeting(); as m) {
      <p><a [routerLink]="['/councils', m.council.id, 'meetings']">← {{ 'mtg.back' | t }}</a></p>
      <h1>{{ 'mtg.number' | t: { n: m.number } }} · {{ 'mtg.type.' + m.type | t }}</h1>
      <p><span class="k-badge big" data-state>{{ 'mtg.state.' + m.state | t }}</span></p>
      <dl class="details k-card">
        <dt>{{ 'mtg.when' | t }}</dt>
        <dd>{{ when(m.startsAt) }}@if (m.endsAt) { – {{ when(m.endsAt).slice(11) }} }</dd>
        @if (m.place; as p) {
          <dt>{{ 'mtg.place' | t }}</dt>
          <dd><k-text [value]="p" /></dd>
        }
        @if (m.onlineUrl) {
          <dt>{{ 'mtg.online' | t }}</dt>
          <dd><a [href]="m.onlineUrl" rel="noopener" target="_blank">{{ m.onlineUrl }}</a></dd>
        }
        @if (m.livestreamUrl) {
          <dt>{{ 'mtg.livestream' | t }}</dt>
          <dd><a [href]="m.livestreamUrl" rel="noopener" target="_blank">{{ m.livestreamUrl }}</a></dd>
        }
        <dt>{{ 'mtg.invitees' | t }}</dt>
        <dd>
          @for (i of m.invitees; track i.id) {
            <div>{{ i.name }} <span class="k-muted">({{ 'mtg.invitee.' + i.kind | t }})</span></div>
          } @empty {
            <span class="k-muted">{{ 'mtg.noInvitees' | t }}</span>
          }
        </dd>
        @if (m.cancelReason) {
          <dt>{{ 'mtg.cancelReason' | t }}</dt>
          <dd>{{ m.cancelReason }}</dd>
        }
      </dl>

      @if (editingDetails()) {
        <section class="k-card act">
          <k-meeting-details-form [meeting]="m" (closed)="detailsClosed($event)" />
        </section>
      } @else {
        <div class="k-actions top">
          @if (m.state === 'DRAFT' || m.state === 'ANNOUNCED') {
            <button class="k-button secondary" type="button" (click)="editDetails()">{{ 'mtg.editDetails' | t }}</button>
          }
          @if (m.state === 'ANNOUNCED' || m.state === 'IN_SESSION') {
            <a class="k-button" [routerLink]="['/meetings', m.id, 'console']">{{ 'mtg.console' | t }}</a>
          }
          @if (m.state === 'CLOSED') {
            <a class="k-button" [routerLink]="['/meetings', m.id, 'console']">{{ 'cor.results' | t }}</a>
          }
          @if (m.state === 'CLOSED' || m.state === 'MINUTES_APPROVED' || m.state === 'PUBLISHED') {
            <a class="k-button" [routerLink]="['/meetings', m.id, 'minutes']" data-minutes-link>{{ 'min.link' | t }}</a>
          }
        </div>
      }

      @if (notice(); as n) {
        <div class="k-success" role="status" data-notice>
          @for (line of n; track $index) {
            <p>{{ line }}</p>
          }
        </div>
      }
      @if (store.error(); as e) {
        <div class="k-alert" role="alert" [hidden]="editingDetails()">
          <p>{{ e.message }}</p>
          @if (e.basis) {
            <p>{{ 'rule.basis' | t }}: {{ e.basis }}</p>
          }
        </div>
      }

      <h2>{{ 'mtg.agenda' | t }}</h2>
      <ol class="agenda">
        @for (item of m.items; track item.id; let first = $first; let last = $last) {
          <li class="k-card" [attr.data-item]="item.title.ru">
            @if (editing() === item.id) {
              <ng-container *ngTemplateOutlet="itemFormTpl" />
              <div class="k-actions">
                <button class="k-button" type="button" [disabled]="store.busy()" (click)="saveItem(item.id)">{{ 'mtg.save' | t }}</button>
                <button class="k-button secondary" type="button" (click)="editing.set(null)">{{ 'mtg.cancelEdit' | t }}</button>
              </div>
            } @else {
              <div class="item-head">
                <strong class="item-title"><k-text [value]="item.title" /></strong>
                <span class="k-badge">{{ 'mtg.cat.' + item.category | t }}</span>
              </div>
              <div class="k-muted">
                @if (item.rapporteur) { {{ 'mtg.rapporteur' | t }}: {{ item.rapporteur }} · }
                @if (item.relatedBody; as b) { <k-text [value]="b.name" /> · }
                {{ 'mtg.src.' + item.source | t }}
                @if (item.publicCommentsOpen) { · {{ 'mtg.publicCommentsOn' | t }} }
              </div>
              <k-agenda-documents [item]="item" [canUpload]="editable(m.state)" />
              @if (editable(m.state)) {
                <div class="k-actions row">
                  <button class="k-button secondary" type="button" [disabled]="first || store.busy()" (click)="move(item, -1)">↑ {{ 'mtg.moveUp' | t }}</button>
                  <button class="k-button secondary" type="button" [disabled]="last || store.busy()" (click)="move(item, 1)">↓ {{ 'mtg.moveDown' | t }}</button>
                  <button class="k-button secondary" type="button" (click)="edit(item)">{{ 'mtg.edit' | t }}</button>
                  <button class="k-button secondary danger" type="button" [disabled]="store.busy()" (click)="remove(item.id)">{{ 'mtg.remove' | t }}</button>
                </div>
              }
            }
          </li>
        } @empty {
          <li class="k-muted">{{ 'mtg.noItems' | t }}</li>
        }
      </ol>

      @if (editable(m.state)) {
        @if (editing() === null) {
          <section class="k-card add">
            <h3>{{ 'mtg.addItem' | t }}</h3>
            <ng-container *ngTemplateOutlet="itemFormTpl" />
            <p><button class="k-button" type="button" [disabled]="store.busy()" (click)="addItem(m.id)">{{ 'mtg.addItem' | t }}</button></p>
          </section>
        }
      }

      <ng-template #itemFormTpl>
        <div class="k-form">
          <label class="k-field"><span>{{ 'mtg.itemTitleKk' | t }}</span><input name="titleKk" [(ngModel)]="form.titleKk" /></label>
          <label class="k-field"><span>{{ 'mtg.itemTitleRu' | t }}</span><input name="titleRu" [(ngModel)]="form.titleRu" /></label>
          <label class="k-field">
            <span>{{ 'mtg.category' | t }}</span>
            <select name="category" [(ngModel)]="form.category">
              @for (c of categories; track c) {
                <option [value]="c">{{ 'mtg.cat.' + c | t }}</option>
              }
            </select>
          </label>
          <label class="k-field"><span>{{ 'mtg.rapporteur' | t }}</span><input name="rapporteur" [(ngModel)]="form.rapporteur" /></label>
          <label class="k-field">
            <span>{{ 'mtg.relatedBody' | t }}</span>
            <select name="relatedBody" [(ngModel)]="form.relatedBodyId">
              <option value="">{{ 'mtg.noBody' | t }}</option>
              @for (b of store.bodies(); track b.id) {
                <option [value]="b.id">{{ i18n.text(b.name) }}</option>
              }
            </select>
          </label>
          <label class="check"><input type="checkbox" name="publicComments" [(ngModel)]="form.publicCommentsOpen" /> {{ 'mtg.publicComments' | t }}</label>
        </div>
      </ng-template>

      @if (m.state === 'DRAFT') {
        <section class="k-card act">
          <h2>{{ 'mtg.announce' | t }}</h2>
          <p>{{ 'mtg.announceLead' | t }}</p>
          <button class="k-button" type="button" [disabled]="store.busy()" (click)="announce(m.id)">{{ 'mtg.announce' | t }}</button>
        </section>
      }
      @if (m.state === 'DRAFT' || m.state === 'ANNOUNCED') {
        <section class="k-card act">
          <h2>{{ 'mtg.cancel' | t }}</h2>
          <label class="k-field"><span>{{ 'mtg.cancelReason' | t }}</span><input name="cancelReason" [(ngModel)]="cancelReason" /></label>
          <p><button class="k-button secondary danger" type="button" [disabled]="store.busy() || !cancelReason.trim()" (click)="cancel(m.id)">{{ 'mtg.confirmCancel' | t }}</button></p>
        </section>
      }
    } @else if (store.error(); as e) {
      <p class="k-alert" role="alert">{{ e.message }}</p>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.big { font-size: 1rem; padding: 0.25rem 0.9rem; }
     .details { display: grid; grid-template-columns: max-content 1fr; gap: 0.4rem 1.25rem; margin: 1rem 0; }
     .details dt { font-weight: 600; color: var(--k-muted); }
     .details dd { margin: 0; }
     .agenda { padding-inline-start: 1.5rem; display: flex; flex-direction: column; gap: 0.75rem; }
     .agenda li::marker { font-weight: 700; font-size: 1.2rem; }
     .item-head { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
     .item-title { font-size: 1.1rem; }
     .row { margin-top: 0.75rem; }
     .add, .act { margin-top: 1.5rem; max-width: 40rem; }
     .top { margin-block: 1rem; }
     .check { display: flex; align-items: center; gap: 0.75rem; min-height: 48px; font-weight: 600; }
     .check input { width: 1.5rem; height: 1.5rem; }
     .danger { border-color: var(--k-bad); color: var(--k-bad); }`,
  ],
})
export class MeetingPage implements OnInit {
  readonly id = input.required<string>();
  readonly store = inject(MeetingStore);
  readonly i18n = inject(I18n);
  private readonly apollo = inject(Apollo);

  readonly categories = CATEGORIES;
  readonly editing = signal<string | null>(null);
  readonly notice = signal<string[] | null>(null);
  readonly editingDetails = signal(false);
  form: ItemForm = emptyForm();
  cancelReason = '';

  ngOnInit(): void {
    void this.init();
  }

  private async init(): Promise<void> {
    await Promise.all([this.store.load(this.id()), this.store.loadBodies()]);
  }

  when(iso: string): string {
    return kzDateTime(iso);
  }

  editable(state: Admin.MeetingState): boolean {
    return state === 'DRAFT' || state === 'ANNOUNCED' || state === 'IN_SESSION';
  }

  editDetails(): void {
    this.notice.set(null);
    this.store.error.set(null);
    this.editingDetails.set(true);
  }

  detailsClosed(notice: string | null): void {
    this.editingDetails.set(false);
    if (notice) this.notice.set([notice]);
    else this.store.error.set(null);
  }

  edit(item: AgendaItemView): void {
    this.editing.set(item.id);
    this.form = {
      titleKk: item.title.kk ?? '',
      titleRu: item.title.ru,
      category: item.category,
      rapporteur: item.rapporteur ?? '',
      relatedBodyId: item.relatedBody?.id ?? '',
      publicCommentsOpen: item.publicCommentsOpen,
    };
  }

  private itemFields() {
    const f = this.form;
    return {
      title: { ru: f.titleRu.trim() || f.titleKk.trim(), kk: f.titleKk.trim() || null },
      category: f.category,
      rapporteur: f.rapporteur.trim() || null,
      relatedBodyId: f.relatedBodyId || null,
      publicCommentsOpen: f.publicCommentsOpen,
    };
  }

  async addItem(meetingId: string): Promise<void> {
    this.notice.set(null);
    const ok = await this.store.run(async () => {
      const r = await firstValueFrom(this.apollo.mutate({ mutation: Admin.AddAgendaItemDocument, variables: { input: { meetingId, ...this.itemFields() } } }));
      return r.data?.addAgendaItem;
    });
    if (ok) this.form = emptyForm();
  }

  async saveItem(itemId: string): Promise<void> {
    const ok = await this.store.run(async () => {
      const r = await firstValueFrom(this.apollo.mutate({ mutation: Admin.UpdateAgendaItemDocument, variables: { input: { itemId, ...this.itemFields() } } }));
      return r.data?.updateAgendaItem;
    });
    if (ok) {
      this.editing.set(null);
      this.form = emptyForm();
    }
  }

  async move(item: AgendaItemView, by: number): Promise<void> {
    await this.store.run(async () => {
      const r = await firstValueFrom(this.apollo.mutate({ mutation: Admin.MoveAgendaItemDocument, variables: { input: { itemId: item.id, position: item.position + by } } }));
      return r.data?.moveAgendaItem;
    });
  }

  async remove(itemId: string): Promise<void> {
    await this.store.run(async () => {
      const r = await firstValueFrom(this.apollo.mutate({ mutation: Admin.RemoveAgendaItemDocument, variables: { itemId } }));
      return r.data?.removeAgendaItem;
    });
  }

  async announce(id: string): Promise<void> {
    this.notice.set(null);
    await this.store.run(async () => {
      const r = await firstValueFrom(this.apollo.mutate({ mutation: Admin.AnnounceMeetingDocument, variables: { id } }));
      const a = r.data?.announceMeeting;
      if (!a) return null;
      const lines = [this.i18n.t('mtg.announced', { n: a.notified }), this.i18n.t('mtg.noticeGiven', { given: a.notice.given, required: a.notice.required })];
      if (a.notice.explanation) lines.push(a.notice.explanation);
      this.notice.set(lines);
      return a.meeting;
    });
  }

  async cancel(id: string): Promise<void> {
    const reason = this.cancelReason.trim();
    const ok = await this.store.run(async () => {
      const r = await firstValueFrom(this.apollo.mutate({ mutation: Admin.CancelMeetingDocument, variables: { input: { meetingId: id, reason } } }));
      return r.data?.cancelMeeting;
    });
    if (ok) this.notice.set([this.i18n.t('mtg.cancelled', { reason })]);
  }
}
