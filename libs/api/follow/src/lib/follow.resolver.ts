import { Args, Field, ID, InputType, Int, Mutation, Resolver, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Ctx, Public, Transaction, type RequestContext } from '@kenes/api/core';
import { FollowService } from './follow.service';

export enum FollowKindEnum {
  COUNCIL = 'council',
  BODY = 'body',
  RECOMMENDATION = 'recommendation',
}
registerEnumType(FollowKindEnum, { name: 'FollowKind' });

export enum FollowModeEnum {
  EVENTS = 'events',
  WEEKLY = 'weekly',
}
registerEnumType(FollowModeEnum, { name: 'FollowMode', description: 'Each event as it happens, or one letter a week.' });

@InputType()
export class FollowInput {
  @Field(() => String) @IsEmail() @MaxLength(254) email!: string;
  @Field(() => FollowKindEnum) @IsEnum(FollowKindEnum) kind!: FollowKindEnum;
  @Field(() => FollowModeEnum, { defaultValue: FollowModeEnum.EVENTS }) @IsEnum(FollowModeEnum) mode!: FollowModeEnum;
  @Field(() => String, { nullable: true, description: 'The council (kind COUNCIL), or the recommendation’s council (kind RECOMMENDATION).' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  councilSlug?: string;
  @Field(() => ID, { nullable: true, description: 'The state body (kind BODY).' }) @IsOptional() @IsUUID() bodyId?: string;
  @Field(() => Int, { nullable: true, description: 'The recommendation’s number in its council (kind RECOMMENDATION).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  recommendationNumber?: number;
}

@Resolver()
export class FollowPublicResolver {
  constructor(private readonly follow: FollowService) {}

  @Mutation(() => Boolean, { description: 'Asks to follow a council, a state body or a recommendation by e-mail; a confirmation link is sent first (double opt-in).' })
  @Public()
  @Transaction()
  async followRecord(@Ctx() ctx: RequestContext, @Args('input') input: FollowInput): Promise<boolean> {
    await this.follow.request(ctx, { ...input, kind: input.kind, mode: input.mode });
    return true;
  }
}
