/** Lead rules shared by the API and the web client: status, status moves, who records, shares and approves. */
export * from './lead-rules';
