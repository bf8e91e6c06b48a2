export * from './lib/operation-evaluation.module';
export * from './lib/operation-evaluation.service';
export * from './lib/operation-results.service';
export * from './lib/evaluation.model';
export * from './lib/dto/evaluation.inputs';
export * from './lib/report/operation-report.service';
export * from './lib/report/report-document';
