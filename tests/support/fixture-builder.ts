import { AgencyEntity } from '@taskforce/api-agencies';
import { AuthService, UserEntity } from '@taskforce/api-auth';
import { agreementOf, AgreementEntity, JurisdictionRuleEntity, ruleOf } from '@taskforce/api-jurisdiction';
import { LeadEntity, LeadPersonEntity, LeadPersonRole, LeadShareEntity, LeadShareStatus, LeadStatus, RouteRole, shareLawColumns } from '@taskforce/api-leads';
import { OperationEntity, OperationPolicy, recordOperationEvent } from '@taskforce/api-operations';
import { TaskEntity, TaskEventAction, TaskEventEntity } from '@taskforce/api-tasks';
import {
  AgencyKind,
  AgreementKind,
  DataCategory,
  decideSharing,
  FormOfExploitation,
  HandlingCode,
  InformationCredibility,
  OperationEventAction,
  OperationStatus,
  Pillar,
  Role,
  SharingOutcome,
  SharingPurpose,
  shareRequest,
  SourceReliability,
  TaskPriority,
  TaskStatus,
  TlpLabel,
} from '@taskforce/domain';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/** Password of every person a fixture creates. */
export const FIXTURE_PASSWORD = 'fixture-pass-2026';

/** An agency as a test names it: its acronym is the key every other call uses. */
export interface AgencySpec {
  acronym: string;
  /** Full name; default `<acronym> (test agency)`. */
  name?: string;
  /** Default `LAW_ENFORCEMENT`. */
  kind?: AgencyKind;
  /** ISO 3166-1 alpha-2, default `NL`; null for a body of no one country (IOM, Europol). */
  country?: string | null;
}

/** A person of an agency; signs in with `email` and `FIXTURE_PASSWORD`. */
export interface PersonSpec {
  email: string;
  agency: string;
  /** Display name; default the part of the e-mail before @. */
  name?: string;
  /** Default `[MEMBER]`. */
  roles?: Role[];
}

/** A joint operation: the lead agency takes part; coordinators are people (by e-mail) of participating agencies. */
export interface OperationSpec {
  name: string;
  lead: string;
  /** Other participating agencies (acronyms), as parties. */
  agencies?: string[];
  /** Agencies taking part as participants, not parties (international bodies, as in the Eurojust model agreement). */
  participants?: string[];
  coordinators: string[];
  /** Default `ACTIVE` (created PLANNED, then moved, as its history shows). */
  status?: OperationStatus;
  /** Countries it works in (ISO 3166-1 alpha-2), default `['NL']`. */
  countries?: string[];
}

/** A task of an operation already added, created by one of its coordinators and, unless OPEN, moved once by `movedBy`. */
export interface TaskSpec {
  title: string;
  /** Operation name, as given to `operation()`. */
  operation: string;
  /** E-mail of the person who created it. */
  by: string;
  /** Assignee agency (acronym). */
  to: string;
  /** Assignee person (e-mail) of that agency, if any. */
  person?: string;
  /** Default `PROTECTION`. */
  pillar?: Pillar;
  /** Default `MEDIUM`. */
  priority?: TaskPriority;
  /** Default `OPEN` (version 1); any other status is one STATUS_CHANGED from OPEN (version 2). */
  status?: TaskStatus;
  /** E-mail of whoever moved it out of OPEN; required unless the status is OPEN. */
  movedBy?: string;
  /** Due this many days from now (may be negative); default none. */
  dueDays?: number;
}

/** An agreement of the sharing law between countries and/or agencies already added, as the sharing engine reads it. */
export interface AgreementSpec {
  id: string;
  /** Default `BILATERAL`. */
  kind?: AgreementKind;
  /** Default `<id> (test agreement)`. */
  title?: string;
  article?: string | null;
  /** Country parties (ISO 3166-1 alpha-2). */
  countries?: string[];
  /** Agency parties (acronyms). */
  agencies?: string[];
  dataCategories: DataCategory[];
  purposes: SharingPurpose[];
  /** UTC date, default `2000-01-01`. */
  inForceFrom?: string;
  /** UTC date, default none (open-ended). */
  inForceTo?: string | null;
}

