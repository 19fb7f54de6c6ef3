//! Equipment the region gives (migration 0024): a campaign's catalogue,
//! the orders of labelled EPN under the cap (one standing order per place
//! and campaign; the unit prices of the day kept with it), their approval
//! and delivery, and the asset register: each delivered unit with its
//! serial, place and transfer date, and what happened to it. The rules are
//! in `domain::equipment`.

use chrono::NaiveDate;
use domain::equipment::asset::{AssetEvent, AssetRefusal, AssetState, apply, transfer_date};
use domain::equipment::catalogue::{Catalogue, Kind};
use domain::equipment::order::{OrderLine, OrderProblem, check};
use serde::Serialize;

use crate::audit::NewAudit;
use crate::{Db, Result, StoreError, run, write_tx};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Campaign {
    pub id: i64,
    pub key: String,
    pub year: i32,
    pub cap_cents: i64,
    pub delivery_note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Item {
    pub code: String,
    pub category: String,
    pub kind: String,
    pub of_code: Option<String>,
    pub description: String,
    pub unit_cents: i64,
}

/// Where an order is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    Submitted,
    Approved,
    Refused,
    Delivered,
}

impl OrderStatus {
    pub const ALL: [OrderStatus; 4] = [
        OrderStatus::Submitted,
        OrderStatus::Approved,
        OrderStatus::Refused,
        OrderStatus::Delivered,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OrderStatus::Submitted => "submitted",
            OrderStatus::Approved => "approved",
            OrderStatus::Refused => "refused",
            OrderStatus::Delivered => "delivered",
        }
    }

    pub fn parse(s: &str) -> Option<OrderStatus> {
        OrderStatus::ALL.into_iter().find(|x| x.code() == s)
    }
}

/// An order as sent by an EPN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewOrder {
    pub place_id: i64,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: Option<String>,
    pub delivery_address: String,
    /// (item code, quantity); prices come from the catalogue.
    pub lines: Vec<(String, u32)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Order {
    pub id: i64,
    pub campaign_id: i64,
    pub place_id: i64,
    pub place_name: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: Option<String>,
    pub delivery_address: String,
    pub status: OrderStatus,
    pub total_cents: i64,
    /// (item code, quantity, unit price of the day).
    pub lines: Vec<(String, i64, i64)>,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrderEvent {
    pub status: OrderStatus,
    pub note: Option<String>,
    pub user_email: Option<String>,
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Asset {
    pub id: i64,
    pub order_id: i64,
    pub item_code: String,
    pub serial: String,
    pub place_id: i64,
    pub place_name: String,
    pub delivered_on: NaiveDate,
    pub transfer_on: NaiveDate,
    pub state: AssetState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssetEventRow {
    pub kind: String,
    pub on_date: String,
    pub place_name: Option<String>,
    pub note: Option<String>,
    pub user_email: Option<String>,
    pub at: i64,
}

/// Why an order or an asset event was refused.
#[derive(Debug)]
pub enum EquipmentError {
    /// The order breaks the rules (empty, a quantity, over the cap).
    Order(Vec<OrderProblem>),
    /// An item code not in the campaign.
    UnknownItem(String),
    /// The place already has a standing order in this campaign.
    AlreadyOrdered(i64),
    /// Not from the order's status.
    NotNow,
    /// Delivery: the serial numbers do not match the quantities (item code),
    /// or a serial given twice or already in the register.
    Serials(String),
    Asset(AssetRefusal),
    Store(StoreError),
}

impl From<StoreError> for EquipmentError {
    fn from(e: StoreError) -> Self {
        EquipmentError::Store(e)
    }
}

impl From<sqlx::Error> for EquipmentError {
    fn from(e: sqlx::Error) -> Self {
        EquipmentError::Store(e.into())
    }
}

pub fn state_code(s: AssetState) -> &'static str {
    match s {
        AssetState::InUse => "in_use",
        AssetState::Broken => "broken",
        AssetState::Lost => "lost",
        AssetState::Transferred => "transferred",
    }
}

pub fn parse_state(s: &str) -> Option<AssetState> {
    [
        AssetState::InUse,
        AssetState::Broken,
        AssetState::Lost,
        AssetState::Transferred,
    ]
    .into_iter()
    .find(|x| state_code(*x) == s)
}

pub fn event_code(e: &AssetEvent) -> &'static str {
    match e {
        AssetEvent::Moved { .. } => "moved",
        AssetEvent::Lost => "lost",
        AssetEvent::Broken => "broken",
        AssetEvent::Repaired => "repaired",
        AssetEvent::Transferred => "transferred",
    }
}

fn kind_code(k: Kind) -> &'static str {
    match k {
        Kind::Item => "item",
        Kind::Variant => "variant",
        Kind::Supplement => "supplement",
    }
}

