//! "Simpan" and "Buka/Cetak" write the bytes the preview showed: the last rendered document is
//! kept for its request, and any other request is rendered afresh.

mod common;

use std::sync::Arc;

use common::paraf_office::*;
use pressdesk_core::job::Job;
use pressdesk_core::period::Period;
use pressdesk_core::print::{DocumentRequest, Paper, Shown};

#[test]
fn saving_writes_what_the_preview_showed() {
    let o = office();
    let key = checked(&o, "Rilis di pratinjau", 2).summary.id;
    let sheet = DocumentRequest::Sheet {
        key: key.clone(),
        paper: Paper::A4,
    };
    let shown = Shown::default();
    let (seen, name) = shown
        .render(&o.store, &o.kasi, &sheet, &Job::none())
        .unwrap();
    assert!(seen.starts_with(b"%PDF"));

    checked(&o, "Rilis sesudah pratinjau", 3);
    let (saved, saved_name) = shown.get(&o.store, &o.kadis, &sheet).unwrap();
    assert!(
        Arc::ptr_eq(&seen, &saved),
        "the shown bytes, not a second render"
    );
    assert_eq!(saved_name, name);

    let f4 = DocumentRequest::Sheet {
        key,
        paper: Paper::F4,
    };
    let (other, _) = shown.get(&o.store, &o.kasi, &f4).unwrap();
    assert!(!Arc::ptr_eq(&seen, &other));
    let ledger = DocumentRequest::Ledger {
        period: Period::Year { year: 2026 },
        paper: Paper::A4,
    };
    let (fresh, ledger_name) = shown.get(&o.store, &o.kasi, &ledger).unwrap();
    assert!(
        fresh.starts_with(b"%PDF") && ledger_name.contains("agenda"),
        "{ledger_name}"
    );
}
