import { Injectable, inject } from '@angular/core';
import { I18n } from '@kenes/ui';
import { Observable } from 'rxjs';
import { apiOrigin, dataOf, type GraphQLBody, type TypedQuery } from './public-api.service';

/**
 * What a citizen sends to /public/graphql (comments, agenda proposals): a JSON POST, never
 * cached, browser only. A refusal comes back as PublicApiError with the API's message,
 * already in the page's language, to be shown as it is; Apollo answers some refusals
 * (invalid input, for one) with a 4xx status and the usual body.
 */
@Injectable({ providedIn: 'root' })
export class PublicMutations {
  private readonly i18n = inject(I18n);
  private readonly origin = apiOrigin();

  send<TResult, TVariables>(document: TypedQuery<TResult, TVariables>, variables: TVariables): Observable<TResult> {
    return new Observable<TResult>((subscriber) => {
      const abort = new AbortController();
      fetch(`${this.origin}/public/graphql?lang=${this.i18n.locale()}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal: abort.signal,
      })
        .then(async (res) => {
          const body = (await res.json().catch(() => null)) as GraphQLBody<TResult> | null;
          if (!res.ok && !body?.errors?.length) throw new Error(`HTTP ${res.status}`);
          subscriber.next(dataOf(body ?? {}));
          subscriber.complete();
        })
        .catch((e: unknown) => subscriber.error(e));
      return () => abort.abort();
    });
  }
}
