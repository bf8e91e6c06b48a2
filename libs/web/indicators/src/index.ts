import './lib/indicators.css';

export * from './lib/indicators-page';
export * from './lib/map';
export * from './lib/country';
