//! The office's people and settings on both stores: users added with a PIN and signed in (on
//! the server through its PIN check, which keeps the five-try lock), a PIN reset, a user
//! deactivated; the office's profile, news types, holidays and working hours, the duty roster,
//! label stocks and the SOP. Each store gives the same answers, told as lines a user reads.

use pressdesk_core::calendar::{self, NewHoliday, WorkingHoursInput};
use pressdesk_core::model::{Actor, Role, TimeZone};
use pressdesk_core::office::{self, Office};
use pressdesk_core::print::LabelStock;
use pressdesk_core::sop::{self, DutyInput, SopRevision, StepRevision};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{auth, catalog, label_stocks, Store};

use super::common::{ADMIN_NIP, ADMIN_PIN};
use super::offices;

fn person(name: &str, nip: &str, role: Role, pin: Option<&str>) -> NewUser {
    NewUser {
        name: name.into(),
        nip: nip.into(),
        role,
        position: "Staf".into(),
        rank: None,
        pin: pin.map(str::to_owned),
    }
}

/// What the person at the desk reads: the act's answer, or its message.
fn told<T>(result: pressdesk_core::Result<T>, ok: impl FnOnce(T) -> String) -> String {
    match result {
        Ok(value) => ok(value),
        Err(e) => format!("ditolak: {e}"),
    }
}

fn signed_in(store: &Store, id: i64, pin: &str) -> String {
    told(auth::sign_in(store, id, pin), |a| {
        let user = a.user().map(|u| (u.name.clone(), u.role_label.clone()));
        format!("masuk: {user:?}")
    })
}

/// The users' acts, on one store; the lines it tells.
fn users_story(store: &Store) -> Vec<String> {
    let mut lines = Vec::new();
    let admin = auth::sign_in_nip(store, ADMIN_NIP, ADMIN_PIN).expect("admin signs in");
    let kadis = users::add_user(
        store,
        &admin,
        person("Dr. Kadis", "197001012000031001", Role::Kadis, Some("8642")),
    )
    .expect("the admin adds a Kadis with a PIN");
    lines.push(format!("{} punya PIN: {}", kadis.name, kadis.has_pin));
    lines.push(signed_in(store, kadis.id, "8642"));
    // Four wrong tries say how many are left; the fifth locks; then even the right PIN waits.
    for _ in 0..5 {
        lines.push(signed_in(store, kadis.id, "1111"));
    }
    let locked = signed_in(store, kadis.id, "8642");
    let (head, _secs) = locked.split_once("Coba lagi dalam ").expect(&locked);
    lines.push(head.to_owned());
    // The admin's reset lifts the lock; the new PIN works, the old one no longer.
    lines.push(told(
        auth::reset_pin(store, &admin, kadis.id, "97531"),
        |()| "PIN diganti".into(),
    ));
    lines.push(signed_in(store, kadis.id, "8642"));
    lines.push(signed_in(store, kadis.id, "97531"));
    // A paraf act asks the PIN again.
    let actor = auth::sign_in(store, kadis.id, "97531").expect("signed in");
    lines.push(told(auth::confirm_pin(store, &actor, "97531"), |()| {
        "PIN dikonfirmasi".into()
    }));
    // A Kasi without a PIN cannot sign in until the admin gives one.
    let kasi = users::add_user(
        store,
        &admin,
        person("Kasi Baru", "198207092006041003", Role::Kasi, None),
    )
    .expect("a Kasi without a PIN");
    lines.push(signed_in(store, kasi.id, "2468"));
    lines.push(told(
        auth::reset_pin(store, &admin, kasi.id, "2468"),
        |()| "PIN dibuat".into(),
    ));
    lines.push(signed_in(store, kasi.id, "2468"));
    // The audit trail names the admin who gave the PIN (on the server, its `set_pin` does).
    let by = store.with_db(|db| {
        db.query_row(
            "SELECT actor_id FROM audit_events WHERE action = 'user.pin_reset' AND entity_id = ?1
             ORDER BY id DESC LIMIT 1",
            pressdesk_core::args![kasi.id.to_string()],
            |r| r.get::<Option<i64>>(0),
        )
    });
    lines.push(format!(
        "PIN diberi oleh admin: {}",
        by.expect("event") == admin.id()
    ));
    // The console cannot make a Kadis.
    lines.push(told(
        users::add_user(
            store,
            &Actor::console(),
            person("Kabid", "197502022001121002", Role::Kabid, Some("1357")),
        ),
        |u| u.name,
    ));
    // A user deactivated cannot sign in.
    users::set_user_active(store, &admin, kadis.id, false).expect("deactivated");
    lines.push(signed_in(store, kadis.id, "97531"));
    let listed: Vec<String> = users::list_users(store)
        .expect("users")
        .into_iter()
        .map(|u| {
            format!(
                "{} {} aktif={} pin={}",
                u.name, u.role_label, u.active, u.has_pin
            )
        })
        .collect();
    lines.push(listed.join("; "));
    lines
}

