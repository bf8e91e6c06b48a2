import { OperationAgencyRole, Role } from './enums';
import { suppressedLabel, suppressSmallCells } from './indicators/suppression';
import { ShownFigure } from './indicators/types';
import { Actor, canSeeOperation, isCoordinatorOf, OperationFacts } from './task-rules';

/**
 * The closing evaluation of a joint operation, after the Joint Investigation Teams Network's JIT evaluation form
 * (results, added value, obstacles — legal, practical, language, information exchange — and lessons learned):
 * one section per participating agency, written by that agency's people, finalised by a coordinator. Pure rules;
 * the API enforces them.
 */

/** Whether the operation's objectives were met, in the words of the JIT evaluation form. */
export enum ObjectivesMet {
  MET = 'MET',
  PARTLY_MET = 'PARTLY_MET',
  NOT_MET = 'NOT_MET',
}

/** The results an agency reports (non-negative whole numbers), in the order forms and reports list them. */
export const EVALUATION_RESULT_FIELDS = [
  'arrests',
  'potentialVictimsIdentified',
  'victimsReferredToAssistance',
  'seizures',
  'prosecutionsStarted',
  'convictions',
] as const;

export type EvaluationResultField = (typeof EVALUATION_RESULT_FIELDS)[number];

/** How each result reads on screen and in the report. */
export const EVALUATION_RESULT_LABELS: Readonly<Record<EvaluationResultField, string>> = {
  arrests: 'Arrests',
  potentialVictimsIdentified: 'Potential victims identified',
  victimsReferredToAssistance: 'Victims referred to assistance',
  seizures: 'Seizures',
  prosecutionsStarted: 'Prosecutions started',
  convictions: 'Convictions',
};

/** The free-text fields of a section (the form's obstacles, added value and lessons learned). */
export const EVALUATION_TEXT_FIELDS = [
  'objectivesNote',
  'legalObstacles',
  'practicalObstacles',
  'languageObstacles',
  'informationExchangeObstacles',
  'addedValue',
  'lessonsLearned',
] as const;

export type EvaluationTextField = (typeof EVALUATION_TEXT_FIELDS)[number];

/**
 * Roles whose holders write their agency's section: coordinators, liaison officers (the agency's contact point),
 * analysts (who hold the figures) and agency admins. Plain members read it only. A platform admin role gives no
 * right: a platform admin writes only if they also hold one of these roles in a participating agency.
 */
export const EVALUATION_WRITER_ROLES: readonly Role[] = [Role.COORDINATOR, Role.LIAISON_OFFICER, Role.ANALYST, Role.AGENCY_ADMIN];

/** Why a person may not write a section, or `OK`. */
export type SectionEditRefusal = 'OK' | 'NOT_VISIBLE' | 'OTHER_AGENCY' | 'ROLE' | 'FINALISED' | 'CLOSED';

/** The facts about an operation's evaluation that the rules look at. */
export interface EvaluationFacts extends OperationFacts {
  /** The coordinator finalised the evaluation: every section is read-only. */
  finalised: boolean;
}

/**
 * Whether `actor` may write the section of `sectionAgencyId`: only people of that agency holding a writer role
 * (EVALUATION_WRITER_ROLES), while the evaluation is not finalised and the operation not closed. Outsiders get
 * `NOT_VISIBLE` (the API answers NOT_FOUND); members of other agencies `OTHER_AGENCY` (FORBIDDEN: sections are
 * readable to every member, so their existence is no secret).
 */
export function sectionEditRefusal(actor: Actor, evaluation: EvaluationFacts & { closed: boolean }, sectionAgencyId: string): SectionEditRefusal {
  if (!canSeeOperation(actor, evaluation)) return 'NOT_VISIBLE';
  if (actor.agencyId !== sectionAgencyId) return 'OTHER_AGENCY';
  if (!actor.roles.some((r) => EVALUATION_WRITER_ROLES.includes(r))) return 'ROLE';
  if (evaluation.closed) return 'CLOSED';
  if (evaluation.finalised) return 'FINALISED';
  return 'OK';
}

/** True when `actor` may write their own agency's section now. */
export function canEditOwnSection(actor: Actor, evaluation: EvaluationFacts & { closed: boolean }): boolean {
  return sectionEditRefusal(actor, evaluation, actor.agencyId) === 'OK';
}

/** Only the operation's coordinators finalise its evaluation. */
export function canFinaliseEvaluation(actor: Actor, evaluation: EvaluationFacts): boolean {
  return isCoordinatorOf(actor, evaluation) && !evaluation.finalised;
}

