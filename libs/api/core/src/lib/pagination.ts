import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

/** Every list is paged; the page size is bounded so no query can ask for the whole table. */
@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = 20;
}

@ArgsType()
export class PageArgs {
  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PageInput)
  page?: PageInput;
}

export function pageOf(page: PageInput | undefined): { skip: number; take: number } {
  return { skip: page?.offset ?? 0, take: Math.min(page?.limit ?? 20, MAX_PAGE_SIZE) };
}
