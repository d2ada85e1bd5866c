//! The PDF tests' tools: where their PDFs are written (to be looked at), and poppler and qpdf
//! run as a user would run them; a missing tool fails the test (the test script installs them).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// `PRESSDESK_TEST_OUTPUT`, else `test-output/` at the repository's root.
pub fn output_dir() -> PathBuf {
    let dir = std::env::var_os("PRESSDESK_TEST_OUTPUT")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-output"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `bytes` to the output folder as `name`; returns the path for the tools.
pub fn write(name: &str, bytes: &[u8]) -> String {
    let path = output_dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_owned()
}

/// Runs a tool and returns its standard output; fails the test when it fails.
pub fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed for this test (poppler-utils, qpdf): {e}"));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{name} {args:?} failed: {text}{err}");
    text
}

/// All whitespace runs made single spaces (pdftotext breaks lines anywhere).
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// pdftotext's output of the whole file, collapsed.
pub fn text_of(pdf: &str) -> String {
    collapse(&tool("pdftotext", &["-enc", "UTF-8", pdf, "-"]))
}

/// `qpdf --check` passes, and every font is embedded, subset and has a Unicode map (so the
/// file prints the same everywhere and its text can be searched); returns how many fonts.
pub fn assert_valid_with_embedded_fonts(pdf: &str) -> usize {
    tool("qpdf", &["--check", pdf]);
    let fonts = tool("pdffonts", &[pdf]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts:\n{fonts}");
    for row in &rows {
        // name type encoding emb sub uni object-id generation
        let cols: Vec<&str> = row.split_whitespace().collect();
        let flags = &cols[cols.len() - 5..cols.len() - 2];
        assert_eq!(flags, ["yes", "yes", "yes"], "emb sub uni:\n{fonts}");
    }
    rows.len()
}
