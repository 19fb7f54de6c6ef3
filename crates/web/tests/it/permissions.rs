//! Route × role: every route the application registers, tried by every role
//! and by an anonymous visitor. The expected policy is written here by hand,
//! independently of the rules in the code: a new route that this policy does
//! not know fails the test until someone decides who may use it.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use domain::account::{Access, Role};
use store::testing::NOW;

use crate::helpers::{TEST_CSRF, TestApp};

const COORDINATION: &[Role] = &[Role::Admin, Role::Coordinator];
const PLACE_EDITORS: &[Role] = &[Role::Admin, Role::Coordinator, Role::EpnManager];
const EVERYONE_SIGNED_IN: &[Role] = &Role::ALL;

/// Who may use a route (None: the public), decided by area of the site.
fn policy(method: &Method, path: &str) -> Option<&'static [Role]> {
    let bo = path.strip_prefix("/{lang}/bo/")?;
    let _ = method;
    let area = bo.split('/').next().unwrap_or("");
    // The survey's questionnaires (list, preview, XLSForm import and export).
    if bo.starts_with("survey/questionnaires") {
        return Some(COORDINATION);
    }
    Some(match area {
        "" => EVERYONE_SIGNED_IN,
        // "My e-mails": every account its own.
        "account" => EVERYONE_SIGNED_IN,
        "users" => &[Role::Admin],
        "places" | "hours" => PLACE_EDITORS,
        "proposals" | "audit" | "merge" | "reports" | "quality" | "import" | "organisations" => {
            COORDINATION
        }
        "label" => label_policy(method, path),
        "sessions" => sessions_policy(method, path),
        "bookings" => bookings_policy(method, path),
        "referrals" => referrals_policy(method, path),
        "personal-data" => COORDINATION,
        "indicators" => COORDINATION,
        "capacity" => capacity_policy(method),
        // The cadastre: managers enter their labelled places', the coordination reads.
        "cadastre" => capacity_policy(method),
        "activity" => activity_policy(method, path),
        // The plan's budget: the coordination edits, committee members read.
        "budget" => budget_policy(method, path),
        // The plan's deliverables and versions: the coordination edits and
        // submits, committee members read and decide.
        "plan" => plan_policy(method, path),
        // The figures: the coordination reads every place, a manager their own.
        "figures" => PLACE_EDITORS,
        // Survey editions, their places and posters: the coordination.
        "survey" if path.starts_with("/{lang}/bo/survey/editions") => COORDINATION,
        // Calls for projects: the coordination instructs, applicants apply
        // (their own organisations' applications only: tests/calls.rs).
        "calls" => COORDINATION,
        // Equipment: managers order for their labelled places (scope
        // checked by the handler); the coordination decides, delivers and
        // keeps the register.
        "equipment" => {
            if path.contains("/decide") || path.contains("/deliver") || path.contains("/assets") {
                COORDINATION
            } else {
                PLACE_EDITORS
            }
        }
        "applications" => &[Role::Applicant],
        // Calls for projects: jurors score the calls they are invited to
        // (scope checked by the handler); the coordination runs the jury
        // and the selection.
        "jury" => &[Role::Jury],
        "selection" => COORDINATION,
        // The annual report's texts: the coordination writes and reviews.
        "annual-report" => COORDINATION,
        other => panic!(
            "no policy for the back-office area {other:?} ({method} {path}): decide who may use it in tests/permissions.rs"
        ),
    })
}

/// The budget: reading for the coordination and committee members, every
/// change (rows, reversals, imports) for the coordination.
fn budget_policy(method: &Method, path: &str) -> &'static [Role] {
    let form = path.ends_with("/new") || path.contains("/budget/import");
    if method == Method::GET && !form {
        &[Role::Admin, Role::Coordinator, Role::Committee]
    } else {
        COORDINATION
    }
}

/// The plan's back office: reading for the coordination and committee
/// members; deliverables and submissions for the coordination; the decision
/// on a version for committee members only (not admins: who submits does
/// not approve).
fn plan_policy(method: &Method, path: &str) -> &'static [Role] {
    if path.ends_with("/decide") {
        &[Role::Committee]
    } else if method == Method::GET && !path.ends_with("/new") {
        &[Role::Admin, Role::Coordinator, Role::Committee]
    } else {
        COORDINATION
    }
}

/// The EPN label: applicants (their own organisation's files), the
/// coordination and the committee members, each for their own steps.
fn label_policy(method: &Method, path: &str) -> &'static [Role] {
    const READERS: &[Role] = &[
        Role::Admin,
        Role::Coordinator,
        Role::EpnManager,
        Role::Committee,
    ];
    match path.rsplit('/').next().unwrap_or("") {
        "label" | "{id}" => READERS,
        "applications" | "edit" | "confirm" => PLACE_EDITORS,
        "examine" | "visit" | "recommend" | "review" | "resolve" => COORDINATION,
        "advise" | "decide" => &[Role::Committee],
        "withdraw" => &[Role::Admin, Role::Coordinator, Role::Committee],
        other => panic!("no policy for the label route {method} {path} ({other:?})"),
    }
}

