import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Allow, Authenticated, Ctx, Transaction, type RequestContext } from '@kenes/api/core';
import type { AgendaProposalEntity, ItemCommentEntity, MeetingEntity, PublicCommentEntity } from './meetings.entities';
import {
  AcceptProposalInput,
  AddAgendaItemInput,
  AddCommentInput,
  CancelMeetingInput,
  CastVoteInput,
  CorrectResultInput,
  CouncilMeetingsArgs,
  CreateMeetingInput,
  CreateMotionInput,
  DeclareConflictInput,
  DeclineProposalInput,
  ItemIdArgs,
  LinkMemberAccountInput,
  MeetingArgs,
  MeetingIdArgs,
  ModerateCommentInput,
  MoveAgendaItemInput,
  ProposalsArgs,
  ProposeAgendaItemInput,
  RecordAttendanceInput,
  SetCurrentItemInput,
  UpdateAgendaItemInput,
  UpdateMeetingInput,
} from './meetings.inputs';
import {
  AgendaProposal,
  AnnounceResult,
  ItemComment,
  Meeting,
  MeetingFrequency,
  MeetingInviteeContact,
  MeetingLiveEvent,
  MeetingParticipant,
  MeetingSummary,
  PublicComment,
  RollCallVote,
  type InviteeKindEnum,
  type ItemCategoryEnum,
  type ItemSourceEnum,
  type MeetingStateEnum,
  type MeetingTypeEnum,
  type ProposalStatusEnum,
  type PublicCommentStatusEnum,
} from './meetings.models';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';
import { MeetingView } from './meetings.view';
import { VotingService } from './voting.service';
import { CommentsService } from './comments.service';
import { MeetingLive, type LivePayload } from './meeting-live';
import type { CouncilEntity } from '@kenes/api/registry';
import { MeetingInviteeEntity } from './meetings.entities';

export const toSummary = (r: { meeting: MeetingEntity; council: CouncilEntity; itemCount: number }): MeetingSummary => ({
  id: r.meeting.id,
  council: { id: r.council.id, slug: r.council.slug, name: r.council.name },
  number: r.meeting.number,
  type: r.meeting.type as MeetingTypeEnum,
  state: r.meeting.state as MeetingStateEnum,
  startsAt: r.meeting.startsAt,
  place: r.meeting.place,
  itemCount: r.itemCount,
});

export const toProposal = (p: AgendaProposalEntity): AgendaProposal => ({
  id: p.id,
  councilId: p.councilId,
  source: p.source as ItemSourceEnum,
  proposerName: p.proposerName,
  title: p.title,
  description: p.description,
  category: p.category as ItemCategoryEnum,
  status: p.status as ProposalStatusEnum,
  declineReason: p.declineReason,
  agendaItemId: p.agendaItemId,
  createdAt: p.createdAt,
});

const toComment = (c: ItemCommentEntity): ItemComment => ({ id: c.id, itemId: c.itemId, parentId: c.parentId, authorName: c.authorName, body: c.body, createdAt: c.createdAt });

export const toPublicComment = (c: PublicCommentEntity): PublicComment => ({
  id: c.id,
  itemId: c.itemId,
  authorName: c.authorName,
  body: c.body,
  status: c.status as PublicCommentStatusEnum,
  moderationReason: c.moderationReason,
  createdAt: c.createdAt,
});

/** Resolvers of the authenticated endpoint: the secretary's console and the members' view. */
@Resolver(() => Meeting)
export class MeetingsAdminResolver {
  constructor(
    private readonly repo: MeetingsRepository,
    private readonly service: MeetingsService,
    private readonly voting: VotingService,
    private readonly comments: CommentsService,
    private readonly view: MeetingView,
    private readonly live: MeetingLive,
  ) {}

  private async full(ctx: RequestContext, meetingId: string): Promise<Meeting> {
    const { meeting, council } = await this.repo.meetingFor(ctx, meetingId, 'council.read');
    return this.view.build(ctx, meeting, council);
  }

  @Query(() => [MeetingSummary], { description: 'A council’s meetings, newest first (at most 100).' })
  @Allow('council.read')
  async meetings(@Ctx() ctx: RequestContext, @Args() args: CouncilMeetingsArgs): Promise<MeetingSummary[]> {
    return (await this.service.list(ctx, args.councilId)).map(toSummary);
  }

