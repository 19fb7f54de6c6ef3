//! The plan's programme indicators and events, for the coordination: each
//! programme's indicators with their values per period (table and CSV), a
//! form to enter a value, the events with their audiences and a form to add one.

use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::Access;
use domain::export::{Cell, Table};
use domain::indicators::{EventInput, FieldProblem, IndicatorSet, NewEvent, NewValue, Unit};
use domain::vocab::VocabKind;
use maud::{Markup, html};
use serde::Deserialize;
use store::indicators::{IndicatorValue, PlanEvent};

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::form::{FieldError, error_summary, field, select_field, text_input, textarea};
use crate::ui::format::{label, long_date};
use crate::ui::{PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get(
            "/{lang}/bo/indicators",
            Access::COORDINATION,
            indicators_page,
        )
        .post("/{lang}/bo/indicators", Access::COORDINATION, save_value)
        .get(
            "/{lang}/bo/indicators/table.csv",
            Access::COORDINATION,
            export_csv,
        )
        .get(
            "/{lang}/bo/indicators/events/new",
            Access::COORDINATION,
            new_event_page,
        )
        .post(
            "/{lang}/bo/indicators/events",
            Access::COORDINATION,
            add_event,
        )
}

/// The region's definitions; a region without any has an empty set.
fn definitions(state: &AppState) -> &'static IndicatorSet {
    static EMPTY: std::sync::LazyLock<IndicatorSet> = std::sync::LazyLock::new(|| IndicatorSet {
        programmes: vec![],
        indicators: vec![],
        audience_kinds: vec![],
    });
    domain::indicators::shipped(&state.region.code).unwrap_or(&EMPTY)
}

/// A stored value in the language's number format (`8 364,6` in French).
pub fn number(lang: Lang, unit: Unit, stored: i64) -> String {
    let plain = unit.plain(stored);
    let (whole, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let (group, decimal) = match lang.code() {
        "fr" => ('\u{202f}', ','),
        "nl" => ('.', ','),
        _ => (',', '.'),
    };
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// A text input for a number that brings up a phone's number keyboard
/// (`inputmode`), keeping what was typed (a `type="number"` field would not).
fn number_input(
    id: &str,
    label: &str,
    mode: &str,
    value: &str,
    hint: Option<&str>,
    errors: &[FieldError],
) -> Markup {
    field(id, label, hint, errors, |aria| {
        html! {
            input id=(id) name=(id) type="text" inputmode=(mode) value=(value)
                aria-invalid=[aria.invalid]
                aria-describedby=[aria.described_by];
        }
    })
}

fn unit_name(lang: Lang, unit: Unit) -> String {
    t(lang, &format!("indicators-unit-{}", unit.code()))
}

/// Field problems from the domain, worded with the field's label.
fn field_errors(
    lang: Lang,
    problems: &[FieldProblem],
    label_of: impl Fn(&str) -> String,
) -> Vec<FieldError> {
    problems
        .iter()
        .map(|p| {
            FieldError::new(
                &p.field,
                t_args(
                    lang,
                    &format!("indicators-error-{}", p.problem),
                    &[("field", label_of(&p.field).into())],
                ),
            )
        })
        .collect()
}

/// The periods that have a value, in order.
fn periods(values: &[IndicatorValue]) -> Vec<String> {
    let mut p: Vec<String> = values.iter().map(|v| v.period.clone()).collect();
    p.sort();
    p.dedup();
    p
}

#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    /// `indicator period` of the value just saved.
    saved: Option<String>,
    /// The event just added.
    event: Option<i64>,
}

/// The value form as typed.
#[derive(Debug, Default, Deserialize)]
pub struct ValueForm {
    #[serde(default)]
    indicator: String,
    #[serde(default)]
    period: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    source_note: String,
}

async fn indicators_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Query(q): Query<PageQuery>,
    ctx: Ctx,
) -> PageResult {
    render_page(&state, lang, &ctx, &q, &ValueForm::default(), &[]).await
}

