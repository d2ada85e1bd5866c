// The work queues of SOP steps 2 and 3 as list queries, so every screen asks the same way.
import type { ListQuery } from '../bindings/ListQuery';
import type { Role } from '../bindings/Role';

/** A list query with every filter off except those given. */
export function listQuery(over: Partial<ListQuery>): ListQuery {
  return {
    status: null,
    year: null,
    month: null,
    news_type_id: null,
    checked: null,
    waiting_act: null,
    search: null,
    cursor: null,
    limit: 200,
    ...over,
  };
}

/** Waiting for the Kasi's check (step 2, first half). */
export const CHECK_QUEUE = listQuery({ status: 'Registered', checked: false });
/** Checked, waiting for the Kadis's deciding paraf. */
export const KADIS_QUEUE = listQuery({ status: 'Registered', checked: true });
/** Initialed by the Kadis, waiting for the Kabid's co-paraf. */
export const KABID_QUEUE = listQuery({ status: 'Initialed' });

/** The paraf queue of a role, or null when the role does not initial. */
export function parafQueue(role: Role | undefined): ListQuery | null {
  if (role === 'Kadis') return KADIS_QUEUE;
  if (role === 'Kabid') return KABID_QUEUE;
  return null;
}

/** Approved by both officials, waiting to go online (step 4). */
export const PUBLISH_QUEUE = listQuery({ status: 'Approved' });
/** Online, waiting for an archive number (step 5). */
export const PUBLISHED = listQuery({ status: 'Published' });
/** Not approved: filed in their own series (step 5). */
export const REJECTED = listQuery({ status: 'Rejected' });
