//! pressdesk-cli in both languages as a user meets it: `--lang en|id`, else PRESSDESK_LANG, else
//! the system's LANG; the help, clap's refusals and the CLI's own lines all follow it.

mod common;

use common::{cli, cli_with_env, ok, text};

/// The help with its columns' padding folded to one space, as the widths follow the texts.
fn help(data: &std::path::Path, args: &[&str]) -> String {
    let shown = ok(data, args);
    let mut folded = String::new();
    for line in shown.lines() {
        folded.push_str(&line.split_whitespace().collect::<Vec<_>>().join(" "));
        folded.push('\n');
    }
    folded
}

#[test]
fn the_help_is_english_with_lang_en_for_the_whole_line_and_for_one_command() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let shown = help(&data, &["--lang", "en", "--help"]);
    for words in [
        "PressDesk without its window",
        "Usage: pressdesk-cli [OPTIONS] [COMMAND]",
        "Commands:\ninit Creates the store",
        "Options:",
        "-h, --help Print help",
        "-V, --version Print version",
        "Commands at a glance:",
        "Language: --lang id|en, or PRESSDESK_LANG, or the system's LANG",
    ] {
        assert!(shown.contains(words), "{words}: {shown}");
    }
    assert!(
        !shown.contains("Penggunaan") && !shown.contains("Ringkasan"),
        "{shown}"
    );

    let due = help(&data, &["--lang", "en", "berkas", "due", "--help"]);
    for words in [
        "The berkas due in one year",
        "Usage: pressdesk-cli berkas due [OPTIONS]",
        "--year <YEAR> Year",
        "--kind <KIND> pindah, musnah, permanen or dinilai-kembali",
        "--json JSON output",
        "--lang <id|en> Output language: id or en",
        "-h, --help Print help",
    ] {
        assert!(due.contains(words), "{words}: {due}");
    }
    // The same command in Indonesian, the default.
    let due = help(&data, &["berkas", "due", "--help"]);
    assert!(
        due.contains("Berkas yang jatuh tempo pada satu tahun"),
        "{due}"
    );
    assert!(
        due.contains("Penggunaan: pressdesk-cli berkas due"),
        "{due}"
    );
    assert!(
        due.contains("Opsi:") && due.contains("Menampilkan bantuan"),
        "{due}"
    );
}

#[test]
fn a_real_command_answers_in_the_language_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let made = ok(&data, &["--lang", "en", "init"]);
    assert!(made.starts_with("PressDesk store ready in "), "{made}");
    let demo = ok(&data, &["--lang", "en", "demo", "--releases", "2"]);
    assert!(demo.contains("2 sample releases made in"), "{demo}");
    assert!(demo.contains("Sample users (every PIN is"), "{demo}");

    let en = ok(&data, &["--lang", "en", "verify"]);
    assert!(
        en.contains("releases,") && en.contains("audit events,"),
        "{en}"
    );
    assert!(en.contains("All data intact."), "{en}");
    let id = ok(&data, &["verify"]);
    assert!(
        id.contains("peristiwa audit") && id.contains("Semua data utuh."),
        "{id}"
    );

    // The CLI's own refusal, with the field it concerns.
    let out = cli(&data, &["--lang", "en", "register"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out).trim(),
        "error (json): Give the JSON file with --json FILE."
    );
    let out = cli(&data, &["register"]);
    assert_eq!(
        text(&out).trim(),
        "galat (json): Sebutkan berkas JSON dengan --json BERKAS."
    );
}

#[test]
fn a_wrong_line_is_refused_in_the_language_naming_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = cli(&data, &["--lang", "en", "berkas", "due", "--yeer", "2026"]);
    assert_eq!(out.status.code(), Some(2));
    let en = text(&out);
    assert!(en.starts_with("error: unknown argument «--yeer»"), "{en}");
    assert!(en.contains("did you mean «--year»?"), "{en}");
    assert!(en.contains("\nUsage: pressdesk-cli berkas due"), "{en}");

    let out = cli(&data, &["berkas", "due", "--yeer", "2026"]);
    assert_eq!(out.status.code(), Some(2));
    let id = text(&out);
    assert!(
        id.starts_with("galat: argumen «--yeer» tidak dikenal"),
        "{id}"
    );
    assert!(id.contains("mungkin maksudnya «--year»?"), "{id}");
    assert!(
        id.contains("\nPenggunaan: pressdesk-cli berkas due"),
        "{id}"
    );

    let out = cli(&data, &["--lang", "en", "completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
    let en = text(&out);
    assert!(
        en.starts_with("error: invalid value «tcsh» for <SHELL>; allowed: bash, elvish, fish"),
        "{en}"
    );
    let out = cli(&data, &["completions"]);
    assert!(text(&out).starts_with("galat: argumen wajib tidak disebut: <SHELL>"));
    let out = cli(&data, &["--lang", "en", "sheeet"]);
    assert!(text(&out).starts_with("error: unknown command «sheeet»"));
    let out = cli(&data, &["server", "desk"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out).starts_with("galat: «pressdesk-cli server desk» perlu perintah: add, remove"),
        "{}",
        text(&out)
    );
}

#[test]
fn the_system_lang_chooses_unless_pressdesk_lang_or_the_flag_says_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let english = [("LANG", "en_US.UTF-8")];
    let out = cli_with_env(&data, &english, &["init"]);
    assert!(
        text(&out).starts_with("PressDesk store ready in"),
        "{}",
        text(&out)
    );
    let out = cli_with_env(&data, &english, &["--help"]);
    assert!(
        text(&out).contains("Usage: pressdesk-cli"),
        "{}",
        text(&out)
    );

    let both = [("LANG", "en_US.UTF-8"), ("PRESSDESK_LANG", "id")];
    let out = cli_with_env(&data, &both, &["verify"]);
    assert!(text(&out).contains("Semua data utuh."), "{}", text(&out));
    let out = cli_with_env(&data, &both, &["--help"]);
    assert!(
        text(&out).contains("Penggunaan: pressdesk-cli"),
        "{}",
        text(&out)
    );

    // The flag wins over both.
    let out = cli_with_env(&data, &both, &["verify", "--lang=en"]);
    assert!(text(&out).contains("All data intact."), "{}", text(&out));
    // A locale that is neither: Indonesian, the default.
    let out = cli_with_env(&data, &[("LANG", "fr_FR.UTF-8")], &["verify"]);
    assert!(text(&out).contains("Semua data utuh."), "{}", text(&out));
}

#[test]
fn completions_are_made_from_the_same_tree_with_its_words_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let bash = ok(&data, &["completions", "bash"]);
    assert!(bash.contains("_pressdesk-cli()") || bash.contains("_pressdesk__cli()"));
    assert!(
        bash.contains("berkas") && bash.contains("--pin-stdin"),
        "{bash}"
    );
    let fish = ok(&data, &["--lang", "en", "completions", "fish"]);
    assert!(fish.contains("'The berkas due in one year'"), "{fish}");
    assert!(fish.contains("'Print help'"), "{fish}");
    let fish = ok(&data, &["completions", "fish"]);
    assert!(
        fish.contains("'Berkas yang jatuh tempo pada satu tahun'"),
        "{fish}"
    );
    assert!(!fish.contains("Print help"), "{fish}");
}
