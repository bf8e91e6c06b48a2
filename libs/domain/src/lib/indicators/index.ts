export * from './types';
export * from './cross-tabulate';
export * from './suppression';
export * from './percentages';
export * from './timing';
export * from './indicators';
export * from './suppression-engine';
export * from './forms-named';
