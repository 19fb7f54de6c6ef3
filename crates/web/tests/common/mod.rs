//! A test application on its own database (SQLite, or PostgreSQL when
//! TEST_DATABASE_URL is set) with the Brussels demo data and a fixed clock.

#![allow(dead_code)]

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use store::testing::{TestDb, brussels_db};
use tower::ServiceExt;
use web::{App, AppState, Config};

pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    _db: TestDb,
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

/// Thursday 26 November 2026, 11:00 in Brussels.
pub fn fixed_now() -> chrono::DateTime<chrono::Utc> {
    "2026-11-26T10:00:00Z".parse().unwrap()
}

impl TestApp {
    pub async fn demo() -> TestApp {
        let t = brussels_db().await.unwrap();
        t.db.load_demo(&store::demo::DemoData::brussels_2021())
            .await
            .unwrap();
        Self::on(t).await
    }

    pub async fn on(t: TestDb) -> TestApp {
        let app = App::new(
            t.db.clone(),
            store::reference::shipped_region("brussels").unwrap(),
            store::reference::vocabularies(),
            Config {
                fixed_now: Some(fixed_now()),
            },
        )
        .await
        .unwrap();
        let state = AppState(Arc::new(app));
        TestApp {
            router: web::router(state.clone()),
            state,
            _db: t,
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

    pub fn db(&self) -> &store::Db {
        &self.state.db
    }
}
