//! Merging two entries that are the same place: choose them (by number, or
//! from a "probable duplicate" finding), compare them side by side, confirm.
//! The kept place gets the removed one's missing details, the old page
//! redirects to it, and the history of both stays in the audit log.

use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::Access;
use maud::{Markup, html};
use serde::Deserialize;
use store::moderation::{MERGE_FIELDS, MergePlan, StoredPlace};

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{Arg, t, t_args};
use crate::routes::Routes;
use crate::ui::form::{FieldError, error_summary, text_input};
use crate::ui::format::label;
use crate::ui::layout::back_office_page;
use crate::ui::{PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/merge", Access::COORDINATION, merge_page)
        .post("/{lang}/bo/merge", Access::COORDINATION, merge)
}

#[derive(Debug, Default, Deserialize)]
pub struct MergeQuery {
    #[serde(default)]
    keep: String,
    #[serde(default)]
    remove: String,
    /// After a merge: the kept place and the removed one.
    merged: Option<i64>,
    from: Option<i64>,
}

/// The two numbers, checked: both places exist and differ.
async fn choose(
    state: &AppState,
    lang: Lang,
    keep: &str,
    remove: &str,
) -> Result<(i64, i64), Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut parse = |field: &str, value: &str| -> Option<i64> {
        match value.trim().trim_start_matches('#').parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => {
                errors.push(FieldError::new(field, t(lang, "merge-error-number")));
                None
            }
        }
    };
    let (k, r) = (parse("keep", keep), parse("remove", remove));
    for (field, id) in [("keep", k), ("remove", r)] {
        if let Some(id) = id {
            match state.db.place_record(id).await {
                Ok(Some(_)) => {}
                Ok(None) => errors.push(FieldError::new(
                    field,
                    t_args(
                        lang,
                        "merge-error-missing",
                        &[("id", id.to_string().into())],
                    ),
                )),
                Err(e) => {
                    tracing::error!(error = %e, "reading a place to merge");
                    errors.push(FieldError::new(field, t(lang, "merge-error-failed")));
                }
            }
        }
    }
    if let (Some(k), Some(r)) = (k, r)
        && k == r
    {
        errors.push(FieldError::new("remove", t(lang, "merge-error-same")));
    }
    match (k, r) {
        (Some(k), Some(r)) if errors.is_empty() => Ok((k, r)),
        _ => Err(errors),
    }
}

async fn merge_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Query(q): Query<MergeQuery>,
    ctx: Ctx,
) -> PageResult {
    if let (Some(keep), Some(from)) = (q.merged, q.from)
        && matches!(state.db.place_redirect(from).await, Ok(Some(k)) if k == keep)
    {
        return Ok(merged_page(lang, &ctx, keep, from));
    }
    if q.keep.trim().is_empty() && q.remove.trim().is_empty() {
        return Ok(render(lang, &ctx, &q.keep, &q.remove, &[], None, None));
    }
    let (k, r) = match choose(&state, lang, &q.keep, &q.remove).await {
        Ok(pair) => pair,
        Err(errors) => return Ok(render(lang, &ctx, &q.keep, &q.remove, &errors, None, None)),
    };
    let plan = state.db.merge_preview(k, r).await?;
    let orgs = organisation_names(&state, &plan).await;
    Ok(render(
        lang,
        &ctx,
        &q.keep,
        &q.remove,
        &[],
        Some(&plan),
        Some(orgs),
    ))
}

async fn organisation_names(state: &AppState, plan: &MergePlan) -> (String, String) {
    let name = |id: i64| async move {
        match state.db.organisation(id).await {
            Ok(Some(o)) => o.name,
            _ => format!("#{id}"),
        }
    };
    (
        name(plan.keep.organisation_id).await,
        name(plan.remove.organisation_id).await,
    )
}

#[derive(Debug, Default, Deserialize)]
pub struct MergeForm {
    #[serde(default)]
    keep: String,
    #[serde(default)]
    remove: String,
}

