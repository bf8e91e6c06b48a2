import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthUser, forbidden, isUuid, notFound } from '@taskforce/api-core';
import { Role } from '@taskforce/domain';
import { In, IsNull, Repository } from 'typeorm';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';

/** People and their accounts. */
@Injectable()
export class UserService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  static toModel(entity: UserEntity): UserModel {
    return {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      roles: entity.roles,
      agencyId: entity.agencyId,
      disabled: entity.disabledAt !== null,
    };
  }

  /** The user with this id or null (no visibility rule: user cards are visible to colleagues of shared operations). */
  async findById(id: string): Promise<UserModel | null> {
    const row = await this.users.findOne({ where: { id } });
    return row ? UserService.toModel(row) : null;
  }

  /** Users with these ids (unknown ids dropped). */
  async findByIds(ids: readonly string[]): Promise<UserModel[]> {
    if (!ids.length) return [];
    return (await this.users.find({ where: { id: In([...ids]) } })).map(UserService.toModel);
  }

  /** Active users of an agency, by name. */
  async activeMembersOf(agencyId: string): Promise<UserModel[]> {
    const rows = await this.users.find({ where: { agencyId, disabledAt: IsNull() }, order: { displayName: 'ASC' } });
    return rows.map(UserService.toModel);
  }

  /** Active liaison officers of an agency. */
  async liaisonOfficersOf(agencyId: string): Promise<UserModel[]> {
    return (await this.activeMembersOf(agencyId)).filter((u) => u.roles.includes(Role.LIAISON_OFFICER));
  }

  /**
   * Marks a user disabled (idempotent). Agency admins act on their own agency only; platform admins on any.
   * @throws NOT_FOUND for an unknown user or one outside the admin's reach; FORBIDDEN for non-admins or oneself.
   */
  async disable(actor: AuthUser, userId: string): Promise<UserModel> {
    const isPlatformAdmin = actor.roles.includes(Role.PLATFORM_ADMIN);
    const isAgencyAdmin = actor.roles.includes(Role.AGENCY_ADMIN);
    if (!isPlatformAdmin && !isAgencyAdmin) throw forbidden('Only agency or platform admins disable users');
    const row = isUuid(userId) ? await this.users.findOne({ where: { id: userId } }) : null;
    if (!row || (!isPlatformAdmin && row.agencyId !== actor.agencyId)) throw notFound('User');
    if (row.id === actor.userId) throw forbidden('You cannot disable your own account');
    if (!row.disabledAt) {
      row.disabledAt = new Date();
      await this.users.save(row);
    }
    return UserService.toModel(row);
  }
}
