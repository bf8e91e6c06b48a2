import { ObjectivesMet } from '@taskforce/domain';
import type { EvaluationSectionData } from '../evaluation.documents';
import { formStateOf, sectionInputOf } from '../section-form';

const shown = (n: number) => ({ count: n, suppressed: false, label: String(n) });
const section = {
  agency: { id: 'ro', acronym: 'RO-DIOC', name: 'Romanian prosecutors' },
  role: 'PARTY',
  written: true,
  version: 3,
  objectivesMet: ObjectivesMet.PARTLY_MET,
  objectivesNote: null,
  arrests: shown(3),
  potentialVictimsIdentified: shown(0),
  victimsReferredToAssistance: null,
  seizures: null,
  prosecutionsStarted: shown(11),
  convictions: null,
  legalObstacles: 'Admissibility',
  practicalObstacles: null,
  languageObstacles: null,
  informationExchangeObstacles: null,
  addedValue: null,
  lessonsLearned: null,
  updatedAt: '2026-12-04T10:00:00Z',
  updatedBy: { displayName: 'Ioana Popescu' },
  viewerCanEdit: true,
} as EvaluationSectionData;

describe('evaluation section form', () => {
  it('starts from the section as saved: figures as text, not reported as blank', () => {
    const state = formStateOf(section);
    expect(state).toMatchObject({ objectivesMet: 'PARTLY_MET', arrests: '3', potentialVictimsIdentified: '0', victimsReferredToAssistance: '', legalObstacles: 'Admissibility', lessonsLearned: '' });
  });

  it('sends whole numbers, blank as not reported (null), trimmed texts, and the version it was loaded at', () => {
    const state = { ...formStateOf(section), seizures: ' 2 ', lessonsLearned: '  Plan early ', legalObstacles: '   ' };
    const { input, problems } = sectionInputOf('op', 3, state, (id) => id);
    expect(problems).toEqual({});
    expect(input).toMatchObject({ operationId: 'op', expectedVersion: 3, arrests: 3, seizures: 2, victimsReferredToAssistance: null, lessonsLearned: 'Plan early', legalObstacles: null });
  });

  it('names every result that is not a whole number from 0 to 1,000,000', () => {
    const state = { ...formStateOf(section), arrests: '-1', seizures: '2.5', convictions: '1000001', prosecutionsStarted: 'ten' };
    expect(Object.keys(sectionInputOf('op', 3, state, (id) => id).problems).sort()).toEqual(['arrests', 'convictions', 'prosecutionsStarted', 'seizures']);
  });
});
