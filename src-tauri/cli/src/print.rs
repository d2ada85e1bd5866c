//! How the CLI shows results: aligned text for people, JSON with `--json` for scripts.

use pressdesk_core::release::{ListPage, ReleaseDetail};
use pressdesk_core::verify::{PrintedHead, VerifyReport};
use pressdesk_core::Result;

pub fn page(page: &ListPage, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(page)?);
        return Ok(());
    }
    for r in &page.rows {
        println!(
            "{:<10} {:<32} {:<16} {} — {}",
            r.agenda_no, r.received_display, r.status_label, r.title, r.sender_org
        );
    }
    println!("{} rilis", page.total);
    Ok(())
}

pub fn detail(d: &ReleaseDetail, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(d)?);
        return Ok(());
    }
    let s = &d.summary;
    println!("Nomor agenda : {}", s.agenda_no);
    println!("Judul        : {}", s.title);
    println!("Pengirim     : {} {}", s.sender_org, d.sender_contact);
    println!(
        "Nomor surat  : {} {}",
        s.letter_no,
        s.letter_date_display.as_deref().unwrap_or("")
    );
    println!("Diterima     : {}", s.received_display);
    println!("Jenis berita : {}", s.news_type);
    println!("Status       : {}", s.status_label);
    println!("Bukti        : {} berkas", d.evidence.len());
    for e in &d.evidence {
        println!("  - {} {} ({})", e.kind_label, e.name, e.size_label);
    }
    println!("Id           : {}", s.id);
    // The release's history: every act, with the reasons and what each correction changed.
    println!("Riwayat      :");
    for a in &d.audit {
        let by = a.actor.as_deref().unwrap_or("Konsol");
        println!("  {} — {} ({by})", a.at_display, a.action_label);
        if let Some(reason) = &a.reason {
            println!("      alasan: {reason}");
        }
        for c in &a.changes {
            println!("      {}: «{}» → «{}»", c.label, c.before, c.after);
        }
    }
    Ok(())
}

pub fn verify(report: &VerifyReport, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(report)?);
        return Ok(());
    }
    println!(
        "{} rilis, {} peristiwa audit, {} berkas diperiksa; kepala rantai audit {}",
        report.releases, report.events, report.files_checked, report.audit_head
    );
    for note in &report.notes {
        println!("catatan: {note}");
    }
    if report.ok {
        println!("Semua data utuh.");
    } else {
        for fault in &report.faults {
            println!("KESALAHAN: {fault}");
        }
        println!("{} kesalahan ditemukan.", report.faults.len());
    }
    Ok(())
}

/// The line about a head printed on a ledger; false when the chain has no such event.
pub fn printed_head(printed: &str, found: Option<PrintedHead>) -> bool {
    match found {
        Some(h) if h.later == 0 => {
            println!(
                "Kepala rantai tercetak {} adalah kepala rantai saat ini (peristiwa ke-{}, {}).",
                h.hash, h.event, h.at_display
            );
            true
        }
        Some(h) => {
            println!(
                "Kepala rantai tercetak {} tercatat di rantai: peristiwa ke-{}, {}; \
                 {} peristiwa sesudahnya.",
                h.hash, h.event, h.at_display, h.later
            );
            true
        }
        None => {
            println!(
                "KESALAHAN: kepala rantai tercetak {} tidak ada di rantai audit data ini.",
                printed.trim()
            );
            false
        }
    }
}
