import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { LocalizedTextInput, PageArgs } from '@kenes/api/core';
import { CouncilLevel } from './registry.models';

@InputType()
export class CouncilFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  jurisdictionId?: string;

  /** A jurisdiction by its public code, with every jurisdiction under it (an oblast with its districts and cities). */
  @Field(() => String, {
    nullable: true,
    description: 'A jurisdiction by its code, with every jurisdiction under it: an oblast includes its districts and cities.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  jurisdictionCode?: string;

  @Field(() => ID, { nullable: true, description: 'The host state body.' })
  @IsOptional()
  @IsUUID()
  bodyId?: string;

  @Field(() => CouncilLevel, { nullable: true })
  @IsOptional()
  @IsEnum(CouncilLevel)
  level?: CouncilLevel;

  /** Matches the name in any language. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class CouncilsArgs extends PageArgs {
  @Field(() => CouncilFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CouncilFilter)
  filter?: CouncilFilter;
}

@InputType()
export class CreateCouncilInput {
  @Field(() => ID)
  @IsUUID()
  hostBodyId!: string;

  @Field(() => CouncilLevel)
  @IsEnum(CouncilLevel)
  level!: CouncilLevel;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  name!: LocalizedTextInput;

  @Field(() => String)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  @MaxLength(80)
  slug!: string;
}

@ArgsType()
export class CouncilHostBodiesArgs {
  @Field(() => String, { nullable: true, description: 'Only the bodies of this jurisdiction and the jurisdictions under it.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  jurisdictionCode?: string;
}

@ArgsType()
export class StateBodiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  jurisdictionId?: string;
}
