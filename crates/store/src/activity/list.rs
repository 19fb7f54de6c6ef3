//! One list of an EPN's activity: individual supports, workshops and
//! quick-help counts together, by day (newest first), one page at a time,
//! optionally of some kinds only; and removing a quick-help count.

use chrono::NaiveDate;

use super::workshops::WorkshopRecord;
use super::{SupportRecord, scope_clause};
use crate::audit::NewAudit;
use crate::{Db, Result, StoreError, run, write_tx};

/// The kinds of record in the activity log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Support,
    Workshop,
    QuickHelp,
}

impl EntryKind {
    pub const ALL: [EntryKind; 3] = [
        EntryKind::Support,
        EntryKind::Workshop,
        EntryKind::QuickHelp,
    ];

    /// Its stable code (`support`, `workshop`, `quick`).
    pub fn code(self) -> &'static str {
        match self {
            EntryKind::Support => "support",
            EntryKind::Workshop => "workshop",
            EntryKind::QuickHelp => "quick",
        }
    }

    pub fn parse(code: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.code() == code)
    }

    fn table(self) -> &'static str {
        match self {
            EntryKind::Support => "activity_supports",
            EntryKind::Workshop => "activity_workshops",
            EntryKind::QuickHelp => "activity_quick_help",
        }
    }
}

/// A stored quick-help count: one place, day and theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickHelpRecord {
    pub id: i64,
    pub organisation_id: i64,
    pub place_id: i64,
    pub date: NaiveDate,
    pub theme: String,
    pub count: i64,
}

/// One line of the activity list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Support(SupportRecord),
    Workshop(WorkshopRecord),
    QuickHelp(QuickHelpRecord),
}

impl Entry {
    pub fn kind(&self) -> EntryKind {
        match self {
            Entry::Support(_) => EntryKind::Support,
            Entry::Workshop(_) => EntryKind::Workshop,
            Entry::QuickHelp(_) => EntryKind::QuickHelp,
        }
    }

    pub fn date(&self) -> NaiveDate {
        match self {
            Entry::Support(r) => r.support.date,
            Entry::Workshop(r) => r.workshop.date,
            Entry::QuickHelp(r) => r.date,
        }
    }

    pub fn organisation_id(&self) -> i64 {
        match self {
            Entry::Support(r) => r.organisation_id,
            Entry::Workshop(r) => r.organisation_id,
            Entry::QuickHelp(r) => r.organisation_id,
        }
    }
}

#[derive(sqlx::FromRow)]
struct QuickRaw {
    id: i64,
    organisation_id: i64,
    place_id: i64,
    day: String,
    theme: String,
    count: i32,
}

impl TryFrom<QuickRaw> for QuickHelpRecord {
    type Error = StoreError;
    fn try_from(r: QuickRaw) -> Result<QuickHelpRecord> {
        Ok(QuickHelpRecord {
            id: r.id,
            organisation_id: r.organisation_id,
            place_id: r.place_id,
            date: NaiveDate::parse_from_str(&r.day, "%Y-%m-%d").map_err(|_| {
                StoreError::Invalid(format!("activity quick help {}: bad day {:?}", r.id, r.day))
            })?,
            theme: r.theme,
            count: i64::from(r.count),
        })
    }
}

const SELECT_QUICK: &str =
    "SELECT id, organisation_id, place_id, day, theme, count FROM activity_quick_help";

