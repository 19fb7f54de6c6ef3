//! The applicant's space: an organisation registers (an account of role
//! applicant, a link by e-mail to choose its password), starts an
//! application to an open call, saves it as a draft as often as needed
//! (nothing typed is lost: a value that cannot be read comes back with its
//! error, 422), submits it when the call's rules pass (each failed rule in
//! words), and answers the coordination's request for corrections. An
//! applicant sees its own organisations' applications only.

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Multipart, Path, RawQuery, State};
use axum::handler::Handler;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::{Access, Role};
use domain::grants::application::{
    Action, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, StepRefusal, attachment_type,
};
use domain::grants::call::{ORGANISATION_KINDS, label_in};
use domain::vocab::VocabKind;
use maud::{Markup, html};
use store::accounts::LinkPurpose;
use store::audit::NewAudit;
use store::grants::applications::StepError;
use store::grants::{Application, Call, NewApplication};

use crate::AppState;
use crate::antispam::{HONEYPOT, Stamp, check_stamp};
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::calls::{ApplicationForm, Problem, submission_problems};
use crate::ui::calls::{
    application_view, history, ineligible_words, kind_words, rules, status_words,
};
use crate::ui::form::{FieldError, error_summary, text_input, textarea};
use crate::ui::format::label;
use crate::ui::layout::{back_office_page, page};
use crate::ui::{PageError, PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/applicant/register", Access::Public, register_page)
        .post("/{lang}/applicant/register", Access::Public, register)
        .get("/{lang}/bo/applications", Access::APPLICANTS, list_page)
        .post("/{lang}/bo/applications/new", Access::APPLICANTS, start)
        .get(
            "/{lang}/bo/applications/{id}",
            Access::APPLICANTS,
            application_page,
        )
        .post("/{lang}/bo/applications/{id}", Access::APPLICANTS, save)
        .post(
            "/{lang}/bo/applications/{id}/attachments",
            Access::APPLICANTS,
            attach.layer(DefaultBodyLimit::max(MAX_ATTACHMENT_BYTES + 64 * 1024)),
        )
        .get(
            "/{lang}/bo/applications/{id}/attachments/{file}",
            Access::APPLICANTS,
            download,
        )
        .post(
            "/{lang}/bo/applications/{id}/attachments/{file}/delete",
            Access::APPLICANTS,
            detach,
        )
}

/// Why a file was not attached (the page says it, after the redirect).
const ATTACH_PROBLEMS: [&str; 4] = ["too-large", "kind", "count", "none"];

fn problems_to_errors(lang: Lang, problems: &[Problem]) -> Vec<FieldError> {
    problems
        .iter()
        .map(|p| {
            let args: Vec<(&str, crate::i18n::Arg)> =
                p.args.iter().map(|(k, v)| (*k, v.clone().into())).collect();
            FieldError::new(&p.field, t_args(lang, p.key, &args))
        })
        .collect()
}

// ---- Registration ----

#[derive(Debug, Default, Clone)]
struct RegisterForm {
    organisation: String,
    kind: String,
    company_number: String,
    name: String,
    email: String,
}

fn parse_register(body: &[u8]) -> (RegisterForm, String, String) {
    let mut f = RegisterForm::default();
    let (mut stamp, mut trap) = (String::new(), String::new());
    for (k, v) in form_urlencoded::parse(body) {
        let v = v.trim().to_owned();
        match k.as_ref() {
            "organisation" => f.organisation = v,
            "kind" => f.kind = v,
            "company_number" => f.company_number = v,
            "name" => f.name = v,
            "email" => f.email = v,
            "stamp" => stamp = v,
            k if k == HONEYPOT => trap = v,
            _ => {}
        }
    }
    (f, stamp, trap)
}

