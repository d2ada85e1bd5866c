//! Every kind of evidence opens: a photo reports the size it is shown at, a video is served to
//! the player in byte ranges (never read whole), the `pd:` scheme serves only what a record
//! refers to, a letter opens as the PDF it was, and the originals are saved out under their own
//! names, checked against their SHA-256 and never over a file that is already there.

mod common;

use common::evidence_files::*;
use common::paraf_office::{office, sign};
use common::*;
use pressdesk_core::auth;
use pressdesk_core::job::Job;
use pressdesk_core::model::EvidenceKind;
use pressdesk_core::paraf::{self, Decision, PaperParafInput};
use pressdesk_core::print::{render_document, DocumentRequest};
use pressdesk_core::serve::{respond, MAX_CHUNK};
use pressdesk_core::{evidence, Error};

const VIDEO: &[u8] = include_bytes!("fixtures/kegiatan.mp4");

#[test]
fn a_photo_turned_by_exif_reports_the_size_it_is_shown_at() {
    let o = office();
    // A phone held upright: the sensor stores 741 × 500 sideways... here the stored picture is
    // 500 wide and 741 high, and EXIF orientation 6 turns it to 741 × 500 on screen.
    let turned = with_exif(&jpeg(500, 741, 4), 6, "2026:11:20 09:15:42");
    let staged = evidence::stage_file(&o.store, Some(&o.kasi), "tegak.jpg", &turned).unwrap();
    assert_eq!((staged.width, staged.height), (Some(741), Some(500)));
    let plain = with_exif(&jpeg(500, 741, 5), 1, "2026:11:20 09:16:00");
    let staged = evidence::stage_file(&o.store, Some(&o.kasi), "biasa.jpg", &plain).unwrap();
    assert_eq!((staged.width, staged.height), (Some(500), Some(741)));

    let detail = registered(&o, "Foto diputar", &[("tegak.jpg", &turned)]);
    let item = &detail.evidence[0];
    assert_eq!((item.width, item.height), (Some(741), Some(500)));
    // Its thumbnail is upright too: wider than high.
    let thumb = std::fs::read(o.store.files().thumb_path(&item.sha256).unwrap()).unwrap();
    let thumb = image::load_from_memory(&thumb).unwrap();
    assert!(thumb.width() > thumb.height());
}

#[test]
fn a_video_is_served_in_the_byte_ranges_the_player_asks_for() {
    let o = office();
    let detail = registered(&o, "Liputan video", &[("kegiatan.mp4", VIDEO)]);
    let sha = sha_of(&detail, "kegiatan.mp4");
    assert_eq!(detail.evidence[0].kind, EvidenceKind::Video);
    let op = operator(&o);
    let path = format!("/file/{sha}");
    let size = VIDEO.len();
    let get = |range: Option<&str>| respond(&o.store, Some(&op), &path, range);

    let whole = get(None);
    assert_eq!(whole.status, 200);
    assert_eq!(whole.body, VIDEO);
    assert_eq!(whole.header("content-type"), Some("video/mp4"));
    assert_eq!(whole.header("accept-ranges"), Some("bytes"));

    // The first bytes (a player sniffing the container).
    let first = get(Some("bytes=0-1"));
    assert_eq!(first.status, 206);
    assert_eq!(
        first.header("Content-Range"),
        Some(&*format!("bytes 0-1/{size}"))
    );
    assert_eq!(first.header("Content-Length"), Some("2"));
    assert_eq!(first.body, &VIDEO[..2]);

    // A range in the middle (a seek).
    let middle = get(Some("bytes=4000-5999"));
    assert_eq!(middle.status, 206);
    assert_eq!(
        middle.header("Content-Range"),
        Some(&*format!("bytes 4000-5999/{size}"))
    );
    assert_eq!(middle.body, &VIDEO[4000..6000]);

    // The last bytes (an MP4 whose index is at its end).
    let suffix = get(Some("bytes=-500"));
    assert_eq!(suffix.status, 206);
    assert_eq!(
        suffix.header("Content-Range"),
        Some(&*format!("bytes {}-{}/{size}", size - 500, size - 1))
    );
    assert_eq!(suffix.body, &VIDEO[size - 500..]);

    // Past the end: 416 with the size, no body.
    let past = get(Some(&format!("bytes={size}-")));
    assert_eq!(past.status, 416);
    assert_eq!(
        past.header("Content-Range"),
        Some(&*format!("bytes */{size}"))
    );
    assert!(past.body.is_empty());

    // A header that cannot be read is ignored, as RFC 9110 says: the whole file.
    assert_eq!(get(Some("bytes=9-3")).status, 200);
}

