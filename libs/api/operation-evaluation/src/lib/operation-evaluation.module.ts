import { Module } from '@nestjs/common';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuthModule } from '@taskforce/api-auth';
import { IndicatorsModule } from '@taskforce/api-indicators';
import { OperationsModule } from '@taskforce/api-operations';
import { OperationEvaluationResolver } from './operation-evaluation.resolver';
import { OperationEvaluationService } from './operation-evaluation.service';
import { OperationResultsService } from './operation-results.service';
import { OperationReportController } from './report/operation-report.controller';
import { OperationReportService } from './report/operation-report.service';

/**
 * Closing a joint operation: the closing evaluation written together (Joint Investigation Teams Network, JIT
 * evaluation form), its results as a monitoring-and-evaluation source, and the operation report (PDF).
 */
@Module({
  imports: [AgenciesModule, AuthModule, OperationsModule, IndicatorsModule],
  controllers: [OperationReportController],
  providers: [OperationEvaluationService, OperationResultsService, OperationReportService, OperationEvaluationResolver],
  exports: [OperationEvaluationService, OperationResultsService, OperationReportService],
})
export class OperationEvaluationModule {}
