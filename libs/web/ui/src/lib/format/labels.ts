import {
  AgencyKind,
  OperationStatus,
  TaskPriority,
  TaskStatus,
  FormOfExploitation,
  IndicatorKind,
  NotificationType,
  Pillar,
  Role,
} from '@taskforce/domain';
import { messageId } from '../i18n/messages';

/** Task statuses, priorities and joint-operation statuses are named in libs/domain, which the server's texts share. */
export { OPERATION_STATUS_LABELS, PRIORITY_LABELS, TASK_STATUS_LABELS } from '@taskforce/domain';

/** Display names of the task force's indicators, in the order of the menus. */
export const INDICATOR_KIND_LABELS: Readonly<Record<IndicatorKind, string>> = {
  [IndicatorKind.VICTIM_IDENTIFIED]: 'Potential victims identified',
  [IndicatorKind.VICTIM_REFERRED]: 'Victims referred to assistance',
  [IndicatorKind.VICTIM_ASSISTED]: 'Victims assisted',
  [IndicatorKind.INVESTIGATION_OPENED]: 'Investigations opened',
  [IndicatorKind.PROSECUTION]: 'Prosecutions',
  [IndicatorKind.CONVICTION]: 'Convictions',
};

/** Display names of the 4P pillars. */
export const PILLAR_LABELS: Readonly<Record<Pillar, string>> = {
  [Pillar.PREVENTION]: 'Prevention',
  [Pillar.PROTECTION]: 'Protection',
  [Pillar.PROSECUTION]: 'Prosecution',
  [Pillar.PARTNERSHIP]: 'Partnership',
};

/** Display names of roles, with the glossary's spelling ("liaison officer"). */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  [Role.COORDINATOR]: 'Coordinator',
  [Role.MEMBER]: 'Task-force member',
  [Role.LIAISON_OFFICER]: 'Liaison officer',
  [Role.ANALYST]: 'Analyst',
  [Role.AGENCY_ADMIN]: 'Agency admin',
  [Role.PLATFORM_ADMIN]: 'Platform admin',
};

/** Message ids (catalogue `shell`) of the task statuses' names. */
export const TASK_STATUS_LABEL_IDS: Readonly<Record<string, string>> = {
  [TaskStatus.OPEN]: messageId('taskStatus.open'),
  [TaskStatus.IN_PROGRESS]: messageId('taskStatus.inProgress'),
  [TaskStatus.BLOCKED]: messageId('taskStatus.blocked'),
  [TaskStatus.DONE]: messageId('taskStatus.done'),
  [TaskStatus.CANCELLED]: messageId('taskStatus.cancelled'),
};

/** Message ids (catalogue `shell`) of a priority as its badge says it ("Urgent priority"). */
export const PRIORITY_BADGE_IDS: Readonly<Record<string, string>> = {
  [TaskPriority.LOW]: messageId('priority.lowBadge'),
  [TaskPriority.MEDIUM]: messageId('priority.mediumBadge'),
  [TaskPriority.HIGH]: messageId('priority.highBadge'),
  [TaskPriority.URGENT]: messageId('priority.urgentBadge'),
};

/** Message ids (catalogue `shell`) of the 4P pillars' names. */
export const PILLAR_LABEL_IDS: Readonly<Record<string, string>> = {
  [Pillar.PREVENTION]: messageId('pillar.prevention'),
  [Pillar.PROTECTION]: messageId('pillar.protection'),
  [Pillar.PROSECUTION]: messageId('pillar.prosecution'),
  [Pillar.PARTNERSHIP]: messageId('pillar.partnership'),
};

/** Message ids (catalogue `shell`) of the joint-operation statuses' names. */
export const OPERATION_STATUS_LABEL_IDS: Readonly<Record<string, string>> = {
  [OperationStatus.PLANNED]: messageId('operationStatus.planned'),
  [OperationStatus.ACTIVE]: messageId('operationStatus.active'),
  [OperationStatus.SUSPENDED]: messageId('operationStatus.suspended'),
  [OperationStatus.CLOSED]: messageId('operationStatus.closed'),
};

