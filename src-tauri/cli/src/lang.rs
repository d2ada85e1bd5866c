//! The language of the CLI's words: `--lang id|en`, else what core reads from the environment
//! (`PRESSDESK_LANG`, else the system's locale; Indonesian when none names one of the two).
//! Chosen once at start; printed documents stay Indonesian whatever it is.

use pressdesk_core::i18n;

/// The flag's values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Bahasa Indonesia
    Id,
    /// English
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_over_the_environment() {
        assert_eq!(resolve(Some(Lang::En)), i18n::Lang::En);
        assert_eq!(resolve(Some(Lang::Id)), i18n::Lang::Id);
    }
}
