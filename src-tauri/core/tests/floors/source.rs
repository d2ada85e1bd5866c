//! Reads one source file of core the way the floors test needs it: tokens without comments,
//! strings or `#[cfg(test)]` items, then the module paths it names (every leaf of its `use`
//! trees and every inline `crate::…`, `super::…`, `self::…` or `child::…` path) and the
//! modules it declares. A small lexer, not a Rust parser: core's code is plain enough, and a
//! dependency on `syn` for one test is not worth it.

/// One identifier, `::` or punctuation character, with the line it is on.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub text: String,
    pub line: usize,
}

/// A path a file names: a leaf of a `use` tree or an inline path in code.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub segments: Vec<String>,
    /// The name a `use` binds (its last segment or its `as` name); `None` for inline paths
    /// and globs.
    pub bound: Option<String>,
    /// A `pub` / `pub(crate)` `use`: what a directory's front door re-exports.
    pub reexport: bool,
    pub line: usize,
}

/// What one file says about modules.
#[derive(Debug, Default)]
pub struct Source {
    /// `mod name;` declarations outside `#[cfg(test)]`.
    pub children: Vec<String>,
    pub named: Vec<Named>,
}

pub fn read(text: &str) -> Source {
    let toks = without_test_items(tokens(text));
    let mut source = Source::default();
    for w in toks.windows(3) {
        if w[0].text == "mod" && is_ident(&w[1].text) {
            // An inline `mod x { … }` outside tests would hide its paths' real module.
            assert_eq!(
                w[2].text, ";",
                "inline module `{}` on line {}",
                w[1].text, w[1].line
            );
            source.children.push(w[1].text.clone());
        }
    }
    source.named = named(&toks, &source.children);
    source
}

fn is_ident(s: &str) -> bool {
    s.starts_with(|c: char| c.is_alphabetic() || c == '_')
}

/// Identifiers, `::` and single punctuation; comments, strings, characters and numbers gone.
pub fn tokens(text: &str) -> Vec<Token> {
    lex(text, false)
}

/// As [`tokens`], with each string literal kept as one token, quotes and all (`"…"`).
#[allow(dead_code)] // the messages test's; the floors test reads no strings
pub fn tokens_with_strings(text: &str) -> Vec<Token> {
    lex(text, true)
}

fn lex(text: &str, keep_strings: bool) -> Vec<Token> {
    let c: Vec<char> = text.chars().collect();
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    let (mut i, mut line, mut out) = (0, 1, Vec::new());
    let skip_to = |i: &mut usize, end: usize, line: &mut usize| {
        *line += c[*i..end.min(c.len())]
            .iter()
            .filter(|&&x| x == '\n')
            .count();
        *i = end;
    };
    while i < c.len() {
        let ch = c[i];
        let end = if ch == '/' && at(i + 1) == '/' {
            (i..c.len()).find(|&j| c[j] == '\n').unwrap_or(c.len())
        } else if ch == '/' && at(i + 1) == '*' {
            let (mut j, mut depth) = (i + 2, 1);
            while j < c.len() && depth > 0 {
                match (c[j], at(j + 1)) {
                    ('/', '*') => (depth, j) = (depth + 1, j + 2),
                    ('*', '/') => (depth, j) = (depth - 1, j + 2),
                    _ => j += 1,
                }
            }
            j
        } else if let Some(end) = string_end(&c, i) {
            if keep_strings {
                out.push(Token {
                    text: c[i..end.min(c.len())].iter().collect(),
                    line,
                });
            }
            end
        } else if ch == '\'' {
            // A character literal ('x', '\n', '\''), or a lifetime ('a), which is kept.
            if at(i + 1) == '\\' {
                (i + 3..c.len())
                    .find(|&j| c[j] == '\'')
                    .map_or(c.len(), |j| j + 1)
            } else if at(i + 2) == '\'' {
                i + 3
            } else {
                i + 1
            }
        } else if ch.is_alphabetic() || ch == '_' {
            let mut j = i;
            while j < c.len() && (c[j].is_alphanumeric() || c[j] == '_') {
                j += 1;
            }
            out.push(Token {
                text: c[i..j].iter().collect(),
                line,
            });
            j
        } else if ch.is_ascii_digit() {
            (i..c.len())
                .find(|&j| !(c[j].is_alphanumeric() || c[j] == '_'))
                .unwrap_or(c.len())
        } else if ch == ':' && at(i + 1) == ':' {
            out.push(Token {
                text: "::".into(),
                line,
            });
            i + 2
        } else {
            if !ch.is_whitespace() {
                out.push(Token {
                    text: ch.to_string(),
                    line,
                });
            }
            i + 1
        };
        skip_to(&mut i, end, &mut line);
    }
    out
}

