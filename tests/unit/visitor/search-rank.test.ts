/** Search results as a visitor reads them: whole words before parts of words, upcoming events before past ones. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { rankHits, wholeWordMatch, type Hit } from '../../../shared/site/search-rank.ts';

const hit = (title: string, score: number, tid?: string, content = title): Hit => ({ score, data: { url: `/${title}/`, excerpt: '', content, meta: { title, ...(tid ? { tid } : {}) } } });

test('a whole word matches; a part of a longer word does not', () => {
  assert.ok(wholeWordMatch('Julekonsert? Nei: jul i parken', 'jul'));
  assert.not.ok(wholeWordMatch('Sommerfest i juli', 'jul'));
  assert.not.ok(wholeWordMatch('Julekonsert', 'jul'));
  assert.ok(wholeWordMatch('Ibsen på scenen', 'ibsen'));
  assert.not.ok(wholeWordMatch('Ibsenbiblioteket', 'ibsen'));
  assert.ok(wholeWordMatch('Åpen scene i Bø', 'åpen bø'));
});

test('«jul»: the result with the word jul ranks above a better-scored «juli»', () => {
  const ranked = rankHits([hit('Sommerkveld i juli', 9), hit('Jul i biblioteket', 2)], 'jul');
  assert.equal(ranked.map((h) => h.data.meta.title), ['Jul i biblioteket', 'Sommerkveld i juli']);
});

test('upcoming events, then other pages, then past events; the score orders within each', () => {
  const ranked = rankHits(
    [hit('Konsert A', 9, 'tidligere'), hit('Om hver konsert', 5), hit('Konsert B', 3, 'kommende'), hit('Konsert C', 4, 'kommende')],
    'konsert',
  );
  assert.equal(ranked.map((h) => h.data.meta.title), ['Konsert C', 'Konsert B', 'Om hver konsert', 'Konsert A']);
});

test.run();
