//! Reading the paraf trail of a release for the detail screen and the release sheet.

use super::paraf_types::{Decision, PaperReview, ParafEntry, ParafMedium, Revocation};
use crate::args;
use crate::error::Result;
use crate::model::{Role, TimeZone};
use crate::sql::Db;
use crate::timefmt;

pub fn trail(db: &Db, release_id: i64, tz: TimeZone) -> Result<Vec<ParafEntry>> {
    let rows = db.query(
        "SELECT p.id, p.step_seq, u.name, u.nip, p.role, p.decision, p.note, p.medium,
                p.initials_sha, p.initials_w_mm, p.initials_h_mm, p.scan_sha, s.name, p.at,
                p.revoked_at, rb.name, p.revoke_reason, v.outcome, v.reason, v.at
         FROM parafs p JOIN users u ON u.id = p.user_id
         LEFT JOIN paper_paraf_reviews v ON v.paraf_id = p.id
         LEFT JOIN users s ON s.id = p.scanned_by
         LEFT JOIN users rb ON rb.id = p.revoked_by
         WHERE p.release_id = ?1 ORDER BY p.id",
        args![release_id],
    )?;
    let mut out = Vec::new();
    for r in &rows {
        let role = Role::parse(&r.get::<String>(4)?)?;
        let decision = match r.get::<String>(5)?.as_str() {
            "approve" => Decision::Approve,
            _ => Decision::Reject,
        };
        let medium = if r.get::<String>(7)? == "paper" {
            ParafMedium::Paper
        } else {
            ParafMedium::Screen
        };
        let at: String = r.get(13)?;
        let revoked_at: Option<String> = r.get(14)?;
        let review = match r.get::<Option<String>>(17)? {
            Some(outcome) => Some(PaperReview {
                confirmed: outcome == "confirmed",
                reason: r.get(18)?,
                at_display: timefmt::show_datetime(timefmt::from_db(&r.get::<String>(19)?)?, tz),
            }),
            None => None,
        };
        out.push(ParafEntry {
            id: r.get(0)?,
            step_seq: r.get(1)?,
            user_name: r.get(2)?,
            user_nip: r.get(3)?,
            role,
            role_label: role.label().to_owned(),
            decision,
            decision_label: decision.label().to_owned(),
            note: r.get(6)?,
            medium,
            initials_sha: r.get(8)?,
            initials_width_mm: r.get(9)?,
            initials_height_mm: r.get(10)?,
            scan_sha: r.get(11)?,
            scanned_by: r.get(12)?,
            review,
            at_display: timefmt::show_datetime(timefmt::from_db(&at)?, tz),
            at,
            revoked: match revoked_at {
                Some(t) => Some(Revocation {
                    at_display: timefmt::show_datetime(timefmt::from_db(&t)?, tz),
                    by: r.get::<Option<String>>(15)?.unwrap_or_default(),
                    reason: r.get::<Option<String>>(16)?.unwrap_or_default(),
                }),
                None => None,
            },
        });
    }
    Ok(out)
}
