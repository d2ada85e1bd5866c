//! Time the Indonesian way: stored in UTC as `YYYY-MM-DDTHH:MM:SSZ` (sortable as text), shown
//! in the office's zone as "21 November 2026, 14.05 WITA".

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, TimeZone as _, Utc};

use crate::error::{Error, Result};
use crate::model::TimeZone;

const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

pub fn offset(tz: TimeZone) -> FixedOffset {
    // The three offsets are constants well inside FixedOffset's range.
    FixedOffset::east_opt(tz.offset_hours() * 3600)
        .unwrap_or_else(|| Utc::now().fixed_offset().timezone())
}

pub fn now() -> DateTime<Utc> {
    // Whole seconds: what is stored is what is shown and what the audit chain hashed.
    let now = Utc::now();
    DateTime::from_timestamp(now.timestamp(), 0).unwrap_or(now)
}

pub fn to_db(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub fn from_db(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| Error::Corrupt(format!("waktu tersimpan tidak sah: {s}")))
}

/// "21 November 2026, 14.05 WITA"
pub fn format_datetime(t: DateTime<Utc>, tz: TimeZone) -> String {
    let local = t.with_timezone(&offset(tz));
    format!(
        "{} {} {}, {} {}",
        local.day(),
        month_name(local.month()),
        local.year(),
        local.format("%H.%M"),
        tz.as_str()
    )
}

/// "21 November 2026"
pub fn format_date(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), month_name(d.month()), d.year())
}

pub fn local_date(t: DateTime<Utc>, tz: TimeZone) -> NaiveDate {
    t.with_timezone(&offset(tz)).date_naive()
}

/// Parses the form's local date-time (`YYYY-MM-DDTHH:MM`, seconds optional) in the office zone.
pub fn parse_local(field: &str, s: &str, tz: TimeZone) -> Result<DateTime<Utc>> {
    let s = s.trim();
    // The stored form, and the way an Indonesian office writes it (21/11/2026 14.05).
    const FORMS: [&str; 5] = [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%d/%m/%Y %H.%M",
        "%d/%m/%Y %H:%M",
    ];
    let naive = FORMS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .ok_or_else(|| {
            Error::invalid(
                field,
                format!("Waktu «{s}» tidak sah; tulis seperti 21/11/2026 14.05."),
            )
        })?;
    offset(tz)
        .from_local_datetime(&naive)
        .single()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| Error::invalid(field, format!("Waktu «{s}» tidak sah.")))
}

pub fn parse_date(field: &str, s: &str) -> Result<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .map_err(|_| {
            Error::invalid(
                field,
                format!("Tanggal «{s}» tidak sah; tulis seperti 21/11/2026."),
            )
        })
}

/// The UTC bounds `[start, end)` of a local year or month, for range queries on stored times.
pub fn period_bounds(year: i32, month: Option<u32>, tz: TimeZone) -> Option<(String, String)> {
    let (start, end) = match month {
        Some(m) => {
            let start = NaiveDate::from_ymd_opt(year, m, 1)?;
            let end = if m == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(year, m + 1, 1)?
            };
            (start, end)
        }
        None => (
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?,
        ),
    };
    let utc = |d: NaiveDate| {
        offset(tz)
            .from_local_datetime(&d.and_hms_opt(0, 0, 0)?)
            .single()
            .map(|t| to_db(t.with_timezone(&Utc)))
    };
    Some((utc(start)?, utc(end)?))
}

/// "6 menit 12 detik", "1 jam 3 menit"
pub fn format_duration(secs: i64) -> String {
    let secs = secs.max(0);
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    match (h, m) {
        (0, 0) => format!("{s} detik"),
        (0, _) => format!("{m} menit {s} detik"),
        _ => format!("{h} jam {m} menit"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_as_stored_or_as_an_indonesian_office_writes_them() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        assert_eq!(parse_date("d", "2026-11-21").unwrap(), day);
        assert_eq!(parse_date("d", " 21/11/2026 ").unwrap(), day);
        let bad = parse_date("d", "11/21/2026").unwrap_err();
        assert!(
            bad.to_string().contains("tulis seperti 21/11/2026"),
            "{bad}"
        );
        let wita = TimeZone::WITA;
        let stored = parse_local("t", "2026-11-21T14:05", wita).unwrap();
        assert_eq!(parse_local("t", "21/11/2026 14.05", wita).unwrap(), stored);
        assert_eq!(parse_local("t", "21/11/2026 14:05", wita).unwrap(), stored);
        let bad = parse_local("t", "21/11/2026 2 PM", wita).unwrap_err();
        assert!(bad.to_string().contains("21/11/2026 14.05"), "{bad}");
    }

    #[test]
    fn indonesian_formats() {
        let t = from_db("2026-11-21T06:05:00Z").unwrap();
        assert_eq!(
            format_datetime(t, TimeZone::WITA),
            "21 November 2026, 14.05 WITA"
        );
        assert_eq!(
            format_datetime(t, TimeZone::WIB),
            "21 November 2026, 13.05 WIB"
        );
        let back = parse_local("received_at", "2026-11-21T14:05", TimeZone::WITA).unwrap();
        assert_eq!(back, t);
        assert_eq!(format_duration(372), "6 menit 12 detik");
        let (a, b) = period_bounds(2026, Some(12), TimeZone::WIB).unwrap();
        assert_eq!(
            (a.as_str(), b.as_str()),
            ("2026-11-30T17:00:00Z", "2026-12-31T17:00:00Z")
        );
    }
}
