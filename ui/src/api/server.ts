// The office's server (issue 15): which store this desk works on, the connection test, and
// the live events a desk on a server hears (what other desks did; whether the server answers).
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { ServerSettings } from '../bindings/ServerSettings';
import type { ServerTest } from '../bindings/ServerTest';
import { call } from './index';

/** The server this desk works on, as saved; null on this computer's own store. */
export function serverSettings(): Promise<ServerSettings | null> {
  return call('server_settings');
}

/** Connects with these settings and says what it found, or what is wrong. */
export function testServer(settings: ServerSettings, password: string): Promise<ServerTest> {
  return call('test_server', { settings, password });
}

/** Keeps the settings (the password in the system keyring) and restarts on the server. */
export function useServer(settings: ServerSettings, password: string): Promise<void> {
  return call('use_server', { settings, password });
}

/** Calls `changed` when any desk changed records, `online` when the server goes or comes. */
export async function onLive(
  changed: (records: string[]) => void,
  online: (up: boolean) => void,
): Promise<UnlistenFn> {
  const offChanged = await listen<string[]>('records-changed', (e) => changed(e.payload));
  const offStatus = await listen<boolean>('server-status', (e) => online(e.payload));
  return () => {
    offChanged();
    offStatus();
  };
}
