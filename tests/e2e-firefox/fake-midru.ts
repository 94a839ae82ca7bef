/**
 * mid.ru for Firefox. Firefox has no --host-resolver-rules (Chromium's way, scripts/lib/launch.ts),
 * so the same local HTTPS server (scripts/lib/midru-server.ts) is put behind a small HTTP proxy
 * that Firefox is told to use for everything:
 *  - `CONNECT <mapped host>:443` (mid.ru, *.mid.ru, not-mid.example) is tunnelled to the server,
 *    so the page really is https://mid.ru/... and the manifest's match patterns fire;
 *  - every other CONNECT gets 403 and every plain-http request 502: the browser stays off the
 *    network (Firefox's own background requests show up in `refused`, harmlessly).
 * The server's per-run self-signed certificate is accepted through the WebDriver BiDi session
 * capability acceptInsecureCerts (see harness.ts).
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { startMidruServer, type MidruServer, type Route } from '../../scripts/lib/midru-server.ts';

export const isMappedHost = (host: string): boolean => host === 'mid.ru' || host.endsWith('.mid.ru') || host === 'not-mid.example';

export interface FakeMidru {
  server: MidruServer;
  proxyPort: number;
  /** What the proxy refused (host:port), for a failure message. */
  refused: string[];
  /** The prefs that send all of Firefox's traffic to the proxy. */
  firefoxPrefs(): Record<string, string | number | boolean>;
  close(): Promise<void>;
}

function startProxy(targetPort: number, refused: string[]): Promise<Server> {
  const proxy = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, client, head) => {
    const [host, port] = (req.url ?? '').split(':');
    if (!isMappedHost(host) || port !== '443') {
      refused.push(`CONNECT ${req.url}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return new Promise((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', () => resolve(proxy));
  });
}

export async function startFakeMidru(routes: Record<string, Route> = {}): Promise<FakeMidru> {
  const server = await startMidruServer(routes);
  const refused: string[] = [];
  let proxy: Server;
  try {
    proxy = await startProxy(server.port, refused);
  } catch (err) {
    await server.close();
    throw err;
  }
  const proxyPort = (proxy.address() as AddressInfo).port;
  return {
    server,
    proxyPort,
    refused,
    firefoxPrefs: () => ({
      'network.proxy.type': 1, // manual: no PAC, no system proxy
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      // localhost too goes to the proxy (and is refused): nothing local leaks to a test page.
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      'network.http.http3.enable': false,
    }),
    async close() {
      proxy.closeAllConnections();
      await new Promise<void>((r) => proxy.close(() => r()));
      await server.close();
    },
  };
}
