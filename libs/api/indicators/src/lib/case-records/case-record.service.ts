import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AppError, AuthUser, ErrorCode, FieldProblem, isUuid, notFound } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { countryFromCode } from '@taskforce/data-import';
import { ageGroupOfBand, FormOfExploitation, IndicatorKind } from '@taskforce/domain';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CaseAgeGroup, CaseRecordModel, CaseSex } from './case-record.model';
import { RecordCaseInput } from './dto/case-record.inputs';
import { AGENCY_SOURCE } from './case-sources';

export { AGENCY_SOURCE } from './case-sources';

/** Most records one `recordCases` call takes. */
export const MAX_BATCH = 1000;

/** A problem with one row of a batch: its index (0-based) and the field, e.g. `{ index: 2, field: 'inputs.2.citizenship' }`. */
export interface RowProblem extends FieldProblem {
  index: number;
}

interface CaseRow {
  id: string;
  agency_id: string;
  operation_id: string | null;
  indicator: IndicatorKind;
  year: string | null;
  sex: CaseSex | null;
  age_group: CaseAgeGroup | null;
  age_band: string | null;
  citizenship: string | null;
  country_of_exploitation: string | null;
  forms_of_exploitation: FormOfExploitation[];
  created_at: Date;
}

const RETURNING = `id::text AS id, agency_id::text AS agency_id, operation_id::text AS operation_id, indicator, year, sex, age_group,
  age_band, citizenship, country_of_exploitation, forms_of_exploitation, created_at`;

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) => ({ field: `${prefix}.${e.property}`, message })),
    ...flatten(e.children ?? [], `${prefix}.${e.property}`),
  ]);
}

/**
 * Case-level records entered by agencies (source `agency`, no victim identity): one at a time or in an
 * all-or-nothing batch, and deletion by the recording agency. Records always belong to the caller's agency
 * (platform admins included); a record tied to a joint operation needs the operation to be visible to it.
 */
