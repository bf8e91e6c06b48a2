import { graphql, type ResultOf } from '@taskforce/web-data-access';

/** Fields of the timing indicators: tasks done on time, and time from lead to action (`medianMs` in milliseconds). */
export const TIMING_FIELDS = graphql(`
  fragment TimingIndicatorsFields on TimingIndicatorsModel {
    operationId
    tasksOnTime { onTime late denominator excluded rate }
    leadToAction { medianMs measured withoutAction }
  }
`);

/** Timing indicators of a joint operation (or of the whole task force: `operationId` null). */
export type TimingData = ResultOf<typeof TIMING_FIELDS>;

/** Targets with progress (small-cell protected) and timing of a joint operation, beside the task force's. */
export const OPERATION_INDICATORS_QUERY = graphql(`
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
`);

/**
 * A target with its progress: period YYYY-MM-DD inclusive (UTC), `achieved` small-cell protected, `progress` 0–1 or
 * null when achieved is suppressed.
 */
export type OperationTargetData = ResultOf<typeof OPERATION_INDICATORS_QUERY>['operationIndicators']['targets'][number];

/** Sets (or replaces the figure of) a target; coordinators of the operation only. */
export const SET_OPERATION_TARGET_MUTATION = graphql(`
  mutation SetOperationTarget($input: SetOperationTargetInput!) {
    setOperationTarget(input: $input) {
      id
    }
  }
`);

/** Removes a target; coordinators of the operation only. */
export const REMOVE_OPERATION_TARGET_MUTATION = graphql(`
  mutation RemoveOperationTarget($id: ID!) {
    removeOperationTarget(id: $id)
  }
`);
