// One plain HTTP server for every page a benchmark opens: the built app at / and the baseline
// pages at /bench/, so the app and its start-up baseline are served the same way, from one origin.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface Mount {
  /** URL path prefix, starting and ending with "/". */
  prefix: string;
  dir: string;
}

/** Serves files under each mount's folder (longest prefix first); nothing outside them. */
export function serveStatic(port: number, mounts: readonly Mount[]): Promise<Server> {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = sorted.find((m) => path.startsWith(m.prefix));
    const root = mount && resolve(mount.dir);
    const file = root && normalize(join(root, path.slice(mount.prefix.length) || 'index.html'));
    if (!root || !file?.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}
