import type { GraphQLRequestListener } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { buildSchema, GraphQLError, type GraphQLFormattedError, parse, validate } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode } from './errors';
import type { GraphQLRequestContext } from './graphql-context';
import { classifyError, formatGraphQLError, translateErrorsPlugin } from './graphql-errors';
import type { Locale } from './locale';
import { RequestContext } from './request-context';

const SQL = 'SELECT * FROM x WHERE secret = $1';
const FILE = '/work/main/libs/api/registry/src/lib/council.service.ts:42:13';

function dbError(code: string | undefined, message = `error in ${SQL} at ${FILE}`): QueryFailedError {
  const driverError = Object.assign(new Error(message), code ? { code } : {});
  return new QueryFailedError(SQL, ['hunter2'], driverError);
}

/** What Apollo hands to formatError for an error thrown by a resolver. */
function fromResolver(original: Error): { formatted: GraphQLFormattedError; error: GraphQLError } {
  const error = new GraphQLError(original.message, { path: ['createCouncil'], originalError: original });
  const formatted: GraphQLFormattedError = {
    message: original.message,
    locations: [{ line: 1, column: 12 }],
    path: ['createCouncil'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: (original.stack ?? '').split('\n').concat(`    at ${FILE}`) },
  };
  return { formatted, error };
}

function leaks(formatted: GraphQLFormattedError): string[] {
  const visible = JSON.stringify({ message: formatted.message, extensions: formatted.extensions });
  return ['SELECT', 'FROM x', '/work/main', 'council.service.ts', 'stacktrace', 'hunter2', '    at '].filter((s) => visible.includes(s));
}

describe('classifyError', () => {
  it.each([
    [DomainError.notFound('entity.council'), ErrorCode.NOT_FOUND, 'error.notFound'],
    [DomainError.badInput([{ path: 'slug', messageKey: 'validation.required' }]), ErrorCode.BAD_USER_INPUT, 'error.badInput'],
    [DomainError.forbidden(), ErrorCode.FORBIDDEN, 'error.forbidden'],
    [DomainError.unauthenticated(), ErrorCode.UNAUTHENTICATED, 'error.unauthenticated'],
    [DomainError.conflict(), ErrorCode.CONFLICT, 'error.conflict'],
    [DomainError.conflict('error.duplicate', { field: 'slug' }), ErrorCode.CONFLICT, 'error.duplicate'],
  ])('keeps the code and key of a DomainError (%#)', (error, code, messageKey) => {
    const t = classifyError(error);
    expect(t).toEqual({ code, messageKey, params: error.params, fields: error.fields });
  });

  it.each([
    ['23505', ErrorCode.CONFLICT, 'error.conflict'], // unique_violation
    ['40001', ErrorCode.CONFLICT, 'error.conflict'], // serialization_failure
    ['40P01', ErrorCode.CONFLICT, 'error.conflict'], // deadlock_detected
    ['22021', ErrorCode.BAD_USER_INPUT, 'error.badInput'], // character_not_in_repertoire (NUL byte)
    ['22P02', ErrorCode.BAD_USER_INPUT, 'error.badInput'], // invalid_text_representation (bad uuid)
    ['23503', ErrorCode.BAD_USER_INPUT, 'error.badInput'], // foreign_key_violation
    ['42P01', ErrorCode.INTERNAL_SERVER_ERROR, 'error.internal'], // undefined_table: our bug, not the caller's
    ['XX000', ErrorCode.INTERNAL_SERVER_ERROR, 'error.internal'],
    [undefined, ErrorCode.INTERNAL_SERVER_ERROR, 'error.internal'],
  ])('maps a QueryFailedError with driver code %s to %s', (driverCode, code, messageKey) => {
    expect(classifyError(dbError(driverCode))).toEqual({ code, messageKey });
  });

  it('treats anything else as an internal error', () => {
    for (const thrown of [new Error('boom'), new TypeError('x is undefined'), 'a string', undefined, null, { code: '23505' }]) {
      expect(classifyError(thrown)).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR, messageKey: 'error.internal' });
    }
  });
});

