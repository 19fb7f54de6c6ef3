//! The opening-hours editor inside the place form: the OpenStreetMap text, a
//! simple weekly grid for people who do not know the syntax, and the
//! resulting week. Works without JavaScript (a "check" button re-renders
//! the form); `/static/hours.js` adds immediate validation through
//! [`preview`].
//!
//! The rule between the two: when the grid is sent and the text is the same
//! as the page showed it, the grid wins (it is turned into the syntax);
//! otherwise the text wins. Hours with exceptions (holidays, months…) cannot
//! be a grid: the grid is then disabled and the text kept as it is.

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use chrono::{Datelike, NaiveDate, TimeDelta};
use domain::Lang;
use domain::account::Access;
use domain::hours::Hours;
use domain::hours_grid::{DAY_CODES, GridError, GridProblem, MAX_RANGES, WeekGrid};
use maud::{Markup, html};

use crate::AppState;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::form::FieldError;
use crate::ui::format::{hhmm, long_date, weekday};
use crate::ui::{PageLang, PageResult};

pub const HOURS_JS: &str = include_str!("../../static/hours.js");

pub fn routes() -> Routes {
    Routes::new()
        .get("/static/hours.js", Access::Public, hours_js)
        .get("/{lang}/bo/hours/preview", Access::PLACE_EDITORS, preview)
}

async fn hours_js() -> PageResult {
    Ok((
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        HOURS_JS,
    )
        .into_response())
}

type Slots = [[(String, String); MAX_RANGES]; 7];

/// What the form sent about the hours.
#[derive(Debug, Clone, Default)]
pub struct HoursInput {
    /// The OpenStreetMap text.
    pub text: String,
    /// The text as the page showed it (to tell whether the person changed it).
    pub shown: String,
    pub grid: Slots,
    /// The grid was part of the form (not disabled).
    pub grid_on: bool,
}

/// Form field name of one time input: `grid-mo-1-from`.
pub fn grid_field(day: usize, slot: usize, end: bool) -> String {
    format!(
        "grid-{}-{}-{}",
        DAY_CODES[day].to_ascii_lowercase(),
        slot + 1,
        if end { "to" } else { "from" }
    )
}

impl HoursInput {
    /// The editor for stored hours.
    pub fn from_text(text: &str) -> HoursInput {
        let grid = WeekGrid::from_osm(text);
        HoursInput {
            text: text.to_owned(),
            shown: text.to_owned(),
            grid_on: grid.is_some(),
            grid: grid.map(|g| g.to_slots()).unwrap_or_default(),
        }
    }

    /// Takes the editor's fields from submitted (name, value) pairs; false
    /// when the name is not one of them.
    pub fn take(&mut self, name: &str, value: &str) -> bool {
        match name {
            "opening_hours" => self.text = value.to_owned(),
            "hours_shown" => self.shown = value.to_owned(),
            "grid_on" => self.grid_on = true,
            _ => {
                for d in 0..7 {
                    for s in 0..MAX_RANGES {
                        if name == grid_field(d, s, false) {
                            self.grid[d][s].0 = value.to_owned();
                            return true;
                        }
                        if name == grid_field(d, s, true) {
                            self.grid[d][s].1 = value.to_owned();
                            return true;
                        }
                    }
                }
                return false;
            }
        }
        true
    }

    /// The hours to save, by the rule above, and the grid's problems when the grid won.
    pub fn resolve(&self) -> (String, Vec<GridError>) {
        if !self.grid_on || self.text.trim() != self.shown.trim() {
            return (self.text.trim().to_owned(), vec![]);
        }
        match WeekGrid::from_slots(&self.grid) {
            // Unchanged grid: keep the text as it was written.
            Ok(g) if WeekGrid::from_osm(&self.shown).as_ref() == Some(&g) => {
                (self.shown.trim().to_owned(), vec![])
            }
            Ok(g) => (g.to_osm(), vec![]),
            Err(e) => (self.text.trim().to_owned(), e),
        }
    }

    /// The editor to show again after a submit: the resolved text, and the
    /// grid that goes with it (the typed grid when it has problems or the
    /// text cannot be read; disabled when the hours have exceptions).
    pub fn after_submit(&self, country: &str) -> HoursInput {
        let (text, errors) = self.resolve();
        let mut next = HoursInput {
            text: text.clone(),
            shown: text.clone(),
            grid: self.grid.clone(),
            grid_on: true,
        };
        if errors.is_empty() {
            match WeekGrid::from_osm(&text) {
                Some(g) => next.grid = g.to_slots(),
                None if Hours::parse(&text, country).is_ok() => {
                    next.grid = Slots::default();
                    next.grid_on = false;
                }
                None => {}
            }
        }
        next
    }
}

fn slot_name(lang: Lang, day: usize, slot: usize) -> String {
    let day_name = weekday(lang, weekday_of(day));
    if slot == 0 {
        t_args(lang, "hours-editor-first", &[("day", day_name.into())])
    } else {
        t_args(lang, "hours-editor-second", &[("day", day_name.into())])
    }
}

