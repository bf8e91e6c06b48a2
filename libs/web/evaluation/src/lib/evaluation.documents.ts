import { gql, type TypedDocumentNode } from '@apollo/client';
import { SHOWN_FIGURE_FIELDS } from '@taskforce/web-data-access';
import type { EvaluationResultField, ObjectivesMet, OperationStatus, Pillar, TaskStatus } from '@taskforce/domain';

/** A figure as it may be shown: the count, or null with "suppressed (< k)". */
export interface ShownFigure {
  count: number | null;
  suppressed: boolean;
  label: string;
}

export interface EvaluationTexts {
  objectivesNote: string | null;
  legalObstacles: string | null;
  practicalObstacles: string | null;
  languageObstacles: string | null;
  informationExchangeObstacles: string | null;
  addedValue: string | null;
  lessonsLearned: string | null;
}

export type EvaluationSectionData = EvaluationTexts &
  Record<EvaluationResultField, ShownFigure | null> & {
    agency: { id: string; acronym: string; name: string };
    role: 'PARTY' | 'PARTICIPANT' | null;
    written: boolean;
    version: number;
    objectivesMet: ObjectivesMet | null;
    updatedAt: string | null;
    updatedBy: { displayName: string } | null;
    viewerCanEdit: boolean;
  };

export interface OperationEvaluationData {
  operationId: string;
  finalisedAt: string | null;
  finalisedBy: { displayName: string } | null;
  viewerCanFinalise: boolean;
  k: number;
  citation: string;
  missingAgencies: Array<{ id: string; acronym: string }>;
  totals: Array<{ field: EvaluationResultField; label: string; total: ShownFigure }>;
  sections: EvaluationSectionData[];
}

export interface EvaluationOperationData {
  id: string;
  name: string;
  status: OperationStatus;
  version: number;
  viewerIsCoordinator: boolean;
  evaluationFinalisedAt: string | null;
}

const SECTION_FIELDS = gql`
  fragment EvaluationSectionFields on EvaluationSection {
    agency { id acronym name } role written version objectivesMet objectivesNote
    arrests { ...ShownFigureFields } potentialVictimsIdentified { ...ShownFigureFields } victimsReferredToAssistance { ...ShownFigureFields }
    seizures { ...ShownFigureFields } prosecutionsStarted { ...ShownFigureFields } convictions { ...ShownFigureFields }
    legalObstacles practicalObstacles languageObstacles informationExchangeObstacles addedValue lessonsLearned
    updatedAt updatedBy { displayName } viewerCanEdit
  }
`;
const EVALUATION_FIELDS = gql`
  fragment OperationEvaluationFields on OperationEvaluation {
    operationId finalisedAt finalisedBy { displayName } viewerCanFinalise k citation
    missingAgencies { id acronym } totals { field label total { ...ShownFigureFields } }
    sections { ...EvaluationSectionFields }
  }
`;

/** The evaluation screen: the operation's status and version, and every section. */
export const OPERATION_EVALUATION_QUERY: TypedDocumentNode<{ operation: EvaluationOperationData; operationEvaluation: OperationEvaluationData }, { id: string }> = gql`
  query OperationEvaluation($id: ID!) {
    operation(id: $id) { id name status version viewerIsCoordinator evaluationFinalisedAt }
    operationEvaluation(operationId: $id) { ...OperationEvaluationFields }
  }
  ${EVALUATION_FIELDS}
  ${SECTION_FIELDS}
  ${SHOWN_FIGURE_FIELDS}
`;

/** What the section form sends: absent = unchanged, null = cleared. */
export type UpdateEvaluationSectionInput = { operationId: string; expectedVersion: number; objectivesMet?: ObjectivesMet | null } & Partial<Record<EvaluationResultField, number | null>> &
  Partial<EvaluationTexts>;

export const UPDATE_EVALUATION_SECTION_MUTATION: TypedDocumentNode<{ updateEvaluationSection: EvaluationSectionData }, { input: UpdateEvaluationSectionInput }> = gql`
  mutation UpdateEvaluationSection($input: UpdateEvaluationSectionInput!) {
    updateEvaluationSection(input: $input) { ...EvaluationSectionFields }
  }
  ${SECTION_FIELDS}
  ${SHOWN_FIGURE_FIELDS}
`;

export const FINALISE_EVALUATION_MUTATION: TypedDocumentNode<{ finaliseOperationEvaluation: { finalisedAt: string } }, { id: string }> = gql`
  mutation FinaliseOperationEvaluation($id: ID!) {
    finaliseOperationEvaluation(operationId: $id) { operationId finalisedAt }
  }
`;

export const CLOSE_OPERATION_MUTATION: TypedDocumentNode<
  { changeOperationStatus: { id: string; status: OperationStatus; version: number } },
  { input: { operationId: string; status: 'CLOSED'; expectedVersion: number; reason: string } }
> = gql`
  mutation CloseOperation($input: ChangeOperationStatusInput!) {
    changeOperationStatus(input: $input) { id status version }
  }
`;

export interface OperationReportPageData {
  operation: {
    id: string;
    name: string;
    status: OperationStatus;
    purpose: string | null;
    description: string | null;
    countries: string[];
    formsOfExploitation: string[];
    startsOn: string | null;
    endsOn: string | null;
    legalBasisCitation: string | null;
    participants: Array<{ agency: { id: string; acronym: string; name: string; country: string | null }; role: 'PARTY' | 'PARTICIPANT'; isLead: boolean; joinedAt: string }>;
    history: Array<{ id: string; action: string; detail: string | null; reason: string | null; at: string; actor: { displayName: string } | null }>;
    tasks: Array<{ id: string; pillar: Pillar; status: TaskStatus; dueAt: string | null }>;
  };
  operationIndicators: {
    k: number;
    targets: Array<{ id: string; indicator: string; periodStart: string; periodEnd: string; target: number; achieved: ShownFigure; progress: number | null }>;
    timing: { tasksOnTime: { onTime: number; late: number; denominator: number; excluded: number; rate: number | null } };
  };
  operationEvaluation: OperationEvaluationData;
  operationResults: { evaluations: number; k: number; citation: string; results: Array<{ field: EvaluationResultField; label: string; total: ShownFigure }> };
}

/** The printable report page: the same content as the PDF, as the viewer may see it. */
export const OPERATION_REPORT_QUERY: TypedDocumentNode<OperationReportPageData, { id: string }> = gql`
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
  ${EVALUATION_FIELDS}
  ${SECTION_FIELDS}
  ${SHOWN_FIGURE_FIELDS}
`;
