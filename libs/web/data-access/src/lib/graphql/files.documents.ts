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
      contentType
      state
      uploadedAt
      expiresAt
      deletedAt
      deletedReason
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
