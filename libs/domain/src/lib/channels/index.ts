export * from './mentions';
export * from './information-requests';
