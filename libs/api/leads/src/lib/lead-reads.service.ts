import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AuthUser, badInput, isUuid, oncePerRequest, plainRowSelect, whereArgs } from '@taskforce/api-core';
import { TaskEntity, TaskModel, TaskPolicy, TaskService } from '@taskforce/api-tasks';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { hasClaims, requireClaims } from './lead-claims';
import { projectLead, shareToModel } from './lead-projection';
import { containsPattern, projectionMatches } from './lead-search';
import { LeadEntity, LeadPersonEntity, LeadShareEntity, LeadShareStatus } from './lead.entity';
import { LeadModel, LeadShareModel } from './lead.model';
import { LeadPolicy, ReadableLead } from './lead.policy';

/** Search text as it decides the results (search ignores case; SearchLeadsArgs has trimmed it): in lower case. */
function searchKey(text: string): string {
  return text.toLocaleLowerCase('en');
}

/**
 * Reading leads: one lead by id, lists, counts and search over each caller's projection, a lead's shares and
 * linked tasks, always through LeadPolicy's need-to-know rule; reads by id and list reads are audited, and
 * so are refusals of a lead that exists (answered like an unknown id). The other lead services read through it.
 */
@Injectable()
export class LeadReadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: LeadPolicy,
    private readonly audit: AuditService,
  ) {}
  /**
   * The lead and the caller's way of reading it (LeadPolicy.require). An attempt on a lead that exists but is not
   * readable is audited as ACCESS_REFUSED — in a transaction of its own, as the caller's is about to roll back —
   * and answered with the same NOT_FOUND ("Lead not found") as an unknown id. Call it before the caller's
   * transaction appends to the audit log.
   */
  async readable(actor: AuthUser, leadId: string, m: EntityManager = this.db.manager, lock = false): Promise<ReadableLead> {
    requireClaims(actor, 'Lead');
    try {
      return await this.access.require(actor, leadId, m, lock);
    } catch (err) {
      if (isUuid(leadId) && (await this.db.getRepository(LeadEntity).existsBy({ id: leadId }))) {
        await this.refused(actor, AuditSubject.LEAD, leadId, { leadId });
      }
      throw err;
    }
  }

  /** Records an ACCESS_REFUSED entry (own transaction). */
  refused(actor: AuthUser, subjectType: AuditSubject, subjectId: string, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(actor, { action: AuditAction.ACCESS_REFUSED, subjectType, subjectId, details });
  }

  /**
   * Records one LEAD_LIST_READ entry for a list or search: the ids returned (inline up to 50, else as a stored lead
   * set), their count and the fingerprint of `args` (AuditService.recordLeadListRead).
   */
  private listRead(actor: AuthUser, query: string, args: Record<string, unknown>, leadIds: string[]): Promise<void> {
    return this.audit.recordLeadListRead(actor, { query, args, count: leadIds.length, leadIds });
  }

  /** Projections of the given readable leads for the caller, in the given order (none without claims). */
  async project(actor: AuthUser, leads: LeadEntity[], manager: EntityManager = this.db.manager): Promise<LeadModel[]> {
    if (!leads.length || !hasClaims(actor)) return [];
    const ids = leads.map((l) => l.id);
    const persons: LeadPersonEntity[] = await manager.query(`SELECT ${plainRowSelect(this.db, LeadPersonEntity, 'p')} FROM lead_persons p WHERE p.lead_id = ANY($1::uuid[])`, [ids]);
    const shares: LeadShareEntity[] = await manager.query(
      `SELECT ${plainRowSelect(this.db, LeadShareEntity, 's')} FROM lead_shares s WHERE s.lead_id = ANY($1::uuid[]) AND s.recipient_agency_id = $2 AND s.status = $3 ORDER BY s.created_at`,
      [ids, actor.agencyId, LeadShareStatus.ACTIVE],
    );
    const personsOf = new Map<string, LeadPersonEntity[]>();
    for (const person of persons) {
      const own = personsOf.get(person.leadId);
      if (own) own.push(person);
      else personsOf.set(person.leadId, [person]);
    }
    const shareOf = new Map<string, LeadShareEntity>();
    for (const share of shares) if (!shareOf.has(share.leadId)) shareOf.set(share.leadId, share);
    return leads.map((lead) => {
      const share = lead.originatingAgencyId === actor.agencyId ? null : (shareOf.get(lead.id) ?? null);
      return projectLead(lead, personsOf.get(lead.id) ?? [], share);
    });
  }

  /**
   * Leads the caller may read, newest first (then by id): the first `first` (1–200), after the lead `after` when
   * given (keyset paging, stable while leads are added); one LEAD_LIST_READ audit entry. Empty without claims.
   * @throws BAD_USER_INPUT naming `after` when it is not a lead the caller may read (unknown and unreadable alike).
   */
  async list(actor: AuthUser, first = 200, after: string | null = null): Promise<LeadModel[]> {
    if (!hasClaims(actor)) return [];
    const query = this.db
      .getRepository(LeadEntity)
      .createQueryBuilder('l')
      .where(...whereArgs(LeadPolicy.readableWhere(actor, 'l')));
    if (after) {
      const [anchor] = isUuid(after)
        ? await this.db
            .getRepository(LeadEntity)
            .createQueryBuilder('a')
            .select('a.id', 'id')
            .where('a.id = :after', { after })
            .andWhere(...whereArgs(LeadPolicy.readableWhere(actor, 'a')))
            .getRawMany<{ id: string }>()
        : [];
      if (!anchor) throw badInput([{ field: 'after', message: 'after must be the id of a lead of this list' }]);
      const anchorAt = '(SELECT created_at FROM leads WHERE id = :after)';
      query.andWhere(`(l.created_at < ${anchorAt} OR (l.created_at = ${anchorAt} AND l.id > :after))`, { after });
    }
    const rows = await query.select(plainRowSelect(this.db, LeadEntity, 'l')).orderBy('l.created_at', 'DESC').addOrderBy('l.id', 'ASC').limit(first).getRawMany<LeadEntity>();
    const models = await this.project(actor, rows);
    await this.listRead(actor, 'leads', { first, after }, models.map((l) => l.id));
    return models;
  }

  /**
   * How many leads the caller may read (same rule as `list`), counted in SQL; one LEAD_LIST_READ audit entry naming
   * the query and the count (a count returns no lead, so it names none). 0 without claims. Asked several times in one
   * query (aliases), it is counted and audited once: the same question has one answer within a request.
   */
  count(actor: AuthUser): Promise<number> {
    return oncePerRequest('leadCount', async () => {
      if (!hasClaims(actor)) return 0;
      const row = await this.db
        .getRepository(LeadEntity)
        .createQueryBuilder('l')
        .select('count(*)::int', 'n')
        .where(...whereArgs(LeadPolicy.readableWhere(actor, 'l')))
        .getRawOne<{ n: number }>();
      const n = row?.n ?? 0;
      await this.audit.recordLeadListRead(actor, { query: 'leadCount', args: {}, count: n });
      return n;
    });
  }

  /**
   * Readable leads whose projection for the caller contains `text` (ignoring case), newest first. PostgreSQL
   * narrows with ILIKE over the stored texts (pattern escaped, bound as a parameter) among readable leads only;
   * the match is then confirmed on the caller's projection (lead-search.ts), so a word redacted away from a
   * recipient's copy never finds the lead. `text` is validated (2–200 characters) by SearchLeadsArgs.
   */
  private async matching(actor: AuthUser, text: string): Promise<LeadModel[]> {
    if (!hasClaims(actor)) return [];
    const rows = await this.db
      .getRepository(LeadEntity)
      .createQueryBuilder('l')
      .where(...whereArgs(LeadPolicy.readableWhere(actor, 'l')))
      .andWhere(
        new Brackets((qb) =>
          qb
            .where(`l.summary ILIKE :pattern ESCAPE '\\'`)
            .orWhere(`l.details ILIKE :pattern ESCAPE '\\'`)
            .orWhere(`l.handling_condition ILIKE :pattern ESCAPE '\\'`)
            .orWhere(
              `EXISTS (SELECT 1 FROM lead_persons lp_s WHERE lp_s.lead_id = l.id AND (lp_s.name ILIKE :pattern ESCAPE '\\' OR lp_s.pseudonym ILIKE :pattern ESCAPE '\\' OR lp_s.description ILIKE :pattern ESCAPE '\\'))`,
            ),
        ),
        { pattern: containsPattern(text) },
      )
      .select(plainRowSelect(this.db, LeadEntity, 'l'))
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'ASC')
      .getRawMany<LeadEntity>();
    return (await this.project(actor, rows)).filter((lead) => projectionMatches(lead, text));
  }

  /** The first 200 results of `matching`; one LEAD_LIST_READ audit entry (ids only, never the text searched). */
  async search(actor: AuthUser, text: string): Promise<LeadModel[]> {
    const found = (await this.matching(actor, text)).slice(0, 200);
    if (hasClaims(actor)) await this.listRead(actor, 'searchLeads', { text: searchKey(text) }, found.map((l) => l.id));
    return found;
  }

  /** How many leads `matching` finds; one LEAD_LIST_READ audit entry. */
  searchCount(actor: AuthUser, text: string): Promise<number> {
    // Once per text within a query, like `count`.
    return oncePerRequest(`searchLeadCount:${searchKey(text)}`, async () => {
      const found = await this.matching(actor, text);
      if (hasClaims(actor)) await this.listRead(actor, 'searchLeadCount', { text: searchKey(text) }, found.map((l) => l.id));
      return found.length;
    });
  }

  /** One lead as the caller may read it. @throws NOT_FOUND ("Lead not found") otherwise. */
  async get(actor: AuthUser, leadId: string): Promise<LeadModel> {
    const model = await this.load(actor, leadId);
    await this.audit.record(actor, { action: AuditAction.LEAD_READ, subjectType: AuditSubject.LEAD, subjectId: model.id, details: { leadId: model.id } });
    return model;
  }

  /** `get` without the audit entry (for returning what the caller just wrote). */
  async load(actor: AuthUser, leadId: string): Promise<LeadModel> {
    const { lead } = await this.readable(actor, leadId);
    return (await this.project(actor, [lead]))[0];
  }

  /** The lead as the caller may read it, or null when it may not (no audit of the refusal: nothing was asked by id). */
  private async readableOrNull(actor: AuthUser, leadId: string): Promise<LeadModel | null> {
    if (!hasClaims(actor)) return null;
    try {
      const { lead } = await this.access.require(actor, leadId);
      return (await this.project(actor, [lead]))[0];
    } catch {
      return null;
    }
  }

  /** TLP:RED named recipients of a lead, for its originating agency only (empty for everyone else). */
  async namedRecipientIds(actor: AuthUser, leadId: string): Promise<string[]> {
    const { lead, share } = await this.readable(actor, leadId);
    return share ? [] : lead.namedRecipientAgencyIds;
  }

  /**
   * Shares of a lead the caller may read: every share for the originating agency; for a recipient, its own active
   * share and the onward shares its agency sent (never the rest of the originator's list).
   */
  async sharesOf(actor: AuthUser, lead: LeadModel): Promise<LeadShareModel[]> {
    await this.readable(actor, lead.id);
    const where =
      lead.originatingAgencyId === actor.agencyId
        ? { leadId: lead.id }
        : [
            { leadId: lead.id, recipientAgencyId: actor.agencyId, status: LeadShareStatus.ACTIVE },
            { leadId: lead.id, senderAgencyId: actor.agencyId },
          ];
    const rows = await this.db.getRepository(LeadShareEntity).find({ where, order: { createdAt: 'ASC' } });
    return rows.map(shareToModel);
  }

  /** The lead a visible task acts on, as the caller may read it; null when none or not readable (no hint why). */
  async leadOfTask(actor: AuthUser, task: TaskModel): Promise<LeadModel | null> {
    if (!task.leadId) return null;
    const lead = await this.readableOrNull(actor, task.leadId);
    if (lead) await this.audit.record(actor, { action: AuditAction.LEAD_READ, subjectType: AuditSubject.LEAD, subjectId: lead.id, details: { leadId: lead.id, viaTaskId: task.id } });
    return lead;
  }

  /** Tasks linked to a lead the caller reads, limited to joint operations the caller's agency takes part in. */
  async linkedTasks(actor: AuthUser, lead: LeadModel): Promise<TaskModel[]> {
    await this.readable(actor, lead.id);
    const rows = await this.db
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where('t.lead_id = :leadId', { leadId: lead.id })
      .andWhere(...whereArgs(TaskPolicy.visibleWhere(actor, 't')))
      .orderBy('t.created_at', 'ASC')
      .getMany();
    return rows.map((t) => TaskService.toModel(t));
  }

}
