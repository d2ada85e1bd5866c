//! The summary row every list of releases shows (number, dates, sender, title, state, evidence
//! and the first thumbnails), read the same from either store, and a page of them.

use serde::Serialize;
use ts_rs::TS;

use super::ReleaseSummary;
use crate::access::{security_of, Reader};
use crate::error::Result;
use crate::model::{Status, TimeZone};
use crate::numbering::agenda_display;
use crate::sql::{Both, Db, Row, ToValue, Value};
use crate::timefmt;
use crate::workflow::ActKind;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ListPage {
    pub rows: Vec<ReleaseSummary>,
    pub next_cursor: Option<String>,
    pub total: i64,
}

/// The summary of release `r`, up to its `FROM`; `$agg` joins the first three thumbnails'
/// hashes with commas (SQLite's `group_concat`, the server's `string_agg`).
macro_rules! summary_select {
    ($agg:literal) => {
        concat!(
            "SELECT r.id, r.uid, r.agenda_year, r.agenda_seq, r.received_at,
    r.sender_org, r.letter_no, r.letter_date, r.title, n.name, ",
            crate::state_of_r!(),
            ",
    (SELECT count(*) FROM evidence e WHERE e.release_id = r.id AND e.removed_at IS NULL),
    (SELECT ",
            $agg,
            " FROM (SELECT e.file_sha, e.seq FROM evidence e
        JOIN files f ON f.sha256 = e.file_sha
        WHERE e.release_id = r.id AND e.removed_at IS NULL AND f.has_thumb = 1
        ORDER BY e.seq LIMIT 3) AS t),
    (SELECT s.state_label FROM sop_version_steps s
        WHERE s.version_id = r.sop_version_id AND s.seq = r.step_done), ",
            crate::waiting_act_of_r!(),
            ", ",
            crate::security_of_r!(),
            " FROM releases r JOIN news_types n ON n.id = r.news_type_id"
        )
    };
}

/// The summary row of a release, for [`summary_from_row`].
pub(super) const SUMMARY: Both = Both {
    sqlite: summary_select!("group_concat(file_sha)"),
    postgres: summary_select!("string_agg(file_sha, ',' ORDER BY seq)"),
};

/// The arguments of a statement built at run time, as the seam takes them.
pub(super) fn refs(args: &[Value]) -> Vec<&dyn ToValue> {
    args.iter().map(|a| a as &dyn ToValue).collect()
}

/// A summary row as `reader` may see it: a release they may not open shows its numbers,
/// dates, sender and state, never its title nor its thumbnails.
pub(super) fn summary_from_row(
    row: &Row,
    tz: TimeZone,
    reader: &Reader,
) -> Result<(i64, ReleaseSummary)> {
    let security = security_of(row.get::<Option<String>>(15)?.as_deref())?;
    let open = reader.may_open(security);
    let received_at: String = row.get(4)?;
    let letter_date: Option<String> = row.get(7)?;
    let status = Status::parse(&row.get::<String>(10)?)?;
    let thumbs: Option<String> = row.get(12)?;
    Ok((
        row.get(0)?,
        ReleaseSummary {
            id: row.get(1)?,
            agenda_no: agenda_display(row.get(2)?, row.get(3)?),
            received_display: timefmt::show_datetime(timefmt::from_db(&received_at)?, tz),
            received_at,
            sender_org: row.get(5)?,
            letter_no: row.get(6)?,
            letter_date_display: display_date(letter_date.as_deref()),
            title: if open {
                row.get(8)?
            } else {
                security.masked_title()
            },
            news_type: row.get(9)?,
            status,
            // The state as the release's SOP names it ("Ditulis"); not approved and withdrawn
            // read the same in every SOP.
            status_label: match (status, row.get::<Option<String>>(13)?) {
                (Status::Rejected | Status::Withdrawn, _) | (_, None) => status.label().to_owned(),
                (_, Some(label)) => label,
            },
            waiting_act: row
                .get::<Option<String>>(14)?
                .map(|a| ActKind::parse(&a))
                .transpose()?,
            evidence_count: row.get(11)?,
            thumbs: thumbs
                .filter(|_| open)
                .map(|t| t.split(',').map(str::to_owned).collect())
                .unwrap_or_default(),
            security,
            restricted: !open,
        },
    ))
}

/// Release summaries from [`SUMMARY`] followed by `tail` (joins, conditions, order), for
/// core's lists read from elsewhere than the releases' own filters (the groups of step 3).
pub(crate) fn summaries_where(
    db: &Db,
    tz: TimeZone,
    reader: &Reader,
    tail: &str,
    args: &[&dyn ToValue],
) -> Result<Vec<ReleaseSummary>> {
    db.query(&format!("{} {tail}", db.pick(&SUMMARY)), args)?
        .iter()
        .map(|r| Ok(summary_from_row(r, tz, reader)?.1))
        .collect()
}

pub(super) fn display_date(date: Option<&str>) -> Option<String> {
    date.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(timefmt::show_date)
}
