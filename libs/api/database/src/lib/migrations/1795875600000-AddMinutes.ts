import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national default rules, version 3: version 2 plus who approves the minutes (`minutes.approval`,
 * product default: the chair). Frozen here: a later change of the domain's defaults arrives as a new
 * version in a new migration.
 */
const KZ_DEFAULT_RULE_SET_V3 = {
  "id": "kz-public-councils-default",
  "name": {
    "kk": "Қоғамдық кеңестер: заң бойынша әдепкі ережелер",
    "ru": "Общественные советы: правила по закону (по умолчанию)",
    "en": "Public councils: statutory defaults"
  },
  "jurisdiction": "KZ",
  "version": 3,
  "effectiveFrom": "2023-10-02",
  "rules": [
    {
      "code": "composition.civilSocietyShare",
      "severity": "hard",
      "value": {
        "kind": "share",
        "population": "council",
        "subject": "civilSociety",
        "comparison": "atLeast",
        "numerator": 2,
        "denominator": 3
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "1",
        "paragraph": "7"
      }
    },
    {
      "code": "composition.size",
      "severity": "hard",
      "value": {
        "kind": "sizeRange",
        "byLevel": {
          "republican": {
            "min": 15,
            "max": 30
          },
          "quasiPublic": {
            "min": 10,
            "max": 15
          }
        }
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "9",
        "paragraph": "3"
      }
    },
    {
      "code": "composition.maxPerOrganisation",
      "severity": "hard",
      "value": {
        "kind": "maxPerOrganisation",
        "max": 1,
        "identifiedBy": "bin"
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "9",
        "paragraph": "4"
      }
    },
    {
      "code": "composition.oneRepublicanCouncilPerPerson",
      "severity": "hard",
      "value": {
        "kind": "maxCouncilsPerPerson",
        "level": "republican",
        "max": 1
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "9",
        "paragraph": "4"
      }
    },
    {
      "code": "composition.chairNotCivilServant",
      "severity": "hard",
      "value": {
        "kind": "chairNotCivilServant"
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "13",
        "paragraph": "1"
      }
    },
    {
      "code": "composition.consecutiveTerms",
      "severity": "hard",
      "value": {
        "kind": "consecutiveTerms",
        "max": 2
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "9",
        "paragraph": "5"
      }
    },
    {
      "code": "term.years",
      "severity": "hard",
      "value": {
        "kind": "termLength",
        "years": 3
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "9",
        "paragraph": "8"
      }
    },
    {
      "code": "term.renewalLead",
      "severity": "hard",
      "value": {
        "kind": "renewalLead",
        "months": 2
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "9",
        "paragraph": "2"
      }
    },
    {
      "code": "workingGroup.stateShare",
      "severity": "hard",
      "value": {
        "kind": "share",
        "population": "workingGroup",
        "subject": "stateLinked",
        "comparison": "atMost",
        "numerator": 1,
        "denominator": 3
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "8",
        "paragraph": "1–3"
      }
    },
    {
      "code": "meetings.quorum",
      "severity": "hard",
      "value": {
        "kind": "quorum",
        "numerator": 2,
        "denominator": 3,
        "base": "allMembers",
        "rounding": "ceil"
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "13",
        "paragraph": "2"
      }
    },
    {
      "code": "meetings.majority",
      "severity": "hard",
      "value": {
        "kind": "majority",
        "type": "ofPresent",
        "tieBreak": "chairCasting"
      },
      "basis": {
        "act": {
          "id": "KZ-MODEL-REGULATION-69",
          "short": {
            "kk": "Үлгілік ереже (№ 69 бұйрық)",
            "ru": "Типовое положение (приказ № 69)",
            "en": "Model Regulation (order No. 69)"
          }
        },
        "confidence": "R"
      }
    },
    {
      "code": "meetings.frequency",
      "severity": "soft",
      "value": {
        "kind": "frequency",
        "activity": "meeting",
        "period": "quarter",
        "min": 1
      },
      "basis": {
        "act": {
          "id": "KZ-MODEL-REGULATION-69",
          "short": {
            "kk": "Үлгілік ереже (№ 69 бұйрық)",
            "ru": "Типовое положение (приказ № 69)",
            "en": "Model Regulation (order No. 69)"
          }
        },
        "confidence": "R"
      }
    },
    {
      "code": "meetings.notice",
      "severity": "soft",
      "value": {
        "kind": "noticePeriod",
        "event": "meeting",
        "amount": 3,
        "unit": "workingDays"
      },
      "basis": {
        "act": {
          "id": "KENES-DEFAULT",
          "short": {
            "kk": "жүйенің әдепкі баптауы (Үкімет ережелеріне ұқсас)",
            "ru": "настройка системы по умолчанию (по аналогии с правилами Правительства)",
            "en": "product default (by analogy with Government rules)"
          }
        },
        "confidence": "R"
      }
    },
    {
      "code": "publicity.informPopulation",
      "severity": "hard",
      "value": {
        "kind": "frequency",
        "activity": "informPopulation",
        "period": "year",
        "min": 2
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "7",
        "paragraph": "2",
        "subparagraph": "3"
      }
    },
    {
      "code": "publicHearing.notice",
      "severity": "hard",
      "value": {
        "kind": "noticePeriod",
        "event": "publicHearing",
        "amount": 10,
        "unit": "calendarDays"
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "21"
      }
    },
    {
      "code": "publicControl.hearingNotice",
      "severity": "hard",
      "value": {
        "kind": "noticePeriod",
        "event": "publicControlHearing",
        "amount": 3,
        "unit": "workingDays"
      },
      "basis": {
        "act": {
          "id": "KZ-30-VIII",
          "short": {
            "kk": "30-VIII Заң",
            "ru": "Закон 30-VIII",
            "en": "Law 30-VIII"
          }
        },
        "confidence": "C",
        "article": "13"
      }
    },
    {
      "code": "deadline.recommendation",
      "severity": "hard",
      "value": {
        "kind": "deadline",
        "documentType": "recommendation",
        "amount": 1,
        "unit": "months",
        "signatory": {
          "kk": "органның бірінші басшысы немесе оның міндетін атқарушы",
          "ru": "первый руководитель органа или лицо, исполняющее его обязанности",
          "en": "the first head of the body or the person acting for them"
        }
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "5",
        "paragraph": "2"
      }
    },
    {
      "code": "deadline.budgetProgramme",
      "severity": "hard",
      "value": {
        "kind": "deadline",
        "documentType": "budgetProgramme",
        "amount": 10,
        "unit": "workingDays"
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "5",
        "paragraph": "2"
      }
    },
    {
      "code": "deadline.publicControlFinalDocument",
      "severity": "hard",
      "value": {
        "kind": "deadline",
        "documentType": "publicControlFinalDocument",
        "amount": 7,
        "unit": "workingDays"
      },
      "basis": {
        "act": {
          "id": "KZ-30-VIII",
          "short": {
            "kk": "30-VIII Заң",
            "ru": "Закон 30-VIII",
            "en": "Law 30-VIII"
          }
        },
        "confidence": "C",
        "article": "13"
      }
    },
    {
      "code": "deadline.publicControlAnswer",
      "severity": "hard",
      "value": {
        "kind": "deadline",
        "documentType": "publicControlAnswer",
        "amount": 10,
        "unit": "workingDays"
      },
      "basis": {
        "act": {
          "id": "KZ-30-VIII",
          "short": {
            "kk": "30-VIII Заң",
            "ru": "Закон 30-VIII",
            "en": "Law 30-VIII"
          }
        },
        "confidence": "C",
        "article": "13"
      }
    },
    {
      "code": "deadline.citizenAppeal",
      "severity": "hard",
      "value": {
        "kind": "deadline",
        "documentType": "citizenAppeal",
        "amount": 15,
        "unit": "workingDays"
      },
      "basis": {
        "act": {
          "id": "KZ-APPC",
          "short": {
            "kk": "Әкімшілік рәсімдік-процестік кодекс",
            "ru": "АППК",
            "en": "Administrative Procedural Code"
          }
        },
        "confidence": "R"
      }
    },
    {
      "code": "deadline.minutesPublication",
      "severity": "soft",
      "value": {
        "kind": "deadline",
        "documentType": "minutesPublication",
        "amount": 5,
        "unit": "workingDays"
      },
      "basis": {
        "act": {
          "id": "KENES-DEFAULT",
          "short": {
            "kk": "жүйенің әдепкі баптауы (Үкімет ережелеріне ұқсас)",
            "ru": "настройка системы по умолчанию (по аналогии с правилами Правительства)",
            "en": "product default (by analogy with Government rules)"
          }
        },
        "confidence": "R"
      }
    },
    {
      "code": "obligations.clockStart",
      "severity": "hard",
      "value": {
        "kind": "clockStart",
        "on": "adoption"
      },
      "basis": {
        "act": {
          "id": "KENES-DEFAULT",
          "short": {
            "kk": "жүйенің әдепкі баптауы (Үкімет ережелеріне ұқсас)",
            "ru": "настройка системы по умолчанию (по аналогии с правилами Правительства)",
            "en": "product default (by analogy with Government rules)"
          }
        },
        "confidence": "R"
      }
    },
    {
      "code": "obligations.escalation",
      "severity": "soft",
      "value": {
        "kind": "escalationLadder",
        "steps": [
          {
            "code": "reminder",
            "offsetWorkingDays": -3
          },
          {
            "code": "overdueNotice",
            "offsetWorkingDays": 1
          },
          {
            "code": "headNotice",
            "offsetWorkingDays": 3
          },
          {
            "code": "supervisorNotice",
            "offsetWorkingDays": 10
          },
          {
            "code": "nextAgenda",
            "offsetWorkingDays": 10
          }
        ]
      },
      "basis": {
        "act": {
          "id": "KENES-DEFAULT",
          "short": {
            "kk": "жүйенің әдепкі баптауы (Үкімет ережелеріне ұқсас)",
            "ru": "настройка системы по умолчанию (по аналогии с правилами Правительства)",
            "en": "product default (by analogy with Government rules)"
          }
        },
        "confidence": "R"
      }
    },
    {
      "code": "minutes.approval",
      "severity": "soft",
      "value": {
        "kind": "minutesApproval",
        "by": "chair"
      },
      "basis": {
        "act": {
          "id": "KENES-DEFAULT",
          "short": {
            "kk": "жүйенің әдепкі баптауы (Үкімет ережелеріне ұқсас)",
            "ru": "настройка системы по умолчанию (по аналогии с правилами Правительства)",
            "en": "product default (by analogy with Government rules)"
          }
        },
        "confidence": "R"
      }
    },
    {
      "code": "membership.absenceLimit",
      "severity": "soft",
      "value": {
        "kind": "absenceLimit",
        "maxUnexcusedPerYear": 3
      },
      "basis": {
        "act": {
          "id": "KZ-383-V",
          "short": {
            "kk": "383-V Заң",
            "ru": "Закон 383-V",
            "en": "Law 383-V"
          }
        },
        "confidence": "C",
        "article": "15"
      }
    }
  ]
};

