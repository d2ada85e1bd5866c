//! The language of the CLI's words: `--lang id|en`, else `PRESSDESK_LANG`, else the system's
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX's order); Indonesian when none of them
//! names one of the two. Chosen once at start and kept for the whole run.

use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Bahasa Indonesia
    Id,
    /// English
    En,
}

impl Lang {
    #[allow(dead_code)] // for the i18n call site in main.rs (issue 16)
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// "id", "id_ID.UTF-8", "en", "en_GB.UTF-8", … ("C" and other languages: none).
    fn from_locale(value: &str) -> Option<Lang> {
        let lang = value
            .split(['_', '.', '@', '-'])
            .next()?
            .to_ascii_lowercase();
        match lang.as_str() {
            "id" | "in" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// The language for this run, from the flag, then the environment.
pub fn resolve(flag: Option<Lang>) -> Lang {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    flag.or_else(|| env("PRESSDESK_LANG").and_then(|v| Lang::from_locale(&v)))
        .or_else(|| {
            // The first of these that is set decides, as for every other program.
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .find_map(env)
                .and_then(|v| Lang::from_locale(&v))
        })
        .unwrap_or(Lang::Id)
}

/// Keeps the language of this run (the first call wins).
pub fn set(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language of this run (Indonesian before [`set`]).
#[allow(dead_code)] // read by the translated messages once they come (issue 16)
pub fn current() -> Lang {
    CHOSEN.get().copied().unwrap_or(Lang::Id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_a_language_or_none() {
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("id_ID.UTF-8"), Some(Lang::Id));
        assert_eq!(Lang::from_locale("EN"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        assert_eq!(Lang::from_locale("POSIX"), None);
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), None);
        assert_eq!(resolve(Some(Lang::En)), Lang::En);
    }
}
