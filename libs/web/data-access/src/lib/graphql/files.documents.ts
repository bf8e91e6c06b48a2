import { graphql, type ResultOf } from './schema-types';

/** The files attached to one record, newest first. */
export const FILES_QUERY = graphql(`
  query AttachedFiles($attachedTo: FileAttachmentInput!) {
    files(attachedTo: $attachedTo) {
      id
      name
      size
      sha256
      tlp
      handlingCode
      handlingCondition
      contentType
      state
      uploadedAt
      expiresAt
      deletedAt
      deletedReason
      integrityFailedAt
      uploadedBy {
        id
        displayName
      }
      uploaderAgency {
        id
        acronym
      }
    }
  }
`);

/** One attached file as the files list shows it. */
export type AttachedFileData = ResultOf<typeof FILES_QUERY>['files'][number];

/** A file's custody trail, oldest first (its uploader's agency and the operation's coordinators; FORBIDDEN otherwise). */
export const FILE_CUSTODY_QUERY = graphql(`
  query FileCustody($fileId: ID!) {
    fileCustody(fileId: $fileId) {
      action
      at
      sha256
      reason
      intact
      sha256Found
      clientAddress
      movedFrom {
        kind
        id
      }
      movedTo {
        kind
        id
      }
      actor {
        id
        displayName
      }
      agency {
        id
        acronym
      }
    }
  }
`);

/** Sets how many days the operation keeps file contents (its coordinators; 1 … FILE_RETENTION_MAX_DAYS). */
export const SET_OPERATION_FILE_RETENTION_MUTATION = graphql(`
  mutation SetOperationFileRetention($operationId: ID!, $days: Int!) {
    setOperationFileRetention(operationId: $operationId, days: $days)
  }
`);

/**
 * A one-time address to download a file straight to disk: `url` (`/files/<id>?ticket=…`, one GET within 60 s in this
 * session) and `expiresAt` (UTC). NOT_FOUND for a file you cannot read; FAILED_PRECONDITION once its content is deleted.
 */
export const CREATE_FILE_DOWNLOAD_TICKET_MUTATION = graphql(`
  mutation CreateFileDownloadTicket($id: ID!) {
    createFileDownloadTicket(id: $id) {
      url
      expiresAt
    }
  }
`);

/**
 * Deletes a file's content (its uploader or a coordinator) for the stated `reason` (3–500 characters, recorded in the
 * custody trail); the record, SHA-256 and trail stay. BAD_USER_INPUT naming `reason`; FORBIDDEN for anyone else.
 */
export const DELETE_FILE_MUTATION = graphql(`
  mutation DeleteFile($id: ID!, $reason: String!) {
    deleteFile(id: $id, reason: $reason) {
      id
      state
      deletedAt
      deletedReason
    }
  }
`);
