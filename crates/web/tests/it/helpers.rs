//! A test application on its own database (SQLite, or PostgreSQL when
//! TEST_DATABASE_URL is set) with the Brussels demo data and a fixed clock.

use std::sync::Arc;
use store::testing::NOW;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use domain::account::Role;
use http_body_util::BodyExt;
use store::testing::{TestDb, brussels_db};
use tower::ServiceExt;
use web::services::sms::RecordingSms;
use web::{App, AppState, Config};

pub mod sessions;

pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    /// The text messages the application sent.
    pub sms: Arc<RecordingSms>,
    /// Where the test application's e-mails go.
    pub spool: std::path::PathBuf,
    _db: TestDb,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.spool);
    }
}

/// A signed-in browser: its account and its cookies (session and CSRF, whose
/// token is always [`TEST_CSRF`]).
#[derive(Debug, Clone)]
pub struct Browser {
    pub user_id: i64,
    pub cookie: String,
    /// The CSRF token of this browser's forms (bound to its session).
    pub csrf: String,
}

pub const HOUR: i64 = 3600;
pub const DAY: i64 = 86_400;

/// The anonymous CSRF cookie every test browser holds (any 64 hex digits).
pub const TEST_CSRF: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/// The token an anonymous test browser's forms carry: bound to its cookie.
pub fn anonymous_csrf() -> String {
    web::auth::csrf_token(TEST_CSRF)
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

/// The test clock, [`NOW`]: Thursday 26 November 2026, 11:00 in Brussels.
pub fn fixed_now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(NOW, 0).unwrap()
}

impl TestApp {
    pub async fn demo() -> TestApp {
        let t = brussels_db().await.unwrap();
        t.db.load_demo(&store::demo::DemoData::brussels_2021(), NOW)
            .await
            .unwrap();
        Self::on(t).await
    }

    /// The demo with its accounts and the plan's data: the survey editions,
    /// the budget ledger, the 2021 awards and the annual report's texts.
    pub async fn demo_with_plan_data() -> TestApp {
        let app = Self::demo().await;
        let db = app.db();
        db.load_demo_accounts(NOW).await.unwrap();
        db.load_demo_survey(&store::survey::demo::DemoSurvey::shipped(), NOW)
            .await
            .unwrap();
        db.load_demo_budget(&store::budget::demo::DemoBudget::brussels_2021(), NOW)
            .await
            .unwrap();
        db.load_awards(&store::grants::awards::awards_2021(), NOW)
            .await
            .unwrap();
        db.load_demo_report(
            &store::annual_report::demo::DemoReport::brussels_2021(),
            NOW,
        )
        .await
        .unwrap();
        app
    }

    /// The demo with some settings changed.
    pub async fn demo_with(configure: impl FnOnce(&mut Config)) -> TestApp {
        let t = brussels_db().await.unwrap();
        t.db.load_demo(&store::demo::DemoData::brussels_2021(), NOW)
            .await
            .unwrap();
        Self::on_with(t, configure).await
    }

    pub async fn on(t: TestDb) -> TestApp {
        Self::on_with(t, |_| {}).await
    }

    pub async fn on_with(t: TestDb, configure: impl FnOnce(&mut Config)) -> TestApp {
        let spool = std::env::temp_dir().join(format!(
            "passerelle-test-mail-{}-{}",
            std::process::id(),
            store::accounts::new_secret()
        ));
        let mut config = Config {
            fixed_now: Some(fixed_now()),
            mail_spool: spool.clone(),
            ..Config::default()
        };
        configure(&mut config);
        let app = App::new(
            t.db.clone(),
            store::reference::shipped_region("brussels").unwrap(),
            store::reference::vocabularies(),
            config,
        )
        .await
        .unwrap();
        let sms = Arc::new(RecordingSms::default());
        let state = AppState(Arc::new(app.with_sms(sms.clone())));
        TestApp {
            router: web::router(state.clone()),
            state,
            sms,
            spool,
            _db: t,
        }
    }

    /// The e-mails sent so far (RFC 5322 text), oldest first.
    pub fn mails(&self) -> Vec<String> {
        web::mail::read_spool(&self.spool)
    }

    /// [`TestApp::mails`] with their quoted-printable encoding undone.
    pub fn decoded_mails(&self) -> Vec<String> {
        self.mails().iter().map(|m| decoded_mail(m)).collect()
    }

    /// Creates an account with this role (attached to `organisations`) and signs it in.
    pub async fn sign_in(&self, role: Role, organisations: &[i64]) -> Browser {
        let n = store::accounts::new_secret();
        let email = format!("{}-{}@example.org", role.code(), &n[..8]);
        let id = self
            .db()
            .create_user(
                &email,
                &format!("Test {}", role.code()),
                role,
                organisations,
                None,
                NOW,
            )
            .await
            .unwrap();
        let secret = self.db().create_session(id, 3600, NOW).await.unwrap();
        Browser {
            user_id: id,
            cookie: format!("passerelle_session={secret}; passerelle_csrf={TEST_CSRF}"),
            csrf: web::auth::csrf_token(&secret),
        }
    }

