//! Accounts (administrators invite people) and organisations (the coordination
//! decides which ones publish their changes without moderation).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::account::{Access, Role};
use maud::html;
use serde::Deserialize;
use store::accounts::LinkPurpose;
use store::audit::NewAudit;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::t;
use crate::routes::Routes;
use crate::ui::form::{FieldError, error_for, error_summary, text_input};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/users", Access::ADMIN, users_page)
        .post("/{lang}/bo/users", Access::ADMIN, invite)
        .get(
            "/{lang}/bo/organisations",
            Access::COORDINATION,
            organisations_page,
        )
        .post(
            "/{lang}/bo/organisations/{id}/trust",
            Access::COORDINATION,
            set_trust,
        )
}

#[derive(Debug, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    organisation: String,
}

/// The accounts and the invitation form; after an invitation (redirected
/// here, so that reloading does not invite again) it says whether the
/// e-mail left.
async fn users_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    ctx: Ctx,
) -> PageResult {
    let done = match query.as_deref() {
        Some("invited=sent") => Some(t(lang, "invite-sent")),
        Some("invited=not-sent") => Some(t(lang, "invite-not-sent")),
        _ => None,
    };
    render_users(&state, lang, &ctx, &InviteForm::default(), &[], done).await
}

async fn render_users(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    form: &InviteForm,
    errors: &[FieldError],
    done: Option<String>,
) -> PageResult {
    let users = state.db.list_users().await?;
    let orgs = state.db.list_organisations().await?;
    let l = lang.code();
    let org_name = |id: i64| {
        orgs.iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_string(), |o| o.name.clone())
    };
    let body = html! {
        h1 { (t(lang, "users-title")) }
        @if let Some(done) = &done { p.notice role="status" { (done) } }
        table.bo {
            caption { (t(lang, "users-title")) }
            thead { tr {
                th scope="col" { (t(lang, "field-name")) }
                th scope="col" { (t(lang, "field-email")) }
                th scope="col" { (t(lang, "field-role")) }
                th scope="col" { (t(lang, "field-organisation")) }
            } }
            tbody {
                @for u in &users {
                    tr {
                        td { (u.name) }
                        td { (u.email) }
                        td { (t(lang, &format!("role-{}", u.role.code()))) }
                        td { (u.organisations.iter().map(|o| org_name(*o)).collect::<Vec<_>>().join(", ")) }
                    }
                }
            }
        }
        h2 #invite-title { (t(lang, "invite-heading")) }
        p { (t(lang, "invite-intro")) }
        (error_summary(lang, errors))
        form method="post" action=(format!("/{l}/bo/users")) aria-labelledby="invite-title" novalidate {
            (csrf_field(ctx))
            (text_input("email", &t(lang, "field-email"), "email", &form.email, None, errors))
            (text_input("name", &t(lang, "field-name"), "text", &form.name, None, errors))
            div.field {
                label for="role" { (t(lang, "field-role")) }
                @if let Some(e) = error_for(errors, "role") { p.field-error #role-error { (e) } }
                select #role name="role" aria-invalid=[error_for(errors, "role").map(|_| "true")] aria-describedby=[error_for(errors, "role").map(|_| "role-error")] {
                    @for r in Role::ALL {
                        option value=(r.code()) selected[form.role == r.code()] { (t(lang, &format!("role-{}", r.code()))) }
                    }
                }
            }
            div.field {
                label for="organisation" { (t(lang, "field-organisation")) }
                p.hint #organisation-hint { (t(lang, "invite-organisation-hint")) }
                @if let Some(e) = error_for(errors, "organisation") { p.field-error #organisation-error { (e) } }
                select #organisation name="organisation" aria-describedby="organisation-hint" aria-invalid=[error_for(errors, "organisation").map(|_| "true")] {
                    option value="" { (t(lang, "filter-any")) }
                    @for o in &orgs {
                        option value=(o.id) selected[form.organisation == o.id.to_string()] { (o.name) }
                    }
                }
            }
            button type="submit" { (t(lang, "invite-button")) }
        }
    };
    Ok(crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &t(lang, "users-title"),
        "/bo/users",
        body,
        !errors.is_empty(),
    ))
}

