// The window's menu bar through Tauri's menu API (the only code here that builds native
// menus); lib/appMenu.svelte.ts says what is in it.
import { Menu, type MenuItemOptions, type PredefinedMenuItemOptions } from '@tauri-apps/api/menu';
import { getCurrentWindow } from '@tauri-apps/api/window';

export type MenuEntry = MenuItemOptions | PredefinedMenuItemOptions;

/** One menu of the bar: its title and its items, in order. */
export interface MenuGroup {
  id: string;
  text: string;
  items: MenuEntry[];
}

let shown = '';
let queue: Promise<void> = Promise.resolve();

/** Puts `groups` on this window's menu bar in place of what was there, unless the same bar
 *  is already up; calls take turns, so the last one asked for is the one left standing.
 *
 *  The replaced menu is not closed: Tauri already took it off the window with its shortcuts,
 *  and closing it removes them a second time. It is a few items, replaced only on sign-in,
 *  sign-out and a language switch. (GTK still prints "no accelerator … installed" on stderr
 *  for each shortcut of a replaced bar: Tauri's removal, harmless.) */
export function setWindowMenu(groups: MenuGroup[]): Promise<void> {
  // The texts, ids and shortcuts say what the bar is; the actions follow from the ids.
  const wanted = JSON.stringify(groups);
  const next = queue.then(async () => {
    if (wanted === shown) return;
    const menu = await Menu.new({ items: groups });
    await menu.setAsWindowMenu();
    shown = wanted;
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Closes this window, which ends PressDesk (the menu's "Keluar"). */
export async function closeWindow(): Promise<void> {
  await getCurrentWindow().close();
}
