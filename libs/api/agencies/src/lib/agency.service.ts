import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { byKeys, isUuid, loadByKey } from '@taskforce/api-core';
import { Repository } from 'typeorm';
import { AgencyEntity } from './agency.entity';
import { AgencyModel } from './agency.model';
import { countryName } from './countries';

/** The columns of an agency that its model shows. */
type AgencyRow = Pick<AgencyEntity, 'id' | 'name' | 'acronym' | 'kind' | 'country'>;

/** The agency directory. It is not secret: every signed-in user may list agencies. */
@Injectable()
export class AgencyService {
  constructor(@InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>) {}

  static toModel(entity: AgencyRow): AgencyModel {
    return { id: entity.id, name: entity.name, acronym: entity.acronym, kind: entity.kind, country: entity.country, countryName: countryName(entity.country) };
  }

  /** All agencies, by name. */
  async list(): Promise<AgencyModel[]> {
    return (await this.agencies.find({ order: { name: 'ASC' } })).map(AgencyService.toModel);
  }

  /**
   * The agency with this id, or null (also for a malformed id). Inside a request, the loads of one tick are answered
   * by one statement (RequestScope).
   */
  findById(id: string): Promise<AgencyModel | null> {
    return loadByKey('agency.byId', id, async (ids: readonly string[]) => {
      const valid = [...new Set(ids.filter(isUuid))];
      const rows = valid.length ? await this.rows(valid) : [];
      return byKeys(ids, rows, (r) => r.id, null, AgencyService.toModel);
    });
  }

  /** The agencies with these ids, in the order given (unknown ids dropped). */
  async findByIds(ids: readonly string[]): Promise<AgencyModel[]> {
    if (!ids.length) return [];
    const rows = await this.rows(ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => (byId.has(id) ? [AgencyService.toModel(byId.get(id)!)] : []));
  }

  /** The agencies with these ids as plain rows (one statement, no entity hydration), in no particular order. */
  private rows(ids: readonly string[]): Promise<AgencyRow[]> {
    return this.agencies.query('SELECT id, name, acronym, kind, country FROM agencies WHERE id = ANY($1::uuid[])', [ids]);
  }
}
