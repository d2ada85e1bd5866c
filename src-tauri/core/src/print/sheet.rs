//! The release sheet (Lembar Press Release): letterhead, the form with every field of the
//! record, then the paraf trail, the SOP timeline and the photos; footer on every page.

use printpdf::{OffsetDateTime, PdfDocument, PdfSaveOptions};

use super::canvas::{Canvas, Ink, Style};
use super::fonts::{Fonts, Weight};
use super::table::{span, Row, Span, Table, BODY, LABEL};
use super::{images, pdf_err, photos, trail, Paper, SheetInput};
use crate::catalog::CHECKLIST;
use crate::error::Result;
use crate::model::EvidenceKind;
use crate::release::ReleaseDetail;

pub(super) const HEADING: Style = Style::new(Weight::Bold, 10.0);
const FOOT: Style = Style::new(Weight::Regular, 7.5).ink(Ink::Grey);
const DASH: &str = "—";

pub(super) fn render(input: &SheetInput, paper: Paper) -> Result<Vec<u8>> {
    let d = input.detail;
    let title = format!("Lembar Press Release {}", d.summary.agenda_no);
    let mut doc = PdfDocument::new(&title);
    let now = OffsetDateTime::now_utc();
    let info = &mut doc.metadata.info;
    info.document_title = title;
    info.subject = d.summary.title.clone();
    info.author = input.office.name.clone();
    info.creator = "PressDesk".into();
    info.producer = "PressDesk (printpdf 0.12.8)".into();
    info.creation_date = now;
    info.modification_date = now;
    info.metadata_date = now;

    let fonts = Fonts::load(&mut doc)?;
    let (width, height) = paper.size_mm();
    let mut c = Canvas::new(&fonts, width, height);
    letterhead(&mut c, &mut doc, input);
    title_block(&mut c, d);
    heading(&mut c, "A. Data rilis");
    fields(&mut c, d);
    trail::parafs(&mut c, &mut doc, input);
    trail::timeline(&mut c, d);
    photos::contact_sheet(&mut c, &mut doc, input);
    page_furniture(&mut c, input);
    doc.with_pages(c.into_pages());
    save(&doc)
}

/// Serialises with fonts subset and images untouched, then deflates every stream that has
/// no filter yet (printpdf leaves content streams raw).
pub(super) fn save(doc: &PdfDocument) -> Result<Vec<u8>> {
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    // printpdf always writes a GTS_PDFXVersion key, which makes readers take the file for
    // PDF/X; this document claims no such conformance.
    let info = lo.trailer.get(b"Info").and_then(|i| i.as_reference());
    if let Ok(info) = info.and_then(|id| lo.get_object_mut(id)?.as_dict_mut()) {
        info.remove(b"GTS_PDFXVersion");
        info.remove(b"Identifier");
    }
    lo.compress();
    let mut out = Vec::new();
    lo.save_to(&mut out).map_err(pdf_err)?;
    Ok(out)
}

/// A section title with a little air above it; keeps `min_after` mm of content with it.
pub(super) fn heading_keep(c: &mut Canvas, text: &str, min_after: f32) {
    c.y += 5.0;
    c.ensure(HEADING.line_height() + 1.5 + min_after);
    let top = c.y;
    c.text(c.left(), top, text, HEADING);
    c.y += HEADING.line_height() + 1.5;
}

fn heading(c: &mut Canvas, text: &str) {
    heading_keep(c, text, 20.0);
}

