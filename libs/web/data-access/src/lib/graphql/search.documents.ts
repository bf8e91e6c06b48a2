import { graphql, type ResultOf } from './schema-types';

/**
 * The workspace search (the header's box): joint operations, tasks, leads and channel messages the caller may read
 * whose text contains `text` (2–200 characters, ignoring case); at most 50 operations, tasks and messages and 200
 * leads, newest first. `searchLeadCount` is how many leads match in all.
 */
export const WORKSPACE_SEARCH_QUERY = graphql(`
  query WorkspaceSearch($text: String!) {
    searchOperations(text: $text) {
      id
      name
      status
    }
    searchTasks(text: $text) {
      id
      title
      status
      operation {
        id
        name
      }
    }
    searchLeadCount(text: $text)
    searchLeads(text: $text) {
      id
      summary
    }
    searchMessages(text: $text) {
      id
      body
      operationId
      tlp
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

/** What the workspace search found. */
export type WorkspaceSearchData = ResultOf<typeof WORKSPACE_SEARCH_QUERY>;
