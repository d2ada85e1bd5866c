//! Registration end to end through core on a real SQLite file: agenda numbers, evidence
//! storage and dedup, EXIF-rotated thumbnails, search and exact look-up.

mod common;

use common::*;
use pressdesk_core::evidence;
use pressdesk_core::model::Actor;
use pressdesk_core::release::{self, ListQuery};

#[test]
fn agenda_numbers_are_gap_free_per_year() {
    let (_dir, store) = store();
    let first = release::register_release(
        &store,
        &Actor::console(),
        release("Rilis satu", "Dinas Kesehatan"),
    )
    .unwrap();
    let second = release::register_release(
        &store,
        &Actor::console(),
        release("Rilis dua", "Dinas Perhubungan"),
    )
    .unwrap();
    let year = &first.summary.agenda_no[4..];
    assert_eq!(first.summary.agenda_no, format!("001/{year}"));
    assert_eq!(second.summary.agenda_no, format!("002/{year}"));
    assert_eq!(first.summary.status_label, "Terdaftar");

    let mut last_year = release("Rilis tahun lalu", "Sekretariat Daerah");
    last_year.received_at = Some("2025-12-31T23:50".into());
    let old = release::register_release(&store, &Actor::console(), last_year).unwrap();
    assert_eq!(old.summary.agenda_no, "001/2025", "each year starts at 1");
    assert_eq!(old.summary.received_display, "31 Desember 2025, 23.50 WITA");

    let third = release::register_release(
        &store,
        &Actor::console(),
        release("Rilis tiga", "Dinas Sosial"),
    )
    .unwrap();
    assert_eq!(third.summary.agenda_no, format!("003/{year}"));
    // Step 1 is closed by registration and step 2 waits for the Kasi's check.
    assert!(third.timeline[0].ended_display.is_some());
    assert_eq!(third.timeline[0].within_standard, Some(true));
    assert!(third.timeline[1].running);
    assert_eq!(third.audit[0].action, "release.register");
}

#[test]
fn evidence_is_stored_once_by_content_and_the_user_is_told() {
    let (dir, store) = store();
    let photo = jpeg(1200, 800, 10);
    let a = evidence::stage_file(&store, Some(&Actor::console()), "kegiatan.jpg", &photo).unwrap();
    assert!(a.duplicate.is_none());
    assert_eq!((a.width, a.height), (Some(1200), Some(800)));
    assert!(a.has_thumb);
    let other = evidence::stage_file(
        &store,
        Some(&Actor::console()),
        "lain.jpg",
        &jpeg(640, 480, 99),
    )
    .unwrap();
    let input = with_photos(
        release("Peresmian", "Dinas PUPR"),
        &[
            (a.sha256.clone(), a.name.clone()),
            (other.sha256.clone(), other.name.clone()),
        ],
    );
    let first = release::register_release(&store, &Actor::console(), input).unwrap();
    assert_eq!(first.evidence.len(), 2);

    let again =
        evidence::stage_file(&store, Some(&Actor::console()), "salinan.jpg", &photo).unwrap();
    assert_eq!(again.sha256, a.sha256);
    let note = again.duplicate.expect("the user is told");
    assert!(note.contains(&first.summary.agenda_no), "{note}");
    let input = with_photos(
        release("Liputan lanjutan", "Dinas PUPR"),
        &[(again.sha256, again.name)],
    );
    release::register_release(&store, &Actor::console(), input).unwrap();
    assert_eq!(
        count_files(&dir.path().join("files")),
        2,
        "same content stored once"
    );
    assert_eq!(count_files(&dir.path().join("staging")), 0);

    let page = release::list_releases(&store, &Actor::console(), ListQuery::default()).unwrap();
    assert_eq!(page.rows[1].thumbs.len(), 2);
    assert_eq!(page.rows[1].evidence_count, 2);
}

#[test]
fn thumbnails_honour_exif_orientation_and_keep_capture_time() {
    let (_dir, store) = store();
    // A landscape sensor image that the camera marked "rotate 90° clockwise" (orientation 6).
    let photo = with_exif(&jpeg(1600, 800, 3), 6, "2026:11:20 09:15:42");
    let staged =
        evidence::stage_file(&store, Some(&Actor::console()), "portrait.jpg", &photo).unwrap();
    assert_eq!(staged.captured_at.as_deref(), Some("2026-11-20T09:15:42"));
    let thumb = std::fs::read(store.files().thumb_path(&staged.sha256).unwrap()).unwrap();
    let thumb = image::load_from_memory(&thumb).unwrap();
    assert!(
        thumb.height() > thumb.width(),
        "{}x{}",
        thumb.width(),
        thumb.height()
    );
    assert_eq!(thumb.height(), 320);
}

