/**
 * JSON Schema (draft-07) of the Popolo export with Kenes's extension. Served at
 * /open-data/schema/popolo-kenes.schema.json and kept in docs/open-data (a test checks they match).
 * Popolo: https://www.popoloproject.com/specs/ — persons, organizations, memberships, events,
 * motions, vote events; Kenes adds `kenes:`-prefixed properties and `kenes:recommendations`.
 */
const idRef = { type: 'string', pattern: '^[a-z-]+/[0-9a-f-]{36}$' };
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const dateTime = { type: 'string', format: 'date-time' };
const nullableDate = { anyOf: [date, { type: 'null' }] };

export const POPOLO_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://kenes.kz/open-data/schema/popolo-kenes.schema.json',
  title: 'Kenes public council (Popolo with the Kenes extension)',
  type: 'object',
  required: ['language', 'organizations', 'persons', 'memberships', 'events', 'motions', 'vote_events', 'kenes:recommendations'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    language: { enum: ['kk', 'ru', 'en'] },
    organizations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'classification'],
        properties: {
          id: idRef,
          name: { type: 'string' },
          classification: { enum: ['public council', 'state body'] },
          parent_id: idRef,
          'kenes:level': { type: 'string' },
          'kenes:jurisdiction': { type: 'string' },
          'kenes:kind': { type: 'string' },
        },
        additionalProperties: false,
      },
    },
    persons: {
      type: 'array',
      items: { type: 'object', required: ['id', 'name'], properties: { id: idRef, name: { type: 'string', minLength: 1 } }, additionalProperties: false },
    },
    memberships: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'person_id', 'organization_id', 'role', 'start_date', 'kenes:category', 'kenes:state_linked'],
        properties: {
          id: idRef,
          person_id: idRef,
          organization_id: idRef,
          role: { type: 'string' },
          start_date: date,
          end_date: date,
          'kenes:end_reason': { type: ['string', 'null'] },
          'kenes:category': { type: 'string' },
          'kenes:state_linked': { type: 'boolean' },
        },
        additionalProperties: false,
      },
    },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'classification', 'start_date', 'organization_id', 'kenes:state'],
        properties: {
          id: idRef,
          name: { type: 'string' },
          classification: { enum: ['regular', 'extraordinary', 'publicHearing', 'constituent'] },
          start_date: dateTime,
          end_date: dateTime,
          organization_id: idRef,
          'kenes:state': { enum: ['announced', 'inSession', 'closed', 'minutesApproved', 'published', 'cancelled'] },
        },
        additionalProperties: false,
      },
    },
    motions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'organization_id', 'legislative_session_id', 'text', 'classification', 'kenes:points', 'kenes:item'],
        properties: {
          id: idRef,
          organization_id: idRef,
          legislative_session_id: idRef,
          text: { type: 'string' },
          classification: { enum: ['decision', 'recommendation'] },
          date: dateTime,
          result: { enum: ['pass', 'fail'] },
          'kenes:points': { type: 'array', items: { type: 'string' } },
          'kenes:item': { type: 'string' },
        },
        additionalProperties: false,
      },
    },
    vote_events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'motion_id', 'organization_id', 'result', 'counts', 'votes'],
        properties: {
          id: idRef,
          motion_id: idRef,
          organization_id: idRef,
          legislative_session_id: idRef,
          start_date: dateTime,
          end_date: dateTime,
          result: { enum: ['pass', 'fail'] },
          counts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['option', 'value'],
              properties: { option: { enum: ['yes', 'no', 'abstain', 'kenes:recused'] }, value: { type: 'integer', minimum: 0 } },
              additionalProperties: false,
            },
          },
          votes: {
            type: 'array',
            items: {
              type: 'object',
              required: ['voter_id', 'option'],
              properties: { voter_id: idRef, option: { enum: ['yes', 'no', 'abstain'] } },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    },
    'kenes:recommendations': {
      description: 'Kenes extension: adopted recommendations and what each addressed state body owes, answered and committed.',
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'number', 'motion_id', 'title', 'text', 'adopted_on', 'document_type', 'points', 'obligations'],
        properties: {
          id: idRef,
          number: { type: 'integer', minimum: 1 },
          motion_id: idRef,
          title: { type: 'string' },
          text: { type: 'string' },
          adopted_on: date,
          document_type: { enum: ['recommendation', 'budgetProgramme'] },
          points: {
            type: 'array',
            items: { type: 'object', required: ['number', 'text'], properties: { number: { type: 'integer' }, text: { type: 'string' } }, additionalProperties: false },
          },
          obligations: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'organization_id', 'lead', 'state', 'dispatched_on', 'due', 'trail', 'responses', 'commitments'],
              properties: {
                id: idRef,
                organization_id: idRef,
                lead: { type: 'boolean' },
                state: { enum: ['dispatched', 'received', 'answered', 'overdue', 'escalated', 'reopened', 'closed'] },
                dispatched_on: date,
                due: date,
                answered_on: nullableDate,
                escalation_level: { type: 'integer', minimum: 0 },
                adequate: { type: ['boolean', 'null'] },
                trail: {
                  type: 'array',
                  items: { type: 'object', required: ['type', 'date'], properties: { type: { type: 'string' }, date }, additionalProperties: false },
                },
                responses: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['version', 'point', 'verdict', 'signed_by', 'signed_at'],
                    properties: {
                      version: { type: 'integer', minimum: 1 },
                      point: { type: 'integer', minimum: 1 },
                      verdict: { enum: ['accepted', 'partlyAccepted', 'rejected', 'needsStudy'] },
                      scope: { type: ['string', 'null'] },
                      reasons: { type: ['string', 'null'] },
                      study_until: nullableDate,
                      signed_by: { type: 'string' },
                      signed_at: dateTime,
                    },
                    additionalProperties: false,
                  },
                },
                commitments: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id', 'point', 'title', 'owner', 'due', 'state', 'done_on', 'evidence'],
                    properties: {
                      id: idRef,
                      point: { type: 'integer', minimum: 1 },
                      title: { type: 'string' },
                      owner: { type: 'string' },
                      due: date,
                      state: { enum: ['open', 'done', 'disputed'] },
                      done_on: nullableDate,
                      evidence: { type: 'array', items: { type: 'string', format: 'uri' } },
                    },
                    additionalProperties: false,
                  },
                },
              },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    },
  },
} as const;
