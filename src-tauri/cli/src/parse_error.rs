//! A command line clap refuses, told in the run's language: what is wrong (an unknown
//! argument or command, a missing one, a value not allowed with the values that are), clap's
//! suggestion if it has one, then the usage line. clap's own English texts are not used; what
//! it found is read from the error's context.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use pressdesk_core::tr;

/// One piece of the error's context as text ("a, b, c" for a list).
fn context(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// What is wrong, in a sentence.
fn what(err: &clap::Error) -> String {
    let get = |kind| context(err, kind).unwrap_or_default();
    let arg = get(ContextKind::InvalidArg);
    let value = get(ContextKind::InvalidValue);
    match err.kind() {
        ErrorKind::UnknownArgument => tr!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => tr!(
            "cli-error-unknown-command",
            command = get(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::MissingSubcommand => {
            let command = get(ContextKind::InvalidSubcommand);
            match context(err, ContextKind::ValidSubcommand) {
                Some(commands) => tr!(
                    "cli-error-missing-command-of",
                    command = command,
                    commands = commands
                ),
                None => tr!("cli-error-missing-command", command = command),
            }
        }
        ErrorKind::MissingRequiredArgument => tr!("cli-error-missing-argument", arg = arg),
        ErrorKind::InvalidValue if value.is_empty() => tr!("cli-error-no-value", arg = arg),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let wrong = tr!("cli-error-invalid-value", value = value, arg = arg);
            match context(err, ContextKind::ValidValue) {
                Some(values) => format!("{wrong}{}", tr!("cli-error-allowed", values = values)),
                None => wrong,
            }
        }
        ErrorKind::ArgumentConflict => match context(err, ContextKind::PriorArg) {
            Some(prior) if prior != arg => tr!("cli-error-conflict", arg = arg, other = prior),
            _ => tr!("cli-error-repeated", arg = arg),
        },
        ErrorKind::TooManyValues => tr!("cli-error-too-many", value = value, arg = arg),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            tr!("cli-error-values-count", arg = arg)
        }
        ErrorKind::NoEquals => tr!("cli-error-no-equals", arg = arg),
        ErrorKind::InvalidUtf8 => tr!("cli-error-utf8"),
        _ => tr!("cli-error-other"),
    }
}

/// The whole refusal as printed on standard error; `usage` is the line of the command the
/// line named, shown when clap gives none.
pub fn render(err: &clap::Error, usage: Option<String>) -> String {
    let mut out = tr!("cli-refused", message = what(err));
    out.push('\n');
    let suggestion = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(|kind| context(err, kind));
    if let Some(suggestion) = suggestion {
        out.push_str(&format!(
            "\n  {}\n",
            tr!("cli-error-suggestion", suggestion = suggestion)
        ));
    }
    // clap writes the usage with its English heading; the line itself is the command's.
    if let Some(usage) = context(err, ContextKind::Usage).or(usage) {
        let line = usage.trim_start();
        let line = line.strip_prefix("Usage:").unwrap_or(line).trim();
        out.push_str(&format!("\n{} {line}\n", tr!("cli-heading-usage")));
    }
    out.push_str(&format!("\n{}\n", tr!("cli-error-more")));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use pressdesk_core::i18n::{with_lang, Lang};

    fn refusal(lang: Lang, line: &[&str]) -> String {
        with_lang(lang, || {
            let args: Vec<std::ffi::OsString> = std::iter::once("pressdesk-cli")
                .chain(line.iter().copied())
                .map(Into::into)
                .collect();
            let cmd = crate::help::command();
            let err = cmd.clone().try_get_matches_from(&args).unwrap_err();
            assert_eq!(err.exit_code(), 2);
            render(&err, crate::help::usage_of(&cmd, &args))
        })
    }

    #[test]
    fn each_refusal_names_its_cause_in_the_language() {
        let en = refusal(Lang::En, &["berkas", "due", "--yeer", "2026"]);
        assert!(en.starts_with("error: unknown argument «--yeer»"), "{en}");
        assert!(en.contains("did you mean «--year»?"), "{en}");
        assert!(en.contains("Usage: pressdesk-cli berkas due"), "{en}");
        let id = refusal(Lang::Id, &["berkas", "due", "--yeer", "2026"]);
        assert!(
            id.starts_with("galat: argumen «--yeer» tidak dikenal"),
            "{id}"
        );
        assert!(id.contains("Penggunaan: pressdesk-cli berkas due"), "{id}");

        let en = refusal(Lang::En, &["--lang", "fr", "verify"]);
        assert!(en.contains("«fr»") && en.contains("id, en"), "{en}");
        let en = refusal(Lang::En, &["bogus"]);
        assert!(en.starts_with("error: unknown command «bogus»"), "{en}");
        let en = refusal(Lang::En, &["berkas"]);
        assert!(
            en.contains("«pressdesk-cli berkas» needs a command"),
            "{en}"
        );
        assert!(en.contains("open, close, add"), "{en}");
        let id = refusal(Lang::Id, &["completions"]);
        assert!(
            id.starts_with("galat: argumen wajib tidak disebut: <SHELL>"),
            "{id}"
        );
        let id = refusal(Lang::Id, &["list", "--year", "dua"]);
        assert!(
            id.contains("nilai «dua» tidak sah untuk --year <TAHUN>"),
            "{id}"
        );
        assert!(
            id.contains("\nPenggunaan: pressdesk-cli list [OPSI]"),
            "{id}"
        );
        for text in [&en, &id] {
            assert!(!text.contains("For more information") && !text.contains("tip:"));
        }
    }
}