#[test]
fn users_sign_in_and_are_locked_out_the_same_on_both_stores() {
    let [(_, sqlite), (_, server)] = offices("people_users");
    let a = users_story(&sqlite.store);
    let b = users_story(&server.store);
    assert_eq!(a, b);
    assert_eq!(a[0], "Dr. Kadis punya PIN: true");
    assert_eq!(a[1], "masuk: Some((\"Dr. Kadis\", \"Kadis\"))", "{a:#?}");
    assert!(a[2].contains("Sisa 4 kali"), "{a:#?}");
    assert!(a[5].contains("Sisa 1 kali"), "{a:#?}");
    assert!(
        a[6].contains("PIN salah 5 kali; Dr. Kadis terkunci"),
        "{a:#?}"
    );
    assert!(a[7].contains("terkunci karena 5 kali salah PIN"), "{a:#?}");
    assert!(a[9].contains("PIN salah. Sisa"), "{a:#?}");
    assert!(a[12].contains("belum mempunyai PIN"), "{a:#?}");
    assert_eq!(a[15], "PIN diberi oleh admin: true", "{a:#?}");
    assert!(a[16].contains("hanya dapat ditambahkan"), "{a:#?}");
    assert!(a[17].contains("sudah tidak aktif"), "{a:#?}");
}