fn render_register(
    state: &AppState,
    lang: Lang,
    f: &RegisterForm,
    errors: &[FieldError],
    sent: bool,
) -> Response {
    let l = lang.code();
    let title = t(lang, "calls-register-title");
    let kinds = html! {
        option value="" selected[f.kind.is_empty()] { (t(lang, "calls-choose")) }
        @for k in ORGANISATION_KINDS {
            option value=(k) selected[f.kind == k] { (kind_words(lang, k)) }
        }
    };
    let body = html! {
        h1 { (title) }
        @if sent {
            p.notice role="status" #register-sent { (t(lang, "calls-register-sent")) }
        } @else {
            p { (t(lang, "calls-register-intro")) }
            (error_summary(lang, errors))
            form method="post" action=(format!("/{l}/applicant/register")) novalidate {
                (crate::antispam::fields(lang, state.now().timestamp()))
                (text_input("organisation", &t(lang, "calls-register-organisation"), "text", &f.organisation, None, errors))
                (crate::ui::form::select_field("kind", &t(lang, "calls-register-kind"), None, errors, kinds))
                (text_input("company_number", &t(lang, "calls-register-company"), "text", &f.company_number, Some(&t(lang, "calls-register-company-hint")), errors))
                (text_input("name", &t(lang, "calls-register-name"), "text", &f.name, None, errors))
                (text_input("email", &t(lang, "calls-register-email"), "email", &f.email, Some(&t(lang, "calls-register-email-hint")), errors))
                button type="submit" { (t(lang, "calls-register-button")) }
            }
            p { a href=(format!("/{l}/login")) { (t(lang, "calls-register-have-account")) } }
        }
    };
    // The frame says "Error:" before the title when the form has errors.
    let mut res = page(lang, &title, "/applicant/register", body, None);
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

async fn register_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(q): RawQuery,
) -> Response {
    render_register(
        &state,
        lang,
        &RegisterForm::default(),
        &[],
        q.as_deref() == Some("sent"),
    )
}

async fn register(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    body: Bytes,
) -> PageResult {
    let (f, stamp, trap) = parse_register(&body);
    let now = state.now().timestamp();
    let mut errors = Vec::new();
    match check_stamp(&stamp, now) {
        Stamp::Good => {}
        Stamp::TooFast | Stamp::Expired => errors.push(FieldError::new(
            "organisation",
            t(lang, "calls-register-again"),
        )),
    }
    if f.organisation.is_empty() || f.organisation.chars().count() > 200 {
        errors.push(FieldError::new(
            "organisation",
            t(lang, "calls-register-organisation-error"),
        ));
    }
    if !ORGANISATION_KINDS.contains(&f.kind.as_str()) {
        errors.push(FieldError::new(
            "kind",
            t(lang, "calls-register-kind-error"),
        ));
    }
    let number = if f.company_number.is_empty() {
        None
    } else {
        match domain::company_number::CompanyNumber::parse(&f.company_number) {
            Ok(n) => Some(n.digits().to_owned()),
            Err(_) => {
                errors.push(FieldError::new(
                    "company_number",
                    t(lang, "calls-register-company-error"),
                ));
                None
            }
        }
    };
    if f.name.is_empty() {
        errors.push(FieldError::new("name", t(lang, "error-name-missing")));
    }
    let email = domain::account::normalise_email(&f.email);
    if email.is_none() {
        errors.push(FieldError::new("email", t(lang, "error-email-invalid")));
    }
    if !errors.is_empty() {
        return Ok(render_register(&state, lang, &f, &errors, false));
    }
    let email = email.unwrap_or_default();
    // A filled trap, or an address that already has an account: the same
    // answer as a success, so that the form tells nobody who has one.
    if !trap.is_empty() || state.db.user_by_email(&email).await?.is_some() {
        return Ok(
            Redirect::to(&format!("/{}/applicant/register?sent", lang.code())).into_response(),
        );
    }
    let org = state
        .db
        .ensure_organisation(&f.organisation, &f.kind, number.as_deref(), now)
        .await?;
    let id = state
        .db
        .create_user(&email, &f.name, Role::Applicant, &[org], None, now)
        .await?;
    let _ = state
        .db
        .audit(
            &NewAudit {
                user_id: Some(id),
                action: "grant.applicant.register",
                entity: "user",
                entity_id: Some(id),
                after: Some(serde_json::json!({"organisation": org, "kind": f.kind})),
                ..Default::default()
            },
            now,
        )
        .await;
    state.db.set_mail_lang_if_unset(id, lang.code()).await?;
    if let Some(user) = state.db.user_by_id(id).await?
        && let Err(e) = super::account::send_link(&state, lang, &user, LinkPurpose::Invite).await
    {
        tracing::warn!("applicant {id}: the link was not sent: {e}");
    }
    Ok(Redirect::to(&format!("/{}/applicant/register?sent", lang.code())).into_response())
}

// ---- The applicant's applications ----

