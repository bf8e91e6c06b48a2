import { AgencyEntity } from '@taskforce/api-agencies';
import { AuthService, UserEntity } from '@taskforce/api-auth';
import { OperationEntity, recordOperationEvent } from '@taskforce/api-operations';
import { AgencyKind, FormOfExploitation, OperationEventAction, OperationStatus, Role } from '@taskforce/domain';
import { DataSource } from 'typeorm';

/** Password of every person a fixture creates. */
export const FIXTURE_PASSWORD = 'fixture-pass-2026';

/** An agency as a test names it: its acronym is the key every other call uses. */
export interface AgencySpec {
  acronym: string;
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
  /** Other participating agencies (acronyms). */
  agencies?: string[];
  coordinators: string[];
  /** Default `ACTIVE` (created PLANNED, then moved, as its history shows). */
  status?: OperationStatus;
}

/**
 * Builds a test's own task force in its fresh database — agencies, people and joint operations — so that a spec
 * states the facts it relies on instead of leaning on the demo data. Writes through the same entities as the API
 * (password hashed as at sign-up, operation history recorded). Ids come back by acronym, e-mail and name.
 */
export class FixtureBuilder {
  readonly agencies: Record<string, string> = {};
  readonly people: Record<string, string> = {};
  readonly operations: Record<string, string> = {};
  private passwordHash?: Promise<string>;

  constructor(private readonly db: DataSource) {}

  /** Adds agencies; returns this builder. */
  async agency(...specs: AgencySpec[]): Promise<this> {
    for (const a of specs) {
      const saved = await this.db.getRepository(AgencyEntity).save({ name: `${a.acronym} (test agency)`, acronym: a.acronym, kind: a.kind ?? AgencyKind.LAW_ENFORCEMENT, country: a.country === undefined ? 'NL' : a.country });
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
      countries: ['NL'],
      formsOfExploitation: [FormOfExploitation.FORCED_LABOUR],
      participatingAgencies: [spec.lead, ...(spec.agencies ?? [])].map((a) => ({ id: this.agencyId(a) }) as AgencyEntity),
      coordinators: spec.coordinators.map((email) => ({ id: this.personId(email) }) as UserEntity),
    });
    const actorId = this.personId(spec.coordinators[0]);
    await recordOperationEvent(this.db.manager, { operationId: op.id, actorId, action: OperationEventAction.CREATED, toStatus: OperationStatus.PLANNED, agencyId: op.leadAgencyId, detail: 'created' });
    if (status !== OperationStatus.PLANNED) {
      await recordOperationEvent(this.db.manager, { operationId: op.id, actorId, action: OperationEventAction.STATUS_CHANGED, fromStatus: OperationStatus.PLANNED, toStatus: status, detail: `PLANNED → ${status}` });
    }
    this.operations[spec.name] = op.id;
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
