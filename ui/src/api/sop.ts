// The SOP as data: the office's templates (list, show, choose, revise), the generic steps of a
// record (assign, submit, write, verify, document, complete), the take-up of a step opened from
// a queue, and the duty roster.
import type { ActKind } from '../bindings/ActKind';
import type { DutyInput } from '../bindings/DutyInput';
import type { ReleaseDetail } from '../bindings/ReleaseDetail';
import type { ReleaseEdit } from '../bindings/ReleaseEdit';
import type { Roster } from '../bindings/Roster';
import type { SopDetail } from '../bindings/SopDetail';
import type { SopRevision } from '../bindings/SopRevision';
import type { SopSummary } from '../bindings/SopSummary';
import type { SopTemplate } from '../bindings/SopTemplate';
import { fullEdit } from './corrections';
import { call } from './index';

export function listSops(): Promise<SopSummary[]> {
  return call('list_sops');
}

/** One template with its steps and every version it has had. */
export function showSop(code: string): Promise<SopDetail> {
  return call('show_sop', { code });
}

/** The office works under another SOP from now on; begun records finish on their own. */
export function chooseSop(code: string): Promise<SopSummary> {
  return call('choose_sop', { code });
}

/** Names, roles and time standards changed: a new version of the template. */
export function reviseSop(revision: SopRevision): Promise<SopTemplate> {
  return call('revise_sop', { revision });
}

export type StepAct = {
  releaseId: string;
  act: ActKind;
  note?: string;
  assigneeId?: number | null;
  approve?: boolean | null;
  /** Text changed with the step (write, verify, submit); fields left out stay. */
  edit?: Partial<ReleaseEdit> | null;
};

/** Does one step of a record that has no screen of its own. */
export function completeStep(s: StepAct): Promise<ReleaseDetail> {
  return call('complete_step', {
    input: {
      release_id: s.releaseId,
      act: s.act,
      note: s.note ?? '',
      assignee_id: s.assigneeId ?? null,
      approve: s.approve ?? null,
      edit: s.edit ? fullEdit(s.edit) : null,
    },
  });
}

/** The signed-in person opened a release whose step is theirs: its waiting ends now. */
export function takeUpRelease(key: string): Promise<boolean> {
  return call('take_up_release', { key });
}

export function dutyRoster(year: number, month: number): Promise<Roster> {
  return call('duty_roster', { year, month });
}

/** Who is on duty on one day (replacing what the day had). */
export function setDuty(input: DutyInput): Promise<Roster> {
  return call('set_duty', { input });
}
