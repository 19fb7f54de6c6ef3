//! Equipment in the back office. An EPN manager orders for their labelled
//! places from the campaign's catalogue: the total is shown as they fill
//! the form ("Recalculate" needs no JavaScript), an order above the cap is
//! refused with the amount over it and the quantities kept (422). The
//! coordination approves or refuses (with a reason), records the delivery
//! with a serial number per unit, and keeps the asset register: each unit,
//! its place, its transfer date (delivery + 4 years), the transfers due,
//! what happened to it.

mod assets;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use domain::account::Access;
use domain::equipment::order::{MAX_QUANTITY, OrderProblem};
use domain::{LabelStatus, Lang, PlaceKind};
use maud::{Markup, html};
use store::equipment::{Campaign, EquipmentError, Item, NewOrder, Order, OrderStatus};

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::budget::{amount, euros};
use crate::ui::form::{FieldError, error_summary, text_input, textarea};
use crate::ui::format::local_datetime;
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/equipment", Access::PLACE_EDITORS, home)
        .get(
            "/{lang}/bo/equipment/order/{place}",
            Access::PLACE_EDITORS,
            order_page,
        )
        .post(
            "/{lang}/bo/equipment/order/{place}",
            Access::PLACE_EDITORS,
            order_send,
        )
        .get(
            "/{lang}/bo/equipment/orders/{id}",
            Access::PLACE_EDITORS,
            order_view,
        )
        .post(
            "/{lang}/bo/equipment/orders/{id}/decide",
            Access::COORDINATION,
            decide,
        )
        .post(
            "/{lang}/bo/equipment/orders/{id}/deliver",
            Access::COORDINATION,
            deliver,
        )
        .merge(assets::routes())
}

fn euros_words(cents: i64) -> String {
    format!("{} €", domain::money::euros_text(cents))
}

async fn campaign(state: &AppState) -> Result<Campaign, PageError> {
    state
        .db
        .equipment_campaigns()
        .await?
        .into_iter()
        .next()
        .ok_or(PageError::NotFound)
}

/// The labelled EPN the account may order for.
fn my_places(state: &AppState, ctx: &Ctx) -> Result<Vec<domain::Place>, PageError> {
    let user = ctx.user()?;
    Ok(state.directory().places_where(|p| {
        p.kind == PlaceKind::Epn
            && p.label == LabelStatus::Labelled
            && user.manages(p.organisation_id)
    }))
}

fn status_words(lang: Lang, s: OrderStatus) -> String {
    t(lang, &format!("equipment-status-{}", s.code()))
}

async fn home(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(q): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let l = lang.code();
    let user = ctx.user()?;
    let c = campaign(&state).await?;
    let places = my_places(&state, &ctx)?;
    let coordination = user.role.is_coordination();
    let ids: Vec<i64> = places.iter().map(|p| p.id).collect();
    let orders = state
        .db
        .equipment_orders(c.id, if coordination { None } else { Some(&ids) })
        .await?;
    let title = t(lang, "equipment-bo-title");
    let body = html! {
        h1 { (title) }
        @if q.as_deref() == Some("sent") { p.notice role="status" { (t(lang, "equipment-order-sent")) } }
        p { (t_args(lang, "equipment-campaign", &[("year", c.year.into()), ("cap", euros_words(c.cap_cents).into())])) }
        p { a href=(format!("/{l}/equipment")) { (t(lang, "equipment-catalogue-link")) }
            @if coordination { " · " a href=(format!("/{l}/bo/equipment/assets")) { (t(lang, "equipment-assets-title")) } } }
        @if !coordination {
            h2 { (t(lang, "equipment-my-places")) }
            @if places.is_empty() { p { (t(lang, "equipment-no-labelled-place")) } }
            ul {
                @for p in &places {
                    li {
                        (p.name) " — "
                        @if let Some(o) = orders.iter().find(|o| o.place_id == p.id && o.status != OrderStatus::Refused) {
                            a href=(format!("/{l}/bo/equipment/orders/{}", o.id)) { (t(lang, "equipment-see-order")) }
                            " (" (status_words(lang, o.status)) ")"
                        } @else {
                            a href=(format!("/{l}/bo/equipment/order/{}", p.id)) { (t_args(lang, "equipment-order-for", &[("place", p.name.clone().into())])) }
                        }
                    }
                }
            }
        }
        h2 { (t(lang, "equipment-orders-title")) }
        (orders_table(lang, &orders))
    };
    Ok(back_office_page(lang, &ctx, &title, "/bo/equipment", body))
}