    /// A GET as this browser (None: anonymous).
    pub async fn get_as(&self, who: Option<&Browser>, uri: &str) -> TestResponse {
        match who {
            Some(b) => self.get_with(uri, &[("cookie", &b.cookie)]).await,
            None => self.get(uri).await,
        }
    }

    /// Submits a form as this browser (None: anonymous with a CSRF cookie),
    /// adding the CSRF field.
    pub async fn post_form(
        &self,
        who: Option<&Browser>,
        uri: &str,
        fields: &[(&str, &str)],
    ) -> TestResponse {
        let (cookie, csrf) = match who {
            Some(b) => (b.cookie.clone(), b.csrf.clone()),
            None => (format!("passerelle_csrf={TEST_CSRF}"), anonymous_csrf()),
        };
        let mut body = form_urlencoded::Serializer::new(String::new());
        body.append_pair("_csrf", &csrf);
        for (k, v) in fields {
            body.append_pair(k, v);
        }
        self.send(
            Request::post(uri)
                .header("cookie", cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(body.finish()))
                .unwrap(),
        )
        .await
    }

    /// Sends any request.
    pub async fn send(&self, req: Request<Body>) -> TestResponse {
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub async fn get(&self, uri: &str) -> TestResponse {
        self.get_with(uri, &[]).await
    }

    pub async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut req = Request::builder().uri(uri);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let res = self
            .router
            .clone()
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// The bytes of an answer (a PDF, a spreadsheet), unread as text.
    pub async fn get_bytes(&self, uri: &str) -> (StatusCode, Vec<u8>) {
        let res = self
            .router
            .clone()
            .oneshot(Request::builder().uri(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = res.status();
        (
            status,
            res.into_body().collect().await.unwrap().to_bytes().to_vec(),
        )
    }

    pub fn db(&self) -> &store::Db {
        &self.state.db
    }
}

/// An e-mail of the spool as text, its quoted-printable encoding undone
/// (soft line breaks joined, `=XX` turned back into bytes).
pub fn decoded_mail(mail: &str) -> String {
    let joined = mail.replace("=\r\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i..i + 3) {
            Some([b'=', hi, lo]) if hi.is_ascii_hexdigit() && lo.is_ascii_hexdigit() => {
                let hex = [*hi, *lo];
                let hex = std::str::from_utf8(&hex).expect("ASCII");
                out.push(u8::from_str_radix(hex, 16).expect("hex digits"));
                i += 3;
            }
            _ => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The first place in the database whose name contains `part`, also one the
/// public directory leaves out (no commune).
pub async fn stored_place(app: &TestApp, part: &str) -> domain::Place {
    app.db()
        .load_places()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.name.contains(part))
        .unwrap_or_else(|| panic!("no place {part}"))
}

/// The id of the first demo place whose name contains `name`.
pub fn place_named(app: &TestApp, name: &str) -> i64 {
    let dir = app.state.directory();
    dir.places()
        .find(|p| p.name.contains(name))
        .unwrap_or_else(|| panic!("{name} in the demo data"))
        .id
}

/// The form as the edit page fills it for `p` (what a browser sends back unchanged).
pub fn place_form(p: &store::editing::EditablePlace) -> Vec<(String, String)> {
    let r = &p.record;
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    let mut f: Vec<(String, String)> = vec![
        ("organisation".into(), r.organisation_id.to_string()),
        ("kind".into(), r.kind.to_string()),
        ("name".into(), r.name.clone()),
        ("address".into(), o(&r.address)),
        ("postcode".into(), o(&r.postcode)),
        ("commune".into(), o(&r.commune_nis)),
        (
            "lat".into(),
            r.lat.map(|v| v.to_string()).unwrap_or_default(),
        ),
        (
            "lon".into(),
            r.lon.map(|v| v.to_string()).unwrap_or_default(),
        ),
        ("opening_hours".into(), o(&r.opening_hours)),
        ("hours_shown".into(), o(&r.opening_hours)),
        ("price".into(), o(&r.price)),
        (
            "computers".into(),
            r.computers.map(|v| v.to_string()).unwrap_or_default(),
        ),
        (
            "tablets".into(),
            r.tablets.map(|v| v.to_string()).unwrap_or_default(),
        ),
        ("phone".into(), o(&r.phone)),
        ("email".into(), o(&r.email)),
        ("website".into(), o(&r.website)),
        ("description".into(), o(&r.description)),
        ("action".into(), "save".into()),
    ];
    if r.mobile {
        f.push(("mobile".into(), "1".into()));
    }
    for (name, codes) in [
        ("services", &r.services),
        ("publics", &r.publics),
        ("languages", &r.languages),
        ("accessibility", &r.accessibility),
    ] {
        for c in codes {
            f.push((name.into(), c.clone()));
        }
    }
    f
}

/// Sets one field of a form (replacing every value it had).
pub fn set_field(form: &mut Vec<(String, String)>, name: &str, value: &str) {
    form.retain(|(k, _)| k != name);
    form.push((name.into(), value.into()));
}

/// Submits a form of owned pairs as `who`.
pub async fn post_fields(
    app: &TestApp,
    who: &Browser,
    uri: &str,
    form: &[(String, String)],
) -> TestResponse {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.post_form(Some(who), uri, &pairs).await
}
