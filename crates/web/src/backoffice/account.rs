//! Signing in and out, invitations and password resets, and the back-office home.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::{Access, PasswordProblem, Role, check_new_password};
use domain::redirect::LocalPath;
use maud::html;
use serde::Deserialize;
use store::accounts::LinkPurpose;

use crate::AppState;
use crate::antispam::ClientAddr;
use crate::auth::{Ctx, cookie, csrf_field, session_cookie, set_cookie};
use crate::i18n::{t, t_args};
use crate::mail::Mail;
use crate::routes::Routes;
use crate::ui::form::{FieldError, error_summary, text_input};
use crate::ui::layout::back_office_page;
use crate::ui::{PageLang, PageResult};

/// Failed sign-ins allowed per e-mail, and per client address, in [`WINDOW`].
pub const MAX_FAILURES_PER_EMAIL: i64 = 5;
pub const MAX_FAILURES_PER_CLIENT: i64 = 30;
pub const WINDOW_SECS: i64 = 15 * 60;
/// Invitation and reset links last this long.
const INVITE_TTL: i64 = 7 * 24 * 3600;
const RESET_TTL: i64 = 3600;

pub fn routes() -> Routes {
    use Access::{Public, SignedIn};
    Routes::new()
        .get("/{lang}/login", Public, login_page)
        .post("/{lang}/login", Public, login)
        .post("/{lang}/logout", Public, logout)
        .get("/{lang}/password/forgot", Public, forgot_page)
        .post("/{lang}/password/forgot", Public, forgot)
        .get("/{lang}/password/reset", Public, reset_page)
        .post("/{lang}/password/reset", Public, reset)
        .get("/{lang}/invitation", Public, invitation_page)
        .post("/{lang}/invitation", Public, invitation)
        .get("/{lang}/bo/", SignedIn, home)
}

#[derive(Debug, Default, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
    signed_out: Option<String>,
    password_set: Option<String>,
}

/// Only a path of this site is followed after signing in; anything else
/// leads to the back office's home.
fn safe_next(lang: Lang, next: &str) -> String {
    LocalPath::parse(next).map_or_else(
        || format!("/{}/bo/", lang.code()),
        |p| p.as_str().to_owned(),
    )
}

async fn login_page(PageLang(lang): PageLang, ctx: Ctx, Query(q): Query<NextQuery>) -> PageResult {
    if ctx.user.is_some() {
        return Ok(Redirect::to(&safe_next(lang, &q.next)).into_response());
    }
    let notice = if q.password_set.is_some() {
        Some(t(lang, "login-password-set"))
    } else if q.signed_out.is_some() {
        Some(t(lang, "login-signed-out"))
    } else {
        None
    };
    let form = LoginForm {
        next: q.next,
        ..Default::default()
    };
    Ok(login_form(
        lang,
        &ctx,
        &form,
        &[],
        StatusCode::OK,
        notice.as_deref(),
    ))
}

fn login_form(
    lang: Lang,
    ctx: &Ctx,
    form: &LoginForm,
    errors: &[FieldError],
    status: StatusCode,
    notice: Option<&str>,
) -> Response {
    let l = lang.code();
    let body = html! {
        h1 { (t(lang, "login-title")) }
        @if let Some(n) = notice { p.notice role="status" { (n) } }
        p { (t(lang, "login-intro")) }
        (error_summary(lang, errors))
        form method="post" action=(format!("/{l}/login")) novalidate {
            (csrf_field(ctx))
            input type="hidden" name="next" value=(form.next);
            (text_input("email", &t(lang, "field-email"), "email", &form.email, None, errors))
            (text_input("password", &t(lang, "field-password"), "password", "", None, errors))
            button type="submit" { (t(lang, "login-button")) }
        }
        p { a href=(format!("/{l}/password/forgot")) { (t(lang, "forgot-link")) } }
    };
    let mut res = crate::ui::layout::page(lang, &t(lang, "login-title"), "/login", body, None);
    *res.status_mut() = status;
    res
}

