import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ROLES } from '@kenes/domain';

export const MIN_PASSWORD_LENGTH = 10;

export enum RoleEnum {
  platformAdmin = 'platformAdmin',
  authorizedBodyOperator = 'authorizedBodyOperator',
  councilSecretary = 'councilSecretary',
  councilChair = 'councilChair',
  councilMember = 'councilMember',
  workingGroupMember = 'workingGroupMember',
  stateBodyOfficer = 'stateBodyOfficer',
  stateBodyHead = 'stateBodyHead',
}
registerEnumType(RoleEnum, { name: 'Role' });

export enum ScopeKindEnum {
  platform = 'platform',
  jurisdiction = 'jurisdiction',
  council = 'council',
  stateBody = 'stateBody',
}
registerEnumType(ScopeKindEnum, { name: 'GrantScopeKind' });

@ObjectType()
export class Grant {
  @Field(() => ID) id!: string;
  @Field(() => ID) userId!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field(() => ScopeKindEnum) scopeKind!: ScopeKindEnum;
  @Field(() => ID, { nullable: true }) scopeId!: string | null;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
}

/** The caller. Their own e-mail is theirs to see. */
@ObjectType()
export class Me {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) locale!: string;
  @Field(() => [Grant]) grants!: Grant[];
  @Field(() => [String], { description: 'Permissions held through at least one grant (for showing actions).' })
  permissions!: string[];
}

/** A user as seen by someone who manages users in a shared scope. */
@ObjectType()
export class User {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { description: 'Personal data: visible only to those who manage this user.' }) email!: string;
  @Field(() => Boolean) invitationPending!: boolean;
  @Field(() => [Grant]) grants!: Grant[];
}

@ObjectType()
export class UserPage {
  @Field(() => [User]) items!: User[];
  @Field(() => Int) total!: number;
}

@ObjectType()
export class Session {
  @Field(() => ID) id!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) lastSeenAt!: Date;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => Boolean) current!: boolean;
}

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

@InputType()
export class InviteUserInput {
  @Field(() => String)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName!: string;

  @Field(() => RoleEnum)
  @IsEnum(RoleEnum)
  @IsIn(ROLES)
  role!: RoleEnum;

  @Field(() => ID, { nullable: true, description: 'The council, state body or jurisdiction; none for platform roles.' })
  @IsOptional()
  @IsUUID()
  scopeId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['kk', 'ru', 'en'])
  locale?: string;
}

@InputType()
export class SetPasswordInput {
  @Field(() => String)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @Field(() => String)
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  displayName?: string;
}

@InputType()
export class UserFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  scopeId?: string;
}