/// Where a string literal starting at `i` ends ("…", b"…", r"…", r#"…"#, br#"…"#, b'x').
fn string_end(c: &[char], i: usize) -> Option<usize> {
    let at = |j: usize| c.get(j).copied().unwrap_or('\0');
    if i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_') {
        return None; // inside an identifier such as `br` or `for`
    }
    let mut j = i;
    if at(j) == 'b' {
        j += 1;
        if at(j) == '\'' {
            let close = if at(j + 1) == '\\' { j + 3 } else { j + 2 };
            return (close..c.len()).find(|&k| c[k] == '\'').map(|k| k + 1);
        }
    }
    if at(j) == 'r' && (at(j + 1) == '"' || at(j + 1) == '#') {
        let hashes = c[j + 1..].iter().take_while(|&&x| x == '#').count();
        if at(j + 1 + hashes) != '"' {
            return None; // a raw identifier, r#type
        }
        let close: String = std::iter::once('"')
            .chain("#".repeat(hashes).chars())
            .collect();
        let body = j + 2 + hashes;
        let rest: String = c[body..].iter().collect();
        let found = rest.find(&close).map_or(rest.len(), |k| k + close.len());
        return Some(body + rest[..found].chars().count());
    }
    if at(j) != '"' {
        return None;
    }
    let mut k = j + 1;
    while k < c.len() && c[k] != '"' {
        k += if c[k] == '\\' { 2 } else { 1 };
    }
    Some(k + 1)
}

/// Drops every item under `#[cfg(test)]`: tests may reach anywhere.
pub fn without_test_items(toks: Vec<Token>) -> Vec<Token> {
    let text: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
    let cfg_test = ["#", "[", "cfg", "(", "test", ")", "]"];
    let mut keep = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        if !text[i..].starts_with(&cfg_test) {
            keep.push(toks[i].clone());
            i += 1;
            continue;
        }
        i += cfg_test.len();
        // Further attributes, then the item: up to its `;` or through its `{ … }`.
        let mut depth = 0i32;
        while i < toks.len() {
            match text[i] {
                "(" | "[" => depth += 1,
                ")" | "]" => depth -= 1,
                ";" if depth == 0 => break,
                "{" if depth == 0 => {
                    let mut braces = 0;
                    while i < toks.len() {
                        braces += match text[i] {
                            "{" => 1,
                            "}" => -1,
                            _ => 0,
                        };
                        if braces == 0 {
                            break;
                        }
                        i += 1;
                    }
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        i += 1;
    }
    keep
}

/// Every leaf of every `use` tree, and every inline path that starts at `crate`, `super`,
/// `self` or one of this file's child modules.
pub fn named(toks: &[Token], children: &[String]) -> Vec<Named> {
    let text = |i: usize| toks.get(i).map_or("", |t| t.text.as_str());
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if text(i) == "use" {
            let public = i > 0
                && (text(i - 1) == "pub"
                    || text(i - 1) == ")" && {
                        let open = (0..i).rev().find(|&j| text(j) == "(").unwrap_or(0);
                        open > 0 && text(open - 1) == "pub"
                    });
            let mut leaves = Vec::new();
            i += 1;
            use_tree(toks, &mut i, Vec::new(), &mut leaves);
            for (segments, bound, line) in leaves {
                out.push(Named {
                    segments,
                    bound,
                    reexport: public,
                    line,
                });
            }
            continue;
        }
        let starts = matches!(text(i), "crate" | "super" | "self")
            || children.iter().any(|c| c == text(i))
                && !matches!(text(i.wrapping_sub(1)), "::" | ".");
        if starts && text(i + 1) == "::" {
            let mut segments = vec![text(i).to_string()];
            let line = toks[i].line;
            i += 1;
            while text(i) == "::" && is_ident(text(i + 1)) {
                segments.push(text(i + 1).to_string());
                i += 2;
            }
            out.push(Named {
                segments,
                bound: None,
                reexport: false,
                line,
            });
            continue;
        }
        i += 1;
    }
    out
}

type Leaf = (Vec<String>, Option<String>, usize);

fn use_tree(toks: &[Token], i: &mut usize, mut segments: Vec<String>, out: &mut Vec<Leaf>) {
    let text = |i: usize| toks.get(i).map_or("", |t| t.text.as_str());
    let line = toks.get(*i).map_or(0, |t| t.line);
    loop {
        match text(*i) {
            "::" => *i += 1,
            "{" => {
                *i += 1;
                while !matches!(text(*i), "}" | "") {
                    use_tree(toks, i, segments.clone(), out);
                    if text(*i) == "," {
                        *i += 1;
                    }
                }
                *i += 1;
                return;
            }
            "*" => {
                *i += 1;
                out.push((segments, None, line));
                return;
            }
            s if is_ident(s) => {
                segments.push(s.to_string());
                *i += 1;
                if text(*i) == "::" {
                    continue;
                }
                if segments.last().is_some_and(|s| s == "self") {
                    segments.pop();
                }
                let mut bound = segments.last().cloned();
                if text(*i) == "as" {
                    bound = Some(text(*i + 1).to_string());
                    *i += 2;
                }
                out.push((segments, bound, line));
                return;
            }
            _ => return,
        }
    }
}
