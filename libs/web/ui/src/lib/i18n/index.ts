export * from './catalogues';
export * from './language-choice';
export * from './language-provider';
export * from './language-switch';
export * from './messages';
