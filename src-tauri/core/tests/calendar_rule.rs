//! The working-day rule of `calendar.rs`: the examples the office knows (a Friday afternoon, a
//! Thursday evening, a long weekend), and its invariants over random weeks, holidays, zones and
//! moments, checked against a day-by-day reading of the rule and a minute-by-minute count.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc};
use pressdesk_core::calendar::{Calendar, Hours};
use pressdesk_core::model::TimeZone;
use pressdesk_core::time_standard::TimeStandard;
use proptest::prelude::*;

const TZ: TimeZone = TimeZone::WITA;

fn offset(tz: TimeZone) -> Duration {
    Duration::hours(tz.offset_hours().into())
}

/// "2026-12-04 15:00" in `tz`.
fn at_in(s: &str, tz: TimeZone) -> DateTime<Utc> {
    let t = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    (t - offset(tz)).and_utc()
}

fn at(s: &str) -> DateTime<Utc> {
    at_in(s, TZ)
}

fn local(t: DateTime<Utc>, tz: TimeZone) -> NaiveDateTime {
    t.naive_utc() + offset(tz)
}

fn shown(t: DateTime<Utc>) -> String {
    local(t, TZ).format("%a %Y-%m-%d %H:%M").to_string()
}

fn due(cal: &Calendar, from: &str, n: u32) -> String {
    shown(cal.add_working_days(at(from), n, TZ))
}

fn with_holidays(dates: &[&str]) -> Calendar {
    let mut cal = Calendar::standard();
    cal.holidays = dates.iter().map(|d| d.parse().unwrap()).collect();
    cal
}

#[test]
fn a_step_taken_up_on_friday_afternoon_with_one_day_is_due_on_monday_at_the_same_time() {
    let cal = Calendar::standard();
    assert_eq!(due(&cal, "2026-12-04 15:00", 1), "Mon 2026-12-07 15:00");
    assert_eq!(due(&cal, "2026-12-04 15:00", 2), "Tue 2026-12-08 15:00");
    // Friday is half an hour longer than Monday: the rest of the day is Monday's closing.
    assert_eq!(due(&cal, "2026-12-04 16:15", 1), "Mon 2026-12-07 16:00");
}

#[test]
fn outside_working_hours_the_clock_starts_at_the_next_opening_and_ends_at_a_closing() {
    let cal = Calendar::standard();
    assert_eq!(due(&cal, "2026-12-03 18:00", 1), "Fri 2026-12-04 16:30");
    assert_eq!(due(&cal, "2026-12-03 16:00", 1), "Fri 2026-12-04 16:30");
    assert_eq!(due(&cal, "2026-12-07 06:10", 2), "Tue 2026-12-08 16:00");
    assert_eq!(due(&cal, "2026-12-07 07:30", 1), "Mon 2026-12-07 16:00");
    assert_eq!(due(&cal, "2026-12-05 10:00", 1), "Mon 2026-12-07 16:00");
    assert_eq!(due(&cal, "2026-12-06 23:59", 3), "Wed 2026-12-09 16:00");
}

#[test]
fn holidays_and_a_long_weekend_push_the_due_date() {
    // Natal on Friday and cuti bersama on Thursday 24 December 2026.
    let cal = with_holidays(&["2026-12-24", "2026-12-25"]);
    assert_eq!(due(&cal, "2026-12-23 10:00", 1), "Mon 2026-12-28 10:00");
    assert_eq!(due(&cal, "2026-12-23 17:00", 1), "Mon 2026-12-28 16:00");
    assert_eq!(due(&cal, "2026-12-24 09:00", 1), "Mon 2026-12-28 16:00");
    assert_eq!(due(&cal, "2026-12-22 09:00", 2), "Mon 2026-12-28 09:00");
    let plain = Calendar::standard();
    assert_eq!(due(&plain, "2026-12-22 09:00", 2), "Thu 2026-12-24 09:00");
}

