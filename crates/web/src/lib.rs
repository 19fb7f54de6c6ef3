//! Passerelle's HTTP layer: public pages (server-rendered, no JavaScript needed),
//! the back office, the JSON API v1 with its OpenAPI document, the daily jobs,
//! translations and static assets.
//!
//! Four front ends (`pages`, `backoffice`, `api`, `jobs`) over shared parts:
//! `services` (operations with their messages) and `ui` (page frames,
//! widgets, formats, error pages). Front ends never import each other
//! (`tests/it/architecture.rs`); where a new page or widget goes, and a worked
//! example of adding a back-office area: docs/ARCHITECTURE.md.

use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use chrono::{DateTime, Utc};
use domain::directory::{Directory, DirectoryBuilder};
use domain::{Region, Vocabularies};
use store::Db;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{Predicate, SizeAbove};
use tower_http::set_header::SetResponseHeaderLayer;

pub mod antispam;
pub mod api;
pub mod auth;
pub mod backoffice;
pub mod error;
mod escape;
pub mod i18n;
pub mod jobs;
pub mod mail;

pub mod pages;
pub mod params;
pub mod routes;
pub mod services;
pub mod ui;

/// Settings a test or a deployment can change.
#[derive(Debug, Clone)]
pub struct Config {
    /// A fixed "now", for tests; the real clock when None.
    pub fixed_now: Option<DateTime<Utc>>,
    /// The address people reach the platform at, for links in e-mails.
    /// Cookies get the `Secure` flag when it is `https://`.
    pub public_url: String,
    /// Sender of the platform's e-mails.
    pub mail_from: String,
    /// SMTP server URL; None writes e-mails to `mail_spool`.
    pub smtp_url: Option<String>,
    pub mail_spool: std::path::PathBuf,
    /// How long a sign-in lasts.
    pub session_hours: i64,
    /// Personal data of bookings and referrals is anonymised this many months after they end.
    pub retention_months: i64,
    /// A month's activity records can be changed until this day of the next month.
    pub activity_close_day: u32,
    /// In figures shown to the public or exported as open data, a count
    /// under this is not shown (docs/figures.md).
    pub small_cell: i64,
    /// When an unanswered referral is reminded and expires.
    pub referral_expiry: domain::referral::ExpiryRules,
    /// Reverse proxies in front of the platform: requests they pass on are
    /// counted, for rate limits, against the address they forward
    /// (`X-Forwarded-For`). Empty: the connection's address is the client.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Whether the public budget page shows actual spending; None: as the
    /// region's plan says (`actuals_public` in its plan file).
    pub budget_actuals_public: Option<bool>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            fixed_now: None,
            public_url: "http://127.0.0.1:8080".into(),
            mail_from: "Passerelle <no-reply@localhost>".into(),
            smtp_url: None,
            mail_spool: std::path::PathBuf::from("mail-spool"),
            session_hours: 12,
            retention_months: 12,
            activity_close_day: domain::activity::DEFAULT_CLOSE_DAY,
            small_cell: domain::statistics::DEFAULT_SMALL_CELL,
            referral_expiry: domain::referral::ExpiryRules::default(),
            trusted_proxies: Vec::new(),
            budget_actuals_public: None,
        }
    }
}

impl Config {
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// An absolute link to a path of the platform.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }
}

/// Everything a request handler needs.
pub struct App {
    pub db: Db,
    pub region: Arc<Region>,
    pub vocab: Arc<Vocabularies>,
    pub config: Config,
    pub mailer: mail::Mailer,
    /// Sends text messages (reminders, changes): logs them unless a gateway is given.
    pub sms: Arc<dyn services::sms::SmsSender>,
    directory: ArcSwap<Directory>,
    stamp: tokio::sync::Mutex<(i64, i64)>,
    /// The last readiness check of the database (when, whether it answered):
    /// `/readyz` asks the database at most once a second.
    readiness: tokio::sync::Mutex<Option<(std::time::Instant, bool)>>,
}

#[derive(Clone)]
pub struct AppState(pub Arc<App>);

impl std::ops::Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.0
    }
}

