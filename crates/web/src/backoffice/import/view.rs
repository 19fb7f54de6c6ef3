//! The import pages: the upload form, the preview and the result.

use std::collections::BTreeMap;

use axum::response::Response;
use domain::Lang;
use domain::import::{ImportedPlace, Parsed, RowPos};
use maud::{Markup, html};
use store::import::ImportCounts;

use super::messages;
use super::upload::{self, OWN_MAPPING, Options, Stored};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::ui::form::{FieldError, error_summary, field, select_field};
use crate::ui::layout::back_office_page;

/// Good rows shown in the preview.
const SAMPLE: usize = 20;
/// Longest value shown in a report (the rest is cut with "…").
const VALUE_CHARS: usize = 120;

/// The mapping as recorded in the audit log (not translated).
pub fn mapping_code(s: &Stored) -> String {
    match s.options.mapping.as_str() {
        "" => "mednum".into(),
        OWN_MAPPING => format!(
            "upload:{}",
            s.mapping_file_name.as_deref().unwrap_or_default()
        ),
        name => name.to_owned(),
    }
}

fn mapping_label(lang: Lang, s: &Stored) -> String {
    match s.options.mapping.as_str() {
        "" => t(lang, "bo-import-mapping-standard-short"),
        OWN_MAPPING => t_args(
            lang,
            "bo-import-mapping-own-short",
            &[(
                "file",
                s.mapping_file_name.clone().unwrap_or_default().into(),
            )],
        ),
        name => name.to_owned(),
    }
}

/// A labelled select keeping the chosen value, with its hint and error.
fn select(
    id: &str,
    label: &str,
    hint: Option<&str>,
    choices: &[(String, String)],
    chosen: &str,
    errors: &[FieldError],
) -> Markup {
    select_field(
        id,
        label,
        hint,
        errors,
        html! {
            @for (value, text) in choices {
                option value=(value) selected[value == chosen] { (text) }
            }
        },
    )
}

/// A labelled file input with its hint and error.
fn file_input(id: &str, label: &str, hint: &str, accept: &str, errors: &[FieldError]) -> Markup {
    field(id, label, Some(hint), errors, |aria| {
        html! {
            input id=(id) name=(id) type="file" accept=(accept)
                aria-invalid=[aria.invalid] aria-describedby=[aria.described_by];
        }
    })
}

/// The upload form; `notice` is a message shown above it (e.g. an expired import).
pub fn form(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    o: &Options,
    errors: &[FieldError],
    notice: Option<String>,
) -> Response {
    let l = lang.code();
    let mb = upload::MAX_UPLOAD_BYTES / (1024 * 1024);
    let region = state.region.display(&state.region.name, lang).to_owned();
    let formats: Vec<(String, String)> = [
        ("auto", t(lang, "bo-import-format-auto")),
        ("mednum", t(lang, "bo-import-format-mednum")),
        ("csv", t(lang, "bo-import-format-csv")),
        ("json", t(lang, "bo-import-format-json")),
    ]
    .into_iter()
    .map(|(v, s)| (v.to_owned(), s))
    .collect();
    let mut mappings = vec![(String::new(), t(lang, "bo-import-mapping-standard"))];
    mappings.extend(
        upload::SHIPPED
            .iter()
            .map(|(n, _)| ((*n).to_owned(), (*n).to_owned())),
    );
    mappings.push((OWN_MAPPING.to_owned(), t(lang, "bo-import-mapping-own")));
    let encodings: Vec<(String, String)> = [
        ("", t(lang, "bo-import-encoding-default")),
        ("utf-8", t(lang, "bo-import-encoding-utf8")),
        ("windows-1252", t(lang, "bo-import-encoding-windows")),
        ("latin-1", t(lang, "bo-import-encoding-latin1")),
    ]
    .into_iter()
    .map(|(v, s)| (v.to_owned(), s))
    .collect();
    let accept = o.outside == "accept";
    let body = html! {
        h1 { (t(lang, "bo-import-title")) }
        @if let Some(n) = &notice { div.notice role="alert" { p { (n) } } }
        p { (t(lang, "bo-import-intro")) }
        (error_summary(lang, errors))
        @if !errors.is_empty() { p.hint { (t(lang, "bo-import-error-choose-again")) } }
        form.import method="post" enctype="multipart/form-data" novalidate
            action=(format!("/{l}/bo/import/preview?_csrf={}", ctx.csrf())) {
            (csrf_field(ctx))
            (file_input("file", &t(lang, "bo-import-field-file"),
                &t_args(lang, "bo-import-field-file-hint", &[("mb", mb.into())]),
                ".csv,.json,.txt,text/csv,application/json", errors))
            (select("format", &t(lang, "bo-import-field-format"), None, &formats, &o.format, errors))
            (select("mapping", &t(lang, "bo-import-field-mapping"),
                Some(&t(lang, "bo-import-field-mapping-hint")), &mappings, &o.mapping, errors))
            (file_input("mapping_file", &t(lang, "bo-import-field-mapping-file"),
                &t(lang, "bo-import-field-mapping-file-hint"), ".toml,text/plain", errors))
            (select("encoding", &t(lang, "bo-import-field-encoding"), None, &encodings, &o.encoding, errors))
            fieldset {
                legend { (t_args(lang, "bo-import-field-outside", &[("region", region.into())])) }
                div.check {
                    input #outside-reject type="radio" name="outside" value="reject" checked[!accept];
                    label for="outside-reject" { (t(lang, "bo-import-outside-reject")) }
                }
                div.check {
                    input #outside-accept type="radio" name="outside" value="accept" checked[accept];
                    label for="outside-accept" { (t(lang, "bo-import-outside-accept")) }
                }
            }
            div.check {
                input #skip_invalid type="checkbox" name="skip_invalid" value="yes"
                    checked[o.skip_invalid] aria-describedby="skip_invalid-hint";
                label for="skip_invalid" { (t(lang, "bo-import-field-skip")) }
            }
            p.hint #skip_invalid-hint { (t(lang, "bo-import-field-skip-hint")) }
            button type="submit" { (t(lang, "bo-import-preview-button")) }
        }
    };
    back_office_page(lang, ctx, &t(lang, "bo-import-title"), "/bo/import", body)
}

