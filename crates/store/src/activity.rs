//! The EPN activity log: individual support records and quick-help counts,
//! scoped by organisation (an EPN's managers see their organisation's
//! records; the coordination reads all). Every write is audited, `now` from
//! the caller. Whether a month is still open is the caller's rule
//! (`domain::activity::is_open`).

pub mod bulk;
pub mod demo;
pub mod list;
pub mod tallies;
pub mod workshops;

use chrono::NaiveDate;
use domain::activity::{Autonomy, Equipment, Location, Support};

use crate::audit::NewAudit;
use crate::{Db, Result, StoreError, run, write_tx};

/// A stored support record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportRecord {
    pub id: i64,
    pub organisation_id: i64,
    pub support: Support,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Today's quick-help count at a place for a theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickHelpCount {
    pub place_id: i64,
    pub theme: String,
    pub count: i64,
}

pub(crate) const SELECT_SUPPORT: &str =
    "SELECT id, organisation_id, place_id, day, minutes, location,
    themes, equipment, autonomy, redirect_place_id, redirect_text, created_by, created_at,
    updated_at FROM activity_supports";

#[derive(sqlx::FromRow)]
pub(crate) struct SupportRaw {
    id: i64,
    organisation_id: i64,
    place_id: i64,
    day: String,
    minutes: i32,
    location: String,
    themes: String,
    equipment: String,
    autonomy: String,
    redirect_place_id: Option<i64>,
    redirect_text: Option<String>,
    created_by: Option<i64>,
    created_at: i64,
    updated_at: i64,
}

