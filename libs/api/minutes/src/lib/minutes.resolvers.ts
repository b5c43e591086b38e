import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, DomainError, Public, RequestContext, Transaction, TransactionalConnection } from '@kenes/api/core';
import { kazakhstanToday } from '@kenes/api/composition';
import { CouncilEntity } from '@kenes/api/registry';
import { blocksText, changedLines, diffLines, minutesBlocks, type AnnualReportFigures } from '@kenes/domain';
import { AnnualReportService } from './annual-report.service';
import { AnnualReportEntity, MinutesEntity } from './minutes.entities';
import {
  AnnualReportArgs,
  AnnualReportView,
  ApproveMinutesInput,
  AttachDissentInput,
  DecideMinutesCorrectionInput,
  EditMinutesInput,
  MeetingMinutesArgs,
  MinutesArgs,
  MinutesCorrectionView,
  MinutesView,
  ProposeMinutesCorrectionInput,
  PublicAnnualReportArgs,
  PublicMinutes,
  PublicMinutesArgs,
  PublishMinutesCorrectionInput,
} from './minutes.graphql';
import { MinutesService, type MinutesBundle } from './minutes.service';

export const minutesPdfUrl = (meetingId: string) => `/files/minutes/${meetingId}.pdf`;

async function view(ctx: RequestContext, s: MinutesService, b: MinutesBundle): Promise<MinutesView> {
  const versions = await s.versions(ctx, b.minutes.id);
  const prev = versions.find((v) => v.version === b.current.version - 1);
  const text = blocksText(minutesBlocks(b.current.document, ctx.locale));
  return {
    id: b.minutes.id,
    meetingId: b.meeting.id,
    meetingNumber: b.meeting.number,
    state: b.minutes.state,
    dueOn: b.minutes.dueOn,
    overdue: b.minutes.state !== 'published' && b.minutes.dueOn < kazakhstanToday(),
    approvedBy: b.minutes.approvedBy,
    currentVersion: b.minutes.currentVersion,
    firstPublishedVersion: b.minutes.firstPublishedVersion,
    items: b.current.document.items.map((i) => ({ itemId: i.itemId, position: i.position, title: i.title.ru, summary: i.summary })),
    text,
    versions,
    corrections: await s.corrections(ctx, b.minutes.id),
    signatures: await s.signatures(ctx, b.minutes.id),
    diffFromPrevious: prev ? changedLines(diffLines(blocksText(minutesBlocks(prev.document, ctx.locale)), text)) : [],
    pdfUrl: minutesPdfUrl(b.meeting.id),
    htmlUrl: `/files/minutes/${b.meeting.id}.html`,
  };
}

export function reportView(r: AnnualReportEntity): AnnualReportView {
  const f: AnnualReportFigures = r.figures;
  return {
    ...f,
    id: r.id,
    state: r.state,
    attendance: [...f.attendance],
    itemsByCategory: [...f.itemsByCategory],
    itemsBySource: [...f.itemsBySource],
    bodies: [...f.bodies],
    compositionChanges: [...f.compositionChanges],
    approvedByName: r.approvedByName,
    publishedAt: r.publishedAt,
    pdfUrl: `/files/annual-report/${r.councilId}/${r.year}.pdf`,
  };
}

@Resolver()
export class MinutesAdminResolver {
  constructor(
    private readonly minutes: MinutesService,
    private readonly reports: AnnualReportService,
  ) {}

  @Query(() => MinutesView, { description: 'The minutes of a meeting with every version, correction and signature.' })
  @Allow('council.read')
  async minutesOfMeeting(@Ctx() ctx: RequestContext, @Args() args: MeetingMinutesArgs): Promise<MinutesView> {
    return view(ctx, this.minutes, await this.minutes.forMeeting(ctx, args.meetingId, 'council.read'));
  }

