import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@kenes/ui';
import { legalDate, type ObligationView } from './obligation-format';

/** The legal clock of one obligation: due date, why it is that date, and every step so far. */
@Component({
  selector: 'k-obligation-clock',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let o = obligation();
    <div class="clock" data-clock>
      <p class="due" [class.late]="o.overdue" data-due>
        {{ 'obl.due' | t }}: <strong>{{ date(o.due) }}</strong>
        @if (o.overdue) {
          <span class="late-word">— {{ 'obl.overdue' | t }}</span>
        }
      </p>
      @if (daysLeft(); as d) {
        <p class="left" [class.late]="o.overdue" data-days-left>{{ d }}</p>
      }
      @if (o.clockStoppedOn) {
        <p class="k-warning" data-stopped>{{ 'obl.clockStopped' | t: { date: date(o.clockStoppedOn) } }}</p>
      }
      @if (o.extendedWorkingDays > 0) {
        <p class="k-muted">{{ 'obl.extended' | t: { n: o.extendedWorkingDays } }}</p>
      }
      <details class="how" data-explanation>
        <summary>{{ 'obl.howComputed' | t }}</summary>
        <ol>
          @for (line of o.dueExplanation; track $index) {
            <li>{{ line }}</li>
          }
        </ol>
      </details>
      <h4>{{ 'obl.trail' | t }}</h4>
      <ol class="trail" data-trail>
        @for (s of o.trail; track $index) {
          <li [attr.data-step]="s.type">
            <span class="when">{{ date(s.date) }}</span>
            <span class="what">{{ s.text }}</span>
            @if (s.grounds) {
              <span class="k-muted grounds">{{ 'obl.grounds' | t }}: {{ s.grounds }}</span>
            }
            @if (s.actorName) {
              <span class="k-muted">{{ 'obl.by' | t: { name: s.actorName } }}</span>
            }
          </li>
        }
      </ol>
    </div>
  `,
  styles: [
    `.clock { display: flex; flex-direction: column; gap: 0.5rem; }
     .clock p { margin: 0; }
     .due { font-size: 1.3rem; }
     .left { font-weight: 700; font-size: 1.1rem; }
     .late, .late-word { color: var(--k-bad); font-weight: 700; }
     .how summary { cursor: pointer; min-height: 48px; display: flex; align-items: center; font-weight: 600; color: var(--k-primary); }
     .how ol { margin: 0.25rem 0 0.5rem; padding-inline-start: 1.5rem; display: flex; flex-direction: column; gap: 0.3rem; }
     h4 { margin: 0.5rem 0 0; font-size: 1rem; }
     .trail { list-style: none; margin: 0; padding: 0; border-inline-start: 3px solid var(--k-border); display: flex; flex-direction: column; gap: 0.5rem; }
     .trail li { padding-inline-start: 0.85rem; display: flex; flex-direction: column; }
     .when { font-weight: 700; font-size: 0.95rem; }
     .grounds { white-space: pre-line; overflow-wrap: anywhere; }`,
  ],
})
export class ObligationClockComponent {
  readonly obligation = input.required<ObligationView>();
  /** Working days left in words, when the caller knows them (the body's inbox does). */
  readonly daysLeft = input<string | null>(null);

  date(iso: string): string {
    return legalDate(iso);
  }
}