#[test]
fn other_formats_are_recognised_by_content() {
    let (_dir, store) = store();
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(300, 200, image::Rgba([0, 0, 0, 0]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let staged = evidence::stage_file(&store, Some(&Actor::console()), "logo.png", &png).unwrap();
    assert_eq!(staged.mime, "image/png");
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    let letter = evidence::stage_file(&store, Some(&Actor::console()), "surat.pdf", pdf).unwrap();
    assert_eq!(letter.mime, "application/pdf");
    assert!(!letter.has_thumb);
    let mut mp4 = vec![0, 0, 0, 0x18];
    mp4.extend_from_slice(b"ftypmp42");
    mp4.resize(4096, 7);
    let video = evidence::stage_file(&store, Some(&Actor::console()), "liputan.mp4", &mp4).unwrap();
    assert_eq!(video.kind, pressdesk_core::model::EvidenceKind::Video);
    assert_eq!(video.size, 4096);
}

#[test]
fn search_finds_by_words_and_numbers_and_exact_numbers_open_the_record() {
    let (_dir, store) = store();
    let mut input = release(
        "Vaksinasi Campak Serentak di Puskesmas Tanjung Selor",
        "Dinas Kesehatan",
    );
    input.letter_no = "440/123/DINKES/XI/2026".into();
    input.body = "Imunisasi bagi anak usia sekolah.".into();
    let hit = release::register_release(&store, &Actor::console(), input).unwrap();
    release::register_release(
        &store,
        &Actor::console(),
        release("Festival Irau Malinau", "Dinas Pariwisata"),
    )
    .unwrap();

    let search = |q: &str| {
        let query = ListQuery {
            search: Some(q.into()),
            ..ListQuery::default()
        };
        release::list_releases(&store, &Actor::console(), query)
            .unwrap()
            .rows
    };
    assert_eq!(search("vaksinasi")[0].id, hit.summary.id);
    assert_eq!(
        search("kesehatan puskes")[0].id,
        hit.summary.id,
        "last word is a prefix"
    );
    assert_eq!(search("imunisasi")[0].id, hit.summary.id, "body is indexed");
    assert_eq!(search("DINKES").len(), 1, "letter number is indexed");
    assert!(search("banjir").is_empty());
    assert_eq!(
        search("\"; DROP TABLE releases; --").len(),
        0,
        "quotes are harmless"
    );

    assert_eq!(
        release::find_exact(&store, &Actor::console(), "1").unwrap(),
        Some(hit.summary.id.clone())
    );
    assert_eq!(
        release::find_exact(&store, &Actor::console(), &hit.summary.agenda_no).unwrap(),
        Some(hit.summary.id.clone())
    );
    assert_eq!(
        release::find_exact(&store, &Actor::console(), "440/123/dinkes/xi/2026").unwrap(),
        Some(hit.summary.id.clone())
    );
    assert_eq!(
        release::find_exact(&store, &Actor::console(), "999").unwrap(),
        None
    );
    let opened = release::get_release(&store, &Actor::console(), "440/123/DINKES/XI/2026").unwrap();
    assert_eq!(opened.summary.title, hit.summary.title);
}

#[test]
fn keyset_pages_cover_every_row_once() {
    let (_dir, store) = store();
    for i in 0..25 {
        release::register_release(
            &store,
            &Actor::console(),
            release(&format!("Rilis {i}"), "Dinas"),
        )
        .unwrap();
    }
    let mut seen = Vec::new();
    let mut cursor = None;
    loop {
        let query = ListQuery {
            cursor: cursor.clone(),
            limit: Some(10),
            ..ListQuery::default()
        };
        let page = release::list_releases(&store, &Actor::console(), query).unwrap();
        assert_eq!(page.total, 25);
        seen.extend(page.rows.into_iter().map(|r| r.agenda_no));
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    assert_eq!(seen.len(), 25);
    seen.dedup();
    assert_eq!(seen.len(), 25);
}
