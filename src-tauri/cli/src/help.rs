//! `--help` in the run's language. The derive in `cli.rs` gives the commands and their
//! arguments only; every text of the help (each command's about, each argument's help, the
//! summary, the headings, the help and version flags) comes from `locales/*/cli.ftl`, filled in
//! here by walking the command tree. Keys follow the command's path:
//! `cli-about-berkas-due`, `cli-arg-berkas-due-year` (and `cli-value-…` for the name of its
//! value, `<TAHUN>`); an argument that means the same in every command (`--user`, `--pin`,
//! `--json`, …) may take the shared `cli-arg-user` instead.

use clap::{Arg, ArgAction, Command, CommandFactory};
use pressdesk_core::tr;

use crate::cli::Cli;

/// The whole command line, in the current language, built and ready to parse.
pub fn command() -> Command {
    let mut cmd = localize(Cli::command(), &[])
        .after_help(tr!("cli-summary"))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .display_order(999)
                .help(tr!("cli-version-flag"))
                .help_heading(tr!("cli-heading-options")),
        );
    // clap makes the `help` subcommands while building; their about is set once they exist.
    cmd.build();
    help_subcommands(&mut cmd);
    usages(&mut cmd);
    cmd
}

/// clap writes `[OPTIONS]` in every usage line it makes: each command's line, made once the
/// tree is built, is kept with the placeholder in the current language. (A command whose
/// line comes from the message files, `cli-usage-…`, keeps that one.)
fn usages(cmd: &mut Command) {
    if cmd.get_overridden_usage().is_none() {
        let made = cmd.render_usage().to_string();
        let line = made.trim_start();
        let line = line.strip_prefix("Usage:").unwrap_or(line).trim();
        let line = line.replace("[OPTIONS]", &tr!("cli-value-options"));
        *cmd = std::mem::take(cmd).override_usage(line);
    }
    for sub in cmd.get_subcommands_mut() {
        usages(sub);
    }
}

/// The usage line of the command a line names (`berkas due …` → its line), for a refusal
/// clap gives without one (a value not allowed). Words naming no subcommand are skipped.
pub fn usage_of(cmd: &Command, args: &[std::ffi::OsString]) -> Option<String> {
    let mut at = cmd;
    for word in args.iter().skip(1) {
        let word = word.to_string_lossy();
        if word == "--" {
            break;
        }
        if let Some(sub) = at.find_subcommand(word.as_ref()) {
            at = sub;
        }
    }
    at.get_overridden_usage().map(|u| u.to_string())
}

/// A message that exists in the files (core gives back the key itself for one that does not).
fn has(key: &str) -> bool {
    tr!(key) != key
}

/// The about of the command at `path` (the root's is `cli-about`).
pub fn about_key(path: &[String]) -> String {
    match path.is_empty() {
        true => "cli-about".into(),
        false => format!("cli-about-{}", path.join("-")),
    }
}

/// An argument's key of one kind (`arg` for its help, `value` for its value's name): its own
/// under the command's path, else the shared one.
pub fn arg_key(kind: &str, path: &[String], id: &str) -> String {
    let id = id.replace('_', "-");
    let own = match path.is_empty() {
        true => format!("cli-{kind}-{id}"),
        false => format!("cli-{kind}-{}-{id}", path.join("-")),
    };
    if has(&own) {
        own
    } else {
        format!("cli-{kind}-{id}")
    }
}

/// clap's default template, with the usage heading in the current language.
fn template() -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr!("cli-heading-usage")
    )
}

fn localize(cmd: Command, path: &[String]) -> Command {
    let arguments = tr!("cli-heading-arguments");
    let options = tr!("cli-heading-options");
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    let mut cmd = cmd
        .about(tr!(&about_key(path)))
        .long_about(None::<&str>)
        .help_template(template())
        .subcommand_help_heading(tr!("cli-heading-commands"))
        .subcommand_value_name(tr!("cli-value-command"))
        // A command without its subcommand is an error naming what is missing, not the help.
        .arg_required_else_help(false)
        .mut_args(|arg| {
            let help = tr!(&arg_key("arg", path, arg.get_id().as_str()));
            let value = tr!(&arg_key("value", path, arg.get_id().as_str()));
            let heading = if arg.is_positional() {
                &arguments
            } else {
                &options
            };
            let takes_values = arg.get_action().takes_values();
            let arg = arg
                .help(help)
                .long_help(None::<&str>)
                .help_heading(heading.clone());
            // The allowed values and defaults are said in the help itself, in its language.
            match takes_values {
                true => arg
                    .value_name(value)
                    .hide_possible_values(true)
                    .hide_default_value(true),
                false => arg,
            }
        })
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                // Last, where clap puts its own (its display order is 999).
                .display_order(999)
                .help(tr!("cli-help-flag"))
                .help_heading(options.clone()),
        );
    let usage = format!("cli-usage-{}", path.join("-"));
    if !path.is_empty() && has(&usage) {
        cmd = cmd.override_usage(tr!(&usage));
    }
    for name in subcommands {
        let mut sub_path = path.to_vec();
        sub_path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, &sub_path));
    }
    cmd
}