/// The application, when it belongs to one of the account's organisations.
async fn own(state: &AppState, ctx: &Ctx, id: i64) -> Result<(Application, Call), PageError> {
    let user = ctx.user()?;
    let a = state.db.application(id).await?.ok_or(PageError::NotFound)?;
    if !user.organisations.contains(&a.organisation.id) {
        return Err(PageError::NotFound);
    }
    let call = state.db.call(a.call_id).await?.ok_or(PageError::NotFound)?;
    Ok((a, call))
}

async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let l = lang.code();
    let now = state.now().timestamp();
    let mine = state
        .db
        .applications_of_organisations(&user.organisations)
        .await?;
    let calls = state.db.calls().await?;
    let open: Vec<&Call> = calls.iter().filter(|c| c.is_open(now)).collect();
    let tz = state.region.timezone;
    let title = t(lang, "calls-applications-title");
    let body = html! {
        h1 { (title) }
        section aria-labelledby="open-calls-h" {
            h2 #open-calls-h { (t(lang, "calls-open-title")) }
            @if open.is_empty() { p { (t(lang, "calls-none-open")) } }
            ul.cards {
                @for c in &open {
                    li {
                        h3 { a href=(format!("/{l}/calls/{}", c.def.key)) { (c.text(l).title) } }
                        p { (t(lang, "calls-closes")) " " (crate::ui::format::local_datetime(lang, tz, c.def.closes_at)) }
                        form method="post" action=(format!("/{l}/bo/applications/new")) {
                            (csrf_field(&ctx))
                            input type="hidden" name="call" value=(c.def.key);
                            button type="submit" { (t_args(lang, "calls-start", &[("call", c.text(l).title.clone().into())])) }
                        }
                    }
                }
            }
        }
        section aria-labelledby="mine-h" {
            h2 #mine-h { (t(lang, "calls-mine-title")) }
            @if mine.is_empty() { p { (t(lang, "calls-mine-none")) } }
            ul {
                @for a in &mine {
                    li {
                        a href=(format!("/{l}/bo/applications/{}", a.id)) {
                            @if a.app.title.is_empty() { (t(lang, "calls-untitled")) } @else { (a.app.title) }
                        }
                        " — " (status_words(lang, a.status))
                        @if let Some(r) = &a.reference { " — " bdi { (r) } }
                    }
                }
            }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &title,
        "/bo/applications",
        body,
    ))
}

async fn start(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let key = form_urlencoded::parse(&body)
        .find(|(k, _)| k == "call")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    let call = state
        .db
        .call_by_key(&key)
        .await?
        .ok_or(PageError::NotFound)?;
    let now = state.now().timestamp();
    if !call.is_open(now) {
        return Err(PageError::conflict(
            t(lang, "calls-closed-title"),
            html! { p { (t(lang, "calls-inel-closed")) } },
        ));
    }
    let org = *user.organisations.first().ok_or(PageError::Forbidden)?;
    let app_lang = if call.def.languages.iter().any(|l| l == lang.code()) {
        lang.code().to_owned()
    } else {
        call.def.languages[0].clone()
    };
    let new = NewApplication {
        lang: app_lang,
        ..Default::default()
    };
    let id = state
        .db
        .create_application(call.id, org, &new, Some(user.id), now)
        .await?;
    Ok(Redirect::to(&format!("/{}/bo/applications/{id}", lang.code())).into_response())
}

