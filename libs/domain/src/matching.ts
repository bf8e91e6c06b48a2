// Selector normalisation and hit/no-hit disclosure rules. An entry point of its own, not re-exported from ./index.ts,
// so the phone-number metadata and the Public Suffix List (libphonenumber-js, tldts) load only with the screens and
// services that match selectors, never with the web client's first screens.
export * from './lib/matching';
