// Indonesian labels for the fixed enumerations (statuses, roles, months, zones, evidence kinds).
import type { EvidenceKind } from '../bindings/EvidenceKind';
import type { Role } from '../bindings/Role';
import type { Status } from '../bindings/Status';
import type { TimeZone } from '../bindings/TimeZone';

export const STATUSES: { value: Status; label: string }[] = [
  { value: 'Registered', label: 'Terdaftar' },
  { value: 'Initialed', label: 'Diparaf' },
  { value: 'Approved', label: 'Disetujui' },
  { value: 'Rejected', label: 'Tidak disetujui' },
  { value: 'Published', label: 'Tayang' },
  { value: 'Archived', label: 'Diarsipkan' },
  { value: 'Withdrawn', label: 'Ditarik' },
];

export const ROLES: { value: Role; label: string }[] = [
  { value: 'Kasi', label: 'Kasi' },
  { value: 'Kadis', label: 'Kadis' },
  { value: 'Kabid', label: 'Kabid' },
  { value: 'Operator', label: 'Operator Website' },
  { value: 'Archivist', label: 'Arsiparis' },
  { value: 'Admin', label: 'Admin' },
  { value: 'Reporter', label: 'Reporter/Kontributor' },
  { value: 'MediaTeam', label: 'Tim Media Center' },
  { value: 'Processor', label: 'Tim Pengolah' },
  { value: 'Secretary', label: 'Sekretaris' },
  { value: 'Staff', label: 'Staf' },
];

/** "Tim Media Center" for `MediaTeam`. */
export function roleLabel(role: Role): string {
  return ROLES.find((r) => r.value === role)?.label ?? role;
}

export const MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];

export const TIMEZONES: { value: TimeZone; label: string }[] = [
  { value: 'WIB', label: 'WIB (UTC+7) — Waktu Indonesia Barat' },
  { value: 'WITA', label: 'WITA (UTC+8) — Waktu Indonesia Tengah' },
  { value: 'WIT', label: 'WIT (UTC+9) — Waktu Indonesia Timur' },
];

export const KIND_LABELS: Record<EvidenceKind, string> = {
  photo: 'Foto',
  video: 'Video',
  letter: 'Surat pengantar',
};

/** The kinds a file of this MIME type may be recorded as. */
export function kindsFor(mime: string): EvidenceKind[] {
  if (mime.startsWith('video/')) return ['video'];
  if (mime === 'application/pdf') return ['letter'];
  if (mime.startsWith('image/')) return ['photo', 'letter'];
  return ['letter'];
}

/** Indonesian names for audit actions the backend does not label yet. */
const AUDIT_LABELS: Record<string, string> = {
  'release.check': 'Diperiksa Kasi: lengkap, dikirim ke Kadis',
  'release.return': 'Dikembalikan Kasi: belum lengkap',
  'release.paraf': 'Paraf dibubuhkan',
  'release.revoke': 'Paraf dicabut',
  'user.pin_reset': 'PIN diatur ulang',
  'user.locked': 'Pengguna terkunci karena salah PIN',
  'user.initials': 'Paraf tersimpan diperbarui',
  'release.assign': 'Liputan ditugaskan kepada reporter',
  'release.submit': 'Bahan liputan dikirim',
  'release.write': 'Ditulis menjadi berita',
  'release.verify': 'Disunting dan diverifikasi',
  'release.document': 'Didokumentasikan',
  'release.complete': 'Langkah diselesaikan',
  'sop.choose': 'SOP kantor diganti',
  'sop.revise': 'SOP diubah menjadi versi baru',
  'roster.set': 'Jadwal piket diatur',
};

/** The backend's label, or ours when the backend passed the raw action through. */
export function auditLabel(action: string, label: string): string {
  return label === action ? (AUDIT_LABELS[action] ?? label) : label;
}
