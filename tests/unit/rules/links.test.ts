/** Links: web, e-mail and phone only; anything that could run code or lead nowhere is an error, wherever the link sits. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { linkProblem } from '../../../shared/rules/index.ts';
import { edited, problemsOf, summary, type Obj } from './fixtures.ts';

const ALLOWED_ANYWHERE = [
  'https://www.skien.kommune.no',
  'http://example.no/a?b=c#d',
  'https://xn--skien-kommune-9ib.no/æøå',
  'https://example.no:8443/path',
];
const ALLOWED_FOR_LINKS = ['mailto:post@skien.kommune.no', 'mailto:post@skien.kommune.no?subject=Hei', 'tel:+4735581000', 'tel:35581000'];
const REJECTED = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript\n:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox',
  'file:///etc/passwd',
  'ftp://example.no',
  '/relative/path',
  '../up',
  '//evil.example.com',
  'www.example.no',
  'example.no',
  'https://',
  'http:/example.no',
  'https:example.no',
  'mailto:',
  'mailto:ikke-en-adresse',
  'tel:ring meg',
  'tel:abc',
  '#anchor',
  '',
  '   ',
];

test('web addresses are allowed everywhere; mailto and tel where links may point to them', () => {
  for (const href of ALLOWED_ANYWHERE) {
    assert.is(linkProblem(href, 'web'), undefined, href);
    assert.is(linkProblem(href, 'any'), undefined, href);
  }
  for (const href of ALLOWED_FOR_LINKS) {
    assert.is(linkProblem(href, 'any'), undefined, href);
    assert.type(linkProblem(href, 'web'), 'string', href);
  }
});

test('javascript:, data:, relative, protocol-relative and malformed addresses are refused', () => {
  for (const href of REJECTED) {
    assert.type(linkProblem(href, 'any'), 'string', JSON.stringify(href));
    assert.type(linkProblem(href, 'web'), 'string', JSON.stringify(href));
  }
});

test('the message names the scheme but never repeats the whole address', () => {
  const message = linkProblem('javascript:alert(document.cookie)', 'any')!;
  assert.match(message, /«javascript:»/);
  assert.not.match(message, /document\.cookie/);
});

test('every link field is checked, with the path of the bad link', async () => {
  const bad = 'javascript:alert(1)';
  let docs = edited('event.jazz', (d) => {
    ((d.body as Obj[])[0]!.markDefs as Obj[])[0]!.href = bad;
    d.ticketUrl = 'mailto:billett@example.no'; // ticket links are web only
  });
  docs = edited(
    'site.bydelshus',
    (d) => {
      (d.navigation as Obj[])[1]!.url = bad;
      (d.social as Obj[])[0]!.url = 'data:text/html,x';
    },
    docs,
  );
  docs = edited(
    'campaign.bydelshus.sommer',
    (d) => {
      (d.cta as Obj).url = '/sommer';
    },
    docs,
  );
  docs = edited(
    'alert.stengt',
    (d) => {
      d.link = bad;
    },
    docs,
  );
  docs = edited(
    'serviceLink.barnehage',
    (d) => {
      d.url = 'tel:12345678';
    },
    docs,
  );
  assert.equal(summary(await problemsOf(docs)), [
    'link.safeScheme @ site.bydelshus navigation[1].url',
    'link.safeScheme @ site.bydelshus social[0].url',
    'link.safeScheme @ event.jazz body[0].markDefs[0].href',
    'link.safeScheme @ event.jazz ticketUrl',
    'link.safeScheme @ campaign.bydelshus.sommer cta.url',
    'link.safeScheme @ alert.stengt link',
    'link.safeScheme @ serviceLink.barnehage url',
  ]);
});

test('links inside the text of pages, campaigns and articles are checked too', async () => {
  const block = (href: string) => [
    {
      _type: 'block',
      _key: 'b',
      markDefs: [{ _type: 'link', _key: 'l', href }],
      children: [{ _type: 'span', _key: 's', text: 'x', marks: ['l'] }],
    },
  ];
  let docs = edited('page.bydelshus.om-oss', (d) => {
    d.body = block('javascript:void(0)');
  });
  docs = edited(
    'campaign.bydelshus.sommer',
    (d) => {
      d.body = block('https://ok.example.no');
    },
    docs,
  );
  docs = edited(
    'article.bydelshus.apning',
    (d) => {
      d.body = block('data:,x');
    },
    docs,
  );
  assert.equal(summary(await problemsOf(docs)), [
    'link.safeScheme @ page.bydelshus.om-oss body[0].markDefs[0].href',
    'link.safeScheme @ article.bydelshus.apning body[0].markDefs[0].href',
  ]);
});

test('a link mark without an address is reported as missing', async () => {
  const docs = edited('event.jazz', (d) => {
    ((d.body as Obj[])[0]!.markDefs as Obj[])[0]!.href = '';
  });
  assert.equal(summary(await problemsOf(docs)), ['field.required @ event.jazz body[0].markDefs[0].href']);
});

test.run();
