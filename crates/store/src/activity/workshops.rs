//! Collective workshops of the activity log, scoped by organisation like the
//! support records; every write audited, `now` from the caller.

use chrono::NaiveDate;
use domain::activity::workshop::{Breakdown, Workshop};
use domain::diagnostic::Level;

use super::scope_clause;
use crate::audit::NewAudit;
use crate::{Db, Result, StoreError, run, write_tx};

/// A stored workshop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkshopRecord {
    pub id: i64,
    pub organisation_id: i64,
    pub workshop: Workshop,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

pub(super) const SELECT_WORKSHOP: &str =
    "SELECT id, organisation_id, place_id, session_id, day, title, level, minutes,
    themes, participants, gender_counts, age_counts, status_counts, created_by, created_at,
    updated_at FROM activity_workshops";

#[derive(sqlx::FromRow)]
pub(super) struct WorkshopRaw {
    pub(super) id: i64,
    organisation_id: i64,
    place_id: i64,
    session_id: Option<i64>,
    day: String,
    title: String,
    level: String,
    minutes: i32,
    themes: String,
    participants: i32,
    gender_counts: Option<String>,
    age_counts: Option<String>,
    status_counts: Option<String>,
    created_by: Option<i64>,
    created_at: i64,
    updated_at: i64,
}