/** Message ids (catalogue `shell`) of the forms of exploitation (Palermo Protocol art. 3 terms; glossary). */
export const FORM_OF_EXPLOITATION_LABEL_IDS: Readonly<Record<string, string>> = {
  [FormOfExploitation.SEXUAL_EXPLOITATION]: messageId('exploitation.sexualExploitation'),
  [FormOfExploitation.FORCED_LABOUR]: messageId('exploitation.forcedLabour'),
  [FormOfExploitation.DOMESTIC_SERVITUDE]: messageId('exploitation.domesticServitude'),
  [FormOfExploitation.FORCED_MARRIAGE]: messageId('exploitation.forcedMarriage'),
  [FormOfExploitation.FORCED_CRIMINALITY]: messageId('exploitation.forcedCriminality'),
  [FormOfExploitation.FORCED_BEGGING]: messageId('exploitation.forcedBegging'),
  [FormOfExploitation.REMOVAL_OF_ORGANS]: messageId('exploitation.removalOfOrgans'),
  [FormOfExploitation.CHILD_SOLDIERING]: messageId('exploitation.childSoldiering'),
  [FormOfExploitation.OTHER]: messageId('exploitation.other'),
};

/** Translates `value` through a table of message ids, or shows the value itself when the table does not know it. */
export function labelFrom(translate: (id: string) => string, ids: Readonly<Record<string, string>>, value: string): string {
  const id = ids[value];
  return id ? translate(id) : value;
}

/** Message ids (catalogue `shell`) of the roles' names, with the glossary's terms (docs/translation-glossary.md). */
export const ROLE_LABEL_IDS: Readonly<Record<string, string>> = {
  [Role.COORDINATOR]: messageId('role.coordinator'),
  [Role.MEMBER]: messageId('role.member'),
  [Role.LIAISON_OFFICER]: messageId('role.liaisonOfficer'),
  [Role.ANALYST]: messageId('role.analyst'),
  [Role.AGENCY_ADMIN]: messageId('role.agencyAdmin'),
  [Role.PLATFORM_ADMIN]: messageId('role.platformAdmin'),
};

/** Display names of agency kinds. */
export const AGENCY_KIND_LABELS: Readonly<Record<AgencyKind, string>> = {
  [AgencyKind.LAW_ENFORCEMENT]: 'Law enforcement',
  [AgencyKind.PROSECUTION]: 'Prosecution',
  [AgencyKind.LABOUR_INSPECTORATE]: 'Labour inspectorate',
  [AgencyKind.BORDER_IMMIGRATION]: 'Border and immigration',
  [AgencyKind.NGO]: 'NGO',
  [AgencyKind.INTERNATIONAL_ORGANIZATION]: 'International organization',
  [AgencyKind.GOVERNMENT]: 'Government',
  [AgencyKind.OTHER]: 'Other',
};

/** Display names of the forms of exploitation (Palermo Protocol art. 3 and common practice). */
export const FORM_OF_EXPLOITATION_LABELS: Readonly<Record<FormOfExploitation, string>> = {
  [FormOfExploitation.SEXUAL_EXPLOITATION]: 'Sexual exploitation',
  [FormOfExploitation.FORCED_LABOUR]: 'Forced labour',
  [FormOfExploitation.DOMESTIC_SERVITUDE]: 'Domestic servitude',
  [FormOfExploitation.FORCED_MARRIAGE]: 'Forced marriage',
  [FormOfExploitation.FORCED_CRIMINALITY]: 'Forced criminality',
  [FormOfExploitation.FORCED_BEGGING]: 'Forced begging',
  [FormOfExploitation.REMOVAL_OF_ORGANS]: 'Removal of organs',
  [FormOfExploitation.CHILD_SOLDIERING]: 'Child soldiering',
  [FormOfExploitation.OTHER]: 'Other',
};

/** Display names of notification reasons. */
export const NOTIFICATION_TYPE_LABELS: Readonly<Record<NotificationType, string>> = {
  [NotificationType.TASK_ASSIGNED_TO_AGENCY]: 'Task for your agency',
  [NotificationType.TASK_ASSIGNED_TO_YOU]: 'Task for you',
  [NotificationType.TASK_STATUS_CHANGED]: 'Status changed',
  [NotificationType.TASK_COMMENTED]: 'New comment',
  [NotificationType.TASK_ACKNOWLEDGED]: 'Acknowledged',
  [NotificationType.TASK_ESCALATED]: 'Not acknowledged in time',
  [NotificationType.LEAD_SHARED]: 'Lead shared with your agency',
  [NotificationType.LEAD_APPROVAL_REQUESTED]: 'Lead share awaits approval',
  [NotificationType.LEAD_APPROVAL_DECIDED]: 'Lead share decided',
  [NotificationType.LEAD_SHARE_LAPSED]: 'Lead share lapsed',
  [NotificationType.OPERATION_INVITATION_RECEIVED]: 'Invitation to a joint operation',
  [NotificationType.OPERATION_INVITATION_ANSWERED]: 'Invitation answered',
  [NotificationType.OPERATION_INVITATION_WITHDRAWN]: 'Invitation withdrawn',
  [NotificationType.OPERATION_STATUS_CHANGED]: 'Joint operation status changed',
  [NotificationType.OPERATION_AGENCY_LEFT]: 'An agency left the joint operation',
  [NotificationType.TASK_REASSIGNED_AWAY]: 'Task moved to another assignee',
  [NotificationType.OPERATION_MENTION]: 'Mentioned in an operation channel',
  [NotificationType.INFORMATION_REQUEST_RECEIVED]: 'Request for information received',
  [NotificationType.INFORMATION_REQUEST_ACKNOWLEDGED]: 'Request for information acknowledged',
  [NotificationType.INFORMATION_REQUEST_ANSWERED]: 'Request for information answered',
  [NotificationType.INFORMATION_REQUEST_ESCALATED]: 'Request for information escalated',
  [NotificationType.SELECTOR_QUERIED]: 'Another agency asked about one of your selectors',
  [NotificationType.DECONFLICTION_CONTACT_PROPOSED]: 'Contact proposed on a deconfliction case',
  [NotificationType.DECONFLICTION_LEAD_REQUESTED]: 'Your lead requested from a deconfliction case',
  [NotificationType.DECONFLICTION_LEAD_REQUEST_DECIDED]: 'Your request for a lead decided',
};

