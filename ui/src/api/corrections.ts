// The Kasi's corrections before paraf: edit, resubmit after a return, withdraw.
import type { ReleaseDetail } from '../bindings/ReleaseDetail';
import type { ReleaseEdit } from '../bindings/ReleaseEdit';
import { call } from './index';

/** An edit with every field it leaves out set to "unchanged". */
export function fullEdit(edit: Partial<ReleaseEdit>): ReleaseEdit {
  return {
    received_at: null, sender_org: null, sender_contact: null, letter_no: null, letter_date: null,
    title: null, news_type_id: null, news_type: null, event_date: null, event_place: null,
    body: null, checklist: null, remarks: null, received_by: null, add_evidence: [],
    remove_evidence: [], ...edit,
  };
}

/** Corrects a release before its deciding paraf; fields left out stay as they are. */
export function editRelease(key: string, edit: Partial<ReleaseEdit>): Promise<ReleaseDetail> {
  return call('edit_release', { key, edit: fullEdit(edit) });
}

/** Sends a returned release to the Kasi's check again. */
export function resubmitRelease(key: string): Promise<ReleaseDetail> {
  return call('resubmit_release', { key });
}

/** The sender took the release back: its number stays, marked withdrawn. */
export function withdrawRelease(releaseId: string, reason: string): Promise<ReleaseDetail> {
  return call('withdraw_release', { input: { release_id: releaseId, reason } });
}
