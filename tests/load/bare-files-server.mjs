// The files benchmark's baseline: a plain node:http server that pipes a PUT body to a file in FILES_DIR and streams it
// back on GET, deletes it on DELETE, answers /health. No authentication, hashing or database: the floor any file
// server on this disk can reach. Listens on PORT (127.0.0.1).
import { createReadStream, createWriteStream, mkdirSync, statSync, unlinkSync } from 'node:fs';
import http from 'node:http';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const DIR = process.env.FILES_DIR;
mkdirSync(DIR, { recursive: true });

const server = http.createServer(async (req, res) => {
  if (req.url === '/health') return res.end('ok');
  const path = join(DIR, basename(req.url ?? ''));
  try {
    if (req.method === 'PUT') {
      await pipeline(req, createWriteStream(path));
      res.statusCode = 204;
      return res.end();
    }
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': statSync(path).size });
      return await pipeline(createReadStream(path), res);
    }
    if (req.method === 'DELETE') {
      unlinkSync(path);
      res.statusCode = 204;
      return res.end();
    }
    res.statusCode = 405;
    res.end();
  } catch (err) {
    if (!res.headersSent) res.statusCode = 500;
    res.end(String(err));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
