import './lib/evaluation.css';

export * from './lib/evaluation-page';
export * from './lib/report-page';
export * from './lib/download-report';
