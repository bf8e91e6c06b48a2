export * from './selector-types';
export * from './normalise-selector';
export * from './hit-disclosure';
export { isBech32 } from './online-selectors';
export { isoCountry } from './selector-text';
