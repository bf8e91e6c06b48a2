import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity, AgencyService, isCountryCode } from '@taskforce/api-agencies';
import { PERSON_WITH_AGENCY, personWithAgency, type PersonWithAgencyRow, UserEntity, UserModel } from '@taskforce/api-auth';
import { AuthUser, badInput, byKeys, FieldProblem, groupByKeys, loadByKey, notFound, oncePerRequest, plainRowSelect, whereArgs } from '@taskforce/api-core';
import { OperationAgencyRole, OperationEventAction, OperationFacts, OperationStatus } from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CreateOperationInput } from './dto/operation.inputs';
import { recordOperationEvent } from './operation-history';
import { OperationEntity } from './operation.entity';
import { OperationEventModel, OperationModel } from './operation.model';
import { OperationPolicy } from './operation.policy';

/** A participating agency of a joint operation, with its role and when (UTC) it joined. */
export interface OperationParticipantRow {
  agency: AgencyEntity;
  role: OperationAgencyRole;
  joinedAt: Date;
}

/** Joint operations: reading (always through OperationPolicy), creating, and their participants and history. */
@Injectable()
export class OperationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationPolicy,
  ) {}

  static toModel(entity: OperationEntity): OperationModel {
    return {
      id: entity.id,
      name: entity.name,
      description: entity.description,
      purpose: entity.purpose,
      status: entity.status,
      version: entity.version,
      startsOn: entity.startsOn,
      endsOn: entity.endsOn,
      legalBasisAgreementId: entity.legalBasisAgreementId,
      legalBasisCitation: entity.legalBasisCitation,
      evaluationFinalisedAt: entity.evaluationFinalisedAt,
      leadAgencyId: entity.leadAgencyId,
      countries: entity.countries,
      formsOfExploitation: entity.formsOfExploitation,
      escalationMinutes: entity.escalationMinutes,
      fileRetentionDays: entity.fileRetentionDays,
      createdAt: entity.createdAt,
    };
  }

  /** Operations the actor's agency participates in, active ones first, then by name. */
  async listVisible(actor: AuthUser): Promise<OperationModel[]> {
    const rows = await this.db
      .getRepository(OperationEntity)
      .createQueryBuilder('o')
      .where(...whereArgs(OperationPolicy.visibleWhere(actor, 'o.id')))
      .orderBy(`CASE o.status WHEN 'ACTIVE' THEN 0 WHEN 'PLANNED' THEN 1 WHEN 'SUSPENDED' THEN 2 ELSE 3 END`)
      .addOrderBy('o.name')
      .getMany();
    return rows.map(OperationService.toModel);
  }

  /**
   * The operation, read through `manager` when given; otherwise inside a request the reads of one tick (the
   * operations of a list of tasks) are answered by one statement.
   * @throws NOT_FOUND when unknown or not visible to the actor.
   */
  async getVisible(actor: AuthUser, id: string, manager?: EntityManager): Promise<OperationModel> {
    await this.access.require(actor, id, manager);
    if (manager) return OperationService.toModel(await manager.getRepository(OperationEntity).findOneByOrFail({ id }));
    return loadByKey<string, OperationModel>('operation.byId', id, async (ids: readonly string[]) => {
      const rows: OperationEntity[] = await this.db.query(`SELECT ${plainRowSelect(this.db, OperationEntity, 'o')} FROM operations o WHERE o.id = ANY($1::uuid[])`, [[...new Set(ids)]]);
      // The error of a missing operation is built only for it (an error captures a stack trace).
      return byKeys(ids, rows, (r) => r.id, null, OperationService.toModel).map((model) => model ?? notFound('Operation'));
    });
  }

  /** Access facts of an operation the actor may see. @throws NOT_FOUND otherwise. */
  facts(actor: AuthUser, id: string): Promise<OperationFacts> {
    return this.access.require(actor, id);
  }

  /**
   * Participating agencies with their role and when (UTC) they joined, lead agency first, then by name. Inside a
   * request, the asks of one tick (the operations of a list) are answered by one statement, and a query keeps the
   * answer for the rest of the request.
   */
  participants(operationId: string): Promise<OperationParticipantRow[]> {
    return oncePerRequest(`operation.participants:${operationId}`, () =>
      loadByKey('operation.participants', operationId, async (ids: readonly string[]) => {
        const rows: Array<{ operation_id: string; id: string; name: string; acronym: string; kind: AgencyEntity['kind']; country: string | null; created_at: Date; second_factor_required: boolean; role: OperationAgencyRole; joined_at: Date }> =
          await this.db.query(
            `SELECT o.id::text AS operation_id, a.id::text AS id, a.name, a.acronym, a.kind, a.country, a.created_at, a.second_factor_required, m.role, m.joined_at
               FROM operations o ${OperationPolicy.membershipJoin('o.id', 'm')} JOIN agencies a ON a.id = m.agency_id
              WHERE o.id = ANY($1::uuid[])
              ORDER BY o.id, CASE WHEN a.id = o.lead_agency_id THEN 0 ELSE 1 END, a.name`,
            [[...new Set(ids)]],
          );
        const agencies = this.db.getRepository(AgencyEntity);
        return groupByKeys(ids, rows, (r) => r.operation_id, (r) => ({
          agency: agencies.create({ id: r.id, name: r.name, acronym: r.acronym, kind: r.kind, country: r.country, createdAt: r.created_at, secondFactorRequired: r.second_factor_required }),
          role: r.role,
          joinedAt: r.joined_at,
        }));
      }),
    );
  }

  /** Each participating agency's role and when (UTC) it joined (see `participants`). */
  async participantRoles(operationId: string): Promise<Map<string, { role: OperationAgencyRole; joinedAt: Date }>> {
    return new Map((await this.participants(operationId)).map((p) => [p.agency.id, { role: p.role, joinedAt: p.joinedAt }]));
  }

  /** Participating agencies, lead agency first, then by name (see `participants`). */
  async participatingAgencies(operationId: string): Promise<AgencyEntity[]> {
    return (await this.participants(operationId)).map((p) => p.agency);
  }

  /**
   * Coordinators named on the operation, by name, each with its agency loaded (`loadedAgency`): one statement.
   */
  async coordinators(operationId: string): Promise<UserModel[]> {
    const rows: Array<PersonWithAgencyRow> = await this.db.query(
      `SELECT ${PERSON_WITH_AGENCY} FROM operation_coordinators oc JOIN users u ON u.id = oc.user_id JOIN agencies ua ON ua.id = u.agency_id
        WHERE oc.operation_id = $1 ORDER BY u.display_name`,
      [operationId],
    );
    return rows.map((r) => personWithAgency(r));
  }

  /**
   * The history of an operation the caller already may see, oldest first, with the people who acted and the agencies
   * the entries are about loaded with it (one statement).
   */
  async history(operationId: string): Promise<OperationEventModel[]> {
    const rows: Array<Omit<OperationEventModel, 'loaded'> & Partial<PersonWithAgencyRow> & { about_acronym: string | null; about_name: string | null; about_kind: AgencyEntity['kind'] | null; about_country: string | null }> = await this.db.query(
      `SELECT e.id, e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.detail, e.reason, e.at, e.actor_id AS "actorId", e.agency_id AS "agencyId",
              ${PERSON_WITH_AGENCY}, ea.acronym AS about_acronym, ea.name AS about_name, ea.kind AS about_kind, ea.country AS about_country
         FROM operation_events e LEFT JOIN users u ON u.id = e.actor_id LEFT JOIN agencies ua ON ua.id = u.agency_id LEFT JOIN agencies ea ON ea.id = e.agency_id
        WHERE e.operation_id = $1 ORDER BY e.seq`,
      [operationId],
    );
    return rows.map((r) => ({
      id: r.id,
      action: r.action,
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      detail: r.detail,
      reason: r.reason,
      at: r.at,
      actorId: r.actorId,
      agencyId: r.agencyId,
      loaded: {
        actor: r.actorId && r.user_id ? personWithAgency(r as PersonWithAgencyRow) : null,
        agency: r.agencyId && r.about_acronym !== null ? AgencyService.toModel({ id: r.agencyId, name: r.about_name ?? '', acronym: r.about_acronym, kind: r.about_kind as AgencyEntity['kind'], country: r.about_country }) : null,
      },
    }));
  }

  /**
   * Creates a joint operation (status PLANNED, version 1) led by the actor's agency, as a PARTY, with the actor as
   * coordinator. Only the actor's own agency participates: other agencies join by invitation, with their consent.
   * Only coordinators (the role, checked by the resolver's @RequireRoles) create operations.
   * @throws BAD_USER_INPUT naming `countries` (unknown
   *   ISO 3166-1 codes), `endsOn` (before startsOn) or `legalBasisAgreementId` (not in the sharing law).
   */
  async create(actor: AuthUser, input: CreateOperationInput): Promise<OperationModel> {
    return this.db.transaction(async (manager) => {
      const problems = [
        ...checkCountries(input.countries),
        ...checkPeriod(input.startsOn ?? null, input.endsOn ?? null),
        ...(await checkAgreement(manager, input.legalBasisAgreementId ?? null)),
      ];
      if (problems.length) throw badInput(problems);
      const agencies = await manager.getRepository(AgencyEntity).findBy({ id: actor.agencyId });
      const coordinator = await manager.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
      const saved = await manager.getRepository(OperationEntity).save(
        manager.getRepository(OperationEntity).create({
          name: input.name.trim(),
          description: input.description?.trim() || null,
          purpose: input.purpose?.trim() || null,
          status: OperationStatus.PLANNED,
          version: 1,
          startsOn: input.startsOn ?? null,
          endsOn: input.endsOn ?? null,
          legalBasisAgreementId: input.legalBasisAgreementId || null,
          legalBasisCitation: input.legalBasisCitation?.trim() || null,
          leadAgencyId: actor.agencyId,
          countries: input.countries,
          formsOfExploitation: input.formsOfExploitation,
          escalationMinutes: input.escalationMinutes ?? 15,
          participatingAgencies: agencies,
          coordinators: [coordinator],
        }),
      );
      await recordOperationEvent(manager, { operationId: saved.id, actorId: actor.userId, action: OperationEventAction.CREATED, toStatus: OperationStatus.PLANNED, agencyId: actor.agencyId, detail: 'created' });
      return OperationService.toModel(await manager.getRepository(OperationEntity).findOneByOrFail({ id: saved.id }));
    });
  }

  /**
   * Sets how many minutes (1–1440) the assignee agency has to acknowledge an urgent task.
   * @throws NOT_FOUND when invisible; FAILED_PRECONDITION when closed; FORBIDDEN unless the actor coordinates the
   *   operation; BAD_USER_INPUT naming `minutes` when out of range.
   */
  async setEscalationMinutes(actor: AuthUser, operationId: string, minutes: number): Promise<OperationModel> {
    const facts = await this.access.requireWritable(actor, operationId);
    OperationPolicy.requireCoordinator(actor, facts, 'change its escalation time');
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) throw badInput([{ field: 'minutes', message: 'minutes must be a whole number from 1 to 1440' }]);
    await this.db.getRepository(OperationEntity).update({ id: operationId }, { escalationMinutes: minutes });
    return this.getVisible(actor, operationId);
  }
}