#[test]
fn a_two_gigabyte_video_seeks_without_being_read_whole() {
    let o = office();
    let detail = registered(&o, "Liputan panjang", &[("panjang.mp4", VIDEO)]);
    let sha = sha_of(&detail, "panjang.mp4");
    // Stand-in for a 2 GB recording: the stored file made sparse and 2 GB long (its name no
    // longer matches its bytes, which serving does not read whole to notice).
    let stored = o.store.files().file_path(&sha).unwrap();
    let two_gb: u64 = 2 * 1024 * 1024 * 1024;
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&stored)
        .unwrap();
    file.set_len(two_gb).unwrap();
    drop(file);
    let op = operator(&o);
    let started = std::time::Instant::now();
    let seek = respond(
        &o.store,
        Some(&op),
        &format!("/file/{sha}"),
        Some("bytes=1073741824-"),
    );
    assert_eq!(seek.status, 206);
    assert_eq!(seek.body.len() as u64, MAX_CHUNK);
    assert_eq!(
        seek.header("Content-Range"),
        Some(&*format!(
            "bytes 1073741824-{}/{two_gb}",
            1073741824 + MAX_CHUNK - 1
        ))
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn the_scheme_serves_only_files_that_a_record_refers_to() {
    let o = office();
    let op = operator(&o);
    let photo = jpeg(640, 480, 9);
    let detail = registered(&o, "Rilis berfoto", &[("foto.jpg", &photo)]);
    let sha = sha_of(&detail, "foto.jpg");
    for who in [&op, &o.kadis, &o.kasi] {
        let thumb = respond(&o.store, Some(who), &format!("/thumb/{sha}"), None);
        assert_eq!(thumb.status, 200);
        assert_eq!(thumb.header("Content-Type"), Some("image/jpeg"));
        let file = respond(&o.store, Some(who), &format!("/file/{sha}"), None);
        assert_eq!((file.status, file.body.len()), (200, photo.len()));
    }
    // Nobody signed in: 403, even for a file that exists.
    assert_eq!(
        respond(&o.store, None, &format!("/file/{sha}"), None).status,
        403
    );

    // A file put into the store that no record names: not found, like any other name.
    let stray = jpeg(300, 200, 33);
    let stray_sha = pressdesk_core::files::sha256_hex(&stray);
    let stray_path = o.store.files().file_path(&stray_sha).unwrap();
    std::fs::create_dir_all(stray_path.parent().unwrap()).unwrap();
    std::fs::write(&stray_path, &stray).unwrap();
    assert_eq!(
        respond(&o.store, Some(&op), &format!("/file/{stray_sha}"), None).status,
        404
    );

    // A file still in staging (the form is being filled in): its thumbnail for the Kasi who
    // uploads, never its original, nothing for a role that does not upload.
    let staged =
        evidence::stage_file(&o.store, Some(&o.kasi), "baru.jpg", &jpeg(400, 300, 2)).unwrap();
    let thumb = format!("/thumb/{}", staged.sha256);
    assert_eq!(respond(&o.store, Some(&o.kasi), &thumb, None).status, 200);
    assert_eq!(respond(&o.store, Some(&op), &thumb, None).status, 404);
    let original = format!("/file/{}", staged.sha256);
    assert_eq!(
        respond(&o.store, Some(&o.kasi), &original, None).status,
        404
    );

    // Paths that are not a kind and a SHA-256.
    for bad in [
        format!("/file/../{sha}"),
        "/file/../../pressdesk.db".to_owned(),
        format!("/other/{sha}"),
        format!("/file/{}", sha.to_uppercase()),
        "/".to_owned(),
    ] {
        assert_eq!(
            respond(&o.store, Some(&op), &bad, None).status,
            404,
            "{bad}"
        );
    }
}

#[test]
fn initials_scans_and_the_logo_are_served_to_those_who_may_see_them() {
    let o = office();
    let op = operator(&o);
    // The Kabid's saved initials (no paraf yet): hers only.
    let drawn = common::paraf_office::drawn(&o, 3);
    let pressdesk_core::paraf::Initials::Drawn { png_sha, .. } = &drawn else {
        unreachable!()
    };
    let kabid_initials = format!("/file/{png_sha}");
    paraf::save_initials(&o.store, &o.kabid, PIN, drawn.clone()).unwrap();
    assert_eq!(
        respond(&o.store, Some(&o.kabid), &kabid_initials, None).status,
        200
    );
    assert_eq!(
        respond(&o.store, Some(&op), &kabid_initials, None).status,
        404
    );

    // A paper paraf's scan (a PDF) and the Kabid's on-screen initials: on the release, so
    // every reader sees them.
    let r = common::paraf_office::checked(&o, "Rilis berparaf", 7);
    let scan = evidence::stage_file(&o.store, Some(&o.kasi), "paraf.pdf", LETTER).unwrap();
    let kadis_id = o.kadis.id().unwrap();
    let paper = PaperParafInput {
        release_id: r.summary.id.clone(),
        official_id: kadis_id,
        decision: Decision::Approve,
        note: String::new(),
        scan_sha: scan.sha256.clone(),
    };
    paraf::record_paper_paraf(&o.store, &o.kasi, paper).unwrap();
    sign(&o, &o.kabid, &[&r.summary.id], Decision::Approve, drawn).unwrap();
    let scan_reply = respond(&o.store, Some(&op), &format!("/file/{}", scan.sha256), None);
    assert_eq!(scan_reply.status, 200);
    assert_eq!(scan_reply.header("Content-Type"), Some("application/pdf"));
    // It opens in the PDF viewer as recorded, named after the role and the agenda number.
    let request = DocumentRequest::Evidence {
        key: r.summary.id.clone(),
        sha256: scan.sha256.clone(),
    };
    let (pdf, name) = render_document(&o.store, &op, &request, &Job::none()).unwrap();
    assert_eq!(pdf, LETTER);
    assert_eq!(name, "paraf-kertas-kadis-001-2026.pdf");
    assert_eq!(
        respond(&o.store, Some(&op), &kabid_initials, None).status,
        200
    );

    // The office logo, for everyone signed in.
    let admin = auth::sign_in_nip(&o.store, "198001012005011001", "135790").unwrap();
    let logo = evidence::stage_file(&o.store, Some(&admin), "logo.png", &png(120, 120)).unwrap();
    let mut profile = o
        .store
        .with_db(pressdesk_core::office::get)
        .unwrap()
        .unwrap();
    profile.logo_sha = Some(logo.sha256.clone());
    pressdesk_core::office::update_office(&o.store, &admin, profile).unwrap();
    let logo_thumb = format!("/thumb/{}", logo.sha256);
    assert_eq!(respond(&o.store, Some(&op), &logo_thumb, None).status, 200);
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    image::RgbImage::from_pixel(w, h, image::Rgb([20, 90, 120]))
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

#[test]
fn a_letter_opens_in_the_viewer_as_the_pdf_it_was() {
    let o = office();
    let op = operator(&o);
    let detail = registered(
        &o,
        "Rilis bersurat",
        &[
            ("surat-pengantar.pdf", LETTER),
            ("foto.jpg", &jpeg(320, 240, 1)),
        ],
    );
    let sha = sha_of(&detail, "surat-pengantar.pdf");
    let request = DocumentRequest::Evidence {
        key: detail.summary.id.clone(),
        sha256: sha.clone(),
    };
    let (pdf, name) = render_document(&o.store, &op, &request, &Job::none()).unwrap();
    assert_eq!(pdf, LETTER);
    assert_eq!(name, "surat-pengantar.pdf");
    let path = pdf_tools_write("surat-dibuka.pdf", &pdf);
    let text = common::pdf_tools::text_of(&path);
    assert!(text.contains("SURAT PENGANTAR PRESS RELEASE"), "{text}");

    // Another release's file is not this release's evidence.
    let other = registered(&o, "Rilis lain", &[("lain.jpg", &jpeg(320, 240, 77))]);
    let request = DocumentRequest::Evidence {
        key: other.summary.id.clone(),
        sha256: sha,
    };
    let err = render_document(&o.store, &op, &request, &Job::none()).unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err}");
}

fn pdf_tools_write(name: &str, bytes: &[u8]) -> String {
    common::pdf_tools::write(name, bytes)
}
