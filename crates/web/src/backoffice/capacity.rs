//! Capacity per place and year (issue 11): EPN managers record and correct
//! their places' days and hours open, visitors, equipment, trainings and
//! animators; the coordination reads every place's latest record.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use chrono::{Datelike, TimeDelta};
use domain::Lang;
use domain::Place;
use domain::account::{Access, Role};
use domain::capacity::{Capacity, CapacityDraft, CapacityError, CapacityErrorKind, fte_text};
use domain::directory::HoursInfo;
use maud::html;
use store::accounts::User;
use store::capacity::CapacityRecord;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::form::{FieldError, error_summary, radios, text_input, textarea};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

/// Only the places' own managers write; the coordination reads.
const RECORDERS: Access = Access::Roles(&[Role::EpnManager]);

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/capacity", Access::PLACE_EDITORS, list_page)
        .get(
            "/{lang}/bo/capacity/{id}",
            Access::PLACE_EDITORS,
            place_page,
        )
        .post("/{lang}/bo/capacity/{id}", RECORDERS, save)
}

/// The signed-in account and the place, if this account may see its records
/// (an EPN manager: their organisations' places; the coordination: all).
/// Another organisation's place is a 404: not even said to exist.
fn visible_place<'c>(state: &AppState, ctx: &'c Ctx, id: &str) -> PageResult<(&'c User, Place)> {
    let user = ctx.user()?;
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    let place = state
        .directory()
        .place(id)
        .filter(|p| user.role.is_coordination() || user.manages(p.organisation_id))
        .ok_or(PageError::NotFound)?;
    Ok((user, place))
}

fn visitors_text(lang: Lang, c: &Capacity) -> String {
    let method = if c.visitors_counted {
        "capacity-counted"
    } else {
        "capacity-estimated"
    };
    format!("{} ({})", c.visitors_a_week(), t(lang, method))
}

fn yes_no(lang: Lang, b: bool) -> String {
    t(lang, if b { "capacity-yes" } else { "capacity-no" })
}