#[derive(sqlx::FromRow)]
struct RawOrder {
    id: i64,
    campaign_id: i64,
    place_id: i64,
    place_name: String,
    contact_name: String,
    contact_email: String,
    contact_phone: Option<String>,
    delivery_address: String,
    status: String,
    total_cents: i64,
    created_at: i64,
}

const SELECT_ORDER: &str = "SELECT o.id, o.campaign_id, o.place_id, p.name AS place_name,
    o.contact_name, o.contact_email, o.contact_phone, o.delivery_address, o.status,
    o.total_cents, o.created_at FROM equipment_orders o JOIN places p ON p.id = o.place_id";

#[derive(sqlx::FromRow)]
struct RawAsset {
    id: i64,
    order_id: i64,
    item_code: String,
    serial: String,
    place_id: i64,
    place_name: String,
    delivered_on: String,
    transfer_on: String,
    state: String,
}

/// kind, date, place name, note, who, when.
type RawAssetEvent = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
);
/// id, organisation, name, address, postcode.
type DemoPlace = (i64, i64, String, Option<String>, Option<String>);

const SELECT_ASSET: &str = "SELECT a.id, a.order_id, a.item_code, a.serial, a.place_id,
    p.name AS place_name, a.delivered_on, a.transfer_on, a.state
    FROM equipment_assets a JOIN places p ON p.id = a.place_id";

fn date(s: &str) -> Result<NaiveDate> {
    s.parse()
        .map_err(|_| Db::invalid(format!("bad date {s:?}")))
}

fn asset_of(r: RawAsset) -> Result<Asset> {
    Ok(Asset {
        id: r.id,
        order_id: r.order_id,
        item_code: r.item_code,
        serial: r.serial,
        place_id: r.place_id,
        place_name: r.place_name,
        delivered_on: date(&r.delivered_on)?,
        transfer_on: date(&r.transfer_on)?,
        state: parse_state(&r.state).ok_or_else(|| Db::invalid("unknown asset state"))?,
    })
}