impl TryFrom<WorkshopRaw> for WorkshopRecord {
    type Error = StoreError;
    fn try_from(r: WorkshopRaw) -> Result<WorkshopRecord> {
        let bad = |what: &str, v: &str| {
            StoreError::Invalid(format!("activity workshop {}: bad {what} {v:?}", r.id))
        };
        let counts = |b: Breakdown, v: &Option<String>| -> Result<Option<Vec<u32>>> {
            let Some(v) = v else { return Ok(None) };
            let list = v
                .split_whitespace()
                .map(|n| n.parse::<u32>().map_err(|_| bad(b.code(), v)))
                .collect::<Result<Vec<_>>>()?;
            if list.len() != b.categories().len() {
                return Err(bad(b.code(), v));
            }
            Ok(Some(list))
        };
        Ok(WorkshopRecord {
            id: r.id,
            organisation_id: r.organisation_id,
            workshop: Workshop {
                place_id: r.place_id,
                session_id: r.session_id,
                date: NaiveDate::parse_from_str(&r.day, "%Y-%m-%d")
                    .map_err(|_| bad("day", &r.day))?,
                title: r.title.clone(),
                level: Level::parse(&r.level).ok_or_else(|| bad("level", &r.level))?,
                minutes: u32::try_from(r.minutes).map_err(|_| bad("minutes", "negative"))?,
                themes: r.themes.split_whitespace().map(str::to_owned).collect(),
                participants: u32::try_from(r.participants)
                    .map_err(|_| bad("participants", "negative"))?,
                counts: [
                    counts(Breakdown::Gender, &r.gender_counts)?,
                    counts(Breakdown::Age, &r.age_counts)?,
                    counts(Breakdown::Status, &r.status_counts)?,
                ],
            },
            created_by: r.created_by,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}

fn counts_text(w: &Workshop, b: Breakdown) -> Option<String> {
    w.breakdown(b)
        .map(|c| c.iter().map(u32::to_string).collect::<Vec<_>>().join(" "))
}

fn summary(w: &Workshop) -> serde_json::Value {
    serde_json::json!({
        "place": w.place_id,
        "session": w.session_id,
        "day": w.date.to_string(),
        "title": w.title,
        "level": w.level.code(),
        "minutes": w.minutes,
        "themes": w.themes,
        "participants": w.participants,
        "gender": w.breakdown(Breakdown::Gender),
        "age": w.breakdown(Breakdown::Age),
        "status": w.breakdown(Breakdown::Status),
    })
}

fn int(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// The one path that writes a new workshop inside an open transaction `tx`
/// (either engine): the row, its share of the monthly rollup and its audit
/// entry; evaluates to its id.
macro_rules! insert_workshop {
    ($tx:ident, $organisation_id:expr, $w:expr, $actor:expr, $now:expr) => {{
        let organisation_id: i64 = $organisation_id;
        let w: &Workshop = $w;
        let actor: Option<i64> = $actor;
        let now: i64 = $now;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO activity_workshops (organisation_id, place_id, day, title, level,
             minutes, themes, participants, gender_counts, age_counts, status_counts,
             created_by, created_at, updated_at, session_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14) RETURNING id")
            .bind(organisation_id).bind(w.place_id).bind(w.date.to_string())
            .bind(&w.title).bind(w.level.code()).bind(int(w.minutes))
            .bind(w.themes.join(" ")).bind(int(w.participants))
            .bind(counts_text(w, Breakdown::Gender)).bind(counts_text(w, Breakdown::Age))
            .bind(counts_text(w, Breakdown::Status)).bind(actor).bind(now).bind(w.session_id)
            .fetch_one(&mut *$tx).await?;
        super::tallies::apply_workshop(&mut *$tx, organisation_id, w, 1).await?;
        crate::audit!(&mut *$tx, now, &NewAudit {
            user_id: actor,
            action: "activity.workshop.add",
            entity: "activity_workshop",
            entity_id: Some(id),
            place_id: Some(w.place_id),
            after: Some(summary(w)),
            ..Default::default()
        });
        id
    }};
}

impl Db {
    /// Records a workshop at a place of `organisation_id`; its id.
    pub async fn add_workshop(
        &self,
        organisation_id: i64,
        w: &Workshop,
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64> {
        let id = write_tx!(self, tx => insert_workshop!(tx, organisation_id, w, actor, now));
        Ok(id)
    }

    /// Records several workshops, each `(organisation_id, workshop)`, in one
    /// transaction (all or none), each through the same per-record path as
    /// [`Db::add_workshop`]; their ids in order.
    pub async fn add_workshops(
        &self,
        records: &[(i64, Workshop)],
        actor: Option<i64>,
        now: i64,
    ) -> Result<Vec<i64>> {
        let ids = write_tx!(self, tx => {
            let mut ids = Vec::with_capacity(records.len());
            for (organisation_id, w) in records {
                ids.push(insert_workshop!(tx, *organisation_id, w, actor, now));
            }
            ids
        });
        Ok(ids)
    }

    /// Changes a workshop (its organisation stays); false if there is none.
    pub async fn update_workshop(
        &self,
        id: i64,
        w: &Workshop,
        actor: Option<i64>,
        now: i64,
    ) -> Result<bool> {
        let select = format!("{SELECT_WORKSHOP} WHERE id = $1");
        write_tx!(self, tx => {
            // Read in the transaction: the rollup takes away what is replaced.
            let row: Option<WorkshopRaw> = sqlx::query_as(sqlx::AssertSqlSafe(select))
                .bind(id).fetch_optional(&mut *tx).await?;
            let Some(before) = row.map(WorkshopRecord::try_from).transpose()? else {
                return Ok(false);
            };
            super::tallies::apply_workshop(&mut *tx, before.organisation_id, &before.workshop, -1).await?;
            super::tallies::apply_workshop(&mut *tx, before.organisation_id, w, 1).await?;
            sqlx::query(
                "UPDATE activity_workshops SET place_id = $1, day = $2, title = $3, level = $4,
                 minutes = $5, themes = $6, participants = $7, gender_counts = $8,
                 age_counts = $9, status_counts = $10, session_id = $11, updated_at = $12
                 WHERE id = $13")
                .bind(w.place_id).bind(w.date.to_string()).bind(&w.title).bind(w.level.code())
                .bind(int(w.minutes)).bind(w.themes.join(" ")).bind(int(w.participants))
                .bind(counts_text(w, Breakdown::Gender)).bind(counts_text(w, Breakdown::Age))
                .bind(counts_text(w, Breakdown::Status)).bind(w.session_id).bind(now).bind(id)
                .execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "activity.workshop.update",
                entity: "activity_workshop",
                entity_id: Some(id),
                place_id: Some(w.place_id),
                before: Some(summary(&before.workshop)),
                after: Some(summary(w)),
                ..Default::default()
            });
        });
        Ok(true)
    }

    /// One workshop.
    pub async fn workshop(&self, id: i64) -> Result<Option<WorkshopRecord>> {
        let sql = format!("{SELECT_WORKSHOP} WHERE id = $1");
        let row: Option<WorkshopRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id).fetch_optional(p).await?);
        row.map(WorkshopRecord::try_from).transpose()
    }

    /// Workshops of these organisations (None: all), most recent day first,
    /// `limit` from `offset`; and how many there are in all.
    pub async fn workshops(
        &self,
        organisations: Option<&[i64]>,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<WorkshopRecord>, i64)> {
        let scope = scope_clause(organisations);
        let sql = format!(
            "{SELECT_WORKSHOP} WHERE {scope} ORDER BY day DESC, id DESC LIMIT $1 OFFSET $2"
        );
        let count = format!("SELECT COUNT(*) FROM activity_workshops WHERE {scope}");
        let rows: Vec<WorkshopRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(limit).bind(offset).fetch_all(p).await?);
        let total: i64 = run!(self, p => sqlx::query_scalar(sqlx::AssertSqlSafe(count))
            .fetch_one(p).await?);
        let list = rows
            .into_iter()
            .map(WorkshopRecord::try_from)
            .collect::<Result<_>>()?;
        Ok((list, total))
    }

    /// Deletes a workshop; false if there is none.
    pub async fn delete_workshop(&self, id: i64, actor: Option<i64>, now: i64) -> Result<bool> {
        let select = format!("{SELECT_WORKSHOP} WHERE id = $1");
        write_tx!(self, tx => {
            // Read in the transaction: the rollup takes away what is deleted.
            let row: Option<WorkshopRaw> = sqlx::query_as(sqlx::AssertSqlSafe(select))
                .bind(id).fetch_optional(&mut *tx).await?;
            let Some(before) = row.map(WorkshopRecord::try_from).transpose()? else {
                return Ok(false);
            };
            super::tallies::apply_workshop(&mut *tx, before.organisation_id, &before.workshop, -1).await?;
            sqlx::query("DELETE FROM activity_workshops WHERE id = $1")
                .bind(id).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "activity.workshop.delete",
                entity: "activity_workshop",
                entity_id: Some(id),
                place_id: Some(before.workshop.place_id),
                before: Some(summary(&before.workshop)),
                ..Default::default()
            });
        });
        Ok(true)
    }
}
