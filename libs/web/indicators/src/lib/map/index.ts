import './map.css';

export * from './world-map';
export * from './map-geometry';
export * from './case-flows-map';
export * from './lead-routes-map';
export * from './map.documents';
