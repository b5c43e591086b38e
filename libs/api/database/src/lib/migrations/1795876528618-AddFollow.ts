import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFollow1795876528618 implements MigrationInterface {
  name = 'AddFollow1795876528618';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "follow_subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "kind" text NOT NULL, "target_id" uuid NOT NULL, "mode" text NOT NULL, "locale" text NOT NULL DEFAULT 'ru', "confirm_token_hash" text NOT NULL, "unsubscribe_token" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "unsubscribed_at" TIMESTAMP WITH TIME ZONE, "digest_after" bigint NOT NULL DEFAULT '0', "last_digest_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_follow_mode" CHECK ("mode" IN ('events', 'weekly')), CONSTRAINT "CK_follow_kind" CHECK ("kind" IN ('council', 'body', 'recommendation')), CONSTRAINT "PK_d1fe8b5b84796b570cd3295a114" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f2b0cb50983513c49f69b62f6c" ON "follow_subscription"  ("unsubscribe_token") `);
    await queryRunner.query(`CREATE INDEX "IDX_follow_target" ON "follow_subscription"  ("kind", "target_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_follow_live" ON "follow_subscription"  ("email", "kind", "target_id") WHERE "unsubscribed_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "follow_cursor" ("name" text NOT NULL, "last_event_id" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_02760dadfbb36bdf3070a33e84d" PRIMARY KEY ("name"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "follow_cursor"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_follow_live"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_follow_target"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2b0cb50983513c49f69b62f6c"`);
    await queryRunner.query(`DROP TABLE "follow_subscription"`);
  }
}
