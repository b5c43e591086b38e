import { ChangeDetectionStrategy, Component, inject, input, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, LocalizedTextComponent, TranslatePipe, type Localized } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError, type UiError } from '../graphql-errors';
import { kzDateTime } from '../meetings/meeting-store';

interface ItemRef {
  meetingNumber: number;
  title: Localized;
}

/**
 * Citizens' comments waiting for the secretary, for one council: approve (published on the
 * portal) or reject with a reason (required; never shown publicly with the comment).
 */
@Component({
  selector: 'k-public-comments-page',
  imports: [FormsModule, RouterLink, LocalizedTextComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a [routerLink]="['/councils', id(), 'meetings']">← {{ 'pc.back' | t }}</a></p>
    <h1>{{ 'pc.title' | t }}</h1>
    <p class="lead">{{ 'pc.lead' | t }}</p>
    @if (notice(); as n) {
      <p class="k-success" role="status" data-notice>{{ n }}</p>
    }
    @if (error(); as e) {
      <div class="k-alert" role="alert" data-error>
        <p>{{ e.message }}</p>
        @for (f of fieldMessages(e); track $index) {
          <p>{{ f }}</p>
        }
      </div>
    }
    @if (comments(); as list) {
      <ul class="k-list">
        @for (c of list; track c.id) {
          <li class="k-card comment" [attr.data-comment]="c.body">
            @if (items()[c.itemId]; as ref) {
              <p class="k-muted on">{{ 'pc.on' | t: { n: ref.meetingNumber } }} <k-text [value]="ref.title" /></p>
            }
            <blockquote>{{ c.body }}</blockquote>
            <p class="k-muted">{{ 'pc.from' | t: { name: c.authorName, when: when(c.createdAt) } }}</p>
            @if (rejecting() === c.id) {
              <label class="k-field"><span>{{ 'pc.rejectReason' | t }}</span><textarea name="reason" rows="2" [(ngModel)]="reason"></textarea></label>
              <div class="k-actions">
                <button class="k-button danger" type="button" [disabled]="busy() || !reason.trim()" (click)="moderate(c.id, false)">{{ 'pc.confirmReject' | t }}</button>
                <button class="k-button secondary" type="button" (click)="rejecting.set(null)">{{ 'mtg.cancelEdit' | t }}</button>
              </div>
            } @else {
              <div class="k-actions">
                <button class="k-button" type="button" [disabled]="busy()" (click)="moderate(c.id, true)">{{ 'pc.approve' | t }}</button>
                <button class="k-button secondary" type="button" [disabled]="busy()" (click)="startReject(c.id)">{{ 'pc.reject' | t }}</button>
              </div>
            }
          </li>
        } @empty {
          <li class="k-muted" data-empty>{{ 'pc.none' | t }}</li>
        }
      </ul>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.lead { max-width: 48rem; font-size: 1.1rem; }
     .comment { display: flex; flex-direction: column; gap: 0.6rem; max-width: 48rem; }
     .comment p { margin: 0; }
     .on { font-weight: 600; }
     blockquote { margin: 0; padding: 0.5rem 1rem; border-inline-start: 5px solid var(--k-primary); background: #f4f7fa; font-size: 1.1rem; white-space: pre-line; overflow-wrap: anywhere; }
     textarea { font: inherit; font-weight: 400; padding: 0.5rem 0.85rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); }
     .danger { background: var(--k-bad); border-color: var(--k-bad); }`,
  ],
})
export class PublicCommentsPage implements OnInit {
  readonly id = input.required<string>();
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);

  readonly comments = signal<Admin.PublicCommentFieldsFragment[] | null>(null);
  /** Item id → its meeting number and title, to say what each comment is about. */
  readonly items = signal<Record<string, ItemRef>>({});
  readonly error = signal<UiError | null>(null);
  readonly notice = signal<string | null>(null);
  readonly busy = signal(false);
  readonly rejecting = signal<string | null>(null);
  reason = '';

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const r = await firstValueFrom(this.apollo.query({ query: Admin.PendingPublicCommentsDocument, variables: { councilId: this.id() }, fetchPolicy: 'no-cache' }));
      const list = r.data?.pendingPublicComments ?? [];
      // What each comment is about comes first, so the list never shows without it.
      await this.resolveItems(new Set(list.map((c) => c.itemId))).catch(() => undefined);
      this.comments.set(list);
    } catch (e) {
      this.error.set(toUiError(e, String(e)));
    }
  }

  /**
   * A comment names only its item: look through the council's meetings that took comments
   * (announced or later, newest first) until every item is found.
   */
  private async resolveItems(wanted: Set<string>): Promise<void> {
    if (!wanted.size) return;
    const r = await firstValueFrom(this.apollo.query({ query: Admin.CouncilMeetingsDocument, variables: { councilId: this.id() }, fetchPolicy: 'no-cache' }));
    const candidates = [...(r.data?.meetings ?? [])].filter((m) => m.state !== 'DRAFT').sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    const found: Record<string, ItemRef> = {};
    for (const summary of candidates) {
      if ([...wanted].every((id) => found[id])) break;
      const m = await firstValueFrom(this.apollo.query({ query: Admin.MeetingDocument, variables: { id: summary.id }, fetchPolicy: 'no-cache' }));
      for (const item of m.data?.meeting.items ?? []) {
        if (wanted.has(item.id)) found[item.id] = { meetingNumber: summary.number, title: item.title };
      }
    }
    this.items.set(found);
  }

  when(iso: string): string {
    return kzDateTime(iso);
  }

  fieldMessages(e: UiError): string[] {
    return Object.values(e.fields).filter((f) => f !== e.message);
  }

  startReject(commentId: string): void {
    this.reason = '';
    this.rejecting.set(commentId);
  }

  async moderate(commentId: string, approve: boolean): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: Admin.ModeratePublicCommentDocument,
          variables: { input: { commentId, approve, reason: approve ? null : this.reason.trim() } },
        }),
      );
      this.comments.update((list) => (list ?? []).filter((c) => c.id !== commentId));
      this.rejecting.set(null);
      this.reason = '';
      this.notice.set(this.i18n.t(approve ? 'pc.approved' : 'pc.rejected'));
    } catch (e) {
      this.error.set(toUiError(e, String(e)));
    } finally {
      this.busy.set(false);
    }
  }
}
