import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import * as Admin from '@kenes/client/graphql/admin';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError, type UiError } from '../graphql-errors';
import { MeetingStore, kzDateTime, type AgendaItemView, type MotionView } from '../meetings/meeting-store';

const CHOICES: Admin.VoteChoice[] = ['FOR', 'AGAINST', 'ABSTAIN'];

/**
 * A member's meeting on a phone: the agenda with the current item marked, materials,
 * comments, a conflict-of-interest declaration, and, while a vote is open, three very large
 * buttons with the member's current choice (changeable until the close) and the live tally
 * with every member's vote as it is cast.
 */
@Component({
  selector: 'k-member-meeting-page',
  imports: [FormsModule, RouterLink, LocalizedTextComponent, TranslatePipe],
  providers: [MeetingStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.meeting(); as m) {
      <p><a routerLink="/">← {{ 'nav.home' | t }}</a></p>
      <h1>{{ 'mtg.number' | t: { n: m.number } }}</h1>
      <p class="meta">
        <k-text [value]="m.council.name" /><br />
        <strong>{{ when(m.startsAt) }}</strong>
        @if (m.place; as p) {
          · <k-text [value]="p" />
        }
        @if (m.onlineUrl) {
          <br /><a [href]="m.onlineUrl" rel="noopener" target="_blank">{{ 'mtg.onlineUrl' | t }}</a>
        }
      </p>
      <p><span class="k-badge big" data-state>{{ 'mtg.state.' + m.state | t }}</span></p>
      @if (m.state === 'CLOSED' || m.state === 'MINUTES_APPROVED' || m.state === 'PUBLISHED') {
        <p><a class="k-button" [routerLink]="['/meetings', m.id, 'minutes']" data-minutes-link>{{ 'min.link' | t }}</a></p>
      }
      @if (me(); as p) {
        <p class="k-muted">{{ (p.canVote ? 'mem.canVote' : 'mem.cannotVote') | t }}</p>
      }

      @if (openVote(); as v) {
        <section class="vote" aria-labelledby="vote-title" data-vote-panel>
          <h2 id="vote-title">{{ 'mem.voteNow' | t }}</h2>
          <p class="vote-item"><k-text [value]="v.item.title" /></p>
          <p>{{ v.motion.text }}</p>
          <ol>
            @for (pt of v.motion.points; track $index) {
              <li>{{ pt }}</li>
            }
          </ol>
          @if (me()?.conflictItemIds?.includes(v.item.id)) {
            <p class="k-warning">{{ 'mem.recused' | t }}</p>
          } @else if (me()?.canVote) {
            <div class="choices">
              @for (c of choices; track c) {
                <button type="button" [class]="'choice ' + c" [attr.aria-pressed]="myChoice(v.motion) === c" [disabled]="voting()" (click)="cast(v.motion.id, c)">
                  @if (myChoice(v.motion) === c) {
                    <span aria-hidden="true">✓ </span>
                  }
                  {{ 'mem.' + c | t }}
                </button>
              }
            </div>
            <p class="mine" role="status" data-my-vote>
              @if (myChoice(v.motion); as c) {
                {{ 'mem.yourVote' | t: { choice: ('mem.' + c | t) } }}
              } @else {
                {{ 'mem.notVoted' | t }}
              }
            </p>
          }
          @if (voteError(); as e) {
            <p class="k-alert" role="alert">{{ e.message }}</p>
          }
          <p class="tally" data-tally>{{ 'con.tally' | t: { for: v.motion.tally.for, against: v.motion.tally.against, abstain: v.motion.tally.abstain } }}</p>
          <h3>{{ 'mem.othersVotes' | t }}</h3>
          <ul class="votes" aria-live="polite">
            @for (x of v.motion.votes; track x.personId) {
              <li [attr.data-vote]="x.fullName" [class]="x.choice">{{ x.fullName }}: <strong>{{ 'mem.' + x.choice | t }}</strong></li>
            } @empty {
              <li class="k-muted">{{ 'con.noVotes' | t }}</li>
            }
          </ul>
        </section>
      }

      @if (store.error(); as e) {
        <p class="k-alert" role="alert">{{ e.message }}</p>
      }

      <h2>{{ 'mtg.agenda' | t }}</h2>
      <ol class="agenda">
        @for (item of m.items; track item.id) {
          <li class="k-card" [class.current]="item.id === m.currentItemId" [attr.data-item]="item.title.ru" [attr.aria-current]="item.id === m.currentItemId ? 'step' : null">
            @if (item.id === m.currentItemId && m.state === 'IN_SESSION') {
              <p class="now">● {{ 'mem.current' | t }}</p>
            }
            <p class="title"><span class="k-muted">{{ item.position }}.&nbsp;</span><k-text [value]="item.title" /></p>
            <p class="k-muted small">
              {{ 'mtg.cat.' + item.category | t }}
              @if (item.rapporteur) { · {{ 'mtg.rapporteur' | t }}: {{ item.rapporteur }} }
            </p>
            @if (item.documents.length) {
              <ul class="docs">
                @for (d of item.documents; track d.id) {
                  <li><a [href]="d.url" target="_blank" rel="noopener">{{ d.fileName }}</a> <span class="k-muted">({{ size(d.sizeBytes) }})</span></li>
                }
              </ul>
            }
            @for (mo of closedMotions(item); track mo.id) {
              @if (mo.result; as r) {
                <div [class]="r.adopted ? 'k-success' : 'k-warning'" data-result>
                  <p><strong>{{ 'con.motionN' | t: { n: mo.number } }}: {{ (r.adopted ? 'con.adopted' : 'con.rejected') | t }}</strong></p>
                  <p>{{ r.explanation }}</p>
                </div>
              }
            }
            @if (me()?.conflictItemIds?.includes(item.id)) {
              <p class="k-warning">{{ 'mem.conflictDeclared' | t }}</p>
            }

            <div class="tools">
              <button class="k-button secondary" type="button" [attr.aria-expanded]="commentsOpen() === item.id" (click)="toggleComments(item.id)">
                {{ (commentsOpen() === item.id ? 'mem.hideComments' : 'mem.showComments') | t }}
              </button>
              @if (me()?.canVote && !me()?.conflictItemIds?.includes(item.id) && conflictOpen() !== item.id) {
                <button class="k-button secondary" type="button" (click)="conflictOpen.set(item.id)">{{ 'mem.conflict' | t }}</button>
              }
            </div>

            @if (conflictOpen() === item.id) {
              <div class="panel">
                <p>{{ 'mem.conflictLead' | t }}</p>
                <label class="k-field"><span>{{ 'mem.conflictReason' | t }}</span><input name="conflictReason" [(ngModel)]="conflictReason" /></label>
                <div class="k-actions">
                  <button class="k-button" type="button" [disabled]="!conflictReason.trim()" (click)="declare(item.id)">{{ 'mem.confirmConflict' | t }}</button>
                  <button class="k-button secondary" type="button" (click)="conflictOpen.set(null)">{{ 'mtg.cancelEdit' | t }}</button>
                </div>
              </div>
            }

            @if (commentsOpen() === item.id) {
              <div class="panel">
                <h3>{{ 'mem.comments' | t }}</h3>
                <ul class="comments">
                  @for (c of comments(); track c.id) {
                    <li><strong>{{ c.authorName }}</strong> <span class="k-muted">{{ when(c.createdAt) }}</span><br />{{ c.body }}</li>
                  } @empty {
                    <li class="k-muted">{{ 'mem.noComments' | t }}</li>
                  }
                </ul>
                <label class="k-field"><span>{{ 'mem.yourComment' | t }}</span><textarea name="comment" rows="3" [(ngModel)]="commentBody"></textarea></label>
                <p><button class="k-button" type="button" [disabled]="!commentBody.trim()" (click)="comment(item.id)">{{ 'mem.send' | t }}</button></p>
              </div>
            }
          </li>
        }
      </ol>
    } @else if (store.error(); as e) {
      <p class="k-alert" role="alert">{{ e.message }}</p>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `:host { display: block; max-width: 40rem; margin: 0 auto; }
     .meta { font-size: 1.05rem; }
     .big { font-size: 1rem; padding: 0.25rem 0.9rem; }
     .vote { background: var(--k-surface); border: 3px solid var(--k-primary); border-radius: var(--k-radius); padding: 1rem; margin: 1rem 0 1.5rem; }
     .vote h2 { margin-top: 0; }
     .vote-item { font-weight: 700; font-size: 1.15rem; margin: 0 0 0.5rem; }
     .choices { display: flex; flex-direction: column; gap: 0.75rem; margin: 1rem 0; }
     .choice { min-height: 76px; font: inherit; font-size: 1.45rem; font-weight: 700; border-radius: 14px; border: 3px solid; background: var(--k-surface); cursor: pointer; }
     .choice.FOR { border-color: var(--k-ok); color: var(--k-ok); }
     .choice.AGAINST { border-color: var(--k-bad); color: var(--k-bad); }
     .choice.ABSTAIN { border-color: #5b6570; color: #3d454e; }
     .choice[aria-pressed='true'] { color: #fff; box-shadow: 0 0 0 4px var(--k-focus); }
     .choice.FOR[aria-pressed='true'] { background: var(--k-ok); }
     .choice.AGAINST[aria-pressed='true'] { background: var(--k-bad); }
     .choice.ABSTAIN[aria-pressed='true'] { background: #5b6570; }
     .mine { font-weight: 600; font-size: 1.05rem; }
     .tally { font-size: 1.3rem; font-weight: 700; margin-bottom: 0; }
     .votes { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.2rem; }
     .votes .FOR strong { color: var(--k-ok); } .votes .AGAINST strong { color: var(--k-bad); } .votes .ABSTAIN strong { color: var(--k-warn); }
     .agenda { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 0.75rem; }
     .agenda .current { border: 3px solid var(--k-primary); background: #f1f6fb; }
     .now { margin: 0; color: var(--k-primary); font-weight: 700; }
     .title { font-size: 1.15rem; font-weight: 600; margin: 0.25rem 0; }
     .small { margin: 0 0 0.5rem; font-size: 0.95rem; }
     .docs { padding-inline-start: 1.2rem; }
     .docs a { display: inline-flex; min-height: 48px; align-items: center; }
     .tools { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.75rem; }
     .tools .k-button { flex: 1 1 100%; }
     .panel { margin-top: 0.75rem; padding-top: 0.75rem; border-top: 1px solid var(--k-border); display: flex; flex-direction: column; gap: 0.5rem; }
     .panel h3 { margin: 0; }
     .panel textarea { font: inherit; font-weight: 400; padding: 0.5rem 0.85rem; border: 2px solid var(--k-border); border-radius: var(--k-radius); }
     .comments { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.6rem; }`,
  ],
})
export class MemberMeetingPage implements OnInit {
  readonly id = input.required<string>();
  readonly store = inject(MeetingStore);
  private readonly apollo = inject(Apollo);
  private readonly i18n = inject(I18n);

