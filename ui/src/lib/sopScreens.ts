// Which screens a role reaches, read from the office's SOP: the acts its steps have and the
// roles that act on them. An office on SOP 003 never sees a paraf screen; the roles of a step
// that has no screen of its own find it in "Antrean saya".
import type { ActKind } from '../bindings/ActKind';
import type { ReleaseDetail } from '../bindings/ReleaseDetail';
import type { Role } from '../bindings/Role';
import type { SopStep } from '../bindings/SopStep';
import type { SopTemplate } from '../bindings/SopTemplate';

export type Section =
  | 'agenda'
  | 'queue'
  | 'intake'
  | 'check'
  | 'paraf'
  | 'groups'
  | 'publish'
  | 'archive'
  | 'roster'
  | 'reports'
  | 'settings';

/** The acts done on the release's detail page, in the step panel. */
export const GENERIC_ACTS: ActKind[] = ['assign', 'submit', 'write', 'verify', 'document', 'complete'];

/** The roles who saw the groups of step 3 before the SOP was data (everyone of SOP 004). */
const GROUP_READERS: Role[] = ['Kasi', 'Kadis', 'Kabid', 'Admin', 'Operator', 'Archivist'];

const ORDER: Section[] = [
  'agenda', 'queue', 'intake', 'check', 'paraf', 'groups', 'publish', 'archive', 'roster', 'reports', 'settings',
];

function acts(sop: SopTemplate, act: ActKind, role: Role): boolean {
  return sop.steps.some((s) => s.act === act && s.roles.includes(role));
}

/** The Kasi's check is every role of the check-and-paraf step but the last, who initials. */
function checks(sop: SopTemplate, role: Role): boolean {
  return sop.steps.some((s) => s.act === 'check_paraf' && s.roles.slice(0, -1).includes(role));
}

function initials(sop: SopTemplate, role: Role): boolean {
  return sop.steps.some(
    (s) => (s.act === 'check_paraf' && s.roles[s.roles.length - 1] === role) ||
      (s.act === 'co_paraf' && s.roles.includes(role)),
  );
}

/** The screens of a role under the office's SOP, in menu order. */
export function sectionsFor(role: Role | undefined, sop: SopTemplate | undefined): Section[] {
  if (!role || !sop) return [];
  const uses = (act: ActKind) => sop.steps.some((s) => s.act === act);
  const has: Record<Section, boolean> = {
    agenda: true,
    queue: GENERIC_ACTS.some((a) => acts(sop, a, role)),
    intake: acts(sop, 'register', role),
    check: checks(sop, role),
    paraf: initials(sop, role),
    groups: uses('co_paraf') && GROUP_READERS.includes(role),
    publish: acts(sop, 'publish', role),
    archive: acts(sop, 'archive', role),
    roster: uses('roster') && (role === 'Admin' || acts(sop, 'roster', role)),
    reports: true,
    settings: role === 'Admin',
  };
  return ORDER.filter((s) => has[s]);
}

/** Where a role starts after signing in: its own work first. */
export function homeFor(role: Role, sections: Section[]): Section {
  const first: Partial<Record<Role, Section>> = { Kadis: 'paraf', Kabid: 'paraf', Operator: 'publish', Archivist: 'archive' };
  const own = first[role];
  if (own && sections.includes(own)) return own;
  if (role !== 'Kasi' && role !== 'Admin' && sections.includes('queue')) return 'queue';
  return 'agenda';
}

/** The steps of the SOP a role acts on in "Antrean saya". */
export function queueSteps(role: Role | undefined, sop: SopTemplate | undefined): SopStep[] {
  if (!role || !sop) return [];
  return sop.steps.filter((s) => GENERIC_ACTS.includes(s.act) && s.roles.includes(role));
}

/** The step of an act, to name it on a screen ("Langkah 4"). */
export function stepOf(sop: SopTemplate | undefined, act: ActKind): SopStep | undefined {
  return sop?.steps.find((s) => s.act === act);
}

/** The release waits at a step the role acts on. */
export function waitsFor(detail: ReleaseDetail | null, role: Role | undefined): boolean {
  return !!detail?.open_step && !!role && detail.open_step.roles.includes(role);
}
