import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AGE_BANDS } from '@kenes/domain';
import { IsIsoDate } from './composition.inputs';

@ArgsType()
export class PopulationReferencesArgs {
  @Field(() => ID) @IsUUID() jurisdictionId!: string;
}

@InputType()
export class PopulationBandInput {
  @Field(() => String) @IsIn(AGE_BANDS.map((b) => b.code)) band!: string;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) percent!: number;
}

@InputType()
export class SetPopulationReferenceInput {
  @Field(() => ID) @IsUUID() jurisdictionId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD: the date the statistics describe.' }) @IsIsoDate() asOf!: string;
  @Field(() => [PopulationBandInput], { description: 'Every age band once; the shares add up to 100 (±0.5).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PopulationBandInput)
  ageBands!: PopulationBandInput[];
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) femalePercent!: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(18) @Max(100) medianAge?: number;
  @Field(() => String, { description: 'Where the figures come from.' }) @IsString() @IsNotEmpty() @MaxLength(500) source!: string;
}