/** One version of a jurisdiction rule, in the stored (engine) shape; the rest is filled in as for loaded rules. */
export type RuleSpec = Omit<JurisdictionRuleEntity, 'createdAt' | 'createdById' | 'retiredAt'>;

/**
 * A lead recorded by a person (for their agency), with its persons and its shares to other agencies. Shares are
 * decided by the sharing engine now, on the agreements and rules already added, as for a share through the API:
 * ACTIVE when allowed, PENDING_APPROVAL when approval is required, none when denied.
 */
export interface LeadSpec {
  summary: string;
  /** E-mail of the person who recorded it; their agency originates it. */
  by: string;
  /** Operation name, if it belongs to one. */
  operation?: string;
  /** Default `<summary> (test lead)`. */
  details?: string;
  /** Default `FORCED_LABOUR`. */
  formOfExploitation?: FormOfExploitation;
  route: Array<{ country: string; role: RouteRole }>;
  /** Default none. */
  dataCategories?: DataCategory[];
  /** Default `AMBER`. */
  tlp?: TlpLabel;
  /** Default `B` / `PROBABLY_TRUE`. */
  sourceReliability?: SourceReliability;
  informationCredibility?: InformationCredibility;
  /** Default `[H0]`; with H3 give `handlingCondition`. */
  handlingCodes?: HandlingCode[];
  handlingCondition?: string;
  /** Default `NEW`. */
  status?: LeadStatus;
  /** Named recipient agencies (acronyms), for TLP:RED. */
  named?: string[];
  /** Suspects carry a name; potential victims a pseudonym only (no identity is stored). */
  persons?: Array<{ role: LeadPersonRole; name?: string; description: string }>;
  shares?: Array<{ to: string; purpose: SharingPurpose }>;
}

/**
 * Builds a test's own task force in its fresh database — agencies, people, joint operations and their tasks, the
 * sharing law (agreements, jurisdiction rules) and leads with their shares — so that a spec states the facts it
 * relies on instead of leaning on the demo data. Writes through the same entities as the API (password hashed as at
 * sign-up, operation and task history recorded, shares decided by the sharing engine); writes no audit entry and no
 * notification. Ids come back by acronym, e-mail, name, title and summary.
 */
export class FixtureBuilder {
  readonly agencies: Record<string, string> = {};
  readonly people: Record<string, string> = {};
  readonly operations: Record<string, string> = {};
  /** Task ids by title. */
  readonly tasks: Record<string, string> = {};
  /** Lead ids by summary. */
  readonly leads: Record<string, string> = {};
  private readonly agencyOf: Record<string, string> = {};
  private passwordHash?: Promise<string>;

  constructor(private readonly db: DataSource) {}

  /** Adds agencies; returns this builder. */
  async agency(...specs: AgencySpec[]): Promise<this> {
    for (const a of specs) {
      const saved = await this.db.getRepository(AgencyEntity).save({ name: a.name ?? `${a.acronym} (test agency)`, acronym: a.acronym, kind: a.kind ?? AgencyKind.LAW_ENFORCEMENT, country: a.country === undefined ? 'NL' : a.country });
      this.agencies[a.acronym] = saved.id;
    }
    return this;
  }

  /** Adds people to agencies already added; returns this builder. @throws Error for an unknown agency. */
  async person(...specs: PersonSpec[]): Promise<this> {
    this.passwordHash ??= AuthService.hashPassword(FIXTURE_PASSWORD);
    const passwordHash = await this.passwordHash;
    for (const p of specs) {
      const saved = await this.db.getRepository(UserEntity).save({ email: p.email, displayName: p.name ?? p.email.split('@')[0], passwordHash, agencyId: this.agencyId(p.agency), roles: p.roles ?? [Role.MEMBER], disabledAt: null });
      this.people[p.email] = saved.id;
      this.agencyOf[p.email] = p.agency;
    }
    return this;
  }

