/**
 * One HTTP request to the local server for a site's host name (`<slug>.localhost`), sent to
 * 127.0.0.1 with that Host header: Chromium resolves *.localhost itself, but Node's resolver does
 * not on every machine.
 */
import { request } from 'node:http';

export function hostRequest(port: number, host: string, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, agent: false, headers: { ...headers, host: `${host}:${port}`, connection: 'close' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
