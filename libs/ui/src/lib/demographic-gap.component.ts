import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { GAP_MESSAGES } from './demographic-gap.messages';
import { I18n, TranslatePipe } from './i18n';

/** The demographic gap as both endpoints return it. */
export interface DemographicGapView {
  referenceAsOf: string;
  referenceSource: string;
  councilMedianAge: number | null;
  populationMedianAge: number | null;
  medianAgeGapYears: number | null;
  largestGapBand: string | null;
  ageBands: ReadonlyArray<{ band: string; councilCount: number; councilPercent: number | null; populationPercent: number; gapPoints: number | null; notable: boolean }>;
  female: { councilPercent: number | null; populationPercent: number; gapPoints: number | null; notable: boolean };
}

/**
 * The council against the population it serves: one plain sentence for the median age, then a
 * table of age bands with both shares side by side as bars and the difference in words (never
 * colour alone).
 */
@Component({
  selector: 'k-demographic-gap',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let g = gap();
    @if (g.councilMedianAge !== null && g.populationMedianAge !== null) {
      <p class="lead" data-gap-median>{{ 'gap.median' | t: { council: g.councilMedianAge, population: g.populationMedianAge } }}</p>
    }
    <table class="gap">
      <thead>
        <tr>
          <th scope="col">{{ 'gap.band' | t }}</th>
          <th scope="col">{{ 'gap.council' | t }}</th>
          <th scope="col">{{ 'gap.population' | t }}</th>
          <th scope="col">{{ 'gap.difference' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (b of g.ageBands; track b.band) {
          <tr [class.notable]="b.notable" [attr.data-band]="b.band">
            <th scope="row">{{ 'demo.band' | t: { band: b.band } }}</th>
            <td>
              <span class="bar council" [style.width.%]="b.councilPercent ?? 0" aria-hidden="true"></span>
              {{ b.councilPercent === null ? '—' : b.councilPercent + '%' }} <span class="muted">({{ 'demo.people' | t: { n: b.councilCount } }})</span>
            </td>
            <td><span class="bar population" [style.width.%]="b.populationPercent" aria-hidden="true"></span>{{ b.populationPercent }}%</td>
            <td>{{ difference(b.gapPoints) | t: { n: abs(b.gapPoints) } }}</td>
          </tr>
        }
        <tr [class.notable]="g.female.notable">
          <th scope="row">{{ 'gap.women' | t }}</th>
          <td>{{ g.female.councilPercent === null ? '—' : g.female.councilPercent + '%' }}</td>
          <td>{{ g.female.populationPercent }}%</td>
          <td>{{ difference(g.female.gapPoints) | t: { n: abs(g.female.gapPoints) } }}</td>
        </tr>
      </tbody>
    </table>
    <p class="source">{{ 'gap.source' | t: { source: g.referenceSource, date: g.referenceAsOf } }}</p>
  `,
  styles: [
    `.lead { font-size: 1.1rem; font-weight: 600; }
     .gap { width: 100%; max-width: 48rem; border-collapse: collapse; background: var(--k-surface); }
     .gap th, .gap td { text-align: left; padding: 0.55rem 0.75rem; border-bottom: 1px solid var(--k-border); vertical-align: middle; }
     .gap thead th { font-size: 0.95rem; color: var(--k-muted); font-weight: 600; }
     .gap tbody th { font-weight: 600; white-space: nowrap; }
     .notable td:last-child { font-weight: 700; color: var(--k-bad); }
     .bar { display: block; height: 0.7rem; border-radius: 3px; min-width: 2px; max-width: 10rem; margin-bottom: 0.2rem; }
     .bar.council { background: var(--k-primary); }
     .bar.population { background: var(--k-accent); }
     .muted, .source { color: var(--k-muted); font-size: 0.92rem; }`,
  ],
})
export class DemographicGapComponent {
  readonly gap = input.required<DemographicGapView>();

  constructor() {
    inject(I18n).register(GAP_MESSAGES);
  }

  difference(points: number | null): string {
    if (points === null) return 'gap.unknown';
    if (Math.abs(points) < 1) return 'gap.same';
    return points > 0 ? 'gap.more' : 'gap.fewer';
  }

  abs(points: number | null): number {
    return points === null ? 0 : Math.round(Math.abs(points));
  }
}
