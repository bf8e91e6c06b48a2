import { gql, InMemoryCache } from '@apollo/client';
import { operationMessagesPolicy } from '../message-pages';

const PAGE = gql`
  query Page($operationId: ID!, $threadId: ID, $first: Int, $beforeSeq: Int) {
    operationMessages(operationId: $operationId, threadId: $threadId, first: $first, beforeSeq: $beforeSeq) {
      id
      seq
      body
    }
  }
`;

type Message = { __typename: 'OperationMessage'; id: string; seq: number; body: string };
const message = (seq: number, body = `reply ${seq}`): Message => ({ __typename: 'OperationMessage', id: `m${seq}`, seq, body });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => message(from + i));

describe('pages of a channel in the cache', () => {
  const cache = () => new InMemoryCache({ typePolicies: { Query: { fields: { operationMessages: operationMessagesPolicy } } } });
  const thread = { operationId: 'op', threadId: 'm1', first: 50 };
  const write = (c: InMemoryCache, variables: Record<string, unknown>, messages: Message[]) => c.writeQuery({ query: PAGE, variables, data: { operationMessages: messages } });
  const read = (c: InMemoryCache, variables: Record<string, unknown> = thread) => (c.readQuery({ query: PAGE, variables }) as { operationMessages: Message[] }).operationMessages;

  it('an earlier page goes before the latest, oldest first, whatever first and beforeSeq were', () => {
    const c = cache();
    write(c, thread, range(21, 70));
    write(c, { ...thread, beforeSeq: 21 }, range(1, 20));
    expect(read(c).map((m) => m.seq)).toEqual(range(1, 70).map((m) => m.seq));
  });

  it('a refetch of the latest page refreshes those messages and keeps the earlier ones', () => {
    const c = cache();
    write(c, thread, range(21, 70));
    write(c, { ...thread, beforeSeq: 21 }, range(1, 20));
    write(c, thread, [...range(22, 70), message(71)].map((m) => (m.seq === 30 ? message(30, 'edited') : m)));
    const seen = read(c);
    expect(seen.map((m) => m.seq)).toEqual(range(1, 71).map((m) => m.seq));
    expect(seen.find((m) => m.seq === 30)?.body).toBe('edited');
  });

  it('keeps each thread, and the list of threads, apart', () => {
    const c = cache();
    write(c, thread, range(1, 3));
    write(c, { ...thread, threadId: 'm9' }, [message(9), message(10)]);
    write(c, { operationId: 'op', first: 50 }, [message(1), message(9)]);
    expect([read(c), read(c, { ...thread, threadId: 'm9' }), read(c, { operationId: 'op', first: 50 })].map((list) => list.map((m) => m.seq))).toEqual([
      [1, 2, 3],
      [9, 10],
      [1, 9],
    ]);
  });
});
