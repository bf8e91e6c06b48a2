import { FormOfExploitation } from '../../enums';
import { CaseRecord, IndicatorKind } from '../types';

let seq = 0;
/** `n` identical records (ids are unique). */
export function records(n: number, fields: Partial<CaseRecord> = {}): CaseRecord[] {
  return Array.from({ length: n }, () => ({
    id: `r${++seq}`,
    agencyId: 'nl-police',
    indicator: IndicatorKind.VICTIM_IDENTIFIED,
    ...fields,
  }));
}

export const { SEXUAL_EXPLOITATION: SEXUAL, FORCED_LABOUR: LABOUR } = FormOfExploitation;
