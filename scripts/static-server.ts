/**
 * A tiny static HTTP server on 127.0.0.1 (random port) for the end-to-end tests and the demo.
 * It serves several folders under URL prefixes, so the test fixtures and the saved real pages in
 * ../shared/pages can be opened as ordinary http:// pages (content scripts only run on http(s)).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** A running server: its origin and how to stop it. */
export interface StaticServer {
  /** e.g. "http://127.0.0.1:40123" (no trailing slash). */
  origin: string;
  /** Every path requested, in order (lets a test see what the browser fetched). */
  requested: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Resolve a URL path inside one mounted folder; null when it would escape the folder. */
function inside(root: string, rest: string): string | null {
  const file = normalize(join(root, decodeURIComponent(rest)));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Start serving. `mounts` maps a URL prefix ("/fixtures/") to a folder. Saved real pages refer to
 * their outlets' CDNs; those requests never reach us (they go to other hosts, which the tests
 * block and count), and unknown paths here get a plain 404.
 */
export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    requested.push(path);
    void (async () => {
      for (const [prefix, root] of roots) {
        if (!path.startsWith(prefix)) continue;
        const file = inside(root, path.slice(prefix.length));
        if (!file) break;
        try {
          if (!(await stat(file)).isFile()) break;
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
          res.end(body);
          return;
        } catch {
          break;
        }
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    })();
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