/// The directory of the places in the database, built as they are read.
///
/// Two threads share the work, besides the database's own: this task reads
/// and decodes the places batch by batch, a blocking thread adds each batch
/// to the index while the next is read, then finishes the index (off the
/// runtime's threads, so that requests go on being answered during a
/// refresh). With 100,000 places on two cores this takes start-up from
/// about 700 to about 500 ms.
pub async fn load_directory(
    db: &Db,
    region: &Arc<Region>,
    vocab: &Arc<Vocabularies>,
) -> Result<Loaded, store::StoreError> {
    use futures_util::TryStreamExt;
    // A few batches in flight: enough to keep both threads busy, while the
    // places held twice stay a few hundred.
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<domain::place::Place>>(4);
    let mut builder = DirectoryBuilder::new(region.clone(), vocab.clone());
    let building = tokio::task::spawn_blocking(move || {
        while let Some(batch) = rx.blocking_recv() {
            batch.iter().for_each(|p| builder.push(p));
        }
        let started = std::time::Instant::now();
        Loaded {
            directory: builder.finish(),
            finish: started.elapsed(),
        }
    });
    let read = async {
        let mut batches = db.place_batches().await?;
        while let Some(batch) = batches.try_next().await? {
            if tx.send(batch).await.is_err() {
                break; // the building thread panicked: its panic is below
            }
        }
        Ok::<_, store::StoreError>(())
    }
    .await;
    drop(tx);
    let loaded = building.await.map_err(|e| match e.try_into_panic() {
        Ok(panic) => std::panic::resume_unwind(panic),
        Err(e) => store::StoreError::Invalid(format!("building the directory: {e}")),
    })?;
    // A failed read leaves a partial directory: not used.
    read.map(|()| loaded)
}

/// A directory as [`load_directory`] built it.
pub struct Loaded {
    pub directory: Directory,
    /// How long finishing its index took, after the last place was added.
    pub finish: Duration,
}

impl App {
    /// Loads the directory from the database and builds its index.
    pub async fn new(
        db: Db,
        region: Region,
        vocab: Vocabularies,
        config: Config,
    ) -> Result<App, store::StoreError> {
        let region = Arc::new(region);
        let vocab = Arc::new(vocab);
        let stamp = db.directory_stamp().await?;
        let directory = load_directory(&db, &region, &vocab).await?.directory;
        let mailer = mail::Mailer::new(config.smtp_url.as_deref(), &config.mail_spool)
            .map_err(|e| store::StoreError::Invalid(e.to_string()))?;
        Ok(App {
            db,
            region,
            vocab,
            config,
            mailer,
            sms: Arc::new(services::sms::LogSms),
            directory: ArcSwap::from_pointee(directory),
            stamp: tokio::sync::Mutex::new(stamp),
            readiness: tokio::sync::Mutex::new(None),
        })
    }

    /// The same application, sending text messages through `sms`.
    pub fn with_sms(mut self, sms: Arc<dyn services::sms::SmsSender>) -> App {
        self.sms = sms;
        self
    }

    /// Whether the database answers, asked at most once a second (the
    /// answer of the last second otherwise): a load balancer polling many
    /// instances never becomes a load on the database.
    pub async fn ready(&self) -> bool {
        let mut last = self.readiness.lock().await;
        if let Some((at, ok)) = *last
            && at.elapsed() < std::time::Duration::from_secs(1)
        {
            return ok;
        }
        let ok = match self.db.directory_stamp().await {
            Ok(_) => true,
            Err(e) => {
                tracing::error!(error = %e, "readiness check failed");
                false
            }
        };
        *last = Some((std::time::Instant::now(), ok));
        ok
    }

    /// The current directory snapshot.
    pub fn directory(&self) -> Arc<Directory> {
        self.directory.load_full()
    }

    /// Rebuilds the directory if the database changed (another instance wrote, or an import ran).
    pub async fn refresh(&self) -> Result<bool, store::StoreError> {
        let mut stamp = self.stamp.lock().await;
        let now = self.db.directory_stamp().await?;
        if now == *stamp {
            return Ok(false);
        }
        let directory = load_directory(&self.db, &self.region, &self.vocab)
            .await?
            .directory;
        self.directory.store(Arc::new(directory));
        *stamp = now;
        Ok(true)
    }

    /// The application's one clock: the real time, or `Config::fixed_now` in tests.
    pub fn now(&self) -> DateTime<Utc> {
        self.config.fixed_now.unwrap_or_else(Utc::now)
    }

