import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldProblem } from './errors';
import type { ApiMessageKey } from './messages';

/** Maps class-validator constraint names to translated messages (unknown ones: "invalid value"). */
const CONSTRAINT_KEYS: Record<string, ApiMessageKey> = {
  isNotEmpty: 'validation.required',
  isDefined: 'validation.required',
  maxLength: 'validation.maxLength',
  minLength: 'validation.minLength',
  isEmail: 'validation.email',
  isIsoDate: 'validation.date',
};

function flatten(errors: ValidationError[], prefix: string, out: FieldProblem[]): FieldProblem[] {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [name, text] of Object.entries(e.constraints ?? {})) {
      const messageKey = CONSTRAINT_KEYS[name] ?? 'validation.invalid';
      // The limit is the last number of "… shorter than or equal to 500 characters"; the first
      // one may belong to the property name ("address2") or a pattern ("[0-9]").
      const limit = messageKey === 'validation.maxLength' || messageKey === 'validation.minLength' ? /(\d+)\D*$/.exec(text)?.[1] : undefined;
      const params: Record<string, string> | undefined = limit ? { [messageKey === 'validation.maxLength' ? 'max' : 'min']: limit } : undefined;
      out.push({ path, messageKey, params });
    }
    if (e.children?.length) flatten(e.children, path, out);
  }
  return out;
}

/** class-validator failures become BAD_USER_INPUT with a translated message per field path. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => DomainError.badInput(flatten(errors, '', [])),
  });
}