/**
 * Field problems of a list of country codes (ISO 3166-1 alpha-2, via i18n-iso-countries): at least one, all known.
 * A joint operation is set up between countries' authorities; it names at least the lead agency's country.
 */
export function checkCountries(countries: readonly string[]): FieldProblem[] {
  if (!countries.length) return [{ field: 'countries', message: 'name at least one country (ISO 3166-1 alpha-2)' }];
  const bad = countries.filter((c) => !isCountryCode(c));
  return bad.length ? [{ field: 'countries', message: `unknown ISO 3166-1 codes: ${bad.join(', ')}` }] : [];
}

/** The longest planned period of a joint operation, in years. JIT agreements run for months and are extended. */
export const MAX_PLANNED_PERIOD_YEARS = 10;

/**
 * Field problems of a planned period (UTC dates YYYY-MM-DD, which compare as strings): `endsOn` on or after
 * `startsOn`, and at most MAX_PLANNED_PERIOD_YEARS after `startsOn` (or after `today` when there is no start).
 * One message per field.
 */
export function checkPeriod(startsOn: string | null, endsOn: string | null, today: string = new Date().toISOString().slice(0, 10)): FieldProblem[] {
  if (!endsOn) return [];
  if (startsOn && endsOn < startsOn) return [{ field: 'endsOn', message: 'endsOn must be on or after startsOn' }];
  const from = startsOn ?? today;
  const limit = `${String(Number(from.slice(0, 4)) + MAX_PLANNED_PERIOD_YEARS).padStart(4, '0')}${from.slice(4)}`;
  return endsOn > limit ? [{ field: 'endsOn', message: `the planned period ends at most ${MAX_PLANNED_PERIOD_YEARS} years after it starts (by ${limit}); extend it later if needed` }] : [];
}

/** Field problems of an agreement id cited as legal basis: it must be in the sharing law. */
export async function checkAgreement(manager: EntityManager, agreementId: string | null): Promise<FieldProblem[]> {
  if (!agreementId) return [];
  const rows = await manager.query('SELECT 1 FROM agreements WHERE id = $1', [agreementId]);
  return rows.length ? [] : [{ field: 'legalBasisAgreementId', message: 'no agreement with this id in the sharing law' }];
}
