//! The asset register: each delivered unit with its item, place, transfer
//! date and state; the transfers due within N months; a page per unit with
//! its history and a form to record what happened to it — moved to another
//! labelled EPN, broken, repaired, lost, given to the space — on a date
//! between its delivery and today, with a note. Refusals are said on the
//! form (422), nothing typed lost. The register downloads as CSV and Excel.

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use chrono::NaiveDate;
use domain::account::Access;
use domain::equipment::asset::{
    AssetEvent, AssetRefusal, AssetState, apply, check_event_date, transfers_due,
};
use domain::export::{Cell, Table};
use domain::{LabelStatus, Lang, PlaceKind};
use maud::html;
use store::equipment::{Asset, EquipmentError, state_code};

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::PageError;
use crate::ui::download::attachment;
use crate::ui::form::{FieldError, error_summary, radios, select_field, text_input, textarea};
use crate::ui::format::{local_datetime, long_date};
use crate::ui::layout::back_office_page;
use crate::ui::{PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get(
            "/{lang}/bo/equipment/assets",
            Access::COORDINATION,
            register,
        )
        .get("/{lang}/bo/equipment/assets.csv", Access::COORDINATION, csv)
        .get(
            "/{lang}/bo/equipment/assets.xlsx",
            Access::COORDINATION,
            xlsx,
        )
        .get(
            "/{lang}/bo/equipment/assets/{id}",
            Access::COORDINATION,
            asset_page,
        )
        .post(
            "/{lang}/bo/equipment/assets/{id}/event",
            Access::COORDINATION,
            asset_event,
        )
}

/// The events a person can record, in the form's order.
const EVENTS: [&str; 5] = ["moved", "broken", "repaired", "lost", "transferred"];

fn state_words(lang: Lang, a: &Asset) -> String {
    t(
        lang,
        &format!("equipment-state-{}", state_code(a.state).replace('_', "-")),
    )
}

/// Item code → description, over every campaign.
async fn item_names(state: &AppState) -> Result<BTreeMap<String, String>, PageError> {
    let mut out = BTreeMap::new();
    for c in state.db.equipment_campaigns().await? {
        for i in state.db.equipment_items(c.id).await? {
            out.insert(i.code, i.description);
        }
    }
    Ok(out)
}

fn today(state: &AppState) -> NaiveDate {
    state
        .now()
        .with_timezone(&state.region.timezone)
        .date_naive()
}

