//! Editing the directory from the back office: a place as an editable record,
//! updates and creations written in one transaction with their audit entry,
//! and the proposals of EPN managers waiting for the coordination
//! ([`proposals`]).
//!
//! Writes set `updated_at` so that the directory snapshot, which refreshes
//! from `directory_stamp` (count, latest update), sees the change.

use domain::PlaceColumns;

use crate::audit::NewAudit;
use crate::places::{StoredColumns, place_columns};
use crate::{Db, Result, run};

pub mod listing;
pub mod proposals;

pub use listing::{PlaceListFilter, PlaceListRow};
pub use proposals::{AcceptOutcome, NewProposal, Proposal, ProposalFilter, ProposalStatus};

/// A place with what the editing pages need around its record.
#[derive(Debug, Clone, PartialEq)]
pub struct EditablePlace {
    pub id: i64,
    pub source_key: Option<String>,
    pub record: PlaceColumns,
    pub organisation_name: String,
    /// The coordination trusts the organisation to publish without moderation.
    pub organisation_trusted: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What an update did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateOutcome {
    Updated,
    /// The record was already like this: nothing written.
    Unchanged,
    NotFound,
}

#[derive(sqlx::FromRow)]
struct EditableRow {
    id: i64,
    source_key: Option<String>,
    organisation_name: String,
    organisation_trusted: bool,
    created_at: i64,
    updated_at: i64,
    #[sqlx(flatten)]
    record: StoredColumns,
}

/// The columns of place `$1` ([`StoredColumns`]), read back to compare before a write.
pub(crate) const SELECT_RECORD: &str = concat!(
    "SELECT ",
    place_columns!(),
    " FROM places p WHERE p.id = $1"
);

const SELECT_EDITABLE: &str = concat!(
    "SELECT p.id, p.source_key, o.name AS organisation_name,
        o.trusted AS organisation_trusted, p.created_at, p.updated_at, ",
    place_columns!(),
    " FROM places p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = $1"
);

/// The `updated_at` of a write at `$now`: now, or one second after the latest
/// update when that is already now, so that the directory's stamp (count,
/// latest update) changes with every write, even two in the same second.
macro_rules! next_stamp {
    ($conn:expr, $now:expr) => {{
        let latest: Option<i64> = sqlx::query_scalar("SELECT MAX(updated_at) FROM places")
            .fetch_one($conn)
            .await?;
        $crate::editing::stamp_after(latest.unwrap_or(0), $now)
    }};
}
pub(crate) use next_stamp;

#[doc(hidden)]
pub fn stamp_after(latest: i64, now: i64) -> i64 {
    if latest >= now && latest < now + 60 {
        latest + 1
    } else {
        now
    }
}

/// Updates place `$id` to `$after` on `$conn` with its audit entry; the
/// outcome. `$before` is the current record (read in the same transaction).
macro_rules! write_update {
    ($conn:expr, $now:expr, $id:expr, $before:expr, $after:expr, $audit:expr) => {{
        let now: i64 = $now;
        let before: &domain::PlaceColumns = $before;
        let after: &domain::PlaceColumns = $after;
        if before == after {
            $crate::editing::UpdateOutcome::Unchanged
        } else {
            let stamp = $crate::editing::next_stamp!(&mut *$conn, now);
            $crate::places::bind_columns!(
                sqlx::query($crate::places::UPDATE_PLACE),
                after,
                stamp,
                $id
            )
            .execute(&mut *$conn)
            .await?;
            let a: $crate::audit::NewAudit = $audit;
            $crate::audit!(
                &mut *$conn,
                now,
                &$crate::audit::NewAudit {
                    action: "place.update",
                    entity: "place",
                    entity_id: Some($id),
                    place_id: Some($id),
                    before: Some(before.to_json()),
                    after: Some(after.to_json()),
                    ..a
                }
            );
            $crate::editing::UpdateOutcome::Updated
        }
    }};
}
pub(crate) use write_update;

/// Inserts `$record` on `$conn` at `$now` with its `place.create` audit entry;
/// the new id.
macro_rules! write_create {
    ($conn:expr, $now:expr, $record:expr, $audit:expr) => {{
        let now: i64 = $now;
        let record: &domain::PlaceColumns = $record;
        let stamp = $crate::editing::next_stamp!(&mut *$conn, now);
        let id: i64 = $crate::places::bind_columns!(
            sqlx::query_scalar($crate::places::INSERT_PLACE),
            record,
            stamp,
            now,
            None::<String>
        )
        .fetch_one(&mut *$conn)
        .await?;
        let a: $crate::audit::NewAudit = $audit;
        $crate::audit!(
            &mut *$conn,
            now,
            &$crate::audit::NewAudit {
                action: "place.create",
                entity: "place",
                entity_id: Some(id),
                place_id: Some(id),
                before: None,
                after: Some(record.to_json()),
                ..a
            }
        );
        id
    }};
}
pub(crate) use write_create;

impl Db {
    /// A place with its organisation, as the edit form shows it.
    pub async fn editable_place(&self, id: i64) -> Result<Option<EditablePlace>> {
        let row: Option<EditableRow> = run!(self, p => sqlx::query_as(SELECT_EDITABLE)
            .bind(id).fetch_optional(p).await?);
        Ok(row.map(|r| EditablePlace {
            id: r.id,
            source_key: r.source_key,
            record: r.record.into(),
            organisation_name: r.organisation_name,
            organisation_trusted: r.organisation_trusted,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }))
    }