/// Sessions: EPN managers (their organisations' sessions) and the
/// coordination publish and manage; referrers, and EPN managers at their own
/// sessions, book seats for people.
fn sessions_policy(method: &Method, path: &str) -> &'static [Role] {
    match (method.as_str(), path.rsplit('/').next().unwrap_or("")) {
        ("POST", "bookings") => &[Role::Referrer, Role::EpnManager],
        ("GET", "sessions" | "new" | "{id}" | "edit") => PLACE_EDITORS,
        ("POST", "sessions" | "edit" | "cancel" | "attendance") => PLACE_EDITORS,
        (m, other) => panic!("no policy for the sessions route {m} {path} ({other:?})"),
    }
}

/// Bookings: a referrer's list; cancelling, each in their own scope.
fn bookings_policy(method: &Method, path: &str) -> &'static [Role] {
    match (method.as_str(), path) {
        ("GET", "/{lang}/bo/bookings") => &[Role::Referrer],
        ("POST", "/{lang}/bo/bookings/{id}/cancel") => &[
            Role::Admin,
            Role::Coordinator,
            Role::EpnManager,
            Role::Referrer,
        ],
        (m, other) => panic!("no policy for the bookings route {m} {other}"),
    }
}

/// Referrals: referrers send them; the receiving EPN's managers and the
/// referring structure take steps; the coordination reads (each in scope).
fn referrals_policy(method: &Method, path: &str) -> &'static [Role] {
    const READERS: &[Role] = &[
        Role::Admin,
        Role::Coordinator,
        Role::EpnManager,
        Role::Referrer,
    ];
    match (method.as_str(), path.rsplit('/').next().unwrap_or("")) {
        ("GET", "referrals" | "{id}") => READERS,
        ("GET", "new") | ("POST", "referrals") => &[Role::Referrer],
        ("POST", "step") => &[Role::EpnManager, Role::Referrer],
        (m, other) => panic!("no policy for the referrals route {m} {path} ({other:?})"),
    }
}

/// Capacity records: EPN managers record their places' (in scope); the
/// coordination reads every place's.
fn capacity_policy(method: &Method) -> &'static [Role] {
    match method.as_str() {
        "GET" => PLACE_EDITORS,
        _ => &[Role::EpnManager],
    }
}

/// The activity log: EPN managers record (their organisation's places);
/// the coordination reads every organisation's records.
fn activity_policy(method: &Method, path: &str) -> &'static [Role] {
    match (method.as_str(), path) {
        ("GET", "/{lang}/bo/activity") => PLACE_EDITORS,
        ("POST", "/{lang}/bo/activity")
        | ("GET", "/{lang}/bo/activity/new")
        | ("POST", "/{lang}/bo/activity/quick")
        | ("GET" | "POST", "/{lang}/bo/activity/{id}/edit")
        | ("POST", "/{lang}/bo/activity/{id}/delete")
        | ("GET", "/{lang}/bo/activity/workshops/new")
        | ("POST", "/{lang}/bo/activity/workshops")
        | ("POST", "/{lang}/bo/activity/workshops/{id}/delete")
        | ("GET" | "POST", "/{lang}/bo/activity/workshops/{id}/edit")
        | ("POST", "/{lang}/bo/activity/quick/{id}/delete")
        | ("GET" | "POST", "/{lang}/bo/activity/import")
        | ("GET", "/{lang}/bo/activity/import/template")
        | ("GET", "/{lang}/bo/activity/import/done/{id}") => &[Role::EpnManager],
        (m, other) => panic!("no policy for the activity route {m} {other}"),
    }
}

/// API routes that need an account.
fn api_policy(path: &str) -> Option<&'static [Role]> {
    match path {
        "/api/v1/me" => Some(EVERYONE_SIGNED_IN),
        // Booking seats for people: referrers, and EPN managers at their own sessions.
        "/api/v1/sessions/{id}/bookings" | "/api/v1/bookings/{id}" => {
            Some(&[Role::Referrer, Role::EpnManager])
        }
        _ => None,
    }
}

fn expected(method: &Method, path: &str) -> Option<&'static [Role]> {
    if path.starts_with("/api/") {
        api_policy(path)
    } else {
        policy(method, path)
    }
}

