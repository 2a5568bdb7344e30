/**
 * Event status as the public is told it: a change of status or time is recorded (calendars
 * update only when the record grows), a new date keeps the old one, an event on the net has
 * a way in; and text fields hold text, not Markdown that would show as brackets.
 */
import { DOCUMENT_TYPES } from '../model.ts';
import { titleOf, EVENT_STATUSES } from '../vocabulary.ts';
import type { Finding, Rule } from '../types.ts';
import { hasText, isObject, stringOf, timeOf } from '../values.ts';
import { labelOf, walkDocument } from '../walk.ts';

const changesOf = (value: unknown) => (Array.isArray(value) ? value.filter(isObject) : []);

export const eventStatusRecorded: Rule = {
  id: 'event.statusRecorded',
  severity: 'warning',
  appliesTo: ['event'],
  description: 'En endret status (avlyst, utsatt, ny dato, flyttet til nett, utsolgt) står også under «Endringer», så publikums kalendere oppdateres.',
  check(document) {
    const status = stringOf(document.status);
    // An unknown status is field.allowedValue's to report.
    if (!status || status === 'scheduled' || !EVENT_STATUSES.some((s) => s.value === status)) return [];
    const changes = changesOf(document.changes);
    const latest = [...changes].sort((a, b) => (timeOf(a.changedAt) ?? 0) - (timeOf(b.changedAt) ?? 0)).at(-1);
    if (latest && latest.status === status) return [];
    const name = titleOf(EVENT_STATUSES, status);
    return [
      {
        field: 'changes',
        message:
          `Statusen er «${name}», men den siste linjen under «Endringer» sier ikke det. Legg til en linje med ny status «${name}»: ` +
          'da oppdateres arrangementet hos dem som har det i kalenderen.',
      },
    ];
  },
};

export const eventPreviousStartRecorded: Rule = {
  id: 'event.previousStartRecorded',
  severity: 'warning',
  appliesTo: ['event'],
  description: 'Et arrangement med ny dato har den gamle starttiden under «Endringer», så den vises overstreket.',
  check(document) {
    if (document.status !== 'rescheduled') return [];
    const now = timeOf(document.startsAt);
    const moved = changesOf(document.changes).some((c) => {
      const before = timeOf(c.previousStartsAt);
      return before !== undefined && before !== now;
    });
    if (moved) return [];
    return [
      {
        field: 'changes',
        message: 'Arrangementet har fått ny dato, men den gamle starttiden står ikke under «Endringer». Fyll ut «Tidligere starttid» i endringen, så ser publikum hva som er flyttet.',
      },
    ];
  },
};

export const eventStreamForOnline: Rule = {
  id: 'event.streamForOnline',
  severity: 'warning',
  appliesTo: ['event'],
  description: 'Et arrangement som er flyttet til nett, har lenke til strømmen.',
  check(document) {
    if (document.status !== 'movedOnline' || hasText(document.streamUrl)) return [];
    return [
      {
        field: 'streamUrl',
        message: 'Arrangementet er flyttet til nett, men mangler lenke til strømmen. Lim inn adressen i «Lenke til strømmen», så får publikum en «Se strømmen»-knapp.',
      },
    ];
  },
};

// [tekst](adresse), **fet**: Markdown that a text field shows as it is typed.
const MARKDOWN = /\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*/;

export const textNoMarkdown: Rule = {
  id: 'text.noMarkdown',
  severity: 'warning',
  appliesTo: DOCUMENT_TYPES,
  description: 'Tekstfelt har ikke Markdown ([tekst](adresse), **fet**), som vises som tegn på nettsiden.',
  check(document) {
    const found: Finding[] = [];
    walkDocument(document, (node) => {
      if ((node.spec.kind !== 'text' && node.spec.kind !== 'string') || typeof node.value !== 'string' || !MARKDOWN.test(node.value)) return;
      found.push({
        field: node.path,
        message: `«${labelOf(node)}» har Markdown (f.eks. [tekst](adresse)), som vises som tegn, ikke som lenke. Skriv teksten uten, og legg lenker inn med lenkeknappen i et tekstfelt med formatering.`,
      });
    });
    return found;
  },
};