async fn save_value(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    Form(form): Form<ValueForm>,
) -> PageResult {
    let set = definitions(&state);
    match NewValue::parse(
        set,
        &form.indicator,
        &form.period,
        &form.value,
        &form.source_note,
    ) {
        Ok(v) => {
            let actor = ctx.user.as_ref().map(|u| u.id);
            state
                .db
                .set_indicator_value(&v, actor, state.now().timestamp())
                .await?;
            let saved = format!("{} {}", v.indicator, v.period.as_str());
            let to = format!(
                "/{}/bo/indicators?saved={}",
                lang.code(),
                form_urlencoded::byte_serialize(saved.as_bytes()).collect::<String>()
            );
            Ok(Redirect::to(&to).into_response())
        }
        Err(problems) => {
            let errors = field_errors(lang, &problems, |f| {
                t(lang, &format!("indicators-field-{}", f.replace('_', "-")))
            });
            render_page(&state, lang, &ctx, &PageQuery::default(), &form, &errors).await
        }
    }
}

async fn render_page(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    q: &PageQuery,
    form: &ValueForm,
    errors: &[FieldError],
) -> PageResult {
    let set = definitions(state);
    let values = state.db.indicator_values().await?;
    let events = state.db.plan_events().await?;
    let l = lang.code();
    let title = t(lang, "indicators-title");
    let saved = q
        .saved
        .as_deref()
        .and_then(|s| s.split_once(' '))
        .and_then(|(code, period)| {
            set.indicator(code)
                .map(|i| (i.definition.get(l).to_owned(), period.to_owned()))
        });
    let body = html! {
        (error_summary(lang, errors))
        h1 { (title) }
        p { (t(lang, "indicators-intro")) }
        @if let Some((name, period)) = &saved {
            p.notice role="status" { (t_args(lang, "indicators-saved", &[("indicator", name.clone().into()), ("period", period.clone().into())])) }
        }
        @if q.event.is_some() {
            p.notice role="status" { (t(lang, "indicators-event-saved")) }
        }
        @for p in &set.programmes {
            (programme_table(lang, set, p, &values))
        }
        p { a href=(format!("/{l}/bo/indicators/table.csv")) { (t(lang, "indicators-csv")) } }
        (value_form(lang, ctx, set, form, errors))
        h2 #events { (t(lang, "indicators-events-title")) }
        p { a.button href=(format!("/{l}/bo/indicators/events/new")) { (t(lang, "indicators-event-add")) } }
        (events_table(lang, set, &events))
    };
    Ok(crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        "/bo/indicators",
        body,
        !errors.is_empty(),
    ))
}