/** Message ids (catalogue `shell`) of the notification reasons' names. */
export const NOTIFICATION_TYPE_LABEL_IDS: Readonly<Record<string, string>> = {
  [NotificationType.TASK_ASSIGNED_TO_AGENCY]: messageId('notificationType.taskAssignedToAgency'),
  [NotificationType.TASK_ASSIGNED_TO_YOU]: messageId('notificationType.taskAssignedToYou'),
  [NotificationType.TASK_STATUS_CHANGED]: messageId('notificationType.taskStatusChanged'),
  [NotificationType.TASK_COMMENTED]: messageId('notificationType.taskCommented'),
  [NotificationType.TASK_ACKNOWLEDGED]: messageId('notificationType.taskAcknowledged'),
  [NotificationType.TASK_ESCALATED]: messageId('notificationType.taskEscalated'),
  [NotificationType.LEAD_SHARED]: messageId('notificationType.leadShared'),
  [NotificationType.LEAD_APPROVAL_REQUESTED]: messageId('notificationType.leadApprovalRequested'),
  [NotificationType.LEAD_APPROVAL_DECIDED]: messageId('notificationType.leadApprovalDecided'),
  [NotificationType.LEAD_SHARE_LAPSED]: messageId('notificationType.leadShareLapsed'),
  [NotificationType.OPERATION_INVITATION_RECEIVED]: messageId('notificationType.operationInvitationReceived'),
  [NotificationType.OPERATION_INVITATION_ANSWERED]: messageId('notificationType.operationInvitationAnswered'),
  [NotificationType.OPERATION_INVITATION_WITHDRAWN]: messageId('notificationType.operationInvitationWithdrawn'),
  [NotificationType.OPERATION_STATUS_CHANGED]: messageId('notificationType.operationStatusChanged'),
  [NotificationType.OPERATION_AGENCY_LEFT]: messageId('notificationType.operationAgencyLeft'),
  [NotificationType.TASK_REASSIGNED_AWAY]: messageId('notificationType.taskReassignedAway'),
  [NotificationType.OPERATION_MENTION]: messageId('notificationType.operationMention'),
  [NotificationType.INFORMATION_REQUEST_RECEIVED]: messageId('notificationType.informationRequestReceived'),
  [NotificationType.INFORMATION_REQUEST_ACKNOWLEDGED]: messageId('notificationType.informationRequestAcknowledged'),
  [NotificationType.INFORMATION_REQUEST_ANSWERED]: messageId('notificationType.informationRequestAnswered'),
  [NotificationType.INFORMATION_REQUEST_ESCALATED]: messageId('notificationType.informationRequestEscalated'),
  [NotificationType.SELECTOR_QUERIED]: messageId('notificationType.selectorQueried'),
  [NotificationType.DECONFLICTION_CONTACT_PROPOSED]: messageId('notificationType.deconflictionContactProposed'),
  [NotificationType.DECONFLICTION_LEAD_REQUESTED]: messageId('notificationType.deconflictionLeadRequested'),
  [NotificationType.DECONFLICTION_LEAD_REQUEST_DECIDED]: messageId('notificationType.deconflictionLeadRequestDecided'),
};

/** Looks a value up in a label table, falling back to the raw value for values this client does not know yet. */
export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, value: string): string {
  return (labels as Readonly<Record<string, string>>)[value] ?? value;
}
