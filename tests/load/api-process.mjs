// How the API's Node.js process is started: the same flags as `npm start` (package.json) and the Docker image
// (docker/Dockerfile), so that a benchmark measures the API as it runs. A unit test keeps the three in step.
//
// --max-semi-space-size=64 (MiB): V8's young generation may grow to 64 MiB per semi-space instead of 16. A GraphQL
// answer allocates a few MiB of short-lived objects; with 10 requests in flight a 16 MiB semi-space fills several
// times per request and objects still in use are promoted to the old generation, which costs full collections later.
// Measured with `BENCH_SCREENS="50 tasks,500" BENCH_API_NODE_ARGS=… node tests/load/screens-bench.mjs`, three
// alternating pairs: Node.js CPU per board request 12.4 ms against 14.3 ms, per leads list 19.4 against 20.9 ms.

/** Node.js options the API runs with (before the script path). */
export const API_NODE_FLAGS = ['--max-semi-space-size=64'];
