//! The audit log speaks words, not codes: every action written anywhere in
//! the sources is in `store::audit::ACTIONS`, each has a label in every
//! language, the global log's filter offers each, and an entry shows its
//! label (before, `person.view`, `person.erase`, `referral.step` showed raw).

use std::path::Path;

use axum::http::StatusCode;
use domain::account::Role;
use store::audit::ACTIONS;

use crate::helpers::TestApp;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The string literals of the sources that look like an audit action: a
/// dotted code whose first part is an area of the list (`"person.erase"`),
/// not a file name (`"label.ftl"`).
fn actions_in_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for krate in ["store", "web", "passerelle"] {
        rust_files(&root.join(krate).join("src"), &mut files);
    }
    let areas: Vec<&str> = ACTIONS
        .iter()
        .map(|a| a.split('.').next().unwrap())
        .collect();
    let literal = regex::Regex::new(r#""([a-z_]+(?:\.[a-z_]+)+)""#).unwrap();
    // Any `action: "…"` (and `action: if … { "…" }`), whatever its area.
    let field = regex::Regex::new(r#"action:\s*(?:if [^{]*\{\s*)?"([a-z_.]+)""#).unwrap();
    let mut found = Vec::new();
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        for c in literal.captures_iter(&src) {
            let code = &c[1];
            let area = code.split('.').next().unwrap();
            let ext = code.rsplit('.').next().unwrap();
            if areas.contains(&area)
                && !matches!(
                    ext,
                    "ftl" | "toml" | "csv" | "json" | "rs" | "sql" | "md" | "xlsx" | "svg" | "ics"
                )
            {
                found.push((code.to_owned(), f.display().to_string()));
            }
        }
        for c in field.captures_iter(&src) {
            found.push((c[1].to_owned(), f.display().to_string()));
        }
    }
    found
}

#[test]
fn every_action_written_in_the_sources_is_in_the_list() {
    let found = actions_in_sources();
    // The scan sees the actions (else it proves nothing).
    for known in [
        "token.create",
        "person.erase",
        "referral.step",
        "cadastre.create",
        "proposal.update",
        "budget.import",
    ] {
        assert!(
            found.iter().any(|(c, _)| c == known),
            "{known} not found by the scan"
        );
    }
    let missing: Vec<_> = found
        .iter()
        .filter(|(c, _)| !ACTIONS.contains(&c.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "not in store::audit::ACTIONS: {missing:?}"
    );
}

#[test]
fn every_action_has_a_label_in_every_language() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    for lang in ["fr", "nl", "en", "ar"] {
        let mut keys = Vec::new();
        for e in std::fs::read_dir(locales.join(lang)).unwrap().flatten() {
            keys.extend(web::i18n::keys_of(
                &std::fs::read_to_string(e.path()).unwrap(),
            ));
        }
        for a in ACTIONS {
            let key = format!("audit-action-{}", a.replace(['.', '_'], "-"));
            assert!(keys.contains(&key), "{lang}: no {key}");
        }
    }
}

#[tokio::test]
async fn the_log_shows_labels_and_its_filter_offers_every_action() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let page = app.get_as(Some(&coord), "/fr/bo/audit").await;
    assert_eq!(page.status, StatusCode::OK);
    for a in ACTIONS {
        assert!(
            page.body.contains(&format!(r#"<option value="{a}""#)),
            "{a} not offered"
        );
    }
    assert!(page.body.contains("Données d’une personne effacées"));
    // An erasure, then the log filtered on it shows the words.
    let r = app
        .post_form(
            Some(&coord),
            "/fr/bo/personal-data/erase",
            &[
                ("referral", &first_referral(&app).await.to_string()),
                ("confirm", "true"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let log = app
        .get_as(Some(&coord), "/fr/bo/audit?action=person.erase")
        .await;
    let list = log
        .body
        .split(r#"<ol class="audit">"#)
        .nth(1)
        .expect("the entries");
    assert!(list.contains("Données d’une personne effacées"), "{list}");
    assert!(!list.contains("person.erase"), "{list}");
}

/// A referral sent by a referrer of a demo CPAS; its id.
async fn first_referral(app: &TestApp) -> i64 {
    let place = app.state.directory().place_at(0).clone();
    let orgs = app.db().list_organisations().await.unwrap();
    let cpas = orgs.iter().find(|o| o.kind == "cpas").unwrap().id;
    let referrer = app.sign_in(Role::Referrer, &[cpas]).await;
    let target = format!("place:{}", place.id);
    let res = app
        .post_form(
            Some(&referrer),
            "/fr/bo/referrals",
            &[
                ("target", target.as_str()),
                ("person_name", "Louis"),
                ("lang", "fr"),
                ("needs", "communication"),
                ("contact_way", "phone"),
                ("contact_value", "0470 12 34 56"),
                ("consent", "true"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    res.header("location")
        .trim_start_matches("/fr/bo/referrals/")
        .trim_end_matches("?sent=1")
        .parse()
        .unwrap()
}
