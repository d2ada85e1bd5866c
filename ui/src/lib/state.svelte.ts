// The app-wide state: the setup loaded at start, who is signed in, and the current screen
// (a tiny router).
import { getSetup } from '../api';
import type { AppSetup } from '../bindings/AppSetup';
import type { Role } from '../bindings/Role';
import type { User } from '../bindings/User';
import { addToLocal } from './format';
import { homeFor, sectionsFor as sopSections, type Section } from './sopScreens';

export type Route =
  | { name: Section }
  | { name: 'detail'; id: string };

export type { Section };

/** The screens the signed-in role reaches from the sidebar, from the office's SOP (the backend
 *  enforces anyway). */
export function sectionsFor(role: Role | undefined): Section[] {
  return sopSections(role, app.setup?.sop);
}

class AppState {
  setup = $state<AppSetup | null>(null);
  /** The signed-in user; null shows the sign-in screen. */
  user = $state<User | null>(null);
  route = $state<Route>({ name: 'agenda' });
  /** Where "Kembali" on the detail page leads. */
  returnTo = $state<Route>({ name: 'agenda' });
  /** False while the office's server does not answer (always true on one computer). */
  online = $state(true);
  /** Bumped whenever releases change (here or, on a server, at another desk), so lists know
   *  to reload. */
  dataVersion = $state(0);
  /** Date.now() when `setup.local_now` was received, to keep "now" moving. */
  private loadedAt = 0;

  load(setup: AppSetup) {
    this.setup = setup;
    this.loadedAt = Date.now();
    // Keep the signed-in user's record (PIN, saved initials) in step with the setup.
    if (this.user) {
      const id = this.user.id;
      this.user = setup.users.find((u) => u.id === id) ?? this.user;
    }
  }

  /** Reloads the setup (users, news types) after something in it changed. */
  async refresh() {
    this.load(await getSetup());
  }

  /** "Now" in the office's time zone as `YYYY-MM-DDTHH:MM`, from the backend's clock. */
  officeNow(): string {
    if (!this.setup) return '';
    return addToLocal(this.setup.local_now, Date.now() - this.loadedAt);
  }

  signedIn(user: User) {
    this.user = user;
    this.dataVersion += 1;
    this.route = { name: homeFor(user.role, sectionsFor(user.role)) };
    this.returnTo = { name: 'agenda' };
  }

  signedOut() {
    this.user = null;
    this.route = { name: 'agenda' };
  }

  can(section: Section): boolean {
    return sectionsFor(this.user?.role).includes(section);
  }

  go(route: Route) {
    if (route.name === 'detail' && this.route.name !== 'detail') this.returnTo = this.route;
    this.route = route;
  }

  /** Opens a release's detail page; "Kembali" returns to the current screen. */
  open(id: string) {
    this.go({ name: 'detail', id });
  }
}

export const app = new AppState();