fn orders_table(lang: Lang, orders: &[Order]) -> Markup {
    let l = lang.code();
    html! {
        @if orders.is_empty() { p { (t(lang, "equipment-no-orders")) } } @else {
            div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "equipment-orders-title")) {
                table.bo #orders {
                    thead { tr {
                        th scope="col" { (t(lang, "equipment-col-place")) }
                        th scope="col" { (t(lang, "equipment-col-status")) }
                        th scope="col" { (t(lang, "equipment-col-total")) }
                    } }
                    tbody {
                        @for o in orders {
                            tr {
                                td { a href=(format!("/{l}/bo/equipment/orders/{}", o.id)) { (o.place_name) } }
                                td { (status_words(lang, o.status)) }
                                (amount(o.total_cents))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The order form as typed: contact fields and a quantity per item code.
#[derive(Debug, Default, Clone)]
struct OrderForm {
    contact_name: String,
    contact_email: String,
    contact_phone: String,
    delivery_address: String,
    quantities: Vec<(String, String)>,
    action: String,
}

impl OrderForm {
    fn parse(body: &[u8]) -> OrderForm {
        let mut f = OrderForm::default();
        for (k, v) in form_urlencoded::parse(body) {
            let v = v.trim().to_owned();
            match k.as_ref() {
                "contact_name" => f.contact_name = v,
                "contact_email" => f.contact_email = v,
                "contact_phone" => f.contact_phone = v,
                "delivery_address" => f.delivery_address = v,
                "action" => f.action = v,
                k => {
                    if let Some(code) = k.strip_prefix("q_") {
                        f.quantities.push((code.to_owned(), v));
                    }
                }
            }
        }
        f
    }

    fn quantity(&self, code: &str) -> &str {
        self.quantities
            .iter()
            .find(|(c, _)| c == code)
            .map_or("", |(_, q)| q.as_str())
    }

    /// The lines (item, quantity) and the fields whose quantity is not a
    /// whole number from 0 to the maximum.
    fn lines(&self, items: &[Item]) -> (Vec<(String, u32)>, Vec<String>) {
        let mut lines = Vec::new();
        let mut bad = Vec::new();
        for it in items {
            let raw = self.quantity(&it.code);
            if raw.is_empty() {
                continue;
            }
            match raw.parse::<u32>() {
                Ok(0) => {}
                Ok(q) if q <= MAX_QUANTITY => lines.push((it.code.clone(), q)),
                _ => bad.push(it.code.clone()),
            }
        }
        (lines, bad)
    }
}

fn total_of(items: &[Item], lines: &[(String, u32)]) -> i64 {
    lines
        .iter()
        .filter_map(|(c, q)| {
            items
                .iter()
                .find(|i| &i.code == c)
                .map(|i| i.unit_cents * i64::from(*q))
        })
        .sum()
}

#[allow(clippy::too_many_arguments)]
fn render_order_form(
    lang: Lang,
    ctx: &Ctx,
    c: &Campaign,
    items: &[Item],
    place: &domain::Place,
    f: &OrderForm,
    errors: &[FieldError],
) -> Response {
    let l = lang.code();
    let (lines, _) = f.lines(items);
    let total = total_of(items, &lines);
    let left = c.cap_cents - total;
    let title = t_args(
        lang,
        "equipment-order-title",
        &[("place", place.name.clone().into())],
    );
    let body = html! {
        p { a href=(format!("/{l}/bo/equipment")) { (t(lang, "equipment-back")) } }
        h1 { (title) }
        p { (t_args(lang, "equipment-order-intro", &[("cap", euros_words(c.cap_cents).into())])) }
        p.hint { (c.delivery_note) }
        (error_summary(lang, errors))
        form method="post" action=(format!("/{l}/bo/equipment/order/{}", place.id)) novalidate {
            (csrf_field(ctx))
            h2 { (t(lang, "equipment-contact-title")) }
            (text_input("contact_name", &t(lang, "equipment-contact-name"), "text", &f.contact_name, None, errors))
            (text_input("contact_email", &t(lang, "equipment-contact-email"), "email", &f.contact_email, None, errors))
            (text_input("contact_phone", &t(lang, "equipment-contact-phone"), "tel", &f.contact_phone, None, errors))
            (textarea("delivery_address", &t(lang, "equipment-delivery-address"), Some(&t(lang, "equipment-delivery-address-hint")), &f.delivery_address, errors))
            h2 { (t(lang, "equipment-items-title")) }
            p.hint { (t(lang, "equipment-items-hint")) }
            @for cat in domain::equipment::catalogue::CATEGORIES {
                @let in_cat: Vec<&Item> = items.iter().filter(|i| i.category == cat).collect();
                @if !in_cat.is_empty() {
                    fieldset.field.equipment-category {
                        legend { (t(lang, &format!("equipment-category-{cat}"))) }
                        @for it in in_cat {
                            @let id = format!("q_{}", it.code);
                            (text_input(&id, &format!("{} — {}", it.description, euros_words(it.unit_cents)), "number", f.quantity(&it.code), None, errors))
                        }
                    }
                }
            }
            div.order-total #order-total role="status" {
                p { (t(lang, "equipment-total")) " " strong { (euros(total)) } }
                @if left >= 0 {
                    p { (t(lang, "equipment-left")) " " (euros(left)) }
                } @else {
                    p.field-error { (t_args(lang, "equipment-over-cap", &[("over", euros_words(-left).into()), ("cap", euros_words(c.cap_cents).into())])) }
                }
            }
            div.actions {
                button.secondary type="submit" name="action" value="recalc" { (t(lang, "equipment-recalc")) }
                button type="submit" name="action" value="send" { (t(lang, "equipment-send")) }
            }
        }
    };
    crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        &format!("/bo/equipment/order/{}", place.id),
        body,
        !errors.is_empty(),
    )
}

fn find_place(state: &AppState, ctx: &Ctx, id: i64) -> Result<domain::Place, PageError> {
    my_places(state, ctx)?
        .into_iter()
        .find(|p| p.id == id)
        .ok_or(PageError::NotFound)
}

async fn order_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, place)): Path<(String, i64)>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let p = find_place(&state, &ctx, place)?;
    let c = campaign(&state).await?;
    if let Some(o) = state.db.standing_order(c.id, p.id).await? {
        return Ok(
            Redirect::to(&format!("/{}/bo/equipment/orders/{}", lang.code(), o.id)).into_response(),
        );
    }
    let items = state.db.equipment_items(c.id).await?;
    let f = OrderForm {
        contact_name: user.name.clone(),
        contact_email: p.email.clone().unwrap_or_else(|| user.email.clone()),
        contact_phone: p.phone.clone().unwrap_or_default(),
        delivery_address: [
            p.address.clone().unwrap_or_default(),
            p.postcode.clone().unwrap_or_default(),
        ]
        .join(" ")
        .trim()
        .to_owned(),
        ..Default::default()
    };
    Ok(render_order_form(lang, &ctx, &c, &items, &p, &f, &[]))
}