/// The settings' acts, on one store; the lines it tells.
fn settings_story(store: &Store) -> Vec<String> {
    let mut lines = Vec::new();
    let admin = auth::sign_in_nip(store, ADMIN_NIP, ADMIN_PIN).expect("admin signs in");
    let profile = Office {
        name: "Diskominfo Kabupaten Bulungan".into(),
        unit_code: "kominfo-blg".into(),
        address: "Jl. Jelarai, Tanjung Selor".into(),
        timezone: TimeZone::WITA,
        logo_sha: None,
    };
    office::update_office(store, &admin, profile).expect("the office's profile");
    let setup = office::get_setup(store).expect("setup");
    let read = setup.office.expect("an office");
    lines.push(format!(
        "{} {} {}",
        read.name,
        read.unit_code,
        read.timezone.as_str()
    ));
    lines.push(format!("pengguna: {}", setup.users.len()));
    // A news type added, refused twice in any case, then retired.
    let added = catalog::add_news_type(store, &admin, "Siaran pers".into()).expect("added");
    lines.push(told(
        catalog::add_news_type(store, &admin, "SIARAN PERS".into()),
        |t| t.name,
    ));
    catalog::set_news_type_active(store, &admin, added.id, false).expect("retired");
    let types = store.with_db(catalog::news_types).expect("types");
    let listed: Vec<String> = types
        .iter()
        .map(|t| format!("{}:{}", t.name, t.active))
        .collect();
    lines.push(listed.join(", "));
    // Holidays: one added, one refused as already there, a CSV, one removed.
    let natal = NewHoliday {
        date: "2026-12-25".into(),
        name: "Hari Raya Natal".into(),
    };
    lines.push(told(
        calendar::add_holiday(store, &admin, natal.clone()),
        |h| format!("{} {} kerja={}", h.date_display, h.name, h.on_working_day),
    ));
    lines.push(told(calendar::add_holiday(store, &admin, natal), |h| {
        h.name
    }));
    let csv = "2026-12-24,Cuti bersama Natal\n2026-12-25,Hari Raya Natal\n2027-01-01,Tahun Baru\n";
    lines.push(told(calendar::import_holidays(store, &admin, csv), |i| {
        format!("diimpor {} sudah {}", i.added.len(), i.already)
    }));
    lines.push(told(
        calendar::remove_holiday(store, &admin, "2026-12-24"),
        |h| format!("dihapus {}", h.name),
    ));
    lines.push(told(
        calendar::remove_holiday(store, &admin, "2026-12-24"),
        |h| h.name,
    ));
    let holidays = calendar::list_holidays(store, &admin, None).expect("holidays");
    let names: Vec<String> = holidays
        .iter()
        .map(|h| format!("{} {}", h.date, h.name))
        .collect();
    lines.push(names.join("; "));
    // Working hours: Saturday becomes a half day.
    let saturday = WorkingHoursInput {
        day: 6,
        open: Some("08.00".into()),
        close: Some("12.00".into()),
    };
    let week = calendar::set_working_hours(store, &admin, saturday).expect("hours");
    lines.push(format!("{:?}", week[5]));
    let year = calendar::office_calendar(store, &admin, 2026).expect("calendar");
    lines.push(format!("hari kerja 2026: {}", year.working_days));
    // A new letterhead logo: its bytes go up with the profile (on a server, to the server).
    let bytes = super::common::jpeg(160, 160, 3);
    let staged = pressdesk_core::evidence::stage_file(store, Some(&admin), "logo.jpg", &bytes)
        .expect("the logo staged");
    let mut with_logo = read.clone();
    with_logo.logo_sha = Some(staged.sha256.clone());
    office::update_office(store, &admin, with_logo).expect("the logo kept");
    let kept = store
        .with_db(office::get)
        .expect("office")
        .expect("an office")
        .logo_sha;
    let back = std::fs::read(store.file_path(&staged.sha256).expect("the logo's file"));
    lines.push(format!(
        "logo: {} {}",
        kept == Some(staged.sha256),
        back.ok() == Some(bytes)
    ));
    lines
}

#[test]
fn the_offices_settings_read_back_the_same_on_both_stores() {
    let [(_, sqlite), (_, server)] = offices("people_settings");
    let a = settings_story(&sqlite.store);
    let b = settings_story(&server.store);
    assert_eq!(a, b);
    assert_eq!(a[0], "Diskominfo Kabupaten Bulungan KOMINFO-BLG WITA");
    assert!(a[2].contains("Jenis berita ini sudah ada."), "{a:#?}");
    assert!(a[3].contains("Siaran pers:false"), "{a:#?}");
    assert!(
        a[4].contains("Jumat, 25 Desember 2026 Hari Raya Natal kerja=true"),
        "{a:#?}"
    );
    assert!(a[5].contains("sudah tercatat"), "{a:#?}");
    assert_eq!(a[6], "diimpor 2 sudah 1", "{a:#?}");
    assert_eq!(a[7], "dihapus Cuti bersama Natal", "{a:#?}");
    assert!(a[8].contains("bukan hari libur"), "{a:#?}");
    assert_eq!(a[9], "2026-12-25 Hari Raya Natal; 2027-01-01 Tahun Baru");
    assert!(a[10].contains("08.00"), "{a:#?}");
    assert_eq!(a.last().unwrap(), "logo: true true", "{a:#?}");
}