/** A section as the completeness rule sees it. */
export interface SectionFacts {
  agencyId: string;
  objectivesMet: ObjectivesMet | null;
}

/**
 * The agencies whose section is still missing before the evaluation can be finalised: every PARTY agency needs a
 * section that says whether the objectives were met; PARTICIPANTs (international bodies, observers) may add one
 * but need not. Empty = ready to finalise.
 */
export function sectionsMissingToFinalise(participants: ReadonlyArray<{ agencyId: string; role: OperationAgencyRole }>, sections: readonly SectionFacts[]): string[] {
  const complete = new Set(sections.filter((s) => s.objectivesMet !== null).map((s) => s.agencyId));
  return participants.filter((p) => p.role === OperationAgencyRole.PARTY && !complete.has(p.agencyId)).map((p) => p.agencyId);
}

/** One agency's figure for one result; `value` null = not reported. */
export interface ResultContribution {
  agencyId: string;
  value: number | null;
}

/** One result as a viewer may see it: each contribution (null where not reported) and the total. */
export interface ProtectedResult {
  figures: Array<ShownFigure | null>;
  total: ShownFigure;
}

const shown = (n: number): ShownFigure => ({ count: n, suppressed: false, label: String(n) });
/** The total of a result no agency reported: not a zero (nobody said "none"), so no count. */
export const NOT_REPORTED: ShownFigure = { count: null, suppressed: false, label: 'not reported' };
const hidden = (k: number): ShownFigure => ({ count: null, suppressed: true, label: suppressedLabel(k) });

/**
 * Small-cell protection of one result across the agencies that reported it, for a viewer of agency
 * `viewerAgencyId`. The viewer's own figures are exact. The other agencies' figures form a 1-D table protected by
 * the domain's `suppressSmallCells` (1 … k−1 suppressed, complementary suppression so the hidden ones are at least
 * two and add up to ≥ k). The total is shown only when the other agencies' total is shown: the viewer knows their
 * own part, so total − own must not give a small figure away. Not reported counts as 0 in the total; when no
 * agency reported the result, the total is NOT_REPORTED.
 */
export function protectResult(contributions: readonly ResultContribution[], viewerAgencyId: string, k: number): ProtectedResult {
  const others = contributions.map((c, i) => ({ ...c, i })).filter((c) => c.agencyId !== viewerAgencyId && c.value !== null);
  const total = contributions.reduce((s, c) => s + (c.value ?? 0), 0);
  const figures: Array<ShownFigure | null> = contributions.map((c) => (c.value === null ? null : shown(c.value)));
  if (contributions.every((c) => c.value === null)) return { figures, total: NOT_REPORTED };
  if (!others.length) return { figures, total: shown(total) };
  const table = suppressSmallCells(
    {
      dimensions: ['agencyId'],
      categories: [others.map((o) => String(o.i))],
      cells: others.map((o) => ({ key: [String(o.i)], count: o.value as number })),
      total: others.reduce((s, o) => s + (o.value as number), 0),
    },
    k,
    { viewerIsOwner: false },
  );
  others.forEach((o, j) => {
    if (table.cells[j].suppressed) figures[o.i] = hidden(k);
  });
  return { figures, total: table.total.suppressed ? hidden(k) : shown(total) };
}

/**
 * A result's total over several joint operations (the task force's view), for a viewer of `viewerAgencyId`:
 * contributions are added up per agency and protected as `protectResult`; and since the viewer can also read each
 * operation's total, the sum is suppressed too when any one operation's total is (what a part hides, the whole
 * hides: otherwise the difference would give it away).
 */
export function protectResultAcrossOperations(byOperation: ReadonlyArray<readonly ResultContribution[]>, viewerAgencyId: string, k: number): ShownFigure {
  const perAgency = new Map<string, number | null>();
  for (const c of byOperation.flat()) {
    if (c.value === null) {
      if (!perAgency.has(c.agencyId)) perAgency.set(c.agencyId, null);
      continue;
    }
    perAgency.set(c.agencyId, (perAgency.get(c.agencyId) ?? 0) + c.value);
  }
  const whole = protectResult([...perAgency].map(([agencyId, value]) => ({ agencyId, value })), viewerAgencyId, k).total;
  if (whole.suppressed || whole.count === null || byOperation.length < 2) return whole;
  return byOperation.some((op) => protectResult(op, viewerAgencyId, k).total.suppressed) ? hidden(k) : whole;
}