    /// Today in the region's time zone, by [`App::now`].
    pub fn today(&self) -> chrono::NaiveDate {
        self.now().with_timezone(&self.region.timezone).date_naive()
    }

    /// The label of the platform's region, if it has one.
    pub fn label_config(&self) -> Option<&'static store::label::LabelConfig> {
        store::label::shipped_label(&self.region.code)
    }

    /// Sends an e-mail; a failure is logged and reported, never panics.
    pub async fn send_mail(&self, mail: &mail::Mail) -> Result<(), mail::MailError> {
        let res = self.mailer.send(&self.config.mail_from, mail).await;
        if let Err(e) = &res {
            tracing::error!(error = %e, to = %mail.to, "e-mail not sent");
        }
        res
    }
}

/// Polls the database every `every` and rebuilds the directory when it changed.
pub fn spawn_refresher(state: AppState, every: Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        tick.tick().await;
        loop {
            tick.tick().await;
            if let Err(e) = state.refresh().await {
                tracing::warn!(error = %e, "directory refresh failed");
            }
        }
    });
}

/// Content-Security-Policy: only our own scripts, styles and images; no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// [`CSP`], with images also allowed from the map's tile server when the
/// region names one (and from nowhere else).
pub fn content_security_policy(map: Option<&domain::region::MapSettings>) -> String {
    match map {
        Some(m) => CSP.replacen(
            "img-src 'self' data:;",
            &format!("img-src 'self' data: {};", m.origin()),
            1,
        ),
        None => CSP.to_owned(),
    }
}

/// Unknown paths: a problem report under /api, the "page not found" page elsewhere.
async fn not_found(req: axum::extract::Request) -> axum::response::Response {
    use axum::response::IntoResponse;
    let path = req.uri().path();
    if path.starts_with("/api/") {
        return error::ApiError::not_found(format!("no such endpoint: {path}")).into_response();
    }
    ui::PageError::NotFound.into_response()
}

/// Every route of the application with its access rule.
pub fn all_routes() -> routes::Routes {
    routes::Routes::new()
        .merge(pages::routes())
        .merge(api::routes())
        .merge(backoffice::routes())
}

/// The table of routes and access rules (for the permission test and the docs).
pub fn route_table() -> Vec<routes::RouteRule> {
    all_routes().into_parts().1
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    let csp = content_security_policy(state.region.map.as_ref());
    let csp = HeaderValue::from_str(&csp).unwrap_or(HeaderValue::from_static(CSP));
    let headers: [(HeaderName, &'static str); 4] = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            "geolocation=(self), camera=(), microphone=()",
        ),
    ];
    let (routes, table) = all_routes().into_parts();
    let rules = auth::rule_table(&table);
    let mut app = routes
        .route_layer(axum::middleware::from_fn_with_state(
            (state.clone(), rules),
            auth::authorise,
        ))
        .fallback(not_found)
        .layer(axum::middleware::from_fn(ui::error::render_error_pages))
        .with_state(state);
    app = app.layer(SetResponseHeaderLayer::if_not_present(
        header::CONTENT_SECURITY_POLICY,
        csp,
    ));
    for (name, value) in headers {
        app = app.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ));
    }
    app.layer(compression())
}

/// Is a response of this type text worth compressing: HTML, CSS, JavaScript
/// or JSON? Downloads (CSV, spreadsheets, calendars) go as they are.
pub fn compressible(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    matches!(
        essence.as_str(),
        "text/html" | "text/css" | "text/javascript" | "application/javascript"
    ) || essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// gzip or brotli, as the browser asks (`Accept-Encoding`), for HTML, CSS,
/// JavaScript and JSON of more than a few hundred bytes; brotli at quality 4
/// and gzip at its default level, cheap enough to do on every answer.
fn compression() -> CompressionLayer<impl Predicate> {
    let text = |_: axum::http::StatusCode,
                _: axum::http::Version,
                headers: &axum::http::HeaderMap,
                _: &axum::http::Extensions| {
        headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(compressible)
    };
    CompressionLayer::new()
        .gzip(true)
        .br(true)
        .compress_when(SizeAbove::new(256).and(text))
}
