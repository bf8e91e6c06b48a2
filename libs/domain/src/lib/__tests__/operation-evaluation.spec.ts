import { OperationAgencyRole, OperationStatus, Role } from '../enums';
import {
  canEditOwnSection,
  canFinaliseEvaluation,
  ObjectivesMet,
  protectResult,
  protectResultAcrossOperations,
  sectionEditRefusal,
  sectionsMissingToFinalise,
} from '../operation-evaluation';

const S = 'suppressed (< 11)';
const evaluation = (over: Partial<{ finalised: boolean; closed: boolean }> = {}) => ({
  status: OperationStatus.ACTIVE,
  participatingAgencyIds: ['nl', 'ro', 'iom'],
  coordinatorUserIds: ['anna'],
  finalised: false,
  closed: false,
  ...over,
});
const person = (userId: string, agencyId: string, ...roles: Role[]) => ({ userId, agencyId, roles });

describe('closing evaluation: who writes which section', () => {
  it.each([
    ['a coordinator of the agency', 'nl', 'OK', person('anna', 'nl', Role.COORDINATOR)],
    ['a liaison officer of the agency', 'ro', 'OK', person('ioana', 'ro', Role.LIAISON_OFFICER)],
    ['an analyst of the agency', 'nl', 'OK', person('sanne', 'nl', Role.ANALYST)],
    ['an agency admin of the agency', 'ro', 'OK', person('elena', 'ro', Role.AGENCY_ADMIN)],
    ['a plain member of the agency (reads only)', 'nl', 'ROLE', person('pieter', 'nl', Role.MEMBER)],
    ['a platform admin of the agency (no bypass)', 'nl', 'ROLE', person('claire', 'nl', Role.PLATFORM_ADMIN)],
    ['a liaison officer of another participating agency', 'nl', 'OTHER_AGENCY', person('ioana', 'ro', Role.LIAISON_OFFICER)],
    ['the coordinator of the operation', 'ro', 'OTHER_AGENCY', person('anna', 'nl', Role.COORDINATOR)],
    ['someone of an agency outside the operation', 'ng', 'NOT_VISIBLE', person('chinedu', 'ng', Role.COORDINATOR)],
  ])('%s, on the section of %s → %s', (_what, sectionAgencyId, expected, actor) => {
    expect(sectionEditRefusal(actor, evaluation(), sectionAgencyId)).toBe(expected);
  });

  it('nobody writes once the evaluation is finalised or the operation closed', () => {
    const ioana = person('ioana', 'ro', Role.LIAISON_OFFICER);
    expect(canEditOwnSection(ioana, evaluation())).toBe(true);
    expect(sectionEditRefusal(ioana, evaluation({ finalised: true }), 'ro')).toBe('FINALISED');
    expect(sectionEditRefusal(ioana, evaluation({ finalised: true, closed: true }), 'ro')).toBe('CLOSED');
  });

  it('only a coordinator of the operation finalises, once', () => {
    expect(canFinaliseEvaluation(person('anna', 'nl', Role.COORDINATOR), evaluation())).toBe(true);
    expect(canFinaliseEvaluation(person('anna', 'nl', Role.COORDINATOR), evaluation({ finalised: true }))).toBe(false);
    // Holding the role is not enough: the person must be named a coordinator of this operation.
    expect(canFinaliseEvaluation(person('somchai', 'nl', Role.COORDINATOR), evaluation())).toBe(false);
    expect(canFinaliseEvaluation(person('ioana', 'ro', Role.LIAISON_OFFICER), evaluation())).toBe(false);
  });
});

