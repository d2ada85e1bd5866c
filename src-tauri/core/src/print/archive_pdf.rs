//! The archivist's lists in the national columns (Daftar Berkas, Daftar Isi Berkas and the
//! retention lists of a year, as `archive::archive_list` gives them) on landscape A4 or F4 in
//! the page frame: letterhead, title, the ruled table with its titles repeated on every page,
//! the Kadis's "Mengetahui" block; a retention list is followed by its berita acara on a page
//! of its own, with blanks for the day and both parties ready to sign.

use super::base::{Ink, Paper, Style, Weight};
use super::canvas::Canvas;
use super::context::{context, Context};
use super::fonts::Fonts;
use super::frame::{self, closing_block, letterhead, title_block, Frame};
use super::grid::Ruled;
use super::pdf::Meta;
use super::table::{span, Row};
use crate::archive::{ArchiveList, DueKind, ListKind};
use crate::db::Store;
use crate::error::Result;

const TEXT: Style = Style::new(Weight::Regular, 10.0);
const BOLD: Style = Style::new(Weight::Bold, 10.0);
/// The rows: larger than the ledger's, these lists have few columns and are read on paper by
/// the records center.
const ROW: Style = Style::new(Weight::Regular, 7.8);

/// The list printed: the table, the sign-off, and for a retention list its berita acara.
pub fn archive_list_pdf(store: &Store, list: &ArchiveList, paper: Paper) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    let ctx = context(store)?;
    let meta = Meta {
        title: list.title.clone(),
        subject: list.summary.clone(),
        author: ctx.office.name.clone(),
    };
    let frame = Frame {
        running: list.title.to_uppercase(),
        running_right: ctx.office.name.clone(),
        printed_at: ctx.printed_at.clone(),
        middle: format!(
            "Kepala rantai audit: {}",
            ctx.audit_head.chars().take(16).collect::<String>()
        ),
    };
    let fonts = Fonts::load()?;
    let mut pdf = Vec::new();
    let mut c = frame::open(&fonts, &mut pdf, meta, paper, true, frame)?;
    let logo = ctx.logo.as_deref().and_then(|b| c.embed(b));
    letterhead(&mut c, &ctx.office, logo.as_ref());
    let sub = format!("Unit Pengolah: {}", ctx.office.name);
    title_block(&mut c, &list.title.to_uppercase(), &sub, &list.summary);
    let total: f32 = list.shares.iter().sum();
    let widths: Vec<f32> = list
        .shares
        .iter()
        .map(|s| s / total * c.content_width())
        .collect();
    let ruled = Ruled::new(&c, &widths, &list.columns);
    c.ensure(25.0);
    ruled.header(&mut c);
    if list.rows.is_empty() {
        c.y += 3.0;
        let note = format!(
            "Tidak ada berkas pada {} ini.",
            list.kind.name().to_lowercase()
        );
        c.paragraph(c.left(), c.content_width(), &note, ROW.ink(Ink::Grey));
    }
    for texts in &list.rows {
        let row = Row::new(texts.iter().map(|t| vec![span(t, ROW)]).collect());
        ruled.row(&mut c, &row, |_, _| {});
    }
    closing_block(&mut c, &ctx.closing);
    if let ListKind::Retensi(due) = list.kind {
        c.new_page();
        berita_acara(&mut c, &ctx, list, due);
    }
    c.finish()?;
    Ok(pdf)
}

