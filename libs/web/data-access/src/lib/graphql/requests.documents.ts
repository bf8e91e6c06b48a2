import { graphql, type ResultOf } from './schema-types';

/** The requests for information of an operation the viewer may see (sent or received by its agency; all for coordinators). */
export const INFORMATION_REQUESTS_QUERY = graphql(`
  query InformationRequests($operationId: ID!) {
    informationRequests(operationId: $operationId) {
      id
      subject
      body
      priority
      dueAt
      tlp
      handlingCode
      handlingCondition
      status
      createdAt
      acknowledgedAt
      answeredAt
      answer
      escalatedAt
      overdue
      viewerCanRespond
      fromAgency {
        id
        acronym
      }
      toAgency {
        id
        acronym
      }
      sender {
        id
        displayName
      }
      acknowledgedBy {
        id
        displayName
      }
      answeredBy {
        id
        displayName
      }
    }
  }
`);

/** One request for information as the requests panel shows it. */
export type InformationRequestData = ResultOf<typeof INFORMATION_REQUESTS_QUERY>['informationRequests'][number];

export const SEND_INFORMATION_REQUEST_MUTATION = graphql(`
  mutation SendInformationRequest($input: SendInformationRequestInput!) {
    sendInformationRequest(input: $input) {
      id
      status
    }
  }
`);

export const ACKNOWLEDGE_INFORMATION_REQUEST_MUTATION = graphql(`
  mutation AcknowledgeInformationRequest($id: ID!) {
    acknowledgeInformationRequest(id: $id) {
      id
      status
      acknowledgedAt
    }
  }
`);

export const ANSWER_INFORMATION_REQUEST_MUTATION = graphql(`
  mutation AnswerInformationRequest($input: AnswerInformationRequestInput!) {
    answerInformationRequest(input: $input) {
      id
      status
      answer
      answeredAt
    }
  }
`);
