/**
 * A static server for dist/ (what `npm run build` makes), started in-process on a free port: browser
 * tests, screenshots and the benchmark all look at the built app, as a visitor would.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Served {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serve `root`; `mounts` adds extra folders under URL prefixes (e.g. bench pages). */
export function serve(root: string, mounts: Record<string, string> = {}): Promise<Served> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let dir = base;
    let path: string;
    try {
      // A path beginning "//" would parse as a host, and a bad %-escape throws: answer, do not crash.
      path = decodeURIComponent(new URL(`http://x${req.url ?? '/'}`).pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) {
        dir = resolve(folder);
        path = path.slice(prefix.length - 1);
      }
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ok({ url: `http://127.0.0.1:${port}`, server, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}
