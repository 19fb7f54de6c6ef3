//! "My e-mails": the language an account is written to in, and whether a
//! referrer wants the news of the people they referred (first visit,
//! follow-up, closing). Every signed-in account has it.

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::account::{Access, Role};
use maud::html;
use store::accounts::MailPreferences;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::t;
use crate::routes::Routes;
use crate::ui::form::{FieldError, error_summary, select_field};
use crate::ui::{PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/account/mails", Access::SignedIn, page)
        .post("/{lang}/bo/account/mails", Access::SignedIn, save)
}

/// What the form sent: the language code ("" for the region's languages)
/// and the checkbox.
fn parse(body: &[u8]) -> (String, bool) {
    let mut lang = String::new();
    let mut progress = false;
    for (k, v) in form_urlencoded::parse(body) {
        match k.as_ref() {
            "mail_lang" => lang = v.trim().to_owned(),
            "referral_progress" => progress = true,
            _ => {}
        }
    }
    (lang, progress)
}

fn render(
    lang: Lang,
    ctx: &Ctx,
    role: Role,
    mail_lang: &str,
    progress: bool,
    errors: &[FieldError],
    saved: bool,
) -> axum::response::Response {
    let l = lang.code();
    let title = t(lang, "account-mails-title");
    let options = html! {
        option value="" selected[mail_lang.is_empty()] { (t(lang, "account-mails-lang-region")) }
        @for x in Lang::STAFF {
            option value=(x.code()) lang=(x.code()) selected[mail_lang == x.code()] { (x.autonym()) }
        }
    };
    let body = html! {
        h1 { (title) }
        @if saved { p.notice role="status" { (t(lang, "account-mails-saved")) } }
        (error_summary(lang, errors))
        form method="post" action=(format!("/{l}/bo/account/mails")) {
            (csrf_field(ctx))
            (select_field("mail_lang", &t(lang, "account-mails-lang"), Some(&t(lang, "account-mails-lang-hint")), errors, options))
            @if role == Role::Referrer {
                fieldset.field {
                    legend { (t(lang, "account-mails-referrals")) }
                    div.check {
                        input #referral_progress type="checkbox" name="referral_progress" value="yes" checked[progress];
                        label for="referral_progress" { (t(lang, "account-mails-referral-progress")) }
                    }
                    p.hint { (t(lang, "account-mails-referral-answers")) }
                }
            }
            button type="submit" { (t(lang, "account-mails-save")) }
        }
    };
    crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        "/bo/account/mails",
        body,
        !errors.is_empty(),
    )
}

async fn page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(query): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let prefs = state.db.mail_preferences(user.id).await?;
    let saved = query.as_deref() == Some("saved");
    Ok(render(
        lang,
        &ctx,
        user.role,
        prefs.lang.as_deref().unwrap_or(""),
        prefs.referral_progress,
        &[],
        saved,
    ))
}

async fn save(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let (mail_lang, progress) = parse(&body);
    let chosen = match mail_lang.as_str() {
        "" => None,
        code => match Lang::parse(code) {
            Some(x) => Some(x.code().to_owned()),
            None => {
                let e = FieldError::new("mail_lang", t(lang, "account-mails-lang-error"));
                return Ok(render(
                    lang,
                    &ctx,
                    user.role,
                    &mail_lang,
                    progress,
                    &[e],
                    false,
                ));
            }
        },
    };
    // Only a referrer sees the checkbox; others keep what they had.
    let referral_progress = if user.role == Role::Referrer {
        progress
    } else {
        state.db.mail_preferences(user.id).await?.referral_progress
    };
    state
        .db
        .set_mail_preferences(
            user.id,
            &MailPreferences {
                lang: chosen,
                referral_progress,
            },
            state.now().timestamp(),
        )
        .await?;
    Ok(Redirect::to(&format!("/{}/bo/account/mails?saved", lang.code())).into_response())
}
