/**
 * A translator as `useLingui()._` is: a message id of the catalogues (`shell`, `indicators`) and its ICU values in,
 * the text in the active language out. Pure helpers of these screens take one, so they stay testable.
 */
export type Translate = (id: string, values?: Record<string, unknown>) => string;
