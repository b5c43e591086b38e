import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national default rules, version 2: version 1 plus the meeting notice period and the response
 * clock's start and escalation ladder (product defaults, confidence R). Frozen here: a later change
 * of the domain's defaults arrives as a new version in a new migration.
 */
const KZ_DEFAULT_RULE_SET_V2 = {
  "id": "kz-public-councils-default",
  "name": {
    "kk": "Қоғамдық кеңестер: заң бойынша әдепкі ережелер",
    "ru": "Общественные советы: правила по закону (по умолчанию)",
    "en": "Public councils: statutory defaults"
  },
  "jurisdiction": "KZ",
  "version": 2,
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

export class AddObligations1795872993225 implements MigrationInterface {
  name = 'AddObligations1795872993225';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "recommendation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "motion_id" uuid NOT NULL, "council_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "number" integer NOT NULL, "title" jsonb NOT NULL, "text" text NOT NULL, "document_type" text NOT NULL, "adopted_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_recommendation_number" UNIQUE ("council_id", "number"), CONSTRAINT "UQ_recommendation_motion" UNIQUE ("motion_id"), CONSTRAINT "PK_17cb51984a6627ef2ce7370e23c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_17dd9cf0ff80d09fcb03fb126d" ON "recommendation"  ("council_id") `);
    await queryRunner.query(`CREATE TABLE "recommendation_point" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recommendation_id" uuid NOT NULL, "number" integer NOT NULL, "text" text NOT NULL, CONSTRAINT "UQ_recommendation_point_number" UNIQUE ("recommendation_id", "number"), CONSTRAINT "PK_59fedcb7743802a5dfa0dc51dbd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "obligation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recommendation_id" uuid NOT NULL, "body_id" uuid NOT NULL, "lead" boolean NOT NULL, "document_type" text NOT NULL, "state" text NOT NULL, "dispatched_on" date NOT NULL, "clock_start" date NOT NULL, "due" date NOT NULL, "clock_stopped_on" date, "escalation_level" integer NOT NULL DEFAULT '0', "extended_working_days" integer NOT NULL DEFAULT '0', "answered_on" date, "last_event_on" date NOT NULL, "explanation" jsonb NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE, "adequate" boolean, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_obligation_addressee" UNIQUE ("recommendation_id", "body_id"), CONSTRAINT "CK_obligation_state" CHECK ("state" IN ('dispatched', 'received', 'answered', 'overdue', 'escalated', 'reopened', 'closed')), CONSTRAINT "PK_3a70be17386980c9fec1df4d25d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_obligation_body_due" ON "obligation"  ("body_id", "due") `);
    await queryRunner.query(`CREATE TABLE "obligation_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "obligation_id" uuid NOT NULL, "seq" integer NOT NULL, "type" text NOT NULL, "date" date NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "actor_id" uuid, "actor_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_obligation_event_seq" UNIQUE ("obligation_id", "seq"), CONSTRAINT "PK_be432aff7c6ff91e275b96e5bcd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "escalation_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "obligation_id" uuid NOT NULL, "code" text NOT NULL, "clock_start" date NOT NULL, "due_on" date NOT NULL, "taken_on" date NOT NULL, "notified" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_escalation_step" UNIQUE ("obligation_id", "code", "clock_start"), CONSTRAINT "PK_3fd62e9b2e5234e16be069fb2b0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "obligation_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "obligation_id" uuid NOT NULL, "version" integer NOT NULL, "state" text NOT NULL, "summary" text NOT NULL DEFAULT '', "drafted_by" uuid, "signed_by" uuid, "signed_by_name" text, "signed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_obligation_answer_version" UNIQUE ("obligation_id", "version"), CONSTRAINT "CK_obligation_answer_signed" CHECK (("state" = 'signed') = ("signed_at" IS NOT NULL AND "signed_by_name" IS NOT NULL)), CONSTRAINT "CK_obligation_answer_state" CHECK ("state" IN ('draft', 'signed')), CONSTRAINT "PK_22c3bd4d9197be139ef2830c6c8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "answer_point" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "answer_id" uuid NOT NULL, "point_id" uuid NOT NULL, "verdict" text NOT NULL, "scope" text, "reasons" text, "study_until" date, "commitment_owner" text, "commitment_due" date, CONSTRAINT "UQ_answer_point" UNIQUE ("answer_id", "point_id"), CONSTRAINT "CK_answer_point_commitment" CHECK ("verdict" NOT IN ('accepted', 'partlyAccepted') OR ("commitment_owner" IS NOT NULL AND "commitment_due" IS NOT NULL)), CONSTRAINT "CK_answer_point_study" CHECK ("verdict" <> 'needsStudy' OR "study_until" IS NOT NULL), CONSTRAINT "CK_answer_point_partly" CHECK ("verdict" <> 'partlyAccepted' OR length(trim("scope")) > 0), CONSTRAINT "CK_answer_point_rejected" CHECK ("verdict" <> 'rejected' OR length(trim("reasons")) > 0), CONSTRAINT "CK_answer_point_verdict" CHECK ("verdict" IN ('accepted', 'partlyAccepted', 'rejected', 'needsStudy')), CONSTRAINT "PK_e01687727445aad11fb859b2155" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c3d9c7be500dc5dab6ef092ba4" ON "answer_point"  ("point_id") `);
    await queryRunner.query(`CREATE TABLE "commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "answer_point_id" uuid NOT NULL, "obligation_id" uuid NOT NULL, "body_id" uuid NOT NULL, "point_id" uuid NOT NULL, "title" text NOT NULL, "owner" text NOT NULL, "due" date NOT NULL, "state" text NOT NULL, "done_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_commitment_answer_point" UNIQUE ("answer_point_id"), CONSTRAINT "CK_commitment_done" CHECK (("state" = 'done') = ("done_on" IS NOT NULL)), CONSTRAINT "CK_commitment_state" CHECK ("state" IN ('open', 'done', 'disputed')), CONSTRAINT "PK_7a0899978d100f72269b3045d7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6a15632e00587cec2c3c56abba" ON "commitment"  ("obligation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_commitment_body" ON "commitment"  ("body_id", "state") `);
    await queryRunner.query(`CREATE TABLE "commitment_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "evidence" jsonb NOT NULL DEFAULT '[]', "author_id" uuid, "author_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_commitment_update_evidence" CHECK ("kind" NOT IN ('done', 'dispute') OR jsonb_array_length("evidence") > 0), CONSTRAINT "CK_commitment_update_kind" CHECK ("kind" IN ('progress', 'done', 'dispute', 'reopened')), CONSTRAINT "PK_d790904ec3d9d23f4e1cf599638" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_commitment_update_commitment" ON "commitment_update"  ("commitment_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "evidence_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid, "file_name" text NOT NULL, "media_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f54e0261bc7f0350c7eae30736a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "holiday_year" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jurisdiction_id" uuid, "year" integer NOT NULL, "dated_holidays" jsonb NOT NULL DEFAULT '[]', "extra_days_off" jsonb NOT NULL DEFAULT '[]', "working_days" jsonb NOT NULL DEFAULT '[]', "confirmed" boolean NOT NULL DEFAULT false, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_holiday_year_year" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "PK_43bfc831a1d4432d116f0cba2ce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9d50222140d4b6f2c0cf84978d" ON "holiday_year"  ("jurisdiction_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_holiday_year_jurisdiction" ON "holiday_year"  ("jurisdiction_id", "year") WHERE "jurisdiction_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_holiday_year_national" ON "holiday_year"  ("year") WHERE "jurisdiction_id" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_8c8817d1aec93690bcf49f8218" ON "meeting_invitee"  ("state_body_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d96aedd6d02593df4f3eb16c18" ON "agenda_item"  ("related_body_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_060054f963d2a29024319dae95" ON "item_comment"  ("parent_id") `);
    await queryRunner.query(`ALTER TABLE "recommendation" ADD CONSTRAINT "FK_67af01499bd4f2ee75f13c12146" FOREIGN KEY ("motion_id") REFERENCES "motion"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation" ADD CONSTRAINT "FK_17dd9cf0ff80d09fcb03fb126d0" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_point" ADD CONSTRAINT "FK_9f0db29f8bde116507233a464a1" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "obligation" ADD CONSTRAINT "FK_bd039482ddd4d41639f7fb99af5" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "obligation" ADD CONSTRAINT "FK_f49f3c4d7e65f7249b511ad2b44" FOREIGN KEY ("body_id") REFERENCES "state_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "obligation_event" ADD CONSTRAINT "FK_dc5b6445ee9d8e1362c269fc19c" FOREIGN KEY ("obligation_id") REFERENCES "obligation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "escalation_step" ADD CONSTRAINT "FK_94c3bb668c0a946000ff34c1884" FOREIGN KEY ("obligation_id") REFERENCES "obligation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "obligation_answer" ADD CONSTRAINT "FK_09f80e600cbd3dec1ca910d01d8" FOREIGN KEY ("obligation_id") REFERENCES "obligation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answer_point" ADD CONSTRAINT "FK_72fb1d9f6713645b9ff2955c655" FOREIGN KEY ("answer_id") REFERENCES "obligation_answer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answer_point" ADD CONSTRAINT "FK_c3d9c7be500dc5dab6ef092ba43" FOREIGN KEY ("point_id") REFERENCES "recommendation_point"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitment" ADD CONSTRAINT "FK_7b47b9cbf96072721c57846008d" FOREIGN KEY ("answer_point_id") REFERENCES "answer_point"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitment" ADD CONSTRAINT "FK_6a15632e00587cec2c3c56abba2" FOREIGN KEY ("obligation_id") REFERENCES "obligation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitment_update" ADD CONSTRAINT "FK_14bf93ca4b0bc27ce6834588b5e" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "holiday_year" ADD CONSTRAINT "FK_9d50222140d4b6f2c0cf84978d1" FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdiction"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Versions are only added; this one takes over from the same date (its new rules are additions).
    await queryRunner.query(`INSERT INTO "rule_set" ("jurisdiction_id", "version", "effective_from", "body") VALUES (NULL, $1, $2, $3::jsonb)`, [
      KZ_DEFAULT_RULE_SET_V2.version,
      KZ_DEFAULT_RULE_SET_V2.effectiveFrom,
      JSON.stringify(KZ_DEFAULT_RULE_SET_V2),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "rule_set" WHERE "jurisdiction_id" IS NULL AND "version" = 2`);
    await queryRunner.query(`ALTER TABLE "holiday_year" DROP CONSTRAINT "FK_9d50222140d4b6f2c0cf84978d1"`);
    await queryRunner.query(`ALTER TABLE "commitment_update" DROP CONSTRAINT "FK_14bf93ca4b0bc27ce6834588b5e"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_6a15632e00587cec2c3c56abba2"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_7b47b9cbf96072721c57846008d"`);
    await queryRunner.query(`ALTER TABLE "answer_point" DROP CONSTRAINT "FK_c3d9c7be500dc5dab6ef092ba43"`);
    await queryRunner.query(`ALTER TABLE "answer_point" DROP CONSTRAINT "FK_72fb1d9f6713645b9ff2955c655"`);
    await queryRunner.query(`ALTER TABLE "obligation_answer" DROP CONSTRAINT "FK_09f80e600cbd3dec1ca910d01d8"`);
    await queryRunner.query(`ALTER TABLE "escalation_step" DROP CONSTRAINT "FK_94c3bb668c0a946000ff34c1884"`);
    await queryRunner.query(`ALTER TABLE "obligation_event" DROP CONSTRAINT "FK_dc5b6445ee9d8e1362c269fc19c"`);
    await queryRunner.query(`ALTER TABLE "obligation" DROP CONSTRAINT "FK_f49f3c4d7e65f7249b511ad2b44"`);
    await queryRunner.query(`ALTER TABLE "obligation" DROP CONSTRAINT "FK_bd039482ddd4d41639f7fb99af5"`);
    await queryRunner.query(`ALTER TABLE "recommendation_point" DROP CONSTRAINT "FK_9f0db29f8bde116507233a464a1"`);
    await queryRunner.query(`ALTER TABLE "recommendation" DROP CONSTRAINT "FK_17dd9cf0ff80d09fcb03fb126d0"`);
    await queryRunner.query(`ALTER TABLE "recommendation" DROP CONSTRAINT "FK_67af01499bd4f2ee75f13c12146"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_060054f963d2a29024319dae95"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d96aedd6d02593df4f3eb16c18"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c8817d1aec93690bcf49f8218"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_holiday_year_national"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_holiday_year_jurisdiction"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d50222140d4b6f2c0cf84978d"`);
    await queryRunner.query(`DROP TABLE "holiday_year"`);
    await queryRunner.query(`DROP TABLE "evidence_file"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_commitment_update_commitment"`);
    await queryRunner.query(`DROP TABLE "commitment_update"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_commitment_body"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a15632e00587cec2c3c56abba"`);
    await queryRunner.query(`DROP TABLE "commitment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c3d9c7be500dc5dab6ef092ba4"`);
    await queryRunner.query(`DROP TABLE "answer_point"`);
    await queryRunner.query(`DROP TABLE "obligation_answer"`);
    await queryRunner.query(`DROP TABLE "escalation_step"`);
    await queryRunner.query(`DROP TABLE "obligation_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_obligation_body_due"`);
    await queryRunner.query(`DROP TABLE "obligation"`);
    await queryRunner.query(`DROP TABLE "recommendation_point"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_17dd9cf0ff80d09fcb03fb126d"`);
    await queryRunner.query(`DROP TABLE "recommendation"`);
  }
}
