import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedText } from '@kenes/api/core';

export enum CouncilLevel {
  REPUBLICAN = 'republican',
  LOCAL = 'local',
  QUASI_PUBLIC = 'quasi_public',
}
registerEnumType(CouncilLevel, { name: 'CouncilLevel' });

export enum JurisdictionKindEnum {
  REPUBLIC = 'republic',
  OBLAST = 'oblast',
  CITY_REPUBLICAN = 'city_republican',
  DISTRICT = 'district',
  CITY_OBLAST = 'city_oblast',
  RURAL_OKRUG = 'rural_okrug',
}
registerEnumType(JurisdictionKindEnum, { name: 'JurisdictionKind' });

export enum StateBodyKindEnum {
  MINISTRY = 'ministry',
  AGENCY = 'agency',
  AKIMAT = 'akimat',
  AKIM_OFFICE_DEPARTMENT = 'akim_office_department',
  MASLIKHAT = 'maslikhat',
  TERRITORIAL_DIVISION = 'territorial_division',
  QUASI_PUBLIC = 'quasi_public',
  OTHER = 'other',
}
registerEnumType(StateBodyKindEnum, { name: 'StateBodyKind' });

// ---- admin endpoint (/graphql) -------------------------------------------------------

@ObjectType()
export class Jurisdiction {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => JurisdictionKindEnum) kind!: JurisdictionKindEnum;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
}

@ObjectType()
export class StateBody {
  @Field(() => ID) id!: string;
  @Field(() => ID) jurisdictionId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => StateBodyKindEnum) kind!: StateBodyKindEnum;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => String, { nullable: true }) bin!: string | null;
}

@ObjectType()
export class Council {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => CouncilLevel) level!: CouncilLevel;
  @Field(() => Jurisdiction) jurisdiction!: Jurisdiction;
  @Field(() => StateBody) hostBody!: StateBody;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class CouncilPage {
  @Field(() => [Council]) items!: Council[];
  @Field(() => Int) total!: number;
}

@ObjectType()
export class JurisdictionPage {
  @Field(() => [Jurisdiction]) items!: Jurisdiction[];
  @Field(() => Int) total!: number;
}

@ObjectType()
export class StateBodyPage {
  @Field(() => [StateBody]) items!: StateBody[];
  @Field(() => Int) total!: number;
}

// ---- public endpoint (/public/graphql): its own types, published data only -----------

@ObjectType()
export class PublicJurisdiction {
  @Field(() => String) code!: string;
  @Field(() => JurisdictionKindEnum) kind!: JurisdictionKindEnum;
  @Field(() => LocalizedText) name!: LocalizedText;
}

@ObjectType()
export class PublicStateBody {
  @Field(() => ID) id!: string;
  @Field(() => StateBodyKindEnum) kind!: StateBodyKindEnum;
  @Field(() => LocalizedText) name!: LocalizedText;
}

@ObjectType()
export class PublicCouncil {
  @Field(() => String) slug!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => CouncilLevel) level!: CouncilLevel;
  @Field(() => PublicJurisdiction) jurisdiction!: PublicJurisdiction;
  @Field(() => PublicStateBody) hostBody!: PublicStateBody;
}

@ObjectType()
export class PublicCouncilPage {
  @Field(() => [PublicCouncil]) items!: PublicCouncil[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'A jurisdiction of the national index of councils, with how many published councils are in it and under it.' })
export class PublicJurisdictionFacet extends PublicJurisdiction {
  @Field(() => Int, { description: '0 for the republic, 1 for an oblast or a city of republican significance, 2 for their districts and cities.' })
  depth!: number;

  @Field(() => Int, { description: 'Published councils in this jurisdiction and in the jurisdictions under it.' })
  councils!: number;
}

@ObjectType({ description: 'A state body that hosts published councils, with how many.' })
export class PublicStateBodyFacet extends PublicStateBody {
  @Field(() => PublicJurisdiction) jurisdiction!: PublicJurisdiction;
  @Field(() => Int) councils!: number;
}

@ObjectType({ description: 'A published council in a few words, for lists of every council (pickers).' })
export class PublicCouncilDirectoryEntry {
  @Field(() => String) slug!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => PublicJurisdiction) jurisdiction!: PublicJurisdiction;
}