async fn register(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(q): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let l = lang.code();
    let assets = state.db.equipment_assets(None).await?;
    let names = item_names(&state).await?;
    let months: i64 = form_urlencoded::parse(q.as_deref().unwrap_or("").as_bytes())
        .find(|(k, _)| k == "months")
        .and_then(|(_, v)| v.parse().ok())
        .filter(|m| (1..=120).contains(m))
        .unwrap_or(12);
    let due = transfers_due(
        &assets
            .iter()
            .map(|a| (a.delivered_on, a.state))
            .collect::<Vec<_>>(),
        today(&state),
        months * 30,
    );
    let title = t(lang, "equipment-assets-title");
    let body = html! {
        p { a href=(format!("/{l}/bo/equipment")) { (t(lang, "equipment-back")) } }
        h1 { (title) }
        p { (t(lang, "equipment-assets-intro")) }
        p {
            a href=(format!("/{l}/bo/equipment/assets.csv")) download { (t(lang, "equipment-assets-csv")) }
            " · "
            a href=(format!("/{l}/bo/equipment/assets.xlsx")) download { (t(lang, "equipment-assets-xlsx")) }
        }
        section aria-labelledby="due-h" {
            h2 #due-h { (t_args(lang, "equipment-due-title", &[("months", (months as usize).into())])) }
            form.filters method="get" action=(format!("/{l}/bo/equipment/assets")) {
                (text_input("months", &t(lang, "equipment-due-months"), "number", &months.to_string(), None, &[]))
                button type="submit" { (t(lang, "equipment-show")) }
            }
            @if due.is_empty() { p { (t(lang, "equipment-due-none")) } }
            ul #transfers-due {
                @for (i, on) in &due {
                    li { a href=(format!("/{l}/bo/equipment/assets/{}", assets[*i].id)) { bdi { (assets[*i].serial) } }
                        " — " (assets[*i].place_name) " — " (long_date(lang, &on.to_string())) }
                }
            }
        }
        div.table-scroll tabindex="0" role="region" aria-label=(title) {
            table.bo #assets {
                thead { tr {
                    th scope="col" { (t(lang, "equipment-col-serial")) }
                    th scope="col" { (t(lang, "equipment-col-item")) }
                    th scope="col" { (t(lang, "equipment-col-place")) }
                    th scope="col" { (t(lang, "equipment-col-delivered")) }
                    th scope="col" { (t(lang, "equipment-col-transfer")) }
                    th scope="col" { (t(lang, "equipment-col-state")) }
                } }
                tbody {
                    @for a in &assets {
                        tr {
                            td { a href=(format!("/{l}/bo/equipment/assets/{}", a.id)) { bdi { (a.serial) } } }
                            td { (names.get(&a.item_code).map_or(a.item_code.as_str(), String::as_str)) }
                            td { (a.place_name) }
                            td { (long_date(lang, &a.delivered_on.to_string())) }
                            td { (long_date(lang, &a.transfer_on.to_string())) }
                            td { (state_words(lang, a)) }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &title,
        "/bo/equipment/assets",
        body,
    ))
}

/// The register as a table (English column names, dates as ISO dates,
/// states as codes) for CSV and Excel.
async fn table(state: &AppState) -> Result<Table, PageError> {
    let assets = state.db.equipment_assets(None).await?;
    let names = item_names(state).await?;
    let header = [
        "serial",
        "item_code",
        "item",
        "owner",
        "place_id",
        "place",
        "delivered_on",
        "transfer_on",
        "state",
    ]
    .map(String::from)
    .to_vec();
    let rows = assets
        .iter()
        .map(|a| {
            vec![
                Cell::text(a.serial.clone()),
                Cell::text(a.item_code.clone()),
                Cell::opt_text(names.get(&a.item_code).map(String::as_str)),
                // The region until the transfer, then the space that holds it.
                Cell::text(if a.state == AssetState::Transferred {
                    "epn"
                } else {
                    "region"
                }),
                Cell::Integer(a.place_id),
                Cell::text(a.place_name.clone()),
                Cell::text(a.delivered_on.to_string()),
                Cell::text(a.transfer_on.to_string()),
                Cell::text(state_code(a.state)),
            ]
        })
        .collect();
    Ok(Table { header, rows })
}

async fn csv(State(state): State<AppState>) -> PageResult {
    Ok(attachment(
        "text/csv; charset=utf-8",
        "equipment-assets.csv",
        table(&state).await?.to_csv(),
    ))
}

async fn xlsx(State(state): State<AppState>) -> PageResult {
    let table = table(&state).await?;
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let sheet = book.add_worksheet();
    crate::services::exports::write_sheet(sheet, &table, &bold)
        .and_then(|_| sheet.set_name("assets").map(|_| ()))
        .and_then(|_| sheet.set_freeze_panes(1, 0).map(|_| ()))
        .map_err(PageError::internal)?;
    sheet.autofit();
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "equipment-assets.xlsx",
        book.save_to_buffer().map_err(PageError::internal)?,
    ))
}

/// What the event form holds, as typed.
#[derive(Default)]
struct EventForm {
    event: String,
    on: String,
    place: String,
    note: String,
}

/// The labelled EPN an asset can move to (all but where it is).
fn destinations(state: &AppState, a: &Asset) -> Vec<(i64, String)> {
    let mut v: Vec<(i64, String)> = state
        .directory()
        .summaries()
        .filter(|p| {
            p.kind == PlaceKind::Epn && p.label == LabelStatus::Labelled && p.id != a.place_id
        })
        .map(|p| (p.id, p.name.to_owned()))
        .collect();
    v.sort_by(|x, y| x.1.cmp(&y.1));
    v
}

fn refusal_words(lang: Lang, r: &AssetRefusal) -> String {
    match r {
        AssetRefusal::TooEarly { transfer_on } => t_args(
            lang,
            "equipment-refused-too-early-on",
            &[("date", long_date(lang, &transfer_on.to_string()).into())],
        ),
        AssetRefusal::AlreadyTransferred => t(lang, "equipment-refused-transferred"),
        AssetRefusal::Lost => t(lang, "equipment-refused-lost"),
        AssetRefusal::NotBroken => t(lang, "equipment-refused-not-broken"),
        AssetRefusal::DateOutside => t(lang, "equipment-refused-date-outside"),
        AssetRefusal::SamePlace => t(lang, "equipment-refused-same-place"),
    }
}

