// Small formatting helpers for display in the interface language: counts, clocks and durations.
import { language, t } from './i18n.svelte';

/** 1234 → "1.234" in Indonesian, "1,234" in English, without relying on Intl data. */
export function formatCount(n: number): string {
  const s = Math.max(0, Math.trunc(n)).toString();
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, language.current === 'en' ? ',' : '.');
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** Seconds → "mm:ss" (minutes keep counting past 59). */
export function clock(secs: number): string {
  const s = Math.max(0, Math.floor(secs));
  return pad2(Math.floor(s / 60)) + ':' + pad2(s % 60);
}

/** Seconds → "6 menit 12 detik" ("6 min 12 s"), the same wording the backend uses. */
export function durationLabel(secs: number): string {
  const s = Math.max(0, Math.floor(secs));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h === 0 && m === 0) return t('duration-s', { s: s % 60 });
  if (h === 0) return t('duration-m-s', { m, s: s % 60 });
  return t('duration-h-m', { h, m });
}

/** A time standard in seconds → "7 menit". */
export function standardLabel(secs: number): string {
  const m = Math.round(secs / 60);
  return m >= 1 ? t('duration-m', { m }) : t('duration-s', { s: secs });
}

/** Adds minutes to a naive local `YYYY-MM-DDTHH:MM` string, keeping it naive. */
export function addToLocal(local: string, ms: number): string {
  const base = Date.parse(local + ':00Z');
  if (Number.isNaN(base)) return local;
  return new Date(base + ms).toISOString().slice(0, 16);
}

/** "21 November 2026, 14.05 WITA" → ["21 November 2026", "14.05 WITA"]. */
export function splitDateTime(display: string): [string, string] {
  const i = display.lastIndexOf(', ');
  return i < 0 ? [display, ''] : [display.slice(0, i), display.slice(i + 2)];
}

const SHORT_MONTHS_EN: [string, string][] = [
  ['January', 'Jan'], ['February', 'Feb'], ['March', 'Mar'], ['April', 'Apr'], ['June', 'Jun'], ['July', 'Jul'],
  ['August', 'Aug'], ['September', 'Sep'], ['October', 'Oct'], ['November', 'Nov'], ['December', 'Dec'],
];

const SHORT_MONTHS: [string, string][] = [
  ['Januari', 'Jan'], ['Februari', 'Feb'], ['Maret', 'Mar'], ['April', 'Apr'], ['Juni', 'Jun'], ['Juli', 'Jul'],
  ['Agustus', 'Agu'], ['September', 'Sep'], ['Oktober', 'Okt'], ['November', 'Nov'], ['Desember', 'Des'],
];

/** "21 November 2026" → "21 Nov 2026", for the narrow columns of the on-screen agenda. */
export function shortDate(display: string): string {
  for (const [full, short] of language.current === 'en' ? SHORT_MONTHS_EN : SHORT_MONTHS) {
    if (display.includes(full)) return display.replace(full, short);
  }
  return display;
}
