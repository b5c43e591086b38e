import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statutory defaults of @kenes/domain (`defaultKazakhstanRuleSet`) as they stood when this
 * migration was written: a migration is a snapshot and must not change when the domain does.
 * Later versions are added as rows (updateRuleSet), never by editing this one.
 */
const KZ_DEFAULT_RULE_SET_V1 = {
  id: "kz-public-councils-default",
  name: {"kk":"Қоғамдық кеңестер: заң бойынша әдепкі ережелер","ru":"Общественные советы: правила по закону (по умолчанию)","en":"Public councils: statutory defaults"},
  jurisdiction: "KZ",
  version: 1,
  effectiveFrom: "2023-10-02",
  rules: [
    {"code":"composition.civilSocietyShare","severity":"hard","value":{"kind":"share","population":"council","subject":"civilSociety","comparison":"atLeast","numerator":2,"denominator":3},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"1","paragraph":"7"}},
    {"code":"composition.size","severity":"hard","value":{"kind":"sizeRange","byLevel":{"republican":{"min":15,"max":30},"quasiPublic":{"min":10,"max":15}}},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"9","paragraph":"3"}},
    {"code":"composition.maxPerOrganisation","severity":"hard","value":{"kind":"maxPerOrganisation","max":1,"identifiedBy":"bin"},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"9","paragraph":"4"}},
    {"code":"composition.oneRepublicanCouncilPerPerson","severity":"hard","value":{"kind":"maxCouncilsPerPerson","level":"republican","max":1},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"9","paragraph":"4"}},
    {"code":"composition.chairNotCivilServant","severity":"hard","value":{"kind":"chairNotCivilServant"},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"13","paragraph":"1"}},
    {"code":"composition.consecutiveTerms","severity":"hard","value":{"kind":"consecutiveTerms","max":2},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"9","paragraph":"5"}},
    {"code":"term.years","severity":"hard","value":{"kind":"termLength","years":3},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"9","paragraph":"8"}},
    {"code":"term.renewalLead","severity":"hard","value":{"kind":"renewalLead","months":2},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"9","paragraph":"2"}},
    {"code":"workingGroup.stateShare","severity":"hard","value":{"kind":"share","population":"workingGroup","subject":"stateLinked","comparison":"atMost","numerator":1,"denominator":3},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"8","paragraph":"1–3"}},
    {"code":"meetings.quorum","severity":"hard","value":{"kind":"quorum","numerator":2,"denominator":3,"base":"allMembers","rounding":"ceil"},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"13","paragraph":"2"}},
    {"code":"meetings.majority","severity":"hard","value":{"kind":"majority","type":"ofPresent","tieBreak":"chairCasting"},"basis":{"act":{"id":"KZ-MODEL-REGULATION-69","short":{"kk":"Үлгілік ереже (№ 69 бұйрық)","ru":"Типовое положение (приказ № 69)","en":"Model Regulation (order No. 69)"}},"confidence":"R"}},
    {"code":"meetings.frequency","severity":"soft","value":{"kind":"frequency","activity":"meeting","period":"quarter","min":1},"basis":{"act":{"id":"KZ-MODEL-REGULATION-69","short":{"kk":"Үлгілік ереже (№ 69 бұйрық)","ru":"Типовое положение (приказ № 69)","en":"Model Regulation (order No. 69)"}},"confidence":"R"}},
    {"code":"publicity.informPopulation","severity":"hard","value":{"kind":"frequency","activity":"informPopulation","period":"year","min":2},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"7","paragraph":"2","subparagraph":"3"}},
    {"code":"publicHearing.notice","severity":"hard","value":{"kind":"noticePeriod","event":"publicHearing","amount":10,"unit":"calendarDays"},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"21"}},
    {"code":"publicControl.hearingNotice","severity":"hard","value":{"kind":"noticePeriod","event":"publicControlHearing","amount":3,"unit":"workingDays"},"basis":{"act":{"id":"KZ-30-VIII","short":{"kk":"30-VIII Заң","ru":"Закон 30-VIII","en":"Law 30-VIII"}},"confidence":"C","article":"13"}},
    {"code":"deadline.recommendation","severity":"hard","value":{"kind":"deadline","documentType":"recommendation","amount":1,"unit":"months","signatory":{"kk":"органның бірінші басшысы немесе оның міндетін атқарушы","ru":"первый руководитель органа или лицо, исполняющее его обязанности","en":"the first head of the body or the person acting for them"}},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"5","paragraph":"2"}},
    {"code":"deadline.budgetProgramme","severity":"hard","value":{"kind":"deadline","documentType":"budgetProgramme","amount":10,"unit":"workingDays"},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"5","paragraph":"2"}},
    {"code":"deadline.publicControlFinalDocument","severity":"hard","value":{"kind":"deadline","documentType":"publicControlFinalDocument","amount":7,"unit":"workingDays"},"basis":{"act":{"id":"KZ-30-VIII","short":{"kk":"30-VIII Заң","ru":"Закон 30-VIII","en":"Law 30-VIII"}},"confidence":"C","article":"13"}},
    {"code":"deadline.publicControlAnswer","severity":"hard","value":{"kind":"deadline","documentType":"publicControlAnswer","amount":10,"unit":"workingDays"},"basis":{"act":{"id":"KZ-30-VIII","short":{"kk":"30-VIII Заң","ru":"Закон 30-VIII","en":"Law 30-VIII"}},"confidence":"C","article":"13"}},
    {"code":"deadline.citizenAppeal","severity":"hard","value":{"kind":"deadline","documentType":"citizenAppeal","amount":15,"unit":"workingDays"},"basis":{"act":{"id":"KZ-APPC","short":{"kk":"Әкімшілік рәсімдік-процестік кодекс","ru":"АППК","en":"Administrative Procedural Code"}},"confidence":"R"}},
    {"code":"deadline.minutesPublication","severity":"soft","value":{"kind":"deadline","documentType":"minutesPublication","amount":5,"unit":"workingDays"},"basis":{"act":{"id":"KENES-DEFAULT","short":{"kk":"жүйенің әдепкі баптауы (Үкімет ережелеріне ұқсас)","ru":"настройка системы по умолчанию (по аналогии с правилами Правительства)","en":"product default (by analogy with Government rules)"}},"confidence":"R"}},
    {"code":"membership.absenceLimit","severity":"soft","value":{"kind":"absenceLimit","maxUnexcusedPerYear":3},"basis":{"act":{"id":"KZ-383-V","short":{"kk":"383-V Заң","ru":"Закон 383-V","en":"Law 383-V"}},"confidence":"C","article":"15"}},
  ],
};

