import type { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DomainError, ErrorCode, type FieldProblem } from './errors';
import { LocalizedTextInput } from './localized-text';
import { translate } from './messages';
import { createValidationPipe } from './validation';

class DraftCouncilInput {
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  name!: LocalizedTextInput;

  @Matches(/^[a-z0-9-]+$/)
  @MaxLength(80)
  slug!: string;

  /** A property whose name has a digit in it, to tell the limit from the name. */
  @IsOptional()
  @IsString()
  @MaxLength(40)
  address2?: string;
}

const METADATA: ArgumentMetadata = { type: 'body', metatype: DraftCouncilInput, data: undefined };

async function problems(value: unknown): Promise<FieldProblem[]> {
  const error = await createValidationPipe()
    .transform(value, METADATA)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(DomainError);
  const domain = error as DomainError;
  expect(domain.code).toBe(ErrorCode.BAD_USER_INPUT);
  expect(domain.messageKey).toBe('error.badInput');
  return [...domain.fields].sort((a, b) => a.path.localeCompare(b.path) || a.messageKey.localeCompare(b.messageKey));
}

describe('createValidationPipe', () => {
  it('passes valid input through as an instance, stripping unknown properties', async () => {
    const out = (await createValidationPipe().transform(
      { name: { ru: 'Совет', kk: 'Кеңес', extra: 1 }, slug: 'kokshetau', admin: true },
      METADATA,
    )) as DraftCouncilInput;
    expect(out).toBeInstanceOf(DraftCouncilInput);
    expect(out.name).toBeInstanceOf(LocalizedTextInput);
    expect(out).toEqual({ name: { ru: 'Совет', kk: 'Кеңес' }, slug: 'kokshetau' });
  });

  it('turns nested failures into BAD_USER_INPUT with dotted paths and message keys', async () => {
    const fields = await problems({ name: { ru: '', en: 'x'.repeat(501) }, slug: 'kokshetau' });
    expect(fields).toEqual([
      { path: 'name.en', messageKey: 'validation.maxLength', params: { max: '500' } },
      { path: 'name.ru', messageKey: 'validation.required' },
    ]);
  });

  it('gives field messages that translate, with the limit filled in', async () => {
    const fields = await problems({ name: { ru: '', en: 'x'.repeat(501) }, slug: 'kokshetau' });
    expect(fields.map((f) => `${f.path}: ${translate(f.messageKey, f.params, 'ru')}`)).toEqual([
      'name.en: Не более 500 символов.',
      'name.ru: Обязательное поле.',
    ]);
    expect(fields.map((f) => translate(f.messageKey, f.params, 'kk'))).toEqual(['Ең көбі 500 таңба.', 'Міндетті өріс.']);
  });

  it('reports top-level and nested problems together, unknown constraints as "invalid"', async () => {
    const fields = await problems({ name: { ru: 'x'.repeat(501), kk: 7 }, slug: 'Not A Slug' });
    expect(fields).toEqual([
      { path: 'name.kk', messageKey: 'validation.invalid' },
      { path: 'name.kk', messageKey: 'validation.maxLength', params: { max: '500' } },
      { path: 'name.ru', messageKey: 'validation.maxLength', params: { max: '500' } },
      { path: 'slug', messageKey: 'validation.invalid' },
    ]);
  });

  it('takes the max param from the constraint, not from digits in the property name', async () => {
    const fields = await problems({ name: { ru: 'ok' }, slug: 'ok', address2: 'x'.repeat(41) });
    expect(fields).toEqual([{ path: 'address2', messageKey: 'validation.maxLength', params: { max: '40' } }]);
  });

  it('refuses a nested input that is not an object', async () => {
    const fields = await problems({ name: 'Совет', slug: 'ok' });
    expect(fields).toEqual([{ path: 'name', messageKey: 'validation.invalid' }]);
  });
});