async fn merge(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    Form(form): Form<MergeForm>,
) -> PageResult {
    let (keep, remove) = match choose(&state, lang, &form.keep, &form.remove).await {
        Ok(pair) => pair,
        Err(errors) => {
            return Ok(render(
                lang,
                &ctx,
                &form.keep,
                &form.remove,
                &errors,
                None,
                None,
            ));
        }
    };
    let actor = ctx.user.as_ref().map(|u| u.id);
    match state
        .db
        .merge_places(keep, remove, actor, state.now().timestamp())
        .await
    {
        Ok(_) => {}
        // Merged by someone else in the meantime.
        Err(store::StoreError::Invalid(_)) => {
            let errors = [FieldError::new("remove", t(lang, "merge-error-failed"))];
            return Ok(render(
                lang,
                &ctx,
                &form.keep,
                &form.remove,
                &errors,
                None,
                None,
            ));
        }
        Err(e) => return Err(e.into()),
    }
    if let Err(e) = state.refresh().await {
        tracing::warn!(error = %e, "directory refresh after a merge");
    }
    Ok(Redirect::to(&format!(
        "/{}/bo/merge?merged={keep}&from={remove}",
        lang.code()
    ))
    .into_response())
}

fn merged_page(lang: Lang, ctx: &Ctx, keep: i64, from: i64) -> Response {
    let l = lang.code();
    let body = html! {
        h1 { (t(lang, "merge-done-title")) }
        p.notice role="status" {
            (t_args(lang, "merge-done-text", &[("keep", keep.to_string().into()), ("remove", from.to_string().into())]))
        }
        ul {
            li { a href=(format!("/{l}/places/{keep}")) { (t(lang, "merge-see-public")) } }
            li { a href=(format!("/{l}/bo/places/{keep}")) { (t(lang, "merge-edit-kept")) } }
            li { a href=(format!("/{l}/bo/quality")) { (t(lang, "merge-back-quality")) } }
        }
    };
    back_office_page(lang, ctx, &t(lang, "merge-done-title"), "/bo/merge", body)
}