export class AddComposition1795864248388 implements MigrationInterface {
  name = 'AddComposition1795864248388';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "affiliation_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jurisdiction_id" uuid NOT NULL, "code" text NOT NULL, "name" jsonb NOT NULL, "state_linked" boolean NOT NULL, "supervised_by_host" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_affiliation_category_supervised" CHECK (NOT ("state_linked" AND "supervised_by_host")), CONSTRAINT "PK_413e805a8ea93ca04f601b00bac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_affiliation_category_code" ON "affiliation_category"  ("jurisdiction_id", "code") `);
    await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" text NOT NULL, "birth_date" date, "gender" text, "is_civil_servant" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "convocation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "number" integer NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "status" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_convocation_period" CHECK ("ends_on" > "starts_on"), CONSTRAINT "PK_48d9f0cd525652880f6af8720e8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_convocation_number" ON "convocation"  ("council_id", "number") `);
    await queryRunner.query(`CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "convocation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" text NOT NULL, "is_voting_member" boolean NOT NULL, "category_id" uuid NOT NULL, "nominating_org_name" text, "nominating_org_bin" text, "selection_method" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "end_reason" text, "previous_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_membership_bin" CHECK ("nominating_org_bin" IS NULL OR "nominating_org_bin" ~ '^[0-9]{12}$'), CONSTRAINT "CK_membership_end_reason" CHECK (("ends_on" IS NULL) = ("end_reason" IS NULL)), CONSTRAINT "CK_membership_period" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "CK_membership_secretary_not_voting" CHECK ("role" <> 'secretary' OR NOT "is_voting_member"), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f47470761c98b18a36f9bd9808" ON "membership"  ("convocation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6fc5e2153171bbeb54f4fda659" ON "membership"  ("person_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f98a2eec2f378c2797b1ee3753" ON "membership"  ("category_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e3d4f4e06346374b5bfefa5d7d" ON "membership"  ("previous_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_membership_active_person" ON "membership"  ("convocation_id", "person_id") WHERE "ends_on" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_membership_active_chair" ON "membership"  ("convocation_id") WHERE "ends_on" IS NULL AND "role" = 'chair'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_membership_active_bin" ON "membership"  ("convocation_id", "nominating_org_bin") WHERE "ends_on" IS NULL AND "nominating_org_bin" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "rule_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jurisdiction_id" uuid, "version" integer NOT NULL, "effective_from" date NOT NULL, "body" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b297de2aa110d7ac081e2bcd05f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9d7f0e5cc4d6a3a379ecd03672" ON "rule_set"  ("jurisdiction_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_rule_set_national_version" ON "rule_set"  ("version") WHERE "jurisdiction_id" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_rule_set_version" ON "rule_set"  ("jurisdiction_id", "version") WHERE "jurisdiction_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "affiliation_category" ADD CONSTRAINT "FK_08b47e9685cfa7a5f6ae8ce0a41" FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdiction"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "convocation" ADD CONSTRAINT "FK_2d7f71c51fca8d253b48a19683c" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_f47470761c98b18a36f9bd9808e" FOREIGN KEY ("convocation_id") REFERENCES "convocation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_f98a2eec2f378c2797b1ee37531" FOREIGN KEY ("category_id") REFERENCES "affiliation_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "FK_e3d4f4e06346374b5bfefa5d7dc" FOREIGN KEY ("previous_id") REFERENCES "membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rule_set" ADD CONSTRAINT "FK_9d7f0e5cc4d6a3a379ecd036724" FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdiction"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // The national default (no jurisdiction), version 1: every council has rules from the start.
    await queryRunner.query(`INSERT INTO "rule_set" ("jurisdiction_id", "version", "effective_from", "body") VALUES (NULL, $1, $2, $3::jsonb)`, [
      KZ_DEFAULT_RULE_SET_V1.version,
      KZ_DEFAULT_RULE_SET_V1.effectiveFrom,
      JSON.stringify(KZ_DEFAULT_RULE_SET_V1),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rule_set" DROP CONSTRAINT "FK_9d7f0e5cc4d6a3a379ecd036724"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_e3d4f4e06346374b5bfefa5d7dc"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_f98a2eec2f378c2797b1ee37531"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_f47470761c98b18a36f9bd9808e"`);
    await queryRunner.query(`ALTER TABLE "convocation" DROP CONSTRAINT "FK_2d7f71c51fca8d253b48a19683c"`);
    await queryRunner.query(`ALTER TABLE "affiliation_category" DROP CONSTRAINT "FK_08b47e9685cfa7a5f6ae8ce0a41"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_rule_set_version"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_rule_set_national_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d7f0e5cc4d6a3a379ecd03672"`);
    await queryRunner.query(`DROP TABLE "rule_set"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_membership_active_bin"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_membership_active_chair"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_membership_active_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e3d4f4e06346374b5bfefa5d7d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f98a2eec2f378c2797b1ee3753"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6fc5e2153171bbeb54f4fda659"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f47470761c98b18a36f9bd9808"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_convocation_number"`);
    await queryRunner.query(`DROP TABLE "convocation"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_affiliation_category_code"`);
    await queryRunner.query(`DROP TABLE "affiliation_category"`);
  }
}
