//! The language of the CLI's words: `--lang id|en`, else what core reads from the environment
//! (`PRESSDESK_LANG`, else the system's locale; Indonesian when none names one of the two).
//! Chosen at start, before the line is parsed (the help and the argument errors are written in
//! it); printed documents stay Indonesian whatever it is.

use pressdesk_core::i18n;

/// The flag's values (their help is `cli-arg-lang` in the message files).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Id,
    En,
}

/// The language for this run, from the flag, then the environment.
pub fn resolve(flag: Option<Lang>) -> i18n::Lang {
    match flag {
        Some(Lang::Id) => i18n::Lang::Id,
        Some(Lang::En) => i18n::Lang::En,
        None => i18n::Lang::from_env(),
    }
}

/// The language before clap has read the line: `--lang X` or `--lang=X` (before a `--`), else
/// the environment. A value that is neither `id` nor `en` counts as none: clap then refuses it.
pub fn from_args(args: &[std::ffi::OsString]) -> i18n::Lang {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    let mut flag = None;
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        } else if word == "--lang" {
            flag = words.next().map(|v| v.into_owned());
        } else if let Some(value) = word.strip_prefix("--lang=") {
            flag = Some(value.to_owned());
        }
    }
    let flag = match flag.as_deref() {
        Some("id") => Some(Lang::Id),
        Some("en") => Some(Lang::En),
        _ => None,
    };
    resolve(flag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_over_the_environment() {
        assert_eq!(resolve(Some(Lang::En)), i18n::Lang::En);
        assert_eq!(resolve(Some(Lang::Id)), i18n::Lang::Id);
    }

    #[test]
    fn the_flag_is_read_before_parsing_in_both_spellings() {
        let line = |words: &[&str]| -> Vec<std::ffi::OsString> {
            std::iter::once("pressdesk-cli")
                .chain(words.iter().copied())
                .map(Into::into)
                .collect()
        };
        assert_eq!(
            from_args(&line(&["--lang", "en", "verify"])),
            i18n::Lang::En
        );
        assert_eq!(from_args(&line(&["verify", "--lang=en"])), i18n::Lang::En);
        assert_eq!(from_args(&line(&["--lang=id", "--help"])), i18n::Lang::Id);
        // After `--` it is a word, not the flag.
        assert_eq!(
            from_args(&line(&["--lang", "en", "search", "--", "--lang=id"])),
            i18n::Lang::En
        );
    }
}
