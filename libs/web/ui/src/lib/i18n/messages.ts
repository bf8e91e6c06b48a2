/**
 * Marks a message id kept in data (a map from an error code or a status to its text), so the catalogue check finds
 * it: a map `{ OPEN: messageId(…) }` with the id as a literal, later `_(LABELS[status])`. Returns the id unchanged.
 */
export function messageId<Id extends string>(id: Id): Id {
  return id;
}

export { Trans, useLingui } from '@lingui/react';

/**
 * A translator as `useLingui()._` is: a message id of the catalogues and its ICU values in, the text in the active
 * language out. Pure helpers of the screens take one, so they stay testable without React.
 */
export type Translate = (id: string, values?: Record<string, unknown>) => string;

/** A message to show, not yet translated: its id and ICU values. Pure functions return these; screens translate. */
export interface MessageRef {
  id: string;
  values?: Record<string, unknown>;
}