async fn login(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    client: ClientAddr,
    Form(form): Form<LoginForm>,
) -> PageResult {
    let email = form.email.trim().to_lowercase();
    let mut errors = Vec::new();
    if email.is_empty() {
        errors.push(FieldError::new("email", t(lang, "error-email-missing")));
    }
    if form.password.is_empty() {
        errors.push(FieldError::new(
            "password",
            t(lang, "error-password-missing"),
        ));
    }
    if !errors.is_empty() {
        return Ok(login_form(
            lang,
            &ctx,
            &form,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
        ));
    }
    let email_key = format!("email:{email}");
    let client = client.key();
    let now = state.now().timestamp();
    let db = &state.db;
    let throttled = db.login_failures(&email_key, WINDOW_SECS, now).await?
        >= MAX_FAILURES_PER_EMAIL
        || db.login_failures(&client, WINDOW_SECS, now).await? >= MAX_FAILURES_PER_CLIENT;
    if throttled {
        let errors = [FieldError::new("email", t(lang, "error-login-throttled"))];
        let mut res = login_form(
            lang,
            &ctx,
            &form,
            &errors,
            StatusCode::TOO_MANY_REQUESTS,
            None,
        );
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(WINDOW_SECS));
        return Ok(res);
    }
    let Some(user) = state.db.check_login(&email, &form.password).await? else {
        if let Err(e) = state
            .db
            .record_login_failure(&[&email_key, &client], now)
            .await
        {
            tracing::error!(error = %e, "recording a failed sign-in");
        }
        let errors = [FieldError::new("email", t(lang, "error-login-failed"))];
        return Ok(login_form(
            lang,
            &ctx,
            &form,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
        ));
    };
    let _ = state.db.clear_login_failures(&email_key, now).await;
    let ttl = state.config.session_hours * 3600;
    let secret = state.db.create_session(user.id, ttl, now).await?;
    // The language signed in with becomes that of the person's e-mails,
    // unless they chose one ("My e-mails").
    if let Err(e) = state.db.set_mail_lang_if_unset(user.id, lang.code()).await {
        tracing::error!(error = %e, "remembering the e-mail language");
    }
    tracing::info!(user = user.id, "signed in");
    let mut res = Redirect::to(&safe_next(lang, &form.next)).into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, session_cookie(&state), &secret, Some(ttl)),
    );
    Ok(res)
}

async fn logout(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: axum::http::HeaderMap,
) -> PageResult {
    let lang = Lang::parse(&lang).unwrap_or(Lang::Fr);
    if let Some(secret) = cookie(&headers, session_cookie(&state)) {
        state
            .db
            .delete_session(secret, state.now().timestamp())
            .await?;
    }
    let mut res = Redirect::to(&format!("/{}/login?signed_out=1", lang.code())).into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, session_cookie(&state), "", Some(0)),
    );
    Ok(res)
}

#[derive(Debug, Default, Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
}

async fn forgot_page(PageLang(lang): PageLang, ctx: Ctx) -> PageResult {
    Ok(forgot_form(lang, &ctx, "", &[], None))
}

fn forgot_form(
    lang: Lang,
    ctx: &Ctx,
    email: &str,
    errors: &[FieldError],
    done: Option<&str>,
) -> Response {
    let l = lang.code();
    let body = html! {
        h1 { (t(lang, "forgot-title")) }
        @if let Some(done) = done {
            p.notice role="status" { (done) }
        }
        p { (t(lang, "forgot-intro")) }
        (error_summary(lang, errors))
        form method="post" action=(format!("/{l}/password/forgot")) novalidate {
            (csrf_field(ctx))
            (text_input("email", &t(lang, "field-email"), "email", email, None, errors))
            button type="submit" { (t(lang, "forgot-button")) }
        }
        p { a href=(format!("/{l}/login")) { (t(lang, "login-title")) } }
    };
    crate::ui::layout::page(
        lang,
        &t(lang, "forgot-title"),
        "/password/forgot",
        body,
        None,
    )
}

