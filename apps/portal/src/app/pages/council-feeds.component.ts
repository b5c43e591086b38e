import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input } from '@angular/core';
import { I18n, TranslatePipe } from '@kenes/ui';
import { FEEDS_MESSAGES } from './feeds.messages';
import { FollowFormComponent } from './follow-form.component';

/** The card both feed blocks sit in, the e-mail form last. */
const FEEDS_BOX = `.feeds { margin: 2rem 0 1rem; } .feeds h2 { margin-top: 0.25rem; }
  k-follow-form { display: block; border-top: 1px solid var(--k-border); margin-top: 0.75rem; }`;

/**
 * "Follow and download": a council's stable feed and open-data addresses (docs/open-data),
 * each with what it is for in plain words. Plain links: the files come from the API, not
 * the portal's router.
 */
@Component({
  selector: 'k-council-feeds',
  imports: [TranslatePipe, FollowFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="k-card feeds" aria-labelledby="feeds-title">
      <h2 id="feeds-title">{{ 'feeds.title' | t }}</h2>
      <p class="k-muted">{{ 'feeds.lead' | t }}</p>
      <div class="cols">
        <div>
          <h3>{{ 'feeds.follow' | t }}</h3>
          <ul>
            <li>
              <a [href]="links().meetings" data-feed="meetings">{{ 'feeds.meetings' | t }}</a>
              <p>{{ 'feeds.meetingsHint' | t }}</p>
            </li>
            <li>
              <a [href]="links().atom" data-feed="atom">{{ 'feeds.decisions' | t }}</a>
              · <a [href]="links().rss" data-feed="rss">{{ 'feeds.decisionsRss' | t }}</a>
              <p>{{ 'feeds.decisionsHint' | t }}</p>
            </li>
          </ul>
        </div>
        <div>
          <h3>{{ 'feeds.download' | t }}</h3>
          <ul>
            <li>
              <a [href]="links().votes" data-feed="votes" download>{{ 'feeds.votes' | t }}</a>
              <p>{{ 'feeds.votesHint' | t }}</p>
            </li>
            <li>
              <a [href]="links().obligations" data-feed="obligations" download>{{ 'feeds.obligations' | t }}</a>
              <p>{{ 'feeds.obligationsHint' | t }}</p>
            </li>
            <li>
              <a [href]="links().popolo" data-feed="popolo">{{ 'feeds.popolo' | t }}</a>
              <p>{{ 'feeds.popoloHint' | t }}</p>
            </li>
          </ul>
        </div>
      </div>
      <k-follow-form kind="COUNCIL" [councilSlug]="slug()" />
    </section>
  `,
  styles: [
    FEEDS_BOX,
    `
      .cols {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
        gap: 0 2rem;
      }
      h3 {
        font-size: 1.1rem;
        margin: 0.75rem 0 0.25rem;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li {
        padding: 0.5rem 0;
        border-top: 1px solid var(--k-border);
      }
      li:first-child {
        border-top: 0;
      }
      li a {
        font-weight: 600;
        display: inline-block;
        padding-block: 0.35rem;
      }
      li p {
        margin: 0.15rem 0 0;
        font-size: 0.95rem;
        color: var(--k-muted);
      }
    `,
  ],
})
export class CouncilFeedsComponent {
  readonly slug = input.required<string>();
  /** The council's name in the page's language, for the feed's title in the page head. */
  readonly name = input<string>('');
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);

  readonly links = computed(() => {
    const slug = encodeURIComponent(this.slug());
    const lang = `?lang=${this.i18n.locale()}`;
    return {
      meetings: `/feeds/councils/${slug}/meetings.ics${lang}`,
      atom: `/feeds/councils/${slug}/decisions.atom${lang}`,
      rss: `/feeds/councils/${slug}/decisions.rss${lang}`,
      votes: `/open-data/councils/${slug}/votes.csv${lang}`,
      obligations: `/open-data/councils/${slug}/obligations.csv${lang}`,
      popolo: `/open-data/councils/${slug}.json${lang}`,
    };
  });

  constructor() {
    this.i18n.register(FEEDS_MESSAGES);
    // Feed readers and browsers discover the decisions feed from the page's head.
    effect(() => {
      const { atom, rss } = this.links();
      const title = this.i18n.t('feeds.atomTitle', { name: this.name() });
      this.removeFeedLinks();
      for (const [type, href] of [
        ['application/atom+xml', atom],
        ['application/rss+xml', rss],
      ]) {
        const link = this.document.createElement('link');
        link.rel = 'alternate';
        link.type = type;
        link.title = title;
        link.href = href;
        link.setAttribute('data-council-feed', '');
        this.document.head.appendChild(link);
      }
    });
    inject(DestroyRef).onDestroy(() => this.removeFeedLinks());
  }

  private removeFeedLinks(): void {
    this.document.head.querySelectorAll('link[data-council-feed]').forEach((l) => l.remove());
  }
}

/** A state body's calendar of answer deadlines, for the body page. */
@Component({
  selector: 'k-body-deadlines-feed',
  imports: [TranslatePipe, FollowFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="k-card feeds" aria-labelledby="deadlines-feed-title">
      <h2 id="deadlines-feed-title">{{ 'feeds.title' | t }}</h2>
      <p>
        <a [href]="href()" data-feed="deadlines">{{ 'feeds.deadlines' | t }}</a>
      </p>
      <p class="k-muted">{{ 'feeds.deadlinesHint' | t }}</p>
      <k-follow-form kind="BODY" [bodyId]="bodyId()" />
    </section>
  `,
  styles: [
    FEEDS_BOX,
    `
      a {
        font-weight: 600;
      }
      p {
        margin: 0.25rem 0;
      }
    `,
  ],
})
export class BodyDeadlinesFeedComponent {
  readonly bodyId = input.required<string>();
  private readonly i18n = inject(I18n);
  readonly href = computed(() => `/feeds/bodies/${encodeURIComponent(this.bodyId())}/deadlines.ics?lang=${this.i18n.locale()}`);

  constructor() {
    this.i18n.register(FEEDS_MESSAGES);
  }
}
