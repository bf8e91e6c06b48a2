import { formatList, messageId, type Translate } from '@taskforce/web-ui';

export type { Translate } from '@taskforce/web-ui';

/** What the client reads from an API error to write its own sentence: the code and the names of the fields at fault. */
export interface ApiErrorParts {
  /** `extensions.code` (docs/api-contract.md, "Errors"). */
  code?: string;
  /** `extensions.fields[].field` of a BAD_USER_INPUT, in the server's order. */
  fields?: readonly string[];
  /** True when the request never reached the server (a network failure). */
  offline?: boolean;
}

// The sentence for each code: the server's `message` stays English for logs and API clients and is never shown.
const CODE_MESSAGES: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: messageId('errors.unauthenticated'),
  FORBIDDEN: messageId('errors.forbidden'),
  NOT_FOUND: messageId('errors.notFound'),
  CONFLICT: messageId('errors.conflict'),
  FAILED_PRECONDITION: messageId('errors.failedPrecondition'),
  TOO_MANY_REQUESTS: messageId('errors.tooManyRequests'),
  REAUTHENTICATION_REQUIRED: messageId('errors.reauthenticationRequired'),
  SECOND_FACTOR_ENROLMENT_REQUIRED: messageId('errors.secondFactorEnrolmentRequired'),
  BAD_USER_INPUT: messageId('errors.badUserInput'),
};

// The fields of the converted screens' inputs, by the name the API gives them in `extensions.fields`.
const FIELD_LABELS: Readonly<Record<string, string>> = {
  email: messageId('field.email'),
  password: messageId('field.password'),
  code: messageId('field.code'),
  recoveryCode: messageId('field.recoveryCode'),
  language: messageId('field.language'),
};

/** The translated name of an input field the API named, or undefined for a field no converted screen has. */
export function fieldLabel(translate: Translate, field: string): string | undefined {
  const id = FIELD_LABELS[field];
  return id ? translate(id) : undefined;
}

/**
 * A sentence in the person's language for an API error: by code, naming the fields at fault for BAD_USER_INPUT
 * ("Check these fields: Email, Password."); `fallbackId` for errors without a known code.
 */
export function apiErrorText(translate: Translate, parts: ApiErrorParts, fallbackId: string = messageId('errors.generic')): string {
  if (parts.offline) return translate(messageId('errors.offline'));
  if (parts.code === 'BAD_USER_INPUT') {
    const labels = (parts.fields ?? []).map((field) => fieldLabel(translate, field)).filter((label): label is string => Boolean(label));
    if (labels.length) return translate(messageId('errors.badFields'), { fields: formatList(labels), count: labels.length });
  }
  const id = parts.code ? CODE_MESSAGES[parts.code] : undefined;
  return translate(id ?? fallbackId);
}
