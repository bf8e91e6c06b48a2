import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyService } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { UserService } from '@taskforce/api-auth';
import { AuthUser, conflict, EventBus, failedPrecondition, forbidden, notFound } from '@taskforce/api-core';
import { SmallCellThreshold } from '@taskforce/api-indicators';
import { OperationPolicy, OperationService, recordOperationEvent } from '@taskforce/api-operations';
import {
  canFinaliseEvaluation,
  EVALUATION_RESULT_FIELDS,
  EVALUATION_RESULT_LABELS,
  EVALUATION_TEXT_FIELDS,
  EvaluationFacts,
  EvaluationResultField,
  ObjectivesMet,
  OperationEventAction,
  OperationStatus,
  protectResult,
  sectionEditRefusal,
  sectionsMissingToFinalise,
} from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';
import { UpdateEvaluationSectionInput } from './dto/evaluation.inputs';
import { EVALUATION_FORM_CITATION, EvaluationSectionModel, OperationEvaluationModel } from './evaluation.model';

/** Database column of each field of a section. */
const COLUMNS: Readonly<Record<EvaluationResultField | (typeof EVALUATION_TEXT_FIELDS)[number] | 'objectivesMet', string>> = {
  objectivesMet: 'objectives_met',
  objectivesNote: 'objectives_note',
  arrests: 'arrests',
  potentialVictimsIdentified: 'potential_victims_identified',
  victimsReferredToAssistance: 'victims_referred_to_assistance',
  seizures: 'seizures',
  prosecutionsStarted: 'prosecutions_started',
  convictions: 'convictions',
  legalObstacles: 'legal_obstacles',
  practicalObstacles: 'practical_obstacles',
  languageObstacles: 'language_obstacles',
  informationExchangeObstacles: 'information_exchange_obstacles',
  addedValue: 'added_value',
  lessonsLearned: 'lessons_learned',
};
const FIELDS = Object.keys(COLUMNS) as Array<keyof typeof COLUMNS>;

/** A section row as stored, fields by their API names. */
export type SectionRow = { agencyId: string; version: number; updatedAt: Date; updatedById: string; objectivesMet: ObjectivesMet | null } & Record<
  EvaluationResultField,
  number | null
> &
  Record<(typeof EVALUATION_TEXT_FIELDS)[number], string | null>;

const SELECT_SECTIONS = `SELECT agency_id::text AS "agencyId", version, updated_at AS "updatedAt", updated_by_id::text AS "updatedById",
  ${FIELDS.map((f) => `${COLUMNS[f]} AS "${f}"`).join(', ')}
  FROM operation_evaluation_sections WHERE operation_id = $1`;

/**
 * The closing evaluation of a joint operation, written together (after the Joint Investigation Teams Network, JIT
 * evaluation form): one section per participating agency, written only by that agency's people holding a writer
 * role (libs/domain `sectionEditRefusal`), version-checked, until a coordinator finalises it; finalising is what
 * lets the operation close. Other agencies' result figures are small-cell protected (libs/domain `protectResult`).
 */
