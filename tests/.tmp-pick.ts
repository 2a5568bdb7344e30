import { datasetTracker } from '../server/content-snapshot.ts';
import { affectedSites } from '../server/affected-sites.ts';
const t = await datasetTracker();
const docs = t.documents();
const now = new Date('2026-12-01T12:00:00+01:00');
const out = [];
for (const d of docs.values()) {
  if (d._type !== 'event') continue;
  const a = affectedSites({ changes: [{ id: d._id, before: d, after: d }], documents: docs, sites: ['appelsinia','bydelshus','ibsenbiblioteket'] });
  const end = new Date(String(d.endsAt ?? d.startsAt));
  if (a.sites.length === 1 && a.sites[0] === 'bydelshus' && end > now) out.push(`${d._id} ${d.title} ${(d.slug as any).current} ${d.endsAt}`);
}
console.log(out.length); console.log(out.slice(0, 25).join('\n'));
