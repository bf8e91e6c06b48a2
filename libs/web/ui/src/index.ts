import './lib/styles/ui.css';

export * from './lib/components/agency-badge';
export * from './lib/components/alert';
export * from './lib/components/badge';
export * from './lib/components/button';
export * from './lib/components/card';
export * from './lib/components/domain-badges';
export * from './lib/components/drawer';
export * from './lib/components/field';
export * from './lib/components/lead-badges';
export * from './lib/components/states';
export * from './lib/components/toast';
export * from './lib/format/class-names';
export * from './lib/format/dates';
export * from './lib/format/labels';
export * from './lib/format/lead-labels';
export * from './lib/router/history-router';
export * from './lib/router/link';
