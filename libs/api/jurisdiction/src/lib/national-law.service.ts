import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AuthUser, badInput, conflict, isUuid, notFound } from '@taskforce/api-core';
import { countryFromCode } from '@taskforce/data-import';
import { DataSource, EntityManager } from 'typeorm';
import { NationalLawModel } from './national-law.model';
import { CreateNationalLawInput, UpdateNationalLawInput } from './dto/national-law.inputs';

/** A row of `national_laws` as selected by LAW_COLUMNS (dates as `YYYY-MM-DD` text, never through a local Date). */
interface NationalLawRow {
  id: string;
  country: string;
  title: string;
  reference: string;
  adopted_on: string | null;
  entered_into_force_on: string;
  summary: string | null;
  source_url: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const LAW_COLUMNS = `id::text AS id, country, title, reference, to_char(adopted_on, 'YYYY-MM-DD') AS adopted_on,
  to_char(entered_into_force_on, 'YYYY-MM-DD') AS entered_into_force_on, summary, source_url, version, created_at, updated_at`;

const modelOf = (r: NationalLawRow): NationalLawModel => ({
  id: r.id,
  country: r.country,
  title: r.title,
  reference: r.reference,
  adoptedOn: r.adopted_on,
  enteredIntoForceOn: r.entered_into_force_on,
  summary: r.summary,
  sourceUrl: r.source_url,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Alpha-2 of an input code already checked by the input class (upper-cased, Kosovo as XK). */
function alpha2Of(code: string): string {
  const join = countryFromCode(code);
  if (!('country' in join)) throw badInput([{ field: 'country', message: 'country must be an ISO 3166-1 alpha-2 country code (XK for Kosovo)' }]);
  return join.country.alpha2;
}

function checkDates(adoptedOn: string | null, enteredIntoForceOn: string): void {
  // Both are YYYY-MM-DD, so text order is date order.
  if (adoptedOn !== null && adoptedOn > enteredIntoForceOn) {
    throw badInput([{ field: 'adoptedOn', message: 'adoptedOn must not be after enteredIntoForceOn' }]);
  }
}

/**
 * National anti-trafficking laws: public legal facts every signed-in user reads; only platform admins
 * create, update (with a version check) and delete them (NationalLawResolver's @RequireRoles refuses everyone else).
 */
@Injectable()
export class NationalLawService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Laws of one country (alpha-2), by date of entry into force then title; [] for none. */
  async listForCountry(alpha2: string, manager: EntityManager = this.db.manager): Promise<NationalLawModel[]> {
    const rows: NationalLawRow[] = await manager.query(
      `SELECT ${LAW_COLUMNS} FROM national_laws WHERE country = $1 ORDER BY entered_into_force_on, title, id`,
      [alpha2],
    );
    return rows.map(modelOf);
  }

  /**
   * Records a law; the country is stored as upper-case alpha-2.
   * @throws BAD_USER_INPUT (field `adoptedOn`) when adopted after
   *   entry into force.
   */
  async create(actor: AuthUser, input: CreateNationalLawInput): Promise<NationalLawModel> {
    const adoptedOn = input.adoptedOn ?? null;
    checkDates(adoptedOn, input.enteredIntoForceOn);
    return this.db.transaction(async (m) => {
      const [row]: NationalLawRow[] = await m.query(
        `INSERT INTO national_laws (country, title, reference, adopted_on, entered_into_force_on, summary, source_url, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING ${LAW_COLUMNS}`,
        [alpha2Of(input.country), input.title, input.reference, adoptedOn, input.enteredIntoForceOn, input.summary || null, input.sourceUrl || null, actor.userId],
      );
      await this.audit.record(actor, { action: AuditAction.NATIONAL_LAW_CREATED, subjectType: AuditSubject.NATIONAL_LAW, subjectId: row.id, details: { country: row.country, version: row.version } }, m);
      return modelOf(row);
    });
  }

  /**
   * Applies the given changes if `expectedVersion` is still current, and bumps the version.
   * @throws NOT_FOUND for an unknown or malformed id; CONFLICT (with
   *   `currentVersion`) when the law changed since — nothing is written then; BAD_USER_INPUT (`adoptedOn`) when
   *   the resulting adoption date is after entry into force.
   */
  async update(actor: AuthUser, input: UpdateNationalLawInput): Promise<NationalLawModel> {
    if (!isUuid(input.id)) throw notFound('National law');
    return this.db.transaction(async (m) => {
      const [current]: NationalLawRow[] = await m.query(`SELECT ${LAW_COLUMNS} FROM national_laws WHERE id = $1 FOR UPDATE`, [input.id]);
      if (!current) throw notFound('National law');
      if (current.version !== input.expectedVersion) {
        throw conflict('The national law was changed by someone else; reload it and try again', { currentVersion: current.version });
      }
      const next = {
        country: input.country !== undefined ? alpha2Of(input.country) : current.country,
        title: input.title ?? current.title,
        reference: input.reference ?? current.reference,
        adoptedOn: input.adoptedOn !== undefined ? input.adoptedOn : current.adopted_on,
        enteredIntoForceOn: input.enteredIntoForceOn ?? current.entered_into_force_on,
        summary: input.summary !== undefined ? input.summary || null : current.summary,
        sourceUrl: input.sourceUrl !== undefined ? input.sourceUrl || null : current.source_url,
      };
      checkDates(next.adoptedOn, next.enteredIntoForceOn);
      // TypeORM answers an UPDATE with [rows, rowCount].
      const [[row]]: [NationalLawRow[], number] = await m.query(
        `UPDATE national_laws SET country = $2, title = $3, reference = $4, adopted_on = $5, entered_into_force_on = $6, summary = $7,
           source_url = $8, updated_by = $9, updated_at = now(), version = version + 1
         WHERE id = $1 RETURNING ${LAW_COLUMNS}`,
        [input.id, next.country, next.title, next.reference, next.adoptedOn, next.enteredIntoForceOn, next.summary, next.sourceUrl, actor.userId],
      );
      await this.audit.record(actor, { action: AuditAction.NATIONAL_LAW_UPDATED, subjectType: AuditSubject.NATIONAL_LAW, subjectId: row.id, details: { country: row.country, version: row.version } }, m);
      return modelOf(row);
    });
  }

  /**
   * Deletes a law.
   * @throws NOT_FOUND for an unknown or malformed id.
   */
  async delete(actor: AuthUser, id: string): Promise<boolean> {
    if (!isUuid(id)) throw notFound('National law');
    return this.db.transaction(async (m) => {
      // TypeORM answers a DELETE with [rows, rowCount].
      const [rows]: [Array<{ country: string }>, number] = await m.query(`DELETE FROM national_laws WHERE id = $1 RETURNING country`, [id]);
      if (!rows.length) throw notFound('National law');
      await this.audit.record(actor, { action: AuditAction.NATIONAL_LAW_DELETED, subjectType: AuditSubject.NATIONAL_LAW, subjectId: id, details: { country: rows[0].country } }, m);
      return true;
    });
  }
}
