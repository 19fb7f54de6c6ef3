//! Errors of HTML pages. A handler returns [`PageResult`] and uses `?` on
//! the store's errors; whatever goes wrong is answered with a page in the
//! reader's language, through the layout, saying what to do next:
//!
//! * 404 "page not found", 403 "you may not open this page";
//! * 409 (or a 403 for this record) with a page the handler wrote: where
//!   things stand, what can come next;
//! * 500 "something went wrong", with a reference that is also in the log
//!   line of the cause, so the coordination can find it.
//!
//! An error does not know the reader's language: [`PageError::into_response`]
//! leaves it in the response's extensions, and the [`render_error_pages`]
//! middleware draws the page in the language of the request's path. The
//! JSON API answers `application/problem+json` instead (`crate::error::ApiError`).

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::Lang;
use maud::{Markup, html};

use super::lang::path_lang;
use super::layout::{back_office_page, page};
use crate::auth::Ctx;
use crate::i18n::t;

/// What a page handler returns.
pub type PageResult<T = Response> = Result<T, PageError>;

/// An answer a page gives instead of its content.
#[derive(Debug, Clone)]
pub enum PageError {
    /// 404: no such page, or one this account may not even know about.
    NotFound,
    /// 403: the account may not open this page or do this.
    Forbidden,
    /// 401: the page needs a signed-in account (the access middleware
    /// sends people to the sign-in page before a handler runs).
    Unauthorized,
    /// A refusal the handler explains in the reader's language, with a title
    /// and a body that say where things stand and what can be done next: a
    /// 409 when the action cannot be done now ([`PageError::conflict`]), a 403
    /// when this account may not act on this record ([`PageError::forbidden_because`]).
    Explained {
        status: StatusCode,
        title: String,
        body: Markup,
    },
    /// 500: the cause was logged with this reference.
    Internal { reference: String },
    /// 301 to this path: the page lives elsewhere now (a merged place).
    Moved(String),
}

impl PageError {
    /// 409: the action cannot be done now; `body` says why and what can come next.
    pub fn conflict(title: String, body: Markup) -> PageError {
        PageError::Explained {
            status: StatusCode::CONFLICT,
            title,
            body,
        }
    }

    /// 403 for this record (another organisation's place, say); `body` says
    /// why and where to go.
    pub fn forbidden_because(title: String, body: Markup) -> PageError {
        PageError::Explained {
            status: StatusCode::FORBIDDEN,
            title,
            body,
        }
    }

    /// A 500 whose cause is logged now, with a new reference.
    pub fn internal(cause: impl std::fmt::Display) -> PageError {
        let reference = new_reference();
        tracing::error!(%reference, error = %cause, "page failed");
        PageError::Internal { reference }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            PageError::NotFound => StatusCode::NOT_FOUND,
            PageError::Forbidden => StatusCode::FORBIDDEN,
            PageError::Unauthorized => StatusCode::UNAUTHORIZED,
            PageError::Explained { status, .. } => *status,
            PageError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
            PageError::Moved(_) => StatusCode::MOVED_PERMANENTLY,
        }
    }

    /// The whole page, in `lang`. In the back office (`ctx` of a signed-in
    /// account), with its menu and a link to its home. `tail` is the path
    /// after the language (with its query) that the language switcher keeps.
    pub fn render(&self, lang: Lang, back_office: Option<&Ctx>, tail: &str) -> Response {
        let l = lang.code();
        let home = html! {
            p {
                @if back_office.is_some() { a href=(format!("/{l}/bo/")) { (t(lang, "bo-home")) } }
                @else { a href=(format!("/{l}/")) { (t(lang, "back-home")) } }
            }
        };
        let (title, body) = match self {
            PageError::NotFound => (
                t(lang, "not-found-title"),
                html! { p { (t(lang, "not-found-text")) } (home) },
            ),
            PageError::Forbidden => (
                t(lang, "forbidden-title"),
                html! { p { (t(lang, "forbidden-text")) } (home) },
            ),
            PageError::Unauthorized => (
                t(lang, "unauthorized-title"),
                html! {
                    p { (t(lang, "unauthorized-text")) }
                    p { a href=(format!("/{l}/login")) { (t(lang, "login-title")) } }
                },
            ),
            PageError::Explained { title, body, .. } => (title.clone(), body.clone()),
            PageError::Moved(location) => return super::moved(location),
            PageError::Internal { reference } => (
                t(lang, "server-error-title"),
                html! {
                    p { (t(lang, "server-error-text")) }
                    p { (t(lang, "server-error-reference")) " " strong.reference { bdi dir="ltr" { (reference) } } }
                    (home)
                },
            ),
        };
        let main = html! { h1 { (title) } (body) };
        let mut res = match back_office {
            Some(ctx) => back_office_page(lang, ctx, &title, tail, main),
            None => page(lang, &title, tail, main, None),
        };
        *res.status_mut() = self.status();
        // An error is never the answer to keep.
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        res
    }
}

impl From<store::StoreError> for PageError {
    fn from(e: store::StoreError) -> PageError {
        PageError::internal(e)
    }
}

impl From<crate::mail::MailError> for PageError {
    fn from(e: crate::mail::MailError) -> PageError {
        PageError::internal(e)
    }
}

/// Carries the error to [`render_error_pages`], which knows the language.
impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        if let PageError::Moved(location) = &self {
            return super::moved(location);
        }
        let mut res = self.status().into_response();
        res.extensions_mut().insert(self);
        res
    }
}

/// Draws the page of an error a handler (or the access middleware) returned,
/// in the language of the request's path.
pub async fn render_error_pages(req: Request, next: Next) -> Response {
    // Cheap to keep (a `Uri` shares its bytes): read only when there is an error.
    let (method, uri) = (req.method().clone(), req.uri().clone());
    let mut res = next.run(req).await;
    let Some(error) = res.extensions_mut().remove::<PageError>() else {
        return res;
    };
    let path = uri.path();
    let lang = path_lang(path);
    let back_office = path.split('/').nth(2) == Some("bo");
    // Another language of the same page, when it can be asked again with a
    // link (a GET); after a form, the language switcher leads home.
    let tail = match (
        method.as_str(),
        path.strip_prefix(&format!("/{}", lang.code())),
    ) {
        ("GET" | "HEAD", Some(rest)) if rest.starts_with('/') => match uri.query() {
            Some(q) => format!("{rest}?{q}"),
            None => rest.to_owned(),
        },
        _ if back_office => "/bo/".to_owned(),
        _ => "/".to_owned(),
    };
    // The access middleware leaves who is asking on the response.
    let ctx = res
        .extensions_mut()
        .remove::<Ctx>()
        .filter(|c| c.user.is_some() && back_office);
    let mut page = error.render(lang, ctx.as_ref(), &tail);
    // Headers the handler set (a cookie, Retry-After…) stay.
    for (name, value) in res.headers() {
        if !page.headers().contains_key(name) || name == header::SET_COOKIE {
            page.headers_mut().append(name, value.clone());
        }
    }
    page
}

/// Eight hexadecimal digits, enough to find one line in a day of logs.
fn new_reference() -> String {
    store::accounts::new_secret()[..8].to_uppercase()
}
