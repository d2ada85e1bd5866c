//! The office's working calendar in the store: the admin sets the hours of a weekday, adds,
//! removes and imports holidays (every change audited, every wrong field named), and the due
//! time of "2 hari" reads what was set.

mod common;

use chrono::{NaiveDateTime, Utc};
use common::*;
use pressdesk_core::calendar::{self, Calendar, NewHoliday, WorkingHoursInput};
use pressdesk_core::model::Actor;
use pressdesk_core::model::{Role, TimeZone};
use pressdesk_core::time_standard::TimeStandard;
use pressdesk_core::Store;

fn hours(day: u8, open: Option<&str>, close: Option<&str>) -> WorkingHoursInput {
    WorkingHoursInput {
        day,
        open: open.map(Into::into),
        close: close.map(Into::into),
    }
}

fn holiday(date: &str, name: &str) -> NewHoliday {
    NewHoliday {
        date: date.into(),
        name: name.into(),
    }
}

/// The audit actions written so far, oldest first, and whether the chain still holds.
fn audited(store: &Store) -> Vec<String> {
    actions(store)
}

fn chain_holds(store: &Store) -> bool {
    pressdesk_core::verify::verify(store, &Actor::console(), false)
        .unwrap()
        .ok
}

fn wita(s: &str) -> chrono::DateTime<Utc> {
    let t = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    (t - chrono::Duration::hours(8)).and_utc()
}

#[test]
fn a_new_store_has_the_civil_service_week_and_no_holidays() {
    let (_dir, store) = store();
    let week = calendar::working_week(&store, &admin(&store)).unwrap();
    let shown: Vec<String> = week
        .iter()
        .map(|d| match (&d.open, &d.close) {
            (Some(o), Some(c)) => format!("{} {o}–{c}", d.name),
            _ => format!("{} libur", d.name),
        })
        .collect();
    assert_eq!(
        shown,
        [
            "Senin 07.30–16.00",
            "Selasa 07.30–16.00",
            "Rabu 07.30–16.00",
            "Kamis 07.30–16.00",
            "Jumat 07.30–16.30",
            "Sabtu libur",
            "Minggu libur"
        ]
    );
    let cal = store.with_db(Calendar::load).unwrap();
    assert_eq!(cal, Calendar::standard());
    let year = calendar::office_calendar(&store, &admin(&store), 2026).unwrap();
    assert_eq!(year.working_days, 261);
    assert!(year.holidays.is_empty());
}

#[test]
fn the_admin_sets_a_days_hours_or_a_day_off_and_each_change_is_audited() {
    let (_dir, store) = store();
    let admin = admin(&store);
    let week =
        calendar::set_working_hours(&store, &admin, hours(6, Some("8.00"), Some("12:00"))).unwrap();
    assert_eq!(week[5].open.as_deref(), Some("08.00"));
    assert_eq!(week[5].close.as_deref(), Some("12.00"));
    let week = calendar::set_working_hours(&store, &admin, hours(5, None, None)).unwrap();
    assert_eq!(week[4].open, None, "Friday off");
    let cal = store.with_db(Calendar::load).unwrap();
    assert!(
        cal.is_working_day("2026-12-05".parse().unwrap()),
        "a Saturday"
    );
    assert!(
        !cal.is_working_day("2026-12-04".parse().unwrap()),
        "a Friday"
    );
    let actions = audited(&store);
    assert_eq!(
        actions[actions.len() - 2..],
        ["calendar.hours", "calendar.hours"]
    );
    let payload: String = column(
        &store,
        "SELECT payload FROM audit_events ORDER BY id DESC LIMIT 1",
    )
    .remove(0);
    assert!(
        payload.contains("07.30–16.30") && payload.contains("libur"),
        "{payload}"
    );
    assert!(chain_holds(&store));
}

#[test]
fn wrong_hours_are_refused_naming_the_field_in_indonesian() {
    let (_dir, store) = store();
    let admin = admin(&store);
    let set = |input| calendar::set_working_hours(&store, &admin, input).unwrap_err();
    let err = set(hours(1, Some("7.3x"), Some("25.00")));
    let fields: Vec<&str> = err
        .fields()
        .unwrap()
        .iter()
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(fields, ["open", "close"]);
    assert!(
        err.to_string().contains("Jam masuk «7.3x» tidak sah"),
        "{err}"
    );
    let err = set(hours(1, Some("16.00"), Some("07.30")));
    assert_eq!(err.field(), Some("close"));
    assert!(err.to_string().contains("harus sesudah jam masuk"), "{err}");
    assert_eq!(set(hours(1, Some("07.30"), None)).field(), Some("close"));
    assert_eq!(set(hours(1, None, Some("16.00"))).field(), Some("open"));
    assert_eq!(set(hours(8, None, None)).field(), Some("day"));
    for day in 1..=4 {
        calendar::set_working_hours(&store, &admin, hours(day, None, None)).unwrap();
    }
    let err = set(hours(5, None, None));
    assert_eq!(err.field(), Some("day"));
    assert!(
        err.to_string().contains("Paling sedikit satu hari"),
        "{err}"
    );
}

#[test]
fn only_the_admin_and_the_console_change_the_calendar_and_everyone_reads_it() {
    let (_dir, store) = store();
    let kasi = person(&store, "Rina", "199002022015032002", Role::Kasi);
    let err = calendar::add_holiday(&store, &kasi, holiday("2026-12-25", "Natal")).unwrap_err();
    assert_eq!(err.kind(), "forbidden");
    assert!(
        err.to_string().contains("mengatur hari dan jam kerja"),
        "{err}"
    );
    let err = calendar::set_working_hours(&store, &kasi, hours(6, None, None)).unwrap_err();
    assert_eq!(err.kind(), "forbidden");
    let err = calendar::import_holidays(&store, &kasi, "2026-12-25,Natal").unwrap_err();
    assert_eq!(err.kind(), "forbidden");
    calendar::add_holiday(&store, &Actor::console(), holiday("2026-12-25", "Natal")).unwrap();
    let seen = calendar::list_holidays(&store, &kasi, Some(2026)).unwrap();
    assert_eq!(seen.len(), 1);
    let err = calendar::remove_holiday(&store, &kasi, "2026-12-25").unwrap_err();
    assert_eq!(err.kind(), "forbidden");
}

