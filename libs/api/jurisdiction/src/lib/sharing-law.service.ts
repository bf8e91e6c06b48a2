import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity, isCountryCode } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AuthUser, badInput, conflict, FieldProblem, isUuid, notFound } from '@taskforce/api-core';
import { AgreementKind, AgreementParty, parseInstant, sortCategories, windowPosition } from '@taskforce/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgreementPartyInput, AgreementPartyKind, CreateAgreementInput, CreateJurisdictionRuleInput, ReviseJurisdictionRuleInput, UpdateAgreementInput } from './dto/sharing-law.inputs';
import { AgreementEntity, JurisdictionRuleEntity } from './jurisdiction.entity';
import { LawChangeListener } from './law-change';
import { agreementOf, ruleOf } from './sharing-law-mapping';
import { AgreementModel, AgreementStatus, JurisdictionRuleModel, JurisdictionRuleVersionModel } from './sharing-law.model';
import { engineProblems, parseCondition, parseScope, parseWhen, windowProblems } from './sharing-law-validation';

function agreementStatus(e: AgreementEntity, atMs: number): AgreementStatus {
  const position = windowPosition(atMs, e.inForceFrom, e.inForceTo);
  if (position === 'BEFORE') return AgreementStatus.NOT_YET_IN_FORCE;
  if (position === 'AFTER') return AgreementStatus.EXPIRED;
  return e.suspended ? AgreementStatus.SUSPENDED : AgreementStatus.IN_FORCE;
}