#[test]
fn the_time_standard_of_two_days_is_counted_in_the_calendar() {
    let cal = with_holidays(&["2026-08-17"]);
    let from = at("2026-08-14 10:00");
    let due = TimeStandard::WorkingDays(2)
        .due(from, None, TZ, &cal)
        .unwrap();
    assert_eq!(shown(due), "Wed 2026-08-19 10:00");
    let due = TimeStandard::Hours(2).due(from, None, TZ, &cal).unwrap();
    assert_eq!(
        shown(due),
        "Fri 2026-08-14 12:00",
        "hours are wall-clock hours"
    );
}

#[test]
fn working_time_between_two_moments_counts_only_working_hours() {
    let cal = with_holidays(&["2026-12-25"]);
    let secs = |a: &str, b: &str| cal.working_secs_between(at(a), at(b), TZ);
    assert_eq!(secs("2026-12-04 15:00", "2026-12-07 15:00"), 9 * 3600);
    assert_eq!(secs("2026-12-07 12:00", "2026-12-07 13:00"), 3600);
    assert_eq!(secs("2026-12-05 08:00", "2026-12-06 20:00"), 0, "a weekend");
    assert_eq!(
        secs("2026-12-24 16:00", "2026-12-28 07:30"),
        0,
        "Natal's long weekend"
    );
    assert_eq!(
        secs("2026-12-07 13:00", "2026-12-07 12:00"),
        0,
        "backwards is nothing"
    );
    // A whole week: four days of 8.5 hours and Friday's 9.
    assert_eq!(secs("2026-12-06 00:00", "2026-12-13 00:00"), 43 * 3600);
}

#[test]
fn a_huge_standard_ends_far_away_without_counting_every_day() {
    let cal = with_holidays(&["2026-12-25", "2027-01-01"]);
    let from = at("2026-12-04 15:00");
    let far = cal.add_working_days(from, 1_000_000, TZ);
    assert!(far.year() > 5800, "{far}");
    assert_eq!(
        cal.add_working_days(from, u32::MAX, TZ),
        DateTime::<Utc>::MAX_UTC
    );
}

/// The rule as the module's comment states it, read one day at a time.
fn reference(cal: &Calendar, from: NaiveDateTime, n: u32) -> NaiveDateTime {
    if n == 0 {
        return from;
    }
    let bounds = |d: NaiveDate| {
        let h = cal.hours(d)?;
        let midnight = d.and_hms_opt(0, 0, 0)?;
        Some((
            midnight + Duration::minutes(h.open().into()),
            midnight + Duration::minutes(h.close().into()),
        ))
    };
    let next_working = |mut d: NaiveDate| loop {
        d = d.succ_opt().unwrap();
        if cal.is_working_day(d) {
            return d;
        }
    };
    let (day, into) = match bounds(from.date()) {
        Some((open, _)) if from < open => (from.date(), Duration::zero()),
        Some((open, close)) if from < close => (from.date(), from - open),
        _ => (next_working(from.date()), Duration::zero()),
    };
    let mut target = day;
    if into > Duration::zero() {
        for _ in 0..n {
            target = next_working(target);
        }
        let (open, close) = bounds(target).unwrap();
        (open + into).min(close)
    } else {
        for _ in 1..n {
            target = next_working(target);
        }
        bounds(target).unwrap().1
    }
}

fn week() -> impl Strategy<Value = [Option<Hours>; 7]> {
    let day = prop_oneof![
        1 => Just(None),
        3 => (0u16..96, 1u16..=96).prop_map(|(open, len)| {
            let open = open * 15;
            Hours::new(open, (open + len * 15).min(1440))
        }),
    ];
    proptest::array::uniform7(day).prop_filter("a working day", |w| w.iter().any(Option::is_some))
}

fn calendar() -> impl Strategy<Value = Calendar> {
    let holidays = proptest::collection::btree_set(0u64..800, 0..40);
    (week(), holidays).prop_map(|(week, days)| {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let holidays: BTreeSet<NaiveDate> = days
            .into_iter()
            .map(|d| start + chrono::Days::new(d))
            .collect();
        Calendar { week, holidays }
    })
}

fn zone() -> impl Strategy<Value = TimeZone> {
    prop_oneof![
        Just(TimeZone::WIB),
        Just(TimeZone::WITA),
        Just(TimeZone::WIT)
    ]
}