fn cut(s: &str) -> String {
    if s.chars().count() > VALUE_CHARS {
        format!("{}…", s.chars().take(VALUE_CHARS).collect::<String>())
    } else {
        s.to_owned()
    }
}

fn value_cell(lang: Lang, v: &str) -> Markup {
    html! {
        @if v.is_empty() { span.small { (t(lang, "bo-import-empty-value")) } }
        @else { (cut(v)) }
    }
}

fn field_cell(lang: Lang, f: &str) -> Markup {
    html! {
        @if f == "(row)" { (t(lang, "bo-import-whole-row")) } @else { code { (f) } }
    }
}

fn commune_cell(state: &AppState, lang: Lang, p: &ImportedPlace) -> String {
    if let Some(c) = p
        .commune_nis
        .as_deref()
        .and_then(|n| state.region.commune(n))
    {
        return state.region.display(&c.name, lang).to_owned();
    }
    let written = p.commune_name.clone().unwrap_or_default();
    t_args(
        lang,
        "bo-import-outside-commune",
        &[("name", written.into())],
    )
}

fn hours_cell(lang: Lang, p: &ImportedPlace) -> String {
    match &p.opening_hours {
        None => t(lang, "bo-import-no-hours"),
        Some(h) if p.hours_invalid => {
            t_args(lang, "bo-import-hours-kept", &[("hours", cut(h).into())])
        }
        Some(h) => cut(h),
    }
}