fn weekday_of(day: usize) -> chrono::Weekday {
    chrono::Weekday::try_from(day as u8).unwrap_or(chrono::Weekday::Mon)
}

/// The grid's problems as form errors, each naming the day and the opening.
pub fn grid_errors(lang: Lang, errors: &[GridError]) -> Vec<FieldError> {
    errors
        .iter()
        .map(|e| {
            let what = slot_name(lang, e.day, e.slot);
            let problem = match e.problem {
                GridProblem::BadTime => t(lang, "hours-editor-bad-time"),
                GridProblem::Incomplete => t(lang, "hours-editor-incomplete"),
                GridProblem::EndNotAfterStart => t(lang, "hours-editor-end-before-start"),
                GridProblem::Overlap => t(lang, "hours-editor-overlap"),
            };
            FieldError::new(
                &grid_field(e.day, e.slot, false),
                t_args(
                    lang,
                    "hours-editor-problem",
                    &[("what", what.into()), ("problem", problem.into())],
                ),
            )
        })
        .collect()
}

/// The hours text's problem as a form error, if it cannot be read.
pub fn text_error(lang: Lang, country: &str, text: &str) -> Option<FieldError> {
    if text.trim().is_empty() || Hours::parse(text, country).is_ok() {
        return None;
    }
    Some(FieldError::new(
        "opening_hours",
        t(lang, "hours-editor-invalid"),
    ))
}

/// The whole editor: text, grid, check button and the result.
pub fn editor(
    lang: Lang,
    state: &AppState,
    input: &HoursInput,
    errors: &[FieldError],
    show_result: bool,
) -> Markup {
    let text_error = crate::ui::form::error_for(errors, "opening_hours");
    let described = if text_error.is_some() {
        "opening_hours-hint opening_hours-error"
    } else {
        "opening_hours-hint"
    };
    html! {
        fieldset.hours-editor #hours-editor data-preview=(format!("/{}/bo/hours/preview", lang.code())) {
            legend { (t(lang, "edit-field-hours")) }
            p { (t(lang, "hours-editor-rule")) }
            div.field.(if text_error.is_some() { "has-error" } else { "" }) {
                label for="opening_hours" { (t(lang, "hours-editor-text-label")) }
                p.hint #opening_hours-hint { (t(lang, "hours-editor-text-hint")) " " code lang="en" dir="ltr" { "Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00; PH off" } }
                @if let Some(e) = text_error { p.field-error #opening_hours-error { (e) } }
                input #opening_hours name="opening_hours" type="text" value=(input.text) dir="ltr"
                    autocomplete="off" spellcheck="false" aria-describedby=(described)
                    aria-invalid=[text_error.map(|_| "true")];
                input type="hidden" name="hours_shown" value=(input.shown);
            }
            (grid(lang, input, errors))
            // Back to this editor after the page comes back with the result.
            button.secondary type="submit" name="action" value="check" formaction="#hours-editor" { (t(lang, "hours-editor-check")) }
            div #hours-result aria-live="polite" {
                @if show_result { (result(lang, state, &input.text)) }
            }
        }
    }
}

