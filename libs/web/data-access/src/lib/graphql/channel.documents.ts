import { graphql, type ResultOf } from './schema-types';

/**
 * A page of an operation's channel (oldest first): the messages that start threads, one thread, or a search; the latest
 * `first` (default 50) before `beforeSeq`. The cache adds pages of one listing together (`operationMessagesPolicy`).
 */
export const OPERATION_MESSAGES_QUERY = graphql(`
  query OperationMessages($operationId: ID!, $threadId: ID, $search: String, $first: Int, $beforeSeq: Int) {
    operationMessages(operationId: $operationId, threadId: $threadId, search: $search, first: $first, beforeSeq: $beforeSeq) {
      id
      threadId
      seq
      body
      tlp
      handlingCode
      handlingCondition
      createdAt
      editedAt
      deletedAt
      replyCount
      viewerCanEdit
      viewerCanDelete
      author {
        id
        displayName
      }
      authorAgency {
        id
        acronym
      }
    }
    operationUnreadMessageCount(operationId: $operationId)
  }
`);

/** One message of an operation's channel as the channel panel shows it. */
export type OperationMessageData = ResultOf<typeof OPERATION_MESSAGES_QUERY>['operationMessages'][number];

export const POST_OPERATION_MESSAGE_MUTATION = graphql(`
  mutation PostOperationMessage($input: PostOperationMessageInput!) {
    postOperationMessage(input: $input) {
      id
      threadId
    }
  }
`);

export const EDIT_OPERATION_MESSAGE_MUTATION = graphql(`
  mutation EditOperationMessage($input: EditOperationMessageInput!) {
    editOperationMessage(input: $input) {
      id
      body
      handlingCondition
      editedAt
    }
  }
`);

export const DELETE_OPERATION_MESSAGE_MUTATION = graphql(`
  mutation DeleteOperationMessage($id: ID!) {
    deleteOperationMessage(id: $id) {
      id
      body
      deletedAt
    }
  }
`);

export const MARK_OPERATION_MESSAGES_READ_MUTATION = graphql(`
  mutation MarkOperationMessagesRead($operationId: ID!) {
    markOperationMessagesRead(operationId: $operationId)
  }
`);
