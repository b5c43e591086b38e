import { AuditEventEntity } from '@kenes/api/core';
import { COMPOSITION_ENTITIES } from '@kenes/api/composition';
import { IDENTITY_ENTITIES } from '@kenes/api/identity';
import { MEETINGS_ENTITIES } from '@kenes/api/meetings';
import { MINUTES_ENTITIES } from '@kenes/api/minutes';
import { FOLLOW_ENTITIES } from '@kenes/api/follow';
import { OBLIGATIONS_ENTITIES } from '@kenes/api/obligations';
import { REGISTRY_ENTITIES } from '@kenes/api/registry';
import { SELECTION_ENTITIES } from '@kenes/api/selection';

/** Every entity of the product; a feature adds its own here. */
export const ENTITIES = [AuditEventEntity, ...REGISTRY_ENTITIES, ...IDENTITY_ENTITIES, ...COMPOSITION_ENTITIES, ...SELECTION_ENTITIES, ...MEETINGS_ENTITIES, ...OBLIGATIONS_ENTITIES, ...MINUTES_ENTITIES, ...FOLLOW_ENTITIES];
