/**
 * Which alerts to show at an instant: those whose window contains it, most severe first
 * (critical, warning, info), otherwise in the file's order — the same rule the build uses
 * for the alerts it writes into every page.
 */
import { ALERT_SEVERITIES } from '../rules/vocabulary.ts';
import type { Dictionary } from '../i18n/dictionary.ts';

export type Severity = (typeof ALERT_SEVERITIES)[number]['value'];

export interface PublicAlert {
  id: string;
  title: string | null;
  message: string | null;
  severity: Severity | string | null;
  startsAt: string | null;
  endsAt: string | null;
  link: string | null;
}

const rank = (severity: string | null) => (severity === 'critical' ? 3 : severity === 'warning' ? 2 : 1);

function isActive(alert: Pick<PublicAlert, 'startsAt' | 'endsAt'>, at: Date): boolean {
  if (alert.startsAt && at < new Date(alert.startsAt)) return false;
  if (alert.endsAt && at > new Date(alert.endsAt)) return false;
  return true;
}

/** The rule for any list of alerts (the build's, with `_id`, and alerts.json's, with `id`). */
export function activeAt<T extends Pick<PublicAlert, 'startsAt' | 'endsAt' | 'severity'>>(alerts: readonly T[], at: Date): T[] {
  return alerts
    .map((alert, i) => ({ alert, i }))
    .filter(({ alert }) => isActive(alert, at))
    .sort((a, b) => rank(b.alert.severity) - rank(a.alert.severity) || a.i - b.i)
    .map(({ alert }) => alert);
}

export const activeAlerts = <T extends PublicAlert>(alerts: readonly T[], at: Date): T[] => activeAt(alerts.filter((alert) => alert.id), at);

/** What an alert says around its own text, in the site's language: the severity's name before the title, «Les mer», the region's name. */
export type AlertWords = Dictionary['alerts'];

export const severityOf = (value: string | null | undefined): Severity =>
  value === 'critical' || value === 'warning' ? value : 'info';

/** The same links the build lets through (http, https, mailto, tel); anything else is dropped. */
export function safeLink(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return ['https:', 'http:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
