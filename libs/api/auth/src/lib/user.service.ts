import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
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
}
