// The signed-in user's language: shown at once, kept on the user for the next sign-in, and
// applied to the backend's messages (errors, dates) of this window.
import { setUserLang } from '../api';
import { language, type Lang } from './i18n.svelte';
import { app } from './state.svelte';

export async function saveUserLang(lang: Lang): Promise<void> {
  language.current = lang;
  app.user = await setUserLang(lang);
  // Lists and details reload: their dates and labels come from the backend in the language.
  app.dataVersion += 1;
}
