import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AuthUser, badInput, forbidden, isUuid, notFound } from '@taskforce/api-core';
import { LeadEntity, LeadModel, LeadPersonEntity, LeadReadsService, requireClaims } from '@taskforce/api-leads';
import { isLeadWriter } from '@taskforce/domain';
import { defaultHitMode, hitDisclosure, HitMode, NormalisedSelector } from '@taskforce/domain/matching';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { BlindIndex } from './blind-index';
import { AddLeadSelectorInput, SetLeadHitModeInput } from './dto/selector.inputs';
import { SelectorCipherService } from './selector-cipher.service';
import { SelectorMatchingService } from './selector-matching.service';
import { LeadSelectorEntity } from './selector.entity';
import { AddLeadSelectorResultModel, LeadHitModeModel, LeadSelectorModel } from './selector.model';

/** What a selector's ciphertext holds. */
interface SealedSelector {
  value: string;
  display: string;
}

/**
 * Selectors of leads: recording (which matches too, SelectorMatchingService), removing and reading them, the holder's
 * hit mode, and the re-index after a matching key rotation. Only the originating agency's analysts, liaison officers
 * and coordinators record, remove and choose the mode; readers see a lead's selectors through its projection.
 */
@Injectable()
export class SelectorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: LeadReadsService,
    private readonly cipher: SelectorCipherService,
    private readonly blind: BlindIndex,
    private readonly matching: SelectorMatchingService,
    private readonly audit: AuditService,
  ) {}

  /** The lead, locked, when the caller may edit it. @throws NOT_FOUND ("Lead not found"), FORBIDDEN (a recipient, or a role that does not record leads). */
  private async requireEditable(actor: AuthUser, leadId: string, m: EntityManager): Promise<LeadEntity> {
    const { lead, share } = await this.reads.readable(actor, leadId, m, true);
    if (share) throw forbidden('Only the originating agency edits this lead; your agency holds a read-only copy');
    if (!isLeadWriter(actor)) throw forbidden('Only analysts, liaison officers and coordinators edit leads');
    return lead;
  }

  /**
   * Records a selector on a lead of the caller's agency (or one of its persons), sealed and blind-indexed, and matches
   * it against other agencies' selectors (counted against the daily budgets). Audited (LEAD_SELECTOR_ADDED).
   * @throws BAD_USER_INPUT on `value` when the selector is already recorded on the lead (nothing written, no budget spent);
   *   NOT_FOUND ("Lead not found") for unknown, malformed and unreadable leads; FORBIDDEN for a recipient or a
   *   role that does not record leads; BAD_USER_INPUT naming the field (`personId`, `phone`, …); QUERY_BUDGET_EXHAUSTED.
   */
  async add(actor: AuthUser, input: AddLeadSelectorInput): Promise<AddLeadSelectorResultModel> {
    requireClaims(actor, 'Lead');
    const lead = await this.db.transaction((m) => this.requireEditable(actor, input.leadId, m));
    if (input.personId != null && !(isUuid(input.personId) && (await this.db.getRepository(LeadPersonEntity).existsBy({ id: input.personId, leadId: lead.id })))) {
      throw badInput([{ field: 'personId', message: 'not a person of this lead' }]);
    }
    const selector = await this.matching.normalise(actor, input);
    await this.refuseDuplicate(this.db.manager, lead.id, selector);
    const queryId = await this.matching.consumeBudget(actor, selector, lead.id);
    const { row, match } = await this.db.transaction(async (m) => {
      await this.requireEditable(actor, lead.id, m);
      await this.refuseDuplicate(m, lead.id, selector);
      const row = await this.insert(m, actor, lead.id, input.personId ?? null, selector);
      return { row, match: await this.matching.matchInTransaction(m, actor, selector, lead.id, queryId) };
    });
    return { selector: this.toModel(row), match };
  }

  /**
   * BAD_USER_INPUT on `value` when `selector` is already recorded on the lead `leadId` (on the lead itself or one of
   * its persons), under any matching key.
   */
  private async refuseDuplicate(m: EntityManager, leadId: string, selector: NormalisedSelector): Promise<void> {
    const indexes = this.blind.underEveryKey(selector.kind, selector.value);
    const [{ found }] = (await m.query(
      `SELECT EXISTS (SELECT 1 FROM lead_selectors s JOIN unnest($3::text[], $4::text[]) AS k(key_id, blind_index)
                        ON s.matching_key_id = k.key_id AND s.blind_index = k.blind_index
                       WHERE s.lead_id = $1 AND s.kind = $2::selector_kind) AS found`,
      [leadId, selector.kind, indexes.map((i) => i.keyId), indexes.map((i) => i.index)],
    )) as Array<{ found: boolean }>;
    if (found) throw badInput([{ field: 'value', message: 'already recorded on this lead' }]);
  }

  /** Seals, blind-indexes and writes a selector on a lead, audited (LEAD_SELECTOR_ADDED). */
  private async insert(m: EntityManager, actor: AuthUser, leadId: string, personId: string | null, selector: NormalisedSelector): Promise<LeadSelectorEntity> {
    const sealed = this.cipher.seal(JSON.stringify({ value: selector.value, display: selector.display } satisfies SealedSelector));
    const index = this.blind.current(selector.kind, selector.value);
    const repo = m.getRepository(LeadSelectorEntity);
    const row = await repo.save(
      repo.create({ leadId, leadPersonId: personId, kind: selector.kind, ciphertext: sealed.ciphertext, cipherKeyId: sealed.keyId, blindIndex: index.index, matchingKeyId: index.keyId, createdById: actor.userId }),
    );
    await this.audit.record(
      actor,
      { action: AuditAction.LEAD_SELECTOR_ADDED, subjectType: AuditSubject.LEAD, subjectId: leadId, details: { leadId, selectorId: row.id, kind: row.kind, personId: row.leadPersonId } },
      m,
    );
    return row;
  }

  /**
   * Records a normalised selector on a lead the caller's agency is creating, in the caller's transaction `m` (an
   * import): counted against the daily budgets, sealed, blind-indexed, audited (LEAD_SELECTOR_ADDED) and matched as
   * `add` does (its cases and notices follow from the sweep). The caller records each selector once.
   * @throws QUERY_BUDGET_EXHAUSTED (the caller's transaction then rolls back).
   */
  async recordInTransaction(m: EntityManager, actor: AuthUser, leadId: string, selector: NormalisedSelector): Promise<void> {
    const queryId = await this.matching.consumeBudgetInTransaction(m, actor, selector, leadId);
    await this.insert(m, actor, leadId, null, selector);
    await this.matching.matchInTransaction(m, actor, selector, leadId, queryId);
  }

  /**
   * Removes a selector from a lead of the caller's agency. Audited (LEAD_SELECTOR_REMOVED). Returns its id.
   * @throws NOT_FOUND ("Selector not found") for unknown, malformed and unreadable selectors; FORBIDDEN as `add`.
   */
  async remove(actor: AuthUser, id: string): Promise<string> {
    requireClaims(actor, 'Selector');
    return this.db.transaction(async (m) => {
      const row = isUuid(id) ? await m.getRepository(LeadSelectorEntity).findOneBy({ id }) : null;
      if (!row) throw notFound('Selector');
      try {
        await this.reads.readable(actor, row.leadId, m, true);
      } catch {
        throw notFound('Selector');
      }
      await this.requireEditable(actor, row.leadId, m);
      await m.getRepository(LeadSelectorEntity).delete({ id: row.id });
      await this.audit.record(
        actor,
        { action: AuditAction.LEAD_SELECTOR_REMOVED, subjectType: AuditSubject.LEAD, subjectId: row.leadId, details: { leadId: row.leadId, selectorId: row.id, kind: row.kind } },
        m,
      );
      return row.id;
    });
  }

  /**
   * The selectors of a lead as its reader holds it (`lead` is already the reader's projection): none when the reader's
   * share redacts anything (selectors are personal data of the lead's persons); otherwise the lead's own selectors and
   * those of the persons the projection shows. Oldest first.
   */
  async listFor(lead: Pick<LeadModel, 'id' | 'redaction' | 'persons'>): Promise<LeadSelectorModel[]> {
    if (lead.redaction) return [];
    const persons = lead.persons.map((p) => p.id);
    const rows = await this.db.getRepository(LeadSelectorEntity).find({
      where: [{ leadId: lead.id, leadPersonId: IsNull() }, ...(persons.length ? [{ leadId: lead.id, leadPersonId: In(persons) }] : [])],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((r) => this.toModel(r));
  }

  /**
   * The normalised values of the selectors `listFor` shows the reader of `lead` (the same rule: none under a redacting
   * share), for exports that need the value itself (STIX). Oldest first.
   */
  async readableValues(lead: Pick<LeadModel, 'id' | 'redaction' | 'persons'>): Promise<Array<{ kind: LeadSelectorEntity['kind']; value: string }>> {
    if (lead.redaction) return [];
    const persons = lead.persons.map((p) => p.id);
    const rows = await this.db.getRepository(LeadSelectorEntity).find({
      where: [{ leadId: lead.id, leadPersonId: IsNull() }, ...(persons.length ? [{ leadId: lead.id, leadPersonId: In(persons) }] : [])],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((r) => ({ kind: r.kind, value: (JSON.parse(this.cipher.open({ keyId: r.cipherKeyId, ciphertext: r.ciphertext })) as SealedSelector).value }));
  }

  /** What a hit on the lead's selectors reveals, for its originating agency only (null for recipients). */
  async hitModeOf(lead: Pick<LeadModel, 'id' | 'viewerIsOriginator' | 'tlp' | 'handlingCodes'>): Promise<LeadHitModeModel | null> {
    if (!lead.viewerIsOriginator) return null;
    const row = await this.db.getRepository(LeadEntity).findOne({ where: { id: lead.id }, select: { id: true, hitMode: true } });
    return hitModeModel({ tlp: lead.tlp, handlingCodes: lead.handlingCodes }, row?.hitMode ?? null);
  }

  /**
   * Chooses what a hit on a lead's selectors reveals (null: back to the default of its markings). Audited (LEAD_HIT_MODE_SET).
   * @throws NOT_FOUND ("Lead not found"); FORBIDDEN for a recipient or a role that does not record leads.
   */
  async setHitMode(actor: AuthUser, input: SetLeadHitModeInput): Promise<LeadModel> {
    requireClaims(actor, 'Lead');
    await this.db.transaction(async (m) => {
      const lead = await this.requireEditable(actor, input.leadId, m);
      const mode = input.mode ?? null;
      await m.getRepository(LeadEntity).update({ id: lead.id }, { hitMode: mode });
      await this.audit.record(
        actor,
        { action: AuditAction.LEAD_HIT_MODE_SET, subjectType: AuditSubject.LEAD, subjectId: lead.id, details: { leadId: lead.id, mode, previous: lead.hitMode ?? null } },
        m,
      );
    });
    return this.reads.load(actor, input.leadId);
  }

  /**
   * Re-indexes every selector indexed under an older matching key under the current one (after a rotation of
   * MATCHING_KEY), `batchSize` rows per transaction. Audited (SELECTORS_REINDEXED) per batch as the given actor.
   * @returns how many rows were re-indexed.
   */
  async reindex(actor: Pick<AuthUser, 'userId' | 'agencyId' | 'steppedUp'>, batchSize = 500): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await this.db.transaction(async (m) => {
        const rows = await m
          .getRepository(LeadSelectorEntity)
          .createQueryBuilder('s')
          .where('s.matching_key_id <> :current', { current: this.blind.currentKeyId })
          .orderBy('s.id')
          .limit(batchSize)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const row of rows) {
          const { value } = JSON.parse(this.cipher.open({ keyId: row.cipherKeyId, ciphertext: row.ciphertext })) as SealedSelector;
          const index = this.blind.current(row.kind, value);
          await m.getRepository(LeadSelectorEntity).update({ id: row.id }, { blindIndex: index.index, matchingKeyId: index.keyId });
        }
        if (rows.length) {
          await this.audit.record(actor, { action: AuditAction.SELECTORS_REINDEXED, subjectType: AuditSubject.SELECTOR_INDEX, subjectId: 'lead_selectors', details: { keyId: this.blind.currentKeyId, count: rows.length } }, m);
        }
        return rows.length;
      });
      total += done;
      if (done < batchSize) return total;
    }
  }

  private toModel(row: LeadSelectorEntity): LeadSelectorModel {
    const { display } = JSON.parse(this.cipher.open({ keyId: row.cipherKeyId, ciphertext: row.ciphertext })) as SealedSelector;
    return { id: row.id, kind: row.kind, display, personId: row.leadPersonId, createdAt: row.createdAt };
  }
}

/** The hit mode of a lead with these markings and this stored choice (null = the default). */
export function hitModeModel(markings: Pick<LeadModel, 'tlp' | 'handlingCodes'>, chosen: HitMode | null): LeadHitModeModel {
  const fallback = defaultHitMode(markings);
  const mode = chosen ?? fallback.mode;
  const disclosure = hitDisclosure({ ...markings, mode });
  return {
    mode,
    isDefault: chosen === null,
    defaultReason: fallback.reason,
    defaultExplanation: fallback.explanation,
    effectiveMode: disclosure.mode,
    reason: disclosure.reason,
    explanation: disclosure.explanation,
  };
}
