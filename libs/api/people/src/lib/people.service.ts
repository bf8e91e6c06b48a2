import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity, AgencyModel, AgencyService, isCountryCode } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { assertPasswordPolicy, AuthService, UserEntity, UserModel, UserService } from '@taskforce/api-auth';
import { AppConfig, badInput, FieldProblem, normalizeEmail } from '@taskforce/api-core';
import { AgencyKind, Role } from '@taskforce/domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, QueryFailedError, Raw } from 'typeorm';
import { ChangePersonRolesInput, CreateAgencyInput, InvitePersonInput, SetPasswordWithTokenInput } from './dto/people.inputs';
import { OneTimeLinkEntity, OneTimeLinkPurpose } from './one-time-link.entity';
import { PeopleActor, PeoplePolicy } from './people.policy';
import { CreateAgencyPayloadModel, OneTimeLinkPayloadModel, PersonModel } from './person.model';

/** How long a one-time link works: 72 hours. */
export const ONE_TIME_LINK_TTL_MS = 72 * 3600 * 1000;

/** The one answer for unknown, used, revoked and expired tokens alike. */
const INVALID_LINK: FieldProblem = { field: 'token', message: 'this link is invalid or has expired' };

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A stored one-time link: the path with the token (given once), its expiry (UTC) and its row id (for the audit log). */
interface IssuedLink {
  link: string;
  expiresAt: Date;
  linkId: string;
}

/**
 * Agency admins manage their own agency's people: list, invite, change roles, disable, enable, start a password
 * reset; platform admins also create agencies with their first admin. Every rule is asked of PeoplePolicy; every
 * change is written to the audit log in the same transaction.
 */
@Injectable()
export class PeopleService {
  private readonly logger = new Logger('OneTimeLinks');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: PeoplePolicy,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  /** The API shape of an account for its admins (never the password hash: only whether one is set). */
  static toPerson(entity: UserEntity): PersonModel {
    return {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      roles: entity.roles,
      disabled: entity.disabledAt !== null,
      lastSignInAt: entity.lastSignInAt,
      hasPassword: entity.passwordHash !== null,
      agencyId: entity.agencyId,
    };
  }

  /**
   * The people of one agency, by display name then e-mail: the caller's own, or (platform admins) `agencyId`'s.
   * @throws NOT_FOUND for an agency out of reach or unknown.
   */
  async list(actor: PeopleActor, agencyId?: string | null): Promise<PersonModel[]> {
    const m = this.db.manager;
    const agency = await this.policy.agencyInReach(m, actor, agencyId);
    const rows = await m.getRepository(UserEntity).find({ where: { agencyId: agency }, order: { displayName: 'ASC', email: 'ASC' } });
    return rows.map(PeopleService.toPerson);
  }

  /**
   * Creates a person in the caller's agency (or, platform admins, `input.agencyId`) with no usable password and
   * a one-time link (72 h) to set one.
   * @throws FORBIDDEN for PLATFORM_ADMIN granted by a non-platform admin, and for a platform admin inviting into
   * another agency that has an agency admin of its own (`requireSecretariatReach`); NOT_FOUND for an agency out of reach; BAD_USER_INPUT naming `email` when the address is already used.
   */
  async invite(actor: PeopleActor, input: InvitePersonInput): Promise<OneTimeLinkPayloadModel> {
    return this.writing(async (m) => {
      const agencyId = await this.policy.agencyInReach(m, actor, input.agencyId);
      await this.policy.requireSecretariatReach(m, actor, agencyId);
      this.policy.requireGrantable(actor, input.roles);
      await this.requireUnusedEmail(m, input.email, 'email');
      const user = await m.getRepository(UserEntity).save(
        m.getRepository(UserEntity).create({ email: normalizeEmail(input.email), displayName: input.displayName, passwordHash: null, agencyId, roles: input.roles, disabledAt: null, lastSignInAt: null }),
      );
      const issued = await this.issueLink(m, user, OneTimeLinkPurpose.INVITATION, actor.userId);
      await this.audit.record(actor, { action: AuditAction.PERSON_INVITED, subjectType: AuditSubject.PERSON, subjectId: user.id, details: { agencyId, roles: input.roles, linkId: issued.linkId } }, m);
      return { person: PeopleService.toPerson(user), link: issued.link, expiresAt: issued.expiresAt };
    });
  }

  /**
   * Replaces a person's roles.
   * @throws FORBIDDEN (own roles, PLATFORM_ADMIN by a non-platform admin, a platform admin in another agency that has
   * an agency admin of its own); NOT_FOUND (out of reach).
   */
  async changeRoles(actor: PeopleActor, input: ChangePersonRolesInput): Promise<PersonModel> {
    return this.writing(async (m) => {
      const user = await this.policy.requirePerson(m, actor, input.userId);
      await this.policy.requireSecretariatReach(m, actor, user.agencyId);
      this.policy.requireRolesChange(actor, user, input.roles);
      const before = user.roles;
      user.roles = [...input.roles];
      await m.getRepository(UserEntity).update({ id: user.id }, { roles: user.roles });
      await this.audit.record(actor, { action: AuditAction.PERSON_ROLES_CHANGED, subjectType: AuditSubject.PERSON, subjectId: user.id, details: { from: before, to: user.roles } }, m);
      return PeopleService.toPerson(user);
    });
  }

