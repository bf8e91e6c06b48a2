import './country.css';

export * from './countries-page';
export * from './country-profile-page';
