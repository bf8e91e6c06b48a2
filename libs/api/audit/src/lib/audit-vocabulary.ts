/** What is audited. Details carry ids and codes only — never a victim's identity or a lead's text. */
export enum AuditAction {
  NATIONAL_LAW_CREATED = 'NATIONAL_LAW_CREATED',
  NATIONAL_LAW_UPDATED = 'NATIONAL_LAW_UPDATED',
  NATIONAL_LAW_DELETED = 'NATIONAL_LAW_DELETED',
  /** Case records entered by an agency (details: count and ids; never a person). */
  CASE_RECORDS_CREATED = 'CASE_RECORDS_CREATED',
  CASE_RECORD_DELETED = 'CASE_RECORD_DELETED',
  OPERATION_TARGET_SET = 'OPERATION_TARGET_SET',
  OPERATION_TARGET_REMOVED = 'OPERATION_TARGET_REMOVED',
  LEAD_CREATED = 'LEAD_CREATED',
  LEAD_READ = 'LEAD_READ',
  LEAD_SHARE_PREVIEWED = 'LEAD_SHARE_PREVIEWED',
  LEAD_SHARED = 'LEAD_SHARED',
  LEAD_SHARE_DENIED = 'LEAD_SHARE_DENIED',
  LEAD_SHARE_APPROVED = 'LEAD_SHARE_APPROVED',
  LEAD_SHARE_REFUSED = 'LEAD_SHARE_REFUSED',
  LEAD_SHARE_REVOKED = 'LEAD_SHARE_REVOKED',
  VICTIM_IDENTITY_READ = 'VICTIM_IDENTITY_READ',
  LEAD_SHARE_LAPSED = 'LEAD_SHARE_LAPSED',
  LEAD_SHARE_NARROWED = 'LEAD_SHARE_NARROWED',
  AGREEMENT_CREATED = 'AGREEMENT_CREATED',
  AGREEMENT_UPDATED = 'AGREEMENT_UPDATED',
  JURISDICTION_RULE_CREATED = 'JURISDICTION_RULE_CREATED',
  JURISDICTION_RULE_REVISED = 'JURISDICTION_RULE_REVISED',
  JURISDICTION_RULE_RETIRED = 'JURISDICTION_RULE_RETIRED',
  LEAD_UPDATED = 'LEAD_UPDATED',
  /**
   * One list, count or search of leads (AuditService.recordLeadListRead). details: `query` (the GraphQL field),
   * `count` (leads returned or counted), `fingerprint` (keyed hash of the normalised arguments) and the leads
   * returned: `leadIds` inline when at most INLINE_LEAD_IDS_MAX, otherwise `leadSetId` (a row of audit_lead_sets).
   * A count names no ids.
   */
  LEAD_LIST_READ = 'LEAD_LIST_READ',
  /** An attempt on an existing object the caller may not reach; the caller got the same NOT_FOUND as for an unknown id. */
  ACCESS_REFUSED = 'ACCESS_REFUSED',
  TASK_LEAD_LINKED = 'TASK_LEAD_LINKED',
  TASK_LEAD_UNLINKED = 'TASK_LEAD_UNLINKED',
  /** An admin invited a person (details: agencyId, roles, linkId; never the token). */
  PERSON_INVITED = 'PERSON_INVITED',
  PERSON_ROLES_CHANGED = 'PERSON_ROLES_CHANGED',
  PERSON_DISABLED = 'PERSON_DISABLED',
  PERSON_ENABLED = 'PERSON_ENABLED',
  /** An admin started a password reset: a new one-time link, earlier unused ones revoked. */
  PASSWORD_RESET_STARTED = 'PASSWORD_RESET_STARTED',
  /** A person set their password with a one-time link (the actor is the person). */
  PASSWORD_SET = 'PASSWORD_SET',
  AGENCY_CREATED = 'AGENCY_CREATED',
  /** An agency's section of a closing evaluation written (details: agencyId, version, fields given). */
  OPERATION_EVALUATION_SECTION_SAVED = 'OPERATION_EVALUATION_SECTION_SAVED',
  OPERATION_EVALUATION_FINALISED = 'OPERATION_EVALUATION_FINALISED',
  /** The operation report (PDF) was made for and sent to the actor. */
  OPERATION_REPORT_DOWNLOADED = 'OPERATION_REPORT_DOWNLOADED',
  /** A person turned on their second factor (TOTP) and received new recovery codes (details: recoveryCodes count). */
  SECOND_FACTOR_ENABLED = 'SECOND_FACTOR_ENABLED',
  SECOND_FACTOR_DISABLED = 'SECOND_FACTOR_DISABLED',
  /** A recovery code was used up (details: purpose `SIGN_IN` or `REAUTHENTICATE`, codes left; never the code). */
  RECOVERY_CODE_USED = 'RECOVERY_CODE_USED',
  /** A person registered a passkey as a second factor (details: passkeyId, transports; never a key). */
  PASSKEY_REGISTERED = 'PASSKEY_REGISTERED',
  /** A person removed one of their passkeys (details: passkeyId, passkeysLeft, totpEnabled). */
  PASSKEY_REMOVED = 'PASSKEY_REMOVED',
  /**
   * A correctly signed passkey assertion whose signature counter did not move past the stored one — the mark of a
   * cloned authenticator (W3C WebAuthn Level 3 §6.1.1); it was refused (details: passkeyId, storedCounter,
   * receivedCounter, purpose `SIGN_IN` or `REAUTHENTICATE`).
   */
  PASSKEY_COUNTER_REGRESSED = 'PASSKEY_COUNTER_REGRESSED',
  /** An agency admin required (or stopped requiring) a second factor of their agency's people (details: required). */
  AGENCY_SECOND_FACTOR_REQUIREMENT_CHANGED = 'AGENCY_SECOND_FACTOR_REQUIREMENT_CHANGED',
  /** A platform admin required (or stopped requiring) a second factor of every admin (details: required). */
  ADMIN_SECOND_FACTOR_REQUIREMENT_CHANGED = 'ADMIN_SECOND_FACTOR_REQUIREMENT_CHANGED',
  /** A channel message was edited; its earlier body is kept in operation_message_revisions (details: operationId, threadId). */
  OPERATION_MESSAGE_EDITED = 'OPERATION_MESSAGE_EDITED',
  /** A channel message was deleted: its body and earlier bodies are gone (details: operationId, threadId, byAuthor). */
  OPERATION_MESSAGE_DELETED = 'OPERATION_MESSAGE_DELETED',
  /** A request for information was sent (details: operationId, fromAgencyId, toAgencyId, priority, dueAt; never subject or body). */
  INFORMATION_REQUEST_SENT = 'INFORMATION_REQUEST_SENT',
  /** The addressed agency acknowledged receipt of a request for information (details: operationId). */
  INFORMATION_REQUEST_ACKNOWLEDGED = 'INFORMATION_REQUEST_ACKNOWLEDGED',
  /** The addressed agency answered a request for information, which closes it (details: operationId). */
  INFORMATION_REQUEST_ANSWERED = 'INFORMATION_REQUEST_ANSWERED',
  /** An evidence file was uploaded in full (details: fileId, operationId, attachedKind, attachedId, name, size, sha256, contentType, tlp, handlingCode). */
  FILE_UPLOADED = 'FILE_UPLOADED',
  /** An evidence file was downloaded (details: sha256, size). */
  FILE_DOWNLOADED = 'FILE_DOWNLOADED',
  /** An evidence file's TLP label or handling code changed (details: sha256, tlp, handlingCode, previous ones). */
  FILE_MARKING_CHANGED = 'FILE_MARKING_CHANGED',
  /** An evidence file's content was deleted, by a person or at the end of its retention (details: sha256, reason). */
  FILE_CONTENT_DELETED = 'FILE_CONTENT_DELETED',
  /** An evidence file's stored content was checked against its SHA-256 (details: sha256 expected, sha256 found, intact). */
  FILE_VERIFIED = 'FILE_VERIFIED',
  /** An evidence file was moved by its uploader onto another record (details: sha256, from and to: kind, id, operationId). */
  FILE_REATTACHED = 'FILE_REATTACHED',
  /** A selector was recorded on a lead (details: leadId, selectorId, kind, personId; never the selector). */
  LEAD_SELECTOR_ADDED = 'LEAD_SELECTOR_ADDED',
  /** A selector was removed from a lead (details: leadId, selectorId, kind). */
  LEAD_SELECTOR_REMOVED = 'LEAD_SELECTOR_REMOVED',
  /** The originating agency chose what a hit on the lead's selectors reveals (details: leadId, mode, previous; null = default). */
  LEAD_HIT_MODE_SET = 'LEAD_HIT_MODE_SET',
  /**
   * A selector was matched against other agencies' (a query, or a recording; details: queryId, kind, querierLeadId,
   * caseIds); for a CSV list one entry (details: list true, queries, firstQueryId, lastQueryId, kinds counted, caseIds).
   */
  SELECTOR_QUERIED = 'SELECTOR_QUERIED',
  /** A match hit another agency's lead (subject: the deconfliction case; details: caseId, queryId — or list true and lines —, kind, holder agency and lead, revealed, reason). */
  SELECTOR_HIT = 'SELECTOR_HIT',
  /** A selector query was refused by a daily budget (details: queryId, kind, budget PERSON or AGENCY, limit; for a list: list true, firstQueryId, lines, kinds counted, remaining). */
  SELECTOR_QUERY_REFUSED = 'SELECTOR_QUERY_REFUSED',
  /** Selectors indexed under older matching keys were re-indexed under the current one (details: keyId, count). */
  SELECTORS_REINDEXED = 'SELECTORS_REINDEXED',
  /** A side of a deconfliction case proposed contact to the other (subject: the case; details: caseId, contactId, fromAgencyId, disclosed — the holder revealed itself by it; never the message). */
  DECONFLICTION_CONTACT_PROPOSED = 'DECONFLICTION_CONTACT_PROPOSED',
  /** The querying side asked the holder to share its lead (subject: the case; details: caseId, requestId, purpose). */
  DECONFLICTION_LEAD_REQUESTED = 'DECONFLICTION_LEAD_REQUESTED',
  /** The holder decided a lead request (subject: the case; details: caseId, requestId, status SHARED, REFUSED_BY_LAW or DECLINED, shareId, outcome). */
  DECONFLICTION_LEAD_REQUEST_DECIDED = 'DECONFLICTION_LEAD_REQUEST_DECIDED',
}

