import { signal } from '@angular/core';
import type { I18n } from '@kenes/ui';
import type { Observable } from 'rxjs';
import { PublicApiError } from '../public-api.service';

/** The look of the portal's few forms (comments, agenda proposals): large fields, clear outcome. */
export const FORM_STYLES = `
  form { display: flex; flex-direction: column; gap: 0.35rem; max-width: 40rem; }
  label { font-weight: 600; margin-top: 0.4rem; }
  input, textarea { font: inherit; padding: 0.6rem 0.75rem; border: 2px solid var(--k-muted); border-radius: 6px; background: var(--k-surface); color: var(--k-ink); min-height: var(--k-target); }
  button { align-self: flex-start; margin-top: 0.6rem; }
  .error { color: var(--k-bad); font-weight: 600; border-inline-start: 4px solid var(--k-bad); padding-inline-start: 0.75rem; margin: 0.4rem 0 0; }
  .done { color: var(--k-ok); font-weight: 600; border-inline-start: 4px solid var(--k-ok); padding-inline-start: 0.75rem; }`;

/** A text field of a submitted form ('' when missing). */
export function formText(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * One citizen's submission: sending, then done, or the API's refusal in its own words (rate
 * limit, item closed, invalid e-mail), which the page shows as it is.
 */
export class CitizenSubmission {
  readonly sending = signal(false);
  readonly done = signal(false);
  readonly error = signal<string | null>(null);

  constructor(private readonly i18n: I18n) {}

  run(request: Observable<unknown>): void {
    this.sending.set(true);
    this.error.set(null);
    request.subscribe({
      next: () => {
        this.sending.set(false);
        this.done.set(true);
      },
      error: (e: unknown) => {
        this.sending.set(false);
        this.error.set(e instanceof PublicApiError ? e.message : this.i18n.t('form.failed'));
      },
    });
  }
}