  readonly choices = CHOICES;
  readonly me = signal<Admin.MyParticipationQuery['myParticipation'] | null>(null);
  /** My own answers, newer than a live event that may still be on its way. */
  private readonly mine = signal<Record<string, Admin.VoteChoice>>({});
  readonly voting = signal(false);
  readonly voteError = signal<UiError | null>(null);
  readonly commentsOpen = signal<string | null>(null);
  readonly comments = signal<Admin.ItemCommentsQuery['itemComments']>([]);
  readonly conflictOpen = signal<string | null>(null);
  commentBody = '';
  conflictReason = '';

  readonly openVote = computed(() => {
    const m = this.store.meeting();
    for (const item of m?.items ?? []) {
      const motion = item.motions.find((mo) => mo.state === 'OPEN');
      if (motion) return { item, motion };
    }
    return null;
  });

  ngOnInit(): void {
    void this.init();
  }

  private async init(): Promise<void> {
    await Promise.all([this.store.load(this.id()), this.loadMe()]);
  }

  private async loadMe(): Promise<void> {
    const r = await firstValueFrom(this.apollo.query({ query: Admin.MyParticipationDocument, variables: { meetingId: this.id() }, fetchPolicy: 'no-cache' })).catch(() => null);
    const p = r?.data?.myParticipation ?? null;
    this.me.set(p);
    if (p) this.mine.set(Object.fromEntries(p.myVotes.map((v) => [v.motionId, v.choice])));
  }

