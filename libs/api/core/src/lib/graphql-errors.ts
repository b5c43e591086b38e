import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode, type FieldProblem } from './errors';
import type { GraphQLRequestContext } from './graphql-context';
import type { Locale } from './locale';
import { type ApiMessageKey, isApiMessageKey, translate } from './messages';

const logger = new Logger('GraphQL');

/** Codes produced by graphql-js / Apollo itself; their messages describe the query, never the server. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

interface Translatable {
  code: string;
  messageKey?: ApiMessageKey;
  params?: Record<string, string | number>;
  fields?: FieldProblem[];
  details?: Record<string, unknown>;
  message?: string;
}

/** Maps any thrown value to something safe to show: no stack, no SQL, no file path. */
export function classifyError(original: unknown): Translatable {
  if (original instanceof DomainError) {
    return {
      code: original.code,
      messageKey: original.messageKey,
      params: original.params,
      fields: original.fields,
      ...(Object.keys(original.details).length ? { details: original.details } : {}),
    };
  }
  if (original instanceof QueryFailedError) {
    const code = (original.driverError as { code?: string } | undefined)?.code;
    if (code === '23505') return { code: ErrorCode.CONFLICT, messageKey: 'error.conflict' };
    // Raised by the meetings triggers: a vote on a motion that is not open, an edit of the record.
    if (code === 'KN001') return { code: ErrorCode.CONFLICT, messageKey: 'meetings.voteNotOpen' };
    if (code === 'KN002') return { code: ErrorCode.CONFLICT, messageKey: 'meetings.motionNotDraft' };
    // Raised by the minutes triggers: published minutes and reports are locked.
    if (code === 'KN003') return { code: ErrorCode.CONFLICT, messageKey: 'minutes.locked' };
    if (code === '40001' || code === '40P01' || code === '55P03') return { code: ErrorCode.CONFLICT, messageKey: 'error.conflict' };
    // invalid text (e.g. a NUL byte), out-of-range numbers, malformed uuids
    if (code && (code.startsWith('22') || code === '23502' || code === '23503' || code === '23514')) {
      return { code: ErrorCode.BAD_USER_INPUT, messageKey: 'error.badInput' };
    }
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, messageKey: 'error.internal' };
}

/**
 * Apollo `formatError`: replaces every server-side failure by a stable code and a message key.
 * Translation happens in {@link translateErrorsPlugin}, which knows the caller's language.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const existingCode = formatted.extensions?.['code'];
  if (!original || (original instanceof GraphQLError && !original.originalError)) {
    if (typeof existingCode === 'string' && CLIENT_CODES.has(existingCode)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: existingCode } };
    }
  }
  const t = classifyError(original);
  if (t.code === String(ErrorCode.INTERNAL_SERVER_ERROR)) {
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  }
  return {
    message: t.messageKey ?? 'error.internal',
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: t.code,
      messageKey: t.messageKey,
      ...(t.params && Object.keys(t.params).length ? { params: t.params } : {}),
      ...(t.fields?.length ? { fields: t.fields } : {}),
      // Rendered by the service in the caller's language; never overrides the keys above.
      ...Object.fromEntries(Object.entries(t.details ?? {}).filter(([k]) => !['code', 'messageKey', 'params', 'fields'].includes(k))),
    },
  };
}

function translateError(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  const ext = error.extensions ?? {};
  const key = ext['messageKey'];
  if (typeof key !== 'string' || !isApiMessageKey(key)) return error;
  const params = ext['params'] as Record<string, string | number> | undefined;
  const fields = (ext['fields'] as FieldProblem[] | undefined)?.map((f) => ({
    path: f.path,
    message: translate(f.messageKey, f.params, locale),
  }));
  const { messageKey: _k, params: _p, fields: _f, ...rest } = ext;
  return {
    ...error,
    message: translate(key, params, locale),
    extensions: { ...rest, ...(fields ? { fields } : {}) },
  };
}

/** Translates error messages into the caller's language just before the response leaves. */
export const translateErrorsPlugin: ApolloServerPlugin<GraphQLRequestContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response, contextValue }) {
        const locale = contextValue?.ctx?.locale ?? 'ru';
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => translateError(e, locale));
        }
        return Promise.resolve();
      },
    });
  },
};