/// Sends a reset link when the account exists; the answer is the same either
/// way, so the form does not reveal who has an account.
async fn forgot(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    Form(form): Form<EmailForm>,
) -> PageResult {
    let Some(email) = domain::account::normalise_email(&form.email) else {
        let errors = [FieldError::new("email", t(lang, "error-email-invalid"))];
        return Ok(forgot_form(lang, &ctx, &form.email, &errors, None));
    };
    if let Some(user) = state.db.user_by_email(&email).await?
        && user.active
        && let Err(e) = send_link(&state, lang, &user, LinkPurpose::Reset).await
    {
        tracing::error!(error = %e, "reset link not sent");
    }
    Ok(forgot_form(
        lang,
        &ctx,
        "",
        &[],
        Some(&t(lang, "forgot-sent")),
    ))
}

/// Creates a one-time link for `user` and e-mails it.
pub async fn send_link(
    state: &AppState,
    lang: Lang,
    user: &store::accounts::User,
    purpose: LinkPurpose,
) -> Result<(), String> {
    let now = state.now().timestamp();
    send_link_with(
        &state.db,
        &state.config,
        &state.mailer,
        lang,
        user,
        purpose,
        now,
    )
    .await
}

/// [`send_link`] without a running application (the `passerelle admin` commands).
pub async fn send_link_with(
    db: &store::Db,
    config: &crate::Config,
    mailer: &crate::mail::Mailer,
    lang: Lang,
    user: &store::accounts::User,
    purpose: LinkPurpose,
    now: i64,
) -> Result<(), String> {
    let (ttl, path, subject, text) = match purpose {
        LinkPurpose::Invite => (
            INVITE_TTL,
            "invitation",
            "mail-invite-subject",
            "mail-invite-body",
        ),
        LinkPurpose::Reset => (
            RESET_TTL,
            "password/reset",
            "mail-reset-subject",
            "mail-reset-body",
        ),
    };
    let secret = db
        .create_link(user.id, purpose, ttl, now)
        .await
        .map_err(|e| e.to_string())?;
    let link = config.link(&format!("/{}/{path}?token={secret}", lang.code()));
    let mail = Mail {
        to: user.email.clone(),
        subject: t(lang, subject),
        body: t_args(
            lang,
            text,
            &[("name", user.name.clone().into()), ("link", link.into())],
        ),
    };
    mailer
        .send(&config.mail_from, &mail)
        .await
        .map_err(|e| e.to_string())
}

#[derive(Debug, Default, Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct NewPasswordForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

async fn reset_page(
    state: State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    Query(q): Query<TokenQuery>,
) -> PageResult {
    new_password_page(state, lang, ctx, q.token, LinkPurpose::Reset).await
}

async fn invitation_page(
    state: State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    Query(q): Query<TokenQuery>,
) -> PageResult {
    new_password_page(state, lang, ctx, q.token, LinkPurpose::Invite).await
}

async fn new_password_page(
    State(state): State<AppState>,
    lang: Lang,
    ctx: Ctx,
    token: String,
    purpose: LinkPurpose,
) -> PageResult {
    let user = state
        .db
        .link_user(&token, purpose, state.now().timestamp())
        .await?;
    Ok(match user {
        Some(user) => new_password_form(lang, &ctx, purpose, &user.email, &token, &[]),
        None => link_expired(lang),
    })
}

fn link_expired(lang: Lang) -> Response {
    let l = lang.code();
    let body = html! {
        h1 { (t(lang, "link-expired-title")) }
        p { (t(lang, "link-expired-text")) }
        p { a href=(format!("/{l}/password/forgot")) { (t(lang, "forgot-link")) } }
    };
    let mut res =
        crate::ui::layout::page(lang, &t(lang, "link-expired-title"), "/login", body, None);
    *res.status_mut() = StatusCode::GONE;
    res
}