async fn application_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let (a, call) = own(&state, &ctx, id).await?;
    let notice = match q.as_deref() {
        Some("saved") => Some(t(lang, "calls-saved")),
        Some("submitted") => Some(t(lang, "calls-submitted")),
        Some("attached") => Some(t(lang, "calls-attached")),
        _ => None,
    };
    let form = ApplicationForm::of(&a.app);
    let errors: Vec<FieldError> = q
        .as_deref()
        .and_then(|q| q.strip_prefix("attachment="))
        .filter(|p| ATTACH_PROBLEMS.contains(p))
        .map(|p| {
            vec![FieldError::new(
                "file",
                t_args(
                    lang,
                    &format!("calls-attach-error-{p}"),
                    &[("count", MAX_ATTACHMENTS.into())],
                ),
            )]
        })
        .unwrap_or_default();
    render(&state, lang, &ctx, &a, &call, &form, &errors, &[], notice).await
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    a: &Application,
    call: &Call,
    form: &ApplicationForm,
    errors: &[FieldError],
    ineligible: &[String],
    notice: Option<String>,
) -> PageResult {
    let l = lang.code();
    let tz = state.region.timezone;
    let events = state.db.application_events(a.id).await?;
    let files = state.db.attachments(a.id).await?;
    let corrections = events
        .iter()
        .rev()
        .find(|e| e.action == Action::CorrectionsAsked)
        .filter(|_| a.status == domain::grants::application::Status::Corrections)
        .and_then(|e| e.note.clone());
    let title = if a.app.title.is_empty() {
        t(lang, "calls-untitled")
    } else {
        a.app.title.clone()
    };
    let call_title = call.text(l).title.clone();
    let body = html! {
        p { a href=(format!("/{l}/bo/applications")) { (t(lang, "calls-back-to-mine")) } }
        h1 { (title) }
        p #application-status {
            (t_args(lang, "calls-application-of", &[("call", call_title.clone().into())])) " "
            strong { (status_words(lang, a.status)) }
            @if let Some(r) = &a.reference { " — " (t(lang, "calls-reference")) " " bdi { (r) } }
        }
        @if let Some(n) = notice { p.notice role="status" { (n) } }
        @if let Some(reason) = &corrections {
            div.notice #corrections-asked role="note" {
                h2 { (t(lang, "calls-corrections-asked")) }
                p { (reason) }
            }
        }
        @if !ineligible.is_empty() {
            div.error-summary #ineligible role="alert" tabindex="-1" autofocus {
                h2 { (t(lang, "calls-ineligible-title")) }
                ul { @for w in ineligible { li { (w) } } }
            }
        }
        (error_summary(lang, errors))
        @if a.status.editable() {
            (edit_form(state, lang, ctx, a, call, form, errors))
        } @else {
            (application_view(lang, &state.region, call, a))
        }
        (attachments_section(lang, ctx, a, &files, errors))
        details {
            summary { (t(lang, "calls-rules-of")) }
            (rules(lang, tz, call))
        }
        section aria-labelledby="history-h" {
            h2 #history-h { (t(lang, "calls-history-title")) }
            (history(lang, tz, &events))
        }
    };
    let has_errors = !errors.is_empty() || !ineligible.is_empty();
    Ok(crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        &format!("/bo/applications/{}", a.id),
        body,
        has_errors,
    ))
}

fn edit_form(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    a: &Application,
    call: &Call,
    f: &ApplicationForm,
    errors: &[FieldError],
) -> Markup {
    let l = lang.code();
    let langs = html! {
        @for code in &call.def.languages {
            @if let Some(x) = Lang::parse(code) {
                option value=(code) lang=(code) selected[&f.lang == code] { (x.autonym()) }
            }
        }
    };
    let publics_error = crate::ui::form::error_for(errors, "publics");
    let corrections = a.status == domain::grants::application::Status::Corrections;
    html! {
        form method="post" action=(format!("/{l}/bo/applications/{}", a.id)) novalidate {
            (csrf_field(ctx))
            (crate::ui::form::select_field("lang", &t(lang, "calls-field-lang"), None, errors, langs))
            (text_input("title", &t(lang, "calls-field-title"), "text", &f.title, None, errors))
            (text_input("postcode", &t(lang, "calls-field-postcode"), "text", &f.postcode, Some(&t(lang, "calls-field-postcode-hint")), errors))
            (text_input("amount", &t(lang, "calls-field-amount"), "text", &f.amount,
                Some(&t_args(lang, "calls-field-amount-hint", &[
                    ("min", domain::money::euros_text(call.def.min_cents).into()),
                    ("max", domain::money::euros_text(call.def.max_cents).into()),
                ])), errors))
            fieldset.field {
                legend { (t(lang, "calls-field-publics")) }
                @if let Some(e) = publics_error { p.field-error { (e) } }
                @for term in state.vocab.terms(VocabKind::Public) {
                    div.check {
                        input type="checkbox" id=(format!("publics-{}", term.code)) name="publics" value=(term.code)
                            checked[f.publics.contains(&term.code)];
                        label for=(format!("publics-{}", term.code)) { (label(lang, VocabKind::Public, &term.code)) }
                    }
                }
            }
            (textarea("description", &t(lang, "calls-field-description"), Some(&t(lang, "calls-field-description-hint")), &f.description, errors))
            @for q in &call.def.questions {
                (textarea(&format!("q_{}", q.key), label_in(&q.labels, l, &call.def.languages),
                    Some(&t_args(lang, if q.required { "calls-question-required" } else { "calls-question-optional" }, &[("max", (q.max_chars as usize).into())])),
                    f.answers.get(&q.key).map(String::as_str).unwrap_or(""), errors))
            }
            fieldset.field.budget-lines {
                legend { (t(lang, "calls-budget-title")) }
                p.hint { (t(lang, "calls-budget-hint")) }
                input type="hidden" name="rows" value=(f.rows());
                @for i in 0..f.rows() {
                    @let (what, amount) = f.budget.get(i).cloned().unwrap_or_default();
                    div.budget-line {
                        (text_input(&format!("budget_what_{i}"), &t_args(lang, "calls-budget-what-n", &[("n", (i + 1).into())]), "text", &what, None, errors))
                        (text_input(&format!("budget_amount_{i}"), &t_args(lang, "calls-budget-amount-n", &[("n", (i + 1).into())]), "text", &amount, None, errors))
                    }
                }
                button.secondary type="submit" name="action" value="add_line" { (t(lang, "calls-budget-add")) }
            }
            @if corrections {
                (textarea("note", &t(lang, "calls-answer-note"), Some(&t(lang, "calls-answer-note-hint")), &f.note, errors))
            }
            div.actions {
                button.secondary type="submit" name="action" value="save" { (t(lang, "calls-save")) }
                @if corrections {
                    button type="submit" name="action" value="answer" { (t(lang, "calls-answer")) }
                } @else {
                    button type="submit" name="action" value="submit" { (t(lang, "calls-submit")) }
                }
            }
        }
    }
}

