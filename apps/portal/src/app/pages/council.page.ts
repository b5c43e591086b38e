import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Pub } from '@kenes/client/graphql';
import { I18n, LocalizedTextComponent, RulePanelComponent, TranslatePipe } from '@kenes/ui';
import { DemographicGapComponent, GAP_MESSAGES } from '@kenes/ui/gap';
import { PublicApi } from '../public-api.service';
import { pageTitle } from './page-title';
import { CouncilMeetingsComponent, ProposeItemComponent } from './council-meetings.component';
import { CouncilFeedsComponent } from './council-feeds.component';
import { CouncilRecommendationsComponent } from './council-recommendations.component';
import { ACTIVITY_LINK } from './activity.messages';

/** One council's public page. */
@Component({
  selector: 'k-council-page',
  imports: [RouterLink, CouncilFeedsComponent, CouncilMeetingsComponent, CouncilRecommendationsComponent, DemographicGapComponent, LocalizedTextComponent, ProposeItemComponent, RulePanelComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a [routerLink]="['/', i18n.locale()]">← {{ 'portal.backToIndex' | t }}</a></p>
    @if (council.error()) {
      <p role="alert">{{ 'ui.error' | t }}</p>
    } @else if (council.hasValue()) {
      @if (council.value().council; as c) {
        <h1><k-text [value]="c.name" /></h1>
        <dl class="k-card facts">
          <dt>{{ 'portal.level' | t }}</dt>
          <dd>{{ 'level.' + c.level.toLowerCase() | t }}</dd>
          <dt>{{ 'portal.jurisdiction' | t }}</dt>
          <dd><k-text [value]="c.jurisdiction.name" /></dd>
          <dt>{{ 'council.host' | t }}</dt>
          <dd><k-text [value]="c.hostBody.name" /></dd>
        </dl>
        <p class="actions">
          <a class="k-button" [routerLink]="['/', i18n.locale(), 'councils', c.slug, 'activity']" data-activity-link>{{ 'act.link' | t }}</a>
          <a class="k-button secondary" [routerLink]="['/', i18n.locale(), 'councils', c.slug, 'competitions']">{{ 'portal.competitionsLink' | t }}</a>
        </p>
        <k-council-meetings [slug]="c.slug" />
        <k-council-recommendations [slug]="c.slug" />
        <section aria-labelledby="composition-title">
          <h2 id="composition-title">{{ 'composition.title' | t }}</h2>
          @if (composition.hasValue() && composition.value().composition; as comp) {
            @if (comp.convocation; as conv) {
              <p class="k-muted">{{ 'composition.convocation' | t: { n: conv.number, from: conv.startsOn, to: conv.endsOn } }}</p>
            }
            <p class="index">
              {{ 'composition.independence' | t: { state: comp.independenceIndex.stateLinked, total: comp.independenceIndex.total, pct: comp.independenceIndex.stateLinkedPercent } }}
            </p>
            <h3>{{ 'demo.title' | t }}</h3>
            @if (comp.demographics; as d) {
              @if (d.medianAge !== null) {
                <p>{{ 'demo.median' | t: { age: d.medianAge } }}</p>
              }
              <ul class="bands">
                @for (b of d.ageBands; track b.band) {
                  <li>
                    <span class="band">{{ 'demo.band' | t: { band: b.band } }}</span>
                    <span class="bar" [style.width.%]="d.total ? (b.count / d.total) * 100 : 0" aria-hidden="true"></span>
                    <span>{{ 'demo.people' | t: { n: b.count } }}</span>
                  </li>
                }
              </ul>
              <p>{{ 'demo.gender' | t: { f: d.female, m: d.male } }}
                @if (d.genderUnknown || d.ageUnknown) {
                  · {{ 'demo.unknown' | t: { n: d.genderUnknown > d.ageUnknown ? d.genderUnknown : d.ageUnknown } }}
                }
              </p>
            }
            @if (comp.demographicGap; as g) {
              <h3>{{ 'gap.title' | t }}</h3>
              <k-demographic-gap [gap]="g" />
            }
            <h3>{{ 'composition.rules' | t }}</h3>
            <k-rule-panel [rules]="comp.evaluation" />
            <h3>{{ 'composition.members' | t }}</h3>
            <table class="members">
              <tbody>
                @for (m of comp.members; track $index) {
                  <tr>
                    <th scope="row">{{ m.fullName }}</th>
                    <td>{{ 'role.' + m.role | t }}</td>
                    <td>
                      <k-text [value]="m.category.name" />
                      @if (m.category.supervisedByHost) {
                        <span class="k-badge warn">{{ 'composition.supervised' | t }}</span>
                      } @else if (m.category.stateLinked) {
                        <span class="k-badge">{{ 'composition.stateLinked' | t }}</span>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          } @else if (composition.hasValue()) {
            <p class="k-muted">{{ 'composition.none' | t }}</p>
          }
        </section>
        <k-propose-item [slug]="c.slug" />
        <k-council-feeds [slug]="c.slug" [name]="i18n.text(c.name)" />
      } @else {
        <h1>{{ 'portal.notFound' | t }}</h1>
        <p>{{ 'portal.councilNotFound' | t }}</p>
      }
    } @else {
      <p class="k-muted">{{ 'ui.loading' | t }}</p>
    }
  `,
  styles: [
    `.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; }
     .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1.5rem; margin: 1rem 0; }
     dt { font-weight: 600; } dd { margin: 0; }
     .index { font-size: 1.1rem; font-weight: 600; }
     .bands { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 0.35rem; max-width: 36rem; }
     .bands li { display: grid; grid-template-columns: 7rem 1fr 5rem; align-items: center; gap: 0.75rem; }
     .bar { display: block; height: 1.1rem; background: var(--k-primary); border-radius: 4px; min-width: 2px; }
     .members { width: 100%; border-collapse: collapse; background: var(--k-surface); }
     .members th, .members td { text-align: left; padding: 0.6rem 0.75rem; border-bottom: 1px solid var(--k-border); font-weight: 400; }
     .members th { font-weight: 600; }
     .warn { background: #fff1d6; color: #5c3900; margin-inline-start: 0.4rem; }
     @media (max-width: 40rem) { .facts { grid-template-columns: 1fr; } dd { margin-bottom: 0.5rem; } }`,
  ],
})
export class CouncilPage {
  readonly slug = input.required<string>();
  readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);

  constructor() {
    this.i18n.register(GAP_MESSAGES);
    this.i18n.register(ACTIVITY_LINK);
    pageTitle((i) => {
      if (!this.council.hasValue()) return null;
      const c = this.council.value().council;
      return [c ? i.text(c.name) : i.t('portal.notFound')];
    });
  }

  readonly council = rxResource({
    params: () => ({ slug: this.slug() }),
    stream: ({ params }) => this.api.query(Pub.PublicCouncilDocument, params),
  });

  readonly composition = rxResource({
    params: () => ({ slug: this.slug(), lang: this.i18n.locale() }),
    stream: ({ params }) => this.api.query(Pub.PublicCompositionDocument, { slug: params.slug }),
  });
}