function toAgreementModel(e: AgreementEntity, atMs: number): AgreementModel {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    article: e.article,
    parties: e.parties.map((p) => (p.kind === 'COUNTRY' ? { kind: AgreementPartyKind.COUNTRY, country: p.country, agencyId: null } : { kind: AgreementPartyKind.AGENCY, country: null, agencyId: p.agencyId })),
    dataCategories: e.dataCategories,
    purposes: e.purposes,
    inForceFrom: e.inForceFrom,
    inForceTo: e.inForceTo,
    suspended: e.suspended,
    status: agreementStatus(e, atMs),
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

function toVersionModel(e: JurisdictionRuleEntity, atMs: number): JurisdictionRuleVersionModel {
  return {
    ruleId: e.id,
    version: e.version,
    effectiveFrom: e.effectiveFrom,
    effectiveTo: e.effectiveTo,
    scopeJson: JSON.stringify(e.scope),
    flows: e.flows,
    whenJson: e.when ? JSON.stringify(e.when) : null,
    conditionJson: JSON.stringify(e.condition),
    text: e.text,
    inEffect: windowPosition(atMs, e.effectiveFrom, e.effectiveTo) === 'INSIDE',
    retiredAt: e.retiredAt,
    createdAt: e.createdAt,
  };
}

/** Versions of one rule (any order) as the API shows them: current = highest version; history newest first. */
function toRuleModel(versions: JurisdictionRuleEntity[], includeHistory: boolean, atMs: number): JurisdictionRuleModel {
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  const current = toVersionModel(sorted[0], atMs);
  return { id: current.ruleId, currentVersion: current.version, retired: !!sorted[0].retiredAt, current, versions: includeHistory ? sorted.map((v) => toVersionModel(v, atMs)) : [current] };
}

/** What a listener's `reconsider` left to do once the writing transaction has committed. */
type AfterCommit = () => void;

/**
 * Agreements and jurisdiction rules: every signed-in user reads them (decisions cite them); only
 * platform admins write them (SharingLawResolver's @RequireRoles refuses everyone else before a write starts). Writes are checked with the engine's own reading (dates via `parseInstant`, rule
 * shapes as in the engine README, then `validateSharingInput` as a last guard), audited, and — in the same
 * transaction — every registered LawChangeListener reconsiders what the law governs at the write instant (the
 * leads module decides every live share again: ShareLapseService.reconsider); what the listeners collected
 * (`lead.changed`, notifications) goes out after commit.
 */
@Injectable()
export class SharingLawService {
  private readonly lawChangeListeners: Array<(m: EntityManager, actor: AuthUser, at: Date) => Promise<AfterCommit>> = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Registers what must follow every change of the law, in the admin's transaction then after commit (the leads
   * module registers its share lapse at start-up, before any request is served). Listeners run in registration order.
   */
  onLawChange<E>(listener: LawChangeListener<E>): void {
    this.lawChangeListeners.push(async (m, actor, at) => {
      const effects = await listener.reconsider(m, actor, at);
      return () => listener.publish(effects);
    });
  }

  /** Every agreement, by id, with its status now. */
  async agreements(): Promise<AgreementModel[]> {
    const now = Date.now();
    return (await this.db.getRepository(AgreementEntity).find({ order: { id: 'ASC' } })).map((e) => toAgreementModel(e, now));
  }

  /** One agreement. @throws NOT_FOUND ("Agreement not found"). */
  async agreement(id: string): Promise<AgreementModel> {
    const e = await this.db.getRepository(AgreementEntity).findOneBy({ id });
    if (!e) throw notFound('Agreement');
    return toAgreementModel(e, Date.now());
  }

  /** Every rule by id: its current version, or every version with `includeHistory`. */
  async rules(includeHistory: boolean): Promise<JurisdictionRuleModel[]> {
    const rows = await this.db.getRepository(JurisdictionRuleEntity).find({ order: { id: 'ASC', version: 'DESC' } });
    const byId = new Map<string, JurisdictionRuleEntity[]>();
    for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
    const now = Date.now();
    return [...byId.values()].map((versions) => toRuleModel(versions, includeHistory, now));
  }

  /** One rule with all its versions, newest first. @throws NOT_FOUND ("Jurisdiction rule not found"). */
  async rule(id: string): Promise<JurisdictionRuleModel> {
    const versions = await this.db.getRepository(JurisdictionRuleEntity).findBy({ id });
    if (!versions.length) throw notFound('Jurisdiction rule');
    return toRuleModel(versions, true, Date.now());
  }

  /**
   * Records an agreement (platform admins). @throws BAD_USER_INPUT naming the field
   * for an id in use, unreadable or inverted dates, unknown countries or agencies, fewer than two distinct parties.
   */
  async createAgreement(actor: AuthUser, input: CreateAgreementInput): Promise<AgreementModel> {
    const { saved, afterCommit } = await this.db.transaction(async (m) => {
      const problems: FieldProblem[] = [];
      if (await m.getRepository(AgreementEntity).existsBy({ id: input.id })) problems.push({ field: 'id', message: 'an agreement with this id already exists' });
      const parties = await this.partiesOf(m, input.parties, problems);
      problems.push(...windowProblems('inForceFrom', input.inForceFrom, 'inForceTo', input.inForceTo));
      const repo = m.getRepository(AgreementEntity);
      const draft = repo.create({
        id: input.id,
        kind: input.kind,
        title: input.title,
        article: input.article?.trim() || null,
        parties,
        dataCategories: sortCategories(new Set(input.dataCategories)),
        purposes: [...new Set(input.purposes)],
        inForceFrom: input.inForceFrom.trim(),
        inForceTo: input.inForceTo?.trim() || null,
        suspended: input.suspended ?? false,
        version: 1,
      });
      if (!problems.length) problems.push(...(await this.agreementEngineProblems(m, draft)));
      if (problems.length) throw badInput(problems);
      const saved = await repo.save(draft);
      await this.audit.record(actor, { action: AuditAction.AGREEMENT_CREATED, subjectType: AuditSubject.AGREEMENT, subjectId: saved.id, details: { agreementId: saved.id, version: saved.version } }, m);
      return { saved, afterCommit: await this.reconsider(m, actor, new Date()) };
    });
    afterCommit.forEach((publish) => publish());
    return toAgreementModel(saved, Date.now());
  }

  /**
   * Changes an agreement (platform admins): absent fields stay; `suspended` suspends or lifts; a past `inForceTo`
   * ends it. Live shares are decided again at once. @throws NOT_FOUND ("Agreement not found");
   * CONFLICT when `expectedVersion` is not the current version; BAD_USER_INPUT naming the field as for create.
   */
  async updateAgreement(actor: AuthUser, input: UpdateAgreementInput): Promise<AgreementModel> {
    const { saved, afterCommit } = await this.db.transaction(async (m) => {
      const repo = m.getRepository(AgreementEntity);
      const current = await repo.createQueryBuilder('a').where('a.id = :id', { id: input.id }).setLock('pessimistic_write').getOne();
      if (!current) throw notFound('Agreement');
      if (current.version !== input.expectedVersion) throw conflict('The agreement was changed by someone else; reload it and try again', { currentVersion: current.version });
      const problems: FieldProblem[] = [];
      const changes: string[] = [];
      const next = repo.create({ ...current });
      const set = <K extends keyof AgreementEntity>(field: K, value: AgreementEntity[K] | undefined): void => {
        if (value === undefined || JSON.stringify(value) === JSON.stringify(current[field])) return;
        next[field] = value;
        changes.push(field);
      };
      set('kind', input.kind);
      set('title', input.title);
      set('article', input.article === undefined ? undefined : input.article?.trim() || null);
      set('parties', input.parties === undefined ? undefined : await this.partiesOf(m, input.parties, problems));
      set('dataCategories', input.dataCategories === undefined ? undefined : sortCategories(new Set(input.dataCategories)));
      set('purposes', input.purposes === undefined ? undefined : [...new Set(input.purposes)]);
      set('inForceFrom', input.inForceFrom?.trim());
      set('inForceTo', input.inForceTo === undefined ? undefined : input.inForceTo?.trim() || null);
      set('suspended', input.suspended);
      problems.push(...windowProblems('inForceFrom', next.inForceFrom, 'inForceTo', next.inForceTo));
      if (!problems.length) problems.push(...(await this.agreementEngineProblems(m, next)));
      if (problems.length) throw badInput(problems);
      next.version = current.version + 1;
      const saved = await repo.save(next);
      await this.audit.record(
        actor,
        { action: AuditAction.AGREEMENT_UPDATED, subjectType: AuditSubject.AGREEMENT, subjectId: saved.id, details: { agreementId: saved.id, version: saved.version, changes, suspended: saved.suspended, inForceTo: saved.inForceTo } },
        m,
      );
      return { saved, afterCommit: await this.reconsider(m, actor, new Date()) };
    });
    afterCommit.forEach((publish) => publish());
    return toAgreementModel(saved, Date.now());
  }

  /**
   * Records version 1 of a new rule (platform admins). @throws BAD_USER_INPUT naming the field (`id`
   * in use, `effectiveFrom`/`effectiveTo`, `scopeJson.country`, `conditionJson.kind`, `whenJson.purposes.0`, …).
   */
  async createRule(actor: AuthUser, input: CreateJurisdictionRuleInput): Promise<JurisdictionRuleModel> {
    const { saved, afterCommit } = await this.db.transaction(async (m) => {
      const repo = m.getRepository(JurisdictionRuleEntity);
      const problems: FieldProblem[] = [];
      if (await repo.existsBy({ id: input.id })) problems.push({ field: 'id', message: 'a rule with this id already exists; revise it instead' });
      const draft = this.ruleDraft(m, input.id, 1, input, problems, actor);
      problems.push(...windowProblems('effectiveFrom', draft.effectiveFrom, 'effectiveTo', draft.effectiveTo));
      if (!problems.length) problems.push(...(await this.ruleEngineProblems(m, draft)));
      if (problems.length) throw badInput(problems);
      const saved = await repo.save(draft);
      await this.audit.record(actor, { action: AuditAction.JURISDICTION_RULE_CREATED, subjectType: AuditSubject.JURISDICTION_RULE, subjectId: saved.id, details: { ruleId: saved.id, version: saved.version } }, m);
      return { saved, afterCommit: await this.reconsider(m, actor, new Date()) };
    });
    afterCommit.forEach((publish) => publish());
    return this.rule(saved.id);
  }

  /**
   * Writes the next version of a rule (platform admins); fields not given are those of the current version,
   * `effectiveFrom` defaults to now, and the current version ends (`effectiveTo`) when the new one starts.
   * @throws NOT_FOUND ("Jurisdiction rule not found"); CONFLICT when `expectedVersion` is not the
   *   current version; BAD_USER_INPUT naming the field.
   */
  async reviseRule(actor: AuthUser, input: ReviseJurisdictionRuleInput): Promise<JurisdictionRuleModel> {
    const { afterCommit } = await this.db.transaction(async (m) => {
      const current = await this.lockCurrentVersion(m, input.id, input.expectedVersion);
      const problems: FieldProblem[] = [];
      const now = new Date().toISOString();
      const draft = this.ruleDraft(
        m,
        current.id,
        current.version + 1,
        {
          effectiveFrom: input.effectiveFrom ?? now,
          effectiveTo: input.effectiveTo !== undefined ? input.effectiveTo : current.effectiveTo,
          scopeJson: input.scopeJson ?? JSON.stringify(current.scope),
          flows: input.flows ?? current.flows,
          whenJson: input.whenJson !== undefined ? input.whenJson : current.when ? JSON.stringify(current.when) : null,
          conditionJson: input.conditionJson ?? JSON.stringify(current.condition),
          text: input.text ?? current.text,
        },
        problems,
        actor,
      );
      problems.push(...windowProblems('effectiveFrom', draft.effectiveFrom, 'effectiveTo', draft.effectiveTo));
      const from = parseInstant(draft.effectiveFrom);
      const currentFrom = parseInstant(current.effectiveFrom);
      if (!problems.length && from && currentFrom && from.ms < currentFrom.ms) problems.push({ field: 'effectiveFrom', message: `effectiveFrom must not be before the start of version ${current.version} (${current.effectiveFrom})` });
      const currentTo = parseInstant(current.effectiveTo);
      const endCurrent = !problems.length && (!currentTo || (from && currentTo.ms > from.ms));
      const previous = endCurrent ? { ...current, effectiveTo: draft.effectiveFrom } : current;
      if (!problems.length) problems.push(...(await this.ruleEngineProblems(m, draft, previous)));
      if (problems.length) throw badInput(problems);
      if (endCurrent) await m.getRepository(JurisdictionRuleEntity).update({ id: current.id, version: current.version }, { effectiveTo: draft.effectiveFrom });
      const saved = await m.getRepository(JurisdictionRuleEntity).save(draft);
      await this.audit.record(
        actor,
        { action: AuditAction.JURISDICTION_RULE_REVISED, subjectType: AuditSubject.JURISDICTION_RULE, subjectId: saved.id, details: { ruleId: saved.id, version: saved.version, previousVersion: current.version, effectiveFrom: saved.effectiveFrom } },
        m,
      );
      return { afterCommit: await this.reconsider(m, actor, new Date()) };
    });
    afterCommit.forEach((publish) => publish());
    return this.rule(input.id);
  }

  /**
   * Retires a rule (platform admins): its current version ends now (unless it already ended) and is marked
   * retired; nothing is deleted. @throws NOT_FOUND; CONFLICT on a stale `expectedVersion`;
   * BAD_USER_INPUT (`id`) when already retired.
   */
  async retireRule(actor: AuthUser, id: string, expectedVersion: number): Promise<JurisdictionRuleModel> {
    const { afterCommit } = await this.db.transaction(async (m) => {
      const current = await this.lockCurrentVersion(m, id, expectedVersion);
      if (current.retiredAt) throw badInput([{ field: 'id', message: 'the rule is already retired' }]);
      const now = new Date();
      const currentTo = parseInstant(current.effectiveTo);
      const effectiveTo = !currentTo || currentTo.ms > now.getTime() ? now.toISOString() : current.effectiveTo;
      await m.getRepository(JurisdictionRuleEntity).update({ id: current.id, version: current.version }, { effectiveTo, retiredAt: now });
      await this.audit.record(actor, { action: AuditAction.JURISDICTION_RULE_RETIRED, subjectType: AuditSubject.JURISDICTION_RULE, subjectId: id, details: { ruleId: id, version: current.version, effectiveTo } }, m);
      return { afterCommit: await this.reconsider(m, actor, now) };
    });
    afterCommit.forEach((publish) => publish());
    return this.rule(id);
  }

  /** Every listener's reconsideration in transaction `m` at `at` (UTC); returns what each publishes after commit. */
  private async reconsider(m: EntityManager, actor: AuthUser, at: Date): Promise<AfterCommit[]> {
    const afterCommit: AfterCommit[] = [];
    for (const listener of this.lawChangeListeners) afterCommit.push(await listener(m, actor, at));
    return afterCommit;
  }

  /** The highest version of a rule, locked. @throws NOT_FOUND; CONFLICT when it is not `expectedVersion`. */
  private async lockCurrentVersion(m: EntityManager, id: string, expectedVersion: number): Promise<JurisdictionRuleEntity> {
    const current = await m.getRepository(JurisdictionRuleEntity).createQueryBuilder('r').where('r.id = :id', { id }).orderBy('r.version', 'DESC').limit(1).setLock('pessimistic_write').getOne();
    if (!current) throw notFound('Jurisdiction rule');
    if (current.version !== expectedVersion) throw conflict('The rule was changed by someone else; reload it and try again', { currentVersion: current.version });
    return current;
  }

  /** A rule version from input fields, with problems (naming the field) added to `problems`. */
  private ruleDraft(
    m: EntityManager,
    id: string,
    version: number,
    input: Pick<CreateJurisdictionRuleInput, 'effectiveFrom' | 'effectiveTo' | 'scopeJson' | 'flows' | 'whenJson' | 'conditionJson' | 'text'>,
    problems: FieldProblem[],
    actor: AuthUser,
  ): JurisdictionRuleEntity {
    const scope = parseScope(input.scopeJson, isCountryCode);
    const when = parseWhen(input.whenJson);
    const condition = parseCondition(input.conditionJson);
    problems.push(...scope.problems, ...when.problems, ...condition.problems);
    if (condition.value?.kind === 'LEGAL_BASIS' && input.flows.some((f) => f !== 'WITHIN')) {
      problems.push({ field: 'flows', message: 'a LEGAL_BASIS rule states a domestic basis: its only flow is WITHIN' });
    }
    return m.getRepository(JurisdictionRuleEntity).create({
      id,
      version,
      effectiveFrom: input.effectiveFrom?.trim() || null,
      effectiveTo: input.effectiveTo?.trim() || null,
      scope: scope.value ?? { kind: 'COUNTRY', country: 'XX' },
      flows: [...new Set(input.flows)],
      when: when.value,
      condition: condition.value ?? { kind: 'RESTRICT_FLOW', effect: 'DENY' },
      text: input.text,
      createdById: actor.userId,
      retiredAt: null,
    });
  }

  /** Stored agreement parties from input, with problems naming `parties.<i>.<field>`. */
  private async partiesOf(m: EntityManager, input: AgreementPartyInput[], problems: FieldProblem[]): Promise<AgreementParty[]> {
    const agencyIds = input.filter((p) => p.kind === AgreementPartyKind.AGENCY && p.agencyId && isUuid(p.agencyId)).map((p) => p.agencyId!);
    const known = new Set(agencyIds.length ? (await m.getRepository(AgencyEntity).findBy({ id: In(agencyIds) })).map((a) => a.id) : []);
    const parties: AgreementParty[] = [];
    const seen = new Set<string>();
    input.forEach((p, i) => {
      let party: AgreementParty | null = null;
      if (p.kind === AgreementPartyKind.COUNTRY) {
        if (p.agencyId) problems.push({ field: `parties.${i}.agencyId`, message: 'a COUNTRY party has no agencyId' });
        if (!p.country || !isCountryCode(p.country)) problems.push({ field: `parties.${i}.country`, message: 'country must be an assigned ISO 3166-1 alpha-2 code such as NL' });
        else party = { kind: 'COUNTRY', country: p.country };
      } else {
        if (p.country) problems.push({ field: `parties.${i}.country`, message: 'an AGENCY party has no country' });
        if (!p.agencyId || !known.has(p.agencyId)) problems.push({ field: `parties.${i}.agencyId`, message: 'agencyId must be the id of an agency of the task force' });
        else party = { kind: 'AGENCY', agencyId: p.agencyId };
      }
      if (!party) return;
      const key = JSON.stringify(party);
      if (seen.has(key)) problems.push({ field: `parties.${i}`, message: 'this party is listed twice' });
      else parties.push(party);
      seen.add(key);
    });
    if (!problems.some((p) => p.field.startsWith('parties')) && parties.length < 2) problems.push({ field: 'parties', message: 'an agreement needs at least two distinct parties' });
    return parties;
  }

  private async agreementEngineProblems(m: EntityManager, draft: AgreementEntity): Promise<FieldProblem[]> {
    // A bilateral agreement binds two parties, by definition.
    if (draft.kind === AgreementKind.BILATERAL && draft.parties.length !== 2) return [{ field: 'parties', message: 'a BILATERAL agreement has exactly two parties' }];
    const others = (await m.getRepository(AgreementEntity).find()).filter((a) => a.id !== draft.id);
    return engineProblems('input', [...others, draft].map(agreementOf), []);
  }

  private async ruleEngineProblems(m: EntityManager, draft: JurisdictionRuleEntity, replaced?: JurisdictionRuleEntity): Promise<FieldProblem[]> {
    const stored = (await m.getRepository(JurisdictionRuleEntity).find()).filter((r) => !(replaced && r.id === replaced.id && r.version === replaced.version));
    return engineProblems('input', [], [...stored, ...(replaced ? [replaced] : []), draft].map(ruleOf));
  }
}