async fn save(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let (a, call) = own(&state, &ctx, id).await?;
    let user = ctx.user()?;
    if !a.status.editable() {
        return Err(PageError::conflict(
            t(lang, "calls-not-editable-title"),
            html! { p { (t(lang, "calls-not-editable")) } },
        ));
    }
    let form = ApplicationForm::parse(&body);
    let now = state.now().timestamp();
    let new = match form.read(&state, &call) {
        Ok(n) => n,
        Err(problems) => {
            let errors = problems_to_errors(lang, &problems);
            return render(&state, lang, &ctx, &a, &call, &form, &errors, &[], None).await;
        }
    };
    state
        .db
        .update_application(id, &new, Some(user.id), now)
        .await?;
    match form.action.as_str() {
        "add_line" => {
            // The page again, with one more empty line (nothing is lost: it was saved).
            let a = state.db.application(id).await?.ok_or(PageError::NotFound)?;
            let mut shown = ApplicationForm::of(&a.app);
            shown.budget = form.budget.clone();
            shown.note = form.note.clone();
            shown.action = form.action.clone();
            shown.shown_rows = form.shown_rows;
            render(
                &state,
                lang,
                &ctx,
                &a,
                &call,
                &shown,
                &[],
                &[],
                Some(t(lang, "calls-saved")),
            )
            .await
            .map(|mut r| {
                *r.status_mut() = StatusCode::OK;
                r
            })
        }
        "submit" | "answer" => {
            let a = state.db.application(id).await?.ok_or(PageError::NotFound)?;
            let (missing, why) = submission_problems(&state, &call, &a, now);
            if !missing.is_empty() || !why.is_empty() {
                let errors = problems_to_errors(lang, &missing);
                let words: Vec<String> = why
                    .iter()
                    .map(|w| ineligible_words(lang, &call, w))
                    .collect();
                return render(&state, lang, &ctx, &a, &call, &form, &errors, &words, None).await;
            }
            let action = if form.action == "answer" {
                Action::CorrectionsAnswered
            } else {
                Action::Submitted
            };
            let note = Some(form.note.trim()).filter(|n| !n.is_empty());
            match state
                .db
                .step_application(id, action, note, Some(user.id), now)
                .await
            {
                Ok(_) => {}
                Err(StepError::Refused(StepRefusal::NotNow | StepRefusal::ReasonNeeded)) => {
                    return Err(PageError::conflict(
                        t(lang, "calls-not-editable-title"),
                        html! { p { (t(lang, "calls-not-editable")) } },
                    ));
                }
                Err(StepError::Store(e)) => return Err(e.into()),
            }
            Ok(
                Redirect::to(&format!("/{}/bo/applications/{id}?submitted", lang.code()))
                    .into_response(),
            )
        }
        _ => Ok(
            Redirect::to(&format!("/{}/bo/applications/{id}?saved", lang.code())).into_response(),
        ),
    }
}