fn id_list(ids: &[i64]) -> String {
    ids.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

impl Db {
    /// The records of these organisations (None: all) of these kinds (empty:
    /// all kinds), most recent day first (then supports, workshops, quick
    /// helps, newest first), `limit` from `offset`; and how many in all.
    pub async fn activity_entries(
        &self,
        organisations: Option<&[i64]>,
        kinds: &[EntryKind],
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<Entry>, i64)> {
        let kinds: Vec<EntryKind> = if kinds.is_empty() {
            EntryKind::ALL.to_vec()
        } else {
            EntryKind::ALL
                .into_iter()
                .filter(|k| kinds.contains(k))
                .collect()
        };
        let scope = scope_clause(organisations);
        // The kind's rank orders a day's records; each part uses its
        // table's (organisation_id, day) index.
        let union = kinds
            .iter()
            .map(|k| {
                let rank = EntryKind::ALL.iter().position(|x| x == k).unwrap_or(0);
                format!(
                    "SELECT {rank} AS kind, id, day FROM {} WHERE {scope}",
                    k.table()
                )
            })
            .collect::<Vec<_>>()
            .join(" UNION ALL ");
        let sql = format!(
            "SELECT kind, id FROM ({union}) entries ORDER BY day DESC, kind, id DESC LIMIT $1 OFFSET $2"
        );
        let count = format!("SELECT COUNT(*) FROM ({union}) entries");
        let rows: Vec<(i32, i64)> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(limit).bind(offset).fetch_all(p).await?);
        let total: i64 = run!(self, p => sqlx::query_scalar(sqlx::AssertSqlSafe(count))
            .fetch_one(p).await?);
        let ids =
            |rank: i32| -> Vec<i64> { rows.iter().filter(|r| r.0 == rank).map(|r| r.1).collect() };
        let (support_ids, workshop_ids, quick_ids) = (ids(0), ids(1), ids(2));
        let supports = self.supports_by_id(&support_ids).await?;
        let workshops = self.workshops_by_id(&workshop_ids).await?;
        let quick = self.quick_helps_by_id(&quick_ids).await?;
        let mut out = Vec::with_capacity(rows.len());
        for (rank, id) in rows {
            let entry = match rank {
                0 => supports
                    .iter()
                    .find(|r| r.id == id)
                    .cloned()
                    .map(Entry::Support),
                1 => workshops
                    .iter()
                    .find(|r| r.id == id)
                    .cloned()
                    .map(Entry::Workshop),
                _ => quick
                    .iter()
                    .find(|r| r.id == id)
                    .cloned()
                    .map(Entry::QuickHelp),
            };
            // A record deleted between the two queries is left out.
            out.extend(entry);
        }
        Ok((out, total))
    }

    async fn supports_by_id(&self, ids: &[i64]) -> Result<Vec<SupportRecord>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!("{} WHERE id IN ({})", super::SELECT_SUPPORT, id_list(ids));
        let rows: Vec<super::SupportRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .fetch_all(p).await?);
        rows.into_iter().map(SupportRecord::try_from).collect()
    }

    async fn workshops_by_id(&self, ids: &[i64]) -> Result<Vec<WorkshopRecord>> {
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.extend(self.workshop(*id).await?);
        }
        Ok(out)
    }

    async fn quick_helps_by_id(&self, ids: &[i64]) -> Result<Vec<QuickHelpRecord>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!("{SELECT_QUICK} WHERE id IN ({})", id_list(ids));
        let rows: Vec<QuickRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .fetch_all(p).await?);
        rows.into_iter().map(QuickHelpRecord::try_from).collect()
    }

    /// One quick-help count.
    pub async fn quick_help(&self, id: i64) -> Result<Option<QuickHelpRecord>> {
        let sql = format!("{SELECT_QUICK} WHERE id = $1");
        let row: Option<QuickRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id).fetch_optional(p).await?);
        row.map(QuickHelpRecord::try_from).transpose()
    }

    /// Removes a day's quick-help count for a theme at a place (a count
    /// pressed by mistake); false if there is none.
    pub async fn delete_quick_help(&self, id: i64, actor: Option<i64>, now: i64) -> Result<bool> {
        let select = format!("{SELECT_QUICK} WHERE id = $1");
        write_tx!(self, tx => {
            // Read in the transaction: the rollup takes away what is deleted.
            let row: Option<QuickRaw> = sqlx::query_as(sqlx::AssertSqlSafe(select))
                .bind(id).fetch_optional(&mut *tx).await?;
            let Some(before) = row.map(QuickHelpRecord::try_from).transpose()? else {
                return Ok(false);
            };
            super::tallies::apply_quick(
                &mut *tx, before.organisation_id, before.place_id, before.date, &before.theme, -before.count,
            ).await?;
            sqlx::query("DELETE FROM activity_quick_help WHERE id = $1")
                .bind(id).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "activity.quick_help.delete",
                entity: "activity_quick_help",
                entity_id: Some(id),
                place_id: Some(before.place_id),
                before: Some(serde_json::json!({
                    "day": before.date.to_string(), "theme": before.theme, "count": before.count,
                })),
                ..Default::default()
            });
        });
        Ok(true)
    }
}
