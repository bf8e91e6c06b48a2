// Loaded with `node --expose-gc --import <this file>` into the server processes that realtime-bench.mjs starts
// (the built API and the bare socket.io baseline). It only acts when the process has an IPC channel to the
// benchmark:
//   - on `{ type: 'memory-probe', id }` it runs a full garbage collection (twice, so that objects freed by
//     finalisers go too) and answers `{ type: 'memory-probe', id, gc, usage: process.memoryUsage() }`, so both
//     servers are measured in the same state;
//   - when the benchmark goes away (IPC channel closed, e.g. it crashed), it sends itself SIGTERM so the API
//     stops its embedded PostgreSQL instead of being orphaned.
// It changes nothing else in the server.
import { getHeapSpaceStatistics } from 'node:v8';

if (typeof process.send === 'function') {
  process.on('message', (message) => {
    if (!message || message.type !== 'memory-probe') return;
    const gc = typeof globalThis.gc === 'function' ? globalThis.gc : null;
    // Churn short-lived garbage first so that every page of the young generation (pinned in size by the
    // benchmark's --min/--max-semi-space-size) has been touched in both servers and counts in RSS before
    // and after alike: otherwise the bare server's young generation growing from 1 MiB to its full size while
    // the clients connect would be counted as memory per connection.
    let sink = 0;
    for (let i = 0; i < 200_000; i++) sink += new Array(32).fill(i).length;
    if (sink < 0) console.log(sink);
    if (gc) {
      gc();
      gc();
    }
    setImmediate(() => {
      const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size]));
      process.send?.({ type: 'memory-probe', id: message.id, gc: Boolean(gc), usage: process.memoryUsage(), spaces });
    });
  });
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  process.channel?.unref();
}
