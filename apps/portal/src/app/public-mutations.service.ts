import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { I18n } from '@kenes/ui';
import { catchError, map, of, throwError, type Observable } from 'rxjs';
import { PublicApiError, type TypedQuery } from './public-api.service';

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * What a citizen sends to /public/graphql (comments, agenda proposals): a JSON POST, never
 * cached. Kept apart from PublicApi, which every page's first load carries, because only a few
 * lazy pages send anything. A refusal comes back as PublicApiError with the API's message,
 * already in the page's language, to be shown as it is.
 */
@Injectable({ providedIn: 'root' })
export class PublicMutations {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);

  send<TResult, TVariables>(document: TypedQuery<TResult, TVariables>, variables: TVariables): Observable<TResult> {
    return this.http
      .post<GraphQLBody<TResult>>('/public/graphql', { query: document.toString(), variables }, { params: { lang: this.i18n.locale() } })
      .pipe(
        // Apollo answers some refusals (invalid input, for one) with a 4xx status and the usual body.
        catchError((e: unknown) => {
          const body = e instanceof HttpErrorResponse ? (e.error as GraphQLBody<TResult> | null) : null;
          return body?.errors?.length ? of(body) : throwError(() => e);
        }),
        map((res) => {
          if (res.errors?.length || !res.data) throw new PublicApiError(res.errors?.[0]?.message ?? 'No data', res.errors?.[0]?.extensions?.code);
          return res.data;
        }),
      );
  }
}