@Injectable()
export class OperationEvaluationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationPolicy,
    private readonly operations: OperationService,
    private readonly agencies: AgencyService,
    private readonly users: UserService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly threshold: SmallCellThreshold,
  ) {}

  /**
   * The evaluation as the actor may see it: every participating agency's section (unwritten ones at version 0),
   * other agencies' results protected with k = `SMALL_CELL_K`.
   * @throws NOT_FOUND ("Operation not found") when the operation is unknown or not visible to the actor.
   */
  async get(actor: AuthUser, operationId: string): Promise<OperationEvaluationModel> {
    const facts = await this.access.require(actor, operationId);
    const [op] = await this.db.query(`SELECT status, lead_agency_id::text AS lead, evaluation_finalised_at AS "finalisedAt", evaluation_finalised_by_id::text AS "finalisedBy" FROM operations WHERE id = $1`, [operationId]);
    const roles = await this.operations.participantRoles(operationId);
    const rows: SectionRow[] = await this.db.query(SELECT_SECTIONS, [operationId]);
    const byAgency = new Map(rows.map((r) => [r.agencyId, r]));
    const agencyIds = [...new Set([...roles.keys(), ...byAgency.keys()])];
    const agencies = new Map((await this.agencies.findByIds(agencyIds)).map((a) => [a.id, a]));
    const ordered = agencyIds
      .filter((id) => agencies.has(id))
      .sort((a, b) => Number(b === op.lead) - Number(a === op.lead) || agencies.get(a)!.acronym.localeCompare(agencies.get(b)!.acronym));
    const evaluation: EvaluationFacts & { closed: boolean } = { ...facts, finalised: !!op.finalisedAt, closed: op.status === OperationStatus.CLOSED };
    const k = this.threshold.minimum;
    const protectedResults = Object.fromEntries(
      EVALUATION_RESULT_FIELDS.map((f) => [f, protectResult(ordered.map((id) => ({ agencyId: id, value: byAgency.get(id)?.[f] ?? null })), actor.agencyId, k)]),
    ) as Record<EvaluationResultField, ReturnType<typeof protectResult>>;
    const editors = await this.users.findByIds([...new Set([...rows.map((r) => r.updatedById), ...(op.finalisedBy ? [op.finalisedBy] : [])])]);
    const userById = new Map(editors.map((u) => [u.id, u]));
    const sections: EvaluationSectionModel[] = ordered.map((agencyId, i) => {
      const row = byAgency.get(agencyId);
      const section: EvaluationSectionModel = {
        agency: agencies.get(agencyId)!,
        role: roles.get(agencyId)?.role ?? null,
        written: !!row,
        version: row?.version ?? 0,
        objectivesMet: row?.objectivesMet ?? null,
        objectivesNote: row?.objectivesNote ?? null,
        legalObstacles: row?.legalObstacles ?? null,
        practicalObstacles: row?.practicalObstacles ?? null,
        languageObstacles: row?.languageObstacles ?? null,
        informationExchangeObstacles: row?.informationExchangeObstacles ?? null,
        addedValue: row?.addedValue ?? null,
        lessonsLearned: row?.lessonsLearned ?? null,
        updatedAt: row?.updatedAt ?? null,
        updatedBy: row ? (userById.get(row.updatedById) ?? null) : null,
        viewerCanEdit: sectionEditRefusal(actor, evaluation, agencyId) === 'OK' && roles.has(agencyId),
        arrests: null,
        potentialVictimsIdentified: null,
        victimsReferredToAssistance: null,
        seizures: null,
        prosecutionsStarted: null,
        convictions: null,
      };
      for (const f of EVALUATION_RESULT_FIELDS) section[f] = protectedResults[f].figures[i];
      return section;
    });
    const missing = sectionsMissingToFinalise(
      [...roles].map(([agencyId, r]) => ({ agencyId, role: r.role })),
      rows.map((r) => ({ agencyId: r.agencyId, objectivesMet: r.objectivesMet })),
    );
    return {
      operationId,
      finalisedAt: op.finalisedAt,
      finalisedBy: op.finalisedBy ? (userById.get(op.finalisedBy) ?? null) : null,
      sections,
      missingAgencies: missing
        .map((id) => agencies.get(id)!)
        .filter(Boolean)
        .sort((a, b) => a.acronym.localeCompare(b.acronym)),
      totals: EVALUATION_RESULT_FIELDS.map((f) => ({ field: f, label: EVALUATION_RESULT_LABELS[f], total: protectedResults[f].total })),
      k,
      viewerCanFinalise: canFinaliseEvaluation(actor, evaluation) && !evaluation.closed && missing.length === 0,
      citation: EVALUATION_FORM_CITATION,
    };
  }

  /**
   * Writes the actor's agency's section (created on the first write, with `expectedVersion` 0); only the fields
   * given change, null clears. Returns the section as the actor now sees it.
   * @throws NOT_FOUND when the operation is not visible; FORBIDDEN for another agency's section or without a writer
   *   role (coordinator, liaison officer, analyst, agency admin); FAILED_PRECONDITION when finalised or closed;
   *   CONFLICT (with `currentVersion`) when `expectedVersion` is stale; BAD_USER_INPUT naming the field (pipe).
   */
  async updateSection(actor: AuthUser, input: UpdateEvaluationSectionInput): Promise<EvaluationSectionModel> {
    const agencyId = input.agencyId ?? actor.agencyId;
    const agencyIds = await this.db.transaction(async (m) => {
      const { facts, op } = await this.lock(actor, input.operationId, m);
      const refusal = sectionEditRefusal(actor, { ...facts, finalised: !!op.finalised_at, closed: op.status === OperationStatus.CLOSED }, agencyId);
      if (refusal === 'NOT_VISIBLE') throw notFound('Operation');
      if (refusal === 'OTHER_AGENCY') throw forbidden('Only people of that agency write its section of the closing evaluation');
      if (refusal === 'ROLE') throw forbidden('Only coordinators, liaison officers, analysts and agency admins write their agency’s section');
      if (refusal === 'CLOSED') throw await this.access.closedError(input.operationId, m);
      if (refusal === 'FINALISED') throw failedPrecondition('The closing evaluation is finalised: its sections are read-only', { operationId: input.operationId });
      const [current]: Array<{ version: number }> = await m.query('SELECT version FROM operation_evaluation_sections WHERE operation_id = $1 AND agency_id = $2 FOR UPDATE', [input.operationId, agencyId]);
      const currentVersion = current?.version ?? 0;
      if (currentVersion !== input.expectedVersion) {
        throw conflict('This section was changed by someone else; reload it and try again', { currentVersion });
      }
      const given = FIELDS.filter((f) => (input as unknown as Record<string, unknown>)[f] !== undefined);
      const values = given.map((f) => {
        const v = (input as unknown as Record<string, unknown>)[f];
        return typeof v === 'string' ? v.trim() || null : v;
      });
      if (!current) {
        await m.query(
          `INSERT INTO operation_evaluation_sections (operation_id, agency_id, updated_by_id${given.map((f) => `, ${COLUMNS[f]}`).join('')})
           VALUES ($1, $2, $3${given.map((_, i) => `, $${i + 4}`).join('')})`,
          [input.operationId, agencyId, actor.userId, ...values],
        );
      } else {
        await m.query(
          `UPDATE operation_evaluation_sections SET version = version + 1, updated_at = clock_timestamp(), updated_by_id = $3${given.map((f, i) => `, ${COLUMNS[f]} = $${i + 4}`).join('')}
            WHERE operation_id = $1 AND agency_id = $2`,
          [input.operationId, agencyId, actor.userId, ...values],
        );
      }
      await this.audit.record(
        actor,
        { action: AuditAction.OPERATION_EVALUATION_SECTION_SAVED, subjectType: AuditSubject.OPERATION, subjectId: input.operationId, details: { agencyId, version: currentVersion + 1, fields: given } },
        m,
      );
      return [...facts.participatingAgencyIds];
    });
    this.bus.publish('operation.changed', { operationId: input.operationId, change: 'EVALUATION_CHANGED', agencyIds });
    const evaluation = await this.get(actor, input.operationId);
    const section = evaluation.sections.find((s) => s.agency.id === agencyId);
    if (!section) throw notFound('Operation');
    return section;
  }

  /**
   * Finalises the evaluation (coordinators of the operation): sections become read-only, the operation's version
   * moves on, EVALUATION_FINALISED enters its history, `operation.changed` (EVALUATION_CHANGED) is published.
   * @throws NOT_FOUND when not visible; FORBIDDEN unless the actor coordinates it; FAILED_PRECONDITION when already
   *   finalised, when the operation is closed, or when a PARTY agency's section is missing (`missingAgencyIds`).
   */
  async finalise(actor: AuthUser, operationId: string): Promise<OperationEvaluationModel> {
    const agencyIds = await this.db.transaction(async (m) => {
      const { facts, op } = await this.lock(actor, operationId, m);
      OperationPolicy.requireCoordinator(actor, facts, 'finalise its closing evaluation');
      if (op.status === OperationStatus.CLOSED) throw await this.access.closedError(operationId, m);
      if (op.finalised_at) throw failedPrecondition('The closing evaluation is already finalised', { operationId });
      const members = await this.access.memberships(operationId, m);
      const acronyms = new Map((await this.agencies.findByIds(members.map((r) => r.agencyId))).map((a) => [a.id, a.acronym]));
      const roles = members
        .map((r) => ({ agency_id: r.agencyId, role: r.role, acronym: acronyms.get(r.agencyId) ?? r.agencyId }))
        .sort((a, b) => a.acronym.localeCompare(b.acronym, 'en'));
      const rows: Array<{ agency_id: string; objectives_met: ObjectivesMet | null }> = await m.query('SELECT agency_id::text, objectives_met FROM operation_evaluation_sections WHERE operation_id = $1', [operationId]);
      const missing = sectionsMissingToFinalise(
        roles.map((r) => ({ agencyId: r.agency_id, role: r.role })),
        rows.map((r) => ({ agencyId: r.agency_id, objectivesMet: r.objectives_met })),
      );
      if (missing.length) {
        const names = roles.filter((r) => missing.includes(r.agency_id)).map((r) => r.acronym);
        throw failedPrecondition(`Every party writes its section, saying whether the objectives were met, before the evaluation is finalised: missing ${names.join(', ')}`, { missingAgencyIds: [...missing].sort() });
      }
      await m.query('UPDATE operations SET evaluation_finalised_at = clock_timestamp(), evaluation_finalised_by_id = $2, version = version + 1 WHERE id = $1', [operationId, actor.userId]);
      await recordOperationEvent(m, { operationId, actorId: actor.userId, action: OperationEventAction.EVALUATION_FINALISED, detail: `closing evaluation finalised (${rows.length} section${rows.length === 1 ? '' : 's'})` });
      await this.audit.record(actor, { action: AuditAction.OPERATION_EVALUATION_FINALISED, subjectType: AuditSubject.OPERATION, subjectId: operationId, details: { sections: rows.length } }, m);
      return [...facts.participatingAgencyIds];
    });
    this.bus.publish('operation.changed', { operationId, change: 'EVALUATION_CHANGED', agencyIds });
    return this.get(actor, operationId);
  }

  /** Visible (else NOT_FOUND), the operation row locked so writes and finalising never interleave. */
  private async lock(actor: AuthUser, operationId: string, m: EntityManager) {
    const facts = await this.access.require(actor, operationId, m);
    const [op]: Array<{ status: OperationStatus; finalised_at: Date | null }> = await m.query('SELECT status, evaluation_finalised_at AS finalised_at FROM operations WHERE id = $1 FOR UPDATE', [operationId]);
    return { facts, op };
  }
}
