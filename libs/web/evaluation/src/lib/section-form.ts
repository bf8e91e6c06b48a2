import { EVALUATION_RESULT_FIELDS, type EvaluationResultField, type EvaluationTextField } from '@taskforce/domain';
import type { ObjectivesMet, UpdateEvaluationSectionInput } from '@taskforce/web-data-access';
import type { EvaluationSectionData } from './evaluation.documents';

/** The free-text questions of the form, in the order of the JIT evaluation form, with their labels. */
export const TEXT_QUESTIONS: ReadonlyArray<{ field: EvaluationTextField; label: string; hint?: string }> = [
  { field: 'legalObstacles', label: 'Legal obstacles', hint: 'e.g. differences between national laws, admissibility of evidence' },
  { field: 'practicalObstacles', label: 'Practical obstacles', hint: 'funding, equipment, staff' },
  { field: 'languageObstacles', label: 'Language obstacles', hint: 'translation, interpretation' },
  { field: 'informationExchangeObstacles', label: 'Obstacles to exchanging information' },
  { field: 'addedValue', label: 'Added value of the joint team' },
  { field: 'lessonsLearned', label: 'Lessons learned' },
];

/** How each answer to "were the objectives met?" reads, in the order of the menu. */
export const OBJECTIVES_LABELS: Readonly<Record<ObjectivesMet, string>> = {
  MET: 'Met',
  PARTLY_MET: 'Partly met',
  NOT_MET: 'Not met',
};

/** What the form holds: every field as typed (results as text, '' = not reported). */
export type SectionFormState = { objectivesMet: ObjectivesMet | '' } & Record<EvaluationResultField, string> & Record<EvaluationTextField, string>;

/** The form's starting values from a section as the viewer sees it (their own: exact figures). */
export function formStateOf(section: EvaluationSectionData): SectionFormState {
  const state = { objectivesMet: section.objectivesMet ?? '' } as SectionFormState;
  for (const f of EVALUATION_RESULT_FIELDS) state[f] = section[f]?.count === null || section[f]?.count === undefined ? '' : String(section[f]?.count);
  state.objectivesNote = section.objectivesNote ?? '';
  for (const q of TEXT_QUESTIONS) state[q.field] = section[q.field] ?? '';
  return state;
}

/**
 * The mutation input from the form, or the problems by field: results must be whole numbers ≥ 0 (blank = not
 * reported); the server checks the same and names the same fields.
 */
export function sectionInputOf(
  operationId: string,
  expectedVersion: number,
  state: SectionFormState,
): { input: UpdateEvaluationSectionInput; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const input: UpdateEvaluationSectionInput = { operationId, expectedVersion, objectivesMet: state.objectivesMet || null, objectivesNote: state.objectivesNote.trim() || null };
  for (const f of EVALUATION_RESULT_FIELDS) {
    const raw = state[f].trim();
    if (raw === '') input[f] = null;
    else if (!/^\d{1,7}$/.test(raw) || Number(raw) > 1_000_000) problems[f] = 'a whole number from 0 to 1,000,000, or blank when not reported';
    else input[f] = Number(raw);
  }
  for (const q of TEXT_QUESTIONS) input[q.field] = state[q.field].trim() || null;
  return { input, problems };
}
