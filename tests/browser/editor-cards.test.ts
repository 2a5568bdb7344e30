/**
 * The editors' card page: the Instagram post and story cards a public build no longer draws for
 * events, drawn on demand for an editor, from the published content, then kept in the card cache.
 * Nobody else gets them.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { datasetTracker } from '../../server/content-snapshot.ts';
import { editorCardsHandler } from '../../server/editor-cards.ts';
import { previewAuth } from '../../server/preview-auth.ts';

const SECRET = 'test-preview-secret';
const cacheDir = mkdtempSync(join(tmpdir(), 'fasett-editor-cards-'));
process.env.FASETT_CACHE_DIR = cacheDir;
let server: Server;
let origin: string;

test.before(async () => {
  const content = await datasetTracker();
  const handler = editorCardsHandler({ sites: () => ['bydelshus', 'appelsinia', 'ibsenbiblioteket'], auth: previewAuth(SECRET), content });
  server = createServer(async (req, res) => {
    if (!(await handler(req, res))) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
test.after(() => {
  server?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

const get = (path: string, editor = true) => fetch(`${origin}${path}`, { headers: editor ? { authorization: `Bearer ${SECRET}` } : {} });

test('without the editor login: 401 and no card, for the page and for a file', async () => {
  for (const path of ['/redaksjon/kort/', '/redaksjon/kort/appelsinia/arrangementer/poesislam/', '/redaksjon/kort/appelsinia/kort/arrangementer/poesislam-square.jpg']) {
    const response = await get(path, false);
    assert.is(response.status, 401, path);
    assert.match(await response.text(), /for redaktører/);
  }
});

test('an event has all three cards for editors, the Instagram ones drawn on demand at their sizes', async () => {
  const page = await get('/redaksjon/kort/appelsinia/arrangementer/poesislam/');
  assert.is(page.status, 200);
  const html = await page.text();
  assert.match(html, /<html lang="nb">/);
  assert.match(html, /<h1>Poesislam<\/h1>/);
  const links = [...html.matchAll(/<a href="([^"]+)" download>/g)].map((m) => m[1]!);
  assert.equal(links.map((l) => l.replace(/.*-(\w+)\.\w+$/, '$1')), ['og', 'square', 'story']);
  for (const [link, width, height] of [[links[1]!, 1080, 1080], [links[2]!, 1080, 1920]] as const) {
    const response = await get(link);
    assert.is(response.status, 200, link);
    assert.is(response.headers.get('content-type'), link.endsWith('.jpg') ? 'image/jpeg' : 'image/png');
    const body = Buffer.from(await response.arrayBuffer());
    assert.ok(body.length <= 300 * 1024, `${link}: ${body.length} bytes`);
    const info = await sharp(body).metadata();
    assert.equal([info.width, info.height], [width, height]);
    // Asked for again: the same file, from the cache.
    assert.ok(body.equals(Buffer.from(await (await get(link)).arrayBuffer())));
  }
});

test('the site list names its events; a card of an event another site owns is not here', async () => {
  const list = await (await get('/redaksjon/kort/ibsenbiblioteket/')).text();
  assert.match(list, /Arrangementer/);
  assert.not.match(list, /arrangementer\/poesislam\//, 'Poesislam is cross-listed to the library, but Appelsinia draws its cards');
  const response = await get('/redaksjon/kort/ibsenbiblioteket/arrangementer/poesislam/');
  assert.is(response.status, 404);
  assert.match(await response.text(), /eiersidens kortside/);
});

test.run();
