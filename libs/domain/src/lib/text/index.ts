export * from './invisible-controls';