/// The bad rows, one line per problem.
fn errors_table(state: &AppState, lang: Lang, parsed: &Parsed) -> Markup {
    html! {
        h2 #bad-rows { (t(lang, "bo-import-errors-title")) }
        @if parsed.errors.is_empty() {
            p { (t(lang, "bo-import-errors-none")) }
        } @else {
            p.hint { (t(lang, "bo-import-where-hint")) }
            div.table-scroll tabindex="0" role="region" aria-labelledby="bad-rows" {
                table.bo.import-report {
                    caption { (t(lang, "bo-import-errors-caption")) }
                    thead { tr {
                        th scope="col" { (t(lang, "bo-import-col-where")) }
                        th scope="col" { (t(lang, "bo-import-col-field")) }
                        th scope="col" { (t(lang, "bo-import-col-value")) }
                        th scope="col" { (t(lang, "bo-import-col-expected")) }
                    } }
                    tbody {
                        @for e in &parsed.errors {
                            tr {
                                th scope="row" { (messages::at(lang, e.at)) }
                                td { (field_cell(lang, &e.field)) }
                                td { (value_cell(lang, &e.value)) }
                                td { (messages::expected(state, lang, &e.kind)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The warnings, grouped when the same field, value and note repeat.
fn warnings_table(state: &AppState, lang: Lang, parsed: &Parsed) -> Markup {
    let mut groups: BTreeMap<(&str, &str, String), Vec<RowPos>> = BTreeMap::new();
    let mut order = Vec::new();
    for w in &parsed.warnings {
        let key = (w.field.as_str(), w.value.as_str(), w.note.clone());
        let v = groups.entry(key.clone()).or_default();
        if v.is_empty() {
            order.push((key, &w.kind));
        }
        v.push(w.at);
    }
    html! {
        @if !order.is_empty() {
            h2 #warnings { (t(lang, "bo-import-warnings-title")) }
            div.table-scroll tabindex="0" role="region" aria-labelledby="warnings" {
                table.bo.import-report {
                    caption { (t(lang, "bo-import-warnings-caption")) }
                    thead { tr {
                        th scope="col" { (t(lang, "bo-import-col-where")) }
                        th scope="col" { (t(lang, "bo-import-col-field")) }
                        th scope="col" { (t(lang, "bo-import-col-value")) }
                        th scope="col" { (t(lang, "bo-import-col-note")) }
                    } }
                    tbody {
                        @for (key, kind) in &order {
                            tr {
                                td { (messages::positions(lang, &groups[key], 8)) }
                                td { (field_cell(lang, key.0)) }
                                td { (value_cell(lang, key.1)) }
                                td { (messages::note(state, lang, kind)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The first good rows as they will be imported.
fn sample_table(state: &AppState, lang: Lang, parsed: &Parsed) -> Markup {
    let shown = parsed.places.len().min(SAMPLE);
    html! {
        @if shown > 0 {
            h2 #sample { (t(lang, "bo-import-sample-title")) }
            div.table-scroll tabindex="0" role="region" aria-labelledby="sample" {
                table.bo.import-report {
                    caption { (t_args(lang, "bo-import-sample-caption", &[("n", shown.into())])) }
                    thead { tr {
                        th scope="col" { (t(lang, "bo-import-col-where")) }
                        th scope="col" { (t(lang, "bo-import-col-name")) }
                        th scope="col" { (t(lang, "bo-import-col-postcode")) }
                        th scope="col" { (t(lang, "bo-import-col-commune")) }
                        th scope="col" { (t(lang, "bo-import-col-hours")) }
                        th scope="col" { (t(lang, "bo-import-col-kind")) }
                    } }
                    tbody {
                        @for p in parsed.places.iter().take(SAMPLE) {
                            tr {
                                td { (messages::at(lang, p.at)) }
                                th scope="row" { (p.name) }
                                td { (p.postcode.as_deref().unwrap_or("")) }
                                td { (commune_cell(state, lang, p)) }
                                td { (hours_cell(lang, p)) }
                                td { (t(lang, &format!("kind-{}", p.kind.code()))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What the import would do, and the button to do it.
pub fn preview(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    id: &str,
    stored: &Stored,
    parsed: &Parsed,
    counts: &ImportCounts,
) -> Response {
    let l = lang.code();
    let bad = parsed.bad_rows();
    let blocked = bad > 0 && !stored.options.skip_invalid;
    let outside = parsed.outside_region_rows();
    let n = |key: &str, v: usize| t_args(lang, key, &[("n", v.into())]);
    let body = html! {
        h1 { (t(lang, "bo-import-preview-title")) }
        p {
            (t_args(lang, "bo-import-preview-file", &[("file", stored.file_name.clone().into())]))
            br;
            (t_args(lang, "bo-import-preview-mapping", &[("mapping", mapping_label(lang, stored).into())]))
        }
        h2 #counts { (t(lang, "bo-import-counts-title")) }
        ul.import-counts {
            li { (n("bo-import-count-rows", parsed.rows)) }
            li { (n("bo-import-count-valid", parsed.places.len())) }
            li { (n("bo-import-count-invalid", bad)) }
            li { (n("bo-import-count-new", counts.created)) }
            li { (n("bo-import-count-updated", counts.updated)) }
            li { (n("bo-import-count-unchanged", counts.unchanged)) }
            li { (n("bo-import-count-warnings", parsed.warnings.len())) }
        }
        @if counts.not_in_file > 0 { p { (n("bo-import-count-not-in-file", counts.not_in_file)) } }
        @if outside > 0 && stored.options.outside != "accept" {
            p.notice { (n("bo-import-outside-advice", outside)) }
        }
        p { a href="#confirm" { (t(lang, "bo-import-goto-confirm")) } }
        (errors_table(state, lang, parsed))
        (sample_table(state, lang, parsed))
        (warnings_table(state, lang, parsed))
        h2 #confirm { (t(lang, "bo-import-confirm-title")) }
        @if blocked {
            p #confirm-why { (n("bo-import-confirm-blocked", bad)) }
        } @else {
            p #confirm-why {
                (n("bo-import-confirm-intro", parsed.places.len()))
                @if bad > 0 { " " (n("bo-import-confirm-skip", bad)) }
            }
        }
        // No import button while bad rows block the import: the way on is
        // to import the good rows only (when there are some), or to fix the file.
        @if !blocked {
            form.import-confirm method="post" action=(format!("/{l}/bo/import/confirm")) {
                (csrf_field(ctx))
                input type="hidden" name="upload" value=(id);
                button type="submit" aria-describedby="confirm-why" {
                    (t(lang, "bo-import-confirm-button"))
                }
            }
        } @else if !parsed.places.is_empty() {
            form.import-confirm method="post" action=(format!("/{l}/bo/import/confirm")) {
                (csrf_field(ctx))
                input type="hidden" name="upload" value=(id);
                input type="hidden" name="skip_invalid" value="true";
                button type="submit" aria-describedby="confirm-why" {
                    (n("bo-import-confirm-good-rows-button", parsed.places.len()))
                }
            }
        }
        p { a href=(format!("/{l}/bo/import")) { (t(lang, "bo-import-back")) } }
    };
    back_office_page(
        lang,
        ctx,
        &t(lang, "bo-import-preview-title"),
        "/bo/import",
        body,
    )
}

/// What the import did, and which imported places the public directory
/// does not show, and why.
pub fn done(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    stored: &Stored,
    result: &super::upload::ImportResult,
) -> Response {
    let l = lang.code();
    let c = &result.counts;
    let n = |key: &str, v: usize| t_args(lang, key, &[("n", v.into())]);
    let region = state.region.display(&state.region.name, lang).to_owned();
    let hidden = &result.outside_region;
    let body = html! {
        h1 { (t(lang, "bo-import-done-title")) }
        p.notice role="status" {
            (t_args(lang, "bo-import-done-intro", &[("file", stored.file_name.clone().into())]))
            " "
            @if hidden.is_empty() {
                (t(lang, "bo-import-done-public"))
            } @else {
                (t(lang, "bo-import-done-public-region"))
            }
        }
        ul.import-counts {
            li { (n("bo-import-done-created", c.created)) }
            li { (n("bo-import-done-updated", c.updated)) }
            li { (n("bo-import-done-unchanged", c.unchanged)) }
            li { (n("bo-import-done-skipped", c.skipped)) }
            li { (n("bo-import-done-organisations-created", c.organisations_created)) }
            li { (n("bo-import-done-organisations-updated", c.organisations_updated)) }
        }
        @if c.not_in_file > 0 { p { (n("bo-import-count-not-in-file", c.not_in_file)) } }
        @if !hidden.is_empty() {
            h2 #not-public { (n("bo-import-done-hidden-title", hidden.len())) }
            p { (t_args(lang, "bo-import-done-hidden-why", &[("region", region.into())])) }
            ul #hidden-places {
                @for name in hidden { li dir="auto" { (name) } }
            }
        }
        ul {
            li { a href=(format!("/{l}/bo/places")) { (t(lang, "bo-import-done-places")) } }
            li { a href=(format!("/{l}/")) { (t(lang, "bo-import-done-directory")) } }
            li { a href=(format!("/{l}/bo/import")) { (t(lang, "bo-import-again")) } }
        }
    };
    back_office_page(
        lang,
        ctx,
        &t(lang, "bo-import-done-title"),
        "/bo/import",
        body,
    )
}
