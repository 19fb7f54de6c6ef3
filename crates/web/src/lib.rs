//! Passerelle's HTTP layer: public pages (server-rendered, no JavaScript needed),
//! the JSON API v1 with its OpenAPI document, translations and static assets.

use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use chrono::{DateTime, Utc};
use domain::directory::Directory;
use domain::{Region, Vocabularies};
use store::Db;
use tower_http::set_header::SetResponseHeaderLayer;

pub mod api;
pub mod error;
pub mod i18n;
pub mod opendata;
pub mod pages;
pub mod params;

/// Settings a test or a deployment can change.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// A fixed "now", for tests; the real clock when None.
    pub fixed_now: Option<DateTime<Utc>>,
}

/// Everything a request handler needs.
pub struct App {
    pub db: Db,
    pub region: Arc<Region>,
    pub vocab: Arc<Vocabularies>,
    pub config: Config,
    directory: ArcSwap<Directory>,
    stamp: tokio::sync::Mutex<(i64, i64)>,
}

#[derive(Clone)]
pub struct AppState(pub Arc<App>);

impl std::ops::Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.0
    }
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
        let places = db.load_places().await?;
        let directory = Directory::build(region.clone(), vocab.clone(), places);
        Ok(App {
            db,
            region,
            vocab,
            config,
            directory: ArcSwap::from_pointee(directory),
            stamp: tokio::sync::Mutex::new(stamp),
        })
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
        let places = self.db.load_places().await?;
        self.directory.store(Arc::new(Directory::build(
            self.region.clone(),
            self.vocab.clone(),
            places,
        )));
        *stamp = now;
        Ok(true)
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.config.fixed_now.unwrap_or_else(Utc::now)
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

/// The whole application.
pub fn router(state: AppState) -> Router {
    let headers: [(HeaderName, &'static str); 5] = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            "geolocation=(self), camera=(), microphone=()",
        ),
    ];
    let mut app = Router::new()
        .merge(pages::routes())
        .merge(opendata::routes())
        .merge(api::routes())
        .with_state(state);
    for (name, value) in headers {
        app = app.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ));
    }
    app
}
