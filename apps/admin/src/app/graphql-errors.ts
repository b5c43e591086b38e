/** What the UI needs from a failed GraphQL call: a message in the user's language, a code, per-field messages. */
export interface UiError {
  message: string;
  code: string | null;
  fields: Record<string, string>;
  /** The legal basis of a refused rule, when the refusal comes from the law. */
  basis: string | null;
}

interface GqlErrorLike {
  message: string;
  extensions?: { code?: unknown; basis?: unknown; fields?: Array<{ path: string; message: string }> };
}

export function toUiError(e: unknown, fallback: string): UiError {
  const errors = (e as { errors?: readonly GqlErrorLike[] } | null)?.errors;
  const first = errors?.[0];
  if (!first) return { message: fallback, code: null, fields: {}, basis: null };
  const fields: Record<string, string> = {};
  for (const f of first.extensions?.fields ?? []) fields[f.path] = f.message;
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
  const basis = typeof first.extensions?.basis === 'string' ? first.extensions.basis : null;
  return { message: first.message, code, fields, basis };
}
