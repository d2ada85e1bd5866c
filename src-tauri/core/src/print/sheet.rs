//! The release sheet (Lembar Press Release): letterhead, the form with every field of the
//! record, then the paraf trail, the SOP timeline and the photos; footer on every page.

use std::collections::HashSet;

use super::base::{Ink, Paper, Style, Weight};
use super::canvas::Canvas;
use super::context::office_on;
use super::fonts::Fonts;
use super::frame::{self, heading_keep, letterhead, title_block, Frame};
use super::pdf::Meta;
use super::sheet_input::SheetInput;
use super::table::{span, Row, Span, Table, BODY, LABEL};
use super::{photos, trail};
use crate::catalog::CHECKLIST;
use crate::db::Store;
use crate::error::Result;
use crate::model::Actor;
use crate::model::EvidenceKind;
use crate::release::{self, ReleaseDetail};
use crate::timefmt;

const DASH: &str = "—";

/// Loads one release (by id or exact number) with the office profile and its images, and
/// renders its release sheet as the workstation's console may see it (a restricted release
/// masked: `crate::access`). The database lock is released before rendering starts.
pub fn release_sheet(store: &Store, key: &str, paper: Paper) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    release_sheet_for(store, &Actor::console(), key, paper)
}

/// [`release_sheet`] as `actor` may see it: what they may not open is masked on the sheet.
pub fn release_sheet_for(store: &Store, actor: &Actor, key: &str, paper: Paper) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    let office = store.with_db(office_on)?;
    let detail = release::detail(store, actor, key)?;
    let thumbs: HashSet<&str> = detail
        .evidence
        .iter()
        .filter(|e| e.kind == EvidenceKind::Photo && e.has_thumb)
        .map(|e| e.sha256.as_str())
        .collect();
    let files = store.files();
    // A photo's thumbnail where the desk has one; else the file (on a server fetched into the
    // desk's cache).
    let images = |sha: &str| -> Option<Vec<u8>> {
        let thumb = thumbs.contains(sha).then(|| files.thumb_path(sha).ok());
        let path = thumb.flatten().filter(|p| p.exists());
        std::fs::read(path.or_else(|| store.file_path(sha).ok())?).ok()
    };
    let input = SheetInput {
        office: &office,
        detail: &detail,
        images: &images,
        printed_at: timefmt::format_datetime(timefmt::now(), office.timezone),
    };
    render_release_sheet(&input, paper)
}

/// Renders the release sheet from what is given; pure, no database.
pub fn render_release_sheet(input: &SheetInput, paper: Paper) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    render(input, paper)
}

pub(super) fn render(input: &SheetInput, paper: Paper) -> Result<Vec<u8>> {
    let d = input.detail;
    let meta = Meta {
        title: format!("Lembar Press Release {}", d.summary.agenda_no),
        subject: d.summary.title.clone(),
        author: input.office.name.clone(),
    };
    let audit = d
        .audit
        .last()
        .map(|a| a.hash.chars().take(16).collect::<String>())
        .unwrap_or_else(|| DASH.into());
    let frame = Frame {
        running: "LEMBAR PRESS RELEASE".into(),
        running_right: format!("Nomor Agenda {}", d.summary.agenda_no),
        printed_at: input.printed_at.clone(),
        middle: format!("Jejak audit: {audit}"),
    };
    let fonts = Fonts::load()?;
    let mut pdf = Vec::new();
    let mut c = frame::open(&fonts, &mut pdf, meta, paper, false, frame)?;
    let logo = input
        .office
        .logo_sha
        .as_deref()
        .and_then(|sha| (input.images)(sha))
        .and_then(|bytes| c.embed(&bytes));
    letterhead(&mut c, input.office, logo.as_ref());
    let sub = format!(
        "Nomor Agenda {}   ·   Status: {}",
        d.summary.agenda_no, d.summary.status_label
    );
    title_block(&mut c, "LEMBAR PRESS RELEASE", &sub, "");
    heading_keep(&mut c, "A. Data rilis", 20.0);
    fields(&mut c, d);
    trail::parafs(&mut c, input);
    trail::timeline(&mut c, d);
    photos::contact_sheet(&mut c, input);
    c.finish()?;
    Ok(pdf)
}

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        DASH.into()
    } else {
        s.trim().to_owned()
    }
}

