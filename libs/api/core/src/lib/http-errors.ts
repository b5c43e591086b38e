import { DomainError, ErrorCode } from './errors';
import type { Locale } from './locale';
import { translate } from './messages';

const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};

/**
 * A failure of a plain HTTP endpoint (file upload, download) as status and JSON body: the stable
 * code and the translated message, never a stack, SQL or a path. Unknown failures become 500.
 */
export function httpError(e: unknown, locale: Locale): { status: number; body: { error: Record<string, unknown> } } {
  const error = e instanceof DomainError ? e : new DomainError(ErrorCode.INTERNAL_SERVER_ERROR, 'error.internal');
  return {
    status: HTTP_STATUS[error.code] ?? 500,
    body: { error: { code: error.code, message: translate(error.messageKey, error.params, locale), ...error.details } },
  };
}