async fn asset_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let a = state
        .db
        .equipment_asset(id)
        .await?
        .ok_or(PageError::NotFound)?;
    let f = EventForm {
        on: today(&state).to_string(),
        ..Default::default()
    };
    let recorded = q.as_deref().is_some_and(|q| q.starts_with("recorded"));
    render(&state, lang, &ctx, &a, &f, &[], recorded).await
}

async fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    a: &Asset,
    f: &EventForm,
    errors: &[FieldError],
    recorded: bool,
) -> PageResult {
    let l = lang.code();
    let tz = state.region.timezone;
    let names = item_names(state).await?;
    let events = state.db.equipment_asset_events(a.id).await?;
    let today = today(state);
    // The events that can happen to it now (a transfer before its date
    // stays offered: the refusal then says the date).
    let offered: Vec<(&str, String)> = EVENTS
        .iter()
        .filter(|e| {
            let ev = match **e {
                "moved" => AssetEvent::Moved { place_id: 0 },
                "broken" => AssetEvent::Broken,
                "repaired" => AssetEvent::Repaired,
                "lost" => AssetEvent::Lost,
                _ => AssetEvent::Transferred,
            };
            matches!(
                apply(a.state, a.delivered_on, &ev, today),
                Ok(_) | Err(AssetRefusal::TooEarly { .. })
            )
        })
        .map(|e| (*e, t(lang, &format!("equipment-event-{e}"))))
        .collect();
    let places = destinations(state, a);
    let title = t_args(
        lang,
        "equipment-asset-title",
        &[("serial", a.serial.clone().into())],
    );
    let place_options = html! {
        option value="" selected[f.place.is_empty()] { (t(lang, "equipment-field-place-none")) }
        @for (id, name) in &places {
            option value=(id) selected[f.place == id.to_string()] { (name) }
        }
    };
    let body = html! {
        p { a href=(format!("/{l}/bo/equipment/assets")) { (t(lang, "equipment-assets-back")) } }
        h1 { (title) }
        @if recorded { p.notice role="status" { (t(lang, "equipment-asset-recorded")) } }
        (error_summary(lang, errors))
        dl.call-rules {
            dt { (t(lang, "equipment-col-item")) }
            dd { (names.get(&a.item_code).map_or(a.item_code.as_str(), String::as_str)) }
            dt { (t(lang, "equipment-col-owner")) }
            dd #asset-owner {
                @if a.state == AssetState::Transferred { (a.place_name) }
                @else { (state.region.display(&state.region.name, lang)) }
            }
            dt { (t(lang, "equipment-col-place")) }
            dd { (a.place_name) }
            dt { (t(lang, "equipment-col-delivered")) }
            dd { (long_date(lang, &a.delivered_on.to_string())) }
            dt { (t(lang, "equipment-col-transfer")) }
            dd { (long_date(lang, &a.transfer_on.to_string())) }
            dt { (t(lang, "equipment-col-state")) }
            dd #asset-state { (state_words(lang, a)) }
        }
        section aria-labelledby="history-h" {
            h2 #history-h { (t(lang, "equipment-asset-history")) }
            div.table-scroll tabindex="0" role="region" aria-labelledby="history-h" {
                table.bo #asset-history {
                    thead { tr {
                        th scope="col" { (t(lang, "equipment-col-date")) }
                        th scope="col" { (t(lang, "equipment-col-event")) }
                        th scope="col" { (t(lang, "equipment-col-place")) }
                        th scope="col" { (t(lang, "equipment-col-note")) }
                        th scope="col" { (t(lang, "equipment-col-by")) }
                    } }
                    tbody {
                        @for e in &events {
                            tr {
                                td { (long_date(lang, &e.on_date)) }
                                td { (t(lang, &format!("equipment-event-{}", e.kind))) }
                                td { (e.place_name.as_deref().unwrap_or("")) }
                                td { (e.note.as_deref().unwrap_or("")) }
                                td { (e.user_email.as_deref().unwrap_or("")) " — " (local_datetime(lang, tz, e.at)) }
                            }
                        }
                    }
                }
            }
        }
        @if offered.is_empty() {
            p { (t(lang, "equipment-asset-final")) }
        } @else {
            section aria-labelledby="record-h" {
                h2 #record-h { (t(lang, "equipment-record-title")) }
                form method="post" action=(format!("/{l}/bo/equipment/assets/{}/event", a.id)) novalidate {
                    (csrf_field(ctx))
                    (radios("event", &t(lang, "equipment-field-event"), None, &offered, &f.event, errors))
                    (select_field("place", &t(lang, "equipment-field-place"), Some(&t(lang, "equipment-field-place-hint")), errors, place_options))
                    (text_input("on", &t(lang, "equipment-field-on"), "date", &f.on, Some(&t(lang, "equipment-field-on-hint")), errors))
                    (textarea("note", &t(lang, "equipment-field-note"), None, &f.note, errors))
                    button type="submit" { (t(lang, "equipment-record")) }
                }
            }
        }
    };
    Ok(crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        &format!("/bo/equipment/assets/{}", a.id),
        body,
        !errors.is_empty(),
    ))
}

