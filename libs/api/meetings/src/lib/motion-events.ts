import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@kenes/api/core';
import type { IsoDate } from '@kenes/domain';

export interface MotionAdopted {
  motionId: string;
  meetingId: string;
  councilId: string;
  /** The legal date the vote closed (or the correction adopted it): the day the recommendation was adopted. */
  adoptedOn: IsoDate;
}

export type MotionAdoptedListener = (ctx: RequestContext, event: MotionAdopted) => Promise<void>;

/**
 * What other capabilities learn from a vote, inside the vote's own transaction: an adopted
 * recommendation becomes obligations of its addressees (libs/api/obligations listens) in the same
 * commit as the result, or neither happens. Listeners must be idempotent (a correction may adopt
 * a motion that was not adopted before).
 */
@Injectable()
export class MotionEvents {
  private readonly listeners: MotionAdoptedListener[] = [];

  onAdopted(listener: MotionAdoptedListener): void {
    this.listeners.push(listener);
  }

  async adopted(ctx: RequestContext, event: MotionAdopted): Promise<void> {
    for (const listener of this.listeners) await listener(ctx, event);
  }
}
