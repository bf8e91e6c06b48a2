import { EVALUATION_RESULT_FIELDS, type EvaluationResultField, type EvaluationTextField } from '@taskforce/domain';
import type { ObjectivesMet, UpdateEvaluationSectionInput } from '@taskforce/web-data-access';
import { messageId, type Translate } from '@taskforce/web-ui';
import type { EvaluationSectionData } from './evaluation.documents';

/** A translator as `useLingui()._` is: a message id and its ICU values in, the text in the active language out. */
export type { Translate } from '@taskforce/web-ui';

/**
 * The free-text questions of the form, in the order of the JIT evaluation form, with the message ids (catalogue
 * `indicators`) of their labels and hints.
 */
export const TEXT_QUESTIONS: ReadonlyArray<{ field: EvaluationTextField; label: string; hint?: string }> = [
  { field: 'legalObstacles', label: messageId('evaluation.question.legalObstacles'), hint: messageId('evaluation.question.legalObstaclesHint') },
  { field: 'practicalObstacles', label: messageId('evaluation.question.practicalObstacles'), hint: messageId('evaluation.question.practicalObstaclesHint') },
  { field: 'languageObstacles', label: messageId('evaluation.question.languageObstacles'), hint: messageId('evaluation.question.languageObstaclesHint') },
  { field: 'informationExchangeObstacles', label: messageId('evaluation.question.informationExchangeObstacles') },
  { field: 'addedValue', label: messageId('evaluation.question.addedValue') },
  { field: 'lessonsLearned', label: messageId('evaluation.question.lessonsLearned') },
];

/** Message ids of how each answer to "were the objectives met?" reads, in the order of the menu. */
export const OBJECTIVES_LABELS: Readonly<Record<ObjectivesMet, string>> = {
  MET: messageId('evaluation.objectives.met'),
  PARTLY_MET: messageId('evaluation.objectives.partlyMet'),
  NOT_MET: messageId('evaluation.objectives.notMet'),
};

/** Message ids (catalogue `indicators`) of the results' names (the JIT evaluation form's figures). */
export const RESULT_LABELS: Readonly<Record<EvaluationResultField, string>> = {
  arrests: messageId('evaluation.result.arrests'),
  potentialVictimsIdentified: messageId('evaluation.result.potentialVictimsIdentified'),
  victimsReferredToAssistance: messageId('evaluation.result.victimsReferredToAssistance'),
  seizures: messageId('evaluation.result.seizures'),
  prosecutionsStarted: messageId('evaluation.result.prosecutionsStarted'),
  convictions: messageId('evaluation.result.convictions'),
};

/** A result's name in the language of `_`; a field this client does not know is shown as the server named it. */
export function resultLabel(field: string, fallback: string, _: Translate): string {
  const id = RESULT_LABELS[field as EvaluationResultField];
  return id ? _(id) : fallback;
}

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
 * The mutation input from the form, or the problems by field (in the language of `_`): results must be whole
 * numbers ≥ 0 (blank = not reported); the server checks the same and names the same fields.
 */
export function sectionInputOf(
  operationId: string,
  expectedVersion: number,
  state: SectionFormState,
  _: Translate,
): { input: UpdateEvaluationSectionInput; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const input: UpdateEvaluationSectionInput = { operationId, expectedVersion, objectivesMet: state.objectivesMet || null, objectivesNote: state.objectivesNote.trim() || null };
  for (const f of EVALUATION_RESULT_FIELDS) {
    const raw = state[f].trim();
    if (raw === '') input[f] = null;
    else if (!/^\d{1,7}$/.test(raw) || Number(raw) > 1_000_000) problems[f] = _('evaluation.form.wholeNumber');
    else input[f] = Number(raw);
  }
  for (const q of TEXT_QUESTIONS) input[q.field] = state[q.field].trim() || null;
  return { input, problems };
}
