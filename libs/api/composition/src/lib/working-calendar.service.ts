import { Injectable } from '@nestjs/common';
import { TransactionalConnection, jurisdictionPath, type RequestContext } from '@kenes/api/core';
import type { CouncilEntity } from '@kenes/api/registry';
import { KZ_LABOUR_CODE, kazakhstanCalendar, type HolidayCalendar, type IsoDate, type LegalBasis, type RuleSet } from '@kenes/domain';
import { RuleSetService } from './rule-set.service';
import { HolidayYearEntity } from './working-calendar.entities';

/** The basis of moving holidays entered per year (Labour Code art. 84: religious holidays by Government decision). */
const RELIGIOUS_HOLIDAY_BASIS: LegalBasis = { act: KZ_LABOUR_CODE, article: '84', paragraph: '5', confidence: 'S' };

/**
 * The working-day calendar every legal term is counted on: the statutory seed of the domain merged
 * with the years the authorized body entered (`holiday_year`: moving holidays, decreed days off and
 * working Saturdays) for the nation and for each jurisdiction on the way down to the one asked.
 * Below meetings and obligations alike, so a meeting's notice and a recommendation's answer are
 * counted on the same days.
 */
@Injectable()
export class WorkingCalendarService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly rules: RuleSetService,
  ) {}

  /** The calendar of a jurisdiction (null: the nation) for the given years. */
  async calendarFor(ctx: RequestContext, jurisdictionId: string | null, years: readonly number[]): Promise<HolidayCalendar> {
    const span = [...new Set(years)].sort();
    const base = kazakhstanCalendar(span);
    const path = jurisdictionId ? await jurisdictionPath(this.connection.manager(ctx), jurisdictionId) : [];
    const rows = await this.connection
      .getRepository(ctx, HolidayYearEntity)
      .createQueryBuilder('h')
      .where('h.year = ANY(:years) AND (h.jurisdiction_id IS NULL OR h.jurisdiction_id = ANY(:path))', { years: span, path })
      .getMany();
    const l = (v: { kk?: string | null; ru: string; en?: string | null }) => ({ kk: v.kk ?? v.ru, ru: v.ru, en: v.en ?? v.ru });
    return {
      ...base,
      datedHolidays: [
        ...base.datedHolidays,
        ...rows.flatMap((r) =>
          r.datedHolidays.map((h) => ({ date: h.date as IsoDate, name: l(h.name), carryOverWhenWeekend: h.carryOverWhenWeekend, basis: RELIGIOUS_HOLIDAY_BASIS })),
        ),
      ],
      extraDaysOff: rows.flatMap((r) => r.extraDaysOff.map((d) => ({ date: d.date as IsoDate, reason: l(d.reason) }))),
      workingDaysOverride: rows.flatMap((r) => r.workingDays.map((d) => ({ date: d.date as IsoDate, reason: l(d.reason) }))),
      confirmedYears: [...new Set([...(base.confirmedYears ?? []), ...rows.filter((r) => r.confirmed).map((r) => r.year)])],
    };
  }

  /** The council's rule set in force on `from` and its calendar from the year before to two years after. */
  async context(ctx: RequestContext, council: CouncilEntity, from: IsoDate): Promise<{ ruleSet: RuleSet; calendar: HolidayCalendar }> {
    const ruleSet = (await this.rules.forJurisdiction(ctx, council.jurisdictionId, from)).ruleSet;
    const year = Number(from.slice(0, 4));
    const calendar = await this.calendarFor(ctx, council.jurisdictionId, [year - 1, year, year + 1, year + 2]);
    return { ruleSet, calendar };
  }
}
