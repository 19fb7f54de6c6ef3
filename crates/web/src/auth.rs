//! Who is asking, and may they: the session cookie (pages) or a bearer token
//! (API), the access rule of the matched route (denied by default), and the
//! CSRF check of every state-changing form.
//!
//! CSRF: every form repeats a token in a hidden `_csrf` field (or an
//! `x-csrf-token` header, or a `_csrf` query parameter for file uploads).
//! The token is bound to what only the person's browser holds: derived from
//! the session's secret when signed in, else from a random `passerelle_csrf`
//! cookie (HttpOnly, SameSite=Lax). A cookie planted by someone else
//! (another site, a sibling sub-domain) does not make a token for the
//! victim's session; behind HTTPS both cookies carry the `__Host-` prefix,
//! which browsers refuse to let a sub-domain set. The API ignores cookies,
//! so it needs no CSRF token. The token is made when a page first asks for
//! it ([`Ctx::csrf`]): a page without a form draws no random secret and
//! sets no cookie, so a visitor who only searches gets none.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use axum::body::{Body, to_bytes};
use axum::extract::{FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use domain::account::Access;
use store::accounts::User;

use crate::AppState;
use crate::error::ApiError;
use crate::i18n::t;
use crate::routes::RouteRule;
use crate::ui::PageError;
use crate::ui::lang::path_lang;

/// The session cookie's name over plain HTTP (see [`session_cookie`]).
pub const SESSION_COOKIE: &str = "passerelle_session";
/// The anonymous CSRF cookie's name over plain HTTP (see [`csrf_cookie`]).
pub const CSRF_COOKIE: &str = "passerelle_csrf";

/// The session cookie's name: with the `__Host-` prefix behind HTTPS.
pub fn session_cookie(state: &AppState) -> &'static str {
    if state.config.secure_cookies() {
        "__Host-passerelle_session"
    } else {
        SESSION_COOKIE
    }
}

/// The anonymous CSRF cookie's name: with the `__Host-` prefix behind HTTPS.
pub fn csrf_cookie(state: &AppState) -> &'static str {
    if state.config.secure_cookies() {
        "__Host-passerelle_csrf"
    } else {
        CSRF_COOKIE
    }
}

/// The CSRF token of forms for a browser holding `secret` (its session's
/// secret when signed in, else its anonymous CSRF cookie): a one-way
/// derivation, different from the session hash the database keeps.
pub fn csrf_token(secret: &str) -> String {
    store::accounts::secret_hash(&format!("passerelle-csrf\u{0}{secret}"))
}
pub const CSRF_FIELD: &str = "_csrf";
/// Largest form body read for the CSRF check (imports are multipart, checked by query).
const MAX_FORM_BYTES: usize = 2 * 1024 * 1024;

/// The request's context, for every handler: who is signed in and the CSRF token to put in forms.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub user: Option<User>,
    csrf: Arc<CsrfSlot>,
    /// Authenticated by an API bearer token (not a browser session).
    pub by_token: bool,
}

/// A request's CSRF token, made on first use.
#[derive(Debug, Default)]
struct CsrfSlot {
    /// The secret the token derives from: the session's when signed in,
    /// else the anonymous cookie's; `None` without either (a new anonymous
    /// secret is drawn on first use, then set as a cookie).
    secret: Option<String>,
    /// No token at all (the API, which ignores cookies).
    none: bool,
    token: OnceLock<String>,
    /// The anonymous secret drawn for this request, if one was.
    drawn: OnceLock<String>,
}

impl CsrfSlot {
    fn token(&self) -> &str {
        self.token.get_or_init(|| {
            if self.none {
                return String::new();
            }
            let secret = match &self.secret {
                Some(s) => s,
                None => self.drawn.get_or_init(store::accounts::new_secret),
            };
            csrf_token(secret)
        })
    }
}

impl Ctx {
    /// The signed-in user; handlers behind a non-public rule can rely on it.
    pub fn user(&self) -> Result<&User, PageError> {
        self.user.as_ref().ok_or(PageError::Unauthorized)
    }