#[test]
fn every_route_has_the_rule_the_policy_expects() {
    let table = web::route_table();
    assert!(table.len() > 20, "{} routes", table.len());
    for r in &table {
        let want = expected(&r.method, &r.path);
        let ok = match (want, r.access) {
            (None, Access::Public) => true,
            (Some(roles), Access::SignedIn) => roles.len() == Role::ALL.len(),
            (Some(roles), Access::Roles(have)) => {
                roles.len() == have.len() && roles.iter().all(|x| have.contains(x))
            }
            _ => false,
        };
        assert!(
            ok,
            "{} {}: rule {:?}, policy {:?}",
            r.method, r.path, r.access, want
        );
    }
}

/// Routes are only added through `Routes` (which requires a rule): no plain
/// `.route(` call may bypass it.
#[test]
fn no_route_is_added_without_a_rule() {
    let mut stack = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().unwrap() != "routes.rs" {
                let src = std::fs::read_to_string(&path).unwrap();
                assert!(
                    !src.contains(".route(") && !src.contains(".nest("),
                    "{} adds a route without an access rule: use crate::routes::Routes",
                    path.display()
                );
            }
        }
    }
}

fn concrete(path: &str, place_id: i64) -> String {
    path.replace("{lang}", "en")
        .replace("{id}", &place_id.to_string())
        .replace("{slug}", "saint-josse-ten-noode")
        .split('/')
        .map(|seg| {
            if seg.starts_with('{') {
                "1".to_owned()
            } else {
                seg.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[tokio::test]
async fn every_route_answers_each_role_as_the_policy_says() {
    let app = TestApp::demo().await;
    let place = app.state.directory().place_at(0).clone();
    let org = place.organisation_id;
    let mut users = Vec::new();
    for role in Role::ALL {
        let orgs: &[i64] = if role.needs_organisation() {
            &[org]
        } else {
            &[]
        };
        let email = format!("perm-{}@example.org", role.code());
        let id = app
            .db()
            .create_user(&email, "Perm", role, orgs, None, NOW)
            .await
            .unwrap();
        let token = app
            .db()
            .create_api_token(id, "permissions", NOW)
            .await
            .unwrap();
        users.push((Some(role), Some((id, token))));
    }
    users.push((None, None));

    let mut tried = 0;
    for r in web::route_table() {
        let uri = concrete(&r.path, place.id);
        let want = expected(&r.method, &r.path);
        for (role, user_id) in &users {
            // A fresh session each time: a POST may sign the person out.
            let mut cookie = format!("passerelle_csrf={TEST_CSRF}");
            let mut csrf = crate::helpers::anonymous_csrf();
            let mut req = Request::builder().method(r.method.clone()).uri(&uri);
            match user_id {
                // The API knows bearer tokens, the pages know sessions.
                Some((_, token)) if uri.starts_with("/api/") => {
                    req = req.header("authorization", format!("Bearer {token}"));
                }
                Some((id, _)) => {
                    let secret = app.db().create_session(*id, 600, NOW).await.unwrap();
                    cookie = format!("passerelle_session={secret}; {cookie}");
                    csrf = web::auth::csrf_token(&secret);
                }
                None => {}
            }
            req = req.header("cookie", &cookie);
            let body = if r.method == Method::GET {
                Body::empty()
            } else {
                req = req.header("content-type", "application/x-www-form-urlencoded");
                Body::from(format!("_csrf={csrf}"))
            };
            let res = app.send(req.body(body).unwrap()).await;
            let allowed = match (want, role) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(roles), Some(role)) => roles.contains(role),
            };
            let who = role.map_or("anonymous", |r| r.code());
            if allowed {
                let to_login = res.status == StatusCode::SEE_OTHER
                    && res.header("location").starts_with("/en/login?next=");
                assert!(
                    res.status != StatusCode::FORBIDDEN
                        && res.status != StatusCode::UNAUTHORIZED
                        && !to_login
                        && !res.status.is_server_error(),
                    "{who} should reach {} {uri}: {} {}",
                    r.method,
                    res.status,
                    &res.body[..res.body.len().min(300)]
                );
            } else if role.is_none() && !uri.starts_with("/api/") {
                assert_eq!(
                    res.status,
                    StatusCode::SEE_OTHER,
                    "{who} {} {uri}",
                    r.method
                );
                assert!(
                    res.header("location").starts_with("/en/login?next="),
                    "{who} {uri}"
                );
            } else if role.is_none() {
                assert_eq!(
                    res.status,
                    StatusCode::UNAUTHORIZED,
                    "{who} {} {uri}",
                    r.method
                );
            } else {
                assert_eq!(
                    res.status,
                    StatusCode::FORBIDDEN,
                    "{who} {} {uri}",
                    r.method
                );
            }
            tried += 1;
        }
    }
    assert!(tried > 100);
}
