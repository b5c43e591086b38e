import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Content in the three languages of the product; Russian is required, the others fall back to it. */
@ObjectType('LocalizedText')
export class LocalizedText {
  @Field(() => String, { nullable: true })
  kk?: string | null;

  @Field(() => String)
  ru!: string;

  @Field(() => String, { nullable: true })
  en?: string | null;
}

@InputType()
export class LocalizedTextInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  kk?: string;

  @Field(() => String)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  ru!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  en?: string;
}

export type LocalizedValue = { kk?: string | null; ru: string; en?: string | null };
