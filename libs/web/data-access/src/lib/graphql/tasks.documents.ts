import { graphql, type ResultOf } from './schema-types';

/** Open tasks assigned to the caller or their agency, due first. */
export const MY_TASKS_QUERY = graphql(`
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
`);

/** A task in the "my tasks" list, which also names its joint operation. */
export type MyTaskData = ResultOf<typeof MY_TASKS_QUERY>['myTasks'][number];

/** One task with its comments and history (both oldest first). */
export const TASK_DETAIL_QUERY = graphql(`
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
`);

/**
 * A task with everything the detail panel shows; `lead` is the lead it acts on as the viewer may read it (null when
 * none or unreadable), comments and history oldest first.
 */
export type TaskDetailData = ResultOf<typeof TASK_DETAIL_QUERY>['task'];

/** One comment on a task. */
export type TaskCommentData = TaskDetailData['comments'][number];

/** One entry of a task's history; `actor` is null when the system did it (ESCALATED). */
export type TaskEventData = TaskDetailData['history'][number];

/** Creates and assigns a task; coordinators of the operation only (FORBIDDEN otherwise). */
export const CREATE_TASK_MUTATION = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      ...TaskCardFields
    }
  }
`);

/** Moves a task to another status; CONFLICT (with extensions.currentVersion) when expectedVersion is stale. */
export const UPDATE_TASK_STATUS_MUTATION = graphql(`
  mutation UpdateTaskStatus($input: UpdateTaskStatusInput!) {
    updateTaskStatus(input: $input) {
      id
      status
      version
      updatedAt
    }
  }
`);

/** Adds a comment to a task. */
export const ADD_TASK_COMMENT_MUTATION = graphql(`
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
`);

/**
 * Acknowledges an urgent task for the assignee agency (liaison officers of that agency or the assignee person;
 * FORBIDDEN for others). Idempotent: a second call keeps the first acknowledgement.
 */
export const ACKNOWLEDGE_TASK_MUTATION = graphql(`
  mutation AcknowledgeTask($taskId: ID!) {
    acknowledgeTask(taskId: $taskId) {
      ...TaskCardFields
    }
  }
`);

/**
 * Edits and/or reassigns a task (coordinators of an open joint operation); CONFLICT when expectedVersion is stale,
 * FAILED_PRECONDITION when the operation is closed, BAD_USER_INPUT naming the field.
 */
export const UPDATE_TASK_MUTATION = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      ...TaskCardFields
    }
  }
`);