  /**
   * Disables an account (idempotent): no sign-in; its sessions, sockets and unused one-time links end at once.
   * @throws FORBIDDEN (non-admins, oneself, a platform admin by a non-platform admin); NOT_FOUND (out of reach).
   */
  async disable(actor: PeopleActor, userId: string): Promise<UserModel> {
    const user = await this.writing(async (m) => {
      const row = await this.policy.requirePerson(m, actor, userId);
      this.policy.requireNotSelf(actor, row, 'disable');
      if (!row.disabledAt) {
        row.disabledAt = new Date();
        await m.getRepository(UserEntity).update({ id: row.id }, { disabledAt: row.disabledAt });
        await this.revokeOpenLinks(m, row.id);
        await this.audit.record(actor, { action: AuditAction.PERSON_DISABLED, subjectType: AuditSubject.PERSON, subjectId: row.id }, m);
      }
      return row;
    });
    await this.auth.revokeAllSessions(user.id);
    return UserService.toModel(user);
  }

  /**
   * Enables a disabled account again (idempotent); the person signs in with their existing password.
   * @throws FORBIDDEN (non-admins, a platform admin by a non-platform admin); NOT_FOUND (out of reach).
   */
  async enable(actor: PeopleActor, userId: string): Promise<PersonModel> {
    return this.writing(async (m) => {
      const row = await this.policy.requirePerson(m, actor, userId);
      if (row.disabledAt) {
        row.disabledAt = null;
        await m.getRepository(UserEntity).update({ id: row.id }, { disabledAt: null });
        await this.audit.record(actor, { action: AuditAction.PERSON_ENABLED, subjectType: AuditSubject.PERSON, subjectId: row.id }, m);
      }
      return PeopleService.toPerson(row);
    });
  }

  /**
   * A new one-time link (72 h) for the person to set a new password; their earlier unused links stop working.
   * The current password keeps working until the new one is set.
   * @throws FORBIDDEN (non-admins, a platform admin by a non-platform admin, a platform admin in another agency that
   * has an agency admin of its own other than this person); NOT_FOUND (out of reach); BAD_USER_INPUT naming `userId`
   * for a disabled account (enable it first).
   */
  async startPasswordReset(actor: PeopleActor, userId: string): Promise<OneTimeLinkPayloadModel> {
    return this.writing(async (m) => {
      const row = await this.policy.requirePerson(m, actor, userId);
      await this.policy.requireSecretariatReach(m, actor, row.agencyId, row.id);
      if (row.disabledAt) throw badInput([{ field: 'userId', message: 'this account is disabled: enable it first' }]);
      const issued = await this.issueLink(m, row, OneTimeLinkPurpose.PASSWORD_RESET, actor.userId);
      await this.audit.record(actor, { action: AuditAction.PASSWORD_RESET_STARTED, subjectType: AuditSubject.PERSON, subjectId: row.id, details: { linkId: issued.linkId } }, m);
      return { person: PeopleService.toPerson(row), link: issued.link, expiresAt: issued.expiresAt };
    });
  }

  /**
   * Sets the password of the person a one-time link was made for, using the link up; every session of that
   * person ends. Needs no sign-in.
   * @throws BAD_USER_INPUT naming `token` ("this link is invalid or has expired") for unknown, used, revoked and
   * expired links and disabled accounts alike; naming `password` when it fails the password policy.
   */
  async setPasswordWithToken(input: SetPasswordWithTokenInput): Promise<boolean> {
    const tokenHash = sha256(input.token);
    const links = this.db.getRepository(OneTimeLinkEntity);
    const link = await links.findOne({ where: { tokenHash, usedAt: IsNull(), revokedAt: IsNull(), expiresAt: Raw((c) => `${c} > now()`) } });
    const user = link ? await this.db.getRepository(UserEntity).findOne({ where: { id: link.userId } }) : null;
    if (!link || !user || user.disabledAt) throw badInput([INVALID_LINK]);
    assertPasswordPolicy(input.password, [user.email, user.displayName]);
    const passwordHash = await AuthService.hashPassword(input.password);
    await this.writing(async (m) => {
      const used = await m
        .getRepository(OneTimeLinkEntity)
        .createQueryBuilder()
        .update()
        .set({ usedAt: () => 'now()' })
        .where('id = :id AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()', { id: link.id })
        .execute();
      if (!used.affected) throw badInput([INVALID_LINK]);
      await m.getRepository(UserEntity).update({ id: user.id }, { passwordHash });
      await this.audit.record({ userId: user.id, agencyId: user.agencyId }, { action: AuditAction.PASSWORD_SET, subjectType: AuditSubject.PERSON, subjectId: user.id, details: { linkId: link.id, purpose: link.purpose } }, m);
    });
    await this.auth.revokeAllSessions(user.id);
    return true;
  }