describe('formatGraphQLError', () => {
  let logged: jest.SpyInstance;
  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it('never shows the stack, SQL or file paths of an unexpected error, but logs them', () => {
    const original = new Error(`Cannot read properties of undefined running ${SQL} in ${FILE}`);
    const { formatted, error } = fromResolver(original);
    const out = formatGraphQLError(formatted, error);
    expect(leaks(out)).toEqual([]);
    expect(out).toEqual({
      message: 'error.internal',
      locations: [{ line: 1, column: 12 }],
      path: ['createCouncil'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.internal' },
    });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).toContain(SQL);
  });

  it.each(['23505', '22P02', '42P01', undefined])('never shows the SQL of a failed query (driver code %s)', (code) => {
    const { formatted, error } = fromResolver(dbError(code));
    const out = formatGraphQLError(formatted, error);
    expect(leaks(out)).toEqual([]);
    expect(out.message).toMatch(/^error\.(conflict|badInput|internal)$/);
  });

  it('hides errors thrown directly (not wrapped by graphql-js) as well', () => {
    const original = new Error(`${SQL} ${FILE}`);
    const out = formatGraphQLError({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: [FILE] } }, original);
    expect(leaks(out)).toEqual([]);
    expect(out.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
  });

  it('hides a bare GraphQLError thrown by server code with an unknown code', () => {
    const thrown = new GraphQLError(`${SQL} failed in ${FILE}`);
    const { formatted, error } = fromResolver(thrown);
    const out = formatGraphQLError(formatted, error);
    expect(leaks(out)).toEqual([]);
    expect(out.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
  });

  it('carries a DomainError as code, message key, params and field problems', () => {
    const domain = DomainError.badInput([{ path: 'hostBodyId', messageKey: 'error.notFound', params: { entity: 'entity.stateBody' } }]);
    const { formatted, error } = fromResolver(domain);
    const out = formatGraphQLError(formatted, error);
    expect(out).toEqual({
      message: 'error.badInput',
      locations: [{ line: 1, column: 12 }],
      path: ['createCouncil'],
      extensions: {
        code: 'BAD_USER_INPUT',
        messageKey: 'error.badInput',
        fields: [{ path: 'hostBodyId', messageKey: 'error.notFound', params: { entity: 'entity.stateBody' } }],
      },
    });
    const conflict = fromResolver(DomainError.conflict('error.duplicate', { field: 'slug' }));
    expect(formatGraphQLError(conflict.formatted, conflict.error).extensions).toEqual({
      code: 'CONFLICT',
      messageKey: 'error.duplicate',
      params: { field: 'slug' },
    });
    expect(logged).not.toHaveBeenCalled();
  });

  it('keeps the message and code of graphql-js validation and parse errors, dropping anything else', () => {
    const schema = buildSchema('type Query { hello: String }');
    const [validationError] = validate(schema, parse('{ hello nope }'));
    expect(validationError).toBeDefined();
    const formatted: GraphQLFormattedError = {
      message: validationError.message,
      locations: validationError.locations,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: [`GraphQLError: x`, `    at ${FILE}`] },
    };
    expect(formatGraphQLError(formatted, validationError)).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      locations: [{ line: 1, column: 9 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });

    const parseError = new GraphQLError('Syntax Error: Expected Name, found "}".');
    expect(formatGraphQLError({ message: parseError.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, parseError)).toEqual({
      message: 'Syntax Error: Expected Name, found "}".',
      locations: undefined,
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(logged).not.toHaveBeenCalled();
  });
});

describe('translateErrorsPlugin', () => {
  type Response = { body: { kind: 'single'; singleResult: { data?: unknown; errors?: GraphQLFormattedError[] } } };

  async function send(errors: GraphQLFormattedError[] | undefined, locale: Locale | undefined): Promise<Response> {
    const contextValue = locale ? ({ ctx: new RequestContext(locale, 'req-1') } as GraphQLRequestContext) : undefined;
    const requestContext = { contextValue } as never;
    const listener = (await translateErrorsPlugin.requestDidStart!(requestContext)) as GraphQLRequestListener<GraphQLRequestContext>;
    const response: Response = { body: { kind: 'single', singleResult: { data: null, errors } } };
    await listener.willSendResponse!({ response, contextValue } as never);
    return response;
  }

  function format(error: DomainError): GraphQLFormattedError {
    const { formatted, error: wrapped } = fromResolver(error);
    return formatGraphQLError(formatted, wrapped);
  }

  const badInput = DomainError.badInput([
    { path: 'name.ru', messageKey: 'validation.required' },
    { path: 'name.en', messageKey: 'validation.maxLength', params: { max: '500' } },
    { path: 'hostBodyId', messageKey: 'error.notFound', params: { entity: 'entity.stateBody' } },
  ]);

  it.each([
    ['kk', 'Енгізілген деректерді тексеріңіз.', ['Міндетті өріс.', 'Ең көбі 500 таңба.', 'Мемлекеттік орган табылмады.']],
    ['ru', 'Проверьте введённые данные.', ['Обязательное поле.', 'Не более 500 символов.', 'Государственный орган: запись не найдена.']],
    ['en', 'Please check the data you entered.', ['Required.', 'At most 500 characters.', 'State body not found.']],
  ] as const)('translates the message and every field message into %s', async (locale, message, fieldMessages) => {
    const response = await send([format(badInput)], locale);
    expect(response.body.singleResult.errors).toEqual([
      {
        message,
        locations: [{ line: 1, column: 12 }],
        path: ['createCouncil'],
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { path: 'name.ru', message: fieldMessages[0] },
            { path: 'name.en', message: fieldMessages[1] },
            { path: 'hostBodyId', message: fieldMessages[2] },
          ],
        },
      },
    ]);
  });

  it('fills params, translating params that are message keys, and drops the internals', async () => {
    const response = await send([format(DomainError.notFound('entity.council')), format(DomainError.conflict('error.duplicate', { field: 'slug' }))], 'kk');
    expect(response.body.singleResult.errors).toEqual([
      expect.objectContaining({ message: 'Қоғамдық кеңес табылмады.', extensions: { code: 'NOT_FOUND' } }),
      expect.objectContaining({ message: 'slug мәні бұрыннан бар.', extensions: { code: 'CONFLICT' } }),
    ]);
  });

  it('carries a DomainError’s rendered details into extensions, never over the reserved keys', async () => {
    const error = new DomainError(ErrorCode.CONFLICT, 'composition.ruleViolated', { rule: 'Кворум', explanation: 'Нет кворума' }, [], {
      ruleCode: 'meetings.quorum',
      basis: 'Закон 383-V ст. 13 п. 2',
      code: 'HIJACKED',
      fields: 'no',
    });
    expect(classifyError(error)).toMatchObject({ details: { ruleCode: 'meetings.quorum' } });
    const response = await send([format(error)], 'ru');
    expect(response.body.singleResult.errors).toEqual([
      expect.objectContaining({
        message: 'Это изменение нарушает правило: Кворум. Нет кворума',
        extensions: { code: 'CONFLICT', ruleCode: 'meetings.quorum', basis: 'Закон 383-V ст. 13 п. 2' },
      }),
    ]);
  });

  it('answers in Russian when the request has no context', async () => {
    const response = await send([format(DomainError.unauthenticated())], undefined);
    expect(response.body.singleResult.errors?.[0]?.message).toBe('Войдите в систему.');
  });

  it('leaves errors without a message key (graphql-js validation) and error-free responses alone', async () => {
    const validation: GraphQLFormattedError = { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect((await send([validation], 'kk')).body.singleResult.errors).toEqual([validation]);
    expect((await send(undefined, 'kk')).body.singleResult).toEqual({ data: null, errors: undefined });
  });
});
