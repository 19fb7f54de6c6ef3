//! Who is asking, and may they: the session cookie (pages) or a bearer token
//! (API), the access rule of the matched route (denied by default), and the
//! CSRF check of every state-changing form.
//!
//! CSRF uses a double-submit token: a random `passerelle_csrf` cookie
//! (HttpOnly, SameSite=Lax) whose value every form repeats in a hidden `_csrf`
//! field (or an `x-csrf-token` header, or a `_csrf` query parameter for file
//! uploads). The API ignores cookies, so it needs no CSRF token.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::{Body, to_bytes};
use axum::extract::{FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::Access;
use store::accounts::User;

use crate::AppState;
use crate::error::ApiError;
use crate::i18n::t;
use crate::routes::RouteRule;

pub const SESSION_COOKIE: &str = "passerelle_session";
pub const CSRF_COOKIE: &str = "passerelle_csrf";
pub const CSRF_FIELD: &str = "_csrf";
/// Largest form body read for the CSRF check (imports are multipart, checked by query).
const MAX_FORM_BYTES: usize = 2 * 1024 * 1024;

/// The request's context, for every handler: who is signed in and the CSRF token to put in forms.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub user: Option<User>,
    pub csrf: String,
    /// Authenticated by an API bearer token (not a browser session).
    pub by_token: bool,
}

impl Ctx {
    /// The signed-in user; handlers behind a non-public rule can rely on it.
    #[expect(
        clippy::result_large_err,
        reason = "the error is the response, returned at once"
    )]
    pub fn user(&self) -> Result<&User, Response> {
        self.user
            .as_ref()
            .ok_or_else(|| StatusCode::UNAUTHORIZED.into_response())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Ctx, Response> {
        Ok(parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .unwrap_or_else(|| Ctx {
                user: None,
                csrf: String::new(),
                by_token: false,
            }))
    }
}

/// The rules by (method, route pattern).
pub type RuleTable = Arc<HashMap<(Method, String), Access>>;

pub fn rule_table(rules: &[RouteRule]) -> RuleTable {
    Arc::new(
        rules
            .iter()
            .map(|r| ((r.method.clone(), r.path.clone()), r.access))
            .collect(),
    )
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value with the platform's flags (`Secure` behind HTTPS).
pub fn set_cookie(state: &AppState, name: &str, value: &str, max_age: Option<i64>) -> HeaderValue {
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if state.config.secure_cookies() {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).expect("cookie values are hex")
}

fn is_api(path: &str) -> bool {
    path.starts_with("/api/")
}

fn page_lang(path: &str) -> Lang {
    path.split('/')
        .nth(1)
        .and_then(Lang::parse)
        .unwrap_or(Lang::Fr)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The middleware, applied with `route_layer` so that the matched route is known.
pub async fn authorise(
    State((state, rules)): State<(AppState, RuleTable)>,
    req: Request,
    next: Next,
) -> Response {
    let (mut parts, body) = req.into_parts();
    let path = parts.uri.path().to_owned();
    let method = if parts.method == Method::HEAD {
        Method::GET
    } else {
        parts.method.clone()
    };
    let pattern = parts
        .extensions
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned())
        .unwrap_or_default();
    let Some(access) = rules.get(&(method.clone(), pattern.clone())).copied() else {
        let allowed = allowed_methods(&rules, &pattern);
        if !allowed.is_empty() {
            // The path exists with other methods: the router's own answer.
            return method_not_allowed(&path, &allowed);
        }
        tracing::error!(%method, %path, "route without an access rule: denied");
        return deny(&path, None, StatusCode::FORBIDDEN);
    };

    // Who is asking.
    let mut by_token = false;
    let user = if is_api(&path) {
        match bearer(&parts.headers) {
            Some(secret) => match state.db.token_user(secret, state.now().timestamp()).await {
                Ok(Some(u)) => {
                    by_token = true;
                    Some(u)
                }
                Ok(None) => {
                    return ApiError {
                        status: StatusCode::UNAUTHORIZED,
                        detail: "The bearer token is unknown or revoked.".into(),
                        param: Some("Authorization".into()),
                    }
                    .into_response();
                }
                Err(e) => return ApiError::internal(e).into_response(),
            },
            None => None,
        }
    } else {
        match cookie(&parts.headers, SESSION_COOKIE) {
            Some(secret) => match state.db.session_user(secret, state.now().timestamp()).await {
                Ok(u) => u,
                Err(e) => return ApiError::internal(e).into_response(),
            },
            None => None,
        }
    };

    if !access.allows(user.as_ref().map(|u| u.role)) {
        let status = if user.is_some() {
            StatusCode::FORBIDDEN
        } else {
            StatusCode::UNAUTHORIZED
        };
        return deny(&path, parts.uri.query(), status);
    }

    // The CSRF token: the cookie's, or a new one set on the response.
    let existing = cookie(&parts.headers, CSRF_COOKIE)
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_owned);
    let new_csrf = existing.is_none();
    let csrf = existing.unwrap_or_else(store::accounts::new_secret);

    let mut body = body;
    let unsafe_method = !matches!(method, Method::GET | Method::OPTIONS);
    if unsafe_method && !is_api(&path) {
        let mut sent = parts
            .headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
            .or_else(|| {
                parts.uri.query().and_then(|q| {
                    form_urlencoded::parse(q.as_bytes())
                        .find(|(k, _)| k == CSRF_FIELD)
                        .map(|(_, v)| v.into_owned())
                })
            });
        let is_form = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if sent.is_none() && is_form {
            let bytes = match to_bytes(body, MAX_FORM_BYTES).await {
                Ok(b) => b,
                Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
            };
            sent = form_urlencoded::parse(&bytes)
                .find(|(k, _)| k == CSRF_FIELD)
                .map(|(_, v)| v.into_owned());
            body = Body::from(bytes);
        }
        let ok = !new_csrf && sent.is_some_and(|s| constant_time_eq(s.as_bytes(), csrf.as_bytes()));
        if !ok {
            return csrf_failed(&state, &path, &csrf, new_csrf);
        }
    }

    let signed_in = user.is_some();
    parts.extensions.insert(Ctx {
        user,
        csrf: csrf.clone(),
        by_token,
    });
    let mut res = next.run(Request::from_parts(parts, body)).await;
    if new_csrf && !is_api(&path) {
        res.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(&state, CSRF_COOKIE, &csrf, None),
        );
    }
    // Back-office pages hold personal data, and a public page seen signed in
    // is made for that person (their bookings, their links): never cached,
    // unless the handler says the answer is the same for everyone (static files).
    let personal = !matches!(access, Access::Public)
        || (signed_in && !res.headers().contains_key(header::CACHE_CONTROL));
    if !is_api(&path) && personal {
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
}

