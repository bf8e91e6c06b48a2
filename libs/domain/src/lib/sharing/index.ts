/** Public surface of the sharing-decision engine (see ./README.md). */
export * from './types';
export * from './tlp';
export * from './admiralty';
export * from './instants';
export * from './outcomes';
export * from './decide-sharing';
export * from './share-request';
export * from './read-access';
export * from './handling-condition';
