// The window's menu bar in the interface language, rebuilt when the language, the signed-in
// user or the office's SOP changes: PressDesk (Ganti pengguna, Keluar), Layar (the role's
// screens, Ctrl+1…9) and Bantuan (Tentang PressDesk, F1). Cut, copy and paste stay the page's
// own keys and right-click menu: GTK's predefined items would send the same keys again.
import { closeWindow, setWindowMenu, type MenuEntry, type MenuGroup } from '../api/menu';
import { t } from './i18n.svelte';
import { SECTIONS } from './sections';
import { switchUser } from './session.svelte';
import { app, sectionsFor, type Route } from './state.svelte';

class MenuState {
  /** The "Tentang PressDesk" window over whatever screen is open. */
  aboutOpen = $state(false);
}

export const appMenu = new MenuState();

/** What the bar holds now; reading `t`, `app.user` and the SOP makes the caller track them. */
export function menuGroups(): MenuGroup[] {
  const user: MenuEntry[] = app.user
    ? [{ id: 'menu-switch-user', text: t('ganti-pengguna'), action: () => void switchUser() },
      { item: 'Separator' }]
    : [];
  const groups: MenuGroup[] = [{
    id: 'menu-app',
    text: 'PressDesk',
    items: [...user,
      { id: 'menu-quit', text: t('menu-keluar'), accelerator: 'CmdOrCtrl+Q',
        action: () => void closeWindow() }],
  }];
  const sections = sectionsFor(app.user?.role);
  if (sections.length > 0) {
    groups.push({
      id: 'menu-screens',
      text: t('menu-layar'),
      items: sections.map((s, i) => ({
        id: `menu-${s}`,
        text: SECTIONS[s].label,
        accelerator: i < 9 ? `CmdOrCtrl+${i + 1}` : undefined,
        action: () => app.go({ name: s } as Route),
      })),
    });
  }
  groups.push({
    id: 'menu-help',
    text: t('menu-bantuan'),
    items: [{ id: 'menu-about', text: t('tentang-pressdesk'), accelerator: 'F1',
      action: () => (appMenu.aboutOpen = true) }],
  });
  return groups;
}

/** Keeps the bar in step with the screens; called once by the root component. A bar that
 *  cannot be built leaves the sidebar, which does everything the menu does. */
export function useAppMenu(): void {
  $effect(() => {
    const groups = menuGroups();
    setWindowMenu(groups).catch((err) => console.warn('menu', err));
  });
}