#[test]
fn a_holiday_is_added_listed_by_year_and_removed_and_pushes_the_due_time() {
    let (_dir, store) = store();
    let admin = admin(&store);
    let from = wita("2026-12-24 10:00");
    let due = |store: &Store| {
        let cal = store.with_db(Calendar::load).unwrap();
        TimeStandard::WorkingDays(1)
            .due(from, None, TimeZone::WITA, &cal)
            .unwrap()
    };
    assert_eq!(due(&store), wita("2026-12-25 10:00"));

    let natal =
        calendar::add_holiday(&store, &admin, holiday("25/12/2026", " Hari Raya Natal ")).unwrap();
    assert_eq!(natal.date, "2026-12-25");
    assert_eq!(natal.date_display, "Jumat, 25 Desember 2026");
    assert_eq!(natal.name, "Hari Raya Natal");
    assert!(natal.on_working_day);
    calendar::add_holiday(
        &store,
        &admin,
        holiday("2027-01-01", "Tahun Baru 2027 Masehi"),
    )
    .unwrap();
    assert_eq!(
        due(&store),
        wita("2026-12-28 10:00"),
        "Natal's long weekend"
    );

    let listed = calendar::list_holidays(&store, &admin, Some(2026)).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        calendar::list_holidays(&store, &admin, None).unwrap().len(),
        2
    );
    let year = calendar::office_calendar(&store, &admin, 2026).unwrap();
    assert_eq!((year.holidays.len(), year.working_days), (1, 260));

    let err = calendar::add_holiday(&store, &admin, holiday("2026-12-25", "Natal")).unwrap_err();
    assert_eq!(err.field(), Some("date"));
    assert!(err
        .to_string()
        .contains("sudah tercatat sebagai hari libur «Hari Raya Natal»"));
    let err = calendar::add_holiday(&store, &admin, holiday("2026-13-01", "")).unwrap_err();
    let fields: Vec<&str> = err
        .fields()
        .unwrap()
        .iter()
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(fields, ["date", "name"]);
    let err = calendar::add_holiday(&store, &admin, holiday("0226-12-25", "Natal")).unwrap_err();
    assert!(
        err.to_string().contains("Tahun 226 di luar rentang"),
        "{err}"
    );

    let removed = calendar::remove_holiday(&store, &admin, "2026-12-25").unwrap();
    assert_eq!(removed.name, "Hari Raya Natal");
    assert_eq!(due(&store), wita("2026-12-25 10:00"));
    let err = calendar::remove_holiday(&store, &admin, "2026-12-25").unwrap_err();
    assert_eq!(err.kind(), "not_found");
    let actions = audited(&store);
    assert_eq!(
        actions[actions.len() - 3..],
        ["holiday.add", "holiday.add", "holiday.remove"]
    );
    assert!(chain_holds(&store));
}

#[test]
fn a_csv_import_adds_every_holiday_or_none_and_names_each_bad_line() {
    let (_dir, store) = store();
    let admin = admin(&store);
    calendar::add_holiday(&store, &admin, holiday("2026-08-17", "HUT Kemerdekaan RI")).unwrap();
    let before = audited(&store).len();
    let bad = "tanggal,nama\n2026-01-01,Tahun Baru 2026 Masehi\n2026-02-30,Salah tanggal\n\
               2026-08-17,Hari Kemerdekaan\n2026-12-25,\n";
    let err = calendar::import_holidays(&store, &admin, bad).unwrap_err();
    let messages: Vec<&str> = err
        .fields()
        .unwrap()
        .iter()
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(
        messages[0].starts_with("Baris 3: Tanggal «2026-02-30» tidak sah"),
        "{messages:?}"
    );
    assert!(
        messages[1].starts_with("Baris 4: 17 Agustus 2026 sudah tercatat"),
        "{messages:?}"
    );
    assert!(
        messages[2].starts_with("Baris 5: Nama hari libur wajib diisi"),
        "{messages:?}"
    );
    assert_eq!(
        calendar::list_holidays(&store, &admin, None).unwrap().len(),
        1,
        "none added"
    );
    assert_eq!(audited(&store).len(), before);

    let good = "date;name\n2026-01-01;Tahun Baru 2026 Masehi\n2026-08-17;HUT Kemerdekaan RI\n\
                \"2026-12-25\";\"Hari Raya Natal\"\n";
    let done = calendar::import_holidays(&store, &admin, good).unwrap();
    assert_eq!((done.added.len(), done.already), (2, 1));
    assert_eq!(done.added[1].date_display, "Jumat, 25 Desember 2026");
    assert_eq!(
        audited(&store).last().map(String::as_str),
        Some("holiday.import")
    );
    let again = calendar::import_holidays(&store, &admin, good).unwrap();
    assert_eq!(
        (again.added.len(), again.already),
        (0, 3),
        "importing twice adds nothing"
    );
    assert_eq!(
        calendar::list_holidays(&store, &admin, Some(2026))
            .unwrap()
            .len(),
        3
    );

    let err = calendar::import_holidays(&store, &admin, "\n \n").unwrap_err();
    assert_eq!(err.field(), Some("csv"));
    assert!(chain_holds(&store));
}