fn attachments_section(
    lang: Lang,
    ctx: &Ctx,
    a: &Application,
    files: &[store::grants::attachments::Attachment],
    errors: &[FieldError],
) -> Markup {
    let l = lang.code();
    let base = format!("/{l}/bo/applications/{}/attachments", a.id);
    let editable = a.status.editable();
    html! {
        section aria-labelledby="files-h" #attachments {
            h2 #files-h { (t(lang, "calls-attachments-title")) }
            @if files.is_empty() { p { (t(lang, "calls-attachments-none")) } }
            ul {
                @for f in files {
                    li {
                        a href=(format!("{base}/{}", f.id)) download { bdi { (f.filename) } }
                        " (" (crate::ui::calls::size_words(lang, f.size_bytes)) ")"
                        @if editable {
                            form.inline method="post" action=(format!("{base}/{}/delete", f.id)) {
                                (csrf_field(ctx))
                                button.secondary type="submit" aria-label=(t_args(lang, "calls-detach-label", &[("file", f.filename.clone().into())])) { (t(lang, "calls-detach")) }
                            }
                        }
                    }
                }
            }
            @if editable {
                form method="post" enctype="multipart/form-data" action=(format!("{base}?_csrf={}", ctx.csrf())) {
                    (crate::ui::form::field("file", &t(lang, "calls-attach-file"), Some(&t(lang, "calls-attach-hint")), errors, |aria| html! {
                        input #file name="file" type="file" accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.odt,.ods"
                            aria-invalid=[aria.invalid] aria-describedby=[aria.described_by];
                    }))
                    button.secondary type="submit" { (t(lang, "calls-attach")) }
                }
            }
        }
    }
}

async fn attach(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    ctx: Ctx,
    mut multipart: Multipart,
) -> PageResult {
    let (a, _) = own(&state, &ctx, id).await?;
    let user = ctx.user()?;
    let back = |p: &str| {
        Ok(Redirect::to(&format!("/{}/bo/applications/{id}?{p}", lang.code())).into_response())
    };
    if !a.status.editable() {
        return Err(PageError::conflict(
            t(lang, "calls-not-editable-title"),
            html! { p { (t(lang, "calls-not-editable")) } },
        ));
    }
    let mut file: Option<(String, Vec<u8>)> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                let name = field.file_name().unwrap_or("").to_owned();
                match field.bytes().await {
                    Ok(b) if b.len() > MAX_ATTACHMENT_BYTES => return back("attachment=too-large"),
                    Ok(b) => file = Some((name, b.to_vec())),
                    Err(_) => return back("attachment=too-large"),
                }
            }
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(_) => return back("attachment=too-large"),
        }
    }
    let Some((name, bytes)) = file.filter(|(n, b)| !n.is_empty() && !b.is_empty()) else {
        return back("attachment=none");
    };
    let name = crate::ui::download::sanitise(&name);
    let Some(kind) = attachment_type(&name, &bytes) else {
        return back("attachment=kind");
    };
    if state.db.attachments(id).await?.len() >= MAX_ATTACHMENTS {
        return back("attachment=count");
    }
    state
        .db
        .add_attachment(
            id,
            &name,
            kind,
            &bytes,
            Some(user.id),
            state.now().timestamp(),
        )
        .await?;
    back("attached")
}

async fn download(
    State(state): State<AppState>,
    Path((_, id, file)): Path<(String, i64, i64)>,
    ctx: Ctx,
) -> PageResult {
    own(&state, &ctx, id).await?;
    let (meta, bytes) = state
        .db
        .attachment(file)
        .await?
        .filter(|(m, _)| m.application_id == id)
        .ok_or(PageError::NotFound)?;
    Ok(crate::ui::download::attachment(
        &meta.content_type,
        &meta.filename,
        bytes,
    ))
}

async fn detach(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id, file)): Path<(String, i64, i64)>,
    ctx: Ctx,
) -> PageResult {
    let (a, _) = own(&state, &ctx, id).await?;
    let user = ctx.user()?;
    if !a.status.editable() {
        return Err(PageError::conflict(
            t(lang, "calls-not-editable-title"),
            html! { p { (t(lang, "calls-not-editable")) } },
        ));
    }
    if state
        .db
        .attachment(file)
        .await?
        .is_some_and(|(m, _)| m.application_id == id)
    {
        state
            .db
            .delete_attachment(file, Some(user.id), state.now().timestamp())
            .await?;
    }
    Ok(Redirect::to(&format!("/{}/bo/applications/{id}", lang.code())).into_response())
}
