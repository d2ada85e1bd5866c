//! The berita acara page of a retention list, with the parties the records rules name for each
//! act: a move of inactive records from the unit that made them (Kepala Unit Pengolah) to the
//! office's records unit (Kepala Unit Kearsipan), known by the Kadis; a destruction carried out
//! by the records unit before two witnesses (the legal and the oversight units), known by the
//! Kadis; a handover of permanent records by the Kadis, as head of the office that made them,
//! to the regional archive (Lembaga Kearsipan Daerah); a review by the records unit and the
//! appraisal team. The day, the place and the names are left blank for the day it is signed.

use super::base::{Ink, Style, Weight};
use super::canvas::Canvas;
use super::context::Context;
use super::frame::title_block;
use crate::archive::{ArchiveList, DueKind};

const TEXT: Style = Style::new(Weight::Regular, 10.0);
const BOLD: Style = Style::new(Weight::Bold, 10.0);
const DOTS: &str = ".............................................................";

/// One act's page: its title, what was done, and who.
struct Form {
    title: &'static str,
    act: &'static str,
    /// The first party's office; the Kadis himself when `kadis_first`.
    first: &'static str,
    kadis_first: bool,
    /// The second party's office, for a move or a handover.
    second: Option<&'static str>,
    /// The two witnesses of a destruction.
    witnesses: bool,
}

fn form(due: DueKind) -> Form {
    match due {
        DueKind::Pindah => Form {
            title: "BERITA ACARA PEMINDAHAN ARSIP INAKTIF",
            act: "pemindahan arsip inaktif dari unit pengolah ke unit kearsipan",
            first: "Kepala Unit Pengolah",
            kadis_first: false,
            second: Some("Kepala Unit Kearsipan"),
            witnesses: false,
        },
        DueKind::Musnah => Form {
            title: "BERITA ACARA PEMUSNAHAN ARSIP",
            act: "pemusnahan arsip yang telah habis masa retensinya dan berketerangan musnah",
            first: "Kepala Unit Kearsipan, selaku pelaksana pemusnahan",
            kadis_first: false,
            second: None,
            witnesses: true,
        },
        DueKind::Permanen => Form {
            title: "BERITA ACARA PENYERAHAN ARSIP STATIS",
            act: "penyerahan arsip statis (permanen) kepada Lembaga Kearsipan Daerah",
            first: "Kepala Dinas, selaku pimpinan pencipta arsip",
            kadis_first: true,
            second: Some("Kepala Lembaga Kearsipan Daerah"),
            witnesses: false,
        },
        DueKind::DinilaiKembali => Form {
            title: "BERITA ACARA PENILAIAN KEMBALI ARSIP",
            act: "penilaian kembali arsip yang telah habis masa retensinya",
            first: "Kepala Unit Kearsipan",
            kadis_first: false,
            second: Some("Ketua Tim Penilai Arsip"),
            witnesses: false,
        },
    }
}

