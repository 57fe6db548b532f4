/**
 * The local static server behind the browser tests, the bench and the screenshots answers odd request paths
 * instead of crashing (a path beginning "//" once threw in URL parsing and took the server down), and keeps
 * requests inside its folder.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { serve } from '../../scripts/lib/server';

/** Status of a raw GET of `path` (sent as written, not normalised by a URL parser). */
function status(url: string, path: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the local server', () => {
  it('answers "//", a bad escape and a climb out of its folder, and still serves afterwards', async () => {
    const served = await serve('tests/e2e/pages');
    try {
      expect(await status(served.url, '//')).not.toBe(0);
      expect(await status(served.url, '/%E0%A4%A')).toBe(400);
      expect([403, 404]).toContain(await status(served.url, '/../../package.json'));
      expect(await status(served.url, '/no-such-file.html')).toBe(404);
    } finally {
      await served.close();
    }
  });
});
