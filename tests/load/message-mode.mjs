// The channel-message mode of realtime-bench.mjs (`BENCH_EVENT=message`, `npm run bench:messages`): what differs from
// the default task mode. See tests/load/README.md ("npm run bench:messages").
//
// - The API trigger is `postOperationMessage` in Joint Operation Danube Route by MESSAGE_AUTHOR (a member of an agency
//   taking part); the event counted is `operation.message`, keyed by the message id. The API sends it to the rooms of
//   the participating agencies: every connected socket of their people, no `operation:watch` needed.
// - The baseline trigger is `POST /trigger { event: 'operation.message', … }` on bare-socketio-server.mjs, which
//   emits the same event with a payload of the API's shape and size to the rooms `agency:<acronym>` of the same
//   agencies (the bare sockets join their agency's room from the handshake's `auth.agency`).
// - Entitled: every socket of a person whose agency takes part in Danube (from the roster, not from the API).
import { randomUUID } from 'node:crypto';

/** The event counted in this mode (libs/api/realtime/src/lib/realtime.gateway.ts). */
export const MESSAGE_EVENT = 'operation.message';
/** Who posts every benchmark message: a member of NL-POL, which takes part in Danube. */
export const MESSAGE_AUTHOR = 'member@demo.test';

const POST_MESSAGE = 'mutation($input: PostOperationMessageInput!) { postOperationMessage(input: $input) { id } }';

/**
 * The body of round `round`'s message: 182–184 characters, the size of a short chat message. No `@`: a mention would
 * also create notifications (OperationChannelService.mentionNotices), which are not what is measured.
 */
export function messageBody(round) {
  const body = `Benchmark message ${round + 1}. The convoy left the Constanta port terminal at 06:40 local time; next check-in at the Giurgiu-Ruse crossing. Please confirm receipt and flag any change of route.`;
  if (body.includes('@')) throw new Error('a benchmark message must not mention anyone');
  return body;
}

/**
 * The triggers of one round for both servers. `ctx` = { gql, postJson, apiUrl, bareUrl, operationId, token (the
 * author's access token), author ({ id, agency: { id } } as `login` returned it), agencies (acronyms of the agencies
 * taking part) }. Each resolves to { key: the message id, sentAt, respondedAt } (performance.now() of the request
 * being sent and of its full response arriving).
 */
export function messageTriggers(ctx) {
  return {
    async api(round) {
      const res = await ctx.gql(ctx.apiUrl, POST_MESSAGE, { input: { operationId: ctx.operationId, body: messageBody(round), tlp: 'AMBER' } }, ctx.token);
      return { key: res.json.data.postOperationMessage.id, sentAt: res.sentAt, respondedAt: res.respondedAt };
    },
    async bare(round) {
      const id = randomUUID();
      const res = await ctx.postJson(ctx.bareUrl, '/trigger', {
        event: MESSAGE_EVENT,
        operationId: ctx.operationId,
        id,
        body: messageBody(round),
        authorId: ctx.author.id,
        authorAgencyId: ctx.author.agency.id,
        agencies: ctx.agencies,
      });
      if (res.status !== 200) throw new Error(`bare /trigger answered ${res.status}`);
      return { key: id, sentAt: res.sentAt, respondedAt: res.respondedAt };
    },
  };
}

/**
 * Who the sockets belong to (socket i is `users[i mod n]`, as realtime-bench.mjs opens them): sockets and people
 * entitled (`isEntitled(user)`: their agency takes part) and outside.
 */
export function audienceOf(users, clients, isEntitled) {
  const sockets = Array.from({ length: clients }, (_, i) => users[i % users.length]);
  const people = [...new Set(sockets)];
  return {
    entitledSockets: sockets.filter(isEntitled).length,
    outsiderSockets: sockets.filter((u) => !isEntitled(u)).length,
    entitledPeople: people.filter(isEntitled).length,
    outsiderPeople: people.filter((u) => !isEntitled(u)).length,
  };
}

/** The `method` block of the results file in this mode; `common` holds the settings both modes record. */
export function messageMethod({ cluster, nodes, finalTimeoutMs, ...common }) {
  return {
    command: cluster ? 'BENCH_EVENT=message BENCH_NODES=2 node tests/load/realtime-bench.mjs' : 'npm run bench:messages',
    event: MESSAGE_EVENT,
    nodes: cluster
      ? `${nodes} API nodes on one database, sockets alternating between them, messages posted on node 1; the baseline is ${nodes} bare socket.io servers on the same adapter`
      : 'one API node',
    trigger: `API: postOperationMessage in Joint Operation Danube Route by ${MESSAGE_AUTHOR} (NL-POL), ~200-character body without mentions, TLP AMBER, no thread; baseline: POST /trigger, which emits ${MESSAGE_EVENT} with a payload of the API's shape to the rooms agency:<acronym> of the participating agencies`,
    latency:
      `receipt on the client − arrival of the full HTTP response of the request that caused the delivery (API: the postOperationMessage GraphQL response, sent after the transaction committed; baseline: the /trigger response, sent after the broadcast was queued); nearest-rank percentiles over every entitled first ${MESSAGE_EVENT} of the measured rounds`,
    entitlement: `${MESSAGE_EVENT}: every connected socket of a person whose agency takes part in Joint Operation Danube Route (no operation:watch is sent); computed from the roster in the script`,
    lost: `expected deliveries (all rounds, warm-up included) not received ${finalTimeoutMs / 1000} s after the last trigger response`,
    duplicated: 'entitled deliveries of the same message received more than once by the same socket',
    leaked: `a benchmark ${MESSAGE_EVENT} received by a socket of a person whose agency does not take part in Danube, or any other event naming Danube received by such a socket`,
    memory:
      'growth of the server process VmRSS (/proc/<pid>/status, after a forced full GC; both servers run with the young generation pinned at 16 MiB per semi-space) from before connecting to after all sockets are connected, divided by clients; heapBytesPerConnection is the same for V8 heapUsed + external; the embedded PostgreSQL is a separate process and not counted',
    ...common,
  };
}
