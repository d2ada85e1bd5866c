//! SQLite's placeholders as PostgreSQL's: `?1` becomes `$1`, a bare `?` the next number. Text
//! in quotes and comments is left as it is.

/// The statement with PostgreSQL's placeholders.
pub fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    let mut next = 1u32;
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                // Up to the closing quote; a doubled quote is an escaped one and stays inside.
                while let Some(d) = chars.next() {
                    out.push(d);
                    if d == c {
                        if chars.peek() == Some(&c) {
                            out.extend(chars.next());
                        } else {
                            break;
                        }
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == '\n' {
                        break;
                    }
                }
            }
            '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                out.push('$');
                if digits.is_empty() {
                    out.push_str(&next.to_string());
                    next += 1;
                } else {
                    out.push_str(&digits);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::numbered;

    #[test]
    fn numbered_and_bare_placeholders_become_dollars_outside_quotes_and_comments() {
        assert_eq!(
            numbered("SELECT ?1, ?12 FROM t WHERE a = '?' AND b = ? -- why?\n AND \"x?\" = ?"),
            "SELECT $1, $12 FROM t WHERE a = '?' AND b = $1 -- why?\n AND \"x?\" = $2"
        );
        assert_eq!(numbered("SELECT 'it''s ?1'"), "SELECT 'it''s ?1'");
    }
}
