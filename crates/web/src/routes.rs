//! Route registration with an access rule for every route. The application's
//! routes are only added through [`Routes`], so the table of rules is the list
//! of routes: the auth middleware denies whatever has no rule, and the
//! permission test walks the table for every role.

use axum::Router;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{MethodRouter, on};
use domain::account::Access;

use crate::AppState;

/// One registered route and who may use it.
#[derive(Debug, Clone)]
pub struct RouteRule {
    pub method: Method,
    pub path: String,
    pub access: Access,
}

/// A router that remembers the access rule of each route.
#[derive(Default)]
pub struct Routes {
    router: Router<AppState>,
    table: Vec<RouteRule>,
}

impl Routes {
    pub fn new() -> Routes {
        Routes::default()
    }

    fn add(
        mut self,
        method: Method,
        path: &str,
        access: Access,
        mr: MethodRouter<AppState>,
    ) -> Self {
        assert!(
            !self
                .table
                .iter()
                .any(|r| r.method == method && r.path == path),
            "route {method} {path} registered twice"
        );
        self.table.push(RouteRule {
            method,
            path: path.to_owned(),
            access,
        });
        self.router = self.router.route(path, mr);
        self
    }

    pub fn get<H, T>(self, path: &str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(
            Method::GET,
            path,
            access,
            on(axum::routing::MethodFilter::GET, handler),
        )
    }

    pub fn post<H, T>(self, path: &str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(
            Method::POST,
            path,
            access,
            on(axum::routing::MethodFilter::POST, handler),
        )
    }

    pub fn put<H, T>(self, path: &str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(
            Method::PUT,
            path,
            access,
            on(axum::routing::MethodFilter::PUT, handler),
        )
    }

    pub fn delete<H, T>(self, path: &str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(
            Method::DELETE,
            path,
            access,
            on(axum::routing::MethodFilter::DELETE, handler),
        )
    }

    pub fn merge(mut self, other: Routes) -> Self {
        for r in &other.table {
            assert!(
                !self
                    .table
                    .iter()
                    .any(|s| s.method == r.method && s.path == r.path),
                "route {} {} registered twice",
                r.method,
                r.path
            );
        }
        self.table.extend(other.table);
        self.router = self.router.merge(other.router);
        self
    }

    pub fn into_parts(self) -> (Router<AppState>, Vec<RouteRule>) {
        (self.router, self.table)
    }
}