fn new_password_form(
    lang: Lang,
    ctx: &Ctx,
    purpose: LinkPurpose,
    email: &str,
    token: &str,
    errors: &[FieldError],
) -> Response {
    let l = lang.code();
    let (title, action) = match purpose {
        LinkPurpose::Invite => (t(lang, "invite-title"), format!("/{l}/invitation")),
        LinkPurpose::Reset => (t(lang, "reset-title"), format!("/{l}/password/reset")),
    };
    let hint = t_args(
        lang,
        "password-hint",
        &[("min", domain::account::MIN_PASSWORD_CHARS.into())],
    );
    let body = html! {
        h1 { (title) }
        p { (t_args(lang, "new-password-for", &[("email", email.to_owned().into())])) }
        (error_summary(lang, errors))
        form method="post" action=(action) novalidate {
            (csrf_field(ctx))
            input type="hidden" name="token" value=(token);
            (text_input("password", &t(lang, "field-new-password"), "password", "", Some(&hint), errors))
            (text_input("confirm", &t(lang, "field-confirm-password"), "password", "", None, errors))
            button type="submit" { (t(lang, "save-password")) }
        }
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut res = crate::ui::layout::page(lang, &title, "/login", body, None);
    *res.status_mut() = status;
    res
}

async fn reset(
    state: State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    Form(form): Form<NewPasswordForm>,
) -> PageResult {
    set_new_password(state, lang, ctx, form, LinkPurpose::Reset).await
}

async fn invitation(
    state: State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    Form(form): Form<NewPasswordForm>,
) -> PageResult {
    set_new_password(state, lang, ctx, form, LinkPurpose::Invite).await
}

async fn set_new_password(
    State(state): State<AppState>,
    lang: Lang,
    ctx: Ctx,
    form: NewPasswordForm,
    purpose: LinkPurpose,
) -> PageResult {
    let Some(user) = state
        .db
        .link_user(&form.token, purpose, state.now().timestamp())
        .await?
    else {
        return Ok(link_expired(lang));
    };
    let mut errors = Vec::new();
    match check_new_password(&form.password, &user.email) {
        Ok(()) => {}
        Err(PasswordProblem::TooShort) => errors.push(FieldError::new(
            "password",
            t_args(
                lang,
                "error-password-short",
                &[("min", domain::account::MIN_PASSWORD_CHARS.into())],
            ),
        )),
        Err(PasswordProblem::TooLong) => {
            errors.push(FieldError::new("password", t(lang, "error-password-long")))
        }
        Err(PasswordProblem::SameAsEmail) => {
            errors.push(FieldError::new("password", t(lang, "error-password-email")))
        }
    }
    if errors.is_empty() && form.password != form.confirm {
        errors.push(FieldError::new(
            "confirm",
            t(lang, "error-password-confirm"),
        ));
    }
    if !errors.is_empty() {
        return Ok(new_password_form(
            lang,
            &ctx,
            purpose,
            &user.email,
            &form.token,
            &errors,
        ));
    }
    let used = state
        .db
        .use_link(
            &form.token,
            purpose,
            &form.password,
            state.now().timestamp(),
        )
        .await?;
    Ok(if used {
        Redirect::to(&format!("/{}/login?password_set=1", lang.code())).into_response()
    } else {
        link_expired(lang)
    })
}

/// The back-office home: what this person can do, by role.
async fn home(PageLang(lang): PageLang, ctx: Ctx) -> PageResult {
    let user = ctx.user()?;
    let l = lang.code();
    let role_key = format!("role-{}", user.role.code());
    let body = html! {
        h1 { (t(lang, "bo-title")) }
        p { (t_args(lang, "bo-welcome", &[("name", user.name.clone().into()), ("role", t(lang, &role_key).into())])) }
        ul.bo-links {
            @for (path, key, show) in crate::ui::layout::BO_LINKS {
                @if show(user.role) {
                    li { a href=(format!("/{l}/bo/{path}")) { (t(lang, key)) } }
                }
            }
        }
        @if user.role == Role::Referrer {
            p { a href=(format!("/{l}/search")) { (t(lang, "bo-find-place")) } }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &t(lang, "bo-title"),
        "/bo/",
        body,
    ))
}
