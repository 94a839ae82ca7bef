/**
 * A local HTTPS server that plays mid.ru (and *.mid.ru, not-mid.example) for the browser.
 *
 * Chromium is started with --host-resolver-rules mapping those hosts to 127.0.0.1:<port>, so
 * the page really loads from https://mid.ru/... and the extension's real match patterns fire
 * (toolchain.md §5.11a). The certificate is self-signed per run with Debian's openssl, lives in
 * a temp dir that is deleted on close, and is never committed; Chromium is told
 * --ignore-certificate-errors.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import { createServer as createNetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Route {
  /** A function is called per request, so a test can change what a path serves over time. */
  body: string | (() => string);
  contentType?: string;
}

export interface MidruServer {
  port: number;
  close(): Promise<void>;
  setRoute(path: string, route: Route): void;
}

function makeCert(dir: string): { key: Buffer; cert: Buffer } {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-keyout',
        keyPath,
        '-out',
        certPath,
        '-subj',
        '/CN=mid.ru',
        '-addext',
        'subjectAltName=DNS:mid.ru,DNS:*.mid.ru,DNS:not-mid.example',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(
      `Could not make a self-signed certificate with openssl (is it installed? apt-get install openssl)` + (stderr ? `: ${stderr}` : ''),
    );
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}

/**
 * Serves `routes` (keys: "/path/?query" or "/path/"). Lookup: exact pathname+search, then
 * pathname alone; /favicon.ico gets 204 (so Chromium logs no 404 error); anything else 404.
 */
export async function startMidruServer(routes: Record<string, Route>): Promise<MidruServer> {
  const table = new Map(Object.entries(routes));
  const dir = mkdtempSync(join(tmpdir(), 'midru-cert-'));
  let tls: { key: Buffer; cert: Buffer };
  try {
    tls = makeCert(dir);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'https://mid.ru');
    const route = table.get(url.pathname + url.search) ?? table.get(url.pathname);
    if (route) {
      const body = typeof route.body === 'function' ? route.body() : route.body;
      res.writeHead(200, {
        'content-type': route.contentType ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(body);
    } else if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  };
  // One port for https and plain http (so a test can also load http://mid.ru/...): a TLS client
  // opens with a handshake record (first byte 0x16); anything else is plain HTTP.
  const https = createServer(tls, handle);
  const http = createHttpServer(handle);
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) return void socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  return {
    port: (server.address() as AddressInfo).port,
    setRoute(path, route) {
      table.set(path, route);
    },
    close() {
      rmSync(dir, { recursive: true, force: true });
      // Browsers keep connections alive; drop them so close() does not hang.
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