  @Query(() => Meeting)
  @Allow('council.read')
  meeting(@Ctx() ctx: RequestContext, @Args() args: MeetingArgs): Promise<Meeting> {
    return this.full(ctx, args.id);
  }

  @Query(() => MeetingFrequency, { description: 'Whether the council meets as often as the rule set asks.' })
  @Allow('council.read')
  meetingFrequency(@Ctx() ctx: RequestContext, @Args() args: CouncilMeetingsArgs): Promise<MeetingFrequency> {
    return this.service.frequency(ctx, args.councilId);
  }

  @Query(() => MeetingParticipant, { description: 'The caller’s own seat in the meeting.' })
  @Allow('council.read')
  myParticipation(@Ctx() ctx: RequestContext, @Args() args: MeetingIdArgs): Promise<MeetingParticipant> {
    return this.voting.participant(ctx, args.meetingId);
  }

  @Query(() => [MeetingInviteeContact], { description: 'Invitees with their addresses (the secretary’s view).' })
  @Allow('meeting.manage')
  async meetingInvitees(@Ctx() ctx: RequestContext, @Args() args: MeetingIdArgs): Promise<MeetingInviteeContact[]> {
    const { meeting } = await this.repo.meetingFor(ctx, args.meetingId, 'meeting.manage');
    const rows = await this.repo.connection.getRepository(ctx, MeetingInviteeEntity).find({ where: { meetingId: meeting.id }, order: { kind: 'ASC', name: 'ASC' } });
    return rows.map((r) => ({ id: r.id, kind: r.kind as InviteeKindEnum, name: r.name, email: r.email }));
  }

  @Query(() => [AgendaProposal], { description: 'The agenda-proposal queue of a council.' })
  @Allow('council.read')
  async agendaProposals(@Ctx() ctx: RequestContext, @Args() args: ProposalsArgs): Promise<AgendaProposal[]> {
    return (await this.service.proposals(ctx, args.councilId, args.status)).map(toProposal);
  }

  @Query(() => [ItemComment], { description: 'Members’ discussion of an item (internal).' })
  @Allow('council.read')
  async itemComments(@Ctx() ctx: RequestContext, @Args() args: ItemIdArgs): Promise<ItemComment[]> {
    return (await this.comments.comments(ctx, args.itemId)).map(toComment);
  }

  @Query(() => [PublicComment], { description: 'Citizens’ comments waiting for moderation.' })
  @Allow('meeting.manage')
  async pendingPublicComments(@Ctx() ctx: RequestContext, @Args() args: CouncilMeetingsArgs): Promise<PublicComment[]> {
    return (await this.comments.pendingPublic(ctx, args.councilId)).map(toPublicComment);
  }

  @Mutation(() => Meeting, { description: 'Drafts a meeting; the number is the council’s next.' })
  @Allow('meeting.manage')
  @Transaction()
  async createMeeting(@Ctx() ctx: RequestContext, @Args('input') input: CreateMeetingInput): Promise<Meeting> {
    const m = await this.service.create(ctx, input);
    return this.full(ctx, m.id);
  }

  @Mutation(() => Meeting, { description: 'Changes time, place, links or invitees; an announced meeting’s invitation is sent again.' })
  @Allow('meeting.manage')
  @Transaction()
  async updateMeeting(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMeetingInput): Promise<Meeting> {
    const m = await this.service.update(ctx, input);
    return this.full(ctx, m.id);
  }

