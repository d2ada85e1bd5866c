// Folder helpers shared by the archive panels.
import type { FolderInfo } from '../../bindings/FolderInfo';

/** An open folder with room for one more release. */
export function hasRoom(f: FolderInfo): boolean {
  return !f.closed && f.used < f.capacity;
}

/** The folder the backend suggests: the oldest open folder with room (lowest id). */
export function suggestedFolder(folders: FolderInfo[]): FolderInfo | null {
  let best: FolderInfo | null = null;
  for (const f of folders) if (hasRoom(f) && (!best || f.id < best.id)) best = f;
  return best;
}
