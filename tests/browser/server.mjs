// A small static file server for dist/ on loopback, used by the browser tests
// and benchmarks. It serves the right MIME types (wasm needs application/wasm)
// and can add extra headers (a Content-Security-Policy, for example).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { mkdirSync, readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

// Brotli at quality 11, as a host precompresses static files, takes seconds
// per large file (7.5 s for the drafting data, 3.5 s for each wasm). Every
// test file is its own process with its own server, so the compressed
// bodies are also kept on disk, keyed by the file's path and content: a
// build's files are compressed once, not once per test file (it was over a
// minute of the browser tests). Only the last version of each file is kept.
// In memory, by path and length as before, so a request the process has
// served already hashes nothing.
const cache = new Map();
const DISK = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', '.cache', 'fx-brotli');
function compressed(file, body) {
  const memo = `${file}:${body.length}`;
  if (!cache.has(memo)) {
    const sha = (x) => createHash('sha256').update(x).digest('hex');
    // The file's path, then its content: one entry per path, the newest.
    const name = `${basename(file)}.${sha(file).slice(0, 12)}`;
    const key = `${name}.${sha(body).slice(0, 32)}.br`;
    cache.set(memo, fromDisk(key) ?? toDisk(name, key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })));
  }
  return cache.get(memo);
}
function fromDisk(key) {
  try { return readFileSync(join(DISK, key)); } catch { return null; }
}
/** Writes atomically (another test process may read it at once) and drops older versions of the same file. */
function toDisk(name, key, body) {
  try {
    mkdirSync(DISK, { recursive: true });
    const tmp = join(DISK, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, body);
    renameSync(tmp, join(DISK, key));
    for (const f of readdirSync(DISK)) {
      if (f !== key && f.startsWith(`${name}.`) && f.endsWith('.br') && f.length === key.length) unlinkSync(join(DISK, f));
    }
  } catch { /* a cache only: serving goes on without it */ }
  return body;
}

/** Serves `root` on 127.0.0.1 (`port`, a free one by default). Returns { url, close }.
 * The server does not keep the process alive unless `keepAlive`. */
export async function serve(root, { headers = {}, routes = {}, port = 0, keepAlive = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (routes[path]) {
        const r = routes[path];
        res.writeHead(r.status ?? 200, { 'content-type': r.type ?? 'text/plain', ...headers });
        res.end(r.body);
        return;
      }
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) throw new Error('outside root');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const extra = {};
      // Compress as any static host would (brotli when the browser asks).
      if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png')) {
        body = compressed(file, body);
        extra['content-encoding'] = 'br';
        extra.vary = 'accept-encoding';
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...extra, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  // A server a failing test did not close must not keep its test file
  // running for ever (the suite would hang instead of failing).
  if (!keepAlive) server.unref();
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}

// `node server.mjs DIR [PORT]` serves a folder by hand until Ctrl-C (a
// free port when PORT is not given).
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const { url } = await serve(dir, { port: Number(process.argv[3] ?? 0), keepAlive: true });
  console.log(`serving ${dir} at ${url} (Ctrl-C stops)`);
}
