import { ChangeDetectionStrategy, Component, DestroyRef, PLATFORM_ID, RESPONSE_INIT, computed, effect, inject, input, signal } from '@angular/core';
import { isPlatformBrowser } from '@angular/common';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { PublicApi, PublicApiError } from '../public-api.service';
import { pageTitle } from './page-title';
import { KazakhstanTimePipe } from './kz-time.pipe';
import { followMeeting, type LiveMeeting, type LiveStatus } from './meeting-live';
import { MEETING_MESSAGES } from './meetings.messages';
import { PublicCommentsComponent } from './public-comments.component';

type Item = LiveMeeting['items'][number];
type Motion = Item['motions'][number];

/** One row of a roll call: every voting member, with the vote or why there is none. */
interface RollCallRow {
  fullName: string;
  /** FOR / AGAINST / ABSTAIN, or recused / absent / none / waiting. */
  vote: string;
}

/**
 * A meeting as the public sees it: notice, agenda with documents, declared conflicts, each
 * motion with its points, addressees, result in words and roll call, attendance and quorum.
 * Server-rendered; while the meeting sits, the browser follows it live over graphql-ws.
 */
@Component({
  selector: 'k-meeting-page',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe, KazakhstanTimePipe, PublicCommentsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="k-noprint"><a [routerLink]="['/', i18n.locale(), 'councils', slug()]">← {{ 'mtg.backToCouncil' | t }}</a></p>
    @if (meeting(); as m) {
      <p class="council"><a [routerLink]="['/', i18n.locale(), 'councils', m.council.slug]"><k-text [value]="m.council.name" /></a></p>
      <h1>{{ 'mtg.title' | t: { n: m.number } }} <span class="type">· {{ 'mtgType.' + m.type | t }}</span></h1>
      @if (live() !== 'off') {
        <p class="live k-noprint" [class.lost]="live() === 'lost'" role="status" data-live>
          <span class="dot" aria-hidden="true"></span>{{ (live() === 'lost' ? 'live.lost' : 'live.on') | t }}
        </p>
      }
      <dl class="k-card facts">
        <dt>{{ 'mtg.when' | t }}</dt>
        <dd>{{ m.startsAt | kzTime: i18n.locale() }} <span class="k-muted">({{ 'mtg.timeNote' | t }})</span></dd>
        @if (m.place) {
          <dt>{{ 'mtg.where' | t }}</dt>
          <dd><k-text [value]="m.place" /></dd>
        }
        @if (m.onlineUrl) {
          <dt>{{ 'mtg.online' | t }}</dt>
          <dd><a [href]="m.onlineUrl" rel="noopener">{{ m.onlineUrl }}</a></dd>
        }
        @if (m.livestreamUrl) {
          <dt>{{ 'mtg.livestream' | t }}</dt>
          <dd><a [href]="m.livestreamUrl" rel="noopener">{{ m.livestreamUrl }}</a></dd>
        }
        <dt>{{ 'mtg.status' | t }}</dt>
        <dd>
          <span class="k-badge" [class.now]="m.state === 'IN_SESSION'" data-state>{{ 'mtgState.' + m.state | t }}</span>
          @if (m.cancelReason) { {{ 'mtg.cancelReason' | t: { r: m.cancelReason } }} }
        </dd>
        @if (m.invitees.length) {
          <dt>{{ 'mtg.invitees' | t }}</dt>
          <dd>
            <ul class="plain">
              @for (i of m.invitees; track i.id) {
                <li>@if (i.stateBody) { <k-text [value]="i.stateBody.name" /> } @else { {{ i.name }} } <span class="k-muted">· {{ 'invitee.' + i.kind | t }}</span></li>
              }
            </ul>
          </dd>
        }
        @if (hasAttendance()) {
          <dt>{{ 'mtg.quorum' | t }}</dt>
          <dd data-quorum>{{ m.quorum.explanation }}</dd>
        }
      </dl>
      @if (m.state === 'PUBLISHED') {
        <p><a class="k-button" [routerLink]="['/', i18n.locale(), 'councils', m.council.slug, 'meetings', m.number, 'minutes']" data-minutes-link>{{ 'mtg.minutesLink' | t }}</a></p>
      }

      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">{{ 'mtg.agenda' | t }}</h2>
        <ol class="agenda">
          @for (item of m.items; track item.id) {
            <li class="k-card item" [class.current]="m.state === 'IN_SESSION' && m.currentItemId === item.id" [attr.data-item]="item.position">
              <h3>{{ item.position }}. <k-text [value]="item.title" /></h3>
              @if (m.state === 'IN_SESSION' && m.currentItemId === item.id) {
                <p><span class="k-badge now">{{ 'mtg.current' | t }}</span></p>
              }
              <p class="category"><span class="k-badge">{{ 'category.' + item.category | t }}</span></p>
              <dl class="meta">
                <dt>{{ 'mtg.source' | t }}</dt>
                <dd>{{ 'source.' + item.source | t }}</dd>
                @if (item.rapporteur) {
                  <dt>{{ 'mtg.rapporteur' | t }}</dt>
                  <dd>{{ item.rapporteur }}</dd>
                }
                @if (item.relatedBody) {
                  <dt>{{ 'mtg.relatedBody' | t }}</dt>
                  <dd><k-text [value]="item.relatedBody.name" /></dd>
                }
              </dl>
              @if (item.documents.length) {
                <h4>{{ 'mtg.documents' | t }}</h4>
                <ul class="docs">
                  @for (d of item.documents; track d.id) {
                    <li><a [href]="d.url">{{ d.fileName }}</a> <span class="k-muted">({{ docKind(d.mediaType) }}, {{ size(d.sizeBytes) }})</span></li>
                  }
                </ul>
              }
              @if (item.conflicts.length) {
                <h4>{{ 'mtg.conflicts' | t }}</h4>
                <ul data-conflicts>
                  @for (c of item.conflicts; track c.personId) {
                    <li><strong>{{ c.fullName }}</strong>: {{ c.reason }}</li>
                  }
                </ul>
                <p class="k-muted">{{ 'mtg.conflictNote' | t }}</p>
              }
              @for (mo of item.motions; track mo.id) {
                <article class="motion" [attr.data-motion]="mo.number" [attr.aria-labelledby]="'motion-' + mo.id">
                  <h4 [id]="'motion-' + mo.id">{{ 'motion.' + mo.kind | t: { n: mo.number } }}</h4>
                  <p>{{ mo.text }}</p>
                  @if (mo.points.length) {
                    <ol class="points">
                      @for (p of mo.points; track $index) { <li>{{ p }}</li> }
                    </ol>
                  }
                  @if (mo.addressees.length) {
                    <p class="addressees-title"><strong>{{ 'motion.addressees' | t }}:</strong></p>
                    <ul class="addressees">
                      @for (a of mo.addressees; track a.stateBody.id) {
                        <li><k-text [value]="a.stateBody.name" />@if (a.lead) { <span class="k-badge lead">{{ 'motion.lead' | t }}</span> }</li>
                      }
                    </ul>
                  }
                  @if (mo.result; as r) {
                    <div class="result" [class.adopted]="r.adopted" data-result>
                      <p class="verdict">{{ (r.adopted ? 'motion.adopted' : 'motion.rejected') | t }}</p>
                      <p>{{ r.explanation }}</p>
                      @if (r.corrections) { <p class="k-muted">{{ 'motion.corrected' | t: { n: r.corrections } }}</p> }
                    </div>
                  } @else if (mo.state === 'OPEN') {
                    <p class="voting" data-tally>
                      <span class="k-badge now">{{ 'motion.open' | t }}</span>
                      {{ 'motion.tally' | t: { for: mo.tally.for, against: mo.tally.against, abstain: mo.tally.abstain } }}@if (mo.tally.recused) {{{ 'motion.tallyRecused' | t: { n: mo.tally.recused } }}}
                    </p>
                  } @else {
                    <p class="k-muted">{{ 'motion.notYet' | t }}</p>
                  }
                  @if (mo.state !== 'DRAFT') {
                    <table class="roll" data-roll-call>
                      <caption>{{ 'motion.rollCall' | t }}</caption>
                      <thead>
                        <tr><th scope="col">{{ 'motion.member' | t }}</th><th scope="col">{{ 'motion.vote' | t }}</th></tr>
                      </thead>
                      <tbody>
                        @for (row of rollCall(m, item, mo); track row.fullName) {
                          <tr [attr.data-voter]="row.fullName">
                            <th scope="row">{{ row.fullName }}</th>
                            <td [class]="'v-' + row.vote">{{ 'vote.' + row.vote | t }}</td>
                          </tr>
                        }
                      </tbody>
                    </table>
                  }
                </article>
              }
              @if (item.publicCommentsOpen) {
                <k-public-comments [itemId]="item.id" />
              }
            </li>
          }
        </ol>
      </section>

      @if (m.attendance.length) {
        <section aria-labelledby="attendance-title">
          <h2 id="attendance-title">{{ 'mtg.attendance' | t }}</h2>
          @if (hasAttendance()) {
            <p class="quorum" [class.reached]="m.quorum.reached">
              <strong>{{ 'att.present' | t: { n: m.quorum.present, total: m.quorum.totalMembers } }}.</strong> {{ m.quorum.explanation }}
            </p>
          }
          <table class="attendance" data-attendance>
            <tbody>
              @for (a of m.attendance; track a.personId) {
                <tr>
                  <th scope="row">{{ a.fullName }}@if (a.role === 'chair' || a.role === 'deputyChair') {<span class="k-muted role"> · {{ 'att.role.' + a.role | t }}</span>}</th>
                  <td [class]="'a-' + (a.status ?? 'unknown')">{{ 'att.' + (a.status ?? 'unknown') | t }}@if (a.absenceReason) {<span class="k-muted"> · {{ a.absenceReason }}</span>}</td>
                </tr>
              }
            </tbody>
          </table>
        </section>
      }
    } @else if (notFound()) {
      <h1>{{ 'portal.notFound' | t }}</h1>
      <p>{{ 'mtg.notFound' | t }}</p>
    } @else if (data.error()) {
      <p role="alert">{{ 'ui.error' | t }}</p>
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.council { margin: 0 0 0.25rem; font-weight: 600; }
     .type { font-weight: 400; color: var(--k-muted); }
     .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1.5rem; margin: 1rem 0; }
     .facts dt { font-weight: 600; } .facts dd { margin: 0; overflow-wrap: anywhere; }
     .plain { list-style: none; margin: 0; padding: 0; }
     .now { background: #fde7e9; color: var(--k-bad); font-weight: 600; }
     .live { display: inline-flex; align-items: center; gap: 0.5rem; margin: 0; padding: 0.3rem 0.8rem; border-radius: 999px; background: #fde7e9; color: var(--k-bad); font-weight: 600; }
     .live.lost { background: #fff1d6; color: #5c3900; }
     .dot { width: 0.7rem; height: 0.7rem; border-radius: 50%; background: currentColor; animation: pulse 1.6s ease-in-out infinite; }
     @keyframes pulse { 50% { opacity: 0.3; } }
     @media (prefers-reduced-motion: reduce) { .dot { animation: none; } }
     .agenda { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 1.25rem; }
     .item h3 { font-size: 1.2rem; margin: 0.25rem 0 0.5rem; }
     .item.current { border: 3px solid var(--k-bad); }
     .item h4 { font-size: 1.05rem; margin: 1rem 0 0.35rem; }
     .category { margin: 0 0 0.4rem; }
     .meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0 0 0.5rem; }
     .meta dt { color: var(--k-muted); } .meta dd { margin: 0; }
     .docs { padding-inline-start: 1.25rem; margin: 0; }
     .motion { border-top: 1px solid var(--k-border); margin-top: 1rem; padding-top: 0.25rem; }
     .points { padding-inline-start: 1.5rem; }
     .addressees-title { margin: 0.75rem 0 0.2rem; }
     .addressees { margin: 0; padding-inline-start: 1.25rem; }
     .lead { margin-inline-start: 0.4rem; }
     .result { border-inline-start: 6px solid var(--k-bad); background: #fbeff0; padding: 0.6rem 1rem; border-radius: 0 var(--k-radius) var(--k-radius) 0; margin: 0.75rem 0; }
     .result.adopted { border-color: var(--k-ok); background: #ecf5ee; }
     .result p { margin: 0.2rem 0; }
     .verdict { font-size: 1.2rem; font-weight: 700; color: var(--k-bad); }
     .adopted .verdict { color: var(--k-ok); }
     .voting { font-weight: 600; }
     table { width: 100%; max-width: 44rem; border-collapse: collapse; background: var(--k-surface); margin: 0.5rem 0; }
     caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
     th, td { text-align: left; padding: 0.35rem 0.75rem; border-bottom: 1px solid var(--k-border); font-weight: 400; vertical-align: top; }
     thead th { color: var(--k-muted); font-size: 0.95rem; }
     tbody th { font-weight: 600; } .role { font-weight: 400; }
     .v-FOR, .a-IN_PERSON, .a-REMOTE { color: var(--k-ok); font-weight: 600; }
     .v-AGAINST { color: var(--k-bad); font-weight: 600; }
     .v-ABSTAIN { color: var(--k-warn); font-weight: 600; }
     .v-absent, .v-none, .v-waiting, .v-recused, .a-ABSENT, .a-unknown { color: var(--k-muted); }
     .quorum { font-size: 1.05rem; }
     @media (max-width: 40rem) { .facts, .meta { grid-template-columns: 1fr; } .facts dd, .meta dd { margin-bottom: 0.5rem; } }
     @media print { .item { break-inside: avoid-page; } .live { display: none; } table { max-width: none; } }`,
  ],
})
export class MeetingPage {
  readonly slug = input.required<string>();
  readonly number = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);
  private readonly response = inject(RESPONSE_INIT, { optional: true });

  /** What the live connection delivered last; it wins over the page's first answer. */
  private readonly latest = signal<LiveMeeting | null>(null);
  readonly live = signal<'off' | LiveStatus>('off');

  constructor() {
    this.i18n.register(MEETING_MESSAGES);
    pageTitle((i) => {
      if (this.notFound()) return [i.t('portal.notFound')];
      const m = this.meeting();
      return m ? [i.t('mtg.title', { n: m.number }), i.text(m.council.name)] : null;
    });
    if (isPlatformBrowser(inject(PLATFORM_ID))) this.followWhileInSession();
  }

  readonly data = rxResource({
    params: () => ({ slug: this.slug(), number: Number(this.number()), lang: this.i18n.locale() }),
    stream: ({ params }) => this.api.query(Pub.PublicMeetingDocument, { slug: params.slug, number: Number.isSafeInteger(params.number) ? params.number : 0 }),
  });

  readonly meeting = computed<LiveMeeting | null>(() => {
    const first = this.data.hasValue() ? this.data.value().publicMeeting : null;
    const latest = this.latest();
    return latest && first && latest.id === first.id ? latest : first;
  });

  readonly notFound = computed(() => {
    const e = this.data.error();
    const missing = e instanceof PublicApiError && e.code === 'NOT_FOUND';
    if (missing && this.response) this.response.status = 404;
    return missing;
  });

  readonly hasAttendance = computed(() => this.meeting()?.attendance.some((a) => a.status !== null) ?? false);

  /** Every voting member with their vote, or why there is none. */
  rollCall(m: LiveMeeting, item: Item, motion: Motion): RollCallRow[] {
    const votes = new Map(motion.votes.map((v) => [v.personId, v.choice as string]));
    const recused = new Set(item.conflicts.map((c) => c.personId));
    const rows: RollCallRow[] = m.attendance.map((a) => ({
      fullName: a.fullName,
      vote: votes.get(a.personId) ?? (recused.has(a.personId) ? 'recused' : a.status === 'ABSENT' ? 'absent' : motion.state === 'OPEN' ? 'waiting' : 'none'),
    }));
    const listed = new Set(m.attendance.map((a) => a.personId));
    for (const v of motion.votes) if (!listed.has(v.personId)) rows.push({ fullName: v.fullName, vote: v.choice });
    return rows;
  }

  docKind(mediaType: string): string {
    return mediaType === 'application/pdf' ? 'PDF' : mediaType.includes('wordprocessingml') ? 'DOCX' : (mediaType.split('/')[1] ?? mediaType).toUpperCase();
  }

  size(bytes: number): string {
    const unit = this.i18n.locale() === 'en' ? ['KB', 'MB'] : ['КБ', 'МБ'];
    return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} ${unit[1]}` : `${Math.max(1, Math.round(bytes / 1024))} ${unit[0]}`;
  }

  /**
   * While the meeting sits (or is about to), follow it live; stop when it closes or the page
   * changes language (the API words explanations in the connection's language).
   */
  private followWhileInSession(): void {
    const key = computed(() => {
      const m = this.meeting();
      if (!m) return null;
      const soon = m.state === 'ANNOUNCED' && Math.abs(Date.parse(m.startsAt) - Date.now()) < 12 * 3_600_000;
      return m.state === 'IN_SESSION' || soon ? `${m.id}|${this.i18n.locale()}` : null;
    });
    let stop: (() => void) | null = null;
    let generation = 0;
    const end = () => {
      generation++;
      stop?.();
      stop = null;
    };
    effect(() => {
      const k = key();
      end();
      if (!k) {
        this.live.set('off');
        return;
      }
      const mine = generation;
      let events = 0;
      void followMeeting(k.split('|')[0], this.i18n.locale(), {
        meeting: (m) => {
          if (mine !== generation) return;
          events++;
          this.latest.set(m);
        },
        status: (s) => mine === generation && this.live.set(s),
        connected: () => {
          // What changed before this connection was made is fetched once; a live event that
          // arrives meanwhile is newer and wins.
          const seen = events;
          this.api.query(Pub.PublicMeetingDocument, { slug: this.slug(), number: Number(this.number()) }).subscribe({
            next: (r) => mine === generation && seen === events && this.latest.set(r.publicMeeting),
            error: () => undefined,
          });
        },
      }).then((s) => {
        if (mine === generation) stop = s;
        else s();
      });
    });
    inject(DestroyRef).onDestroy(end);
  }
}
