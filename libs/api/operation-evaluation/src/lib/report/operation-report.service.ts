import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { UserService } from '@taskforce/api-auth';
import { AgencyService } from '@taskforce/api-agencies';
import { AuthUser } from '@taskforce/api-core';
import { TargetService } from '@taskforce/api-indicators';
import { OperationService } from '@taskforce/api-operations';
import { Pillar, TaskStatus } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { OperationEvaluationService } from '../operation-evaluation.service';
import { OperationResultsService } from '../operation-results.service';
import { OperationReportData, operationReportDocument } from './report-document';
import { renderPdf } from './render-pdf';

/** A made report: the PDF bytes, a file name and the UTC instant it was made. */
export interface OperationReportFile {
  pdf: Buffer;
  fileName: string;
  generatedAt: Date;
}

/**
 * The operation report (PDF, pdfmake 0.3.11): the operation, legal basis, parties with role and period, the
 * lifecycle timeline, tasks by pillar and status with the on-time rate, the closing evaluation and the figures, all
 * as the viewer may see them on screen. Members of the operation only.
 */
@Injectable()
export class OperationReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly operations: OperationService,
    private readonly agencies: AgencyService,
    private readonly users: UserService,
    private readonly evaluations: OperationEvaluationService,
    private readonly results: OperationResultsService,
    private readonly targets: TargetService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The report's content for `actor`, made at `now` (UTC).
   * @throws NOT_FOUND ("Operation not found") for unknown, malformed and invisible ids alike.
   */
  async data(actor: AuthUser, operationId: string, now: Date = new Date()): Promise<OperationReportData> {
    const op = await this.operations.getVisible(actor, operationId);
    const [agencies, roles, history, evaluation, results, viewer, indicators] = await Promise.all([
      this.operations.participatingAgencies(operationId),
      this.operations.participantRoles(operationId),
      this.operations.history(operationId),
      this.evaluations.get(actor, operationId),
      this.results.results(actor, operationId),
      this.users.findById(actor.userId),
      this.targets.operationIndicators(actor, operationId),
    ]);
    const actors = new Map((await this.users.findByIds([...new Set(history.map((h) => h.actorId).filter((id): id is string => !!id))])).map((u) => [u.id, u.displayName]));
    const viewerAgency = await this.agencies.findById(actor.agencyId);
    const [agreement]: Array<{ title: string; article: string | null }> = op.legalBasisAgreementId
      ? await this.db.query('SELECT title, article FROM agreements WHERE id = $1', [op.legalBasisAgreementId])
      : [];
    const taskRows: Array<{ pillar: Pillar; status: TaskStatus }> = await this.db.query(`SELECT t.pillar, t.status FROM tasks t WHERE t.operation_id = $1`, [operationId]);
    const tasks = Object.fromEntries(
      Object.values(Pillar).map((p) => [p, Object.fromEntries(Object.values(TaskStatus).map((s) => [s, taskRows.filter((t) => t.pillar === p && t.status === s).length]))]),
    ) as OperationReportData['tasks'];
    return {
      operation: {
        id: op.id,
        name: op.name,
        status: op.status,
        purpose: op.purpose,
        description: op.description,
        countries: op.countries,
        formsOfExploitation: op.formsOfExploitation,
        startsOn: op.startsOn,
        endsOn: op.endsOn,
        legalBasisCitation: op.legalBasisCitation,
        legalBasisAgreement: agreement ? [agreement.title, agreement.article].filter(Boolean).join(', ') : null,
      },
      parties: agencies.map((a) => ({
        acronym: a.acronym,
        name: a.name,
        country: a.country,
        role: roles.get(a.id)?.role ?? 'PARTY',
        isLead: a.id === op.leadAgencyId,
        joinedAt: roles.get(a.id)?.joinedAt ?? op.createdAt,
      })),
      history: history.map((h) => ({ at: h.at, action: h.action, actor: h.actorId ? (actors.get(h.actorId) ?? null) : null, detail: h.detail, reason: h.reason })),
      tasks,
      // The operation page's figures (TargetService), so the report says what the screen says.
      onTime: indicators.timing.tasksOnTime,
      targets: indicators.targets,
      targetsK: indicators.k,
      evaluation,
      results,
      viewer: { displayName: viewer?.displayName ?? 'unknown', agencyAcronym: viewerAgency?.acronym ?? '' },
      generatedAt: now,
    };
  }

  /**
   * Makes the PDF for `actor` and records the download in the audit log.
   * @throws NOT_FOUND ("Operation not found") for unknown, malformed and invisible ids alike.
   */
  async pdf(actor: AuthUser, operationId: string): Promise<OperationReportFile> {
    const data = await this.data(actor, operationId);
    const pdf = await renderPdf(operationReportDocument(data));
    await this.audit.record(actor, { action: AuditAction.OPERATION_REPORT_DOWNLOADED, subjectType: AuditSubject.OPERATION, subjectId: operationId, details: { bytes: pdf.length, generatedAt: data.generatedAt.toISOString() } });
    const slug = data.operation.name.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60) || 'operation';
    return { pdf, fileName: `operation-report-${slug}-${data.generatedAt.toISOString().slice(0, 10)}.pdf`, generatedAt: data.generatedAt };
  }
}