/** What an entry is about. */
export enum AuditSubject {
  LEAD = 'LEAD',
  LEAD_SHARE = 'LEAD_SHARE',
  LEAD_PERSON = 'LEAD_PERSON',
  AGREEMENT = 'AGREEMENT',
  JURISDICTION_RULE = 'JURISDICTION_RULE',
  /** A list, count or search of leads; subject id = the reader's agency. */
  LEAD_LIST = 'LEAD_LIST',
  NATIONAL_LAW = 'NATIONAL_LAW',
  /** Case records; subject id = the record's id, or the recording agency's id for a batch. */
  CASE_RECORD = 'CASE_RECORD',
  OPERATION_TARGET = 'OPERATION_TARGET',
  /** A person's account (subject id = the user's id). */
  PERSON = 'PERSON',
  AGENCY = 'AGENCY',
  /** A joint operation; subject id = the operation's id. */
  OPERATION = 'OPERATION',
  /** A message of an operation's channel (subject id = the message's id). */
  OPERATION_MESSAGE = 'OPERATION_MESSAGE',
  /** A request for information between agencies of an operation (subject id = the request's id). */
  INFORMATION_REQUEST = 'INFORMATION_REQUEST',
  /** An evidence file (subject id = the file's id): its custody trail. */
  FILE = 'FILE',
  /** The platform's security settings (subject id `platform`). */
  SECURITY_SETTINGS = 'SECURITY_SETTINGS',
  /** A selector of a lead (subject id = the selector's id). */
  LEAD_SELECTOR = 'LEAD_SELECTOR',
  /** One selector query or recording matched (subject id = the selector_queries row's id). */
  SELECTOR_QUERY = 'SELECTOR_QUERY',
  /** A deconfliction case (subject id = the case's id). */
  DECONFLICTION_CASE = 'DECONFLICTION_CASE',
  /** The selectors' blind index as a whole (subject id `lead_selectors`). */
  SELECTOR_INDEX = 'SELECTOR_INDEX',
}
