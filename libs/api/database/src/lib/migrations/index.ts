import { Foundation1764420000000 } from './1764420000000-foundation';
import { LiveCoordination1764430000000 } from './1764430000000-live-coordination';
import { SocketIoAdapter1764500000000 } from './1764500000000-socket-io-adapter';
import { Leads1764600000000 } from './1764600000000-leads';
import { Indicators1764700000000 } from './1764700000000-indicators';
import { Audit1764800000000 } from './1764800000000-audit';
import { LeadTaskLink1764850000000 } from './1764850000000-lead-task-link';
import { IndicatorTargets1764900000000 } from './1764900000000-indicator-targets';
import { NationalLaws1765000000000 } from './1765000000000-national-laws';
import { SharingLawAdmin1765100000000 } from './1765100000000-sharing-law-admin';
import { OnwardLeadShares1765200000000 } from './1765200000000-onward-lead-shares';
import { OperationLifecycle1765300000000 } from './1765300000000-operation-lifecycle';
import { AgencyPeople1765310000000 } from './1765310000000-agency-people';
import { OperationEvaluation1765320000000 } from './1765320000000-operation-evaluation';
import { OperationLifecycleNotices1765330000000 } from './1765330000000-operation-lifecycle-notices';
import { NotificationLead1765330500000 } from './1765330500000-notification-lead';
import { NotificationLinks1765340000000 } from './1765340000000-notification-links';
import { SecondFactor1765400000000 } from './1765400000000-second-factor';
import { SessionActivity1765500000000 } from './1765500000000-session-activity';
import { PalermoRatificationCounts1765550000000 } from './1765550000000-palermo-ratification-counts';
import { Passkeys1765600000000 } from './1765600000000-passkeys';
import { CaseRecordKeys1765650000000 } from './1765650000000-case-record-keys';
import { TargetPeriods1765700000000 } from './1765700000000-target-periods';
import { CaseRecordCells1765750000000 } from './1765750000000-case-record-cells';
import { AuditCompactReads1765800000000 } from './1765800000000-audit-compact-reads';
import { AgeBandWithinGroup1765850000000 } from './1765850000000-age-band-within-group';
import { OperationChannel1765900000000 } from './1765900000000-operation-channel';
import { InformationRequests1765950000000 } from './1765950000000-information-requests';
import { AlertEmails1765960000000 } from './1765960000000-alert-emails';
import { EvidenceFiles1765970000000 } from './1765970000000-evidence-files';
import { LeadFiles1765980000000 } from './1765980000000-lead-files';
import { FileDownloadTickets1765990000000 } from './1765990000000-file-download-tickets';
import { RefreshRotatedAt1766000000000 } from './1766000000000-refresh-rotated-at';
import { FileIntegrityFailedAt1766010000000 } from './1766010000000-file-integrity-failed-at';
import { HandlingConditions1766020000000 } from './1766020000000-handling-conditions';
import { OpaqueFileDownloadTickets1766025000000 } from './1766025000000-opaque-file-download-tickets';
import { PersonLanguage1766030000000 } from './1766030000000-person-language';
import { LeadSelectors1766040000000 } from './1766040000000-lead-selectors';
import { PerOperationMessageSeq1766050000000 } from './1766050000000-per-operation-message-seq';
import { IdempotencyRequestFingerprints1766050001000 } from './1766050001000-idempotency-request-fingerprints';
import { SelectorQueryHits1766060000000 } from './1766060000000-selector-query-hits';
import { SelectorHitSweep1766080000000 } from './1766080000000-selector-hit-sweep';
import { NotificationTextValues1766090000000 } from './1766090000000-notification-text-values';
import { DeletedMessagesKeepNoText1766100000000 } from './1766100000000-deleted-messages-keep-no-text';
import { DeconflictionActions1766120000000 } from './1766120000000-deconfliction-actions';

/** Every migration, oldest first. */
export const migrations = [
  Foundation1764420000000,
  LiveCoordination1764430000000,
  SocketIoAdapter1764500000000,
  Leads1764600000000,
  Indicators1764700000000,
  Audit1764800000000,
  LeadTaskLink1764850000000,
  IndicatorTargets1764900000000,
  NationalLaws1765000000000,
  SharingLawAdmin1765100000000,
  OnwardLeadShares1765200000000,
  OperationLifecycle1765300000000,
  AgencyPeople1765310000000,
  OperationEvaluation1765320000000,
  OperationLifecycleNotices1765330000000,
  NotificationLead1765330500000,
  NotificationLinks1765340000000,
  SecondFactor1765400000000,
  SessionActivity1765500000000,
  PalermoRatificationCounts1765550000000,
  Passkeys1765600000000,
  CaseRecordKeys1765650000000,
  TargetPeriods1765700000000,
  CaseRecordCells1765750000000,
  AuditCompactReads1765800000000,
  AgeBandWithinGroup1765850000000,
  OperationChannel1765900000000,
  InformationRequests1765950000000,
  AlertEmails1765960000000,
  EvidenceFiles1765970000000,
  LeadFiles1765980000000,
  FileDownloadTickets1765990000000,
  RefreshRotatedAt1766000000000,
  FileIntegrityFailedAt1766010000000,
  HandlingConditions1766020000000,
  OpaqueFileDownloadTickets1766025000000,
  PersonLanguage1766030000000,
  LeadSelectors1766040000000,
  PerOperationMessageSeq1766050000000,
  IdempotencyRequestFingerprints1766050001000,
  SelectorQueryHits1766060000000,
  SelectorHitSweep1766080000000,
  NotificationTextValues1766090000000,
  DeletedMessagesKeepNoText1766100000000,
  DeconflictionActions1766120000000,
];