async fn order_send(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, place)): Path<(String, i64)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let p = find_place(&state, &ctx, place)?;
    let c = campaign(&state).await?;
    let items = state.db.equipment_items(c.id).await?;
    let f = OrderForm::parse(&body);
    let (lines, bad) = f.lines(&items);
    let mut errors: Vec<FieldError> = bad
        .iter()
        .map(|code| {
            FieldError::new(
                &format!("q_{code}"),
                t_args(
                    lang,
                    "equipment-error-quantity",
                    &[("max", (MAX_QUANTITY as usize).into())],
                ),
            )
        })
        .collect();
    if f.action != "send" {
        // "Recalculate": the form again with its total, nothing saved.
        return Ok(render_order_form(lang, &ctx, &c, &items, &p, &f, &errors));
    }
    if f.contact_name.is_empty() {
        errors.push(FieldError::new(
            "contact_name",
            t(lang, "error-name-missing"),
        ));
    }
    let email = domain::account::normalise_email(&f.contact_email);
    if email.is_none() {
        errors.push(FieldError::new(
            "contact_email",
            t(lang, "error-email-invalid"),
        ));
    }
    if f.delivery_address.is_empty() {
        errors.push(FieldError::new(
            "delivery_address",
            t(lang, "equipment-error-address"),
        ));
    }
    let first_item = items
        .first()
        .map(|i| format!("q_{}", i.code))
        .unwrap_or_default();
    let total = total_of(&items, &lines);
    if lines.is_empty() && bad.is_empty() {
        errors.push(FieldError::new(
            &first_item,
            t(lang, "equipment-error-empty"),
        ));
    }
    if total > c.cap_cents {
        errors.push(FieldError::new(
            &first_item,
            t_args(
                lang,
                "equipment-error-over-cap",
                &[
                    ("over", euros_words(total - c.cap_cents).into()),
                    ("cap", euros_words(c.cap_cents).into()),
                ],
            ),
        ));
    }
    if !errors.is_empty() {
        return Ok(render_order_form(lang, &ctx, &c, &items, &p, &f, &errors));
    }
    let order = NewOrder {
        place_id: p.id,
        contact_name: f.contact_name.clone(),
        contact_email: email.unwrap_or_default(),
        contact_phone: Some(f.contact_phone.clone()).filter(|x| !x.is_empty()),
        delivery_address: f.delivery_address.clone(),
        lines,
    };
    match state
        .db
        .submit_equipment_order(&c, &order, Some(user.id), state.now().timestamp())
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/{}/bo/equipment?sent", lang.code())).into_response()),
        Err(EquipmentError::AlreadyOrdered(id)) => {
            Ok(Redirect::to(&format!("/{}/bo/equipment/orders/{id}", lang.code())).into_response())
        }
        Err(EquipmentError::Order(problems)) => {
            let errors: Vec<FieldError> = problems
                .iter()
                .map(|p| match p {
                    OrderProblem::OverCap { over_cents, .. } => FieldError::new(
                        &first_item,
                        t_args(
                            lang,
                            "equipment-error-over-cap",
                            &[
                                ("over", euros_words(*over_cents).into()),
                                ("cap", euros_words(c.cap_cents).into()),
                            ],
                        ),
                    ),
                    OrderProblem::Empty => {
                        FieldError::new(&first_item, t(lang, "equipment-error-empty"))
                    }
                    OrderProblem::Quantity { item, .. } => FieldError::new(
                        &format!("q_{item}"),
                        t_args(
                            lang,
                            "equipment-error-quantity",
                            &[("max", (MAX_QUANTITY as usize).into())],
                        ),
                    ),
                })
                .collect();
            Ok(render_order_form(lang, &ctx, &c, &items, &p, &f, &errors))
        }
        Err(EquipmentError::Store(e)) => Err(e.into()),
        Err(_) => Err(PageError::NotFound),
    }
}