/// The berita acara of `list` (a retention list of `due`), after its letterhead.
pub(super) fn berita_acara(c: &mut Canvas, ctx: &Context, list: &ArchiveList, due: DueKind) {
    let f = form(due);
    title_block(
        c,
        f.title,
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
    let kadis = |field: &Option<String>| field.clone().filter(|_| f.kadis_first);
    let name = kadis(&ctx.closing.name);
    let nip = kadis(&ctx.closing.nip);
    party(c, left, "1.", name.as_deref(), nip.as_deref(), f.first);
    match f.second {
        Some(second) => {
            para(c, "selanjutnya disebut PIHAK PERTAMA;");
            party(c, left, "2.", None, None, second);
            para(c, "selanjutnya disebut PIHAK KEDUA.");
        }
        None => para(c, "selanjutnya disebut PELAKSANA;"),
    }
    let what = format!(
        "Menyatakan telah melaksanakan {} sebanyak {} berkas sebagaimana tercantum dalam {} \
         Tahun {} terlampir, yang merupakan bagian tidak terpisahkan dari berita acara ini.",
        f.act,
        list.files,
        list.kind.name(),
        list.year
    );
    para(c, &what);
    if f.witnesses {
        para(
            c,
            "Pemusnahan disaksikan oleh wakil unit yang membidangi hukum dan wakil unit \
             pengawasan (Inspektorat), yang turut menandatangani berita acara ini.",
        );
    }
    para(
        c,
        "Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.",
    );
    signatures(c, ctx, &f);
}

/// Nama, NIP and Jabatan of one party: blanks where the day will fill them in.
fn party(c: &mut Canvas, left: f32, n: &str, name: Option<&str>, nip: Option<&str>, who: &str) {
    let rows = [("Nama", name), ("NIP", nip), ("Jabatan", Some(who))];
    for (i, (label, value)) in rows.into_iter().enumerate() {
        let top = c.y;
        if i == 0 {
            c.text(left + 2.0, top, n, TEXT);
        }
        c.text(left + 8.0, top, label, TEXT);
        c.text(
            left + 40.0,
            top,
            &format!(": {}", value.unwrap_or(DOTS)),
            TEXT,
        );
        c.y += TEXT.line_height();
    }
    c.y += 2.0;
}

/// A place to sign: the words above, the office, and the name and NIP when known.
struct Sign {
    above: &'static str,
    who: &'static str,
    name: Option<String>,
    nip: Option<String>,
}

impl Sign {
    fn blank(above: &'static str, who: &'static str) -> Sign {
        Sign {
            above,
            who,
            name: None,
            nip: None,
        }
    }
}

/// The places to sign side by side, so that the berita acara stays one page, the place and
/// date (left blank) above the last.
fn signatures(c: &mut Canvas, ctx: &Context, f: &Form) {
    let kadis = |above| Sign {
        above,
        who: "Kepala Dinas",
        name: ctx.closing.name.clone(),
        nip: ctx.closing.nip.clone(),
    };
    let signs: Vec<Sign> = if f.witnesses {
        vec![
            Sign::blank("", "Pelaksana"),
            kadis("Mengetahui,"),
            Sign::blank("Saksi I,", "Unit Hukum"),
            Sign::blank("Saksi II,", "Inspektorat"),
        ]
    } else if f.kadis_first {
        vec![kadis("PIHAK PERTAMA"), Sign::blank("", "PIHAK KEDUA")]
    } else {
        vec![
            Sign::blank("", "PIHAK PERTAMA"),
            kadis("Mengetahui,"),
            Sign::blank("", "PIHAK KEDUA"),
        ]
    };
    let line = TEXT.line_height();
    c.y += 3.0;
    c.ensure(line * 5.0 + 22.0);
    // Two places sit at the left and right thirds; three or four share the width.
    let n = signs.len().max(3);
    let share = c.content_width() / n as f32;
    let left = c.left();
    let slots: Vec<usize> = match signs.len() {
        2 => vec![0, 2],
        k => (0..k).collect(),
    };
    let col = |i: usize| (left + i as f32 * share, left + (i as f32 + 1.0) * share);
    let (l, r) = col(n - 1);
    c.text_centered(
        l,
        r,
        c.y,
        "................, ........................",
        TEXT,
    );
    let top = c.y + line;
    for (sign, slot) in signs.iter().zip(slots) {
        let (l, r) = col(slot);
        c.text_centered(l, r, top, sign.above, TEXT);
        c.text_centered(l, r, top + line, sign.who, BOLD);
        let at = top + line * 2.0 + 18.0;
        match &sign.name {
            Some(name) => {
                c.text_centered(l, r, at, name, BOLD);
                let w = c.fonts.width(BOLD.weight, BOLD.size, name);
                let (mid, under) = ((l + r) / 2.0, at + line - 0.4);
                c.line(mid - w / 2.0, under, mid + w / 2.0, under, 0.6, Ink::Black);
            }
            None => c.text_centered(l, r, at, "(....................................)", TEXT),
        }
        let nip = sign.nip.as_deref().unwrap_or("..........................");
        c.text_centered(l, r, at + line, &format!("NIP. {nip}"), TEXT);
    }
    c.y = top + line * 4.0 + 22.0;
}
