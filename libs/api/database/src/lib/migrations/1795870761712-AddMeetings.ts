import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMeetings1795870761712 implements MigrationInterface {
  name = 'AddMeetings1795870761712';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "person_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_person_account_user" UNIQUE ("user_id"), CONSTRAINT "PK_31a014bb67020155ba0aaa6f94a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9524c73cb2b007afed3d92af20" ON "person_account"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "convocation_id" uuid NOT NULL, "number" integer NOT NULL, "type" text NOT NULL, "state" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "place" jsonb, "online_url" text, "livestream_url" text, "announced_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "current_item_id" uuid, "revision" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_meeting_council_number" UNIQUE ("council_id", "number"), CONSTRAINT "CK_meeting_cancel_reason" CHECK (("state" = 'cancelled') = ("cancel_reason" IS NOT NULL)), CONSTRAINT "CK_meeting_period" CHECK ("ends_at" IS NULL OR "ends_at" > "starts_at"), CONSTRAINT "CK_meeting_state" CHECK ("state" IN ('draft', 'announced', 'inSession', 'closed', 'minutesApproved', 'published', 'cancelled')), CONSTRAINT "CK_meeting_type" CHECK ("type" IN ('regular', 'extraordinary', 'publicHearing', 'constituent')), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c6608cb5bcf0b0f4108a33cce2" ON "meeting"  ("convocation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_meeting_council_starts" ON "meeting"  ("council_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "meeting_invitee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "email" text, "state_body_id" uuid, CONSTRAINT "CK_meeting_invitee_kind" CHECK ("kind" IN ('stateBody', 'media', 'expert', 'public')), CONSTRAINT "PK_e24acce90bb02a11e75648f151b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a49661a8b716afb26846f5d43a" ON "meeting_invitee"  ("meeting_id") `);
    await queryRunner.query(`CREATE TABLE "agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "title" jsonb NOT NULL, "category" text NOT NULL, "source" text NOT NULL, "rapporteur" text, "related_body_id" uuid, "public_comments_open" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_agenda_item_position" UNIQUE ("meeting_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "CK_agenda_item_position" CHECK ("position" > 0), CONSTRAINT "CK_agenda_item_source" CHECK ("source" IN ('member', 'citizen', 'stateBody', 'secretary')), CONSTRAINT "CK_agenda_item_category" CHECK ("category" IN ('budgetProgramme', 'strategicPlan', 'draftRegulation', 'headReport', 'citizenAppeal', 'publicControl', 'ownInitiative', 'other')), CONSTRAINT "PK_413623e61232799619c2e0a1d42" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4d88141b534e8aad85bb583eb3" ON "agenda_item"  ("meeting_id") `);
    await queryRunner.query(`CREATE TABLE "agenda_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "file_name" text NOT NULL, "media_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_agenda_document_size" CHECK ("size_bytes" > 0), CONSTRAINT "PK_038f542ba3fbb0c3425ecaa7b61" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8dc9e978041698e2fee7d10a2c" ON "agenda_document"  ("item_id") `);
    await queryRunner.query(`CREATE TABLE "agenda_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "source" text NOT NULL, "proposer_user_id" uuid, "proposer_name" text NOT NULL, "proposer_email" text, "title" text NOT NULL, "description" text NOT NULL, "category" text NOT NULL, "status" text NOT NULL, "decline_reason" text, "agenda_item_id" uuid, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_agenda_proposal_accepted" CHECK (("status" = 'accepted') = ("agenda_item_id" IS NOT NULL)), CONSTRAINT "CK_agenda_proposal_declined" CHECK (("status" = 'declined') = ("decline_reason" IS NOT NULL)), CONSTRAINT "CK_agenda_proposal_category" CHECK ("category" IN ('budgetProgramme', 'strategicPlan', 'draftRegulation', 'headReport', 'citizenAppeal', 'publicControl', 'ownInitiative', 'other')), CONSTRAINT "CK_agenda_proposal_source" CHECK ("source" IN ('member', 'citizen', 'stateBody', 'secretary')), CONSTRAINT "CK_agenda_proposal_status" CHECK ("status" IN ('pending', 'accepted', 'declined')), CONSTRAINT "PK_3e84751eaac7832d13080af957d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_agenda_proposal_council_status" ON "agenda_proposal"  ("council_id", "status") `);
    await queryRunner.query(`CREATE TABLE "attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" text NOT NULL, "absence_reason" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_attendance_meeting_person" UNIQUE ("meeting_id", "person_id"), CONSTRAINT "CK_attendance_reason" CHECK ("status" = 'absent' OR "absence_reason" IS NULL), CONSTRAINT "CK_attendance_status" CHECK ("status" IN ('inPerson', 'remote', 'absent')), CONSTRAINT "PK_ee0ffe42c1f1a01e72b725c0cb2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_86687a3aa35d66a5613e23ddd6" ON "attendance"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "conflict_declaration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "person_id" uuid NOT NULL, "reason" text NOT NULL, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_conflict_item_person" UNIQUE ("item_id", "person_id"), CONSTRAINT "PK_5802a1298ed7a133a21d15de998" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bd96c91f16a63a86a020b8ea2a" ON "conflict_declaration"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "motion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "number" integer NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "points" jsonb NOT NULL, "state" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "quorum_at_open" jsonb, "result" jsonb, "correction_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_motion_item_number" UNIQUE ("item_id", "number"), CONSTRAINT "CK_motion_opened" CHECK ("state" = 'draft' OR "opened_at" IS NOT NULL), CONSTRAINT "CK_motion_result" CHECK (("state" = 'closed') = ("result" IS NOT NULL)), CONSTRAINT "CK_motion_state" CHECK ("state" IN ('draft', 'open', 'closed')), CONSTRAINT "CK_motion_kind" CHECK ("kind" IN ('decision', 'recommendation')), CONSTRAINT "PK_6b577ebda54089e75b75f98058d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b5c4cbdc8f32bc27e7cac3587c" ON "motion"  ("item_id") `);
    await queryRunner.query(`CREATE TABLE "motion_addressee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "motion_id" uuid NOT NULL, "state_body_id" uuid NOT NULL, "lead" boolean NOT NULL, CONSTRAINT "UQ_motion_addressee" UNIQUE ("motion_id", "state_body_id"), CONSTRAINT "PK_12a6f64de8761f4e9c033334c47" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4bded3c149c745b14a8b91a187" ON "motion_addressee"  ("state_body_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_motion_addressee_lead" ON "motion_addressee"  ("motion_id") WHERE "lead"`);
    await queryRunner.query(`CREATE TABLE "vote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "motion_id" uuid NOT NULL, "person_id" uuid NOT NULL, "choice" text NOT NULL, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_vote_motion_person" UNIQUE ("motion_id", "person_id"), CONSTRAINT "CK_vote_choice" CHECK ("choice" IN ('for', 'against', 'abstain')), CONSTRAINT "PK_2d5932d46afe39c8176f9d4be72" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0a1bd6bf2c62377f9dbe1a70e1" ON "vote"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "motion_correction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "motion_id" uuid NOT NULL, "seq" integer NOT NULL, "reason" text NOT NULL, "before" jsonb NOT NULL, "after" jsonb NOT NULL, "corrected_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_motion_correction_seq" UNIQUE ("motion_id", "seq"), CONSTRAINT "PK_1f0f7c3004ab470075bddc9944d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "item_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "parent_id" uuid, "author_user_id" uuid NOT NULL, "author_name" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3bdf85904e05c2f668f196d99d3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_item_comment_item" ON "item_comment"  ("item_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "public_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "author_name" text NOT NULL, "body" text NOT NULL, "status" text NOT NULL, "moderation_reason" text, "source_hash" text NOT NULL, "moderated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_public_comment_rejected" CHECK (("status" = 'rejected') = ("moderation_reason" IS NOT NULL)), CONSTRAINT "CK_public_comment_status" CHECK ("status" IN ('pending', 'approved', 'rejected')), CONSTRAINT "PK_fb009bc37e653db9f0a22969c42" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_public_comment_source" ON "public_comment"  ("source_hash", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_public_comment_item" ON "public_comment"  ("item_id", "status") `);
    await queryRunner.query(`ALTER TABLE "person_account" ADD CONSTRAINT "FK_9524c73cb2b007afed3d92af208" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "person_account" ADD CONSTRAINT "FK_2936242a37688b7f25da18e6396" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_37af6613b70efa1d1dc44789fd2" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_c6608cb5bcf0b0f4108a33cce2d" FOREIGN KEY ("convocation_id") REFERENCES "convocation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_invitee" ADD CONSTRAINT "FK_a49661a8b716afb26846f5d43a5" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_invitee" ADD CONSTRAINT "FK_8c8817d1aec93690bcf49f82181" FOREIGN KEY ("state_body_id") REFERENCES "state_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_4d88141b534e8aad85bb583eb3b" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_d96aedd6d02593df4f3eb16c180" FOREIGN KEY ("related_body_id") REFERENCES "state_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_document" ADD CONSTRAINT "FK_8dc9e978041698e2fee7d10a2c4" FOREIGN KEY ("item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_proposal" ADD CONSTRAINT "FK_c6fbc6e83acff3409783f7ce869" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance" ADD CONSTRAINT "FK_fedd75244556b90cd6a92b7c149" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance" ADD CONSTRAINT "FK_86687a3aa35d66a5613e23ddd65" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conflict_declaration" ADD CONSTRAINT "FK_2f691ecd785d159969274973c6d" FOREIGN KEY ("item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conflict_declaration" ADD CONSTRAINT "FK_bd96c91f16a63a86a020b8ea2ad" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "motion" ADD CONSTRAINT "FK_b5c4cbdc8f32bc27e7cac3587c8" FOREIGN KEY ("item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "motion_addressee" ADD CONSTRAINT "FK_1a9d6e465e36a11336f45078bda" FOREIGN KEY ("motion_id") REFERENCES "motion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "motion_addressee" ADD CONSTRAINT "FK_4bded3c149c745b14a8b91a1877" FOREIGN KEY ("state_body_id") REFERENCES "state_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vote" ADD CONSTRAINT "FK_7a163117aaf98b1ae83ed27b2eb" FOREIGN KEY ("motion_id") REFERENCES "motion"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vote" ADD CONSTRAINT "FK_0a1bd6bf2c62377f9dbe1a70e11" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "motion_correction" ADD CONSTRAINT "FK_148640e05f78bc7da9fa0bd8f16" FOREIGN KEY ("motion_id") REFERENCES "motion"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "item_comment" ADD CONSTRAINT "FK_0ff93d037a230fc5f6fa64fab00" FOREIGN KEY ("item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "item_comment" ADD CONSTRAINT "FK_060054f963d2a29024319dae950" FOREIGN KEY ("parent_id") REFERENCES "item_comment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "public_comment" ADD CONSTRAINT "FK_40d571fa9a1586e137112c012ca" FOREIGN KEY ("item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // A vote counts only while its motion is open: the database refuses any other write, whatever
    // the application does (castVote also share-locks the motion; closeVote locks it exclusively).
    await queryRunner.query(`CREATE FUNCTION kenes_vote_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE s text;
      BEGIN
        SELECT state INTO s FROM motion WHERE id = COALESCE(NEW.motion_id, OLD.motion_id);
        IF s IS DISTINCT FROM 'open' THEN
          RAISE EXCEPTION 'vote on a motion that is not open' USING ERRCODE = 'KN001';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TR_vote_guard" BEFORE INSERT OR UPDATE OR DELETE ON "vote" FOR EACH ROW EXECUTE FUNCTION kenes_vote_guard()`);
    // What was voted on never changes once the vote opened; a closed result changes only together
    // with a recorded correction (a motion_correction row carrying the new sequence number).
    await queryRunner.query(`CREATE FUNCTION kenes_motion_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state <> 'draft' AND (NEW.text IS DISTINCT FROM OLD.text OR NEW.points IS DISTINCT FROM OLD.points
            OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.item_id IS DISTINCT FROM OLD.item_id) THEN
          RAISE EXCEPTION 'a motion cannot be edited once its vote has opened' USING ERRCODE = 'KN002';
        END IF;
        IF OLD.state = 'open' AND NEW.state = 'draft' THEN
          RAISE EXCEPTION 'an open vote cannot return to draft' USING ERRCODE = 'KN002';
        END IF;
        IF OLD.state = 'closed' THEN
          IF NEW.state <> 'closed' OR NEW.closed_at IS DISTINCT FROM OLD.closed_at OR NEW.quorum_at_open IS DISTINCT FROM OLD.quorum_at_open THEN
            RAISE EXCEPTION 'a closed vote cannot be reopened' USING ERRCODE = 'KN002';
          END IF;
          IF NEW.result IS DISTINCT FROM OLD.result OR NEW.correction_count IS DISTINCT FROM OLD.correction_count THEN
            IF NEW.correction_count <> OLD.correction_count + 1 OR NOT EXISTS (
                SELECT 1 FROM motion_correction c WHERE c.motion_id = OLD.id AND c.seq = NEW.correction_count AND c.after = NEW.result) THEN
              RAISE EXCEPTION 'a closed result changes only through a recorded correction' USING ERRCODE = 'KN002';
            END IF;
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TR_motion_guard" BEFORE UPDATE ON "motion" FOR EACH ROW EXECUTE FUNCTION kenes_motion_guard()`);
    await queryRunner.query(`CREATE FUNCTION kenes_motion_delete_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state <> 'draft' THEN
          RAISE EXCEPTION 'a motion that was put to the vote is part of the record' USING ERRCODE = 'KN002';
        END IF;
        RETURN OLD;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TR_motion_delete_guard" BEFORE DELETE ON "motion" FOR EACH ROW EXECUTE FUNCTION kenes_motion_delete_guard()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TR_motion_delete_guard" ON "motion"`);
    await queryRunner.query(`DROP FUNCTION kenes_motion_delete_guard()`);
    await queryRunner.query(`DROP TRIGGER "TR_motion_guard" ON "motion"`);
    await queryRunner.query(`DROP FUNCTION kenes_motion_guard()`);
    await queryRunner.query(`DROP TRIGGER "TR_vote_guard" ON "vote"`);
    await queryRunner.query(`DROP FUNCTION kenes_vote_guard()`);
    await queryRunner.query(`ALTER TABLE "public_comment" DROP CONSTRAINT "FK_40d571fa9a1586e137112c012ca"`);
    await queryRunner.query(`ALTER TABLE "item_comment" DROP CONSTRAINT "FK_060054f963d2a29024319dae950"`);
    await queryRunner.query(`ALTER TABLE "item_comment" DROP CONSTRAINT "FK_0ff93d037a230fc5f6fa64fab00"`);
    await queryRunner.query(`ALTER TABLE "motion_correction" DROP CONSTRAINT "FK_148640e05f78bc7da9fa0bd8f16"`);
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "FK_0a1bd6bf2c62377f9dbe1a70e11"`);
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "FK_7a163117aaf98b1ae83ed27b2eb"`);
    await queryRunner.query(`ALTER TABLE "motion_addressee" DROP CONSTRAINT "FK_4bded3c149c745b14a8b91a1877"`);
    await queryRunner.query(`ALTER TABLE "motion_addressee" DROP CONSTRAINT "FK_1a9d6e465e36a11336f45078bda"`);
    await queryRunner.query(`ALTER TABLE "motion" DROP CONSTRAINT "FK_b5c4cbdc8f32bc27e7cac3587c8"`);
    await queryRunner.query(`ALTER TABLE "conflict_declaration" DROP CONSTRAINT "FK_bd96c91f16a63a86a020b8ea2ad"`);
    await queryRunner.query(`ALTER TABLE "conflict_declaration" DROP CONSTRAINT "FK_2f691ecd785d159969274973c6d"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "FK_86687a3aa35d66a5613e23ddd65"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "FK_fedd75244556b90cd6a92b7c149"`);
    await queryRunner.query(`ALTER TABLE "agenda_proposal" DROP CONSTRAINT "FK_c6fbc6e83acff3409783f7ce869"`);
    await queryRunner.query(`ALTER TABLE "agenda_document" DROP CONSTRAINT "FK_8dc9e978041698e2fee7d10a2c4"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_d96aedd6d02593df4f3eb16c180"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_4d88141b534e8aad85bb583eb3b"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitee" DROP CONSTRAINT "FK_8c8817d1aec93690bcf49f82181"`);
    await queryRunner.query(`ALTER TABLE "meeting_invitee" DROP CONSTRAINT "FK_a49661a8b716afb26846f5d43a5"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_c6608cb5bcf0b0f4108a33cce2d"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_37af6613b70efa1d1dc44789fd2"`);
    await queryRunner.query(`ALTER TABLE "person_account" DROP CONSTRAINT "FK_2936242a37688b7f25da18e6396"`);
    await queryRunner.query(`ALTER TABLE "person_account" DROP CONSTRAINT "FK_9524c73cb2b007afed3d92af208"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_public_comment_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_public_comment_source"`);
    await queryRunner.query(`DROP TABLE "public_comment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_item_comment_item"`);
    await queryRunner.query(`DROP TABLE "item_comment"`);
    await queryRunner.query(`DROP TABLE "motion_correction"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0a1bd6bf2c62377f9dbe1a70e1"`);
    await queryRunner.query(`DROP TABLE "vote"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_motion_addressee_lead"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4bded3c149c745b14a8b91a187"`);
    await queryRunner.query(`DROP TABLE "motion_addressee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b5c4cbdc8f32bc27e7cac3587c"`);
    await queryRunner.query(`DROP TABLE "motion"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bd96c91f16a63a86a020b8ea2a"`);
    await queryRunner.query(`DROP TABLE "conflict_declaration"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_86687a3aa35d66a5613e23ddd6"`);
    await queryRunner.query(`DROP TABLE "attendance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_agenda_proposal_council_status"`);
    await queryRunner.query(`DROP TABLE "agenda_proposal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8dc9e978041698e2fee7d10a2c"`);
    await queryRunner.query(`DROP TABLE "agenda_document"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d88141b534e8aad85bb583eb3"`);
    await queryRunner.query(`DROP TABLE "agenda_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a49661a8b716afb26846f5d43a"`);
    await queryRunner.query(`DROP TABLE "meeting_invitee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_council_starts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c6608cb5bcf0b0f4108a33cce2"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9524c73cb2b007afed3d92af20"`);
    await queryRunner.query(`DROP TABLE "person_account"`);
  }
}