    /// The CSRF token for this request's forms (made now if not yet).
    pub fn csrf(&self) -> &str {
        self.csrf.token()
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
                csrf: Arc::new(CsrfSlot {
                    none: true,
                    ..CsrfSlot::default()
                }),
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
        match cookie(&parts.headers, session_cookie(&state)) {
            Some(secret) => match state.db.session_user(secret, state.now().timestamp()).await {
                Ok(u) => u,
                Err(e) => return PageError::internal(e).into_response(),
            },
            None => None,
        }
    };

    // The CSRF token: bound to the session when signed in, else to the
    // anonymous cookie (a new one is set on the response when missing). The
    // API ignores cookies: no token, no cookie.
    let api = is_api(&path);
    let anonymous = cookie(&parts.headers, csrf_cookie(&state))
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_owned);
    let session_secret = if user.is_some() && !by_token {
        cookie(&parts.headers, session_cookie(&state)).map(str::to_owned)
    } else {
        None
    };
    // Without a session, a token needs the cookie it was made from.
    let new_csrf = !api && session_secret.is_none() && anonymous.is_none();
    let csrf = Arc::new(CsrfSlot {
        secret: session_secret.or(anonymous),
        none: api,
        ..CsrfSlot::default()
    });

    if !access.allows(user.as_ref().map(|u| u.role)) {
        let status = if user.is_some() {
            StatusCode::FORBIDDEN
        } else {
            StatusCode::UNAUTHORIZED
        };
        let mut res = deny(&path, parts.uri.query(), status);
        // The "not allowed" page of a signed-in person shows their menu.
        res.extensions_mut().insert(Ctx {
            user,
            csrf,
            by_token,
        });
        return res;
    }

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
        let ok = !new_csrf
            && sent.is_some_and(|s| constant_time_eq(s.as_bytes(), csrf.token().as_bytes()));
        if !ok {
            // A browser without the cookie gets one, for its next try.
            if new_csrf {
                csrf.token();
            }
            return csrf_failed(&state, &path, csrf.drawn.get().map(String::as_str));
        }
    }

    let signed_in = user.is_some();
    let ctx = Ctx {
        user,
        csrf: Arc::clone(&csrf),
        by_token,
    };
    // Kept for the error page of a back-office route, which shows the
    // person's menu (a clone only for a signed-in person).
    let for_error_page = signed_in.then(|| ctx.clone());
    parts.extensions.insert(ctx);
    let mut res = next.run(Request::from_parts(parts, body)).await;
    if let Some(ctx) = for_error_page
        && res.extensions().get::<PageError>().is_some()
    {
        res.extensions_mut().insert(ctx);
    }
    // The page made a token from a new anonymous secret: its cookie.
    if let Some(drawn) = csrf.drawn.get() {
        res.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(&state, csrf_cookie(&state), drawn, None),
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
    let lang = path_lang(path);
    if status == StatusCode::UNAUTHORIZED {
        let here = match query {
            Some(q) => format!("{path}?{q}"),
            None => path.to_owned(),
        };
        let next: String = form_urlencoded::byte_serialize(here.as_bytes()).collect();
        return Redirect::to(&format!("/{}/login?next={next}", lang.code())).into_response();
    }
    PageError::Forbidden.into_response()
}

/// "This form has expired", and the anonymous cookie when the browser had none.
fn csrf_failed(state: &AppState, path: &str, new_cookie: Option<&str>) -> Response {
    let lang = path_lang(path);
    let body = maud::html! {
        h1 { (t(lang, "csrf-title")) }
        p { (t(lang, "csrf-text")) }
    };
    let page = crate::ui::layout::page(lang, &t(lang, "csrf-title"), "/", body, None);
    let mut res = (StatusCode::FORBIDDEN, page).into_response();
    if let Some(value) = new_cookie {
        res.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(state, csrf_cookie(state), value, None),
        );
    }
    res
}

/// The hidden field every state-changing form carries.
pub fn csrf_field(ctx: &Ctx) -> maud::Markup {
    maud::html! { input type="hidden" name=(CSRF_FIELD) value=(ctx.csrf()); }
}