/// Kop surat: the logo at the left, the office name and address centred, a double rule.
fn letterhead(c: &mut Canvas, doc: &mut PdfDocument, input: &SheetInput) {
    const LOGO: f32 = 24.0;
    let logo = input
        .office
        .logo_sha
        .as_deref()
        .and_then(|sha| (input.images)(sha))
        .and_then(|bytes| images::embed(doc, &bytes));
    let top = c.y;
    let (left, right) = (c.left(), c.right());
    let inset = if logo.is_some() { LOGO + 4.0 } else { 0.0 };
    let name_style = Style::new(Weight::Bold, 14.5);
    let address_style = Style::new(Weight::Regular, 9.5);
    let text_width = right - left - 2.0 * inset;
    let name = input.office.name.to_uppercase();
    let name_lines = c
        .fonts
        .wrap(name_style.weight, name_style.size, &name, text_width);
    let address_lines = c.fonts.wrap(
        address_style.weight,
        address_style.size,
        &input.office.address,
        text_width,
    );
    let text_h = name_lines.len() as f32 * name_style.line_height()
        + 1.0
        + address_lines.len() as f32 * address_style.line_height();
    let block_h = if logo.is_some() {
        text_h.max(LOGO)
    } else {
        text_h
    };
    if let Some(logo) = &logo {
        let (w, h) = fit(logo.aspect(), LOGO, LOGO);
        let y = top + (block_h - h) / 2.0;
        let bbox = c.box_pt(left + (LOGO - w) / 2.0, y, w, h);
        c.image(&logo.id, logo.placement(bbox));
    }
    let mut y = top + (block_h - text_h) / 2.0;
    for line in &name_lines {
        c.text_centered(left + inset, right - inset, y, line, name_style);
        y += name_style.line_height();
    }
    y += 1.0;
    for line in &address_lines {
        c.text_centered(left + inset, right - inset, y, line, address_style);
        y += address_style.line_height();
    }
    let rule = top + block_h + 2.5;
    c.line(left, rule, right, rule, 2.2, Ink::Black);
    c.line(left, rule + 1.2, right, rule + 1.2, 0.7, Ink::Black);
    c.y = rule + 7.0;
}

/// The largest (w, h) with the given aspect (w / h) inside max_w × max_h.
pub(super) fn fit(aspect: f32, max_w: f32, max_h: f32) -> (f32, f32) {
    if aspect >= max_w / max_h {
        (max_w, max_w / aspect)
    } else {
        (max_h * aspect, max_h)
    }
}

fn title_block(c: &mut Canvas, d: &ReleaseDetail) {
    let (left, right) = (c.left(), c.right());
    let title = Style::new(Weight::Bold, 15.0);
    let top = c.y;
    c.text_centered(left, right, top, "LEMBAR PRESS RELEASE", title);
    c.y += title.line_height() + 0.5;
    let sub = Style::new(Weight::Regular, 10.0);
    let line = format!(
        "Nomor Agenda {}   ·   Status: {}",
        d.summary.agenda_no, d.summary.status_label
    );
    let top = c.y;
    c.text_centered(left, right, top, &line, sub);
    c.y += sub.line_height() + 1.0;
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
        .map(|(key, label)| {
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

/// The running header of continuation pages and the footer of every page, drawn last
/// because the footer needs the page count.
fn page_furniture(c: &mut Canvas, input: &SheetInput) {
    let d = input.detail;
    let total = c.page_count();
    let audit = d
        .audit
        .last()
        .map(|a| a.hash.chars().take(16).collect::<String>())
        .unwrap_or_else(|| DASH.into());
    for index in 0..total {
        c.on_page(index, |c| {
            let (left, right) = (c.left(), c.right());
            if index > 0 {
                let top = super::canvas::MARGIN_TOP;
                let head = Style::new(Weight::Bold, 8.0).ink(Ink::Grey);
                c.text(left, top, "LEMBAR PRESS RELEASE", head);
                let agenda = format!("Nomor Agenda {}", d.summary.agenda_no);
                c.text_right(right, top, &agenda, head.ink(Ink::Grey));
                let rule = top + head.line_height() + 0.8;
                c.line(left, rule, right, rule, 0.5, Ink::Grey);
            }
            let rule = c.height - 15.0;
            c.line(left, rule, right, rule, 0.5, Ink::Grey);
            let top = rule + 1.2;
            c.text(left, top, &format!("Dicetak {}", input.printed_at), FOOT);
            let middle = format!("Jejak audit: {audit}");
            c.text_centered(left, right, top, &middle, FOOT);
            let page = format!("Halaman {} dari {total}", index + 1);
            c.text_right(right, top, &page, FOOT);
        });
    }
}
