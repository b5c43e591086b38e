import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, TranslatePipe } from '@kenes/ui';
import { PublicApi } from '../public-api.service';
import { PublicMutations } from '../public-mutations.service';
import { CitizenSubmission, FORM_STYLES, formText } from './citizen-form';
import { KazakhstanTimePipe } from './kz-time.pipe';
import { MEETING_MESSAGES } from './meetings.messages';

const UPCOMING = new Set<Pub.MeetingState>(['ANNOUNCED', 'IN_SESSION']);

/** The council page's meetings: upcoming (soonest first), then past (newest first). */
@Component({
  selector: 'k-council-meetings',
  imports: [RouterLink, LocalizedTextComponent, TranslatePipe, KazakhstanTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="meetings-title" data-meetings>
      <h2 id="meetings-title">{{ 'mtg.meetings' | t }}</h2>
      @if (meetings.hasValue()) {
        <h3>{{ 'mtg.upcoming' | t }}</h3>
        <ul class="meetings">
          @for (m of upcoming(); track m.id) {
            <li class="k-card" [class.now]="m.state === 'IN_SESSION'">
              <a class="title" [routerLink]="['/', i18n.locale(), 'councils', slug(), 'meetings', m.number]">{{ 'mtg.title' | t: { n: m.number } }} · {{ m.startsAt | kzTime: i18n.locale() }}</a>
              <span class="k-badge" [class.live]="m.state === 'IN_SESSION'">{{ 'mtgState.' + m.state | t }}</span>
              <span class="k-muted">{{ 'mtgType.' + m.type | t }} · {{ 'mtg.items' | t: { n: m.itemCount } }}@if (m.place) { · <k-text [value]="m.place" /> }</span>
            </li>
          } @empty {
            <li class="k-muted">{{ 'mtg.noUpcoming' | t }}</li>
          }
        </ul>
        <h3>{{ 'mtg.past' | t }}</h3>
        <ul class="meetings">
          @for (m of past(); track m.id) {
            <li class="k-card">
              <a class="title" [routerLink]="['/', i18n.locale(), 'councils', slug(), 'meetings', m.number]">{{ 'mtg.title' | t: { n: m.number } }} · {{ m.startsAt | kzTime: i18n.locale() : false }}</a>
              <span class="k-badge">{{ 'mtgState.' + m.state | t }}</span>
              <span class="k-muted">{{ 'mtgType.' + m.type | t }} · {{ 'mtg.items' | t: { n: m.itemCount } }}</span>
              @if (m.state === 'PUBLISHED') {
                <a [routerLink]="['/', i18n.locale(), 'councils', slug(), 'meetings', m.number, 'minutes']" data-minutes-link>{{ 'mtg.minutesLink' | t }}</a>
              }
            </li>
          } @empty {
            <li class="k-muted">{{ 'mtg.noPast' | t }}</li>
          }
        </ul>
        @if (reportYears().length) {
          <h3>{{ 'mtg.reports' | t }}</h3>
          <ul class="years" data-reports>
            @for (y of reportYears(); track y) {
              <li><a [routerLink]="['/', i18n.locale(), 'councils', slug(), 'reports', y]">{{ 'mtg.reportLink' | t: { year: y } }}</a></li>
            }
          </ul>
        }
      } @else if (meetings.error()) {
        <p role="alert">{{ 'ui.error' | t }}</p>
      }
    </section>

  `,
  styles: [
    `.meetings { list-style: none; padding: 0; margin: 0.5rem 0 1rem; display: flex; flex-direction: column; gap: 0.6rem; }
     .meetings li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.35rem 0.75rem; padding: 0.75rem 1rem; }
     .meetings li.now { border: 3px solid var(--k-bad); }
     .title { font-weight: 600; font-size: 1.05rem; }
     .years { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none; padding: 0; font-weight: 600; }
     .live { background: #fde7e9; color: var(--k-bad); font-weight: 600; }`,
  ],
})
export class CouncilMeetingsComponent {
  readonly slug = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);

  constructor() {
    this.i18n.register(MEETING_MESSAGES);
  }

  readonly meetings = rxResource({
    params: () => ({ slug: this.slug() }),
    stream: ({ params }) => this.api.query(Pub.PublicMeetingsDocument, params),
  });

  /** Soonest first. */
  readonly upcoming = computed(() => (this.meetings.hasValue() ? this.meetings.value().publicMeetings.filter((m) => UPCOMING.has(m.state)).reverse() : []));
  /** Years in which the council held meetings, newest first: each may have an annual report. */
  readonly reportYears = computed(() => [...new Set(this.past().filter((m) => m.state !== 'CANCELLED').map((m) => m.startsAt.slice(0, 4)))]);
  /** Newest first, as the API lists them. */
  readonly past = computed(() => (this.meetings.hasValue() ? this.meetings.value().publicMeetings.filter((m) => !UPCOMING.has(m.state)) : []));
}

/** A citizen proposes an item for the council's agenda; the answer comes by e-mail. */
@Component({
  selector: 'k-propose-item',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="k-card propose k-noprint" aria-labelledby="propose-title">
      <h2 id="propose-title">{{ 'propose.title' | t }}</h2>
      <p>{{ 'propose.intro' | t }}</p>
      @if (submission.done()) {
        <p class="done" role="status">{{ 'propose.thanks' | t }}</p>
      } @else {
        <form (submit)="propose($event)">
          <label for="p-name">{{ 'propose.name' | t }}</label>
          <input id="p-name" name="name" autocomplete="name" required maxlength="200" />
          <label for="p-email">{{ 'propose.email' | t }}</label>
          <input id="p-email" name="email" type="email" autocomplete="email" required maxlength="254" />
          <label for="p-title">{{ 'propose.itemTitle' | t }}</label>
          <input id="p-title" name="title" required maxlength="300" />
          <label for="p-description">{{ 'propose.description' | t }}</label>
          <textarea id="p-description" name="description" rows="5" required maxlength="4000"></textarea>
          @if (submission.error(); as e) {
            <p class="error" role="alert">{{ e }}</p>
          }
          <button class="k-button" type="submit" [disabled]="submission.sending()">{{ (submission.sending() ? 'form.sending' : 'propose.send') | t }}</button>
        </form>
      }
    </section>
  `,
  styles: [
    FORM_STYLES,
    `.propose { margin-top: 2rem; }
     .propose h2 { margin-top: 0.25rem; }`,
  ],
})
export class ProposeItemComponent {
  readonly slug = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly mutations = inject(PublicMutations);

  readonly submission = new CitizenSubmission(this.i18n);

  constructor() {
    this.i18n.register(MEETING_MESSAGES);
  }

  propose(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const field = (name: string) => formText(form, name);
    this.submission.run(
      this.mutations.send(Pub.ProposeAgendaItemAsCitizenDocument, {
        input: { councilSlug: this.slug(), name: field('name'), email: field('email'), title: field('title'), description: field('description') },
      }),
    );
  }
}
