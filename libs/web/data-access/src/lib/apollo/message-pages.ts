import type { FieldPolicy, Reference } from '@apollo/client';

/**
 * The cache's policy for `Query.operationMessages`: every page of one listing (an operation's threads, one thread, one
 * search) is kept in one list, whatever `first` and `beforeSeq` asked for, merged by message id and ordered by `seq`
 * (oldest first). So a page of earlier messages (`fetchMore` with `beforeSeq`) adds to what is shown, and a refetch of
 * the latest page after a live event refreshes those messages without dropping the earlier ones (messages are never
 * removed: a deleted one stays, reading "message deleted").
 */
export const operationMessagesPolicy: FieldPolicy<Reference[]> = {
  keyArgs: ['operationId', 'threadId', 'search'],
  merge(existing, incoming, { readField }) {
    const byId = new Map<string, Reference>();
    for (const message of [...(existing ?? []), ...incoming]) byId.set(readField<string>('id', message) ?? '', message);
    return [...byId.values()].sort((a, b) => (readField<number>('seq', a) ?? 0) - (readField<number>('seq', b) ?? 0));
  },
};