impl Db {
    /// Records a campaign and its catalogue (checked by
    /// `domain::equipment::catalogue`). Returns its id.
    pub async fn load_equipment_campaign(&self, key: &str, c: &Catalogue, now: i64) -> Result<i64> {
        let id = write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar("INSERT INTO equipment_campaigns (key, year, cap_cents,
                delivery_note, source, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
                .bind(key).bind(c.campaign.year).bind(c.campaign.cap_cents)
                .bind(&c.campaign.delivery_note).bind(&c.campaign.seed).bind(now)
                .fetch_one(&mut *tx).await?;
            for (i, it) in c.items.iter().enumerate() {
                sqlx::query("INSERT INTO equipment_items (campaign_id, code, position, category, kind,
                    of_code, description, unit_cents) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                    .bind(id).bind(&it.code).bind(i as i32).bind(&it.category).bind(kind_code(it.kind))
                    .bind(&it.of).bind(&it.description).bind(it.unit_cents)
                    .execute(&mut *tx).await?;
            }
            id
        });
        Ok(id)
    }

    /// The campaigns, the latest year first.
    pub async fn equipment_campaigns(&self) -> Result<Vec<Campaign>> {
        Ok(
            run!(self, p => sqlx::query_as("SELECT id, key, year, cap_cents, delivery_note
            FROM equipment_campaigns ORDER BY year DESC, id DESC").fetch_all(p).await?),
        )
    }

    /// A campaign's catalogue, in the file's order.
    pub async fn equipment_items(&self, campaign: i64) -> Result<Vec<Item>> {
        Ok(
            run!(self, p => sqlx::query_as("SELECT code, category, kind, of_code, description,
            unit_cents FROM equipment_items WHERE campaign_id = $1 ORDER BY position")
            .bind(campaign).fetch_all(p).await?),
        )
    }

    async fn lines_of(&self, order: i64) -> Result<Vec<(String, i64, i64)>> {
        Ok(
            run!(self, p => sqlx::query_as("SELECT item_code, CAST(quantity AS BIGINT), unit_cents
            FROM equipment_order_lines WHERE order_id = $1 ORDER BY item_code")
            .bind(order).fetch_all(p).await?),
        )
    }

    async fn assemble_orders(&self, rows: Vec<RawOrder>) -> Result<Vec<Order>> {
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            out.push(Order {
                lines: self.lines_of(r.id).await?,
                id: r.id,
                campaign_id: r.campaign_id,
                place_id: r.place_id,
                place_name: r.place_name,
                contact_name: r.contact_name,
                contact_email: r.contact_email,
                contact_phone: r.contact_phone,
                delivery_address: r.delivery_address,
                status: OrderStatus::parse(&r.status)
                    .ok_or_else(|| Db::invalid("unknown order status"))?,
                total_cents: r.total_cents,
                created_at: r.created_at,
            });
        }
        Ok(out)
    }

    /// Sends an order: every line priced from the catalogue, checked
    /// against the campaign's cap (`domain::equipment::order::check`);
    /// refused when the place already has a standing (not refused) order.
    pub async fn submit_equipment_order(
        &self,
        campaign: &Campaign,
        o: &NewOrder,
        actor: Option<i64>,
        now: i64,
    ) -> std::result::Result<i64, EquipmentError> {
        let items = self.equipment_items(campaign.id).await?;
        let mut lines = Vec::new();
        for (code, q) in &o.lines {
            let it = items
                .iter()
                .find(|i| &i.code == code)
                .ok_or_else(|| EquipmentError::UnknownItem(code.clone()))?;
            lines.push(OrderLine {
                item: code.clone(),
                unit_cents: it.unit_cents,
                quantity: *q,
            });
        }
        let total = check(&lines, campaign.cap_cents).map_err(EquipmentError::Order)?;
        if let Some(existing) = self.standing_order(campaign.id, o.place_id).await? {
            return Err(EquipmentError::AlreadyOrdered(existing.id));
        }
        let id = write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar("INSERT INTO equipment_orders (campaign_id, place_id,
                contact_name, contact_email, contact_phone, delivery_address, status, total_cents,
                created_by, created_at, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, 'submitted', $7, $8, $9, $9) RETURNING id")
                .bind(campaign.id).bind(o.place_id).bind(&o.contact_name).bind(&o.contact_email)
                .bind(&o.contact_phone).bind(&o.delivery_address).bind(total).bind(actor).bind(now)
                .fetch_one(&mut *tx).await?;
            for l in &lines {
                sqlx::query("INSERT INTO equipment_order_lines (order_id, item_code, quantity,
                    unit_cents) VALUES ($1, $2, $3, $4)")
                    .bind(id).bind(&l.item).bind(l.quantity as i32).bind(l.unit_cents)
                    .execute(&mut *tx).await?;
            }
            sqlx::query("INSERT INTO equipment_order_events (order_id, status, note, user_id, at)
                VALUES ($1, 'submitted', NULL, $2, $3)")
                .bind(id).bind(actor).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "equipment.order.submit",
                entity: "equipment_order",
                entity_id: Some(id),
                place_id: Some(o.place_id),
                after: Some(serde_json::json!({"order": o, "total_cents": total})),
                ..Default::default()
            });
            id
        });
        Ok(id)
    }

    /// The place's order in the campaign that is not refused, if any.
    pub async fn standing_order(&self, campaign: i64, place: i64) -> Result<Option<Order>> {
        let sql = format!(
            "{SELECT_ORDER} WHERE o.campaign_id = $1 AND o.place_id = $2
            AND o.status <> 'refused' ORDER BY o.id DESC LIMIT 1"
        );
        let rows: Vec<RawOrder> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(campaign).bind(place).fetch_all(p).await?);
        Ok(self.assemble_orders(rows).await?.pop())
    }

    /// The orders of a campaign (of these places only, when given), latest first.
    pub async fn equipment_orders(
        &self,
        campaign: i64,
        places: Option<&[i64]>,
    ) -> Result<Vec<Order>> {
        let sql = format!("{SELECT_ORDER} WHERE o.campaign_id = $1 ORDER BY o.id DESC");
        let rows: Vec<RawOrder> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(campaign).fetch_all(p).await?);
        let rows = rows
            .into_iter()
            .filter(|r| places.is_none_or(|ps| ps.contains(&r.place_id)))
            .collect();
        self.assemble_orders(rows).await
    }

    pub async fn equipment_order(&self, id: i64) -> Result<Option<Order>> {
        let sql = format!("{SELECT_ORDER} WHERE o.id = $1");
        let rows: Vec<RawOrder> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(id).fetch_all(p).await?);
        Ok(self.assemble_orders(rows).await?.pop())
    }

    pub async fn equipment_order_events(&self, id: i64) -> Result<Vec<OrderEvent>> {
        let rows: Vec<(String, Option<String>, Option<String>, i64)> = run!(self, p => sqlx::query_as(
            "SELECT e.status, e.note, u.email, e.at FROM equipment_order_events e
             LEFT JOIN users u ON u.id = e.user_id WHERE e.order_id = $1 ORDER BY e.id")
            .bind(id).fetch_all(p).await?);
        rows.into_iter()
            .map(|(s, note, user_email, at)| {
                Ok(OrderEvent {
                    status: OrderStatus::parse(&s)
                        .ok_or_else(|| Db::invalid("unknown order status"))?,
                    note,
                    user_email,
                    at,
                })
            })
            .collect()
    }

    /// Approves or refuses a submitted order (a refusal says why).
    pub async fn decide_equipment_order(
        &self,
        id: i64,
        approve: bool,
        note: Option<&str>,
        actor: Option<i64>,
        now: i64,
    ) -> std::result::Result<(), EquipmentError> {
        let to = if approve {
            OrderStatus::Approved
        } else {
            OrderStatus::Refused
        };
        write_tx!(self, tx => {
            let n = sqlx::query("UPDATE equipment_orders SET status = $2, updated_at = $3
                WHERE id = $1 AND status = 'submitted'")
                .bind(id).bind(to.code()).bind(now).execute(&mut *tx).await?.rows_affected();
            if n != 1 {
                return Err(EquipmentError::NotNow);
            }
            sqlx::query("INSERT INTO equipment_order_events (order_id, status, note, user_id, at)
                VALUES ($1, $2, $3, $4, $5)")
                .bind(id).bind(to.code()).bind(note).bind(actor).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "equipment.order.decide",
                entity: "equipment_order",
                entity_id: Some(id),
                after: Some(serde_json::json!({"status": to.code()})),
                note,
                ..Default::default()
            });
        });
        Ok(())
    }

    /// Records the delivery of an approved order on `on`: one serial
    /// number per unit ordered (item code, serial), each unit becoming an
    /// asset of the region held at the order's place until its transfer date.
    pub async fn deliver_equipment_order(
        &self,
        id: i64,
        on: NaiveDate,
        serials: &[(String, String)],
        actor: Option<i64>,
        now: i64,
    ) -> std::result::Result<(), EquipmentError> {
        let order = self
            .equipment_order(id)
            .await?
            .ok_or_else(|| Db::invalid("no such order"))?;
        if order.status != OrderStatus::Approved {
            return Err(EquipmentError::NotNow);
        }
        for (code, q, _) in &order.lines {
            let n = serials
                .iter()
                .filter(|(c, s)| c == code && !s.trim().is_empty())
                .count() as i64;
            if n != *q {
                return Err(EquipmentError::Serials(code.clone()));
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for (code, s) in serials {
            if !seen.insert(s.trim()) || !order.lines.iter().any(|(c, _, _)| c == code) {
                return Err(EquipmentError::Serials(code.clone()));
            }
        }
        let transfer = transfer_date(on);
        write_tx!(self, tx => {
            for (code, serial) in serials {
                let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM equipment_assets WHERE serial = $1")
                    .bind(serial.trim()).fetch_one(&mut *tx).await?;
                if taken > 0 {
                    return Err(EquipmentError::Serials(code.clone()));
                }
                let asset: i64 = sqlx::query_scalar("INSERT INTO equipment_assets (order_id, item_code,
                    serial, place_id, delivered_on, transfer_on, state)
                    VALUES ($1, $2, $3, $4, $5, $6, 'in_use') RETURNING id")
                    .bind(id).bind(code).bind(serial.trim()).bind(order.place_id)
                    .bind(on.to_string()).bind(transfer.to_string())
                    .fetch_one(&mut *tx).await?;
                sqlx::query("INSERT INTO equipment_asset_events (asset_id, kind, on_date, place_id,
                    note, user_id, at) VALUES ($1, 'delivered', $2, $3, NULL, $4, $5)")
                    .bind(asset).bind(on.to_string()).bind(order.place_id).bind(actor).bind(now)
                    .execute(&mut *tx).await?;
            }
            sqlx::query("UPDATE equipment_orders SET status = 'delivered', updated_at = $2 WHERE id = $1")
                .bind(id).bind(now).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO equipment_order_events (order_id, status, note, user_id, at)
                VALUES ($1, 'delivered', NULL, $2, $3)")
                .bind(id).bind(actor).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "equipment.order.deliver",
                entity: "equipment_order",
                entity_id: Some(id),
                place_id: Some(order.place_id),
                after: Some(serde_json::json!({"delivered_on": on.to_string(), "serials": serials})),
                ..Default::default()
            });
        });
        Ok(())
    }

    /// The asset register (of one place when given), by transfer date then serial.
    pub async fn equipment_assets(&self, place: Option<i64>) -> Result<Vec<Asset>> {
        let sql = format!("{SELECT_ASSET} ORDER BY a.transfer_on, a.serial");
        let rows: Vec<RawAsset> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .fetch_all(p).await?);
        rows.into_iter()
            .filter(|r| place.is_none_or(|x| x == r.place_id))
            .map(asset_of)
            .collect()
    }

    pub async fn equipment_asset(&self, id: i64) -> Result<Option<Asset>> {
        let sql = format!("{SELECT_ASSET} WHERE a.id = $1");
        let r: Option<RawAsset> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(id).fetch_optional(p).await?);
        r.map(asset_of).transpose()
    }

    pub async fn equipment_asset_events(&self, id: i64) -> Result<Vec<AssetEventRow>> {
        let rows: Vec<RawAssetEvent> = run!(self, p => sqlx::query_as(
            "SELECT e.kind, e.on_date, p.name, e.note, u.email, e.at FROM equipment_asset_events e
             LEFT JOIN places p ON p.id = e.place_id LEFT JOIN users u ON u.id = e.user_id
             WHERE e.asset_id = $1 ORDER BY e.id")
            .bind(id).fetch_all(p).await?);
        Ok(rows
            .into_iter()
            .map(
                |(kind, on_date, place_name, note, user_email, at)| AssetEventRow {
                    kind,
                    on_date,
                    place_name,
                    note,
                    user_email,
                    at,
                },
            )
            .collect())
    }

    /// Records what happened to an asset on `on` (`domain::equipment::asset::apply`
    /// decides whether it can), moving it when it moved. Returns its new state.
    pub async fn record_asset_event(
        &self,
        id: i64,
        event: &AssetEvent,
        on: NaiveDate,
        note: Option<&str>,
        actor: Option<i64>,
        now: i64,
    ) -> std::result::Result<AssetState, EquipmentError> {
        let a = self
            .equipment_asset(id)
            .await?
            .ok_or_else(|| Db::invalid("no such asset"))?;
        if matches!(event, AssetEvent::Moved { place_id } if *place_id == a.place_id) {
            return Err(EquipmentError::Asset(AssetRefusal::SamePlace));
        }
        let to = apply(a.state, a.delivered_on, event, on).map_err(EquipmentError::Asset)?;
        let place = match event {
            AssetEvent::Moved { place_id } => *place_id,
            _ => a.place_id,
        };
        write_tx!(self, tx => {
            sqlx::query("UPDATE equipment_assets SET state = $2, place_id = $3 WHERE id = $1")
                .bind(id).bind(state_code(to)).bind(place).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO equipment_asset_events (asset_id, kind, on_date, place_id,
                note, user_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .bind(id).bind(event_code(event)).bind(on.to_string()).bind(place).bind(note)
                .bind(actor).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "equipment.asset.event",
                entity: "equipment_asset",
                entity_id: Some(id),
                place_id: Some(place),
                after: Some(serde_json::json!({"event": event_code(event), "on": on.to_string(), "state": state_code(to)})),
                note,
                ..Default::default()
            });
        });
        Ok(to)
    }
}