  @Mutation(() => AnnounceResult, { description: 'Publishes the notice and agenda and e-mails members and invitees an iCalendar invitation.' })
  @Allow('meeting.manage')
  @Transaction()
  async announceMeeting(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<AnnounceResult> {
    const r = await this.service.announce(ctx, id);
    return { meeting: await this.full(ctx, r.meeting.id), notice: r.notice, notified: r.notified };
  }

  @Mutation(() => Meeting)
  @Allow('meeting.manage')
  @Transaction()
  async cancelMeeting(@Ctx() ctx: RequestContext, @Args('input') input: CancelMeetingInput): Promise<Meeting> {
    const m = await this.service.cancel(ctx, input);
    return this.full(ctx, m.id);
  }

  @Mutation(() => Meeting, { description: 'Opens the sitting.' })
  @Allow('meeting.manage')
  @Transaction()
  async openMeeting(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Meeting> {
    const m = await this.service.open(ctx, id);
    return this.full(ctx, m.id);
  }

  @Mutation(() => Meeting, { description: 'Closes the sitting (no vote may be open).' })
  @Allow('meeting.manage')
  @Transaction()
  async closeMeeting(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Meeting> {
    const m = await this.service.close(ctx, id);
    return this.full(ctx, m.id);
  }

  @Mutation(() => Meeting)
  @Allow('meeting.manage')
  @Transaction()
  async addAgendaItem(@Ctx() ctx: RequestContext, @Args('input') input: AddAgendaItemInput): Promise<Meeting> {
    const item = await this.service.addItem(ctx, input);
    return this.full(ctx, item.meetingId);
  }

  @Mutation(() => Meeting)
  @Allow('meeting.manage')
  @Transaction()
  async updateAgendaItem(@Ctx() ctx: RequestContext, @Args('input') input: UpdateAgendaItemInput): Promise<Meeting> {
    const item = await this.service.updateItem(ctx, input);
    return this.full(ctx, item.meetingId);
  }

  @Mutation(() => Meeting, { description: 'Removes an item that has no motions, documents or comments.' })
  @Allow('meeting.manage')
  @Transaction()
  async removeAgendaItem(@Ctx() ctx: RequestContext, @Args('itemId', { type: () => ID }) itemId: string): Promise<Meeting> {
    const m = await this.service.removeItem(ctx, itemId);
    return this.full(ctx, m.id);
  }

  @Mutation(() => Meeting)
  @Allow('meeting.manage')
  @Transaction()
  async moveAgendaItem(@Ctx() ctx: RequestContext, @Args('input') input: MoveAgendaItemInput): Promise<Meeting> {
    const m = await this.service.moveItem(ctx, input);
    return this.full(ctx, m.id);
  }

  @Mutation(() => Meeting, { description: 'Sets the item under discussion; everyone following the meeting sees it.' })
  @Allow('meeting.manage')
  @Transaction()
  async setCurrentItem(@Ctx() ctx: RequestContext, @Args('input') input: SetCurrentItemInput): Promise<Meeting> {
    const m = await this.service.setCurrentItem(ctx, input);
    return this.full(ctx, m.id);
  }

  @Mutation(() => Meeting)
  @Allow('meeting.manage')
  @Transaction()
  async recordAttendance(@Ctx() ctx: RequestContext, @Args('input') input: RecordAttendanceInput): Promise<Meeting> {
    const m = await this.service.recordAttendance(ctx, input);
    return this.full(ctx, m.id);
  }

  @Mutation(() => Meeting, { description: 'Drafts a motion with numbered points; a recommendation names its addressees (one lead).' })
  @Allow('meeting.manage')
  @Transaction()
  async createMotion(@Ctx() ctx: RequestContext, @Args('input') input: CreateMotionInput): Promise<Meeting> {
    await this.voting.createMotion(ctx, input);
    const { meeting } = await this.repo.itemFor(ctx, input.itemId, 'meeting.manage');
    return this.full(ctx, meeting.id);
  }

  @Mutation(() => Boolean, { description: 'Withdraws a motion not yet put to the vote.' })
  @Allow('meeting.manage')
  @Transaction()
  withdrawMotion(@Ctx() ctx: RequestContext, @Args('motionId', { type: () => ID }) motionId: string): Promise<boolean> {
    return this.voting.withdrawMotion(ctx, motionId);
  }

  @Mutation(() => Meeting, { description: 'Opens the vote; refused with the legal basis when there is no quorum.' })
  @Allow('meeting.manage')
  @Transaction()
  async openVote(@Ctx() ctx: RequestContext, @Args('motionId', { type: () => ID }) motionId: string): Promise<Meeting> {
    await this.voting.openVote(ctx, motionId);
    const { meeting } = await this.repo.motionFor(ctx, motionId, 'meeting.manage');
    return this.full(ctx, meeting.id);
  }

  @Mutation(() => Meeting, { description: 'Closes the vote and records the result under the council’s rule.' })
  @Allow('meeting.manage')
  @Transaction()
  async closeVote(@Ctx() ctx: RequestContext, @Args('motionId', { type: () => ID }) motionId: string): Promise<Meeting> {
    await this.voting.closeVote(ctx, motionId);
    const { meeting } = await this.repo.motionFor(ctx, motionId, 'meeting.manage');
    return this.full(ctx, meeting.id);
  }

  @Mutation(() => Meeting, { description: 'Corrects a closed result, with a reason; the correction is recorded and public.' })
  @Allow('meeting.manage')
  @Transaction()
  async correctVoteResult(@Ctx() ctx: RequestContext, @Args('input') input: CorrectResultInput): Promise<Meeting> {
    await this.voting.correctResult(ctx, input);
    const { meeting } = await this.repo.motionFor(ctx, input.motionId, 'meeting.manage');
    return this.full(ctx, meeting.id);
  }

  @Mutation(() => RollCallVote, { description: 'Casts or changes the caller’s vote while the vote is open; the same vote twice is one vote.' })
  @Allow('meeting.participate')
  @Transaction()
  castVote(@Ctx() ctx: RequestContext, @Args('input') input: CastVoteInput): Promise<RollCallVote> {
    return this.voting.castVote(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Declares a conflict of interest on an item (public; recuses the member).' })
  @Allow('meeting.participate')
  @Transaction()
  declareConflict(@Ctx() ctx: RequestContext, @Args('input') input: DeclareConflictInput): Promise<boolean> {
    return this.voting.declareConflict(ctx, input);
  }

  @Mutation(() => ItemComment, { description: 'A comment by a member or the secretary (checked on the item’s council).' })
  @Allow('council.read')
  @Transaction()
  async addItemComment(@Ctx() ctx: RequestContext, @Args('input') input: AddCommentInput): Promise<ItemComment> {
    return toComment(await this.comments.addComment(ctx, input));
  }

  @Mutation(() => AgendaProposal, { description: 'Proposes an item for the council’s agenda.' })
  @Allow('agenda.propose')
  @Transaction()
  async proposeAgendaItem(@Ctx() ctx: RequestContext, @Args('input') input: ProposeAgendaItemInput): Promise<AgendaProposal> {
    return toProposal(await this.service.propose(ctx, input));
  }

  @Mutation(() => AgendaProposal, { description: 'Puts a proposal on a meeting’s agenda.' })
  @Allow('meeting.manage')
  @Transaction()
  async acceptAgendaProposal(@Ctx() ctx: RequestContext, @Args('input') input: AcceptProposalInput): Promise<AgendaProposal> {
    return toProposal(await this.service.acceptProposal(ctx, input));
  }

  @Mutation(() => AgendaProposal, { description: 'Declines a proposal with a reason the proposer sees.' })
  @Allow('meeting.manage')
  @Transaction()
  async declineAgendaProposal(@Ctx() ctx: RequestContext, @Args('input') input: DeclineProposalInput): Promise<AgendaProposal> {
    return toProposal(await this.service.declineProposal(ctx, input));
  }

  @Mutation(() => PublicComment)
  @Allow('meeting.manage')
  @Transaction()
  async moderatePublicComment(@Ctx() ctx: RequestContext, @Args('input') input: ModerateCommentInput): Promise<PublicComment> {
    return toPublicComment(await this.comments.moderate(ctx, input));
  }

  @Mutation(() => Boolean, { description: 'Links a member’s sign-in account to their person on the council, so they can vote.' })
  @Allow('council.manage')
  @Transaction()
  linkMemberAccount(
    @Ctx() ctx: RequestContext,
    @Args('councilId', { type: () => ID }) councilId: string,
    @Args('input') input: LinkMemberAccountInput,
  ): Promise<boolean> {
    return this.voting.linkAccount(ctx, councilId, input);
  }

  @Subscription(() => MeetingLiveEvent, {
    description: 'Attendance, the current item and each vote as it happens.',
    resolve: (payload: LivePayload, _args: unknown, context: { ctx: RequestContext }) => ({
      kind: payload.kind,
      meeting: payload.meetings[context.ctx.locale] ?? payload.meetings.ru,
    }),
  })
  @Authenticated()
  async meetingLive(@Ctx() ctx: RequestContext, @Args() args: MeetingIdArgs): Promise<AsyncIterableIterator<LivePayload>> {
    await this.repo.meetingFor(ctx, args.meetingId, 'council.read');
    return this.live.iterator(args.meetingId);
  }
}