fn programme_table(
    lang: Lang,
    set: &IndicatorSet,
    p: &domain::indicators::Programme,
    values: &[IndicatorValue],
) -> Markup {
    let l = lang.code();
    let mine: Vec<&IndicatorValue> = values
        .iter()
        .filter(|v| {
            set.indicator(&v.indicator)
                .is_some_and(|i| i.programme == p.code)
        })
        .collect();
    let owned: Vec<IndicatorValue> = mine.iter().map(|v| (*v).clone()).collect();
    let periods = periods(&owned);
    let id = format!("programme-{}", p.code);
    html! {
        h2 #(id) { (p.name.get(l)) }
        @if periods.is_empty() {
            p { (t(lang, "indicators-no-values")) }
        }
        @let caption = t_args(lang, "indicators-caption", &[("programme", p.name.get(l).to_owned().into())]);
        div.table-scroll tabindex="0" role="region" aria-label=(caption) {
            table.bo {
                caption { (caption) }
                thead { tr {
                    th scope="col" { (t(lang, "indicators-col-indicator")) }
                    th scope="col" { (t(lang, "indicators-col-unit")) }
                    @for period in &periods { th scope="col" { bdi { (period) } } }
                } }
                tbody {
                    @for i in set.of_programme(&p.code) {
                        tr {
                            th scope="row" { (i.definition.get(l)) }
                            td { (unit_name(lang, i.unit)) }
                            @for period in &periods {
                                td.num {
                                    @match mine.iter().find(|v| v.indicator == i.code && &v.period == period) {
                                        Some(v) => bdi { (number(lang, i.unit, v.value)) },
                                        None => span aria-label=(t(lang, "indicators-no-value")) { "—" },
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if !mine.is_empty() {
            details {
                summary { (t(lang, "indicators-sources-title")) }
                ul.small {
                    @for v in &mine {
                        @if let Some(i) = set.indicator(&v.indicator) {
                            li { (i.definition.get(l)) " (" bdi { (v.period) } ") : " span dir="auto" { (v.source_note) } }
                        }
                    }
                }
            }
        }
    }
}

fn value_form(
    lang: Lang,
    ctx: &Ctx,
    set: &IndicatorSet,
    form: &ValueForm,
    errors: &[FieldError],
) -> Markup {
    let l = lang.code();
    let options = html! {
        option value="" { (t(lang, "indicators-indicator-choose")) }
        @for p in &set.programmes {
            optgroup label=(p.name.get(l)) {
                @for i in set.of_programme(&p.code) {
                    option value=(i.code) selected[form.indicator == i.code] {
                        (i.definition.get(l)) " (" (unit_name(lang, i.unit)) ")"
                    }
                }
            }
        }
    };
    html! {
        h2 #value-form { (t(lang, "indicators-value-form-title")) }
        form method="post" action=(format!("/{l}/bo/indicators")) novalidate {
            (csrf_field(ctx))
            (select_field("indicator", &t(lang, "indicators-field-indicator"), None, errors, options))
            (text_input("period", &t(lang, "indicators-field-period"), "text", &form.period,
                Some(&t(lang, "indicators-field-period-hint")), errors))
            (number_input("value", &t(lang, "indicators-field-value"), "decimal", &form.value,
                Some(&t(lang, "indicators-field-value-hint")), errors))
            (textarea("source_note", &t(lang, "indicators-field-source-note"),
                Some(&t(lang, "indicators-field-source-note-hint")), &form.source_note, errors))
            button type="submit" { (t(lang, "indicators-save")) }
        }
    }
}

fn audience_text(lang: Lang, set: &IndicatorSet, e: &PlanEvent) -> String {
    set.audience_kinds
        .iter()
        .filter_map(|k| {
            e.audience.iter().find(|(c, _)| *c == k.code).map(|(_, n)| {
                format!(
                    "{} : {}",
                    k.name.get(lang.code()),
                    number(lang, Unit::Count, *n)
                )
            })
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn events_table(lang: Lang, set: &IndicatorSet, events: &[PlanEvent]) -> Markup {
    html! {
        @if events.is_empty() {
            p { (t(lang, "indicators-events-none")) }
        } @else {
            div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "indicators-events-caption")) {
                table.bo {
                    caption { (t(lang, "indicators-events-caption")) }
                    thead { tr {
                        th scope="col" { (t(lang, "indicators-col-date")) }
                        th scope="col" { (t(lang, "indicators-col-event")) }
                        th scope="col" { (t(lang, "indicators-col-measure")) }
                        th scope="col" { (t(lang, "indicators-col-public")) }
                        th scope="col" { (t(lang, "indicators-col-audience")) }
                        th scope="col" { (t(lang, "indicators-col-source")) }
                    } }
                    tbody {
                        @for e in events {
                            tr {
                                td { (long_date(lang, &e.date)) }
                                th scope="row" dir="auto" { (e.title) }
                                td dir="auto" { (e.measure) }
                                td { (label(lang, VocabKind::Public, &e.public)) }
                                td { (audience_text(lang, set, e)) }
                                td.small dir="auto" { (e.source_note) }
                            }
                        }
                    }
                }
            }
        }
    }
}

async fn export_csv(State(state): State<AppState>, PageLang(lang): PageLang) -> PageResult {
    let set = definitions(&state);
    let values = state.db.indicator_values().await?;
    let periods = periods(&values);
    let l = lang.code();
    let mut header: Vec<String> = ["programme", "indicator", "definition", "unit"]
        .map(str::to_owned)
        .to_vec();
    header.extend(periods.iter().cloned());
    let mut rows = Vec::new();
    for p in &set.programmes {
        for i in set.of_programme(&p.code) {
            let mut row = vec![
                Cell::text(p.name.get(l)),
                Cell::text(i.code.clone()),
                Cell::text(i.definition.get(l)),
                Cell::text(i.unit.code()),
            ];
            for period in &periods {
                row.push(
                    values
                        .iter()
                        .find(|v| v.indicator == i.code && &v.period == period)
                        .map_or(Cell::Empty, |v| Cell::text(i.unit.plain(v.value))),
                );
            }
            rows.push(row);
        }
    }
    let csv = Table { header, rows }.to_csv();
    Ok(crate::ui::download::attachment(
        "text/csv; charset=utf-8",
        "indicators.csv",
        csv,
    ))
}

/// The event form as typed: every field, counts under `count-<kind>`.
#[derive(Debug, Default)]
struct EventForm(Vec<(String, String)>);

impl EventForm {
    fn get(&self, k: &str) -> &str {
        self.0
            .iter()
            .find(|(key, _)| key == k)
            .map_or("", |(_, v)| v.as_str())
    }
}

async fn new_event_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    Ok(event_page(&state, lang, &ctx, &EventForm::default(), &[]))
}

async fn add_event(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    Form(fields): Form<Vec<(String, String)>>,
) -> PageResult {
    let set = definitions(&state);
    let form = EventForm(fields);
    let input = EventInput {
        date: form.get("date"),
        measure: form.get("measure"),
        public: form.get("public"),
        title: form.get("title"),
        audience: form
            .0
            .iter()
            .filter_map(|(k, v)| k.strip_prefix("count-").map(|kind| (kind, v.as_str())))
            .collect(),
        source_note: form.get("source_note"),
    };
    match NewEvent::parse(set, &state.vocab, &input) {
        Ok(e) => {
            let actor = ctx.user.as_ref().map(|u| u.id);
            let id = state
                .db
                .add_plan_event(&e, actor, state.now().timestamp())
                .await?;
            Ok(Redirect::to(&format!("/{}/bo/indicators?event={id}", lang.code())).into_response())
        }
        Err(problems) => {
            let errors = field_errors(lang, &problems, |f| match f.strip_prefix("count-") {
                Some(kind) => set
                    .audience_kinds
                    .iter()
                    .find(|k| k.code == kind)
                    .map_or_else(|| kind.to_owned(), |k| k.name.get(lang.code()).to_owned()),
                None => t(lang, &format!("indicators-field-{}", f.replace('_', "-"))),
            });
            Ok(event_page(&state, lang, &ctx, &form, &errors))
        }
    }
}

fn event_page(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    form: &EventForm,
    errors: &[FieldError],
) -> Response {
    let set = definitions(state);
    let l = lang.code();
    let title = t(lang, "indicators-event-new-title");
    let publics = html! {
        option value="" { (t(lang, "indicators-public-choose")) }
        @for term in &state.vocab.publics {
            option value=(term.code) selected[form.get("public") == term.code] {
                (label(lang, VocabKind::Public, &term.code))
            }
        }
    };
    let body = html! {
        (error_summary(lang, errors))
        h1 { (title) }
        p { a href=(format!("/{l}/bo/indicators#events")) { (t(lang, "indicators-back")) } }
        form method="post" action=(format!("/{l}/bo/indicators/events")) novalidate {
            (csrf_field(ctx))
            (text_input("date", &t(lang, "indicators-field-date"), "text", form.get("date"),
                Some(&t(lang, "indicators-field-date-hint")), errors))
            (text_input("title", &t(lang, "indicators-field-title"), "text", form.get("title"), None, errors))
            (text_input("measure", &t(lang, "indicators-field-measure"), "text", form.get("measure"),
                Some(&t(lang, "indicators-field-measure-hint")), errors))
            (select_field("public", &t(lang, "indicators-field-public"), None, errors, publics))
            fieldset {
                legend { (t(lang, "indicators-field-audience")) }
                p.hint { (t(lang, "indicators-field-audience-hint")) }
                @for k in &set.audience_kinds {
                    @let id = format!("count-{}", k.code);
                    (number_input(&id, k.name.get(l), "numeric", form.get(&id), None, errors))
                }
            }
            (textarea("source_note", &t(lang, "indicators-field-source-note"),
                Some(&t(lang, "indicators-field-source-note-hint")), form.get("source_note"), errors))
            button type="submit" { (t(lang, "indicators-event-save")) }
        }
    };
    crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        "/bo/indicators/events/new",
        body,
        !errors.is_empty(),
    )
}
