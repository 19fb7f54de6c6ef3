//! Helpers shared by the sessions tests: sessions at demo places, a
//! referrer and API tokens, JSON requests.

use axum::body::Body;
use axum::http::Request;
use domain::account::Role;
use domain::diagnostic::Level;
use domain::sessions::{Occurrence, Theme};
use store::sessions::NewSession;
use store::testing::NOW;

use super::{Browser, TestApp, TestResponse};
pub use super::{DAY, HOUR};

/// The test application's time (its fixed clock), in Unix seconds.
pub fn now() -> i64 {
    NOW
}

/// The id and organisation of the demo place whose name contains `name`.
pub fn place(app: &TestApp, name: &str) -> (i64, i64) {
    let dir = app.state.directory();
    let p = dir
        .places()
        .find(|p| p.name.contains(name))
        .unwrap_or_else(|| panic!("{name}"));
    (p.id, p.organisation_id)
}

pub struct Spec {
    pub title: &'static str,
    pub theme: Theme,
    pub seats: i32,
    pub waiting_list: bool,
    pub self_booking: bool,
    pub price_cents: i64,
    pub starts_at: i64,
}

impl Default for Spec {
    fn default() -> Spec {
        Spec {
            title: "Atelier test",
            theme: Theme::Devices,
            seats: 10,
            waiting_list: true,
            self_booking: false,
            price_cents: 0,
            starts_at: now() + 3 * DAY,
        }
    }
}

pub async fn publish(app: &TestApp, at: &str, spec: Spec) -> i64 {
    let (place_id, org) = place(app, at);
    let s = NewSession {
        organisation_id: org,
        place_id: Some(place_id),
        location: None,
        postcode: None,
        commune_nis: None,
        title: spec.title.into(),
        title_lang: None,
        description: Some("Pour débuter.".into()),
        theme: spec.theme,
        level: Level::Beginner,
        languages: vec!["fr".into(), "ar".into()],
        seats: spec.seats,
        waiting_list: spec.waiting_list,
        self_booking: spec.self_booking,
        price_cents: spec.price_cents,
        publics: vec![],
        bring: Some("Votre smartphone".into()),
        accessibility: vec![],
    };
    let occ = Occurrence {
        date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        starts_at: spec.starts_at,
        ends_at: spec.starts_at + 2 * HOUR,
    };
    app.db()
        .publish_sessions(&s, None, &[occ], None, NOW)
        .await
        .unwrap()[0]
}

pub async fn referrer(app: &TestApp) -> (Browser, i64) {
    let cpas = app.db().find_organisation("cpas-etterbeek").await.unwrap()[0].id;
    (app.sign_in(Role::Referrer, &[cpas]).await, cpas)
}

pub async fn token(app: &TestApp, role: Role, orgs: &[i64]) -> String {
    let email = format!(
        "{}-{}@example.org",
        role.code(),
        &store::accounts::new_secret()[..8]
    );
    let id = app
        .db()
        .create_user(&email, "API", role, orgs, None, NOW)
        .await
        .unwrap();
    app.db().create_api_token(id, "test", NOW).await.unwrap()
}

pub async fn api(
    app: &TestApp,
    method: &str,
    uri: &str,
    token: Option<&str>,
    body: &str,
) -> TestResponse {
    let mut req = Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", "application/json");
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    app.send(req.body(Body::from(body.to_owned())).unwrap())
        .await
}