async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let dir = state.directory();
    let latest = state.db.latest_capacities().await?;
    // The coordination: every place with a record; a manager: each of their places.
    let rows: Vec<(Place, Option<&CapacityRecord>)> = if user.role.is_coordination() {
        latest
            .iter()
            .filter_map(|r| dir.place(r.place_id).map(|p| (p, Some(r))))
            .collect()
    } else {
        dir.places_where(|p| user.manages(p.organisation_id))
            .into_iter()
            .map(|p| {
                let record = latest.iter().find(|r| r.place_id == p.id);
                (p, record)
            })
            .collect()
    };
    let l = lang.code();
    let title = t(lang, "capacity-title");
    let body = html! {
        h1 { (title) }
        p { (t(lang, if user.role.is_coordination() { "capacity-intro-coordination" } else { "capacity-intro-manager" })) }
        @if rows.is_empty() { p { (t(lang, "capacity-none")) } }
        @else {
            div.table-scroll {
                table.bo #capacity-latest {
                    caption { (t(lang, "capacity-latest-caption")) }
                    thead { tr {
                        th scope="col" { (t(lang, "capacity-place")) }
                        th scope="col" { (t(lang, "capacity-field-year")) }
                        th scope="col" { (t(lang, "capacity-visitors-week-column")) }
                        th scope="col" { (t(lang, "capacity-field-computers")) }
                        th scope="col" { (t(lang, "capacity-field-tablets")) }
                        th scope="col" { (t(lang, "capacity-field-trainings")) }
                        th scope="col" { (t(lang, "capacity-field-animators")) }
                    } }
                    tbody {
                        @for (p, r) in &rows {
                            tr {
                                th scope="row" { a href=(format!("/{l}/bo/capacity/{}", p.id)) { (p.name) } }
                                @if let Some(r) = r {
                                    @let c = &r.capacity;
                                    td { bdi { (c.year) } }
                                    td { (visitors_text(lang, c)) }
                                    td { (c.computers) }
                                    td { (c.tablets) }
                                    td { (yes_no(lang, c.trainings)) }
                                    td { (c.animators) }
                                } @else {
                                    td colspan="6" { (t(lang, "capacity-no-record")) }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(lang, &ctx, &title, "/bo/capacity", body))
}

fn query_value(raw: &Option<String>, key: &str) -> Option<String> {
    form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// Days and hours open a week from the directory's opening hours, in the
/// current local week, when the place has readable hours.
fn week_from_directory(state: &AppState, place_id: i64) -> Option<(i32, i32)> {
    let dir = state.directory();
    let HoursInfo::Valid(hours) = dir.hours(place_id) else {
        return None;
    };
    let today = state.today();
    let monday = today - TimeDelta::days(i64::from(today.weekday().num_days_from_monday()));
    Some(domain::capacity::week_from_hours(
        hours,
        monday.and_hms_opt(0, 0, 0)?,
    ))
}

/// The form's starting values for `year`: that year's record to correct it;
/// otherwise the latest record's values, with the days and hours open from
/// the directory's opening hours when known. The bool: hours came from there.
fn starting_draft(
    state: &AppState,
    place_id: i64,
    records: &[CapacityRecord],
    year: i32,
) -> (CapacityDraft, bool) {
    if let Some(r) = records.iter().find(|r| r.capacity.year == year) {
        return (r.capacity.to_draft(), false);
    }
    let mut d = records
        .first()
        .map(|r| r.capacity.to_draft())
        .unwrap_or_default();
    d.year = year.to_string();
    let from_hours = week_from_directory(state, place_id);
    if let Some((days, hours)) = from_hours {
        d.days_open = days.to_string();
        d.hours_open = hours.to_string();
    }
    (d, from_hours.is_some())
}

async fn place_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let (user, place) = visible_place(&state, &ctx, &id)?;
    let records = state.db.capacity_of_place(place.id).await?;
    let this_year = state.today().year();
    let year = query_value(&raw, "year")
        .and_then(|y| y.parse::<i32>().ok())
        .filter(|y| (domain::capacity::FIRST_YEAR..=this_year + 1).contains(y))
        .unwrap_or(this_year);
    let (draft, from_hours) = starting_draft(&state, place.id, &records, year);
    let notice = query_value(&raw, "saved");
    render(
        lang,
        &ctx,
        user,
        &place,
        &records,
        &draft,
        from_hours,
        notice,
        &[],
    )
}

#[allow(clippy::too_many_arguments)]
fn render(
    lang: Lang,
    ctx: &Ctx,
    user: &User,
    place: &Place,
    records: &[CapacityRecord],
    d: &CapacityDraft,
    from_hours: bool,
    notice: Option<String>,
    errors: &[FieldError],
) -> PageResult {
    let l = lang.code();
    let may_record = user.role == Role::EpnManager;
    let title = t_args(
        lang,
        "capacity-place-title",
        &[("place", place.name.clone().into())],
    );
    let hint = |key: &str| Some(t(lang, key));
    let hours_hint = if from_hours {
        t(lang, "capacity-hours-from-directory")
    } else {
        t(lang, "capacity-hours-hint")
    };
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/capacity")) { (t(lang, "capacity-title")) } }
        h1 { (title) }
        @if may_record { (error_summary(lang, errors)) }
        @if let Some(y) = &notice { p.notice role="status" { (t_args(lang, "capacity-saved", &[("year", y.clone().into())])) } }
        @if records.is_empty() { p { (t(lang, "capacity-no-record")) } }
        @else {
            div.table-scroll {
                table.bo #capacity-history {
                    caption { (t(lang, "capacity-history-caption")) }
                    thead { tr {
                        th scope="col" { (t(lang, "capacity-field-year")) }
                        th scope="col" { (t(lang, "capacity-open")) }
                        th scope="col" { (t(lang, "capacity-visitors-week-column")) }
                        th scope="col" { (t(lang, "capacity-equipment")) }
                        th scope="col" { (t(lang, "capacity-field-trainings")) }
                        th scope="col" { (t(lang, "capacity-field-animators")) }
                        @if may_record { th scope="col" { (t(lang, "actions")) } }
                    } }
                    tbody {
                        @for r in records {
                            @let c = &r.capacity;
                            tr {
                                th scope="row" { bdi { (c.year) } }
                                td { (t_args(lang, "capacity-open-text", &[("days", c.days_open.into()), ("hours", c.hours_open.into())])) }
                                td {
                                    (visitors_text(lang, c)) br;
                                    span.small { (t_args(lang, "capacity-visitors-days", &[("weekday", c.visitors_weekday.into()), ("saturday", c.visitors_saturday.into())])) }
                                }
                                td {
                                    (t_args(lang, "capacity-devices", &[("computers", c.computers.into()), ("tablets", c.tablets.into())]))
                                    @if let Some(o) = &c.other_equipment { br; span.small { (o) } }
                                }
                                td { (yes_no(lang, c.trainings)) }
                                td {
                                    (c.animators)
                                    @if let Some(f) = c.animators_fte_hundredths { " " span.small { (t_args(lang, "capacity-fte", &[("fte", fte_text(f).into())])) } }
                                }
                                @if may_record {
                                    td { a href=(format!("/{l}/bo/capacity/{}?year={}#record", place.id, c.year)) {
                                        (t(lang, "capacity-correct")) span.visually-hidden { " " (c.year) }
                                    } }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if may_record {
            h2 #record { (t(lang, "capacity-form-title")) }
            p { (t(lang, "capacity-form-intro")) }
            form method="post" action=(format!("/{l}/bo/capacity/{}", place.id)) novalidate aria-labelledby="record" {
                (csrf_field(ctx))
                (text_input("year", &t(lang, "capacity-field-year"), "text", &d.year, hint("capacity-year-hint").as_deref(), errors))
                fieldset.field {
                    legend { (t(lang, "capacity-open")) }
                    (text_input("days_open", &t(lang, "capacity-field-days_open"), "text", &d.days_open, hint("capacity-days-hint").as_deref(), errors))
                    (text_input("hours_open", &t(lang, "capacity-field-hours_open"), "text", &d.hours_open, Some(&hours_hint), errors))
                }
                fieldset.field {
                    legend { (t(lang, "capacity-visitors")) }
                    (text_input("visitors_weekday", &t(lang, "capacity-field-visitors_weekday"), "text", &d.visitors_weekday, hint("capacity-weekday-hint").as_deref(), errors))
                    (text_input("visitors_saturday", &t(lang, "capacity-field-visitors_saturday"), "text", &d.visitors_saturday, hint("capacity-saturday-hint").as_deref(), errors))
                    (radios("visitors_method", &t(lang, "capacity-field-visitors_method"), None,
                        &[("counted", t(lang, "capacity-counted")), ("estimated", t(lang, "capacity-estimated"))],
                        &d.visitors_method, errors))
                }
                fieldset.field {
                    legend { (t(lang, "capacity-equipment")) }
                    (text_input("computers", &t(lang, "capacity-field-computers"), "text", &d.computers, None, errors))
                    (text_input("tablets", &t(lang, "capacity-field-tablets"), "text", &d.tablets, None, errors))
                    (textarea("other_equipment", &t(lang, "capacity-field-other_equipment"), hint("capacity-other-hint").as_deref(), &d.other_equipment, errors))
                }
                (radios("trainings", &t(lang, "capacity-field-trainings"), None,
                    &[("yes", t(lang, "capacity-yes")), ("no", t(lang, "capacity-no"))],
                    &d.trainings, errors))
                (text_input("animators", &t(lang, "capacity-field-animators"), "text", &d.animators, hint("capacity-animators-hint").as_deref(), errors))
                (text_input("animators_fte", &t(lang, "capacity-field-animators_fte"), "text", &d.animators_fte, hint("capacity-fte-hint").as_deref(), errors))
                button type="submit" { (t(lang, "capacity-save")) }
            }
        }
    };
    Ok(crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        &format!("/bo/capacity/{}", place.id),
        body,
        !errors.is_empty(),
    ))
}

/// Each domain error as a message naming its field. Radio groups are
/// anchored on their first option, as `ui::form::radios` expects.
fn field_errors(lang: Lang, errors: &[CapacityError]) -> Vec<FieldError> {
    errors
        .iter()
        .map(|e| {
            let name = t(lang, &format!("capacity-field-{}", e.field));
            let anchor = match e.field {
                "visitors_method" => "visitors_method-counted",
                "trainings" => "trainings-yes",
                f => f,
            };
            let max = match e.kind {
                CapacityErrorKind::TooLarge { max } => max,
                _ => 0,
            };
            FieldError::new(
                anchor,
                t_args(
                    lang,
                    e.kind.key(),
                    &[("field", name.into()), ("max", max.into())],
                ),
            )
        })
        .collect()
}

fn draft_from_body(body: &[u8]) -> CapacityDraft {
    let mut d = CapacityDraft::default();
    for (k, v) in form_urlencoded::parse(body) {
        let v = v.into_owned();
        match k.as_ref() {
            "year" => d.year = v,
            "days_open" => d.days_open = v,
            "hours_open" => d.hours_open = v,
            "visitors_weekday" => d.visitors_weekday = v,
            "visitors_saturday" => d.visitors_saturday = v,
            "visitors_method" => d.visitors_method = v,
            "computers" => d.computers = v,
            "tablets" => d.tablets = v,
            "other_equipment" => d.other_equipment = v,
            "trainings" => d.trainings = v,
            "animators" => d.animators = v,
            "animators_fte" => d.animators_fte = v,
            _ => {}
        }
    }
    d
}

async fn save(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let (user, place) = visible_place(&state, &ctx, &id)?;
    let draft = draft_from_body(&body);
    let capacity = match draft.validate(state.today().year()) {
        Ok(c) => c,
        Err(e) => {
            let records = state.db.capacity_of_place(place.id).await?;
            let errors = field_errors(lang, &e);
            return render(
                lang, &ctx, user, &place, &records, &draft, false, None, &errors,
            );
        }
    };
    state
        .db
        .save_capacity(place.id, &capacity, Some(user.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/capacity/{}?saved={}",
        lang.code(),
        place.id,
        capacity.year
    ))
    .into_response())
}
