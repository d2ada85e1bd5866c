// Handing the desk to the next person ("Ganti pengguna" in the sidebar and the window menu).
import { signOut } from '../api';
import { app } from './state.svelte';

class Switching {
  /** True while the sign-out is under way (the button waits). */
  busy = $state(false);
}

export const switching = new Switching();

/** Ends the session and shows the sign-in screen, even when the backend did not answer. */
export async function switchUser(): Promise<void> {
  if (switching.busy) return;
  switching.busy = true;
  try {
    await signOut();
  } catch {
    // Signing out only forgets the session; the sign-in screen follows regardless.
  } finally {
    switching.busy = false;
    app.signedOut();
  }
}
