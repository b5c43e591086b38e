import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddIdentity1795863506337 implements MigrationInterface {
  name = 'AddIdentity1795863506337';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text, "locale" text NOT NULL DEFAULT 'ru', "phone" text, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" text, "user_agent" text, CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_13275383dcdf095ee29f2b3455" ON "user_session"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9ccf6d901cef4067214284f327" ON "user_session"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "access_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" text NOT NULL, "scope_kind" text NOT NULL, "scope_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "granted_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c12ba789e7748324e87e103a41" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0304e542c14ee36131a9086898" ON "access_grant"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7dab8386194b0c02b272e0aa98" ON "access_grant"  ("scope_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c58c92081d9054c8c18e5397f7" ON "access_grant"  ("granted_by") `);
    await queryRunner.query(`CREATE TABLE "one_time_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_956e3dd6580e4829e05ab460808" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8b28059f6bee21e69d42224bbb" ON "one_time_token"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5a751ff4e9106ceddfd3417de6" ON "one_time_token"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "access_grant" ADD CONSTRAINT "FK_0304e542c14ee36131a9086898d" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "access_grant" ADD CONSTRAINT "FK_c58c92081d9054c8c18e5397f78" FOREIGN KEY ("granted_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "one_time_token" ADD CONSTRAINT "FK_8b28059f6bee21e69d42224bbb1" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // One account per e-mail, whatever its letter case.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_user_account_email_lower" ON "user_account" (lower("email"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_user_account_email_lower"`);
    await queryRunner.query(`ALTER TABLE "one_time_token" DROP CONSTRAINT "FK_8b28059f6bee21e69d42224bbb1"`);
    await queryRunner.query(`ALTER TABLE "access_grant" DROP CONSTRAINT "FK_c58c92081d9054c8c18e5397f78"`);
    await queryRunner.query(`ALTER TABLE "access_grant" DROP CONSTRAINT "FK_0304e542c14ee36131a9086898d"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5a751ff4e9106ceddfd3417de6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b28059f6bee21e69d42224bbb"`);
    await queryRunner.query(`DROP TABLE "one_time_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c58c92081d9054c8c18e5397f7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7dab8386194b0c02b272e0aa98"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0304e542c14ee36131a9086898"`);
    await queryRunner.query(`DROP TABLE "access_grant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ccf6d901cef4067214284f327"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_13275383dcdf095ee29f2b3455"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
  }
}
