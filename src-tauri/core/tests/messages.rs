//! Every error core says goes through the message files (issue 16): no `Error` of core's code
//! outside tests is built from a string literal with words in it ("Berkas tidak ada" or
//! `format!("gagal: {e}")`), which would reach an English user in Indonesian. Its message
//! comes from `tr!("key", …)` (or from another error or a library's own text).
//!
//! Read from `src/**/*.rs` with the floors test's lexer: for `Error::NotFound(…)`,
//! `Error::Conflict(…)` and the other one-message variants, `Error::invalid(field, …)` and
//! `Error::media(field, …)`, and `message:` of `Error::Invalid { … }` / `Error::Media { … }`,
//! the message may not start with such a literal. A message built earlier in a variable or
//! a helper closure is not seen; those are few and reviewed by hand.

#[allow(dead_code)]
#[path = "floors/source.rs"]
mod source;

use std::path::{Path, PathBuf};

use source::{tokens_with_strings, without_test_items, Token};

const ONE_MESSAGE: [&str; 7] = [
    "NotFound",
    "Forbidden",
    "Conflict",
    "Corrupt",
    "Server",
    "Offline",
    "Internal",
];

/// Whether a string literal token (`"…"`, `r"…"`) has a letter outside its `{…}` arguments.
fn has_words(literal: &str) -> bool {
    if !literal.ends_with('"') {
        return false;
    }
    let mut depth = 0;
    literal.trim_start_matches(['r', '#']).chars().any(|ch| {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        depth == 0 && ch.is_alphabetic()
    })
}

/// Whether the message starting at token `i` is a literal with words, bare or in `format!`.
fn literal_at(toks: &[Token], i: usize) -> bool {
    let text = |k: usize| toks.get(k).map_or("", |t| t.text.as_str());
    if text(i) == "format" && text(i + 1) == "!" && text(i + 2) == "(" {
        return has_words(text(i + 3));
    }
    has_words(text(i))
}

/// The token after the top-level `,` that ends the argument starting at `i`.
fn next_argument(toks: &[Token], mut i: usize) -> Option<usize> {
    let mut depth = 0;
    while let Some(t) = toks.get(i) {
        match t.text.as_str() {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" if depth == 0 => return None,
            ")" | "]" | "}" => depth -= 1,
            "," if depth == 0 => return Some(i + 1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The lines of `text` where an error is built from a literal with words.
fn bare_messages(text: &str) -> Vec<usize> {
    let toks = without_test_items(tokens_with_strings(text));
    let text = |k: usize| toks.get(k).map_or("", |t| t.text.as_str());
    let mut found = Vec::new();
    for i in 0..toks.len() {
        if text(i) != "Error" || text(i + 1) != "::" {
            continue;
        }
        let variant = text(i + 2);
        let message = match text(i + 3) {
            "(" if ONE_MESSAGE.contains(&variant) => Some(i + 4),
            "(" if variant == "invalid" || variant == "media" => next_argument(&toks, i + 4),
            "{" if variant == "Invalid" || variant == "Media" => (i + 4..toks.len())
                .take_while(|&k| text(k) != "}")
                .find(|&k| text(k) == "message" && text(k + 1) == ":")
                .map(|k| k + 2),
            _ => None,
        };
        if message.is_some_and(|m| literal_at(&toks, m)) {
            found.push(toks[i].line);
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_error_of_core_is_built_from_a_literal_with_words() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(files.len() > 100, "the test reads core's files");
    let mut bare = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for line in bare_messages(&text) {
            bare.push(format!(
                "{}:{line}",
                file.strip_prefix(&src).unwrap().display()
            ));
        }
    }
    assert!(
        bare.is_empty(),
        "errors built from a literal; put the text in locales/*/core.ftl and use tr!:\n{}",
        bare.join("\n")
    );
}

/// The keys of `tr!("key", …)` in `text` (a literal first argument), with their lines.
fn keys_named(text: &str) -> Vec<(String, usize)> {
    let toks = without_test_items(tokens_with_strings(text));
    toks.windows(4)
        .filter(|w| w[0].text == "tr" && w[1].text == "!" && w[2].text == "(")
        .filter(|w| w[3].text.starts_with('"'))
        .map(|w| (w[3].text.trim_matches('"').to_owned(), w[3].line))
        .collect()
}

/// A key that no file has shows as the key itself ("err-berkas"): every `tr!("key")` of core
/// and of the CLI names one of the Indonesian files core embeds.
#[test]
fn every_key_core_names_is_in_the_message_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut known = std::collections::BTreeSet::new();
    for (_, text) in pressdesk_core::i18n::FILES_ID {
        known.extend(text.lines().filter_map(|l| {
            let (key, _) = l.split_once(" =")?;
            key.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                .then(|| key.to_owned())
        }));
    }
    // Core's sources and the CLI's: both say their words through core's `tr!`.
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("../cli/src"), &mut files);
    let mut unknown = Vec::new();
    let mut seen = 0;
    for file in &files {
        for (key, line) in keys_named(&std::fs::read_to_string(file).unwrap()) {
            seen += 1;
            if !known.contains(&key) {
                let at = file.strip_prefix(root).unwrap_or(file).display();
                unknown.push(format!("{at}:{line}: {key}"));
            }
        }
    }
    assert!(
        seen > 450,
        "the test reads core's and the CLI's keys ({seen})"
    );
    assert!(
        unknown.is_empty(),
        "keys in no message file:\n{}",
        unknown.join("\n")
    );
}

#[test]
fn the_check_sees_each_shape_of_a_bare_message_and_lets_the_others_pass() {
    let bad = r#"
        fn a() { Err(Error::NotFound("Rilis tidak ada".into())) }
        fn b(e: E) -> Error { Error::Internal(format!("gagal menyusun PDF: {e}")) }
        fn c() -> Error {
            Error::invalid(
                "paper",
                format!("Ukuran kertas «{s}» tidak dikenal."),
            )
        }
        fn d() -> Error { Error::media(&field_name(1, 2), "Berkas rusak") }
        fn e() -> Error { Error::Invalid { field: None, message: "Salah".into() } }
    "#;
    assert_eq!(bare_messages(bad), [2, 3, 5, 10, 11]);
    let good = r#"
        fn a() { Err(Error::NotFound(crate::tr!("err-rilis-tidak-ada", key = key))) }
        fn b(e: E) -> Error { Error::Internal(format!("{e}")) }
        fn c() -> Error { Error::invalid("paper", crate::tr!("paper-unknown", value = s)) }
        fn d(why: String) -> Error { Error::Server(why) }
        // Error::Conflict("a comment is not code")
        #[cfg(test)]
        mod tests {
            fn t() -> Error { Error::Conflict("tests may say anything".into()) }
        }
    "#;
    assert_eq!(bare_messages(good), Vec::<usize>::new());
}
