// The interface language of the screens: one `t(key, args)` over the Project Fluent message
// files the core reads too (`locales/<lang>/*.ftl` at the repository's root). Bahasa Indonesia
// is the default and the fallback; printed documents stay Indonesian whatever is chosen.
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Lang } from '../bindings/Lang';

export type { Lang };

// The CLI's own words are read by Rust only.
const files = import.meta.glob(['../../../locales/*/*.ftl', '!**/cli.ftl'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function bundleFor(lang: Lang): FluentBundle {
  // No Unicode isolation marks around arguments: texts are shown and compared as written.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const [path, text] of Object.entries(files)) {
    if (path.includes(`/locales/${lang}/`)) bundle.addResource(new FluentResource(text));
  }
  return bundle;
}

const bundles: Record<Lang, FluentBundle> = { id: bundleFor('id'), en: bundleFor('en') };

class Language {
  /** The language every `t` call reads; reassigning it redraws every screen. */
  current = $state<Lang>('id');
}

export const language = new Language();

/** Each language named in itself, as language switches do (not translated). */
export const LANGS: { value: Lang; label: string; short: string }[] = [
  { value: 'id', label: 'Bahasa Indonesia', short: 'Indonesia' }, // i18n-ok: named in itself
  { value: 'en', label: 'English', short: 'English' },
];

type Args = Record<string, string | number | boolean | null | undefined>;

/** The message `key` in the current language, arguments shown as given (numbers are not
 *  regrouped: format them with `formatCount` where a count is meant). A whole number stays a
 *  number, so the English files can say "1 release" and "2 releases". */
export function t(key: string, args?: Args): string {
  const lang = language.current;
  const plain: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(args ?? {})) {
    plain[name] = Number.isInteger(value)
      ? new FluentNumber(value as number, { useGrouping: false })
      : String(value ?? '');
  }
  for (const bundle of [bundles[lang], bundles.id]) {
    const message = bundle.getMessage(key);
    if (message?.value) return bundle.formatPattern(message.value, plain);
  }
  return key;
}