/// The lines of the demo's illustrative orders: 6 Chromebooks, 4 tablets
/// with covers, a braille keyboard (4,613.19 EUR, under the cap).
const DEMO_LINES: [(&str, u32); 4] = [("a7-001", 6), ("a7-038", 4), ("a7-039", 4), ("a7-098", 1)];

impl Db {
    /// The demo's equipment: the region's campaigns with their catalogues,
    /// and one illustrative order per labelled EPN — delivered (serials
    /// `DEMO-…`; the first on 29 February 2024, so that the register shows
    /// the leap-day rule), approved, or waiting, in turn —, except at the
    /// demo EPN manager's places, left free so that ordering can be tried.
    pub async fn load_demo_equipment(&self, region: &str, now: i64) -> Result<()> {
        let mut first = None;
        for (key, c) in domain::equipment::catalogue::shipped(region) {
            let id = self.load_equipment_campaign(key, &c, now).await?;
            first.get_or_insert(id);
        }
        let Some(campaign) = first else { return Ok(()) };
        let campaign = self
            .equipment_campaigns()
            .await?
            .into_iter()
            .find(|c| c.id == campaign)
            .ok_or_else(|| Db::invalid("campaign"))?;
        let manager_orgs: Vec<i64> = match self.user_by_email("epn@demo.passerelle.test").await? {
            Some(u) => u.organisations,
            None => vec![],
        };
        let places: Vec<DemoPlace> = run!(self, p => sqlx::query_as(
            "SELECT id, organisation_id, name, address, postcode FROM places
             WHERE kind = 'epn' AND label_status = 'labelled' ORDER BY id")
            .fetch_all(p).await?);
        let deliveries = ["2024-02-29", "2022-06-15", "2023-01-20"];
        let mut n = 0usize;
        for (place, org, name, address, postcode) in places {
            if manager_orgs.contains(&org) {
                continue;
            }
            let order = NewOrder {
                place_id: place,
                contact_name: format!("EPN {name}"),
                contact_email: "epn-contact@demo.passerelle.test".into(),
                contact_phone: None,
                delivery_address: [address.unwrap_or_default(), postcode.unwrap_or_default()]
                    .join(" ")
                    .trim()
                    .to_owned(),
                lines: DEMO_LINES
                    .iter()
                    .map(|(c, q)| (c.to_string(), *q))
                    .collect(),
            };
            let id = self
                .submit_equipment_order(&campaign, &order, None, now)
                .await
                .map_err(|e| Db::invalid(format!("demo order: {e:?}")))?;
            let step = n % 3;
            if step < 2 {
                self.decide_equipment_order(id, true, None, None, now)
                    .await
                    .map_err(|e| Db::invalid(format!("demo order: {e:?}")))?;
            }
            if step == 0 {
                let on: NaiveDate = deliveries[(n / 3) % deliveries.len()]
                    .parse()
                    .map_err(|_| Db::invalid("date"))?;
                let mut serials = Vec::new();
                for (code, q) in DEMO_LINES {
                    for i in 0..q {
                        serials.push((code.to_string(), format!("DEMO-{place}-{code}-{}", i + 1)));
                    }
                }
                self.deliver_equipment_order(id, on, &serials, None, now)
                    .await
                    .map_err(|e| Db::invalid(format!("demo delivery: {e:?}")))?;
            }
            n += 1;
        }
        Ok(())
    }
}
