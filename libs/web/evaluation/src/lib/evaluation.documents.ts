import { graphql, type ResultOf } from '@taskforce/web-data-access';

/** Fields of one agency's section of a closing evaluation (figures protected for the viewer). */
export const SECTION_FIELDS = graphql(`
  fragment EvaluationSectionFields on EvaluationSection {
    agency { id acronym name } role written version objectivesMet objectivesNote
    arrests { ...ShownFigureFields } potentialVictimsIdentified { ...ShownFigureFields } victimsReferredToAssistance { ...ShownFigureFields }
    seizures { ...ShownFigureFields } prosecutionsStarted { ...ShownFigureFields } convictions { ...ShownFigureFields }
    legalObstacles practicalObstacles languageObstacles informationExchangeObstacles addedValue lessonsLearned
    updatedAt updatedBy { displayName } viewerCanEdit
  }
`);

/**
 * One agency's section as the viewer may see it: its texts, its results (null when not reported; another agency's
 * small figure suppressed), its version (0 before it is written) and whether the viewer may edit it.
 */
export type EvaluationSectionData = ResultOf<typeof SECTION_FIELDS>;

/** Fields of a closing evaluation: whether and by whom it was finalised, the totals and every section. */
export const EVALUATION_FIELDS = graphql(`
  fragment OperationEvaluationFields on OperationEvaluation {
    operationId finalisedAt finalisedBy { displayName } viewerCanFinalise k citation
    missingAgencies { id acronym } totals { field label total { ...ShownFigureFields } }
    sections { ...EvaluationSectionFields }
  }
`);

/** A joint operation's closing evaluation, with the agencies that have not written their section yet. */
export type OperationEvaluationData = ResultOf<typeof EVALUATION_FIELDS>;

/** The evaluation screen: the operation's status and version, and every section. */
export const OPERATION_EVALUATION_QUERY = graphql(`
  query OperationEvaluation($id: ID!) {
    operation(id: $id) { id name status version viewerIsCoordinator evaluationFinalisedAt }
    operationEvaluation(operationId: $id) { ...OperationEvaluationFields }
  }
`);

/** The operation as the evaluation screen needs it: status and version (to close it), and whether the viewer coordinates it. */
export type EvaluationOperationData = ResultOf<typeof OPERATION_EVALUATION_QUERY>['operation'];

/** Writes the caller's agency's section, version-checked (absent = unchanged, null = cleared); CONFLICT when stale. */
export const UPDATE_EVALUATION_SECTION_MUTATION = graphql(`
  mutation UpdateEvaluationSection($input: UpdateEvaluationSectionInput!) {
    updateEvaluationSection(input: $input) { ...EvaluationSectionFields }
  }
`);

/** Finalises the closing evaluation (coordinators): every section becomes read-only. */
export const FINALISE_EVALUATION_MUTATION = graphql(`
  mutation FinaliseOperationEvaluation($id: ID!) {
    finaliseOperationEvaluation(operationId: $id) { operationId finalisedAt }
  }
`);

/** Closes the joint operation (coordinators; needs a finalised evaluation and a reason), version-checked. */
export const CLOSE_OPERATION_MUTATION = graphql(`
  mutation CloseOperation($input: ChangeOperationStatusInput!) {
    changeOperationStatus(input: $input) { id status version }
  }
`);

/** The printable report page: the same content as the PDF, as the viewer may see it. */
export const OPERATION_REPORT_QUERY = graphql(`
  query OperationReport($id: ID!) {
    operation(id: $id) {
      id name status purpose description countries formsOfExploitation startsOn endsOn legalBasisCitation
      participants { agency { id acronym name country } role isLead joinedAt }
      history { id action detail reason at actor { displayName } }
      tasks { id pillar status dueAt }
    }
    operationIndicators(operationId: $id) {
      k
      targets { id indicator periodStart periodEnd target achieved { ...ShownFigureFields } progress }
      timing { tasksOnTime { onTime late denominator excluded rate } }
    }
    operationEvaluation(operationId: $id) { ...OperationEvaluationFields }
    operationResults(operationId: $id) { evaluations k citation results { field label total { ...ShownFigureFields } } }
  }
`);

/** Everything the printable report page shows. */
export type OperationReportPageData = ResultOf<typeof OPERATION_REPORT_QUERY>;
