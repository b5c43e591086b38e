import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReserveAppointmentsAndPopulationReference1795870659550 implements MigrationInterface {
  name = 'AddReserveAppointmentsAndPopulationReference1795870659550';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "population_reference" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jurisdiction_id" uuid NOT NULL, "as_of" date NOT NULL, "age_bands" jsonb NOT NULL, "female_percent" numeric(4,1) NOT NULL, "median_age" numeric(4,1), "source" text NOT NULL, "entered_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_population_reference_median" CHECK ("median_age" IS NULL OR "median_age" BETWEEN 18 AND 100), CONSTRAINT "CK_population_reference_female" CHECK ("female_percent" BETWEEN 0 AND 100), CONSTRAINT "PK_8d4abbdaa8f73293bb13bda80a1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_population_reference_as_of" ON "population_reference"  ("jurisdiction_id", "as_of") `);
    await queryRunner.query(`CREATE TABLE "reserve_appointment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "competition_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1f10b667140598aced62407c631" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4bbb8e7b53778343ea966c310e" ON "reserve_appointment"  ("competition_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2ac633b675126b6464504e3709" ON "reserve_appointment"  ("membership_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_reserve_appointment_application" ON "reserve_appointment"  ("application_id") `);
    await queryRunner.query(`ALTER TABLE "application" ADD "documents" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "population_reference" ADD CONSTRAINT "FK_33c4c9a6211fe5cf352bf173cda" FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdiction"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reserve_appointment" ADD CONSTRAINT "FK_09b1183d15d588df1c207d3ead6" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reserve_appointment" ADD CONSTRAINT "FK_4bbb8e7b53778343ea966c310e9" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reserve_appointment" ADD CONSTRAINT "FK_2ac633b675126b6464504e37094" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reserve_appointment" DROP CONSTRAINT "FK_2ac633b675126b6464504e37094"`);
    await queryRunner.query(`ALTER TABLE "reserve_appointment" DROP CONSTRAINT "FK_4bbb8e7b53778343ea966c310e9"`);
    await queryRunner.query(`ALTER TABLE "reserve_appointment" DROP CONSTRAINT "FK_09b1183d15d588df1c207d3ead6"`);
    await queryRunner.query(`ALTER TABLE "population_reference" DROP CONSTRAINT "FK_33c4c9a6211fe5cf352bf173cda"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "documents"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reserve_appointment_application"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2ac633b675126b6464504e3709"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4bbb8e7b53778343ea966c310e"`);
    await queryRunner.query(`DROP TABLE "reserve_appointment"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_population_reference_as_of"`);
    await queryRunner.query(`DROP TABLE "population_reference"`);
  }
}