  /** Adds a joint operation of agencies and people already added; returns this builder. */
  async operation(spec: OperationSpec): Promise<this> {
    const status = spec.status ?? OperationStatus.ACTIVE;
    const today = new Date().toISOString().slice(0, 10);
    const op = await this.db.getRepository(OperationEntity).save({
      name: spec.name,
      description: `${spec.name} (test operation)`,
      purpose: `Test fixture: ${spec.name}`,
      status,
      startsOn: today,
      endsOn: null,
      legalBasisCitation: 'Art. 19 of the UN Convention against Transnational Organized Crime',
      leadAgencyId: this.agencyId(spec.lead),
      countries: spec.countries ?? ['NL'],
      formsOfExploitation: [FormOfExploitation.FORCED_LABOUR],
      participatingAgencies: [spec.lead, ...(spec.agencies ?? []), ...(spec.participants ?? [])].map((a) => ({ id: this.agencyId(a) }) as AgencyEntity),
      coordinators: spec.coordinators.map((email) => ({ id: this.personId(email) }) as UserEntity),
    });
    for (const acronym of spec.participants ?? []) {
      await this.db.query(`UPDATE operation_agencies SET role = 'PARTICIPANT' WHERE operation_id = $1 AND agency_id = $2`, [op.id, this.agencyId(acronym)]);
    }
    const actorId = this.personId(spec.coordinators[0]);
    await recordOperationEvent(this.db.manager, { operationId: op.id, actorId, action: OperationEventAction.CREATED, toStatus: OperationStatus.PLANNED, agencyId: op.leadAgencyId, detail: 'created' });
    if (status !== OperationStatus.PLANNED) {
      await recordOperationEvent(this.db.manager, { operationId: op.id, actorId, action: OperationEventAction.STATUS_CHANGED, fromStatus: OperationStatus.PLANNED, toStatus: status, detail: `PLANNED → ${status}` });
    }
    this.operations[spec.name] = op.id;
    return this;
  }

  /** Adds tasks with their history (CREATED, then STATUS_CHANGED unless OPEN); returns this builder. */
  async task(...specs: TaskSpec[]): Promise<this> {
    for (const spec of specs) {
      const status = spec.status ?? TaskStatus.OPEN;
      if (status !== TaskStatus.OPEN && !spec.movedBy) throw new Error(`fixture: task ${spec.title} is ${status}: say who moved it (movedBy)`);
      const operationId = this.operations[spec.operation];
      if (!operationId) throw new Error(`fixture: no operation ${spec.operation} (add it with operation() first)`);
      const task = await this.db.getRepository(TaskEntity).save({
        operationId,
        title: spec.title,
        description: null,
        status,
        version: status === TaskStatus.OPEN ? 1 : 2,
        priority: spec.priority ?? TaskPriority.MEDIUM,
        pillar: spec.pillar ?? Pillar.PROTECTION,
        dueAt: spec.dueDays === undefined ? null : new Date(Date.now() + spec.dueDays * 24 * 3600 * 1000),
        assigneeAgencyId: this.agencyId(spec.to),
        assigneeUserId: spec.person ? this.personId(spec.person) : null,
        createdById: this.personId(spec.by),
      });
      const events = this.db.getRepository(TaskEventEntity);
      await events.save({ taskId: task.id, actorId: task.createdById, action: TaskEventAction.CREATED, fromStatus: null, toStatus: TaskStatus.OPEN, detail: `created and assigned to ${spec.to}` });
      if (status !== TaskStatus.OPEN) {
        await events.save({ taskId: task.id, actorId: this.personId(spec.movedBy!), action: TaskEventAction.STATUS_CHANGED, fromStatus: TaskStatus.OPEN, toStatus: status, detail: null });
      }
      this.tasks[spec.title] = task.id;
    }
    return this;
  }

  /** Adds agreements (version 1, not suspended); returns this builder. */
  async agreement(...specs: AgreementSpec[]): Promise<this> {
    for (const a of specs) {
      await this.db.getRepository(AgreementEntity).save({
        id: a.id,
        kind: a.kind ?? AgreementKind.BILATERAL,
        title: a.title ?? `${a.id} (test agreement)`,
        article: a.article ?? null,
        parties: [...(a.countries ?? []).map((country) => ({ kind: 'COUNTRY' as const, country })), ...(a.agencies ?? []).map((acronym) => ({ kind: 'AGENCY' as const, agencyId: this.agencyId(acronym) }))],
        dataCategories: a.dataCategories,
        purposes: a.purposes,
        inForceFrom: a.inForceFrom ?? '2000-01-01',
        inForceTo: a.inForceTo ?? null,
        suspended: false,
      });
    }
    return this;
  }