/// The roster, label stocks and SOP acts, on one store; the lines it tells.
fn roster_story(store: &Store) -> Vec<String> {
    let mut lines = Vec::new();
    let admin = auth::sign_in_nip(store, ADMIN_NIP, ADMIN_PIN).expect("admin signs in");
    let op = users::add_user(
        store,
        &admin,
        person(
            "Operator Satu",
            "199001012015011001",
            Role::Operator,
            Some("2468"),
        ),
    )
    .expect("an operator");
    let day = |people: Vec<i64>, duty: &str| DutyInput {
        day: "07/12/2026".into(),
        user_ids: people,
        duty: duty.into(),
    };
    let roster = sop::set_duty(
        store,
        &admin,
        day(vec![op.id, admin.id().expect("admin")], "Piket pagi"),
    )
    .expect("set");
    let seventh = &roster.days[6];
    lines.push(format!(
        "{} {}: {:?} {}",
        roster.label, seventh.display, seventh.people, seventh.duty
    ));
    let roster = sop::set_duty(store, &admin, day(vec![], "")).expect("cleared");
    lines.push(format!(
        "{:?} hari: {}",
        roster.days[6].people,
        roster.days.len()
    ));
    // A label stock saved, an offset for it, then removed with its offset.
    let stock = LabelStock {
        name: "Map biru 3x8".into(),
        label_w: 64.0,
        label_h: 33.9,
        cols: 3,
        rows: 8,
        margin_left: 7.2,
        margin_top: 13.0,
        gap_x: 2.5,
        gap_y: 0.0,
    };
    let saved = label_stocks::save_label_stock(store, &admin, stock).expect("saved");
    lines.push(format!("{:?}", saved.custom));
    let offset = label_stocks::PrintOffset {
        printer: "Epson ruang arsip".into(),
        stock: "map biru 3x8".into(),
        offset_x_mm: 0.44,
        offset_y_mm: -1.0,
    };
    label_stocks::save_print_offset(store, &admin, offset).expect("offset");
    lines.push(format!(
        "{:?}",
        label_stocks::offset_for(store, "Epson ruang arsip", "Map biru 3x8").expect("read")
    ));
    let gone = label_stocks::remove_label_stock(store, &admin, "Map biru 3x8").expect("gone");
    lines.push(format!("{} {}", gone.custom.len(), gone.offsets.len()));
    lines.push(told(
        label_stocks::remove_label_stock(store, &admin, "Map biru 3x8"),
        |s| s.custom.len().to_string(),
    ));
    // An SOP chosen, then revised into a new version.
    let chosen = sop::choose_sop(store, &admin, "SOP-001").expect("chosen");
    lines.push(format!(
        "{} v{} dipilih={}",
        chosen.code, chosen.version, chosen.chosen
    ));
    let detail = sop::show_sop(store, &admin, "SOP-001").expect("shown");
    let steps = detail
        .current
        .steps
        .iter()
        .map(|s| StepRevision {
            seq: s.seq,
            name: if s.seq == 1 {
                "Menyusun jadwal piket bulanan".into()
            } else {
                s.name.clone()
            },
            roles: s.roles.clone(),
            standard: s.standard.label(),
        })
        .collect();
    let revision = SopRevision {
        code: "SOP-001".into(),
        note: "Nama langkah 1 diperjelas".into(),
        steps,
    };
    let revised = sop::revise_sop(store, &admin, revision).expect("revised");
    lines.push(format!("v{} {}", revised.version, revised.steps[0].name));
    let detail = sop::show_sop(store, &admin, "SOP-001").expect("shown again");
    let versions: Vec<String> = detail
        .versions
        .iter()
        .map(|v| format!("v{} {} {:?} {}", v.version, v.note, v.created_by, v.records))
        .collect();
    lines.push(format!("{} dipilih={}", versions.join("; "), detail.chosen));
    lines
}

#[test]
fn the_roster_label_stocks_and_sop_change_the_same_on_both_stores() {
    let [(_, sqlite), (_, server)] = offices("people_roster");
    let a = roster_story(&sqlite.store);
    let b = roster_story(&server.store);
    assert_eq!(a, b);
    assert!(a[0].contains("Senin, 7 Desember 2026"), "{a:#?}");
    assert!(a[0].contains("Operator Satu"), "{a:#?}");
    assert_eq!(a[1], "[] hari: 31", "{a:#?}");
    assert!(a[2].contains("Map biru 3x8"), "{a:#?}");
    assert_eq!(a[3], "(0.4, -1.0)", "{a:#?}");
    assert_eq!(a[4], "0 0", "{a:#?}");
    assert!(a[5].starts_with("ditolak"), "{a:#?}");
    assert!(a[7].starts_with("v2 Menyusun jadwal"), "{a:#?}");
    assert!(
        a[8].starts_with("v2 Nama langkah 1 diperjelas Some(\"Admin\")"),
        "{a:#?}"
    );
}
