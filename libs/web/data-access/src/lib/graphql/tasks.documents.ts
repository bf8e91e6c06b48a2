import { gql, type TypedDocumentNode } from '@apollo/client';
import type { TaskStatus } from '@taskforce/domain';
import { PERSON_FIELDS, TASK_CARD_FIELDS } from './fragments';
import type {
  AddTaskCommentInput,
  CreateTaskInput,
  UpdateTaskInput,
  MyTaskData,
  TaskCardData,
  TaskCommentData,
  TaskDetailData,
} from './types';

/** Open tasks assigned to the caller or their agency, due first. */
export const MY_TASKS_QUERY: TypedDocumentNode<{ myTasks: MyTaskData[] }, Record<string, never>> = gql`
  query MyTasks {
    myTasks {
      ...TaskCardFields
      operation {
        id
        name
        escalationMinutes
      }
    }
  }
  ${TASK_CARD_FIELDS}
`;

/** One task with its comments and history (both oldest first). */
export const TASK_DETAIL_QUERY: TypedDocumentNode<{ task: TaskDetailData }, { id: string }> = gql`
  query TaskDetail($id: ID!) {
    task(id: $id) {
      ...TaskCardFields
      description
      createdAt
      operation {
        id
        name
        status
        escalationMinutes
        viewerIsCoordinator
      }
      lead {
        id
        summary
        tlp
      }
      createdBy {
        ...PersonFields
      }
      comments {
        id
        body
        createdAt
        author {
          ...PersonFields
        }
      }
      history {
        id
        action
        fromStatus
        toStatus
        detail
        at
        actor {
          ...PersonFields
        }
      }
    }
  }
  ${TASK_CARD_FIELDS}
  ${PERSON_FIELDS}
`;

/** Creates and assigns a task; coordinators of the operation only (FORBIDDEN otherwise). */
export const CREATE_TASK_MUTATION: TypedDocumentNode<{ createTask: TaskCardData }, { input: CreateTaskInput }> = gql`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      ...TaskCardFields
    }
  }
  ${TASK_CARD_FIELDS}
`;

/** Moves a task to another status; CONFLICT (with extensions.currentVersion) when expectedVersion is stale. */
export const UPDATE_TASK_STATUS_MUTATION: TypedDocumentNode<
  { updateTaskStatus: Pick<TaskCardData, 'id' | 'status' | 'version' | 'updatedAt'> },
  { input: { taskId: string; status: TaskStatus; expectedVersion: number } }
> = gql`
  mutation UpdateTaskStatus($input: UpdateTaskStatusInput!) {
    updateTaskStatus(input: $input) {
      id
      status
      version
      updatedAt
    }
  }
`;

/** Adds a comment to a task. */
export const ADD_TASK_COMMENT_MUTATION: TypedDocumentNode<
  { addTaskComment: TaskCommentData },
  { input: AddTaskCommentInput }
> = gql`
  mutation AddTaskComment($input: AddTaskCommentInput!) {
    addTaskComment(input: $input) {
      id
      body
      createdAt
      author {
        ...PersonFields
      }
    }
  }
  ${PERSON_FIELDS}
`;

/**
 * Acknowledges an urgent task for the assignee agency (liaison officers of that agency or the assignee person;
 * FORBIDDEN for others). Idempotent: a second call keeps the first acknowledgement.
 */
export const ACKNOWLEDGE_TASK_MUTATION: TypedDocumentNode<{ acknowledgeTask: TaskCardData }, { taskId: string }> = gql`
  mutation AcknowledgeTask($taskId: ID!) {
    acknowledgeTask(taskId: $taskId) {
      ...TaskCardFields
    }
  }
  ${TASK_CARD_FIELDS}
`;

/**
 * Edits and/or reassigns a task (coordinators of an open joint operation); CONFLICT when expectedVersion is stale,
 * FAILED_PRECONDITION when the operation is closed, BAD_USER_INPUT naming the field.
 */
export const UPDATE_TASK_MUTATION: TypedDocumentNode<{ updateTask: TaskCardData }, { input: UpdateTaskInput }> = gql`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      ...TaskCardFields
    }
  }
  ${TASK_CARD_FIELDS}
`;
