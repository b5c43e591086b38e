import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalizedText } from '@kenes/api/core';

export enum SearchKind {
  AGENDA_ITEM = 'agendaItem',
  DECISION = 'decision',
  RECOMMENDATION = 'recommendation',
}
registerEnumType(SearchKind, { name: 'SearchKind', description: 'What a search hit is: an agenda item, a decision (a motion put to the vote) or a recommendation.' });

@ObjectType({ description: 'A piece of a snippet; `match` marks the words that matched.' })
export class SnippetPart {
  @Field(() => String) text!: string;
  @Field(() => Boolean) match!: boolean;
}

@ObjectType()
export class SearchHit {
  @Field(() => SearchKind) kind!: SearchKind;
  @Field(() => ID) id!: string;
  @Field(() => String) councilSlug!: string;
  @Field(() => LocalizedText) councilName!: LocalizedText;
  @Field(() => Int, { nullable: true }) meetingNumber!: number | null;
  @Field(() => Int, { nullable: true }) recommendationNumber!: number | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => String) title!: string;
  @Field(() => [SnippetPart], { description: 'Where the words were found, with the matches marked (plain text, never HTML).' }) snippet!: SnippetPart[];
  @Field(() => String, { description: 'The portal page, without the language prefix (e.g. /councils/kokshetau/meetings/2).' }) path!: string;
}

@ObjectType()
export class SearchResults {
  @Field(() => Int) total!: number;
  @Field(() => [SearchHit]) hits!: SearchHit[];
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'Words, "a phrase", -excluded, or OR.' }) @IsString() @MinLength(2) @MaxLength(200) query!: string;
  @Field(() => String, { nullable: true, description: 'Only this council (slug).' }) @IsOptional() @IsString() @MaxLength(80) councilSlug?: string;
  @Field(() => ID, { nullable: true, description: 'Only what concerns this state body.' }) @IsOptional() @IsUUID() bodyId?: string;
  @Field(() => String, { nullable: true, description: 'From this date (YYYY-MM-DD).' }) @IsOptional() @IsString() @MaxLength(10) from?: string;
  @Field(() => String, { nullable: true, description: 'Up to this date (YYYY-MM-DD).' }) @IsOptional() @IsString() @MaxLength(10) to?: string;
  @Field(() => [SearchKind], { nullable: true }) @IsOptional() @IsIn(Object.values(SearchKind), { each: true }) kinds?: SearchKind[];
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(1000) offset!: number;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(50) limit!: number;
}
