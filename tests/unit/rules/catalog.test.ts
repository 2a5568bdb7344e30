/**
 * Every rule in the rulebook, with a passing world and a failing one: each case breaks one
 * thing in a valid world and expects exactly the problems that causes, no more.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { rules } from '../../../shared/rules/index.ts';
import { edited, image, key, NARROW_ASSET, problemsOf, ref, summary, world, type Obj } from './fixtures.ts';

interface Case {
  docs: () => unknown[];
  expect: string[];
}

const CASES: Record<string, Case> = {
  'document.malformed': {
    docs: () => [...world(), { _type: 'event', title: 'Uten id' }],
    expect: ['document.malformed @ (uten id) '],
  },
  'document.unknownType': {
    docs: () => [...world(), { _id: 'poll.1', _type: 'poll', title: 'Hva synes du?' }],
    expect: ['document.unknownType @ poll.1 _type'],
  },
  'field.type': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.title = 42;
      }),
    expect: ['field.type @ event.jazz title'],
  },
  'field.required': {
    docs: () =>
      edited('event.jazz', (d) => {
        delete d.startsAt;
        d.title = '   ';
      }),
    // Without a start, the campaign's only event is in no programme day.
    expect: ['field.required @ event.jazz title', 'field.required @ event.jazz startsAt', 'campaign.eventsInProgramme @ campaign.bydelshus.sommer events'],
  },
  'field.allowedValue': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.status = 'maybe';
      }),
    expect: ['field.allowedValue @ event.jazz status'],
  },
  'reference.site': {
    docs: () =>
      edited('page.bydelshus.om-oss', (d) => {
        d.site = ref('venue.kafeen');
      }),
    // The menu's page now belongs to no site of the menu's: that placement is reported too.
    expect: ['navigation.pageOnSite @ site.bydelshus navigation[0].page', 'reference.site @ page.bydelshus.om-oss site'],
  },
  'reference.rightType': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.venue = ref('category.konsert');
      }),
    expect: ['reference.rightType @ event.jazz venue'],
  },
  'reference.exists': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.categories = [{ ...key('c1'), ...ref('category.borte') }];
      }),
    expect: ['reference.exists @ event.jazz categories[0]'],
  },
  'slug.notPath': {
    docs: () =>
      edited('page.bydelshus.om-oss', (d) => {
        d.slug = { current: '../admin' };
      }),
    expect: ['slug.notPath @ page.bydelshus.om-oss slug'],
  },
  'slug.urlSafe': {
    docs: () =>
      edited('page.bydelshus.om-oss', (d) => {
        d.slug = { current: 'Om Oss' };
      }),
    expect: ['slug.urlSafe @ page.bydelshus.om-oss slug'],
  },
  'slug.notReserved': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.slug = { current: 'arkiv' };
      }),
    expect: ['slug.notReserved @ event.jazz slug'],
  },
  'slug.uniquePerSite': {
    docs: () => [
      ...world(),
      { _id: 'page.bydelshus.kopi', _type: 'page', title: 'Kopi', slug: { current: 'om-oss' }, site: ref('site.bydelshus') },
    ],
    expect: ['slug.uniquePerSite @ page.bydelshus.kopi slug'],
  },
  'site.idMatchesSlug': {
    docs: () =>
      edited('site.appelsinia', (d) => {
        d.slug = { current: 'appelsin' };
      }),
    expect: ['site.idMatchesSlug @ site.appelsinia slug'],
  },
  'event.endsAfterStart': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.endsAt = '2026-03-01T17:59:00Z';
      }),
    expect: ['event.endsAfterStart @ event.jazz endsAt'],
  },
  'campaign.endsAfterStart': {
    docs: () =>
      edited('campaign.bydelshus.sommer', (d) => {
        d.endsAt = '2026-05-01T00:00:00Z';
      }),
    expect: ['campaign.endsAfterStart @ campaign.bydelshus.sommer endsAt'],
  },
  'alert.endsAfterStart': {
    docs: () =>
      edited('alert.stengt', (d) => {
        d.endsAt = '2026-01-31T20:00:00Z';
      }),
    expect: ['alert.endsAfterStart @ alert.stengt endsAt'],
  },
  'image.altRequired': {
    docs: () =>
      edited('event.jazz', (d) => {
        (d.body as Obj[])[1] = { _type: 'image', _key: 'i1', asset: ref(NARROW_ASSET), alt: ' ' };
      }),
    expect: ['image.altRequired @ event.jazz body[1].alt'],
  },
  'image.minWidth': {
    docs: () =>
      edited('campaign.bydelshus.sommer', (d) => {
        (d.hero as Obj).image = image(NARROW_ASSET);
      }),
    expect: ['image.minWidth @ campaign.bydelshus.sommer hero.image'],
  },
  'image.sizeUnknown': {
    docs: () =>
      edited('page.bydelshus.om-oss', (d) => {
        (d.seo as Obj).shareImage = image('image-cccccccccccccccccccccccccccccccccccccccc-2000x1000-png');
      }),
    expect: ['image.sizeUnknown @ page.bydelshus.om-oss seo.shareImage'],
  },
  'image.fileRequired': {
    docs: () =>
      edited('article.bydelshus.apning', (d) => {
        d.image = { _type: 'image', alt: 'Et bilde som forsvant' };
      }),
    expect: ['image.fileRequired @ article.bydelshus.apning image.asset'],
  },
  'link.safeScheme': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.ticketUrl = 'javascript:alert(1)';
      }),
    expect: ['link.safeScheme @ event.jazz ticketUrl'],
  },
  'language.known': {
    docs: () =>
      edited('event.jazz', (d) => {
        // A Sami code as some systems write it (ISO 639-2 "sme"), and a made-up one in a passage.
        d.language = 'sme';
        d.body = [
          { _type: 'passage', _key: 'p1', language: 'xx', content: [{ _type: 'block', _key: 'b1', children: [{ _type: 'span', _key: 's1', text: 'Hello' }], markDefs: [] }] },
        ];
      }),
    expect: ['language.known @ event.jazz language', 'language.known @ event.jazz body[0].language'],
  },
  'campaign.accentFromTheme': {
    docs: () =>
      edited('campaign.bydelshus.sommer', (d) => {
        d.accent = 'appelsin';
      }),
    expect: ['campaign.accentFromTheme @ campaign.bydelshus.sommer accent'],
  },
  'price.notNegative': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.price = { free: false, amount: -50 };
      }),
    expect: ['price.notNegative @ event.jazz price.amount'],
  },
  'price.amountRequired': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.price = { free: false, note: 'Se nettsiden' };
      }),
    expect: ['price.amountRequired @ event.jazz price.amount'],
  },
  'event.ageRange': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.ageRange = { min: 19, max: 13 };
      }),
    expect: ['event.ageRange @ event.jazz ageRange.max'],
  },
  'summary.maxLength': {
    docs: () =>
      edited('article.bydelshus.apning', (d) => {
        d.summary = 'a'.repeat(201);
      }),
    expect: ['summary.maxLength @ article.bydelshus.apning summary'],
  },
  'title.maxLength': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.title = 'x'.repeat(91);
      }),
    expect: ['title.maxLength @ event.jazz title'],
  },
  'title.shareCardFit': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.title = 'x'.repeat(71);
      }),
    expect: ['title.shareCardFit @ event.jazz title'],
  },
  'navigation.target': {
    docs: () =>
      edited('site.bydelshus', (d) => {
        (d.navigation as Obj[]).push({ _key: 'n3', _type: 'navItem', label: 'Tom' });
      }),
    expect: ['navigation.target @ site.bydelshus navigation[2]'],
  },
  'navigation.pageOnSite': {
    docs: () =>
      edited('page.bydelshus.om-oss', (d) => {
        d.site = ref('site.appelsinia');
      }),
    expect: ['navigation.pageOnSite @ site.bydelshus navigation[0].page'],
  },
  'cta.complete': {
    docs: () =>
      edited('campaign.bydelshus.sommer', (d) => {
        d.cta = { label: 'Kjøp billett' };
      }),
    expect: ['cta.complete @ campaign.bydelshus.sommer cta.url'],
  },
  'crosslisting.asked': {
    // Appelsinia accepted the jazz evening, but its owner no longer cross-lists it there.
    docs: () =>
      edited('event.jazz', (d) => {
        delete d.alsoOn;
      }),
    expect: ['crosslisting.asked @ crossListing.appelsinia accepted[0]'],
  },
  'event.alsoOnOwnSite': {
    docs: () =>
      edited('event.jazz', (d) => {
        (d.alsoOn as Obj[]).push({ _key: 'a2', ...ref('site.bydelshus') });
      }),
    expect: ['event.alsoOnOwnSite @ event.jazz alsoOn[1]'],
  },
  'event.alsoOnSlugFree': {
    // Appelsinia's own event takes the address jazzkveld: the bydelshus event cross-listed there cannot have it.
    docs: () =>
      edited('event.apen', (d) => {
        d.slug = { _type: 'slug', current: 'jazzkveld' };
      }),
    expect: ['event.alsoOnSlugFree @ event.jazz alsoOn[0]'],
  },
  'campaign.eventOnSite': {
    docs: () =>
      edited('campaign.bydelshus.sommer', (d) => {
        (d.events as Obj[]).push({ _key: 'e2', ...ref('event.apen') });
      }),
    expect: ['campaign.eventOnSite @ campaign.bydelshus.sommer events[1]'],
  },
  'campaign.programmeOrder': {
    docs: () =>
      edited('campaign.bydelshus.sommer', (d) => {
        d.programmeEndsOn = '2026-02-28';
      }),
    // With its last day before its first, no event falls inside the programme either.
    expect: ['campaign.programmeOrder @ campaign.bydelshus.sommer programmeEndsOn', 'campaign.eventsInProgramme @ campaign.bydelshus.sommer events'],
  },
  'campaign.eventsInProgramme': {
    // The hand-picked jazz evening is in March; a programme of two days in July has nothing.
    docs: () =>
      edited('campaign.bydelshus.sommer', (d) => {
        d.programmeStartsOn = '2026-07-10';
        d.programmeEndsOn = '2026-07-11';
      }),
    expect: ['campaign.eventsInProgramme @ campaign.bydelshus.sommer events'],
  },
  'event.statusRecorded': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.status = 'cancelled';
      }),
    // A cancelled event is not shown in the campaign's programme any more.
    expect: ['event.statusRecorded @ event.jazz changes', 'campaign.eventsInProgramme @ campaign.bydelshus.sommer events'],
  },
  'event.previousStartRecorded': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.status = 'rescheduled';
        d.changes = [{ _key: 'ch1', changedAt: '2026-02-01T10:00:00Z', status: 'rescheduled' }];
      }),
    expect: ['event.previousStartRecorded @ event.jazz changes'],
  },
  'event.streamForOnline': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.status = 'movedOnline';
        d.changes = [{ _key: 'ch1', changedAt: '2026-02-01T10:00:00Z', status: 'movedOnline' }];
      }),
    expect: ['event.streamForOnline @ event.jazz streamUrl'],
  },
  'text.noMarkdown': {
    docs: () =>
      edited('event.jazz', (d) => {
        d.summary = 'Strømmes på [YouTube](https://www.youtube.com/@ibsenbiblioteket).';
      }),
    expect: ['text.noMarkdown @ event.jazz summary'],
  },
  'field.recommended': {
    docs: () =>
      edited('event.jazz', (d) => {
        delete d.summary;
        delete d.venue;
      }),
    expect: ['field.recommended @ event.jazz venue', 'field.recommended @ event.jazz summary'],
  },
};

test('the valid world passes every rule', async () => {
  assert.equal(summary(await problemsOf(world())), []);
});

test('every rule has a failing case here, and every case names a real rule', () => {
  const ids = rules.map((rule) => rule.id);
  assert.equal([...ids].sort(), Object.keys(CASES).sort());
});

for (const [id, { docs, expect }] of Object.entries(CASES)) {
  test(`${id}: fails exactly where the document breaks it`, async () => {
    const problems = await problemsOf(docs());
    assert.equal(summary(problems), expect);
    const rule = rules.find((r) => r.id === id)!;
    for (const problem of problems.filter((p) => p.rule === id)) assert.is(problem.severity, rule.severity);
  });
}

test('every rule has a unique id, a severity, types and a Norwegian description', () => {
  const ids = new Set<string>();
  for (const rule of rules) {
    assert.not.ok(ids.has(rule.id), `duplicate ${rule.id}`);
    ids.add(rule.id);
    assert.match(rule.id, /^[a-z]+\.[a-zA-Z]+$/);
    assert.ok(rule.severity === 'error' || rule.severity === 'warning');
    assert.ok(rule.appliesTo.length > 0);
    assert.ok(rule.description.length > 10);
  }
});

test('messages tell the editor what to do, in Norwegian', async () => {
  const all = (await Promise.all(Object.values(CASES).map(({ docs }) => problemsOf(docs())))).flat();
  for (const problem of all) {
    assert.ok(problem.message.length > 20, problem.message);
    // Every message ends in an instruction or explanation sentence, never an English code.
    assert.not.match(problem.message, /\b(must|should|invalid|required|undefined|null)\b/i, problem.message);
    assert.match(problem.message, /[.!]$/, problem.message);
  }
});

test('the rulebook README lists every rule', () => {
  const readme = readFileSync(new URL('../../../shared/rules/README.md', import.meta.url), 'utf8');
  for (const rule of rules) assert.ok(readme.includes(`\`${rule.id}\``), `${rule.id} is not in shared/rules/README.md`);
});

test.run();