fn grid(lang: Lang, input: &HoursInput, errors: &[FieldError]) -> Markup {
    html! {
        fieldset.hours-grid #hours-grid disabled[!input.grid_on] aria-describedby="hours-grid-hint" {
            legend { (t(lang, "hours-editor-grid")) }
            @let (on, off) = (t(lang, "hours-editor-grid-hint"), t(lang, "hours-editor-grid-off"));
            // hours.js swaps the hint when it turns the grid on or off.
            p.hint #hours-grid-hint data-on=(on) data-off=(off) {
                @if input.grid_on { (on) } @else { (off) }
            }
            input type="hidden" name="grid_on" value="1";
            div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "hours-editor-grid")) {
                table.bo.hours-grid-table {
                    caption.visually-hidden { (t(lang, "hours-editor-grid")) }
                    thead { tr {
                        th scope="col" { (t(lang, "hours-editor-day")) }
                        th scope="col" { (t(lang, "hours-editor-first-col")) }
                        th scope="col" { (t(lang, "hours-editor-second-col")) }
                    } }
                    tbody {
                        @for d in 0..7 {
                            tr {
                                th scope="row" { (weekday(lang, weekday_of(d))) }
                                @for s in 0..MAX_RANGES {
                                    @let from = grid_field(d, s, false);
                                    @let to = grid_field(d, s, true);
                                    @let err = crate::ui::form::error_for(errors, &from);
                                    @let what = slot_name(lang, d, s);
                                    td.(if err.is_some() { "has-error" } else { "" }) {
                                        @if let Some(e) = err { p.field-error #(format!("{from}-error")) { (e) } }
                                        span.time-pair {
                                            label.visually-hidden for=(from) { (what) ", " (t(lang, "hours-editor-from")) }
                                            input #(from) name=(from) type="time" value=(input.grid[d][s].0)
                                                aria-invalid=[err.map(|_| "true")]
                                                aria-describedby=[err.map(|_| format!("{from}-error"))];
                                            span aria-hidden="true" { "–" }
                                            label.visually-hidden for=(to) { (what) ", " (t(lang, "hours-editor-to")) }
                                            input #(to) name=(to) type="time" value=(input.grid[d][s].1)
                                                aria-invalid=[err.map(|_| "true")];
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The check's result: whether the text can be read, and the week it gives
/// (the current week, Monday first, in the region's time).
pub fn result(lang: Lang, state: &AppState, text: &str) -> Markup {
    let text = text.trim();
    if text.is_empty() {
        return html! { p.notice { (t(lang, "hours-editor-empty")) } };
    }
    let hours = match Hours::parse(text, &state.region.country) {
        Ok(h) => h,
        Err(e) => {
            return html! {
                div.check-result.invalid {
                    p { strong { (t(lang, "hours-editor-result-invalid")) } }
                    p { (t(lang, "hours-editor-invalid")) }
                    details { summary { (t(lang, "hours-editor-details")) } pre dir="ltr" { (e) } }
                }
            };
        }
    };
    let today = state
        .now()
        .with_timezone(&state.region.timezone)
        .date_naive();
    let monday = today - TimeDelta::days(i64::from(today.weekday().num_days_from_monday()));
    let week = hours.week(monday);
    let plain = WeekGrid::from_osm(text).is_some();
    html! {
        div.check-result.valid {
            p { strong { (t(lang, "hours-editor-result-valid")) } }
            @if !plain { p { (t(lang, "hours-editor-exceptions")) } }
            table.hours {
                caption { (t(lang, "hours-editor-week-caption")) }
                tbody {
                    @for day in &week {
                        tr class=(if day.date == today { "today" } else { "" }) {
                            th scope="row" {
                                (weekday(lang, day.weekday)) " "
                                span.small { (day_date(lang, day.date)) }
                                @if day.date == today { " " strong { "(" (t(lang, "today")) ")" } }
                            }
                            td {
                                @if day.open.is_empty() && day.unknown.is_empty() { (t(lang, "closed")) }
                                @for (j, (a, b)) in day.open.iter().enumerate() {
                                    @if j > 0 { ", " } (hhmm(*a)) "–" (hhmm(*b))
                                }
                                @if !day.unknown.is_empty() {
                                    @if !day.open.is_empty() { ", " }
                                    (t(lang, "hours-on-request"))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn day_date(lang: Lang, d: NaiveDate) -> String {
    long_date(lang, &d.format("%Y-%m-%d").to_string())
}

/// `GET /{lang}/bo/hours/preview?oh=…` (or the grid's fields with
/// `from=grid`): the check's result as an HTML fragment, for hours.js. The
/// fragment's root says, in data attributes, the text the grid gives
/// (`data-oh`) and the grid the text gives (`data-grid`, days separated by
/// `|`, absent when the hours have exceptions or cannot be read).
async fn preview(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Query(q): Query<Vec<(String, String)>>,
) -> PageResult {
    let mut input = HoursInput::default();
    let mut from_grid = false;
    for (k, v) in &q {
        match k.as_str() {
            "oh" => input.text = v.clone(),
            "from" => from_grid = v == "grid",
            _ => {
                input.take(k, v);
            }
        }
    }
    let (text, grid_problems) = if from_grid {
        match WeekGrid::from_slots(&input.grid) {
            Ok(g) => (g.to_osm(), vec![]),
            Err(e) => (String::new(), grid_errors(lang, &e)),
        }
    } else {
        (input.text.trim().to_owned(), vec![])
    };
    let grid = if Hours::parse(&text, &state.region.country).is_ok() || text.is_empty() {
        WeekGrid::from_osm(&text).map(|g| {
            g.to_slots()
                .iter()
                .map(|day| {
                    day.iter()
                        .map(|(a, b)| format!("{a}-{b}"))
                        .collect::<Vec<_>>()
                        .join(",")
                })
                .collect::<Vec<_>>()
                .join("|")
        })
    } else {
        None
    };
    let valid = text.is_empty() || Hours::parse(&text, &state.region.country).is_ok();
    let fragment = html! {
        div.preview data-oh=[(from_grid && grid_problems.is_empty()).then_some(&text)]
            data-grid=[grid] data-valid=(if valid { "true" } else { "false" })
            data-grid-ok=(if grid_problems.is_empty() { "true" } else { "false" }) {
            @if grid_problems.is_empty() {
                (result(lang, &state, &text))
            } @else {
                div.check-result.invalid {
                    p { strong { (t(lang, "hours-editor-grid-problems")) } }
                    ul { @for e in &grid_problems { li { (e.message) } } }
                }
            }
        }
    };
    Ok((
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        fragment.into_string(),
    )
        .into_response())
}