/// The field a refusal is about.
fn refusal_field(r: &AssetRefusal, first_event: &str) -> String {
    match r {
        AssetRefusal::DateOutside => "on".into(),
        AssetRefusal::SamePlace => "place".into(),
        _ => format!("event-{first_event}"),
    }
}

async fn asset_event(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let a = state
        .db
        .equipment_asset(id)
        .await?
        .ok_or(PageError::NotFound)?;
    let mut f = EventForm::default();
    for (k, v) in form_urlencoded::parse(&body) {
        let v = v.trim().to_owned();
        match k.as_ref() {
            "event" => f.event = v,
            "on" => f.on = v,
            "place" => f.place = v,
            "note" => f.note = v,
            _ => {}
        }
    }
    // The radios' error anchor is their first offered value; "moved" is
    // offered whenever anything is.
    let first = "moved";
    let mut errors = Vec::new();
    let on = if f.on.is_empty() {
        Some(today(&state))
    } else {
        match NaiveDate::parse_from_str(&f.on, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                errors.push(FieldError::new("on", t(lang, "equipment-error-on")));
                None
            }
        }
    };
    let event = match f.event.as_str() {
        "moved" => match f.place.parse::<i64>() {
            Ok(p) if destinations(&state, &a).iter().any(|(id, _)| *id == p) || p == a.place_id => {
                Some(AssetEvent::Moved { place_id: p })
            }
            _ => {
                errors.push(FieldError::new("place", t(lang, "equipment-error-place")));
                None
            }
        },
        "broken" => Some(AssetEvent::Broken),
        "repaired" => Some(AssetEvent::Repaired),
        "lost" => Some(AssetEvent::Lost),
        "transferred" => Some(AssetEvent::Transferred),
        _ => {
            errors.insert(
                0,
                FieldError::new(&format!("event-{first}"), t(lang, "equipment-error-event")),
            );
            None
        }
    };
    if let (Some(on), true) = (on, errors.is_empty())
        && let Err(r) = check_event_date(a.delivered_on, on, today(&state))
    {
        errors.push(FieldError::new(
            &refusal_field(&r, first),
            refusal_words(lang, &r),
        ));
    }
    let (Some(event), Some(on), true) = (event, on, errors.is_empty()) else {
        return render(&state, lang, &ctx, &a, &f, &errors, false).await;
    };
    let note = Some(f.note.as_str()).filter(|n| !n.is_empty());
    match state
        .db
        .record_asset_event(id, &event, on, note, Some(user.id), state.now().timestamp())
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/bo/equipment/assets/{id}?recorded",
            lang.code()
        ))
        .into_response()),
        Err(EquipmentError::Asset(r)) => {
            let e = FieldError::new(&refusal_field(&r, first), refusal_words(lang, &r));
            render(&state, lang, &ctx, &a, &f, &[e], false).await
        }
        Err(EquipmentError::Store(e)) => Err(e.into()),
        Err(_) => Err(PageError::NotFound),
    }
}