  when(iso: string): string {
    return kzDateTime(iso);
  }

  size(bytes: number): string {
    return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }

  closedMotions(item: AgendaItemView): MotionView[] {
    return item.motions.filter((m) => m.state === 'CLOSED');
  }

  myChoice(motion: MotionView): Admin.VoteChoice | null {
    const personId = this.me()?.personId;
    return this.mine()[motion.id] ?? motion.votes.find((v) => v.personId === personId)?.choice ?? null;
  }

  async cast(motionId: string, choice: Admin.VoteChoice): Promise<void> {
    this.voting.set(true);
    this.voteError.set(null);
    try {
      const r = await firstValueFrom(this.apollo.mutate({ mutation: Admin.CastVoteDocument, variables: { input: { motionId, choice } } }));
      const cast = r.data?.castVote.choice;
      if (cast) this.mine.update((m) => ({ ...m, [motionId]: cast }));
    } catch (e) {
      this.voteError.set(toUiError(e, this.i18n.t('ui.error')));
    } finally {
      this.voting.set(false);
    }
  }

  async toggleComments(itemId: string): Promise<void> {
    if (this.commentsOpen() === itemId) {
      this.commentsOpen.set(null);
      return;
    }
    this.commentsOpen.set(itemId);
    this.comments.set([]);
    await this.loadComments(itemId);
  }

  private async loadComments(itemId: string): Promise<void> {
    const r = await firstValueFrom(this.apollo.query({ query: Admin.ItemCommentsDocument, variables: { itemId }, fetchPolicy: 'no-cache' })).catch((e: unknown) => {
      this.store.error.set(toUiError(e, String(e)));
      return null;
    });
    this.comments.set(r?.data?.itemComments ?? []);
  }

  async comment(itemId: string): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: Admin.AddItemCommentDocument, variables: { input: { itemId, body: this.commentBody.trim() } } }));
      this.commentBody = '';
      await this.loadComments(itemId);
    } catch (e) {
      this.store.error.set(toUiError(e, String(e)));
    }
  }

  async declare(itemId: string): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: Admin.DeclareConflictDocument, variables: { input: { itemId, reason: this.conflictReason.trim() } } }));
      this.conflictReason = '';
      this.conflictOpen.set(null);
      await this.loadMe();
    } catch (e) {
      this.store.error.set(toUiError(e, String(e)));
    }
  }
}
