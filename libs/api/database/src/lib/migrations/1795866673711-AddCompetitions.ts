import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCompetitions1795866673711 implements MigrationInterface {
  name = 'AddCompetitions1795866673711';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "competition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "convocation_id" uuid NOT NULL, "seats" integer NOT NULL, "call_text" jsonb NOT NULL, "criteria" jsonb NOT NULL, "opens_on" date NOT NULL, "closes_on" date NOT NULL, "state" text NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_competition_state" CHECK ("state" IN ('draft', 'open', 'closed', 'decided', 'published')), CONSTRAINT "CK_competition_seats" CHECK ("seats" > 0), CONSTRAINT "CK_competition_period" CHECK ("closes_on" >= "opens_on"), CONSTRAINT "PK_a52a6248db574777b226e9445bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e46f448d9ab5f61753cb9903e3" ON "competition"  ("council_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4e54b1dc2835205269b36b7896" ON "competition"  ("convocation_id") `);
    await queryRunner.query(`CREATE TABLE "working_group_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "full_name" text NOT NULL, "state_linked" boolean NOT NULL, "is_head" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_working_group_member_head_civil" CHECK (NOT ("is_head" AND "state_linked")), CONSTRAINT "PK_e227c0cd12a45f81e7727096417" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_685b9b680e77c86f95ec4bce1e" ON "working_group_member"  ("competition_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_working_group_member_head" ON "working_group_member"  ("competition_id") WHERE "is_head"`);
    await queryRunner.query(`CREATE TABLE "application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "full_name" text NOT NULL, "birth_date" date NOT NULL, "resides_in_jurisdiction" boolean NOT NULL, "citizen" boolean NOT NULL, "conviction_declared" boolean NOT NULL, "mental_health_certificate" boolean NOT NULL, "criminal_record_certificate" boolean NOT NULL, "nominating_org_name" text, "nominating_org_bin" text, "self_nominated" boolean NOT NULL, "is_working_group_member" boolean NOT NULL, "status" text NOT NULL, "refusal_reasons" jsonb NOT NULL DEFAULT '[]', "rank" integer, "average_score" numeric(4,2), "reserve_position" integer, "decision_reasons" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_application_bin" CHECK ("nominating_org_bin" IS NULL OR "nominating_org_bin" ~ '^[0-9]{12}$'), CONSTRAINT "CK_application_status" CHECK ("status" IN ('submitted', 'admitted', 'refused', 'shortlisted', 'selected', 'reserve', 'not_selected')), CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_27e7904cfc1dfbabe71f141d17" ON "application"  ("competition_id") `);
    await queryRunner.query(`CREATE TABLE "score" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "scorer_id" uuid NOT NULL, "value" integer NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_score_value" CHECK ("value" BETWEEN 0 AND 10), CONSTRAINT "PK_1770f42c61451103f5514134078" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ff4b2aa959b2bd0600680f9c23" ON "score"  ("scorer_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_score_application_scorer" ON "score"  ("application_id", "scorer_id") `);
    await queryRunner.query(`ALTER TABLE "competition" ADD CONSTRAINT "FK_e46f448d9ab5f61753cb9903e37" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competition" ADD CONSTRAINT "FK_4e54b1dc2835205269b36b7896d" FOREIGN KEY ("convocation_id") REFERENCES "convocation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "working_group_member" ADD CONSTRAINT "FK_685b9b680e77c86f95ec4bce1e6" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "application" ADD CONSTRAINT "FK_27e7904cfc1dfbabe71f141d176" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "score" ADD CONSTRAINT "FK_0c44cc7de6d8409fc2f8633ef38" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "score" ADD CONSTRAINT "FK_ff4b2aa959b2bd0600680f9c235" FOREIGN KEY ("scorer_id") REFERENCES "working_group_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "score" DROP CONSTRAINT "FK_ff4b2aa959b2bd0600680f9c235"`);
    await queryRunner.query(`ALTER TABLE "score" DROP CONSTRAINT "FK_0c44cc7de6d8409fc2f8633ef38"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "FK_27e7904cfc1dfbabe71f141d176"`);
    await queryRunner.query(`ALTER TABLE "working_group_member" DROP CONSTRAINT "FK_685b9b680e77c86f95ec4bce1e6"`);
    await queryRunner.query(`ALTER TABLE "competition" DROP CONSTRAINT "FK_4e54b1dc2835205269b36b7896d"`);
    await queryRunner.query(`ALTER TABLE "competition" DROP CONSTRAINT "FK_e46f448d9ab5f61753cb9903e37"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_score_application_scorer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ff4b2aa959b2bd0600680f9c23"`);
    await queryRunner.query(`DROP TABLE "score"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_27e7904cfc1dfbabe71f141d17"`);
    await queryRunner.query(`DROP TABLE "application"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_working_group_member_head"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_685b9b680e77c86f95ec4bce1e"`);
    await queryRunner.query(`DROP TABLE "working_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e54b1dc2835205269b36b7896"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e46f448d9ab5f61753cb9903e3"`);
    await queryRunner.query(`DROP TABLE "competition"`);
  }
}
