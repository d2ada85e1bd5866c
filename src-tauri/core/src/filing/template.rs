//! Archive number templates: `{seq:03}/PR/{unit}/{month_roman}/{year}` parsed into segments,
//! checked (a sequence segment is required) and rendered for a number.

use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Seq { width: usize },
    Text(String),
    Unit,
    Class,
    Month,
    MonthRoman,
    Year,
}

/// What a number is made of, besides the template.
pub struct Parts<'a> {
    pub seq: i64,
    pub unit: &'a str,
    pub class: &'a str,
    pub month: u32,
    pub year: i32,
}

pub fn parse(template: &str) -> Result<Vec<Segment>> {
    let bad = |msg: String| Error::invalid("template", msg);
    let mut out = Vec::new();
    let mut rest = template.trim();
    if rest.is_empty() {
        return Err(bad(crate::tr!("err-format-nomor-arsip-wajib-diisi")));
    }
    while !rest.is_empty() {
        match rest.find('{') {
            Some(0) => {
                let end = rest
                    .find('}')
                    .ok_or_else(|| bad(crate::tr!("err-kurung-kurawal-tidak-ditutup")))?;
                let token = &rest[1..end];
                out.push(match token.split_once(':') {
                    Some(("seq", w)) => {
                        Segment::Seq {
                            width: w.parse().ok().filter(|w| (1..=6).contains(w)).ok_or_else(
                                || bad(crate::tr!("err-lebar-urutan-tidak-sah-gunakan", w = w)),
                            )?,
                        }
                    }
                    None if token == "seq" => Segment::Seq { width: 1 },
                    None if token == "unit" => Segment::Unit,
                    None if token == "class" => Segment::Class,
                    None if token == "month" => Segment::Month,
                    None if token == "month_roman" => Segment::MonthRoman,
                    None if token == "year" => Segment::Year,
                    _ => return Err(bad(crate::tr!("err-template-part-unknown", token = token))),
                });
                rest = &rest[end + 1..];
            }
            Some(i) => {
                out.push(Segment::Text(rest[..i].to_owned()));
                rest = &rest[i..];
            }
            None => {
                out.push(Segment::Text(rest.to_owned()));
                rest = "";
            }
        }
    }
    if !out.iter().any(|s| matches!(s, Segment::Seq { .. })) {
        return Err(bad(crate::tr!("err-template-needs-seq")));
    }
    Ok(out)
}

pub fn render(segments: &[Segment], p: &Parts) -> String {
    segments
        .iter()
        .map(|s| match s {
            Segment::Seq { width } => format!("{:0width$}", p.seq, width = *width),
            Segment::Text(t) => t.clone(),
            Segment::Unit => p.unit.to_owned(),
            Segment::Class => p.class.to_owned(),
            Segment::Month => format!("{:02}", p.month),
            Segment::MonthRoman => roman(p.month).to_owned(),
            Segment::Year => p.year.to_string(),
        })
        .collect()
}

pub fn roman(month: u32) -> &'static str {
    const R: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    R[(month.clamp(1, 12) - 1) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_design_example_and_refuses_templates_without_a_sequence() {
        let t = parse("{seq:03}/PR/{unit}/{month_roman}/{year}").unwrap();
        let p = Parts {
            seq: 7,
            unit: "DISKOMINFO",
            class: "480",
            month: 11,
            year: 2026,
        };
        assert_eq!(render(&t, &p), "007/PR/DISKOMINFO/XI/2026");
        let t = parse("{class}.{month}-{seq}").unwrap();
        assert_eq!(render(&t, &p), "480.11-7");
        assert!(parse("PR/{unit}/{year}")
            .unwrap_err()
            .to_string()
            .contains("nomor urut"));
        assert_eq!(parse("{seq:9}").unwrap_err().field(), Some("template"));
        assert!(parse("{tahun}").is_err());
    }
}
