import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

// Aggregate figures only (shares of the council and of the population): the same types serve
// both endpoints, since nothing in them is about a person.

@ObjectType()
export class PopulationBand {
  @Field(() => String, { description: '18-34, 35-49, 50-64 or 65+' }) band!: string;
  @Field(() => Float, { description: 'Percent of adult residents.' }) percent!: number;
}

@ObjectType({ description: 'The adult population of a jurisdiction by age band and gender, from official statistics.' })
export class PopulationReference {
  @Field(() => ID) id!: string;
  @Field(() => ID) jurisdictionId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD: the date the statistics describe.' }) asOf!: string;
  @Field(() => [PopulationBand]) ageBands!: PopulationBand[];
  @Field(() => Float) femalePercent!: number;
  @Field(() => Float, { nullable: true }) medianAge!: number | null;
  @Field(() => String) source!: string;
}

@ObjectType()
export class ShareGap {
  @Field(() => Float, { nullable: true, description: 'Share on the council among members whose data is known.' }) councilPercent!: number | null;
  @Field(() => Float) populationPercent!: number;
  @Field(() => Float, { nullable: true, description: 'Council minus population, in percentage points.' }) gapPoints!: number | null;
  @Field(() => Boolean, { description: 'At least 10 percentage points apart.' }) notable!: boolean;
}

@ObjectType()
export class AgeBandGap extends ShareGap {
  @Field(() => String) band!: string;
  @Field(() => Int, { description: 'Members in the band.' }) councilCount!: number;
}

@ObjectType({ description: 'The council against the population it serves (age bands and women), from a population reference.' })
export class DemographicGap {
  @Field(() => String) referenceAsOf!: string;
  @Field(() => String) referenceSource!: string;
  @Field(() => [AgeBandGap]) ageBands!: AgeBandGap[];
  @Field(() => ShareGap) female!: ShareGap;
  @Field(() => Float, { nullable: true }) councilMedianAge!: number | null;
  @Field(() => Float, { nullable: true }) populationMedianAge!: number | null;
  @Field(() => Float, { nullable: true, description: 'Council median minus population median, in years.' }) medianAgeGapYears!: number | null;
  @Field(() => String, { nullable: true, description: 'The band furthest from the population.' }) largestGapBand!: string | null;
}