async fn invite(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    Form(form): Form<InviteForm>,
) -> PageResult {
    let mut errors = Vec::new();
    let email = domain::account::normalise_email(&form.email);
    if email.is_none() {
        errors.push(FieldError::new("email", t(lang, "error-email-invalid")));
    }
    if form.name.trim().is_empty() {
        errors.push(FieldError::new("name", t(lang, "error-name-missing")));
    }
    let role = Role::parse(&form.role);
    if role.is_none() {
        errors.push(FieldError::new("role", t(lang, "error-role")));
    }
    let org: Option<i64> = form.organisation.trim().parse().ok();
    if role.is_some_and(|r| r.needs_organisation()) && org.is_none() {
        errors.push(FieldError::new(
            "organisation",
            t(lang, "error-organisation-needed"),
        ));
    }
    if let Some(e) = &email
        && state.db.user_by_email(e).await?.is_some()
    {
        errors.push(FieldError::new("email", t(lang, "error-email-taken")));
    }
    let (Some(email), Some(role), true) = (email, role, errors.is_empty()) else {
        return render_users(&state, lang, &ctx, &form, &errors, None).await;
    };
    let orgs: Vec<i64> = org.into_iter().collect();
    let id = state
        .db
        .create_user(
            &email,
            form.name.trim(),
            role,
            &orgs,
            None,
            state.now().timestamp(),
        )
        .await?;
    let actor = ctx.user.as_ref().map(|u| u.id);
    let _ = state
        .db
        .audit(
            &NewAudit {
                user_id: actor,
                action: "user.invite",
                entity: "user",
                entity_id: Some(id),
                after: Some(
                    serde_json::json!({"email": email, "role": role.code(), "organisations": orgs}),
                ),
                ..Default::default()
            },
            state.now().timestamp(),
        )
        .await;
    let user = state.db.user_by_id(id).await?.ok_or(PageError::NotFound)?;
    let sent = match super::account::send_link(&state, lang, &user, LinkPurpose::Invite).await {
        Ok(()) => "sent",
        Err(_) => "not-sent",
    };
    // Post/redirect/get: reloading the page does not invite again.
    Ok(Redirect::to(&format!("/{}/bo/users?invited={sent}", lang.code())).into_response())
}

async fn organisations_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let orgs = state.db.list_organisations().await?;
    let l = lang.code();
    let body = html! {
        h1 { (t(lang, "organisations-title")) }
        p { (t(lang, "organisations-intro")) }
        table.bo {
            caption { (t(lang, "organisations-title")) }
            thead { tr {
                th scope="col" { (t(lang, "field-name")) }
                th scope="col" { (t(lang, "organisation-trusted")) }
                th scope="col" { (t(lang, "actions")) }
            } }
            tbody {
                @for o in &orgs {
                    tr {
                        td { (o.name) }
                        td { (if o.trusted { t(lang, "yes") } else { t(lang, "no") }) }
                        td {
                            form.inline method="post" action=(format!("/{l}/bo/organisations/{}/trust", o.id)) {
                                (csrf_field(&ctx))
                                input type="hidden" name="trusted" value=(if o.trusted { "false" } else { "true" });
                                button.secondary type="submit" {
                                    (if o.trusted { t(lang, "organisation-untrust") } else { t(lang, "organisation-trust") })
                                    span.visually-hidden { " – " (o.name) }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &t(lang, "organisations-title"),
        "/bo/organisations",
        body,
    ))
}

#[derive(Debug, Deserialize)]
pub struct TrustForm {
    trusted: bool,
}

async fn set_trust(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    ctx: Ctx,
    Form(form): Form<TrustForm>,
) -> PageResult {
    let actor = ctx.user.as_ref().map(|u| u.id);
    let found = state
        .db
        .set_organisation_trusted(id, form.trusted, actor, state.now().timestamp())
        .await?;
    if !found {
        return Err(PageError::NotFound);
    }
    Ok(Redirect::to(&format!("/{}/bo/organisations", lang.code())).into_response())
}