  /** Adds jurisdiction rule versions as given (no author, not retired); returns this builder. */
  async rule(...versions: RuleSpec[]): Promise<this> {
    await this.db.getRepository(JurisdictionRuleEntity).save(versions.map((r) => ({ ...r, createdById: null, retiredAt: null })));
    return this;
  }

  /** Adds leads with their persons and engine-decided shares (see LeadSpec); returns this builder. */
  async lead(...specs: LeadSpec[]): Promise<this> {
    const agencies = await this.db.getRepository(AgencyEntity).find();
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const agreements = (await this.db.getRepository(AgreementEntity).find()).map(agreementOf);
    const rules = (await this.db.getRepository(JurisdictionRuleEntity).find()).map(ruleOf);
    const now = new Date();
    for (const spec of specs) {
      const createdById = this.personId(spec.by);
      const operationId = spec.operation ? this.operations[spec.operation] : null;
      if (operationId === undefined) throw new Error(`fixture: no operation ${spec.operation} (add it with operation() first)`);
      const lead = await this.db.getRepository(LeadEntity).save({
        summary: spec.summary,
        details: spec.details ?? `${spec.summary} (test lead)`,
        operationId,
        originatingAgencyId: this.agencyId(this.agencyOf[spec.by]),
        formOfExploitation: spec.formOfExploitation ?? FormOfExploitation.FORCED_LABOUR,
        route: spec.route,
        dataCategories: spec.dataCategories ?? [],
        tlp: spec.tlp ?? TlpLabel.AMBER,
        namedRecipientAgencyIds: (spec.named ?? []).map((a) => this.agencyId(a)),
        sourceReliability: spec.sourceReliability ?? SourceReliability.B,
        informationCredibility: spec.informationCredibility ?? InformationCredibility.PROBABLY_TRUE,
        handlingCodes: spec.handlingCodes ?? [HandlingCode.H0],
        handlingCondition: spec.handlingCondition ?? null,
        status: spec.status ?? LeadStatus.NEW,
        version: 1,
        createdById,
      });
      await this.db.getRepository(LeadPersonEntity).save(
        (spec.persons ?? []).map((p, position) => ({
          leadId: lead.id,
          position,
          role: p.role,
          name: p.role === LeadPersonRole.SUSPECT ? (p.name ?? null) : null,
          pseudonym: p.role === LeadPersonRole.POTENTIAL_VICTIM ? `PV-${randomBytes(3).toString('hex').toUpperCase()}` : null,
          description: p.description,
          identityCiphertext: null,
          identityKeyId: null,
        })),
      );
      const operationAgencyIds = operationId ? ((await OperationPolicy.participants(this.db.manager, [operationId])).get(operationId) ?? []) : [];
      for (const share of spec.shares ?? []) {
        const recipientId = this.agencyId(share.to);
        const d = decideSharing(shareRequest(lead, null, recipientId, share.purpose, { agencies: byId, agreements, rules, operationAgencyIds, at: now.toISOString() }));
        if (d.outcome === SharingOutcome.DENY) continue;
        await this.db.getRepository(LeadShareEntity).save({
          leadId: lead.id,
          recipientAgencyId: recipientId,
          purpose: share.purpose,
          outcome: d.outcome,
          redactedCategories: d.redactedCategories,
          legalBasis: d.legalBasis,
          reasons: d.reasons,
          conditions: d.conditions,
          summary: d.summary,
          decidedAt: now,
          status: d.outcome === SharingOutcome.REQUIRES_APPROVAL ? LeadShareStatus.PENDING_APPROVAL : LeadShareStatus.ACTIVE,
          sharedById: createdById,
          senderAgencyId: lead.originatingAgencyId,
          approvalById: null,
          approvalAt: null,
          approvalReason: null,
          revokedById: null,
          revokedAt: null,
          ...shareLawColumns(d.legalBasis, agreements, null),
        });
      }
      this.leads[spec.summary] = lead.id;
    }
    return this;
  }

  private agencyId(acronym: string): string {
    const id = this.agencies[acronym];
    if (!id) throw new Error(`fixture: no agency ${acronym} (add it with agency() first)`);
    return id;
  }

  private personId(email: string): string {
    const id = this.people[email];
    if (!id) throw new Error(`fixture: no person ${email} (add them with person() first)`);
    return id;
  }
}