/// The berita acara of a retention list: what is handed over (the list attached), on a day
/// left blank, between the archivist's unit and the receiving unit, signed by both and known
/// by the Kadis.
fn berita_acara(c: &mut Canvas, ctx: &Context, list: &ArchiveList, due: DueKind) {
    let (title, act, second) = match due {
        DueKind::Pindah => (
            "BERITA ACARA PEMINDAHAN ARSIP INAKTIF",
            "pemindahan arsip inaktif dari unit pengolah ke unit kearsipan",
            "Kepala Unit Kearsipan",
        ),
        DueKind::Musnah => (
            "BERITA ACARA PEMUSNAHAN ARSIP",
            "pemusnahan arsip yang telah habis masa retensinya",
            "Saksi / Kepala Unit Kearsipan",
        ),
        DueKind::Permanen => (
            "BERITA ACARA PENYERAHAN ARSIP STATIS",
            "penyerahan arsip statis (permanen) kepada lembaga kearsipan",
            "Kepala Lembaga Kearsipan",
        ),
        DueKind::DinilaiKembali => (
            "BERITA ACARA PENILAIAN KEMBALI ARSIP",
            "penilaian kembali arsip yang telah habis masa retensinya",
            "Kepala Unit Kearsipan",
        ),
    };
    title_block(
        c,
        title,
        "Nomor: ......................................",
        "",
    );
    let (left, width) = (c.left() + 20.0, c.content_width() - 40.0);
    let para = |c: &mut Canvas, text: &str| {
        c.paragraph(left, width, text, TEXT);
        c.y += 2.5;
    };
    para(
        c,
        "Pada hari ini .................... tanggal .......... bulan .................... \
         tahun .........., kami yang bertanda tangan di bawah ini:",
    );
    let party = |c: &mut Canvas, n: &str, who: &str| {
        for (i, (label, value)) in [("Nama", ""), ("NIP", ""), ("Jabatan", who)]
            .iter()
            .enumerate()
        {
            let top = c.y;
            if i == 0 {
                c.text(left + 2.0, top, n, TEXT);
            }
            c.text(left + 8.0, top, label, TEXT);
            let dots = if value.is_empty() {
                ".............................................................".to_owned()
            } else {
                (*value).to_owned()
            };
            c.text(left + 40.0, top, &format!(": {dots}"), TEXT);
            c.y += TEXT.line_height();
        }
        c.y += 2.0;
    };
    party(c, "1.", &format!("Arsiparis, {}", ctx.office.name));
    para(c, "selanjutnya disebut PIHAK PERTAMA;");
    party(c, "2.", second);
    para(c, "selanjutnya disebut PIHAK KEDUA.");
    para(
        c,
        &format!(
            "Menyatakan telah melaksanakan {act} sebanyak {} berkas sebagaimana tercantum \
             dalam {} Tahun {} terlampir, yang merupakan bagian tidak terpisahkan dari \
             berita acara ini.",
            list.files,
            list.kind.name(),
            list.year
        ),
    );
    para(
        c,
        "Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.",
    );
    signatures(c, ctx);
}

/// The two parties and, between them, the Kadis who knows of it, side by side so the berita
/// acara stays one page; the place and date above the second party.
fn signatures(c: &mut Canvas, ctx: &Context) {
    let line = TEXT.line_height();
    c.y += 3.0;
    c.ensure(line * 8.0 + 20.0);
    let third = c.content_width() / 3.0;
    let left = c.left();
    let col = move |i: usize| (left + i as f32 * third, left + (i as f32 + 1.0) * third);
    let (l, r) = col(2);
    let top = c.y;
    c.text_centered(l, r, top, &ctx.closing.place_date, TEXT);
    let top = top + line;
    let kadis = ctx.closing.name.clone();
    let kadis_nip = ctx.closing.nip.clone();
    let blank = "(.........................................)".to_owned();
    let dots = "..............................".to_owned();
    let columns = [
        ("", "PIHAK PERTAMA", None, None),
        ("Mengetahui,", "Kepala Dinas", kadis, kadis_nip),
        ("", "PIHAK KEDUA", None, None),
    ];
    for (i, (above, who, name, nip)) in columns.into_iter().enumerate() {
        let (l, r) = col(i);
        c.text_centered(l, r, top, above, TEXT);
        c.text_centered(l, r, top + line, who, BOLD);
        let sign = top + line * 2.0 + 18.0;
        let named = name.is_some();
        let name = name.unwrap_or_else(|| blank.clone());
        c.text_centered(l, r, sign, &name, if named { BOLD } else { TEXT });
        if named {
            let w = c.fonts.width(BOLD.weight, BOLD.size, &name);
            let (mid, under) = ((l + r) / 2.0, sign + line - 0.4);
            c.line(mid - w / 2.0, under, mid + w / 2.0, under, 0.6, Ink::Black);
        }
        let nip = format!("NIP. {}", nip.unwrap_or_else(|| dots.clone()));
        c.text_centered(l, r, sign + line, &nip, TEXT);
    }
    c.y = top + line * 4.0 + 18.0;
}
