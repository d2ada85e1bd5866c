//! How the CLI shows results: aligned text for people, JSON with `--json` for scripts.

use pressdesk_core::release::{ListPage, ReleaseDetail};
use pressdesk_core::verify::{PrintedHead, VerifyReport};
use pressdesk_core::{tr, Result};

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
    println!("{}", tr!("cli-list-total", count = page.total));
    Ok(())
}

pub fn detail(d: &ReleaseDetail, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(d)?);
        return Ok(());
    }
    let s = &d.summary;
    println!("{}", tr!("cli-detail-agenda-no", value = s.agenda_no));
    println!("{}", tr!("cli-detail-title", value = s.title));
    let sender = match d.sender_contact.trim() {
        "" => s.sender_org.clone(),
        contact => format!("{} · {contact}", s.sender_org),
    };
    println!("{}", tr!("cli-detail-sender", value = sender));
    let letter = format!(
        "{} {}",
        s.letter_no,
        s.letter_date_display.as_deref().unwrap_or("")
    );
    println!("{}", tr!("cli-detail-letter", value = letter));
    println!("{}", tr!("cli-detail-received", value = s.received_display));
    println!("{}", tr!("cli-detail-news-type", value = s.news_type));
    println!("{}", tr!("cli-detail-status", value = s.status_label));
    println!("{}", tr!("cli-detail-evidence", count = d.evidence.len()));
    for e in &d.evidence {
        println!("  - {} {} ({})", e.kind_label, e.name, e.size_label);
    }
    println!("{}", tr!("cli-detail-id", value = s.id));
    // The release's history: every act, with the reasons and what each correction changed.
    println!("{}", tr!("cli-detail-history"));
    for a in &d.audit {
        let by = a.actor.clone().unwrap_or_else(|| tr!("cli-detail-console"));
        println!("  {} — {} ({by})", a.at_display, a.action_label);
        if let Some(reason) = &a.reason {
            println!("      {}", tr!("cli-detail-reason", reason = reason));
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
        "{}",
        tr!(
            "cli-verify-summary",
            releases = report.releases,
            events = report.events,
            files = report.files_checked,
            head = report.audit_head
        )
    );
    for note in &report.notes {
        println!("{}", tr!("cli-verify-note", note = note));
    }
    if report.ok {
        println!("{}", tr!("cli-verify-ok"));
    } else {
        for fault in &report.faults {
            println!("{}", tr!("cli-verify-fault", fault = fault));
        }
        println!("{}", tr!("cli-verify-faults", count = report.faults.len()));
    }
    Ok(())
}

/// The line about a head printed on a ledger; false when the chain has no such event.
pub fn printed_head(printed: &str, found: Option<PrintedHead>) -> bool {
    match found {
        Some(h) if h.later == 0 => {
            let line = tr!(
                "cli-head-current",
                hash = h.hash,
                event = h.event,
                at = h.at_display
            );
            println!("{line}");
            true
        }
        Some(h) => {
            let line = tr!(
                "cli-head-earlier",
                hash = h.hash,
                event = h.event,
                at = h.at_display,
                later = h.later
            );
            println!("{line}");
            true
        }
        None => {
            println!("{}", tr!("cli-head-unknown", hash = printed.trim()));
            false
        }
    }
}
