import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyService } from '@taskforce/api-agencies';
import { AuthUser } from '@taskforce/api-core';
import { requireClaims } from '@taskforce/api-leads';
import { DataSource } from 'typeorm';
import { DeconflictionCaseEntity } from './selector.entity';
import { DeconflictionCaseModel, DeconflictionSide } from './selector.model';

/** Most cases `deconflictionCases` returns. */
export const DECONFLICTION_CASE_LIMIT = 200;

/**
 * Deconfliction cases as each liaison office sees them: the holder side every case on its leads; the querying side
 * only the cases whose hit revealed the holder (a hit that did not reveal it must stay indistinguishable from a
 * no-hit). Each side is given its own lead only.
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
      .where('(c.holder_agency_id = :agency OR (c.querier_agency_id = :agency AND c.holder_revealed))', { agency: actor.agencyId })
      .orderBy('c.last_hit_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .limit(DECONFLICTION_CASE_LIMIT)
      .getMany();
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
      };
    });
  }
}
