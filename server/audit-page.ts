/**
 * GET /redaksjon/publiseringer/<site> — the publish gate's audit trail for one site, as a page
 * for editors: every attempt (published, refused, failed) that touched the site or asked to be
 * cross-listed there, newest first, with who, when, the revision and why. Behind the editors'
 * login the server already has (the preview cookie, or `Authorization: Bearer <PREVIEW_SECRET>`).
 * The page says whether the trail's hash chain is whole.
 */
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { formatDate, formatTime } from '../shared/format/datetime.ts';
import type { AuditLog, AuditRecord } from './audit-log.ts';
import { pathOf, sendText, type Handler } from './http.ts';
import type { PreviewAuth } from './preview-auth.ts';
import { isEditor } from './status.ts';

const PAGE = /^\/redaksjon\/publiseringer\/([a-z0-9-]+)\/?$/;

const STYLE =
  'body{font:1rem/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
  'table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #999}' +
  '.refused{color:#8a1c1c}.failed{color:#7a4a00}.ok{color:#1d5e20}code{font-size:.9em}';
const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; frame-ancestors 'none'`;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const OUTCOME: Record<AuditRecord['outcome'], { label: string; cls: string }> = {
  published: { label: 'Publisert', cls: 'ok' },
  refused: { label: 'Avvist', cls: 'refused' },
  failed: { label: 'Feilet', cls: 'failed' },
};

export function auditPageHandler(options: { audit: AuditLog; sites: () => readonly string[]; auth: PreviewAuth; titleOf: (slug: string) => string }): Handler {
  return (req, res) => {
    const match = PAGE.exec(pathOf(req));
    if (!match) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Siden kan bare leses.');
      return true;
    }
    if (!isEditor(req, options.auth)) {
      sendText(res, 401, 'Publiseringsloggen er for redaktører. Åpne forhåndsvisningens tilgangslenke (…?secret=…) i denne nettleseren først.');
      return true;
    }
    const slug = match[1]!;
    if (!options.sites().includes(slug)) {
      sendText(res, 404, `Ukjent nettsted. Publiseringslogger: ${options.sites().map((s) => `/redaksjon/publiseringer/${s}/`).join(', ')}`);
      return true;
    }
    page(res, slug, options);
    return true;
  };
}

function page(res: ServerResponse, slug: string, options: { audit: AuditLog; titleOf: (slug: string) => string }): void {
  const title = options.titleOf(slug);
  const broken = options.audit.verify();
  const rows = options.audit
    .forSite(slug)
    .map((r) => {
      const outcome = OUTCOME[r.outcome];
      const requested = r.requested?.length ? ` (delt til ${r.requested.map(options.titleOf).join(', ')}, venter på godkjenning)` : '';
      return `<tr><td>${escape(`${formatDate(new Date(r.at), { year: true })} kl. ${formatTime(new Date(r.at))}`)}</td><td>${escape(r.user.name ?? r.user.id)}<br><code>${escape(r.user.id)}</code></td>` +
        `<td>${escape(r.title ?? '')}<br><code>${escape(r.documentId)}</code></td><td class="${outcome.cls}">${outcome.label}${r.message ? `: ${escape(r.message)}` : ''}</td>` +
        `<td>${escape(r.sites.map(options.titleOf).join(', '))}${escape(requested)}</td><td><code>${escape(r.revision ?? '–')}</code></td></tr>`;
    })
    .join('\n');
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Robots-Tag', 'noindex');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Content-Security-Policy', CSP);
  res.end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>Publiseringer – ${escape(title)}</title><style>${STYLE}</style></head>
<body><main><h1>Publiseringer – ${escape(title)}</h1>
<p>${broken ? `<strong class="refused">Loggen er endret etter at den ble skrevet (linje ${broken.line}). Meld fra til den som drifter Fasett.</strong>` : 'Hver publisering og hvert forsøk som gjelder nettstedet, nyeste først. Loggen kan bare skrives til, og kjeden av kontrollsummer er hel.'}</p>
${rows ? `<table><caption>Publiseringer for ${escape(title)}</caption><thead><tr><th scope="col">Når</th><th scope="col">Hvem</th><th scope="col">Dokument</th><th scope="col">Utfall</th><th scope="col">Nettsteder</th><th scope="col">Revisjon</th></tr></thead><tbody>
${rows}</tbody></table>` : '<p>Ingen publiseringer ennå.</p>'}
</main></body></html>`);
}
