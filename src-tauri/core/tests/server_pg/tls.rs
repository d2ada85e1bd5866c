//! TLS against a live server (issue 18): the test cluster gets a certificate signed by an
//! "office CA" made here; a desk with `sslmode=verify-full` and that CA connects and works, a
//! desk given another CA is refused in words before any password is sent, and `require`
//! encrypts without proof of the server.

use openssl::asn1::Asn1Time;
use openssl::bn::BigNum;
use openssl::ec::{EcGroup, EcKey};
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::{PKey, Private};
use openssl::x509::extension::{BasicConstraints, SubjectAlternativeName};
use openssl::x509::{X509Name, X509};
use pressdesk_core::{args, server, Error, Store};

use super::common::{cluster, office};

fn key() -> PKey<Private> {
    let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).unwrap();
    PKey::from_ec_key(EcKey::generate(&group).unwrap()).unwrap()
}

fn name(cn: &str) -> X509Name {
    let mut name = X509Name::builder().unwrap();
    name.append_entry_by_nid(Nid::COMMONNAME, cn).unwrap();
    name.build()
}

/// A certificate for `subject`, signed by `issuer` (itself when None).
fn cert(subject: &str, key: &PKey<Private>, issuer: Option<(&X509, &PKey<Private>)>) -> X509 {
    let mut b = X509::builder().unwrap();
    b.set_version(2).unwrap();
    b.set_serial_number(&BigNum::from_u32(rand_serial()).unwrap().to_asn1_integer().unwrap())
        .unwrap();
    b.set_subject_name(&name(subject)).unwrap();
    b.set_pubkey(key).unwrap();
    b.set_not_before(&Asn1Time::days_from_now(0).unwrap()).unwrap();
    b.set_not_after(&Asn1Time::days_from_now(30).unwrap()).unwrap();
    match issuer {
        None => {
            b.set_issuer_name(&name(subject)).unwrap();
            b.append_extension(BasicConstraints::new().critical().ca().build().unwrap())
                .unwrap();
            b.sign(key, MessageDigest::sha256()).unwrap();
        }
        Some((ca, ca_key)) => {
            b.set_issuer_name(ca.subject_name()).unwrap();
            let san = SubjectAlternativeName::new()
                .dns("localhost")
                .build(&b.x509v3_context(Some(ca), None))
                .unwrap();
            b.append_extension(san).unwrap();
            b.sign(ca_key, MessageDigest::sha256()).unwrap();
        }
    }
    b.build()
}

fn rand_serial() -> u32 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos()
}

/// The office CA (written to a file in `dir`) and the server's certificate it signed, in use.
fn office_ca(dir: &std::path::Path) -> std::path::PathBuf {
    let ca_key = key();
    let ca = cert("CA Diskominfo Kaltara", &ca_key, None);
    let server_key = key();
    let server_cert = cert("localhost", &server_key, Some((&ca, &ca_key)));
    cluster()
        .enable_tls(
            &server_cert.to_pem().unwrap(),
            &server_key.private_key_to_pem_pkcs8().unwrap(),
        )
        .unwrap();
    let path = dir.join("ca-kantor.crt");
    std::fs::write(&path, ca.to_pem().unwrap()).unwrap();
    path
}

fn url(login: &str, password: &str, db: &str, tls: &str) -> String {
    format!(
        "postgres://{login}:{password}@localhost:{}/{db}?{tls}",
        cluster().port()
    )
}

#[test]
fn a_desk_verifies_the_servers_certificate_against_the_office_ca_and_works_over_tls() {
    let dir = tempfile::tempdir().unwrap();
    let ca = office_ca(dir.path());
    let o = office("tls");
    let desk = server::desk_add(&o.admin_url, "kasi").unwrap();
    let verified = url(
        &desk.login,
        &desk.password,
        &o.db,
        &format!("sslmode=verify-full&sslrootcert={}", ca.display()),
    );
    let found = server::check(&verified).unwrap();
    assert!(found.tls && found.is_desk, "{found:?}");
    assert!(found.lines().iter().any(|l| l == "Sambungan terlindungi TLS."));

    // The desk's store over TLS: an act commits and reads back.
    let cache = tempfile::tempdir().unwrap();
    let store = Store::open_server(&verified, cache.path()).unwrap();
    store
        .with_db_tx(|db| {
            pressdesk_core::audit::append(db, None, "site.add", "site", "tls", &serde_json::json!({}))
        })
        .unwrap();
    let ssl: bool = store
        .with_db(|db| {
            db.query_row(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                args![],
                |r| r.get(0),
            )
        })
        .unwrap();
    assert!(ssl, "the session is encrypted");

    // Another CA: the server is not the office's; refused in words, nothing sent.
    let rogue_key = key();
    let rogue = cert("CA Palsu", &rogue_key, None);
    let rogue_path = dir.path().join("ca-lain.crt");
    std::fs::write(&rogue_path, rogue.to_pem().unwrap()).unwrap();
    let wrong = url(
        &desk.login,
        &desk.password,
        &o.db,
        &format!("sslmode=verify-full&sslrootcert={}", rogue_path.display()),
    );
    let err = server::check(&wrong).unwrap_err();
    assert!(
        matches!(err, Error::Server(_)) && err.to_string().contains("Sambungan TLS"),
        "{err:?}"
    );

    // `require`: encrypted, the server's certificate not checked (an office without a CA).
    let required = url(&desk.login, &desk.password, &o.db, "sslmode=require");
    assert!(server::check(&required).unwrap().tls);
}
