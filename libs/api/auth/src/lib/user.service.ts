import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { byKeys, isUuid, loadByKey, notFound } from '@taskforce/api-core';
import { Language, Role } from '@taskforce/domain';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';

/** The columns of a person that their model shows. */
type UserRow = Pick<UserEntity, 'id' | 'email' | 'displayName' | 'roles' | 'agencyId' | 'disabledAt' | 'language'>;

/** People and their accounts. */
@Injectable()
export class UserService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  static toModel(entity: UserRow): UserModel {
    return {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      roles: entity.roles,
      agencyId: entity.agencyId,
      disabled: entity.disabledAt !== null,
      language: entity.language,
    };
  }

  /**
   * The user with this id or null, also for a malformed id (no visibility rule: user cards are visible to colleagues of
   * shared operations). Inside a request, the loads of one tick are answered by one statement (RequestScope).
   */
  findById(id: string): Promise<UserModel | null> {
    return loadByKey('user.byId', id, async (ids: readonly string[]) => {
      const valid = [...new Set(ids.filter(isUuid))];
      const rows = valid.length ? await this.rows(valid) : [];
      return byKeys(ids, rows, (r) => r.id, null, UserService.toModel);
    });
  }

  /**
   * Stores the language person `userId` chose for the web client (already checked to be one of `LANGUAGES`) and
   * returns the person. NOT_FOUND "User not found" when the account is gone.
   */
  async setLanguage(userId: string, language: Language): Promise<UserModel> {
    const result = await this.users.update({ id: userId }, { language });
    if (!result.affected) throw notFound('User');
    const rows = await this.rows([userId]);
    return UserService.toModel(rows[0]);
  }

  /** Users with these ids (unknown ids dropped). */
  async findByIds(ids: readonly string[]): Promise<UserModel[]> {
    if (!ids.length) return [];
    return (await this.rows(ids)).map(UserService.toModel);
  }

  /** The users with these ids as plain rows of the columns their model shows (one statement, no entity hydration). */
  private rows(ids: readonly string[]): Promise<UserRow[]> {
    return this.users.query(
      'SELECT id, email, display_name AS "displayName", roles::text[] AS roles, agency_id AS "agencyId", disabled_at AS "disabledAt", language FROM users WHERE id = ANY($1::uuid[])',
      [ids],
    );
  }

  /**
   * Active users of an agency (or of several), by name. Inside a transaction pass its manager `m`, so the read
   * sees the transaction's own writes.
   */
  async activeMembersOf(agencyId: string | readonly string[], m?: EntityManager): Promise<UserModel[]> {
    const repo = m ? m.getRepository(UserEntity) : this.users;
    const agencies = typeof agencyId === 'string' ? [agencyId] : [...agencyId];
    if (!agencies.length) return [];
    const rows = await repo.find({ where: { agencyId: In(agencies), disabledAt: IsNull() }, order: { displayName: 'ASC' } });
    return rows.map(UserService.toModel);
  }

  /** Active liaison officers of an agency (or of several), by name: the people told when something needs their agency. */
  async liaisonOfficersOf(agencyId: string | readonly string[], m?: EntityManager): Promise<UserModel[]> {
    return (await this.activeMembersOf(agencyId, m)).filter((u) => u.roles.includes(Role.LIAISON_OFFICER));
  }
}
