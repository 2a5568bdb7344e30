/** language.known: an unknown language code is an error naming the document, the field and the rule. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { edited, problemsOf } from './fixtures.ts';

const textBlock = (markDefs: unknown[] = [], marks: string[] = []) => ({
  _type: 'block',
  _key: 'b1',
  style: 'normal',
  markDefs,
  children: [{ _type: 'span', _key: 's1', text: 'Buorre beaivi', marks }],
});

test('an unknown document language: the event is named, with its field and the rule', async () => {
  const problems = (await problemsOf(edited('event.jazz', (d) => void (d.language = 'sme')))).filter((p) => p.rule === 'language.known');
  assert.is(problems.length, 1);
  const [problem] = problems;
  assert.is(problem!.documentId, 'event.jazz');
  assert.is(problem!.field, 'language');
  assert.is(problem!.severity, 'error');
  assert.match(problem!.message, /«Språk» har en ukjent språkkode \(«sme»\)/);
});

test('a code in another case or with a region suggests the listed language', async () => {
  const [problem] = (await problemsOf(edited('event.jazz', (d) => void (d.language = 'en-GB')))).filter((p) => p.rule === 'language.known');
  assert.match(problem!.message, /Mente du Engelsk\?/);
});

test('a phrase and a passage inside the text are checked where they sit', async () => {
  const problems = await problemsOf(
    edited('event.jazz', (d) => {
      d.body = [
        textBlock([{ _type: 'lang', _key: 'm1', language: 'samisk' }], ['m1']),
        { _type: 'passage', _key: 'p1', language: 'xx', content: [textBlock([{ _type: 'lang', _key: 'm2', language: 'yy' }], ['m2'])] },
      ];
    }),
  );
  const fields = problems.filter((p) => p.rule === 'language.known').map((p) => `${p.documentId} ${p.field}`);
  assert.equal(fields, ['event.jazz body[0].markDefs[0].language', 'event.jazz body[1].language', 'event.jazz body[1].content[0].markDefs[0].language']);
});

test('listed codes pass; an empty document language is the site language; a passage must name one', async () => {
  const ok = await problemsOf(
    edited('event.jazz', (d) => {
      d.language = 'se';
      d.body = [textBlock([{ _type: 'lang', _key: 'm1', language: 'en' }], ['m1']), { _type: 'passage', _key: 'p1', language: 'nb', content: [textBlock()] }];
    }),
  );
  assert.equal(ok.filter((p) => p.documentId === 'event.jazz' && p.severity === 'error'), []);
  const empty = await problemsOf(edited('page.bydelshus.om-oss', (d) => void (d.language = '')));
  assert.equal(empty.filter((p) => p.rule === 'language.known'), []);
  const missing = await problemsOf(edited('event.jazz', (d) => void (d.body = [{ _type: 'passage', _key: 'p1', content: [textBlock()] }])));
  assert.ok(missing.some((p) => p.rule === 'field.required' && p.field === 'body[0].language'), JSON.stringify(missing));
});

test.run();
