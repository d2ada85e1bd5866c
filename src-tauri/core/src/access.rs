//! Who may open a release's text and evidence: its security classification (biasa, terbatas,
//! rahasia; the higher of its code's and its own marking) against the roles the admin allows
//! for that class. Everyone may see that a restricted release exists and its numbers; only
//! the allowed roles see its title, body, remarks and evidence. The policy is one match
//! ([`may_open`]); every reading path builds a [`Reader`] for its actor and masks with it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::args;
use crate::error::{Error, Result};
use crate::model::{Actor, Role};
use crate::permissions::{require, Action};
use crate::sql::Db;
use crate::{audit, timefmt};

/// The security classification of a record (klasifikasi keamanan), lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Security {
    Biasa,
    Terbatas,
    Rahasia,
}

impl Security {
    pub const ALL: [Security; 3] = [Security::Biasa, Security::Terbatas, Security::Rahasia];

    pub fn as_str(self) -> &'static str {
        match self {
            Security::Biasa => "biasa",
            Security::Terbatas => "terbatas",
            Security::Rahasia => "rahasia",
        }
    }

    pub fn parse(s: &str) -> Result<Security> {
        Security::ALL
            .into_iter()
            .find(|x| x.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                Error::invalid(
                    "security",
                    crate::tr!("err-klasifikasi-keamanan-tidak-dikenal-pilih", s = s),
                )
            })
    }

    pub fn label(self) -> &'static str {
        match self {
            Security::Biasa => "Biasa",
            Security::Terbatas => "Terbatas",
            Security::Rahasia => "Rahasia",
        }
    }

    /// What a reader who may not open the release sees in place of its title.
    pub fn masked_title(self) -> String {
        crate::tr!("masked-title", level = self.label())
    }
}

/// THE policy: whether `role` (`None`: the workstation's console, no one) may open a record of
/// class `security`, given the roles the admin allows for that class.
pub fn may_open(role: Option<Role>, security: Security, allowed: &[Role]) -> bool {
    match (security, role) {
        (Security::Biasa, _) => true,
        (Security::Terbatas | Security::Rahasia, None) => false,
        (Security::Terbatas | Security::Rahasia, Some(role)) => allowed.contains(&role),
    }
}

/// The reader of a path: their role and the roles allowed for each restricted class, read
/// once per act so that masking a thousand rows asks the store nothing more.
#[derive(Debug, Clone)]
pub struct Reader {
    role: Option<Role>,
    terbatas: Vec<Role>,
    rahasia: Vec<Role>,
}

impl Reader {
    /// The reader `actor` is, with the office's access setting.
    pub fn of(db: &Db, actor: &Actor) -> Result<Reader> {
        let setting = access_setting_on(db)?;
        let roles = |s: Security| {
            setting
                .iter()
                .find(|a| a.security == s)
                .map(|a| a.roles.clone())
                .unwrap_or_default()
        };
        Ok(Reader {
            role: actor.role(),
            terbatas: roles(Security::Terbatas),
            rahasia: roles(Security::Rahasia),
        })
    }

    /// No one: opens only what is biasa (the console's printouts, core's own checks).
    pub fn nobody() -> Reader {
        Reader {
            role: None,
            terbatas: Vec::new(),
            rahasia: Vec::new(),
        }
    }

    pub fn may_open(&self, security: Security) -> bool {
        let allowed = match security {
            Security::Biasa => &[][..],
            Security::Terbatas => &self.terbatas[..],
            Security::Rahasia => &self.rahasia[..],
        };
        may_open(self.role, security, allowed)
    }

    /// [`Reader::may_open`] for the security column a query gave (`None`: biasa).
    pub fn may_open_text(&self, security: Option<&str>) -> Result<bool> {
        Ok(self.may_open(security_of(security)?))
    }
}

/// The security a query's column names (`None` or empty: biasa).
pub fn security_of(column: Option<&str>) -> Result<Security> {
    match column.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(Security::Biasa),
        Some(s) => Security::parse(s),
    }
}

/// The effective security of release `r` (aliased `r` in the caller's query) as one text
/// column, NULL for biasa: the higher of its code's class and its own marking.
#[macro_export]
macro_rules! security_of_r {
    () => {
        "(SELECT CASE WHEN rc.security = 'rahasia' OR cc.security = 'rahasia' THEN 'rahasia'
                 WHEN rc.security = 'terbatas' OR cc.security = 'terbatas' THEN 'terbatas'
                 END
          FROM release_classes rc LEFT JOIN class_codes cc ON cc.code = rc.code
          WHERE rc.release_id = r.id)"
    };
}

/// The effective security of the release with row id `release_id`.
pub fn release_security(db: &Db, release_id: i64) -> Result<Security> {
    let s: Option<String> = db
        .query_opt(
            concat!(
                "SELECT ",
                security_of_r!(),
                " FROM releases r WHERE r.id = ?1"
            ),
            args![release_id],
            |r| r.get(0),
        )?
        .flatten();
    security_of(s.as_deref())
}

/// The roles allowed to open one restricted class, as the admin set them.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AccessRule {
    pub security: Security,
    pub roles: Vec<Role>,
}

/// The access setting: one rule for terbatas and one for rahasia (biasa opens for everyone).
pub fn access_setting(store: &crate::Store, actor: &Actor) -> Result<Vec<AccessRule>> {
    require(actor, Action::Read)?;
    store.with_db(access_setting_on)
}

pub fn access_setting_on(db: &Db) -> Result<Vec<AccessRule>> {
    let rows = db.query(
        "SELECT security, roles FROM security_access ORDER BY security DESC",
        &[],
    )?;
    rows.iter()
        .map(|r| {
            let roles: String = r.get(1)?;
            Ok(AccessRule {
                security: Security::parse(&r.get::<String>(0)?)?,
                roles: roles
                    .split(',')
                    .filter(|s| !s.trim().is_empty())
                    .map(Role::parse)
                    .collect::<Result<_>>()?,
            })
        })
        .collect()
}

/// Sets the roles that open a restricted class (the admin's act, audited).
pub fn set_access(store: &crate::Store, actor: &Actor, rule: AccessRule) -> Result<AccessRule> {
    require(actor, Action::ManageOffice)?;
    if rule.security == Security::Biasa {
        return Err(Error::invalid(
            "security",
            crate::tr!("err-rilis-biasa-terbuka-untuk-semua"),
        ));
    }
    let mut roles = rule.roles.clone();
    roles.sort_by_key(|r| r.as_str());
    roles.dedup();
    let text = roles
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(",");
    store.with_db_tx(|db| {
        db.execute(
            "UPDATE security_access SET roles = ?1, set_at = ?2, set_by = ?3 WHERE security = ?4",
            args![
                text,
                timefmt::to_db(timefmt::now()),
                actor.id(),
                rule.security.as_str()
            ],
        )?;
        let payload = serde_json::json!({ "roles": text });
        audit::append(
            db,
            actor.id(),
            "access.set",
            "security",
            rule.security.as_str(),
            &payload,
        )?;
        Ok(AccessRule {
            security: rule.security,
            roles,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn biasa_opens_for_all_restricted_only_for_the_allowed_and_never_for_the_console() {
        let allowed = [Role::Kadis, Role::Archivist];
        for role in Role::ALL {
            assert!(may_open(Some(role), Security::Biasa, &[]));
            for s in [Security::Terbatas, Security::Rahasia] {
                assert_eq!(may_open(Some(role), s, &allowed), allowed.contains(&role));
            }
        }
        assert!(may_open(None, Security::Biasa, &allowed));
        assert!(!may_open(None, Security::Rahasia, &allowed));
    }
}
