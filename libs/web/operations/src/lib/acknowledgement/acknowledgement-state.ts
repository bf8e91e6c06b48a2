import { isTerminalTaskStatus } from '@taskforce/domain';
import type { Role, TaskStatus } from '@taskforce/web-data-access';
import { messageId, type MessageRef } from '@taskforce/web-ui';
import { escalationDeadline, timeUntil } from './escalation-countdown';

/** The facts about a task that its acknowledgement status depends on. */
export interface AcknowledgeableTask {
  status: TaskStatus;
  requiresAcknowledgement: boolean;
  acknowledgedAt: string | null;
  acknowledgedBy: { displayName: string; agency: { acronym: string } } | null;
  escalatedAt: string | null;
  assigneeAgency: { id: string; acronym: string };
  assigneeUser: { id: string } | null;
  /** ISO 8601 (UTC): the escalation clock starts here. */
  createdAt: string;
}

/** Where an urgent task stands with its acknowledgement. */
export type AcknowledgementState =
  | { kind: 'not-required' }
  | { kind: 'acknowledged'; at: string; by: { displayName: string; agencyAcronym: string } | null }
  | { kind: 'escalated'; at: string; agencyAcronym: string }
  | { kind: 'awaiting'; agencyAcronym: string; escalationMinutes: number; escalatesAt: string | null }
  | { kind: 'closed-unacknowledged' };

/** The acknowledgement state of a task, given its operation's escalation time in minutes. */
export function acknowledgementState(task: AcknowledgeableTask, escalationMinutes: number): AcknowledgementState {
  if (!task.requiresAcknowledgement) return { kind: 'not-required' };
  if (task.acknowledgedAt) {
    const by = task.acknowledgedBy
      ? { displayName: task.acknowledgedBy.displayName, agencyAcronym: task.acknowledgedBy.agency.acronym }
      : null;
    return { kind: 'acknowledged', at: task.acknowledgedAt, by };
  }
  if (task.escalatedAt) return { kind: 'escalated', at: task.escalatedAt, agencyAcronym: task.assigneeAgency.acronym };
  if (isTerminalTaskStatus(task.status)) return { kind: 'closed-unacknowledged' };
  return {
    kind: 'awaiting',
    agencyAcronym: task.assigneeAgency.acronym,
    escalationMinutes,
    escalatesAt: escalationDeadline(task.createdAt, escalationMinutes),
  };
}

/**
 * The status as messages to translate (`ack.*`, catalogue `shell`); `formatMoment` renders an instant ("14:05", or
 * with the date when not today). An awaited acknowledgement counts down to the escalation from `now` (ms since the
 * epoch) in words of `locale` (Intl.RelativeTimeFormat; the reader's when undefined): "in 6 minutes".
 */
export function describeAcknowledgement(
  state: AcknowledgementState,
  formatMoment: (iso: string) => string,
  now: number = Date.now(),
  locale?: string,
): { headline: MessageRef; detail?: MessageRef } | null {
  switch (state.kind) {
    case 'not-required':
      return null;
    case 'acknowledged':
      return {
        headline: state.by
          ? { id: messageId('ack.acknowledgedBy'), values: { name: state.by.displayName, agency: state.by.agencyAcronym, time: formatMoment(state.at) } }
          : { id: messageId('ack.acknowledged'), values: { time: formatMoment(state.at) } },
      };
    case 'escalated':
      return {
        headline: { id: messageId('ack.escalated'), values: { time: formatMoment(state.at) } },
        detail: { id: messageId('ack.stillAwaiting'), values: { agency: state.agencyAcronym } },
      };
    case 'awaiting': {
      const agency = state.agencyAcronym;
      if (!state.escalatesAt) return { headline: { id: messageId('ack.awaitingAfter'), values: { agency, minutes: state.escalationMinutes } } };
      const time = formatMoment(state.escalatesAt);
      const left = timeUntil(state.escalatesAt, now, locale);
      return {
        headline: left
          ? { id: messageId('ack.awaitingUntil'), values: { agency, time, left } }
          : { id: messageId('ack.awaitingDue'), values: { agency, time } },
      };
    }
    case 'closed-unacknowledged':
      return { headline: { id: messageId('ack.closedUnacknowledged') } };
  }
}

/** The signed-in person, as far as acknowledging goes. */
export interface AcknowledgingViewer {
  id: string;
  roles: readonly Role[];
  agency: { id: string };
}

/**
 * Whether the person may acknowledge the task (the server decides in the end): a liaison officer of the assignee
 * agency, or the assignee person.
 */
export function mayAcknowledge(viewer: AcknowledgingViewer | null, task: AcknowledgeableTask): boolean {
  if (!viewer) return false;
  const liaisonOfAssignee = viewer.agency.id === task.assigneeAgency.id && viewer.roles.includes('LIAISON_OFFICER');
  return liaisonOfAssignee || task.assigneeUser?.id === viewer.id;
}

/** Whether an Acknowledge button belongs on the task now (asked for, not yet given, task still running). */
export function awaitsAcknowledgement(state: AcknowledgementState): boolean {
  return state.kind === 'awaiting' || state.kind === 'escalated';
}
