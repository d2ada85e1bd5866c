// The intake form's state, kept while the user visits other screens so no typing is lost.
// A fresh form starts the SOP step-1 clock; a registered form starts over when reopened.
import type { NewRelease } from '../../bindings/NewRelease';
import type { ReleaseDetail } from '../../bindings/ReleaseDetail';
import { FormErrors } from '../../lib/formErrors.svelte';
import { app } from '../../lib/state.svelte';
import { Staging } from './staging.svelte';

/** Error field of NewRelease → id of the input to focus. */
export const FIELD_IDS: Record<string, string> = {
  received_at: 'f-received-at',
  received_by: 'f-received-by',
  sender_org: 'f-sender-org',
  sender_contact: 'f-sender-contact',
  letter_no: 'f-letter-no',
  letter_date: 'f-letter-date',
  title: 'f-title',
  news_type_id: 'f-news-type',
  news_type: 'f-news-type',
  event_date: 'f-event-date',
  event_place: 'f-event-place',
  body: 'f-body',
  checklist: 'checklist-group',
  remarks: 'f-remarks',
  evidence: 'dropzone',
};

function blankFields() {
  return {
    receivedAt: '',
    senderOrg: '',
    senderContact: '',
    letterNo: '',
    letterDate: '',
    title: '',
    newsTypeId: null as number | null,
    eventDate: '',
    eventPlace: '',
    body: '',
    remarks: '',
  };
}

class IntakeDraft {
  f = $state(blankFields());
  receivedBy = $state<number | null>(null);
  checklist = $state<string[]>([]);
  startedAt = $state('');
  startedMs = $state(0);
  registered = $state<ReleaseDetail | null>(null);
  submitting = $state(false);
  readonly staging = new Staging();
  readonly errors = new FormErrors(Object.keys(FIELD_IDS));

  /** Who the receiving officer was last defaulted for. */
  private owner: number | null = null;

  /** Called when the form is shown: starts a fresh form unless work is in progress. */
  open() {
    if (this.registered || !this.dirty() || !this.startedAt) this.reset();
    // The receiving officer defaults to whoever is signed in (a Kasi registers).
    const me = app.user;
    if (me && this.owner !== me.id) {
      this.owner = me.id;
      this.receivedBy = me.id;
    }
  }

  dirty(): boolean {
    const { receivedAt: _r, newsTypeId: _n, ...text } = this.f;
    return (
      Object.values(text).some((v) => v.trim() !== '') ||
      this.checklist.length > 0 ||
      this.staging.items.length > 0
    );
  }

  reset() {
    const setup = app.setup;
    const fields = blankFields();
    fields.receivedAt = app.officeNow();
    fields.newsTypeId = setup?.news_types.find((t) => t.active && t.name === 'Lainnya')?.id ?? null;
    this.f = fields;
    // The receiving officer usually registers many releases in a row: keep the choice.
    const active = setup?.users.filter((u) => u.active) ?? [];
    if (this.receivedBy === null || !active.some((u) => u.id === this.receivedBy)) {
      // The person registering, when their role receives under the office's SOP; else a Kasi.
      const me = active.find((u) => u.id === app.user?.id && u.role !== 'Admin');
      this.receivedBy = (me ?? active.find((u) => u.role === 'Kasi') ?? active[0] ?? null)?.id ?? null;
    }
    this.checklist = [];
    this.registered = null;
    this.submitting = false;
    this.staging.reset();
    this.errors.clear();
    this.startedMs = Date.now();
    this.startedAt = new Date(this.startedMs).toISOString();
  }

  toRelease(): NewRelease {
    const f = this.f;
    const orNull = (s: string) => (s.trim() === '' ? null : s);
    return {
      received_at: orNull(f.receivedAt),
      sender_org: f.senderOrg,
      sender_contact: f.senderContact,
      letter_no: f.letterNo,
      letter_date: orNull(f.letterDate),
      title: f.title,
      news_type_id: f.newsTypeId,
      news_type: null,
      event_date: orNull(f.eventDate),
      event_place: f.eventPlace,
      body: f.body,
      checklist: [...this.checklist],
      remarks: f.remarks,
      received_by: this.receivedBy,
      evidence: this.staging.evidence(),
      intake_started_at: this.startedAt,
    };
  }
}

export const draft = new IntakeDraft();
