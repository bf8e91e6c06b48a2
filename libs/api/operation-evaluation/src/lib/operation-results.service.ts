import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, whereArgs } from '@taskforce/api-core';
import { SmallCellThreshold } from '@taskforce/api-indicators';
import { OperationPolicy } from '@taskforce/api-operations';
import { EVALUATION_RESULT_FIELDS, EVALUATION_RESULT_LABELS, EvaluationResultField, protectResultAcrossOperations, ResultContribution } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { EVALUATION_FORM_CITATION, OperationResultsModel } from './evaluation.model';

const RESULT_COLUMNS: Readonly<Record<EvaluationResultField, string>> = {
  arrests: 'arrests',
  potentialVictimsIdentified: 'potential_victims_identified',
  victimsReferredToAssistance: 'victims_referred_to_assistance',
  seizures: 'seizures',
  prosecutionsStarted: 'prosecutions_started',
  convictions: 'convictions',
};

/** Cited under every figure of this source. */
export const OPERATION_RESULTS_CITATION = `Results reported by the participating agencies in finalised closing evaluations (${EVALUATION_FORM_CITATION})`;

/**
 * The results of finalised closing evaluations as a monitoring-and-evaluation source (`operationResults`): one
 * operation's, or the sum over every joint operation the viewer's agency takes part in. Only finalised evaluations
 * count (drafts change). Small-cell protected like agency case records: exact for what the viewer's agency
 * reported, other agencies' small figures never reach the viewer (libs/domain `protectResultAcrossOperations`).
 */
@Injectable()
export class OperationResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationPolicy,
    private readonly threshold: SmallCellThreshold,
  ) {}

  /**
   * Results of one visible operation (`operationId`) or of every visible operation, k = SMALL_CELL_K (another k is refused: BAD_USER_INPUT, field `k`).
   * @throws NOT_FOUND ("Operation not found") for an unknown, malformed or invisible `operationId`.
   */
  async results(user: AuthUser, operationId: string | null, requestedK?: number | null): Promise<OperationResultsModel> {
    const k = this.threshold.forAgencyFigures(requestedK);
    const scope = await this.access.requireScope(user, 's.operation_id', operationId);
    const rows: Array<{ operation_id: string; agency_id: string } & Record<EvaluationResultField, number | null>> = await this.db
      .createQueryBuilder()
      .from('operation_evaluation_sections', 's')
      .innerJoin('operations', 'o', 'o.id = s.operation_id AND o.evaluation_finalised_at IS NOT NULL')
      .select('s.operation_id::text', 'operation_id')
      .addSelect('s.agency_id::text', 'agency_id')
      .addSelect(EVALUATION_RESULT_FIELDS.map((f) => `s.${RESULT_COLUMNS[f]} AS "${f}"`))
      .where(...whereArgs(scope))
      .orderBy('s.operation_id')
      .getRawMany();
    const operations = [...new Set(rows.map((r) => r.operation_id))];
    const contributions = (f: EvaluationResultField): ResultContribution[][] =>
      operations.map((op) => rows.filter((r) => r.operation_id === op).map((r) => ({ agencyId: r.agency_id, value: r[f] })));
    return {
      operationId,
      evaluations: operations.length,
      k,
      results: EVALUATION_RESULT_FIELDS.map((f) => ({ field: f, label: EVALUATION_RESULT_LABELS[f], total: protectResultAcrossOperations(contributions(f), user.agencyId, k) })),
      citation: OPERATION_RESULTS_CITATION,
    };
  }
}