  @Mutation(() => MinutesView, { description: 'Generates the draft from the meeting record (or refreshes it, keeping summaries and dissents).' })
  @Allow('meeting.manage')
  @Transaction()
  async generateMinutes(@Ctx() ctx: RequestContext, @Args() args: MeetingMinutesArgs): Promise<MinutesView> {
    return view(ctx, this.minutes, await this.minutes.generate(ctx, args.meetingId));
  }

  @Mutation(() => MinutesView, { description: 'The secretary edits the discussion summaries: a new version.' })
  @Allow('meeting.manage')
  @Transaction()
  async editMinutes(@Ctx() ctx: RequestContext, @Args('input') input: EditMinutesInput): Promise<MinutesView> {
    return view(ctx, this.minutes, await this.minutes.edit(ctx, input.minutesId, input.summaries, input.note ?? null));
  }

  @Mutation(() => MinutesCorrectionView, { description: 'A member proposes a correction of an item’s summary.' })
  @Allow('meeting.participate')
  @Transaction()
  proposeMinutesCorrection(@Ctx() ctx: RequestContext, @Args('input') input: ProposeMinutesCorrectionInput): Promise<MinutesCorrectionView> {
    return this.minutes.proposeCorrection(ctx, input.minutesId, input.itemId, input.text, input.comment ?? null);
  }

  @Mutation(() => MinutesView, { description: 'The secretary accepts a proposed correction (a new version) or declines it with a reason.' })
  @Allow('meeting.manage')
  @Transaction()
  async decideMinutesCorrection(@Ctx() ctx: RequestContext, @Args('input') input: DecideMinutesCorrectionInput): Promise<MinutesView> {
    if (!input.accept && !input.reason) throw DomainError.badInput([{ path: 'reason', messageKey: 'minutes.reasonRequired' }]);
    return view(ctx, this.minutes, await this.minutes.decideCorrection(ctx, input.correctionId, input.accept, input.reason ?? null));
  }

  @Mutation(() => MinutesView, { description: 'A member attaches a dissenting opinion (one per member and item; a later one replaces it).' })
  @Allow('meeting.participate')
  @Transaction()
  async attachDissent(@Ctx() ctx: RequestContext, @Args('input') input: AttachDissentInput): Promise<MinutesView> {
    return view(ctx, this.minutes, await this.minutes.attachDissent(ctx, input.minutesId, input.itemId ?? null, input.text));
  }

  @Mutation(() => MinutesView, { description: 'The chair approves and signs the current version (recording the council’s vote when the rule set asks for one).' })
  @Allow('minutes.approve')
  @Transaction()
  async approveMinutes(@Ctx() ctx: RequestContext, @Args('input') input: ApproveMinutesInput): Promise<MinutesView> {
    return view(ctx, this.minutes, await this.minutes.approve(ctx, input.minutesId, input.motionId ?? null));
  }

  @Mutation(() => MinutesView, { description: 'The secretary signs the approved version.' })
  @Allow('meeting.manage')
  @Transaction()
  async signMinutes(@Ctx() ctx: RequestContext, @Args() args: MinutesArgs): Promise<MinutesView> {
    return view(ctx, this.minutes, await this.minutes.signAsSecretary(ctx, args.minutesId));
  }

  @Mutation(() => MinutesView, { description: 'Publishes approved and signed minutes; then they are locked.' })
  @Allow('meeting.manage')
  @Transaction()
  async publishMinutes(@Ctx() ctx: RequestContext, @Args() args: MinutesArgs): Promise<MinutesView> {
    return view(ctx, this.minutes, await this.minutes.publish(ctx, args.minutesId));
  }

  @Mutation(() => MinutesView, { description: 'Corrects published minutes: a new published version with its reason; the diff is public.' })
  @Allow('meeting.manage')
  @Transaction()
  async publishMinutesCorrection(@Ctx() ctx: RequestContext, @Args('input') input: PublishMinutesCorrectionInput): Promise<MinutesView> {
    return view(ctx, this.minutes, await this.minutes.publishCorrection(ctx, input.minutesId, input.summaries, input.reason));
  }

