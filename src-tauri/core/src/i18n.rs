//! The interface language: Bahasa Indonesia (the default and the fallback) or English, from
//! the same Project Fluent message files as the UI (`locales/id/*.ftl`, `locales/en/*.ftl` at
//! the repository's root, embedded here). The language is process-wide: the desktop shell sets
//! it at sign-in and when the user switches, the CLI from `--lang`, `PRESSDESK_LANG` or `LANG`.
//! Printed documents are official records and stay Indonesian whatever the language.

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// The languages PressDesk speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    /// `id` or `en`, as stored on a user and passed by `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// `id`, `en`, or a system locale such as `en_US.UTF-8` or `id_ID`; `None` for others.
    pub fn parse(s: &str) -> Option<Lang> {
        let lower = s.trim().to_ascii_lowercase();
        let tag = lower.split(['_', '-', '.', '@']).next().unwrap_or("");
        match tag {
            "id" | "in" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// `PRESSDESK_LANG`, else the system's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX
    /// orders them), else Indonesian.
    pub fn from_env() -> Lang {
        ["PRESSDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .filter(|v| !v.is_empty())
            .find_map(|v| Lang::parse(&v))
            .unwrap_or_default()
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A language for this thread only ([`with_lang`]): the official documents' Indonesian,
    /// or a test's language without touching the other tests running beside it.
    static SCOPED: Cell<Option<Lang>> = const { Cell::new(None) };
    /// While an official document is made: how many [`Official`]s are held, and the thread's
    /// own language from before the first ([`for_user`]).
    static OFFICIAL: Cell<(u32, Option<Lang>)> = const { Cell::new((0, None)) };
}

/// Sets the process's language (the shell at sign-in and on a switch, the CLI at start).
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are written in now on this thread.
pub fn lang() -> Lang {
    SCOPED.with(Cell::get).unwrap_or_else(|| {
        if CURRENT.load(Ordering::Relaxed) == Lang::En as u8 {
            Lang::En
        } else {
            Lang::Id
        }
    })
}

/// Runs `f` with messages in `lang` on this thread only.
pub fn with_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = SCOPED.with(|s| s.replace(Some(lang)));
    let out = f();
    SCOPED.with(|s| s.set(before));
    out
}

/// While held, this thread writes Indonesian: the printed documents and exports are official
/// records (`let _official = Official::enter();` at a print's entry).
pub struct Official(Option<Lang>);

impl Official {
    pub fn enter() -> Official {
        let before = SCOPED.with(|s| s.replace(Some(Lang::Id)));
        OFFICIAL.with(|o| {
            let (depth, outside) = o.get();
            o.set((depth + 1, if depth == 0 { before } else { outside }));
        });
        Official(before)
    }
}

impl Drop for Official {
    fn drop(&mut self) {
        SCOPED.with(|s| s.set(self.0));
        OFFICIAL.with(|o| {
            let (depth, outside) = o.get();
            o.set((depth.saturating_sub(1), outside));
        });
    }
}

/// Runs `f` in the language of the user even while an official document is being made: for
/// what the user reads on screen about the print (its errors), not for what it prints.
pub fn for_user<T>(f: impl FnOnce() -> T) -> T {
    let (depth, outside) = OFFICIAL.with(Cell::get);
    if depth == 0 {
        return f();
    }
    let global = if CURRENT.load(Ordering::Relaxed) == Lang::En as u8 {
        Lang::En
    } else {
        Lang::Id
    };
    with_lang(outside.unwrap_or(global), f)
}

/// The message files, per language, in the order they are read.
/// `core.ftl` holds core's messages and `cli.ftl` the CLI's own words: the CLI reads them
/// through core, so every Rust text has one home. (The `ui-*.ftl` files are the screens'.)
pub const FILES_ID: [(&str, &str); 2] = [
    ("core.ftl", include_str!("../../../locales/id/core.ftl")),
    ("cli.ftl", include_str!("../../../locales/id/cli.ftl")),
];
pub const FILES_EN: [(&str, &str); 2] = [
    ("core.ftl", include_str!("../../../locales/en/core.ftl")),
    ("cli.ftl", include_str!("../../../locales/en/cli.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang, files: &[(&str, &str)]) -> Bundle {
    let tag: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // No Unicode isolation marks around arguments: the texts are shown and compared as typed.
    bundle.set_use_isolating(false);
    for (_, text) in files {
        // A file with a syntax error still gives its good messages; the completeness test
        // fails on the error itself.
        let res = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(res);
    }
    bundle
}

fn bundle(lang: Lang) -> &'static Bundle {
    static ID: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Lang::Id => ID.get_or_init(|| build(Lang::Id, &FILES_ID)),
        Lang::En => EN.get_or_init(|| build(Lang::En, &FILES_EN)),
    }
}

fn format_in(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = vec![];
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// The message `key` in the current language, with its arguments; Indonesian when English
/// lacks it, the key itself when neither has it (the completeness test keeps that from
/// happening).
pub fn message(key: &str, args: &[(&str, FluentValue)]) -> String {
    let mut fa = FluentArgs::new();
    for (name, value) in args {
        fa.set(*name, value.clone());
    }
    let fa = (!args.is_empty()).then_some(&fa);
    // A refusal is said to the person at the desk, in their language, even while an official
    // document (always Indonesian) is being made: an `err-*` text never reaches the paper.
    let lang = if key.starts_with("err-") {
        for_user(lang)
    } else {
        lang()
    };
    format_in(bundle(lang), key, fa)
        .or_else(|| format_in(bundle(Lang::Id), key, fa))
        .unwrap_or_else(|| key.to_owned())
}

/// A message in the current language: `tr!("key")` or `tr!("key", name = value, …)`; values
/// are shown as they are (numbers without grouping).
#[macro_export]
macro_rules! tr {
    ($key:expr) => {
        $crate::i18n::message($key, &[])
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $key,
            &[$((stringify!($name), $crate::i18n::arg(&$value))),+],
        )
    };
}

/// A message without arguments as a `&'static str`, for the `label()` of a fixed set of
/// values (roles, statuses): formatted once per language and key, then kept, so the few dozen
/// labels cost a few kilobytes for the life of the process.
pub fn label(key: &'static str) -> &'static str {
    type Labels = std::sync::Mutex<std::collections::HashMap<(Lang, &'static str), &'static str>>;
    static LABELS: OnceLock<Labels> = OnceLock::new();
    let lang = lang();
    let mut labels = LABELS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    labels
        .entry((lang, key))
        .or_insert_with(|| Box::leak(message(key, &[]).into_boxed_str()))
}

/// A message argument, shown as written. A whole number written plainly ("1", "2026", not
/// "007" or "1.234") is passed as a number, so the English files can choose "1 release" or
/// "2 releases" (`{ $count -> [one] … *[other] … }`); Fluent writes it back unchanged.
pub fn arg(value: &dyn std::fmt::Display) -> FluentValue<'static> {
    let text = value.to_string();
    match text.parse::<i64>() {
        Ok(n) if n.to_string() == text => FluentValue::from(n),
        _ => FluentValue::from(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_made_while_a_print_is_made_is_in_the_users_language() {
        with_lang(Lang::En, || {
            let _official = Official::enter();
            let refusal = tr!("err-date-format", value = "2026-13-01");
            assert!(refusal.starts_with("The date «2026-13-01»"), "{refusal}");
            // What the paper says stays Indonesian.
            assert_eq!(tr!("weekday-mon"), "Senin");
        });
    }

    #[test]
    fn counts_choose_their_english_plural_and_read_as_written() {
        let files = |n: &dyn std::fmt::Display| {
            let v = arg(n);
            let file = "m = { $n ->\n    [one] one file\n   *[other] { $n } files\n}\n";
            let bundle = build(Lang::En, &[("t", file)]);
            let mut args = FluentArgs::new();
            args.set("n", v);
            format_in(&bundle, "m", Some(&args)).unwrap()
        };
        assert_eq!(files(&1), "one file");
        assert_eq!(files(&2026), "2026 files");
        assert_eq!(files(&"007"), "007 files");
        assert_eq!(files(&"1.234"), "1.234 files");
    }

    #[test]
    fn the_language_comes_from_the_environment_names() {
        assert_eq!(Lang::parse("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("id_ID.UTF-8"), Some(Lang::Id));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("C.UTF-8"), None);
        assert_eq!(Lang::parse("fr_FR"), None);
    }

    #[test]
    fn a_validation_error_follows_the_language_of_its_thread() {
        let check = || crate::model::check_text("title", "label-judul", " ", true, 500);
        let id = with_lang(Lang::Id, || check().unwrap_err());
        let en = with_lang(Lang::En, || check().unwrap_err());
        assert_eq!(id.to_string(), "Judul wajib diisi.");
        assert_eq!(en.to_string(), "Title is required.");
        assert_eq!(
            serde_json::to_string(&en).unwrap(),
            r#"{"kind":"invalid","message":"Title is required.","field":"title"}"#
        );
        let long = || crate::model::check_text("title", "label-judul", "abcd", true, 3);
        assert_eq!(
            with_lang(Lang::En, || long().unwrap_err().to_string()),
            "Title is too long (4 characters); at most 3 characters."
        );
        assert_eq!(with_lang(Lang::En, || tr!("no-such-key")), "no-such-key");
    }

    #[test]
    fn an_official_document_is_indonesian_whatever_the_language() {
        let printed = with_lang(Lang::En, || {
            let _official = Official::enter();
            tr!("weekday-mon")
        });
        assert_eq!(printed, "Senin");
        // Once the document is made, the user's language is back.
        let after = with_lang(Lang::En, || {
            drop(Official::enter());
            tr!("err-cancelled")
        });
        assert_eq!(after, "Cancelled.");
        // What the user reads about the print on screen stays in their language.
        let refused = with_lang(Lang::En, || {
            let _official = Official::enter();
            let _nested = Official::enter();
            (tr!("weekday-mon"), for_user(|| tr!("weekday-mon")))
        });
        assert_eq!(refused, ("Senin".to_owned(), "Monday".to_owned()));
        assert_eq!(
            for_user(|| with_lang(Lang::Id, || tr!("err-cancelled"))),
            "Dibatalkan."
        );
    }

    /// Every message file of one language has its twin in the other with the same keys, and
    /// every file parses: the UI's files too, as both sides read the same folder.
    #[test]
    fn every_key_is_in_both_languages() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let keys = |lang: &str| {
            let mut all = std::collections::BTreeMap::new();
            for entry in std::fs::read_dir(root.join(lang)).unwrap() {
                let path = entry.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                let text = std::fs::read_to_string(&path).unwrap();
                let res = FluentResource::try_new(text)
                    .unwrap_or_else(|(_, errs)| panic!("{lang}/{name}: {errs:?}"));
                let ids: std::collections::BTreeSet<String> = res
                    .entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect();
                all.insert(name, ids);
            }
            all
        };
        let (id, en) = (keys("id"), keys("en"));
        assert_eq!(
            id.keys().collect::<Vec<_>>(),
            en.keys().collect::<Vec<_>>(),
            "the same files in locales/id and locales/en"
        );
        for (file, id_keys) in &id {
            let en_keys = &en[file];
            let only_id: Vec<_> = id_keys.difference(en_keys).collect();
            let only_en: Vec<_> = en_keys.difference(id_keys).collect();
            assert!(
                only_id.is_empty(),
                "{file}: only in Indonesian: {only_id:?}"
            );
            assert!(only_en.is_empty(), "{file}: only in English: {only_en:?}");
        }
        let embedded: Vec<_> = FILES_ID.iter().map(|(n, _)| n.to_string()).collect();
        assert!(embedded.iter().all(|n| id.contains_key(n)));
    }
}