@Injectable()
export class CaseRecordService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationPolicy,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records one case for the caller's agency.
   * @throws BAD_USER_INPUT naming the field (`input.<field>`); NOT_FOUND "Operation not found" for an unknown,
   * malformed or invisible `operationId`.
   */
  async record(user: AuthUser, input: RecordCaseInput): Promise<CaseRecordModel> {
    const [created] = await this.recordMany(user, [input], () => 'input');
    return created;
  }

  /**
   * Records several cases in one transaction: every row is validated first and, if any is bad, nothing is
   * inserted and the error lists every bad row (`extensions.fields: [{ index, field: 'inputs.<i>.<field>',
   * message }]`). Returns the records in input order.
   * @throws BAD_USER_INPUT as above (also for an empty batch or more than 1,000 rows, field `inputs`); NOT_FOUND
   * "Operation not found" when any row names an operation the caller's agency does not take part in.
   */
  async recordMany(user: AuthUser, inputs: readonly RecordCaseInput[], prefixOf: (index: number) => string = (i) => `inputs.${i}`): Promise<CaseRecordModel[]> {
    if (inputs.length < 1 || inputs.length > MAX_BATCH) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `Invalid input — inputs: 1 to ${MAX_BATCH} records`, { fields: [{ field: 'inputs', message: `1 to ${MAX_BATCH} records` }] });
    }
    const rows = inputs.map((raw) => plainToInstance(RecordCaseInput, raw));
    const problems: RowProblem[] = [];
    for (const [index, row] of rows.entries()) {
      const prefix = prefixOf(index);
      const own = flatten(await validate(row, { whitelist: true, forbidUnknownValues: false }), prefix);
      for (const field of ['citizenship', 'countryOfExploitation'] as const) {
        const code = row[field];
        if (typeof code === 'string' && /^[A-Za-z]{2}$/.test(code)) {
          const join = countryFromCode(code.toUpperCase());
          if (!('country' in join) || join.country.alpha2 !== code.toUpperCase()) {
            own.push({ field: `${prefix}.${field}`, message: `${field} "${code}" is not an ISO 3166-1 alpha-2 country code` });
          } else {
            row[field] = join.country.alpha2;
          }
        }
      }
      if (row.ageBand && row.ageGroup && own.every((p) => !p.field.endsWith('.ageBand') && !p.field.endsWith('.ageGroup'))) {
        if (ageGroupOfBand(row.ageBand) !== row.ageGroup) {
          own.push({ field: `${prefix}.ageGroup`, message: `ageGroup ${row.ageGroup} contradicts ageBand ${row.ageBand}` });
        }
      }
      problems.push(...own.map((p) => ({ index, ...p })));
    }
    if (problems.length) {
      const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
      throw new AppError(ErrorCode.BAD_USER_INPUT, `Invalid input — ${summary}`, { fields: problems });
    }
    const operationIds = [...new Set(rows.map((r) => r.operationId).filter((id): id is string => !!id))];
    for (const operationId of operationIds) await this.access.requireWritable(user, operationId);

    const payload = rows.map((r) => ({
      key: `${AGENCY_SOURCE}:${randomUUID()}`,
      indicator: r.indicator,
      year: r.year === null || r.year === undefined ? null : String(r.year),
      sex: r.sex ?? null,
      age_group: r.ageGroup ?? ageGroupOfBand(r.ageBand) ?? null,
      age_band: r.ageBand ?? null,
      citizenship: r.citizenship ?? null,
      country_of_exploitation: r.countryOfExploitation ?? null,
      forms_of_exploitation: r.formsOfExploitation ?? [],
      operation_id: r.operationId ?? null,
    }));
    const inserted = await this.db.transaction(async (m) => {
      const rows: Array<CaseRow & { key: string }> = await m.query(
        `INSERT INTO case_records (source, key, agency_id, recorded_by, operation_id, indicator, year, sex, age_group, age_band,
                                   citizenship, country_of_exploitation, forms_of_exploitation)
         SELECT $1, x.key, $2, $3, x.operation_id, x.indicator, x.year, x.sex, x.age_group, x.age_band,
                x.citizenship, x.country_of_exploitation, x.forms_of_exploitation
           FROM jsonb_to_recordset($4::jsonb) AS x(key text, indicator text, year text, sex text, age_group text, age_band text,
                citizenship text, country_of_exploitation text, forms_of_exploitation text[], operation_id uuid)
         RETURNING key, ${RETURNING}`,
        [AGENCY_SOURCE, user.agencyId, user.userId, JSON.stringify(payload)],
      );
      await this.audit.record(
        user,
        { action: AuditAction.CASE_RECORDS_CREATED, subjectType: AuditSubject.CASE_RECORD, subjectId: user.agencyId, details: { count: rows.length, caseRecordIds: rows.map((r) => r.id), operationIds } },
        m,
      );
      return rows;
    });
    const byKey = new Map(inserted.map((r) => [r.key, r]));
    const created = payload.map((p) => byKey.get(p.key) as CaseRow);
    return created.map(toModel);
  }

  /**
   * Deletes a case record of the caller's agency; returns its id.
   * @throws NOT_FOUND "Case record not found" for unknown, malformed and other agencies' ids alike.
   */
  async delete(user: AuthUser, id: string): Promise<string> {
    if (!isUuid(id)) throw notFound('Case record');
    return this.db.transaction(async (m) => {
      const [rows] = await m.query(`DELETE FROM case_records WHERE id = $1 AND agency_id = $2 AND source = $3 RETURNING id::text AS id`, [id, user.agencyId, AGENCY_SOURCE]);
      if (!rows?.length) throw notFound('Case record');
      await this.audit.record(user, { action: AuditAction.CASE_RECORD_DELETED, subjectType: AuditSubject.CASE_RECORD, subjectId: rows[0].id }, m);
      return rows[0].id as string;
    });
  }
}

function toModel(r: CaseRow): CaseRecordModel {
  return {
    id: r.id,
    indicator: r.indicator,
    year: r.year === null ? null : Number(r.year),
    sex: r.sex,
    ageGroup: r.age_group,
    ageBand: r.age_band,
    citizenship: r.citizenship,
    countryOfExploitation: r.country_of_exploitation,
    formsOfExploitation: r.forms_of_exploitation,
    operationId: r.operation_id,
    agencyId: r.agency_id,
    createdAt: r.created_at,
  };
}
