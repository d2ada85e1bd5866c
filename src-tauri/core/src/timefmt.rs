//! Time the Indonesian way: stored in UTC as `YYYY-MM-DDTHH:MM:SSZ` (sortable as text), shown
//! in the office's zone as "21 November 2026, 14.05 WITA". The `format_*` functions write the
//! Indonesian of the official records (prints, the audit's words); the `show_*` ones follow the
//! interface language for the screens ("21 November 2026, 2:05 pm WITA" in English).

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, TimeZone as _, Timelike, Utc,
};

use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
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

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// The month's name in the interface language.
pub fn show_month(month: u32) -> &'static str {
    match i18n::lang() {
        Lang::Id => month_name(month),
        Lang::En => MONTHS_EN[(month.clamp(1, 12) - 1) as usize],
    }
}

/// The weekday's name in the interface language ("Senin", "Monday"), Monday 0 … Sunday 6.
pub fn show_weekday(monday0: usize) -> String {
    const KEYS: [&str; 7] = [
        "weekday-mon",
        "weekday-tue",
        "weekday-wed",
        "weekday-thu",
        "weekday-fri",
        "weekday-sat",
        "weekday-sun",
    ];
    crate::tr!(KEYS[monday0.min(6)])
}

/// "Senin, 21 November 2026" or "Monday, 21 November 2026".
pub fn show_day(d: NaiveDate) -> String {
    format!(
        "{}, {}",
        show_weekday(d.weekday().num_days_from_monday() as usize),
        show_date(d)
    )
}

/// "21 November 2026, 14.05 WITA", or in English "21 November 2026, 2:05 pm WITA".
pub fn show_datetime(t: DateTime<Utc>, tz: TimeZone) -> String {
    if i18n::lang() == Lang::Id {
        return format_datetime(t, tz);
    }
    let local = t.with_timezone(&offset(tz));
    let (pm, hour) = local.hour12();
    format!(
        "{}, {hour}:{:02} {} {}",
        show_date(local.date_naive()),
        local.minute(),
        if pm { "pm" } else { "am" },
        tz.as_str()
    )
}

/// "21 November 2026" with the month in the interface language.
pub fn show_date(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), show_month(d.month()), d.year())
}

/// "6 menit 12 detik" or "6 min 12 s", in the interface language.
pub fn show_duration(secs: i64) -> String {
    if i18n::lang() == Lang::Id {
        return format_duration(secs);
    }
    let secs = secs.max(0);
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    match (h, m) {
        (0, 0) => format!("{s} s"),
        (0, _) => format!("{m} min {s} s"),
        _ => format!("{h} h {m} min"),
    }
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
        .map_err(|_| Error::Corrupt(crate::tr!("stored-time-invalid", value = s)))
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
        .ok_or_else(|| Error::invalid(field, crate::tr!("err-time-format", value = s)))?;
    offset(tz)
        .from_local_datetime(&naive)
        .single()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| Error::invalid(field, crate::tr!("err-time-invalid", value = s)))
}

pub fn parse_date(field: &str, s: &str) -> Result<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .map_err(|_| Error::invalid(field, crate::tr!("err-date-format", value = s)))
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
        let en = |f: fn() -> String| i18n::with_lang(Lang::En, f);
        assert_eq!(
            en(|| show_datetime(from_db("2026-11-21T06:05:00Z").unwrap(), TimeZone::WITA)),
            "21 November 2026, 2:05 pm WITA"
        );
        assert_eq!(
            en(|| show_datetime(from_db("2026-08-16T16:30:00Z").unwrap(), TimeZone::WIB)),
            "16 August 2026, 11:30 pm WIB"
        );
        assert_eq!(
            en(|| show_datetime(from_db("2026-05-31T16:07:00Z").unwrap(), TimeZone::WIT)),
            "1 June 2026, 1:07 am WIT"
        );
        assert_eq!(en(|| show_duration(372)), "6 min 12 s");
        let id = i18n::with_lang(Lang::Id, || show_datetime(t, TimeZone::WITA));
        assert_eq!(id, "21 November 2026, 14.05 WITA");
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