    /// Writes `after` over place `id`, with a `place.update` audit entry
    /// (the whole record before and after), in one transaction.
    pub async fn update_place(
        &self,
        id: i64,
        after: &PlaceColumns,
        user_id: Option<i64>,
        note: Option<&str>,
        now: i64,
    ) -> Result<UpdateOutcome> {
        let outcome = crate::write_tx!(self, tx => {
            let before: Option<StoredColumns> = sqlx::query_as(SELECT_RECORD)
                .bind(id).fetch_optional(&mut *tx).await?;
            match before {
                None => UpdateOutcome::NotFound,
                Some(before) => {
                    let before = PlaceColumns::from(before);
                    write_update!(tx, now, id, &before, after, NewAudit { user_id, note, ..Default::default() })
                }
            }
        });
        Ok(outcome)
    }

    /// Creates a place from a record, with a `place.create` audit entry; its id.
    pub async fn add_place(
        &self,
        record: &PlaceColumns,
        user_id: Option<i64>,
        now: i64,
    ) -> Result<i64> {
        let id = crate::write_tx!(self, tx => {
            write_create!(tx, now, record, NewAudit { user_id, ..Default::default() })
        });
        Ok(id)
    }
}

impl Db {
    /// "Everything is still correct": the place's data is confirmed as it is.
    /// It counts as an update (stale checks and reminders start again) and is
    /// audited (`place.confirm`). False when there is no such place.
    pub async fn confirm_place(&self, id: i64, actor: i64, now: i64) -> Result<bool> {
        let done = crate::write_tx!(self, tx => {
            let before: Option<i64> = sqlx::query_scalar("SELECT updated_at FROM places WHERE id = $1")
                .bind(id).fetch_optional(&mut *tx).await?;
            match before {
                None => false,
                Some(before) => {
                    let stamp = next_stamp!(&mut *tx, now);
                    sqlx::query("UPDATE places SET updated_at = $1 WHERE id = $2")
                        .bind(stamp).bind(id).execute(&mut *tx).await?;
                    crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                        user_id: Some(actor),
                        action: "place.confirm",
                        entity: "place",
                        entity_id: Some(id),
                        place_id: Some(id),
                        before: Some(serde_json::json!({ "updated_at": before })),
                        after: Some(serde_json::json!({ "updated_at": stamp })),
                        ..Default::default()
                    });
                    true
                }
            }
        });
        Ok(done)
    }
}
