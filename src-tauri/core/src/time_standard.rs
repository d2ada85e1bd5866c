//! The time standard (mutu baku) of an SOP step as the seeds write it: minutes, hours, working
//! days ("2 hari"), a month (a roster), a deadline relative to the event's date ("H-1", "H+1"),
//! or none ("menyesuaikan kondisi lapangan"). A step is due at a moment; it met its standard if
//! it was done by then.

use chrono::{DateTime, Days, Months, NaiveDate, NaiveTime, TimeZone as _, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::calendar::Calendar;
use crate::error::{Error, Result};
use crate::model::TimeZone;
use crate::timefmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "amount", rename_all = "snake_case")]
#[ts(export)]
pub enum TimeStandard {
    Minutes(u32),
    Hours(u32),
    /// Counted in the office's working days and hours (its calendar, holidays included).
    WorkingDays(u32),
    Months(u32),
    /// Done by the end of the day `n` days before the event ("H-1").
    BeforeEvent(u32),
    /// Done by the end of the day `n` days after the event ("H+1").
    AfterEvent(u32),
    /// The seeds' "menyesuaikan kondisi lapangan": not measured.
    None,
}

impl TimeStandard {
    /// How the template row stores it: `(kind, amount)`.
    pub fn parts(self) -> (&'static str, i64) {
        match self {
            TimeStandard::Minutes(n) => ("minutes", n.into()),
            TimeStandard::Hours(n) => ("hours", n.into()),
            TimeStandard::WorkingDays(n) => ("working_days", n.into()),
            TimeStandard::Months(n) => ("months", n.into()),
            TimeStandard::BeforeEvent(n) => ("before_event", n.into()),
            TimeStandard::AfterEvent(n) => ("after_event", n.into()),
            TimeStandard::None => ("none", 0),
        }
    }

    pub fn from_parts(kind: &str, amount: i64) -> Result<TimeStandard> {
        let n = u32::try_from(amount).map_err(|_| {
            Error::Corrupt(crate::tr!(
                "err-mutu-baku-tidak-sah",
                kind = kind,
                amount = amount
            ))
        })?;
        Ok(match kind {
            "minutes" => TimeStandard::Minutes(n),
            "hours" => TimeStandard::Hours(n),
            "working_days" => TimeStandard::WorkingDays(n),
            "months" => TimeStandard::Months(n),
            "before_event" => TimeStandard::BeforeEvent(n),
            "after_event" => TimeStandard::AfterEvent(n),
            "none" => TimeStandard::None,
            _ => {
                return Err(Error::Corrupt(crate::tr!(
                    "err-jenis-mutu-baku-tidak-dikenal",
                    kind = kind
                )))
            }
        })
    }

    /// Reads what an admin types, the way the seeds write it: "7 menit", "2 jam", "2 hari",
    /// "1 bulan", "H-1", "H+1", or "-" for none; or as [`label`](Self::label) shows it in
    /// English ("7 min", "2 h", "2 working days", "1 month", "D-1", "as needed"), since the
    /// SOP editor starts from the label.
    pub fn parse(field: &str, text: &str) -> Result<TimeStandard> {
        let t = text.trim().to_lowercase();
        let bad = || {
            Error::invalid(
                field,
                crate::tr!("err-mutu-baku-tidak-dikenal-tulis", trim = text.trim()),
            )
        };
        if t == "-" || t.starts_with("menyesuaikan") || t == "as needed" {
            return Ok(TimeStandard::None);
        }
        if let Some(rest) = t.strip_prefix('h').or_else(|| t.strip_prefix('d')) {
            let rest = rest.trim();
            let (sign, n) = rest.split_at(rest.len().min(1));
            let n: u32 = n.trim().parse().map_err(|_| bad())?;
            return match sign {
                "-" => Ok(TimeStandard::BeforeEvent(n)),
                "+" => Ok(TimeStandard::AfterEvent(n)),
                _ => Err(bad()),
            };
        }
        let mut words = t.split_whitespace();
        let n: u32 = words.next().and_then(|w| w.parse().ok()).ok_or_else(bad)?;
        let standard = match words.next().unwrap_or("") {
            "menit" | "mnt" | "min" | "minute" | "minutes" => TimeStandard::Minutes(n),
            "jam" | "h" | "hour" | "hours" => TimeStandard::Hours(n),
            "hari" | "working" | "day" | "days" => TimeStandard::WorkingDays(n),
            "bulan" | "month" | "months" => TimeStandard::Months(n),
            _ => return Err(bad()),
        };
        if n == 0 {
            return Err(Error::invalid(
                field,
                crate::tr!("err-mutu-baku-harus-lebih-dari"),
            ));
        }
        Ok(standard)
    }

    /// "7 menit", "2 hari kerja", "H-1" (in English "7 min", "2 working days", "D-1").
    pub fn label(self) -> String {
        match self {
            TimeStandard::Minutes(n) => crate::tr!("standard-minutes", n = n),
            TimeStandard::Hours(n) => crate::tr!("standard-hours", n = n),
            TimeStandard::WorkingDays(n) => crate::tr!("standard-working-days", n = n),
            TimeStandard::Months(1) => crate::tr!("standard-month"),
            TimeStandard::Months(n) => crate::tr!("standard-months", n = n),
            TimeStandard::BeforeEvent(n) => crate::tr!("standard-before-event", n = n),
            TimeStandard::AfterEvent(n) => crate::tr!("standard-after-event", n = n),
            TimeStandard::None => crate::tr!("standard-none"),
        }
    }

