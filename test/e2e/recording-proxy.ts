import { createServer, type Server } from 'node:http';

/**
 * An HTTP proxy that answers nothing and writes down every request the browser sends through it.
 * Chromium sends all non-loopback traffic (pages, service worker, the browser itself) to its proxy,
 * so an empty list at the end of a run means nothing tried to leave 127.0.0.1.
 */
export async function startRecordingProxy(): Promise<{
  url: string;
  requests: string[];
  close: () => Promise<void>;
}> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
