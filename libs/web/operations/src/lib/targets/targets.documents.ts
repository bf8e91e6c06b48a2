import { gql, type TypedDocumentNode } from '@apollo/client';

/** What a case-level record counts towards (server enum `IndicatorKind`). */
export type IndicatorKindName = 'VICTIM_IDENTIFIED' | 'VICTIM_REFERRED' | 'VICTIM_ASSISTED' | 'INVESTIGATION_OPENED' | 'PROSECUTION' | 'CONVICTION';

export interface ShownFigureData {
  count: number | null;
  suppressed: boolean;
  /** "12" or "suppressed (< 11)". */
  label: string;
}

export interface OperationTargetData {
  id: string;
  indicator: IndicatorKindName;
  /** YYYY-MM-DD, inclusive (UTC). */
  periodStart: string;
  periodEnd: string;
  target: number;
  achieved: ShownFigureData;
  /** 0–1, null when achieved is suppressed. */
  progress: number | null;
}

export interface TimingData {
  operationId: string | null;
  tasksOnTime: { onTime: number; late: number; denominator: number; excluded: number; rate: number | null };
  /** medianMs in milliseconds. */
  leadToAction: { medianMs: number | null; measured: number; withoutAction: number };
}

export interface OperationIndicatorsData {
  operationId: string;
  k: number;
  viewerIsCoordinator: boolean;
  targets: OperationTargetData[];
  timing: TimingData;
  taskForceTiming: TimingData;
}

export interface SetOperationTargetVariables {
  input: { operationId: string; indicator: IndicatorKindName; periodStart: string; periodEnd: string; target: number };
}

const TIMING_FIELDS = gql`
  fragment TimingIndicatorsFields on TimingIndicatorsModel {
    operationId
    tasksOnTime { onTime late denominator excluded rate }
    leadToAction { medianMs measured withoutAction }
  }
`;

/** Targets with progress (small-cell protected) and timing of a joint operation, beside the task force's. */
export const OPERATION_INDICATORS_QUERY: TypedDocumentNode<{ operationIndicators: OperationIndicatorsData }, { operationId: string }> = gql`
  query OperationIndicators($operationId: ID!) {
    operationIndicators(operationId: $operationId) {
      operationId
      k
      viewerIsCoordinator
      targets {
        id
        indicator
        periodStart
        periodEnd
        target
        achieved { count suppressed label }
        progress
      }
      timing { ...TimingIndicatorsFields }
      taskForceTiming { ...TimingIndicatorsFields }
    }
  }
  ${TIMING_FIELDS}
`;

/** Sets (or replaces the figure of) a target; coordinators of the operation only. */
export const SET_OPERATION_TARGET_MUTATION: TypedDocumentNode<{ setOperationTarget: { id: string } }, SetOperationTargetVariables> = gql`
  mutation SetOperationTarget($input: SetOperationTargetInput!) {
    setOperationTarget(input: $input) {
      id
    }
  }
`;

/** Removes a target; coordinators of the operation only. */
export const REMOVE_OPERATION_TARGET_MUTATION: TypedDocumentNode<{ removeOperationTarget: string }, { id: string }> = gql`
  mutation RemoveOperationTarget($id: ID!) {
    removeOperationTarget(id: $id)
  }
`;
