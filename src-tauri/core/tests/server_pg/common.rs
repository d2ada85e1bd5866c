//! Shared by the server tests: one throwaway cluster per test binary, a fresh office database
//! per test set up by `server init`, desks, and a release with evidence and an archive number
//! written as the superuser (the acts themselves still run on SQLite until the seam step).

use std::sync::atomic::{AtomicUsize, Ordering};

use pg_cluster::{Cluster, SUPERUSER, SUPER_PASSWORD};
use pressdesk_core::model::{Role, TimeZone};
use pressdesk_core::office::{FirstRun, Office};
use pressdesk_core::server;
use pressdesk_core::users::NewUser;

pub const ADMIN_PIN: &str = "246810";

pub struct Office1 {
    pub db: String,
    pub admin_url: String,
    pub admin_id: i64,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

pub fn cluster() -> &'static Cluster {
    Cluster::shared()
}

pub fn first_run() -> FirstRun {
    FirstRun {
        office: Office {
            name: "Diskominfo Provinsi Kalimantan Utara".into(),
            unit_code: "diskominfo".into(),
            address: "Jl. Kolonel Soetadji, Tanjung Selor".into(),
            timezone: TimeZone::WITA,
            logo_sha: None,
        },
        admin: NewUser {
            name: "Rina Admin".into(),
            nip: "198001012005012001".into(),
            role: Role::Admin,
            position: "Pranata Komputer".into(),
            rank: None,
            pin: Some(ADMIN_PIN.into()),
        },
        sop_code: None,
    }
}

/// A new database with the office set up on it by `server init`.
pub fn office(tag: &str) -> Office1 {
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    let db = cluster()
        .create_database(&format!("pd_{tag}_{n}"))
        .expect("create database");
    let admin_url = cluster().superuser_url(&db);
    let made = server::init(&admin_url, first_run()).expect("server init");
    Office1 {
        db,
        admin_url,
        admin_id: made.admin.id,
    }
}

impl Office1 {
    /// A desk's URL with its password.
    pub fn desk(&self, name: &str) -> (String, String, String) {
        let desk = server::desk_add(&self.admin_url, name).expect("desk add");
        let url = cluster().url(&desk.login, &desk.password, &self.db);
        (desk.login, desk.password, url)
    }

    /// Runs SQL as the superuser through psql; panics on failure.
    pub fn admin_sql(&self, sql: &str) -> String {
        let out = cluster()
            .psql(SUPERUSER, SUPER_PASSWORD, &self.db, sql)
            .expect("psql");
        assert!(
            out.status.success(),
            "{sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// A release (initialed: past its deciding paraf), one evidence row and one archive
    /// number; returns the release's id.
    pub fn seed_release(&self) -> i64 {
        let id = self.admin_sql(
            "SET search_path = pressdesk;
             INSERT INTO files VALUES (repeat('a', 64), 10, 'image/jpeg', 1, 1, NULL, 1,
                 '2026-11-21T06:00:00Z') ON CONFLICT DO NOTHING;
             INSERT INTO releases (uid, agenda_year, agenda_seq, template_id, status,
                 received_at, sender_org, sender_contact, letter_no, title, news_type_id,
                 event_place, body, checklist, remarks, created_at, sop_version_id)
             VALUES (gen_random_uuid()::text, 2026, next_number('agenda', 2026), 1,
                 'Registered', '2026-11-21T06:00:00Z', 'Bagian Prokopim', '0812', '001/PR',
                 'Gubernur meresmikan jembatan', 1, 'Tanjung Selor', 'Isi rilis', '[]', '',
                 '2026-11-21T06:00:00Z', 1) RETURNING id",
        );
        let id: i64 = id.lines().last().expect("id").parse().expect("number");
        self.admin_sql(&format!(
            "SET search_path = pressdesk;
             INSERT INTO evidence (release_id, seq, kind, file_sha, original_name, added_at)
                 VALUES ({id}, 1, 'photo', repeat('a', 64), 'foto.jpg', '2026-11-21T06:00:00Z');
             UPDATE releases SET status = 'Initialed' WHERE id = {id};
             INSERT INTO cabinets (code, name) VALUES ('K{id}', 'Kabinet') ;
             INSERT INTO drawers (cabinet_id, code, name)
                 SELECT id, 'L1', 'Laci' FROM cabinets WHERE code = 'K{id}';
             INSERT INTO folders (drawer_id, code, name, capacity)
                 SELECT d.id, 'M{id}', 'Map', 50 FROM drawers d JOIN cabinets c
                 ON c.id = d.cabinet_id WHERE c.code = 'K{id}';
             INSERT INTO archive_numbers (series_id, year, period, seq, number, release_id,
                 folder_id, prior_status, allocated_at)
                 SELECT 1, 2026, 0, next_number('approved', 2026), '001/PR/DISKOMINFO/XI/2026',
                 {id}, f.id, 'Published', '2026-11-21T07:00:00Z' FROM folders f
                 WHERE f.code = 'M{id}';"
        ));
        id
    }
}