/// A moment in 2026, to the second.
fn moment() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..365 * 86_400)
        .prop_map(|s| at_in("2026-01-01 00:00", TimeZone::WIB) + Duration::seconds(s))
}

fn lengths(cal: &Calendar) -> (i64, i64) {
    let secs = cal
        .week
        .iter()
        .flatten()
        .map(|h| i64::from(h.close() - h.open()) * 60);
    (secs.clone().min().unwrap(), secs.max().unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn the_due_moment_follows_the_rule_and_is_never_before_the_start(
        cal in calendar(), from in moment(), n in 0u32..40, tz in zone()
    ) {
        let due = cal.add_working_days(from, n, tz);
        prop_assert!(due >= from);
        prop_assert_eq!(local(due, tz), reference(&cal, local(from, tz), n));
        if n == 0 {
            prop_assert_eq!(due, from);
        } else {
            // Inside a working day's hours, or at its closing (24.00 is the next midnight).
            let d = local(due, tz);
            let secs = (d.time() - chrono::NaiveTime::MIN).num_seconds();
            let within = |day: NaiveDate, secs: i64| {
                cal.hours(day).is_some_and(|h| {
                    secs > i64::from(h.open()) * 60 && secs <= i64::from(h.close()) * 60
                })
            };
            let yesterday = d.date().pred_opt().unwrap();
            prop_assert!(within(d.date(), secs) || within(yesterday, secs + 86_400));
            let (min, max) = lengths(&cal);
            let worked = cal.working_secs_between(from, due, tz);
            prop_assert!(worked >= i64::from(n) * min && worked <= i64::from(n) * max);
        }
    }

    #[test]
    fn a_later_start_or_a_longer_standard_is_never_due_earlier(
        cal in calendar(), a in moment(), b in moment(), n in 1u32..30, tz in zone()
    ) {
        let (a, b) = (a.min(b), a.max(b));
        prop_assert!(cal.add_working_days(a, n, tz) <= cal.add_working_days(b, n, tz));
        prop_assert!(cal.add_working_days(a, n, tz) < cal.add_working_days(a, n + 1, tz));
    }

    #[test]
    fn adding_zero_days_at_a_working_moment_is_the_moment_itself(
        cal in calendar(), from in moment(), tz in zone()
    ) {
        prop_assert_eq!(cal.add_working_days(from, 0, tz), from);
    }

    #[test]
    fn a_holiday_never_brings_the_due_moment_earlier_and_pushes_it_when_it_falls_inside(
        cal in calendar(), from in moment(), n in 1u32..20, day in 0u64..400, tz in zone()
    ) {
        let due = cal.add_working_days(from, n, tz);
        let holiday = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(day);
        let mut more = cal.clone();
        more.holidays.insert(holiday);
        let pushed = more.add_working_days(from, n, tz);
        prop_assert!(pushed >= due);
        let due_day = local(due - Duration::seconds(1), tz).date();
        let inside = holiday > local(from, tz).date() && holiday <= due_day;
        if inside && cal.is_working_day(holiday) {
            prop_assert!(pushed > due, "{} {} {}", holiday, due, pushed);
        }
    }

    #[test]
    fn working_time_adds_up_and_matches_a_count_minute_by_minute(
        cal in calendar(), a in moment(), len in 0i64..(12 * 24 * 60), cut in 0i64..(12 * 24 * 60),
        tz in zone()
    ) {
        let a = DateTime::from_timestamp(a.timestamp() / 60 * 60, 0).unwrap();
        let b = a + Duration::minutes(len);
        let m = a + Duration::minutes(cut.min(len));
        let whole = cal.working_secs_between(a, b, tz);
        let parts = cal.working_secs_between(a, m, tz) + cal.working_secs_between(m, b, tz);
        prop_assert_eq!(whole, parts);
        let counted = (0..len)
            .map(|i| local(a + Duration::minutes(i), tz))
            .filter(|t| {
                cal.hours(t.date()).is_some_and(|h| {
                    let minute = (t.time() - chrono::NaiveTime::MIN).num_minutes();
                    minute >= h.open().into() && minute < h.close().into()
                })
            })
            .count() as i64;
        prop_assert_eq!(whole, counted * 60);
    }
}