  @Query(() => AnnualReportView, { nullable: true })
  @Allow('council.read')
  async annualReport(@Ctx() ctx: RequestContext, @Args() args: AnnualReportArgs): Promise<AnnualReportView | null> {
    const { report } = await this.reports.find(ctx, args.councilId, args.year);
    return report ? reportView(report) : null;
  }

  @Mutation(() => AnnualReportView, { description: 'Generates (or, while a draft, regenerates) the annual report from the record.' })
  @Allow('meeting.manage')
  @Transaction()
  async generateAnnualReport(@Ctx() ctx: RequestContext, @Args() args: AnnualReportArgs): Promise<AnnualReportView> {
    return reportView(await this.reports.generate(ctx, args.councilId, args.year));
  }

  @Mutation(() => AnnualReportView)
  @Allow('minutes.approve')
  @Transaction()
  async approveAnnualReport(@Ctx() ctx: RequestContext, @Args() args: AnnualReportArgs): Promise<AnnualReportView> {
    return reportView(await this.reports.approve(ctx, args.councilId, args.year));
  }

  @Mutation(() => AnnualReportView)
  @Allow('meeting.manage')
  @Transaction()
  async publishAnnualReport(@Ctx() ctx: RequestContext, @Args() args: AnnualReportArgs): Promise<AnnualReportView> {
    return reportView(await this.reports.publish(ctx, args.councilId, args.year));
  }
}

@Resolver()
export class MinutesPublicResolver {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly minutes: MinutesService,
  ) {}

  private async council(ctx: RequestContext, slug: string): Promise<CouncilEntity> {
    const council = await this.connection.getRepository(ctx, CouncilEntity).findOneBy({ slug });
    if (!council?.publishedAt) throw DomainError.notFound('entity.council');
    return council;
  }

  @Query(() => PublicMinutes, { description: 'Published minutes of a meeting: every published version with the diff from the one before.' })
  @Public()
  async publicMinutes(@Ctx() ctx: RequestContext, @Args() args: PublicMinutesArgs): Promise<PublicMinutes> {
    const council = await this.council(ctx, args.slug);
    const rows: Array<{ id: string; meeting_id: string }> = await this.connection
      .manager(ctx)
      .query(`SELECT mi.id, mi.meeting_id FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id WHERE m.council_id = $1 AND m.number = $2 AND mi.state = 'published'`, [council.id, args.number]);
    const row = rows[0];
    if (!row) throw DomainError.notFound('entity.minutes');
    const minutes = await this.connection.getRepository(ctx, MinutesEntity).findOneByOrFail({ id: row.id });
    const versions = await this.minutes.versions(ctx, minutes.id, minutes.firstPublishedVersion ?? 1);
    let previous: string[] = [];
    const out = versions.map((v, k) => {
      const text = blocksText(minutesBlocks(v.document, ctx.locale));
      const diff = k === 0 ? [] : changedLines(diffLines(previous, text));
      previous = text;
      return { version: v.version, reason: v.reason, createdAt: v.createdAt, text, diff };
    });
    return {
      meetingNumber: args.number,
      councilSlug: council.slug,
      publishedAt: minutes.publishedAt ?? minutes.createdAt,
      signatures: await this.minutes.signatures(ctx, minutes.id),
      versions: out,
      pdfUrl: minutesPdfUrl(row.meeting_id),
      htmlUrl: `/files/minutes/${row.meeting_id}.html`,
    };
  }

  @Query(() => AnnualReportView, { description: 'A council’s published annual report.' })
  @Public()
  async publicAnnualReport(@Ctx() ctx: RequestContext, @Args() args: PublicAnnualReportArgs): Promise<AnnualReportView> {
    const council = await this.council(ctx, args.slug);
    const report = await this.connection.getRepository(ctx, AnnualReportEntity).findOneBy({ councilId: council.id, year: args.year, state: 'published' });
    if (!report) throw DomainError.notFound('entity.annualReport');
    return reportView(report);
  }
}