/// Not allowed: a problem report for the API; for pages, the sign-in page
/// (not signed in) or a "not allowed" page (signed in with another role).
/// The methods that have a rule for a route pattern, in a stable order, with
/// `HEAD` wherever `GET` is (the middleware treats them alike).
fn allowed_methods(rules: &RuleTable, pattern: &str) -> Vec<Method> {
    let mut methods: Vec<Method> = rules
        .keys()
        .filter(|(_, p)| p == pattern)
        .map(|(m, _)| m.clone())
        .collect();
    if methods.contains(&Method::GET) {
        methods.push(Method::HEAD);
    }
    methods.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    methods
}

/// `405 Method Not Allowed` with its `Allow` header (RFC 9110 §15.5.6).
fn method_not_allowed(path: &str, allowed: &[Method]) -> Response {
    let allow = allowed
        .iter()
        .map(Method::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    let mut res = if is_api(path) {
        ApiError {
            status: StatusCode::METHOD_NOT_ALLOWED,
            detail: format!("This endpoint accepts only: {allow}."),
            param: None,
        }
        .into_response()
    } else {
        StatusCode::METHOD_NOT_ALLOWED.into_response()
    };
    if let Ok(v) = HeaderValue::from_str(&allow) {
        res.headers_mut().insert(header::ALLOW, v);
    }
    res
}

fn deny(path: &str, query: Option<&str>, status: StatusCode) -> Response {
    if is_api(path) {
        let detail = if status == StatusCode::UNAUTHORIZED {
            "This endpoint needs a bearer token (Authorization: Bearer …)."
        } else {
            "Your account's role may not use this endpoint."
        };
        let mut res = ApiError {
            status,
            detail: detail.into(),
            param: None,
        }
        .into_response();
        if status == StatusCode::UNAUTHORIZED {
            res.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        return res;
    }
    let lang = page_lang(path);
    if status == StatusCode::UNAUTHORIZED {
        let here = match query {
            Some(q) => format!("{path}?{q}"),
            None => path.to_owned(),
        };
        let next: String = form_urlencoded::byte_serialize(here.as_bytes()).collect();
        return Redirect::to(&format!("/{}/login?next={next}", lang.code())).into_response();
    }
    let body = maud::html! {
        h1 { (t(lang, "forbidden-title")) }
        p { (t(lang, "forbidden-text")) }
        p { a href=(format!("/{}/bo/", lang.code())) { (t(lang, "bo-home")) } }
    };
    let page = crate::pages::layout::page(lang, &t(lang, "forbidden-title"), "/", body, None);
    (StatusCode::FORBIDDEN, page).into_response()
}

fn csrf_failed(state: &AppState, path: &str, csrf: &str, new_csrf: bool) -> Response {
    let lang = page_lang(path);
    let body = maud::html! {
        h1 { (t(lang, "csrf-title")) }
        p { (t(lang, "csrf-text")) }
    };
    let page = crate::pages::layout::page(lang, &t(lang, "csrf-title"), "/", body, None);
    let mut res = (StatusCode::FORBIDDEN, page).into_response();
    if new_csrf {
        res.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(state, CSRF_COOKIE, csrf, None),
        );
    }
    res
}

/// The hidden field every state-changing form carries.
pub fn csrf_field(ctx: &Ctx) -> maud::Markup {
    maud::html! { input type="hidden" name=(CSRF_FIELD) value=(ctx.csrf); }
}
