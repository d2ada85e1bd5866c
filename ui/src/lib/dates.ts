// Dates as an Indonesian office writes them (21/11/2026, 14.05) and as the backend stores
// them (2026-11-21, 2026-11-21T14:05). WebKit's own date inputs follow the system locale,
// which on many office PCs is English (11/21/2026): a day and a month easily swapped.
import { months } from './labels';

/** `2026-11-21` → `21/11/2026`; anything else is returned as it is. */
export function isoToDmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** `21/11/2026` (also `21-11-2026`, `21.11.2026`, `1/2/2026`) → `2026-11-21`; null if it is
 *  not a real calendar date. */
export function dmyToIso(text: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `14.05` or `14:05` → `14:05`; null if it is not a time of day. */
export function hmToIso(text: string): string | null {
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/** `2026-11-21` → `21 November 2026`. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${months()[Number(m[2]) - 1]} ${m[1]}` : iso;
}
