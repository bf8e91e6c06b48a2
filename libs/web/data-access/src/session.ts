// The signed-out part of the data layer, for the first page a visitor loads (the sign-in screen): who is signed in,
// the session's request headers and the two sign-in requests. It imports neither Apollo Client nor socket.io, nor the
// GraphQL documents of the signed-in pages; those come with the main entry point, `@taskforce/web-data-access`.
export * from './lib/session/classify-secret';
export * from './lib/session/session-headers';
export * from './lib/session/session-store';
export * from './lib/session/sign-in';
export * from './lib/session/use-session';
export * from './lib/apollo/api-error-text';
