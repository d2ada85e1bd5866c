// Label stocks and printer offsets live in the office's store (backed up, the same on every
// account). Earlier versions kept them in this web view's localStorage: what is found there is
// moved into the store once, then removed, so nothing set up before is lost.
import { saveLabelStock, savePrintOffset } from '../../api/filing';
import type { LabelSetup } from '../../bindings/LabelSetup';
import type { LabelStock } from '../../bindings/LabelStock';

/** The printer offsets are saved under when no other printer has been named. */
export const DEFAULT_PRINTER = 'Printer utama'; // i18n-ok: the name offsets are saved under

const STOCKS_KEY = 'pressdesk.customStocks';
const OFFSET_PREFIX = 'pressdesk.printOffset.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function legacyStocks(ls: Storage): LabelStock[] {
  try {
    const list = JSON.parse(ls.getItem(STOCKS_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? (list as LabelStock[]) : [];
  } catch {
    return [];
  }
}

function legacyOffsets(ls: Storage): { key: string; stock: string; x: number; y: number }[] {
  const out = [];
  for (let i = 0; i < ls.length; i++) {
    const key = ls.key(i);
    if (!key?.startsWith(OFFSET_PREFIX)) continue;
    try {
      const v = JSON.parse(ls.getItem(key) ?? '{}') as { x?: unknown; y?: unknown };
      const x = typeof v.x === 'number' && Number.isFinite(v.x) ? v.x : 0;
      const y = typeof v.y === 'number' && Number.isFinite(v.y) ? v.y : 0;
      out.push({ key, stock: key.slice(OFFSET_PREFIX.length), x, y });
    } catch {
      out.push({ key, stock: key.slice(OFFSET_PREFIX.length), x: 0, y: 0 });
    }
  }
  return out;
}

/**
 * Moves stocks and offsets left in localStorage into the store; returns the set-up after, or
 * null when there was nothing to move. An entry the store refuses (a role that may not set up
 * labels, a stock that does not fit) stays where it is, to be moved by someone who may.
 */
export async function importLegacySetup(setup: LabelSetup): Promise<LabelSetup | null> {
  const ls = storage();
  if (!ls) return null;
  const stocks = legacyStocks(ls);
  const offsets = legacyOffsets(ls);
  if (stocks.length === 0 && offsets.length === 0 && ls.getItem(STOCKS_KEY) === null) return null;
  let after = setup;
  let kept = 0;
  for (const s of stocks) {
    if (after.custom.some((c) => c.name.toLowerCase() === s.name?.toLowerCase())) continue;
    try {
      after = await saveLabelStock(s);
    } catch {
      kept += 1;
    }
  }
  if (kept === 0) ls.removeItem(STOCKS_KEY);
  for (const o of offsets) {
    const known = after.offsets.some((p) => p.stock.toLowerCase() === o.stock.toLowerCase());
    try {
      if (!known && (o.x !== 0 || o.y !== 0)) {
        const saved = await savePrintOffset({ printer: DEFAULT_PRINTER, stock: o.stock, offset_x_mm: o.x, offset_y_mm: o.y });
        after = { ...after, offsets: [...after.offsets, saved] };
      }
      ls.removeItem(o.key);
    } catch {
      // Left for someone who may save it.
    }
  }
  return after;
}
