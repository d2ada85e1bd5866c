// Labels for the fixed enumerations (statuses, roles, months, zones, evidence kinds) in the
// interface language: getters, so a screen redraws in the language it is switched to.
import type { EvidenceKind } from '../bindings/EvidenceKind';
import type { Role } from '../bindings/Role';
import type { Status } from '../bindings/Status';
import type { TimeZone } from '../bindings/TimeZone';
import { language, t } from './i18n.svelte';

export const STATUSES: { value: Status; label: string }[] = [
  { value: 'Registered', get label() { return t('label-terdaftar'); } },
  { value: 'Initialed', get label() { return t('label-diparaf'); } },
  { value: 'Approved', get label() { return t('label-disetujui'); } },
  { value: 'Rejected', get label() { return t('label-tidak-disetujui'); } },
  { value: 'Published', get label() { return t('label-tayang'); } },
  { value: 'Archived', get label() { return t('label-diarsipkan'); } },
  { value: 'Withdrawn', get label() { return t('label-ditarik'); } },
];

export const ROLES: { value: Role; label: string }[] = [
  { value: 'Kasi', get label() { return t('label-kasi'); } },
  { value: 'Kadis', get label() { return t('label-kadis'); } },
  { value: 'Kabid', get label() { return t('label-kabid'); } },
  { value: 'Operator', get label() { return t('label-operator-website'); } },
  { value: 'Archivist', get label() { return t('label-arsiparis'); } },
  { value: 'Admin', get label() { return t('label-admin'); } },
  { value: 'Reporter', get label() { return t('label-reporter-kontributor'); } },
  { value: 'MediaTeam', get label() { return t('label-tim-media-center'); } },
  { value: 'Processor', get label() { return t('label-tim-pengolah'); } },
  { value: 'Secretary', get label() { return t('label-sekretaris'); } },
  { value: 'Staff', get label() { return t('label-staf'); } },
];

/** "Tim Media Center" for `MediaTeam`. */
export function roleLabel(role: Role): string {
  return ROLES.find((r) => r.value === role)?.label ?? role;
}

/** The twelve month names in the interface language. */
export function months(): string[] {
  return Array.from({ length: 12 }, (_, i) => t(`month-${i + 1}`));
}

export const TIMEZONES: { value: TimeZone; label: string }[] = [
  { value: 'WIB', get label() { return t('label-wib-utc-7-waktu-indonesia-barat'); } },
  { value: 'WITA', get label() { return t('label-wita-utc-8-waktu-indonesia-tengah'); } },
  { value: 'WIT', get label() { return t('label-wit-utc-9-waktu-indonesia-timur'); } },
];

export const KIND_LABELS: Record<EvidenceKind, string> = {
  get photo() { return t('label-foto'); },
  get video() { return t('label-video'); },
  get letter() { return t('label-surat-pengantar'); },
};

/** The kinds a file of this MIME type may be recorded as. */
export function kindsFor(mime: string): EvidenceKind[] {
  if (mime.startsWith('video/')) return ['video'];
  if (mime === 'application/pdf') return ['letter'];
  if (mime.startsWith('image/')) return ['photo', 'letter'];
  return ['letter'];
}

/** Names for audit actions the backend does not label yet. */
const AUDIT_LABELS: Record<string, string> = {
  get 'release.check'() { return t('label-diperiksa-kasi-lengkap-dikirim-ke-kadis'); },
  get 'release.return'() { return t('label-dikembalikan-kasi-belum-lengkap'); },
  get 'release.paraf'() { return t('label-paraf-dibubuhkan'); },
  get 'release.revoke'() { return t('label-paraf-dicabut'); },
  get 'user.pin_reset'() { return t('label-pin-diatur-ulang'); },
  get 'user.locked'() { return t('label-pengguna-terkunci-karena-salah-pin'); },
  get 'user.initials'() { return t('label-paraf-tersimpan-diperbarui'); },
  get 'release.assign'() { return t('label-liputan-ditugaskan-kepada-reporter'); },
  get 'release.submit'() { return t('label-bahan-liputan-dikirim'); },
  get 'release.write'() { return t('label-ditulis-menjadi-berita'); },
  get 'release.verify'() { return t('label-disunting-dan-diverifikasi'); },
  get 'release.document'() { return t('label-didokumentasikan'); },
  get 'release.complete'() { return t('label-langkah-diselesaikan'); },
  get 'sop.choose'() { return t('label-sop-kantor-diganti'); },
  get 'sop.revise'() { return t('label-sop-diubah-menjadi-versi-baru'); },
  get 'roster.set'() { return t('label-jadwal-piket-diatur'); },
};

/** The backend's label, or ours when the backend passed the raw action through. */
export function auditLabel(action: string, label: string): string {
  return label === action ? (AUDIT_LABELS[action] ?? label) : label;
}

/** The backend's label as it is in Indonesian (it may be the SOP's own words), the label of
 *  the value itself in English. */
function shown(own: string, backend: string): string {
  return language.current === 'id' ? backend : own;
}

/** A paraf's decision ("Setuju"/"Approve"). */
export function decisionLabel(decision: string, backend: string): string {
  if (decision === 'approve') return shown(t('setuju'), backend);
  if (decision === 'reject') return shown(t('tidak-setuju'), backend);
  return backend;
}

/** An evidence kind ("Foto"/"Photo"). */
export function kindLabel(kind: EvidenceKind, backend: string): string {
  return shown(KIND_LABELS[kind] ?? backend, backend);
}

/** A role as the backend labels it, in the interface language. */
export function roleLabelOf(role: Role, backend: string): string {
  return shown(roleLabel(role), backend);
}