  /**
   * Creates an agency and its first agency admin with a one-time link (72 h); platform admins only (the role,
   * checked by the resolver's @RequireRoles).
   * @throws BAD_USER_INPUT naming `country` (not an ISO 3166-1 alpha-2
   * code, or missing for an agency that is not an international organisation), `acronym` (already used, ignoring
   * case) or `firstAdmin.email` (already used).
   */
  async createAgency(actor: PeopleActor, input: CreateAgencyInput): Promise<CreateAgencyPayloadModel> {
    const country = input.country ? input.country.toUpperCase() : null;
    const problems: FieldProblem[] = [];
    if (country && !isCountryCode(country)) problems.push({ field: 'country', message: 'country must be an ISO 3166-1 alpha-2 code such as RO' });
    if (!country && input.kind !== AgencyKind.INTERNATIONAL_ORGANIZATION) problems.push({ field: 'country', message: 'country is required for every agency but an international organisation' });
    if (problems.length) throw badInput(problems);
    return this.writing(async (m) => {
      const agencies = m.getRepository(AgencyEntity);
      const taken = await agencies.createQueryBuilder('a').where('lower(a.acronym) = lower(:acronym)', { acronym: input.acronym }).getExists();
      if (taken) problems.push({ field: 'acronym', message: 'acronym is already used by another agency' });
      if (await this.emailUsed(m, input.firstAdmin.email)) problems.push({ field: 'firstAdmin.email', message: 'this e-mail address is already used' });
      if (problems.length) throw badInput(problems);
      const agency = await agencies.save(agencies.create({ name: input.name, acronym: input.acronym, kind: input.kind, country }));
      const users = m.getRepository(UserEntity);
      const admin = await users.save(
        users.create({ email: normalizeEmail(input.firstAdmin.email), displayName: input.firstAdmin.displayName, passwordHash: null, agencyId: agency.id, roles: [Role.AGENCY_ADMIN], disabledAt: null, lastSignInAt: null }),
      );
      const issued = await this.issueLink(m, admin, OneTimeLinkPurpose.INVITATION, actor.userId);
      await this.audit.record(actor, { action: AuditAction.AGENCY_CREATED, subjectType: AuditSubject.AGENCY, subjectId: agency.id, details: { acronym: agency.acronym, kind: agency.kind, country } }, m);
      await this.audit.record(actor, { action: AuditAction.PERSON_INVITED, subjectType: AuditSubject.PERSON, subjectId: admin.id, details: { agencyId: agency.id, roles: admin.roles, linkId: issued.linkId } }, m);
      const model: AgencyModel = AgencyService.toModel(agency);
      return { agency: model, firstAdmin: { person: PeopleService.toPerson(admin), link: issued.link, expiresAt: issued.expiresAt } };
    });
  }

  /** Runs `work` in a transaction; a unique-key race on e-mail or acronym becomes the same field error as the checks. */
  private async writing<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        const constraint = String((error.driverError as { constraint?: string }).constraint ?? '');
        if (constraint.includes('acronym')) throw badInput([{ field: 'acronym', message: 'acronym is already used by another agency' }]);
        if (constraint.includes('email')) throw badInput([{ field: 'email', message: 'this e-mail address is already used' }]);
      }
      throw error;
    }
  }

  /** True when any account, of any agency, has this e-mail (stored as `normalizeEmail` spells it). */
  private async emailUsed(m: EntityManager, email: string): Promise<boolean> {
    return m.getRepository(UserEntity).exists({ where: { email: normalizeEmail(email) } });
  }

  /** @throws BAD_USER_INPUT naming `field` when the e-mail is already used. */
  private async requireUnusedEmail(m: EntityManager, email: string, field: string): Promise<void> {
    if (await this.emailUsed(m, email)) throw badInput([{ field, message: 'this e-mail address is already used' }]);
  }

  /** Makes every unused, unrevoked one-time link of the person unusable (UTC now). */
  private async revokeOpenLinks(m: EntityManager, userId: string): Promise<void> {
    await m.getRepository(OneTimeLinkEntity).update({ userId, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /**
   * Revokes the person's unused links and stores a new one: 32 random bytes (base64url), only its SHA-256 kept.
   * Outside production the link is also logged, for trying things out without e-mail.
   */
  private async issueLink(m: EntityManager, user: UserEntity, purpose: OneTimeLinkPurpose, createdById: string): Promise<IssuedLink> {
    await this.revokeOpenLinks(m, user.id);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + ONE_TIME_LINK_TTL_MS);
    const row = await m.getRepository(OneTimeLinkEntity).save(
      m.getRepository(OneTimeLinkEntity).create({ userId: user.id, purpose, tokenHash: sha256(token), createdById, expiresAt, usedAt: null, revokedAt: null }),
    );
    const link = `/set-password?token=${token}`;
    if (!this.config.isProduction) this.logger.log(`${purpose} link for ${user.email} (until ${expiresAt.toISOString()}): ${link}`);
    return { link, expiresAt, linkId: row.id };
  }
}
