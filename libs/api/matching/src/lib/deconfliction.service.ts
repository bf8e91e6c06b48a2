import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyService } from '@taskforce/api-agencies';
import { AuthUser } from '@taskforce/api-core';
import { requireClaims } from '@taskforce/api-leads';
import { DataSource, EntityManager, In } from 'typeorm';
import { DeconflictionContactEntity, DeconflictionLeadRequestEntity } from './deconfliction.entity';
import { DeconflictionCaseModel, DeconflictionLeadRequestModel, DeconflictionLeadRequestStatus, DeconflictionSide } from './deconfliction.model';
import { DeconflictionCaseEntity } from './selector.entity';

/** Most cases `deconflictionCases` returns. */
export const DECONFLICTION_CASE_LIMIT = 200;

/**
 * The one need-to-know rule of deconfliction cases, as SQL on alias `c` with parameter `:agency`: the holder side sees
 * every case on its leads; the querying side only the cases whose hit revealed the holder, or where the holder revealed
 * itself by proposing contact (a hit that did not reveal it must stay indistinguishable from a no-hit).
 */
export const CASE_VISIBLE_WHERE = '(c.holder_agency_id = :agency OR (c.querier_agency_id = :agency AND (c.holder_revealed OR c.holder_disclosed_at IS NOT NULL)))';

/** The same rule in memory. */
export function caseVisibleTo(agencyId: string, c: DeconflictionCaseEntity): boolean {
  return c.holderAgencyId === agencyId || (c.querierAgencyId === agencyId && (c.holderRevealed || c.holderDisclosedAt !== null));
}

/**
 * Deconfliction cases as each liaison office sees them (CASE_VISIBLE_WHERE), each side given its own lead only, with
 * the contacts proposed on them and the requests for the holder's lead as that side may see them.
 */
@Injectable()
export class DeconflictionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agencies: AgencyService,
  ) {}

  /** The caller's agency's cases, last hit first, at most DECONFLICTION_CASE_LIMIT (liaison officers; the resolver checks the role). */
  async list(actor: AuthUser): Promise<DeconflictionCaseModel[]> {
    requireClaims(actor, 'Agency');
    const rows = await this.db
      .getRepository(DeconflictionCaseEntity)
      .createQueryBuilder('c')
      .where(CASE_VISIBLE_WHERE, { agency: actor.agencyId })
      .orderBy('c.last_hit_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .limit(DECONFLICTION_CASE_LIMIT)
      .getMany();
    return this.toModels(actor, rows);
  }

  /**
   * Cases (visible to the caller: the callers check) as the caller's side sees them: contacts oldest first, lead
   * requests newest first. The requesting side sees a request's outcome, removed categories and reasons only once
   * shared, and a request the law refused as DECLINED.
   */
  async toModels(actor: AuthUser, rows: DeconflictionCaseEntity[], m: EntityManager = this.db.manager): Promise<DeconflictionCaseModel[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const contacts = await m.getRepository(DeconflictionContactEntity).find({ where: { caseId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const requests = await m.getRepository(DeconflictionLeadRequestEntity).find({ where: { caseId: In(ids) }, order: { createdAt: 'DESC', id: 'ASC' } });
    const agencies = new Map((await this.agencies.findByIds([...new Set(rows.flatMap((r) => [r.querierAgencyId, r.holderAgencyId]))])).map((a) => [a.id, a]));
    return rows.map((r) => {
      const holder = r.holderAgencyId === actor.agencyId;
      return {
        id: r.id,
        side: holder ? DeconflictionSide.HOLDER : DeconflictionSide.QUERIER,
        selectorKind: r.selectorKind,
        queryingAgency: agencies.get(r.querierAgencyId)!,
        holderAgency: agencies.get(r.holderAgencyId)!,
        ownLeadId: holder ? r.holderLeadId : r.querierLeadId,
        hits: r.hits,
        createdAt: r.createdAt,
        lastHitAt: r.lastHitAt,
        holderDisclosed: r.holderDisclosedAt !== null,
        holderKnown: r.holderRevealed || r.holderDisclosedAt !== null,
        contacts: contacts
          .filter((c) => c.caseId === r.id)
          .map((c) => ({
            id: c.id,
            fromSide: c.fromAgencyId === r.holderAgencyId ? DeconflictionSide.HOLDER : DeconflictionSide.QUERIER,
            fromAgency: agencies.get(c.fromAgencyId)!,
            message: c.message,
            createdAt: c.createdAt,
          })),
        leadRequests: requests.filter((q) => q.caseId === r.id).map((q) => requestAsSeen(q, r, holder, agencies.get(q.requestingAgencyId)!)),
      };
    });
  }
}

/** One lead request as one side sees it (see DeconflictionService.toModels). */
function requestAsSeen(q: DeconflictionLeadRequestEntity, c: DeconflictionCaseEntity, holder: boolean, requestingAgency: DeconflictionLeadRequestModel['requestingAgency']): DeconflictionLeadRequestModel {
  const shared = q.status === DeconflictionLeadRequestStatus.SHARED;
  const decision = holder || shared;
  return {
    id: q.id,
    status: !holder && q.status === DeconflictionLeadRequestStatus.REFUSED_BY_LAW ? DeconflictionLeadRequestStatus.DECLINED : q.status,
    purpose: q.purpose,
    reason: q.reason,
    requestingAgency,
    requestedAt: q.createdAt,
    decidedAt: q.status === DeconflictionLeadRequestStatus.PENDING ? null : q.decidedAt,
    decisionReason: q.status === DeconflictionLeadRequestStatus.PENDING ? null : q.decisionReason,
    outcome: decision ? q.outcome : null,
    redactedCategories: decision ? q.redactedCategories : [],
    reasons: decision ? q.reasons : [],
    sharedLeadId: shared ? c.holderLeadId : null,
  };
}