impl TryFrom<SupportRaw> for SupportRecord {
    type Error = StoreError;
    fn try_from(r: SupportRaw) -> Result<SupportRecord> {
        let bad = |what: &str, v: &str| {
            StoreError::Invalid(format!("activity support {}: unknown {what} {v:?}", r.id))
        };
        let equipment = r
            .equipment
            .split_whitespace()
            .map(|e| Equipment::parse(e).ok_or_else(|| bad("equipment", e)))
            .collect::<Result<Vec<_>>>()?;
        Ok(SupportRecord {
            id: r.id,
            organisation_id: r.organisation_id,
            support: Support {
                place_id: r.place_id,
                date: NaiveDate::parse_from_str(&r.day, "%Y-%m-%d")
                    .map_err(|_| bad("day", &r.day))?,
                minutes: u32::try_from(r.minutes).map_err(|_| bad("minutes", "negative"))?,
                location: Location::parse(&r.location)
                    .ok_or_else(|| bad("location", &r.location))?,
                themes: r.themes.split_whitespace().map(str::to_owned).collect(),
                equipment,
                autonomy: Autonomy::parse(&r.autonomy)
                    .ok_or_else(|| bad("autonomy", &r.autonomy))?,
                redirect_place_id: r.redirect_place_id,
                redirect_text: r.redirect_text,
            },
            created_by: r.created_by,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}

/// `organisation_id IN (…)` for a scope (None: all; an empty list: none).
fn scope_clause(organisations: Option<&[i64]>) -> String {
    match organisations {
        None => "1 = 1".into(),
        Some([]) => "1 = 0".into(),
        Some(orgs) => format!(
            "organisation_id IN ({})",
            orgs.iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn summary(s: &Support) -> serde_json::Value {
    serde_json::json!({
        "place": s.place_id,
        "day": s.date.to_string(),
        "minutes": s.minutes,
        "location": s.location.code(),
        "themes": s.themes,
        "equipment": s.equipment.iter().map(|e| e.code()).collect::<Vec<_>>(),
        "autonomy": s.autonomy.code(),
        "redirect_place": s.redirect_place_id,
        "redirect_text": s.redirect_text,
    })
}

fn equipment_codes(s: &Support) -> String {
    s.equipment
        .iter()
        .map(|e| e.code())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The one path that writes a new support inside an open transaction `tx`
/// (either engine): the row, its share of the monthly rollup
/// ([`tallies`]) and its audit entry; evaluates to its id. Every
/// write of a support record (the form, the import) goes through it.
macro_rules! insert_support {
    ($tx:ident, $organisation_id:expr, $s:expr, $actor:expr, $now:expr) => {{
        let organisation_id: i64 = $organisation_id;
        let s: &Support = $s;
        let actor: Option<i64> = $actor;
        let now: i64 = $now;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO activity_supports (organisation_id, place_id, day, minutes, location,
             themes, equipment, autonomy, redirect_place_id, redirect_text, created_by,
             created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
        )
        .bind(organisation_id)
        .bind(s.place_id)
        .bind(s.date.to_string())
        .bind(i32::try_from(s.minutes).unwrap_or(i32::MAX))
        .bind(s.location.code())
        .bind(s.themes.join(" "))
        .bind(equipment_codes(s))
        .bind(s.autonomy.code())
        .bind(s.redirect_place_id)
        .bind(s.redirect_text.as_deref())
        .bind(actor)
        .bind(now)
        .fetch_one(&mut *$tx)
        .await?;
        tallies::apply_support(&mut *$tx, organisation_id, s, 1).await?;
        crate::audit!(
            &mut *$tx,
            now,
            &NewAudit {
                user_id: actor,
                action: "activity.support.add",
                entity: "activity_support",
                entity_id: Some(id),
                place_id: Some(s.place_id),
                after: Some(summary(s)),
                ..Default::default()
            }
        );
        id
    }};
}

impl Db {
    /// Records a support at a place of `organisation_id`; its id.
    pub async fn add_support(
        &self,
        organisation_id: i64,
        s: &Support,
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64> {
        let id = write_tx!(self, tx => insert_support!(tx, organisation_id, s, actor, now));
        Ok(id)
    }

    /// Records several supports, each `(organisation_id, support)`, in one
    /// transaction: all of them or, on any error, none. Each goes through the
    /// same per-record path as [`Db::add_support`] (`insert_support!`, its
    /// audit entry included); their ids in order.
    pub async fn add_supports(
        &self,
        records: &[(i64, Support)],
        actor: Option<i64>,
        now: i64,
    ) -> Result<Vec<i64>> {
        let ids = write_tx!(self, tx => {
            let mut ids = Vec::with_capacity(records.len());
            for (organisation_id, s) in records {
                ids.push(insert_support!(tx, *organisation_id, s, actor, now));
            }
            ids
        });
        Ok(ids)
    }

    /// One support record.
    pub async fn support(&self, id: i64) -> Result<Option<SupportRecord>> {
        let sql = format!("{SELECT_SUPPORT} WHERE id = $1");
        let row: Option<SupportRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id).fetch_optional(p).await?);
        row.map(SupportRecord::try_from).transpose()
    }

    /// Support records of these organisations (None: all), most recent day
    /// first, `limit` from `offset`; and how many there are in all.
    pub async fn supports(
        &self,
        organisations: Option<&[i64]>,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<SupportRecord>, i64)> {
        let scope = scope_clause(organisations);
        let sql =
            format!("{SELECT_SUPPORT} WHERE {scope} ORDER BY day DESC, id DESC LIMIT $1 OFFSET $2");
        let count = format!("SELECT COUNT(*) FROM activity_supports WHERE {scope}");
        let rows: Vec<SupportRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(limit).bind(offset).fetch_all(p).await?);
        let total: i64 = run!(self, p => sqlx::query_scalar(sqlx::AssertSqlSafe(count))
            .fetch_one(p).await?);
        let list = rows
            .into_iter()
            .map(SupportRecord::try_from)
            .collect::<Result<_>>()?;
        Ok((list, total))
    }

    /// Changes a support record (its organisation stays); false if there is none.
    pub async fn update_support(
        &self,
        id: i64,
        s: &Support,
        actor: Option<i64>,
        now: i64,
    ) -> Result<bool> {
        let select = format!("{SELECT_SUPPORT} WHERE id = $1");
        write_tx!(self, tx => {
            // Read in the transaction: the rollup takes away what is replaced.
            let row: Option<SupportRaw> = sqlx::query_as(sqlx::AssertSqlSafe(select))
                .bind(id).fetch_optional(&mut *tx).await?;
            let Some(before) = row.map(SupportRecord::try_from).transpose()? else {
                return Ok(false);
            };
            tallies::apply_support(&mut *tx, before.organisation_id, &before.support, -1).await?;
            tallies::apply_support(&mut *tx, before.organisation_id, s, 1).await?;
            sqlx::query(
                "UPDATE activity_supports SET place_id = $1, day = $2, minutes = $3, location = $4,
                 themes = $5, equipment = $6, autonomy = $7, redirect_place_id = $8,
                 redirect_text = $9, updated_at = $10 WHERE id = $11")
                .bind(s.place_id).bind(s.date.to_string())
                .bind(i32::try_from(s.minutes).unwrap_or(i32::MAX)).bind(s.location.code())
                .bind(s.themes.join(" ")).bind(equipment_codes(s)).bind(s.autonomy.code())
                .bind(s.redirect_place_id).bind(s.redirect_text.as_deref()).bind(now).bind(id)
                .execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "activity.support.update",
                entity: "activity_support",
                entity_id: Some(id),
                place_id: Some(s.place_id),
                before: Some(summary(&before.support)),
                after: Some(summary(s)),
                ..Default::default()
            });
        });
        Ok(true)
    }

    /// Deletes a support record; false if there is none.
    pub async fn delete_support(&self, id: i64, actor: Option<i64>, now: i64) -> Result<bool> {
        let select = format!("{SELECT_SUPPORT} WHERE id = $1");
        write_tx!(self, tx => {
            let row: Option<SupportRaw> = sqlx::query_as(sqlx::AssertSqlSafe(select))
                .bind(id).fetch_optional(&mut *tx).await?;
            let Some(before) = row.map(SupportRecord::try_from).transpose()? else {
                return Ok(false);
            };
            tallies::apply_support(&mut *tx, before.organisation_id, &before.support, -1).await?;
            sqlx::query("DELETE FROM activity_supports WHERE id = $1")
                .bind(id).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "activity.support.delete",
                entity: "activity_support",
                entity_id: Some(id),
                place_id: Some(before.support.place_id),
                before: Some(summary(&before.support)),
                ..Default::default()
            });
        });
        Ok(true)
    }

    /// Adds one quick help at a place of `organisation_id` on `day` for
    /// `theme`; the day's new count there for that theme.
    pub async fn add_quick_help(
        &self,
        organisation_id: i64,
        place_id: i64,
        day: NaiveDate,
        theme: &str,
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64> {
        let count = write_tx!(self, tx => {
            // The row's organisation (an existing row keeps its own) for the rollup.
            let (count, row_org): (i32, i64) = sqlx::query_as(
                "INSERT INTO activity_quick_help (organisation_id, place_id, day, theme, count, updated_at)
                 VALUES ($1, $2, $3, $4, 1, $5)
                 ON CONFLICT (place_id, day, theme)
                 DO UPDATE SET count = activity_quick_help.count + 1, updated_at = $5
                 RETURNING count, organisation_id")
                .bind(organisation_id).bind(place_id).bind(day.to_string()).bind(theme).bind(now)
                .fetch_one(&mut *tx).await?;
            tallies::apply_quick(&mut *tx, row_org, place_id, day, theme, 1).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "activity.quick_help.add",
                entity: "activity_quick_help",
                place_id: Some(place_id),
                after: Some(serde_json::json!({"day": day.to_string(), "theme": theme, "count": count})),
                ..Default::default()
            });
            count
        });
        Ok(i64::from(count))
    }

    /// The quick-help counts of `day` at these organisations' places (None: all).
    pub async fn quick_help_on(
        &self,
        organisations: Option<&[i64]>,
        day: NaiveDate,
    ) -> Result<Vec<QuickHelpCount>> {
        let sql = format!(
            "SELECT place_id, theme, count FROM activity_quick_help
             WHERE day = $1 AND {} ORDER BY place_id, theme",
            scope_clause(organisations)
        );
        let rows: Vec<(i64, String, i32)> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(day.to_string()).fetch_all(p).await?);
        Ok(rows
            .into_iter()
            .map(|(place_id, theme, count)| QuickHelpCount {
                place_id,
                theme,
                count: i64::from(count),
            })
            .collect())
    }
}
