//! Publication (SOP 004's step 4, and the publish step of the other SOPs): the operator records
//! where and when an approved release went online, on as many websites as the step asks, or
//! that it is not to be published, and why; and the office's list of websites.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::args;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::fingerprint::fingerprint;
use crate::model::Actor;
use crate::model::{check_text, Status};
use crate::permissions::{require, Action};
use crate::release::{detail, ReleaseDetail};

pub use crate::release::filed::{publications, Publication};
use crate::workflow::require_act;
use crate::workflow::{self, load_state, Act, ActKind, Outcome};
use crate::{audit, office, timefmt};

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Site {
    pub id: i64,
    pub name: String,
    pub active: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct PublishInput {
    pub release_id: String,
    pub site_id: i64,
    pub url: String,
    /// Local office time `YYYY-MM-DDTHH:MM`; now when empty.
    #[serde(default)]
    pub published_at: Option<String>,
}

pub fn list_sites(store: &Store, actor: &Actor) -> Result<Vec<Site>> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        db.query(
            "SELECT id, name, active FROM sites ORDER BY sort, name",
            &[],
        )?
        .iter()
        .map(|r| {
            Ok(Site {
                id: r.get(0)?,
                name: r.get(1)?,
                active: r.get(2)?,
            })
        })
        .collect()
    })
}

pub fn add_site(store: &Store, actor: &Actor, name: String) -> Result<Site> {
    require(actor, Action::ManageOffice)?;
    check_text("name", "label-nama-situs", &name, true, 80)?;
    store.with_db_tx(|db| {
        let taken = db.exists("SELECT 1 FROM sites WHERE name = ?1", args![name.trim()])?;
        if taken {
            return Err(Error::invalid(
                "name",
                crate::tr!("err-situs-ini-sudah-ada"),
            ));
        }
        let id = db.query_row(
            "INSERT INTO sites (name, sort) VALUES (?1, 50) RETURNING id",
            args![name.trim()],
            |r| r.get(0),
        )?;
        let site = Site {
            id,
            name: name.trim().into(),
            active: true,
        };
        audit::append(
            db,
            actor.id(),
            "site.add",
            "site",
            &site.id.to_string(),
            &serde_json::json!(site),
        )?;
        Ok(site)
    })
}

/// Takes a website out of the operator's choices (or back in); its publications stay.
pub fn set_site_active(store: &Store, actor: &Actor, id: i64, active: bool) -> Result<Site> {
    require(actor, Action::ManageOffice)?;
    store.with_db_tx(|db| {
        let name: String = db
            .query_opt("SELECT name FROM sites WHERE id = ?1", args![id], |r| {
                r.get(0)
            })?
            .ok_or_else(|| Error::NotFound(crate::tr!("err-situs-web-tidak-ditemukan")))?;
        if !active {
            let others: i64 = db.query_row(
                "SELECT count(*) FROM sites WHERE active = 1 AND id <> ?1",
                args![id],
                |r| r.get(0),
            )?;
            if others == 0 {
                return Err(Error::invalid(
                    "site",
                    crate::tr!("err-situs-terakhir-yang-dipakai-tidak"),
                ));
            }
        }
        db.execute(
            "UPDATE sites SET active = ?1 WHERE id = ?2",
            args![active, id],
        )?;
        let site = Site { id, name, active };
        audit::append(
            db,
            actor.id(),
            "site.update",
            "site",
            &id.to_string(),
            &serde_json::json!(site),
        )?;
        Ok(site)
    })
}

/// What the operator typed, completed as a browser does: an address without its scheme
/// (`diskominfo.go.id/berita/1`, copied from the address bar that hides it) gets `https://`.
/// Anything that names a scheme is left as typed, for [`check_url`] to judge.
pub fn complete_url(typed: &str) -> String {
    let url = typed.trim();
    let lower = url.to_ascii_lowercase();
    let scheme = lower
        .split_once(':')
        .is_some_and(|(s, _)| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphabetic()));
    for known in ["https://", "http://"] {
        if lower.starts_with(known) {
            return format!("{known}{}", &url[known.len()..]);
        }
    }
    if url.is_empty() || scheme || lower.starts_with("//") {
        return url.to_owned();
    }
    format!("https://{url}")
}

/// An address the website's readers can open: http or https, a host, no spaces.
pub fn check_url(url: &str) -> Result<()> {
    let bad = || {
        Error::invalid(
            "url",
            crate::tr!("err-alamat-bukan-url-http-atau", url = url),
        )
    };
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(bad)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_ok = !host.is_empty()
        && (host.contains('.') || host.starts_with("localhost"))
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:".contains(c));
    if !host_ok || url.chars().any(char::is_whitespace) || url.len() > 2000 {
        return Err(bad());
    }
    Ok(())
}