/// A field's value as a person reads it: vocabulary codes become their labels.
fn shown(lang: Lang, rec: &StoredPlace, field: &str) -> Option<String> {
    use domain::vocab::VocabKind;
    let kind = match field {
        "services" => VocabKind::Service,
        "publics" => VocabKind::Public,
        "languages" => VocabKind::Language,
        "accessibility" => VocabKind::Accessibility,
        "price" => VocabKind::Price,
        "label_status" => {
            return rec
                .field_text(field)
                .map(|code| t(lang, &format!("merge-label-{code}")));
        }
        _ => return rec.field_text(field),
    };
    rec.field_text(field).map(|codes| {
        codes
            .split_whitespace()
            .map(|c| label(lang, kind, c))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

fn value_cell(lang: Lang, v: Option<String>) -> Markup {
    html! {
        @match v {
            Some(v) => span dir="auto" { (v) },
            None => span.small { (t(lang, "merge-empty")) },
        }
    }
}

fn comparison(lang: Lang, plan: &MergePlan, orgs: &(String, String)) -> Markup {
    let (k, r) = (plan.keep.id, plan.remove.id);
    let fixed = |f: &dyn Fn(&StoredPlace) -> String, label: &str| {
        html! {
            tr {
                th scope="row" { (t(lang, label)) }
                td dir="auto" { (f(&plan.keep)) }
                td dir="auto" { (f(&plan.remove)) }
                td { span dir="auto" { (f(&plan.merged)) } br; span.small { (t(lang, "merge-from-kept")) } }
            }
        }
    };
    let kind = |p: &StoredPlace| t(lang, &format!("kind-{}", p.kind));
    let mobile = |p: &StoredPlace| t(lang, if p.mobile { "yes" } else { "no" });
    html! {
        // Focusable, so that a keyboard can scroll the table on a small screen.
        div.table-scroll tabindex="0" role="region" aria-labelledby="merge-compare-caption" {
            table.bo.bomod.merge-compare {
                caption #merge-compare-caption { (t(lang, "merge-compare-caption")) }
                thead { tr {
                    th scope="col" { (t(lang, "merge-col-field")) }
                    th scope="col" { (t_args(lang, "merge-col-keep", &[("id", k.to_string().into())])) }
                    th scope="col" { (t_args(lang, "merge-col-remove", &[("id", r.to_string().into())])) }
                    th scope="col" { (t(lang, "merge-col-result")) }
                } }
                tbody {
                    (fixed(&|p| p.name.clone(), "merge-field-name"))
                    tr {
                        th scope="row" { (t(lang, "merge-field-organisation")) }
                        td dir="auto" { (orgs.0) }
                        td dir="auto" { (orgs.1) }
                        td { span dir="auto" { (orgs.0) } br; span.small { (t(lang, "merge-from-kept")) } }
                    }
                    (fixed(&kind, "merge-field-kind"))
                    (fixed(&mobile, "merge-field-mobile"))
                    @for f in MERGE_FIELDS.iter().filter(|f| {
                        plan.keep.field_text(f).is_some() || plan.remove.field_text(f).is_some()
                    }) {
                        @let filled = plan.filled.contains(f);
                        tr class=(if filled { "filled" } else { "" }) {
                            th scope="row" { (t(lang, &format!("merge-field-{f}"))) }
                            td { (value_cell(lang, shown(lang, &plan.keep, f))) }
                            td { (value_cell(lang, shown(lang, &plan.remove, f))) }
                            td {
                                (value_cell(lang, shown(lang, &plan.merged, f)))
                                @if filled {
                                    br; strong { (t_args(lang, "merge-from-removed", &[("id", r.to_string().into())])) }
                                } @else if plan.merged.field_text(f).is_some() {
                                    br; span.small { (t(lang, "merge-from-kept")) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn render(
    lang: Lang,
    ctx: &Ctx,
    keep: &str,
    remove: &str,
    errors: &[FieldError],
    plan: Option<&MergePlan>,
    orgs: Option<(String, String)>,
) -> Response {
    let l = lang.code();
    let body = html! {
        h1 { (t(lang, "merge-title")) }
        p { (t(lang, "merge-intro")) }
        (error_summary(lang, errors))
        @if let (Some(plan), Some(orgs)) = (plan, &orgs) {
            @let (k, r) = (plan.keep.id, plan.remove.id);
            h2 { (t(lang, "merge-compare-title")) }
            p {
                (t(lang, "merge-keep-label")) " "
                a href=(format!("/{l}/places/{k}")) { (plan.keep.name) " (#" (k) ")" }
                br;
                (t(lang, "merge-remove-label")) " "
                a href=(format!("/{l}/places/{r}")) { (plan.remove.name) " (#" (r) ")" }
            }
            p { a href=(format!("/{l}/bo/merge?keep={r}&remove={k}")) { (t(lang, "merge-swap")) } }
            (comparison(lang, plan, orgs))
            p.small { (t(lang, "merge-empty-hidden")) }
            h2 { (t(lang, "merge-what-happens")) }
            ul {
                li { (t_args(lang, "merge-consequence-fill", &[("count", plan.filled.len().into())])) }
                li { (t_args(lang, "merge-consequence-redirect", &[("keep", k.to_string().into()), ("remove", r.to_string().into())])) }
                li { (t_args(lang, "merge-consequence-moved", &[
                    ("projects", Arg::Number(plan.moved.projects)),
                    ("proposals", Arg::Number(plan.moved.proposals)),
                    ("reports", Arg::Number(plan.moved.reports)),
                    ("issues", Arg::Number(plan.moved.data_issues)),
                ])) }
                li { (t(lang, "merge-consequence-history")) }
            }
            form method="post" action=(format!("/{l}/bo/merge")) {
                (csrf_field(ctx))
                input type="hidden" name="keep" value=(k);
                input type="hidden" name="remove" value=(r);
                button type="submit" { (t_args(lang, "merge-confirm", &[("keep", k.to_string().into()), ("remove", r.to_string().into())])) }
            }
            h2 { (t(lang, "merge-choose-other")) }
        }
        form method="get" action=(format!("/{l}/bo/merge")) novalidate {
            (text_input("keep", &t(lang, "merge-keep-label"), "text", keep, Some(&t(lang, "merge-keep-hint")), errors))
            (text_input("remove", &t(lang, "merge-remove-label"), "text", remove, Some(&t(lang, "merge-remove-hint")), errors))
            button.secondary type="submit" { (t(lang, "merge-compare-button")) }
        }
    };
    let tail = if keep.is_empty() && remove.is_empty() {
        "/bo/merge".to_owned()
    } else {
        format!("/bo/merge?keep={}&remove={}", enc(keep), enc(remove))
    };
    crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &t(lang, "merge-title"),
        &tail,
        body,
        !errors.is_empty(),
    )
}

fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
