// Per-form error state: backend errors land next to the field they name, others in a banner.
import { ApiError } from '../api';
import { t } from './i18n.svelte';

export class FormErrors {
  fields = $state<Record<string, string>>({});
  general = $state<string | null>(null);
  private known: Set<string>;

  /** `known` lists the error fields this form can show next to an input. */
  constructor(known: string[]) {
    this.known = new Set(known);
  }

  clear() {
    this.fields = {};
    this.general = null;
  }

  clearField(field: string) {
    if (field in this.fields) {
      const rest = { ...this.fields };
      delete rest[field];
      this.fields = rest;
    }
  }

  /** Shows `err`, every wrong field next to its input (the rest in the banner); returns the
   *  first field shown (to focus), or null when there is only the banner. */
  show(err: unknown): string | null {
    this.clear();
    const e = err instanceof ApiError ? err : null;
    const message = e?.message ?? t('terjadi-kesalahan-yang-tidak-terduga');
    const fields: Record<string, string> = {};
    const rest: string[] = [];
    for (const f of e?.fields ?? []) {
      if (this.known.has(f.field)) fields[f.field] = fields[f.field] ?? f.message;
      else rest.push(f.message);
    }
    this.fields = fields;
    const first = Object.keys(fields)[0] ?? null;
    if (rest.length) this.general = rest.join(' ');
    else if (!first) this.general = message;
    return first;
  }
}

/** Focuses the element with `id` (after the DOM has updated) and scrolls it into view. */
export function focusById(id: string) {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (el) {
      // At once, not smoothly: WebKit's smooth scroll could stop short with the field still
      // under the sticky screen header.
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'center' });
    }
  });
}
