// Each screen of the sidebar and the window menu's "Layar": its button id, its name in the
// interface language and its icon (one table, read by both).
import { t } from './i18n.svelte';
import type { IconName } from './Icon.svelte';
import type { Section } from './sopScreens';

export const SECTIONS: Record<Section, { id: string; readonly label: string; icon: IconName }> = {
  agenda: { id: 'nav-agenda', get label() { return t('buku-agenda'); }, icon: 'book' },
  queue: { id: 'nav-queue', get label() { return t('antrean-saya'); }, icon: 'clipboard' },
  intake: { id: 'nav-intake', get label() { return t('registrasi-rilis-2'); }, icon: 'plus' },
  check: { id: 'nav-check', get label() { return t('pemeriksaan'); }, icon: 'clipboard' },
  paraf: { id: 'nav-paraf', get label() { return t('paraf'); }, icon: 'pen' },
  groups: { id: 'nav-groups', get label() { return t('kelompok'); }, icon: 'columns' },
  publish: { id: 'nav-publish', get label() { return t('penayangan'); }, icon: 'globe' },
  archive: { id: 'nav-archive', get label() { return t('arsip'); }, icon: 'archive' },
  roster: { id: 'nav-roster', get label() { return t('jadwal-piket'); }, icon: 'clock' },
  reports: { id: 'nav-reports', get label() { return t('laporan'); }, icon: 'chart' },
  settings: { id: 'nav-settings', get label() { return t('pengaturan'); }, icon: 'gear' },
};
