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

export interface MeetingClosed {
  meetingId: string;
  councilId: string;
}

export type MeetingClosedListener = (ctx: RequestContext, event: MeetingClosed) => Promise<void>;

/**
 * What other capabilities learn from a vote, inside the vote's own transaction: an adopted
 * recommendation becomes obligations of its addressees (libs/api/obligations listens) in the same
 * commit as the result, or neither happens. Listeners must be idempotent (a correction may adopt
 * a motion that was not adopted before).
 */
@Injectable()
export class MotionEvents {
  private readonly listeners: MotionAdoptedListener[] = [];
  private readonly closedListeners: MeetingClosedListener[] = [];

  /** A meeting closed (in the closing transaction): libs/api/minutes generates the draft minutes. */
  onClosed(listener: MeetingClosedListener): void {
    this.closedListeners.push(listener);
  }

  async closed(ctx: RequestContext, event: MeetingClosed): Promise<void> {
    for (const listener of this.closedListeners) await listener(ctx, event);
  }

  onAdopted(listener: MotionAdoptedListener): void {
    this.listeners.push(listener);
  }

  async adopted(ctx: RequestContext, event: MotionAdopted): Promise<void> {
    for (const listener of this.listeners) await listener(ctx, event);
  }
}
