import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from './i18n';

/** A rule's verdict as both endpoints return it, already in the reader's language. */
export interface RuleVerdict {
  code: string;
  name: string;
  status: 'PASS' | 'FAIL' | 'WARNING' | 'NOT_APPLICABLE';
  message: string;
  remedy?: string | null;
  notes?: readonly string[];
  basis: { text: string };
}

/**
 * Every rule with a word and a mark for its status (never colour alone), the figures in a
 * sentence, what would fix it, and the legal basis.
 */
@Component({
  selector: 'k-rule-panel',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="rules">
      @for (r of rules(); track r.code) {
        <li class="rule" [class]="'rule ' + r.status.toLowerCase()" [attr.data-rule]="r.code">
          <span class="status"><span aria-hidden="true">{{ mark(r.status) }}</span> {{ 'rule.' + r.status | t }}</span>
          <div class="body">
            <strong class="name">{{ r.name }}</strong>
            <p class="message">{{ r.message }}</p>
            @if (r.remedy && r.status !== 'PASS') {
              <p class="remedy">{{ r.remedy }}</p>
            }
            @for (n of r.notes ?? []; track $index) {
              <p class="note">{{ n }}</p>
            }
            <p class="basis">{{ 'rule.basis' | t }}: {{ r.basis.text }}</p>
          </div>
        </li>
      }
    </ul>
  `,
  styles: [
    `.rules { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.75rem; }
     .rule { display: grid; grid-template-columns: 11rem 1fr; gap: 1rem; padding: 0.9rem 1rem; border-radius: var(--k-radius); border: 2px solid var(--k-border); background: var(--k-surface); }
     .rule.fail { border-color: var(--k-bad); background: #fdf3f3; }
     .rule.warning { border-color: var(--k-warn); background: #fff8ec; }
     .status { font-weight: 700; }
     .fail .status { color: var(--k-bad); } .pass .status { color: var(--k-ok); } .warning .status { color: var(--k-warn); }
     .body p { margin: 0.25rem 0 0; }
     .remedy { font-weight: 600; }
     .basis, .note { color: var(--k-muted); font-size: 0.92rem; }
     @media (max-width: 40rem) { .rule { grid-template-columns: 1fr; gap: 0.25rem; } }`,
  ],
})
export class RulePanelComponent {
  readonly rules = input.required<readonly RuleVerdict[]>();

  mark(status: RuleVerdict['status']): string {
    return status === 'PASS' ? '✓' : status === 'FAIL' ? '✗' : status === 'WARNING' ? '!' : '–';
  }
}