describe('closing evaluation: completeness to finalise', () => {
  const participants = [
    { agencyId: 'nl', role: OperationAgencyRole.PARTY },
    { agencyId: 'ro', role: OperationAgencyRole.PARTY },
    { agencyId: 'iom', role: OperationAgencyRole.PARTICIPANT },
  ];
  it('every PARTY needs a section saying whether the objectives were met; PARTICIPANTs are optional', () => {
    expect(sectionsMissingToFinalise(participants, [])).toEqual(['nl', 'ro']);
    expect(sectionsMissingToFinalise(participants, [{ agencyId: 'nl', objectivesMet: ObjectivesMet.MET }])).toEqual(['ro']);
    expect(sectionsMissingToFinalise(participants, [{ agencyId: 'nl', objectivesMet: ObjectivesMet.MET }, { agencyId: 'ro', objectivesMet: null }])).toEqual(['ro']);
    expect(sectionsMissingToFinalise(participants, [{ agencyId: 'nl', objectivesMet: ObjectivesMet.MET }, { agencyId: 'ro', objectivesMet: ObjectivesMet.NOT_MET }])).toEqual([]);
  });
});

describe('closing evaluation: results protected for other agencies (k = 11)', () => {
  it('NL reported 14 arrests, RO 3: NL sees neither RO’s 3 nor the total; RO sees every figure', () => {
    const arrests = [{ agencyId: 'nl', value: 14 }, { agencyId: 'ro', value: 3 }];
    // NL viewing: others = {ro: 3}; 3 < 11 is hidden, and alone it cannot be protected by a shown total → total hidden.
    expect(protectResult(arrests, 'nl', 11)).toEqual({
      figures: [{ count: 14, suppressed: false, label: '14' }, { count: null, suppressed: true, label: S }],
      total: { count: null, suppressed: true, label: S },
    });
    // RO viewing: its own 3 is exact; others = {nl: 14} ≥ 11, shown; total 17 = 3 + 14 tells RO nothing new.
    expect(protectResult(arrests, 'ro', 11)).toEqual({
      figures: [{ count: 14, suppressed: false, label: '14' }, { count: 3, suppressed: false, label: '3' }],
      total: { count: 17, suppressed: false, label: '17' },
    });
  });

  it('a viewer outside the reporting agencies: two hidden figures that add up to ≥ k keep the total', () => {
    // Viewer IOM; NL 5, RO 40, BE 12: 5 is hidden; one hidden part → the smallest shown non-zero (12) too; 17 ≥ 11.
    const r = protectResult([{ agencyId: 'nl', value: 5 }, { agencyId: 'ro', value: 40 }, { agencyId: 'be', value: 12 }], 'iom', 11);
    expect(r.figures.map((f) => f?.label)).toEqual([S, '40', S]);
    expect(r.total).toEqual({ count: 57, suppressed: false, label: '57' });
  });

  it('zeros and unreported figures are shown as such; unreported counts as 0 in the total', () => {
    const r = protectResult([{ agencyId: 'nl', value: 0 }, { agencyId: 'ro', value: null }, { agencyId: 'be', value: 25 }], 'nl', 11);
    expect(r.figures).toEqual([{ count: 0, suppressed: false, label: '0' }, null, { count: 25, suppressed: false, label: '25' }]);
    expect(r.total.count).toBe(25);
    // Nobody reported it: "not reported", not a zero.
    expect(protectResult([{ agencyId: 'nl', value: null }, { agencyId: 'ro', value: null }], 'nl', 11).total).toEqual({ count: null, suppressed: false, label: 'not reported' });
    expect(protectResultAcrossOperations([], 'nl', 11).label).toBe('not reported');
  });

  it('across operations: the task force’s total hides what one operation’s total hides', () => {
    const danube = [{ agencyId: 'nl', value: 20 }, { agencyId: 'ro', value: 4 }];
    const coastal = [{ agencyId: 'ro', value: 30 }];
    // For NL: per agency RO = 34 ≥ 11 would be shown (total 54), but Danube's total is hidden for NL (RO's 4 alone),
    // so 54 − Coastal's 30 − NL's own 20 would give RO's 4 away: hidden.
    expect(protectResultAcrossOperations([danube, coastal], 'nl', 11)).toEqual({ count: null, suppressed: true, label: S });
    // For RO every other figure is NL's 20: shown, 54 in all.
    expect(protectResultAcrossOperations([danube, coastal], 'ro', 11)).toEqual({ count: 54, suppressed: false, label: '54' });
  });
});