/// The order, when the account may see it (the coordination, or a manager
/// of its place).
async fn load_order(state: &AppState, ctx: &Ctx, id: i64) -> Result<Order, PageError> {
    let user = ctx.user()?;
    let o = state
        .db
        .equipment_order(id)
        .await?
        .ok_or(PageError::NotFound)?;
    if !user.role.is_coordination() && !my_places(state, ctx)?.iter().any(|p| p.id == o.place_id) {
        return Err(PageError::NotFound);
    }
    Ok(o)
}

async fn order_view(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let o = load_order(&state, &ctx, id).await?;
    let error = match q.as_deref() {
        Some("serials") => Some(t(lang, "equipment-error-serials")),
        Some("reason") => Some(t(lang, "equipment-error-reason")),
        _ => None,
    };
    render_order(&state, lang, &ctx, &o, error).await
}

async fn render_order(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    o: &Order,
    error: Option<String>,
) -> PageResult {
    let l = lang.code();
    let user = ctx.user()?;
    let c = campaign(state).await?;
    let items = state.db.equipment_items(c.id).await?;
    let events = state.db.equipment_order_events(o.id).await?;
    let tz = state.region.timezone;
    let describe = |code: &str| {
        items
            .iter()
            .find(|i| i.code == code)
            .map_or(code.to_owned(), |i| i.description.clone())
    };
    let title = t_args(
        lang,
        "equipment-order-of",
        &[("place", o.place_name.clone().into())],
    );
    let body = html! {
        p { a href=(format!("/{l}/bo/equipment")) { (t(lang, "equipment-back")) } }
        h1 { (title) }
        p #order-status { strong { (status_words(lang, o.status)) } " — " (t(lang, "equipment-total")) " " (euros(o.total_cents)) }
        @if let Some(e) = &error { p.field-error role="alert" { (e) } }
        dl {
            dt { (t(lang, "equipment-contact-name")) } dd { (o.contact_name) }
            dt { (t(lang, "equipment-contact-email")) } dd { bdi { (o.contact_email) } }
            @if let Some(ph) = &o.contact_phone { dt { (t(lang, "equipment-contact-phone")) } dd { bdi { (ph) } } }
            dt { (t(lang, "equipment-delivery-address")) } dd { (o.delivery_address) }
        }
        div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "equipment-items-title")) {
            table.bo {
                thead { tr {
                    th scope="col" { (t(lang, "equipment-col-item")) }
                    th scope="col" { (t(lang, "equipment-col-quantity")) }
                    th scope="col" { (t(lang, "equipment-col-unit")) }
                } }
                tbody {
                    @for (code, q, unit) in &o.lines {
                        tr { td { (describe(code)) } td.num { (q) } (amount(*unit)) }
                    }
                }
            }
        }
        @if user.role.is_coordination() && o.status == OrderStatus::Submitted {
            section aria-labelledby="decide-h" {
                h2 #decide-h { (t(lang, "equipment-decide-title")) }
                form method="post" action=(format!("/{l}/bo/equipment/orders/{}/decide", o.id)) {
                    (csrf_field(ctx))
                    (textarea("note", &t(lang, "equipment-decide-note"), Some(&t(lang, "equipment-decide-note-hint")), "", &[]))
                    div.actions {
                        button type="submit" name="decision" value="approve" { (t(lang, "equipment-approve")) }
                        button.secondary type="submit" name="decision" value="refuse" { (t(lang, "equipment-refuse")) }
                    }
                }
            }
        }
        @if user.role.is_coordination() && o.status == OrderStatus::Approved {
            section aria-labelledby="deliver-h" {
                h2 #deliver-h { (t(lang, "equipment-deliver-title")) }
                form method="post" action=(format!("/{l}/bo/equipment/orders/{}/deliver", o.id)) {
                    (csrf_field(ctx))
                    (text_input("delivered_on", &t(lang, "equipment-delivered-on"), "date", "", None, &[]))
                    @for (code, q, _) in &o.lines {
                        fieldset.field {
                            legend { (describe(code)) }
                            @for i in 0..*q {
                                @let id = format!("serial_{code}_{i}");
                                div.field {
                                    label for=(id) { (t_args(lang, "equipment-serial-n", &[("n", ((i + 1) as usize).into())])) }
                                    input id=(id) name=(format!("serial_{code}")) type="text";
                                }
                            }
                        }
                    }
                    button type="submit" { (t(lang, "equipment-deliver")) }
                }
            }
        }
        section aria-labelledby="order-history-h" {
            h2 #order-history-h { (t(lang, "equipment-history")) }
            ol.history {
                @for e in &events {
                    li { strong { (status_words(lang, e.status)) } " — " (local_datetime(lang, tz, e.at))
                        @if let Some(u) = &e.user_email { " — " bdi { (u) } }
                        @if let Some(n) = &e.note { p.note { (n) } } }
                }
            }
        }
    };
    Ok(back_office_page(
        lang,
        ctx,
        &title,
        &format!("/bo/equipment/orders/{}", o.id),
        body,
    ))
}