#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn record_publication(
    store: &Store,
    actor: &Actor,
    input: PublishInput,
) -> Result<ReleaseDetail> {
    store.with_db(|db| require_act(db, actor, ActKind::Publish))?;
    let operator = actor.person()?.id;
    let url = complete_url(&input.url);
    check_url(&url)?;
    let tz = store.with_db(office::timezone_on)?;
    let now = timefmt::now();
    let at = match input
        .published_at
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        Some(s) => timefmt::parse_local("published_at", s, tz)?,
        None => now,
    };
    if at > now + chrono::Duration::minutes(5) {
        return Err(Error::invalid(
            "published_at",
            crate::tr!("err-waktu-tayang-tidak-boleh-di"),
        ));
    }
    store.with_db_tx(|db| {
        let state = load_state(db, &input.release_id)?;
        let at_step = workflow::waiting_at(db, &state.uid)?.filter(|s| s.act == ActKind::Publish);
        if at_step.is_none() && state.status != Status::Published {
            return Err(Error::Conflict(crate::tr!(
                "err-rilis-hanya-rilis-yang-disetujui",
                agenda_no = state.agenda_no,
                to_lowercase = state.status.label().to_lowercase()
            )));
        }
        let site: Option<String> = db.query_opt(
            "SELECT name FROM sites WHERE id = ?1 AND active = 1",
            args![input.site_id],
            |r| r.get(0),
        )?;
        let site = site.ok_or_else(|| {
            Error::invalid(
                "site_id",
                crate::tr!("err-pilih-situs-tempat-rilis-ditayangkan"),
            )
        })?;
        let inserted = db.execute(
            "INSERT INTO publications (release_id, site_id, url, published_at,
                operator_id, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
            args![
                state.id,
                input.site_id,
                url,
                timefmt::to_db(at),
                operator,
                timefmt::to_db(now)
            ],
        )?;
        if inserted == 0 {
            return Err(Error::invalid(
                "url",
                crate::tr!("err-alamat-ini-sudah-dicatat-untuk"),
            ));
        }
        let payload = serde_json::json!({
            "site": site, "url": url, "published_at": timefmt::to_db(at),
        });
        // The step is done once the release is on as many websites as the SOP asks.
        match at_step {
            Some(step) if step.sites_done + 1 >= step.sites => {
                workflow::advance(
                    db,
                    &state,
                    Act {
                        kind: ActKind::Publish,
                        by: Some(operator),
                        role: actor.role(),
                        outcome: Outcome::Reached,
                        started: None,
                        note: "",
                        action: "release.publish",
                        author: Some(operator),
                        payload,
                    },
                )?;
            }
            _ => {
                let mut payload = payload;
                payload["fingerprint"] = fingerprint(db, state.id)?.into();
                audit::append(
                    db,
                    Some(operator),
                    "release.publish",
                    "release",
                    &state.uid,
                    &payload,
                )?;
            }
        }
        Ok(())
    })?;
    detail(store, actor, &input.release_id)
}

/// An approved release that will not go online (for example an internal notice): recorded
/// with its reason, so that it can still be numbered and filed.
pub fn mark_not_published(
    store: &Store,
    actor: &Actor,
    release_id: String,
    reason: String,
) -> Result<ReleaseDetail> {
    store.with_db(|db| require_act(db, actor, ActKind::Publish))?;
    let operator = actor.person()?.id;
    check_text(
        "reason",
        "label-alasan-tidak-ditayangkan",
        &reason,
        true,
        500,
    )?;
    store.with_db_tx(|db| {
        let state = load_state(db, &release_id)?;
        if state.status != Status::Approved {
            return Err(Error::Conflict(crate::tr!(
                "err-rilis-hanya-rilis-disetujui-yang",
                agenda_no = state.agenda_no,
                to_lowercase = state.status.label().to_lowercase()
            )));
        }
        db.execute(
            "UPDATE releases SET not_published_reason = ?1 WHERE id = ?2",
            args![reason.trim(), state.id],
        )?;
        workflow::advance(
            db,
            &state,
            Act {
                kind: ActKind::Publish,
                by: Some(operator),
                role: actor.role(),
                outcome: Outcome::Kept,
                started: None,
                note: "",
                action: "release.not_published",
                author: Some(operator),
                payload: serde_json::json!({ "reason": reason.trim() }),
            },
        )?;
        Ok(())
    })?;
    detail(store, actor, &release_id)
}
