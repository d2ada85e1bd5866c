//! A row's values as the JSON array SQLite's `json_array` writes, built here so that the office's
//! server gives the same text: a fingerprint stored in an audit event on a desk's SQLite must
//! verify when the record is on the server. `[` values `,` `]` with no spaces; integers in
//! decimal; NULL as `null`; text quoted, with `"` and `\` escaped, the five control characters
//! JSON names as `\b \f \n \r \t` and the others below U+0020 as `\u00xx` (lower-case hex);
//! everything else, non-ASCII included, as it is. The property test below holds it to SQLite.

use std::fmt::Write as _;

use crate::error::{Error, Result};
use crate::sql::Value;

/// Appends `values` to `out` as one JSON array.
pub fn json_array(values: &[Value], out: &mut String) -> Result<()> {
    out.push('[');
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match v {
            Value::Null => out.push_str("null"),
            // Writing into a String cannot fail.
            Value::Integer(n) => {
                let _ = write!(out, "{n}");
            }
            Value::Text(s) => quoted(s, out),
            // The fingerprinted columns are INTEGER or TEXT of STRICT tables (bigint or text on
            // the server): a real or a blob there is a damaged row, which SQLite's json_array
            // would not have written the same way (or at all).
            Value::Real(_) | Value::Blob(_) => {
                return Err(Error::Corrupt(crate::tr!(
                    "fingerprint-bad-value",
                    value = format!("{v:?}")
                )))
            }
        }
    }
    out.push(']');
    Ok(())
}

fn quoted(s: &str, out: &mut String) {
    out.reserve(s.len() + 2);
    out.push('"');
    // Runs of bytes that need no escape are copied whole (every byte of a multi-byte character
    // is 0x80 or above): a release's body is mostly such a run.
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x0c => "\\f",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[run..i]);
        run = i + 1;
        if escape.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escape);
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rusqlite::types::Value as S;

    use super::json_array;
    use crate::sql::Value;

    /// Text with what JSON must escape made likely: quotes, backslashes, every control
    /// character, the apostrophe, DEL, the line separators JavaScript dislikes, accents, CJK
    /// and emoji; and any string at all.
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[\"\\\\'\\x00-\\x1f\\x7f\u{80}\u{a0}\u{2028}\u{2029}\u{feff}aZ0 /éß中文😀]{0,24}",
            any::<String>(),
        ]
    }

    fn value() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<i64>().prop_map(Value::Integer),
            prop_oneof![
                Just(0_i64),
                Just(1),
                Just(-1),
                Just(i64::MIN),
                Just(i64::MAX)
            ]
            .prop_map(Value::Integer),
            text().prop_map(Value::Text),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Fingerprints already stored in audit events were made by SQLite's json_array: the
        /// text built here must be byte for byte SQLite's, for any values a row can hold.
        #[test]
        fn the_json_built_here_is_sqlites_json_array(
            values in prop::collection::vec(value(), 0..30)
        ) {
            let conn = rusqlite::Connection::open_in_memory().unwrap();
            let marks: Vec<String> = (1..=values.len()).map(|i| format!("?{i}")).collect();
            let sql = format!("SELECT json_array({})", marks.join(", "));
            let params: Vec<S> = values
                .iter()
                .map(|v| match v {
                    Value::Null => S::Null,
                    Value::Integer(n) => S::Integer(*n),
                    Value::Text(s) => S::Text(s.clone()),
                    Value::Real(_) | Value::Blob(_) => unreachable!(),
                })
                .collect();
            let sqlite: String = conn
                .query_row(&sql, rusqlite::params_from_iter(params), |r| r.get(0))
                .unwrap();
            let mut ours = String::new();
            json_array(&values, &mut ours).unwrap();
            prop_assert_eq!(ours, sqlite);
        }
    }
}
