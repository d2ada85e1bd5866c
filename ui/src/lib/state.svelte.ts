// The app-wide state: the setup loaded at start and the current screen (a tiny router).
import type { AppSetup } from '../bindings/AppSetup';
import { addToLocal } from './format';

export type Route =
  | { name: 'agenda' }
  | { name: 'intake' }
  | { name: 'settings' }
  | { name: 'detail'; id: string };

class AppState {
  setup = $state<AppSetup | null>(null);
  route = $state<Route>({ name: 'agenda' });
  /** Bumped whenever releases change, so lists know to reload. */
  dataVersion = $state(0);
  /** Date.now() when `setup.local_now` was received, to keep "now" moving. */
  private loadedAt = 0;

  load(setup: AppSetup) {
    this.setup = setup;
    this.loadedAt = Date.now();
  }

  /** "Now" in the office's time zone as `YYYY-MM-DDTHH:MM`, from the backend's clock. */
  officeNow(): string {
    if (!this.setup) return '';
    return addToLocal(this.setup.local_now, Date.now() - this.loadedAt);
  }

  go(route: Route) {
    this.route = route;
  }
}

export const app = new AppState();