async fn decide(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let (mut decision, mut note) = (String::new(), String::new());
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "decision" => decision = v.into_owned(),
            "note" => note = v.trim().to_owned(),
            _ => {}
        }
    }
    let approve = decision == "approve";
    if !approve && note.is_empty() {
        return Ok(
            Redirect::to(&format!("/{}/bo/equipment/orders/{id}?reason", lang.code()))
                .into_response(),
        );
    }
    let note = Some(note.as_str()).filter(|n| !n.is_empty());
    match state
        .db
        .decide_equipment_order(id, approve, note, Some(user.id), state.now().timestamp())
        .await
    {
        Ok(()) | Err(EquipmentError::NotNow) => {}
        Err(EquipmentError::Store(e)) => return Err(e.into()),
        Err(_) => return Err(PageError::NotFound),
    }
    Ok(Redirect::to(&format!("/{}/bo/equipment/orders/{id}", lang.code())).into_response())
}

async fn deliver(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let mut on = None;
    let mut serials = Vec::new();
    for (k, v) in form_urlencoded::parse(&body) {
        if k == "delivered_on" {
            on = v.trim().parse::<NaiveDate>().ok();
        } else if let Some(code) = k.strip_prefix("serial_") {
            serials.push((code.to_owned(), v.trim().to_owned()));
        }
    }
    let Some(on) = on else {
        return Ok(Redirect::to(&format!(
            "/{}/bo/equipment/orders/{id}?serials",
            lang.code()
        ))
        .into_response());
    };
    match state
        .db
        .deliver_equipment_order(id, on, &serials, Some(user.id), state.now().timestamp())
        .await
    {
        Ok(()) => {
            Ok(Redirect::to(&format!("/{}/bo/equipment/assets", lang.code())).into_response())
        }
        Err(EquipmentError::Serials(_)) => Ok(Redirect::to(&format!(
            "/{}/bo/equipment/orders/{id}?serials",
            lang.code()
        ))
        .into_response()),
        Err(EquipmentError::Store(e)) => Err(e.into()),
        Err(_) => {
            Ok(Redirect::to(&format!("/{}/bo/equipment/orders/{id}", lang.code())).into_response())
        }
    }
}
