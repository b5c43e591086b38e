import { signal } from '@angular/core';
import type { OperationVariables } from '@apollo/client';
import type { I18n } from '@kenes/ui';
import type { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toUiError, type UiError } from '../graphql-errors';

/**
 * A recommendation page's actions: send one mutation, reload the page's one query (the
 * mutations return only an id), then say what happened in words, or show the refusal.
 */
export class PageActions {
  readonly busy = signal(false);
  readonly error = signal<UiError | null>(null);
  readonly notice = signal<string | null>(null);

  constructor(
    private readonly apollo: Apollo,
    private readonly i18n: I18n,
    private readonly reload: () => Promise<void>,
  ) {}

  async run<TData, TVariables extends OperationVariables>(options: Apollo.MutateOptions<TData, TVariables>, notice: string, done?: () => void): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      await firstValueFrom(this.apollo.mutate(options));
      await this.reload();
      this.notice.set(this.i18n.t(notice));
      done?.();
    } catch (e) {
      this.error.set(toUiError(e, String(e)));
    } finally {
      this.busy.set(false);
    }
  }
}
