// The Laporan screen's period as the form holds it, and as the backend wants it.
import type { Period } from '../../bindings/Period';
import { longDate } from '../../lib/dates';
import { months } from '../../lib/labels';
import { t } from '../../lib/i18n.svelte';

export type PeriodChoice = {
  kind: 'month' | 'year' | 'range';
  year: number;
  month: number;
  /** `YYYY-MM-DD` */
  from: string;
  to: string;
};

export function toPeriod(c: PeriodChoice): Period {
  if (c.kind === 'month') return { kind: 'month', year: c.year, month: c.month };
  if (c.kind === 'year') return { kind: 'year', year: c.year };
  return { kind: 'range', from: c.from, to: c.to };
}

/** "November 2026", "Tahun 2026", "1 November 2026 – 15 November 2026". */
export function periodLabel(c: PeriodChoice): string {
  if (c.kind === 'month') return `${months()[c.month - 1]} ${c.year}`;
  if (c.kind === 'year') return t('tahun-2', { year: c.year });
  return `${longDate(c.from) || '…'} – ${longDate(c.to) || '…'}`;
}

/** The SOP time report covers a month or a year; a range of days has no such report. */
export function sopPeriod(c: PeriodChoice): { year: number; month: number | null } | null {
  if (c.kind === 'month') return { year: c.year, month: c.month };
  if (c.kind === 'year') return { year: c.year, month: null };
  return null;
}