/// The `help` subcommands clap added, and the copies of the tree clap put under them (for
/// completions): these exist only once built, and take only texts now.
fn help_subcommands(cmd: &mut Command) {
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() == "help" {
            help_tree(sub);
        } else {
            help_subcommands(sub);
        }
    }
}

fn help_tree(cmd: &mut Command) {
    let mut this = std::mem::take(cmd)
        .help_template(template())
        .subcommand_help_heading(tr!("cli-heading-commands"))
        .subcommand_value_name(tr!("cli-value-command"));
    if this.get_name() == "help" {
        this = this.about(tr!("cli-about-help"));
    }
    *cmd = this;
    for sub in cmd.get_subcommands_mut() {
        help_tree(sub);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key of a message file (`key = …` at the start of a line).
    fn keys(lang: &str) -> std::collections::BTreeSet<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("../../locales/{lang}/cli.ftl"));
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k))
            .filter(|k| k.starts_with(|c: char| c.is_ascii_lowercase()) && !k.contains(' '))
            .map(str::to_owned)
            .collect()
    }

    fn walk(cmd: &Command, path: &[String], missing: &mut Vec<String>, keys: &[String]) {
        let mut wanted = vec![about_key(path)];
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str().replace('_', "-");
            let own = match path.is_empty() {
                true => format!("cli-arg-{id}"),
                false => format!("cli-arg-{}-{id}", path.join("-")),
            };
            if !keys.contains(&own) {
                wanted.push(format!("cli-arg-{id}"));
            }
            if arg.get_action().takes_values() {
                let own = own.replacen("cli-arg-", "cli-value-", 1);
                if !keys.contains(&own) {
                    wanted.push(format!("cli-value-{id}"));
                }
            }
        }
        missing.extend(wanted.into_iter().filter(|k| !keys.contains(k)));
        for sub in cmd.get_subcommands() {
            let mut sub_path = path.to_vec();
            sub_path.push(sub.get_name().to_owned());
            walk(sub, &sub_path, missing, keys);
        }
    }

    /// Every command and every argument of the whole tree has its text in both languages'
    /// cli.ftl (the derive holds none of its own).
    #[test]
    fn every_command_and_argument_has_its_words_in_both_languages() {
        for lang in ["id", "en"] {
            let keys: Vec<String> = keys(lang).into_iter().collect();
            let mut missing = vec![];
            walk(&Cli::command(), &[], &mut missing, &keys);
            for fixed in [
                "cli-summary",
                "cli-help-flag",
                "cli-version-flag",
                "cli-about-help",
                "cli-heading-usage",
                "cli-heading-commands",
                "cli-heading-arguments",
                "cli-heading-options",
                "cli-value-command",
                "cli-value-options",
            ] {
                if !keys.iter().any(|k| k == fixed) {
                    missing.push(fixed.into());
                }
            }
            missing.dedup();
            assert!(missing.is_empty(), "{lang}/cli.ftl lacks {missing:#?}");
        }
    }

    fn every_help(cmd: &mut Command, out: &mut Vec<String>) {
        out.push(cmd.render_long_help().to_string());
        for sub in cmd.get_subcommands_mut() {
            every_help(sub, out);
        }
    }

    /// No text of any command's help is left to clap's English or to the derive: in
    /// Indonesian, none of clap's words shows, on any command.
    /// Fluent drops the spaces before a placeable that opens a line; the summary's wrapped
    /// lines keep theirs inside the literal (`{"       ["}`).
    #[test]
    fn the_summary_keeps_its_indentation_in_both_languages() {
        use pressdesk_core::i18n::{with_lang, Lang};
        for lang in [Lang::Id, Lang::En] {
            let summary = with_lang(lang, || tr!("cli-summary"));
            let block: Vec<&str> = summary.lines().take_while(|l| !l.is_empty()).collect();
            for line in &block[1..] {
                assert!(line.starts_with("  "), "{lang:?}: «{line}»");
            }
        }
    }

    #[test]
    fn every_help_is_all_from_the_message_files() {
        use pressdesk_core::i18n::{with_lang, Lang};
        let mut id = vec![];
        with_lang(Lang::Id, || every_help(&mut command(), &mut id));
        assert!(id.len() > 100, "{}", id.len());
        for help in &id {
            for clap_words in [
                "Usage:",
                "Options:",
                "Commands:",
                "Arguments:",
                "Print help",
                "Print version",
                "Print this",
                "possible values",
                "Possible values",
                "[default:",
                "[OPTIONS]",
                "<YEAR>",
                "[KEY]",
            ] {
                assert!(!help.contains(clap_words), "{clap_words}: {help}");
            }
            assert!(help.contains("Penggunaan: pressdesk-cli"), "{help}");
        }
        let mut en = vec![];
        with_lang(Lang::En, || every_help(&mut command(), &mut en));
        assert!(en[0].contains("Commands at a glance:"), "{}", en[0]);
        assert!(en.iter().all(|help| !help.contains("Penggunaan")));
    }
}