    /// Seconds of handling allowed, for the standards that are a span of time.
    pub fn span_secs(self) -> Option<i64> {
        match self {
            TimeStandard::Minutes(n) => Some(i64::from(n) * 60),
            TimeStandard::Hours(n) => Some(i64::from(n) * 3600),
            _ => None,
        }
    }

    /// When a step taken up at `from` is due; `None` when it is not measured (or its deadline
    /// hangs on an event date the record does not have).
    pub fn due(
        self,
        from: DateTime<Utc>,
        event_date: Option<NaiveDate>,
        tz: TimeZone,
        cal: &Calendar,
    ) -> Option<DateTime<Utc>> {
        let end_of = |d: NaiveDate| end_of_day(d, tz);
        match self {
            TimeStandard::Minutes(_) | TimeStandard::Hours(_) => {
                Some(from + chrono::Duration::seconds(self.span_secs()?))
            }
            TimeStandard::WorkingDays(n) => Some(cal.add_working_days(from, n, tz)),
            TimeStandard::Months(n) => from.checked_add_months(Months::new(n)),
            TimeStandard::BeforeEvent(n) => {
                end_of(event_date?.checked_sub_days(Days::new(n.into()))?)
            }
            TimeStandard::AfterEvent(n) => {
                end_of(event_date?.checked_add_days(Days::new(n.into()))?)
            }
            TimeStandard::None => None,
        }
    }

    /// Whether the deadline is fixed by the event's date rather than by when the step began:
    /// then neither waiting nor a late start moves it.
    pub fn is_deadline(self) -> bool {
        matches!(
            self,
            TimeStandard::BeforeEvent(_) | TimeStandard::AfterEvent(_)
        )
    }
}

/// The last second of a local day.
fn end_of_day(d: NaiveDate, tz: TimeZone) -> Option<DateTime<Utc>> {
    let t = d.and_time(NaiveTime::from_hms_opt(23, 59, 59)?);
    timefmt::offset(tz)
        .from_local_datetime(&t)
        .single()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seeds_standards_read_as_written() {
        let p = |s| TimeStandard::parse("standard", s).unwrap();
        assert_eq!(p("7 menit"), TimeStandard::Minutes(7));
        assert_eq!(p("240 Menit"), TimeStandard::Minutes(240));
        assert_eq!(p("2 jam"), TimeStandard::Hours(2));
        assert_eq!(p("2 hari"), TimeStandard::WorkingDays(2));
        assert_eq!(p("1 bulan"), TimeStandard::Months(1));
        assert_eq!(p("H-1"), TimeStandard::BeforeEvent(1));
        assert_eq!(p("h + 1"), TimeStandard::AfterEvent(1));
        assert_eq!(p("-"), TimeStandard::None);
        let err = TimeStandard::parse("standard", "sebentar").unwrap_err();
        assert_eq!(err.field(), Some("standard"));
        for s in [p("7 menit"), p("2 hari"), p("H+1"), p("-")] {
            let (k, n) = s.parts();
            assert_eq!(TimeStandard::from_parts(k, n).unwrap(), s);
        }
    }

    /// The SOP editor starts from the label: what it shows in either language reads back.
    #[test]
    fn a_label_in_either_language_reads_back_as_the_same_standard() {
        use crate::i18n::{with_lang, Lang};
        let all = [
            TimeStandard::Minutes(7),
            TimeStandard::Hours(2),
            TimeStandard::WorkingDays(2),
            TimeStandard::Months(1),
            TimeStandard::BeforeEvent(1),
            TimeStandard::AfterEvent(3),
            TimeStandard::None,
        ];
        let shown = |lang| all.map(|s| with_lang(lang, || s.label()));
        assert_eq!(shown(Lang::Id)[0], "7 menit");
        assert_eq!(shown(Lang::Id)[2], "2 hari kerja");
        assert_eq!(shown(Lang::Id)[4], "H-1");
        assert_eq!(
            TimeStandard::Hours(2).label(),
            "2 jam",
            "Indonesian by default"
        );
        assert_eq!(
            shown(Lang::En),
            [
                "7 min",
                "2 h",
                "2 working days",
                "1 month",
                "D-1",
                "D+3",
                "as needed"
            ]
        );
        assert_eq!(
            with_lang(Lang::En, || TimeStandard::parse("standard", "soon"))
                .unwrap_err()
                .to_string(),
            "Unknown time standard «soon»; write for example 7 min, 3 h, 2 working days, \
             1 month, D-1, D+1 or - (none)."
        );
        for lang in [Lang::Id, Lang::En] {
            for (label, s) in shown(lang).iter().zip(all) {
                assert_eq!(
                    TimeStandard::parse("standard", label).unwrap(),
                    s,
                    "{label}"
                );
            }
        }
    }

    #[test]
    fn an_event_deadline_is_the_end_of_that_local_day() {
        let event = NaiveDate::from_ymd_opt(2026, 11, 21);
        let due = TimeStandard::BeforeEvent(1)
            .due(Utc::now(), event, TimeZone::WIB, &Calendar::standard())
            .unwrap();
        assert_eq!(timefmt::to_db(due), "2026-11-20T16:59:59Z");
    }
}
