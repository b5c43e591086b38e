import type { ApiMessageKey } from './messages';

/** The stable codes clients may rely on (GraphQL `extensions.code`). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  /** Dotted path into the input, e.g. `input.name.ru`. */
  path: string;
  messageKey: ApiMessageKey;
  params?: Record<string, string | number>;
}

/**
 * The one exception services throw. It carries a message key, not a sentence, so that the
 * response is translated into the caller's language at the edge.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: ApiMessageKey,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
    /**
     * Extra, JSON-safe members of GraphQL `extensions`, already rendered for the caller (e.g. the
     * rule a change would break, with its explanation and legal basis).
     */
    readonly details: Record<string, unknown> = {},
  ) {
    super(messageKey);
    this.name = 'DomainError';
  }

  static notFound(entityKey: ApiMessageKey): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, 'error.notFound', { entity: entityKey });
  }

  static badInput(fields: FieldProblem[]): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, 'error.badInput', {}, fields);
  }

  static forbidden(): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, 'error.forbidden');
  }

  static unauthenticated(): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, 'error.unauthenticated');
  }

  static conflict(messageKey: ApiMessageKey = 'error.conflict', params: Record<string, string | number> = {}): DomainError {
    return new DomainError(ErrorCode.CONFLICT, messageKey, params);
  }
}
