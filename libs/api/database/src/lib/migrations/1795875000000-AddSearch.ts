import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over the published record. One immutable function builds the document of a
 * text in the three languages (Russian with stemming, Kazakh with the `simple` configuration —
 * PostgreSQL has no Kazakh stemmer — and English), and expression indexes use it, so the search
 * query (libs/api/search) and the indexes cannot drift apart.
 */
export class AddSearch1795875000000 implements MigrationInterface {
  name = 'AddSearch1795875000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION kenes_doc(ru text, kk text, en text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT setweight(to_tsvector('russian'::regconfig, coalesce(ru, '')), 'A')
          || setweight(to_tsvector('simple'::regconfig, coalesce(kk, '') || ' ' || coalesce(ru, '')), 'B')
          || setweight(to_tsvector('english'::regconfig, coalesce(en, '')), 'C')
    $$`);
    await queryRunner.query(`CREATE INDEX "IDX_agenda_item_search" ON "agenda_item" USING gin (kenes_doc("title"->>'ru', "title"->>'kk', "title"->>'en'))`);
    await queryRunner.query(`CREATE INDEX "IDX_motion_search" ON "motion" USING gin (kenes_doc("text" || ' ' || "points"::text, NULL, NULL))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_recommendation_search" ON "recommendation" USING gin (kenes_doc(("title"->>'ru') || ' ' || "text", "title"->>'kk', "title"->>'en'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_recommendation_search"`);
    await queryRunner.query(`DROP INDEX "IDX_motion_search"`);
    await queryRunner.query(`DROP INDEX "IDX_agenda_item_search"`);
    await queryRunner.query(`DROP FUNCTION kenes_doc(text, text, text)`);
  }
}
