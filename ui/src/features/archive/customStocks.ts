// User-defined label stocks: kept on this computer (localStorage), sent with each print job;
// the backend checks that the grid fits the paper.
import type { LabelStock } from '../../bindings/LabelStock';

const KEY = 'pressdesk.customStocks';

export function loadCustomStocks(): LabelStock[] {
  try {
    const raw = localStorage.getItem(KEY);
    const list = raw ? (JSON.parse(raw) as LabelStock[]) : [];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

export function saveCustomStock(stock: LabelStock): LabelStock[] {
  const list = loadCustomStocks().filter((s) => s.name !== stock.name);
  list.push(stock);
  localStorage.setItem(KEY, JSON.stringify(list));
  return list;
}