export class AddMinutes1795875600000 implements MigrationInterface {
  name = 'AddMinutes1795875600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "minutes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "council_id" uuid NOT NULL, "state" text NOT NULL, "current_version" integer NOT NULL, "due_on" date NOT NULL, "approved_by" text, "approval_motion_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "first_published_version" integer, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_minutes_meeting" UNIQUE ("meeting_id"), CONSTRAINT "CK_minutes_approved" CHECK ("state" = 'draft' OR "approved_at" IS NOT NULL), CONSTRAINT "CK_minutes_published" CHECK (("state" = 'published') = ("first_published_version" IS NOT NULL)), CONSTRAINT "CK_minutes_state" CHECK ("state" IN ('draft', 'approved', 'published')), CONSTRAINT "PK_6430e69788e26236b493d6fcc7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_43d0a55ea4f84eeb917fd358cf" ON "minutes"  ("council_id") `);
    await queryRunner.query(`CREATE TABLE "minutes_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "minutes_id" uuid NOT NULL, "version" integer NOT NULL, "kind" text NOT NULL, "document" jsonb NOT NULL, "sha256" text NOT NULL, "reason" text, "author_id" uuid, "author_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_minutes_version" UNIQUE ("minutes_id", "version"), CONSTRAINT "CK_minutes_version_reason" CHECK ("kind" <> 'publishedCorrection' OR length(trim("reason")) > 0), CONSTRAINT "CK_minutes_version_kind" CHECK ("kind" IN ('generated', 'edit', 'correction', 'dissent', 'publishedCorrection')), CONSTRAINT "PK_cbeb053c21d6a84e970c3957394" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "minutes_correction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "minutes_id" uuid NOT NULL, "item_id" uuid NOT NULL, "proposed_text" text NOT NULL, "comment" text, "proposer_id" uuid NOT NULL, "proposer_name" text NOT NULL, "state" text NOT NULL, "decline_reason" text, "resulting_version" integer, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_minutes_correction_accepted" CHECK (("state" = 'accepted') = ("resulting_version" IS NOT NULL)), CONSTRAINT "CK_minutes_correction_declined" CHECK (("state" = 'declined') = ("decline_reason" IS NOT NULL)), CONSTRAINT "CK_minutes_correction_state" CHECK ("state" IN ('pending', 'accepted', 'declined')), CONSTRAINT "PK_a874166bf6323d04410496401f5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0c550c5d35d738bbfe57b4207a" ON "minutes_correction"  ("minutes_id") `);
    await queryRunner.query(`CREATE TABLE "minutes_signature" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "minutes_id" uuid NOT NULL, "version" integer NOT NULL, "role" text NOT NULL, "user_id" uuid NOT NULL, "signer_name" text NOT NULL, "method" text NOT NULL, "evidence" jsonb NOT NULL DEFAULT '{}', "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_minutes_signature" UNIQUE ("minutes_id", "version", "role"), CONSTRAINT "CK_minutes_signature_role" CHECK ("role" IN ('chair', 'secretary')), CONSTRAINT "PK_1e926cbcc2b366404297dad546e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "minutes_reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "minutes_id" uuid NOT NULL, "code" text NOT NULL, "taken_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_minutes_reminder" UNIQUE ("minutes_id", "code"), CONSTRAINT "PK_da7ccfeab0bd01de4bd3868872f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "annual_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "year" integer NOT NULL, "state" text NOT NULL, "figures" jsonb NOT NULL, "summary" text NOT NULL DEFAULT '', "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "approved_by_name" text, "approved_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_annual_report" UNIQUE ("council_id", "year"), CONSTRAINT "CK_annual_report_state" CHECK ("state" IN ('draft', 'approved', 'published')), CONSTRAINT "PK_179c069d159f727564717be27a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "minutes" ADD CONSTRAINT "FK_b5f85480864d8582430e488a93d" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes" ADD CONSTRAINT "FK_43d0a55ea4f84eeb917fd358cfa" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_version" ADD CONSTRAINT "FK_0bd1db6d975831591b2224edd42" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_correction" ADD CONSTRAINT "FK_0c550c5d35d738bbfe57b4207a1" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_signature" ADD CONSTRAINT "FK_5d9359768421a57ef90fa6aa904" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minutes_reminder" ADD CONSTRAINT "FK_efbd0d52579911c0c8fb9b91ede" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "annual_report" ADD CONSTRAINT "FK_a579e6b94363178276bdccbfa4f" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Versions are append-only; a published minutes row moves only to publish a correction.
    await queryRunner.query(`CREATE FUNCTION kenes_minutes_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE s text;
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          RAISE EXCEPTION 'a version of the minutes is never changed' USING ERRCODE = 'KN003';
        END IF;
        SELECT state INTO s FROM minutes WHERE id = NEW.minutes_id;
        IF s = 'published' AND NEW.kind <> 'publishedCorrection' THEN
          RAISE EXCEPTION 'published minutes are locked' USING ERRCODE = 'KN003';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TR_minutes_version_guard" BEFORE INSERT OR UPDATE OR DELETE ON "minutes_version" FOR EACH ROW EXECUTE FUNCTION kenes_minutes_version_guard()`);
    await queryRunner.query(`CREATE FUNCTION kenes_minutes_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.state = 'published' THEN RAISE EXCEPTION 'published minutes are locked' USING ERRCODE = 'KN003'; END IF;
          RETURN OLD;
        END IF;
        IF OLD.state = 'published' THEN
          -- Only a published correction: the current version moves to a new publishedCorrection version, nothing else changes.
          IF NEW.state <> 'published' OR NEW.first_published_version IS DISTINCT FROM OLD.first_published_version
             OR NEW.approved_at IS DISTINCT FROM OLD.approved_at OR NEW.approved_by IS DISTINCT FROM OLD.approved_by
             OR NEW.published_at IS DISTINCT FROM OLD.published_at OR NEW.meeting_id <> OLD.meeting_id OR NEW.council_id <> OLD.council_id
             OR NEW.due_on <> OLD.due_on OR NEW.current_version <= OLD.current_version
             OR NOT EXISTS (SELECT 1 FROM minutes_version v WHERE v.minutes_id = NEW.id AND v.version = NEW.current_version AND v.kind = 'publishedCorrection') THEN
            RAISE EXCEPTION 'published minutes are locked' USING ERRCODE = 'KN003';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TR_minutes_guard" BEFORE UPDATE OR DELETE ON "minutes" FOR EACH ROW EXECUTE FUNCTION kenes_minutes_guard()`);
    await queryRunner.query(`CREATE FUNCTION kenes_minutes_children_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE s text;
      BEGIN
        SELECT state INTO s FROM minutes WHERE id = COALESCE(NEW.minutes_id, OLD.minutes_id);
        IF s = 'published' THEN
          RAISE EXCEPTION 'published minutes are locked' USING ERRCODE = 'KN003';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TR_minutes_correction_guard" BEFORE INSERT OR UPDATE OR DELETE ON "minutes_correction" FOR EACH ROW EXECUTE FUNCTION kenes_minutes_children_guard()`);
    await queryRunner.query(`CREATE TRIGGER "TR_minutes_signature_guard" BEFORE INSERT OR UPDATE OR DELETE ON "minutes_signature" FOR EACH ROW EXECUTE FUNCTION kenes_minutes_children_guard()`);
    await queryRunner.query(`CREATE FUNCTION kenes_annual_report_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state = 'published' THEN
          RAISE EXCEPTION 'a published annual report is locked' USING ERRCODE = 'KN003';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TR_annual_report_guard" BEFORE UPDATE OR DELETE ON "annual_report" FOR EACH ROW EXECUTE FUNCTION kenes_annual_report_guard()`);
    // Versions are only added; this one takes over from the same date (its new rule is an addition).
    await queryRunner.query(`INSERT INTO "rule_set" ("jurisdiction_id", "version", "effective_from", "body") VALUES (NULL, $1, $2, $3::jsonb)`, [
      KZ_DEFAULT_RULE_SET_V3.version,
      KZ_DEFAULT_RULE_SET_V3.effectiveFrom,
      JSON.stringify(KZ_DEFAULT_RULE_SET_V3),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "rule_set" WHERE "jurisdiction_id" IS NULL AND "version" = 3`);
    await queryRunner.query(`DROP TRIGGER "TR_annual_report_guard" ON "annual_report"`);
    await queryRunner.query(`DROP FUNCTION kenes_annual_report_guard()`);
    await queryRunner.query(`DROP TRIGGER "TR_minutes_signature_guard" ON "minutes_signature"`);
    await queryRunner.query(`DROP TRIGGER "TR_minutes_correction_guard" ON "minutes_correction"`);
    await queryRunner.query(`DROP FUNCTION kenes_minutes_children_guard()`);
    await queryRunner.query(`DROP TRIGGER "TR_minutes_guard" ON "minutes"`);
    await queryRunner.query(`DROP FUNCTION kenes_minutes_guard()`);
    await queryRunner.query(`DROP TRIGGER "TR_minutes_version_guard" ON "minutes_version"`);
    await queryRunner.query(`DROP FUNCTION kenes_minutes_version_guard()`);
    await queryRunner.query(`ALTER TABLE "annual_report" DROP CONSTRAINT "FK_a579e6b94363178276bdccbfa4f"`);
    await queryRunner.query(`ALTER TABLE "minutes_reminder" DROP CONSTRAINT "FK_efbd0d52579911c0c8fb9b91ede"`);
    await queryRunner.query(`ALTER TABLE "minutes_signature" DROP CONSTRAINT "FK_5d9359768421a57ef90fa6aa904"`);
    await queryRunner.query(`ALTER TABLE "minutes_correction" DROP CONSTRAINT "FK_0c550c5d35d738bbfe57b4207a1"`);
    await queryRunner.query(`ALTER TABLE "minutes_version" DROP CONSTRAINT "FK_0bd1db6d975831591b2224edd42"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_43d0a55ea4f84eeb917fd358cfa"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_b5f85480864d8582430e488a93d"`);
    await queryRunner.query(`DROP TABLE "annual_report"`);
    await queryRunner.query(`DROP TABLE "minutes_reminder"`);
    await queryRunner.query(`DROP TABLE "minutes_signature"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0c550c5d35d738bbfe57b4207a"`);
    await queryRunner.query(`DROP TABLE "minutes_correction"`);
    await queryRunner.query(`DROP TABLE "minutes_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_43d0a55ea4f84eeb917fd358cf"`);
    await queryRunner.query(`DROP TABLE "minutes"`);
  }
}