fn field(label: &str, value: Vec<Span>) -> Row {
    Row::new(vec![vec![span(label, LABEL)], value])
}

fn fields(c: &mut Canvas, d: &ReleaseDetail) {
    let s = &d.summary;
    let letter = match (s.letter_no.trim(), &s.letter_date_display) {
        ("", None) => DASH.to_owned(),
        (no, Some(date)) => format!("{}, tanggal {date}", or_dash(no)),
        (no, None) => no.to_owned(),
    };
    let event = match (&d.event_date_display, d.event_place.trim()) {
        (None, "") => DASH.to_owned(),
        (Some(date), "") => date.clone(),
        (None, place) => place.to_owned(),
        (Some(date), place) => format!("{date}, {place}"),
    };
    let body: Vec<Span> = if d.body.trim().is_empty() {
        vec![span(DASH, BODY)]
    } else {
        vec![span(d.body.trim(), BODY)]
    };
    let rows = vec![
        field("Nomor agenda", vec![span(&s.agenda_no, BODY)]),
        field("Diterima", vec![span(&s.received_display, BODY)]),
        field(
            "Petugas penerima",
            vec![span(or_dash(d.received_by.as_deref().unwrap_or("")), BODY)],
        ),
        field("Instansi pengirim", vec![span(&s.sender_org, BODY)]),
        field("Narahubung", vec![span(or_dash(&d.sender_contact), BODY)]),
        field("Nomor surat / tanggal surat", vec![span(letter, BODY)]),
        field(
            "Judul",
            vec![span(&s.title, Style::new(Weight::Bold, BODY.size))],
        ),
        field("Jenis berita", vec![span(&s.news_type, BODY)]),
        field("Tanggal dan tempat kegiatan", vec![span(event, BODY)]),
        field("Ringkasan / isi", body),
        field("Pemeriksaan format", checklist(&d.checklist)),
        field("Keterangan", vec![span(or_dash(&d.remarks), BODY)]),
        field("Bukti", evidence(d)),
    ];
    let label_w = 44.0;
    let widths = [label_w, c.content_width() - label_w];
    Table {
        widths: &widths,
        header: None,
        label_column: true,
    }
    .draw(c, &rows);
}

fn checklist(done: &[String]) -> Vec<Span> {
    let met = CHECKLIST
        .iter()
        .filter(|(key, _)| done.iter().any(|d| d == key))
        .count();
    let mut out: Vec<Span> = CHECKLIST
        .iter()
        .map(|(key, message)| {
            let label = crate::catalog::checklist_label(message);
            if done.iter().any(|d| d == key) {
                span(format!("✓  {label}"), BODY)
            } else {
                span(format!("–  {label}"), BODY.ink(Ink::Light))
            }
        })
        .collect();
    out.push(span(
        format!("{met} dari {} butir terpenuhi", CHECKLIST.len()),
        LABEL,
    ));
    out
}

fn evidence(d: &ReleaseDetail) -> Vec<Span> {
    if d.evidence.is_empty() {
        return vec![span("Tidak ada bukti terlampir", BODY)];
    }
    let counts: Vec<String> = [
        EvidenceKind::Photo,
        EvidenceKind::Video,
        EvidenceKind::Letter,
    ]
    .into_iter()
    .filter_map(|kind| {
        let n = d.evidence.iter().filter(|e| e.kind == kind).count();
        (n > 0).then(|| format!("{n} {}", kind.label().to_lowercase()))
    })
    .collect();
    let mut out = vec![span(counts.join(", "), Style::new(Weight::Bold, BODY.size))];
    out.extend(d.evidence.iter().enumerate().map(|(i, e)| {
        span(
            format!("{}. {} — {}, {}", i + 1, e.name, e.kind_label, e.size_label),
            BODY,
        )
    }));
    out
}
