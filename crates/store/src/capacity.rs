//! Capacity records: per place and calendar year, what the place can take in
//! (see `domain::capacity`). Saving a year that exists corrects it, in one
//! transaction with its audit entry (the former values in `before`).

use domain::capacity::Capacity;

use crate::{Db, Result, run, write_tx};

/// A stored record with the place it is about.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CapacityRecord {
    pub id: i64,
    pub place_id: i64,
    pub capacity: Capacity,
    pub updated_by: Option<i64>,
    pub updated_at: i64,
}

const SELECT: &str = "SELECT id, place_id, year, days_open, hours_open, visitors_weekday,
    visitors_saturday, visitors_counted, computers, tablets, other_equipment, trainings,
    animators, animators_fte_hundredths, updated_by, updated_at FROM place_capacity c";

#[derive(sqlx::FromRow)]
struct Raw {
    id: i64,
    place_id: i64,
    year: i32,
    days_open: i32,
    hours_open: i32,
    visitors_weekday: i32,
    visitors_saturday: i32,
    visitors_counted: bool,
    computers: i32,
    tablets: i32,
    other_equipment: Option<String>,
    trainings: bool,
    animators: i32,
    animators_fte_hundredths: Option<i32>,
    updated_by: Option<i64>,
    updated_at: i64,
}

impl From<Raw> for CapacityRecord {
    fn from(r: Raw) -> CapacityRecord {
        CapacityRecord {
            id: r.id,
            place_id: r.place_id,
            capacity: Capacity {
                year: r.year,
                days_open: r.days_open,
                hours_open: r.hours_open,
                visitors_weekday: r.visitors_weekday,
                visitors_saturday: r.visitors_saturday,
                visitors_counted: r.visitors_counted,
                computers: r.computers,
                tablets: r.tablets,
                other_equipment: r.other_equipment,
                trainings: r.trainings,
                animators: r.animators,
                animators_fte_hundredths: r.animators_fte_hundredths,
            },
            updated_by: r.updated_by,
            updated_at: r.updated_at,
        }
    }
}

/// Whether a save added a year or corrected one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Added(i64),
    Corrected(i64),
}

impl Db {
    /// Records `c` for `place_id` and its year: adds it, or replaces the
    /// record of that year (a correction), with an audit entry either way.
    pub async fn save_capacity(
        &self,
        place_id: i64,
        c: &Capacity,
        actor: Option<i64>,
        now: i64,
    ) -> Result<Saved> {
        let find = format!("{SELECT} WHERE c.place_id = $1 AND c.year = $2");
        let saved = write_tx!(self, tx => {
            let before: Option<Raw> = sqlx::query_as(sqlx::AssertSqlSafe(find.clone()))
                .bind(place_id).bind(c.year).fetch_optional(&mut *tx).await?;
            let before = before.map(CapacityRecord::from);
            let saved = match &before {
                Some(b) => {
                    sqlx::query("UPDATE place_capacity SET days_open = $1, hours_open = $2,
                        visitors_weekday = $3, visitors_saturday = $4, visitors_counted = $5,
                        computers = $6, tablets = $7, other_equipment = $8, trainings = $9,
                        animators = $10, animators_fte_hundredths = $11, updated_by = $12,
                        updated_at = $13 WHERE id = $14")
                        .bind(c.days_open).bind(c.hours_open).bind(c.visitors_weekday)
                        .bind(c.visitors_saturday).bind(c.visitors_counted).bind(c.computers)
                        .bind(c.tablets).bind(&c.other_equipment).bind(c.trainings)
                        .bind(c.animators).bind(c.animators_fte_hundredths).bind(actor)
                        .bind(now).bind(b.id).execute(&mut *tx).await?;
                    Saved::Corrected(b.id)
                }
                None => {
                    let id: i64 = sqlx::query_scalar("INSERT INTO place_capacity (place_id, year,
                        days_open, hours_open, visitors_weekday, visitors_saturday, visitors_counted,
                        computers, tablets, other_equipment, trainings, animators,
                        animators_fte_hundredths, created_by, created_at, updated_by, updated_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $14, $15)
                        RETURNING id")
                        .bind(place_id).bind(c.year).bind(c.days_open).bind(c.hours_open)
                        .bind(c.visitors_weekday).bind(c.visitors_saturday).bind(c.visitors_counted)
                        .bind(c.computers).bind(c.tablets).bind(&c.other_equipment).bind(c.trainings)
                        .bind(c.animators).bind(c.animators_fte_hundredths).bind(actor).bind(now)
                        .fetch_one(&mut *tx).await?;
                    Saved::Added(id)
                }
            };
            let (action, id) = match saved {
                Saved::Added(id) => ("capacity.create", id),
                Saved::Corrected(id) => ("capacity.update", id),
            };
            crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                user_id: actor,
                action,
                entity: "capacity",
                entity_id: Some(id),
                place_id: Some(place_id),
                before: before.map(|b| serde_json::json!(b.capacity)),
                after: Some(serde_json::json!(c)),
                ..Default::default()
            });
            saved
        });
        Ok(saved)
    }

    /// A place's records, newest year first.
    pub async fn capacity_of_place(&self, place_id: i64) -> Result<Vec<CapacityRecord>> {
        let sql = format!("{SELECT} WHERE c.place_id = $1 ORDER BY c.year DESC");
        let rows: Vec<Raw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(place_id).fetch_all(p).await?);
        Ok(rows.into_iter().map(CapacityRecord::from).collect())
    }

    /// A place's latest record (the newest year), if any.
    pub async fn latest_capacity(&self, place_id: i64) -> Result<Option<CapacityRecord>> {
        Ok(self.capacity_of_place(place_id).await?.into_iter().next())
    }

    /// Every record of a year in `from..=to`, by place and year.
    pub async fn capacities_of_years(&self, from: i32, to: i32) -> Result<Vec<CapacityRecord>> {
        let sql =
            format!("{SELECT} WHERE c.year >= $1 AND c.year <= $2 ORDER BY c.place_id, c.year");
        let rows: Vec<Raw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(from).bind(to).fetch_all(p).await?);
        Ok(rows.into_iter().map(CapacityRecord::from).collect())
    }

    /// The latest record of every place that has one, by place id.
    pub async fn latest_capacities(&self) -> Result<Vec<CapacityRecord>> {
        let sql = format!(
            "{SELECT} WHERE c.year = (SELECT MAX(c2.year) FROM place_capacity c2
             WHERE c2.place_id = c.place_id) ORDER BY c.place_id"
        );
        let rows: Vec<Raw> =
            run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(p).await?);
        Ok(rows.into_iter().map(CapacityRecord::from).collect())
    }
}

/// The demo's capacity records (`data/demo/capacity-illustrative.toml`):
/// ILLUSTRATIVE values, not facts (the 2021 study gives region-level
/// aggregates only).
pub mod demo {
    use domain::capacity::{Capacity, CapacityDraft};
    use serde::Deserialize;

    use crate::{Db, Result};

    pub const DEMO_CAPACITY: &str = include_str!("../../../data/demo/capacity-illustrative.toml");

    #[derive(Debug, Clone, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct DemoCapacity {
        pub records: Vec<DemoRecord>,
    }

    #[derive(Debug, Clone, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct DemoRecord {
        /// A place key of the demo file.
        pub place: String,
        pub year: i32,
        pub days_open: i32,
        pub hours_open: i32,
        pub visitors_weekday: i32,
        pub visitors_saturday: i32,
        pub visitors_method: String,
        pub computers: i32,
        pub tablets: i32,
        #[serde(default)]
        pub other_equipment: String,
        pub trainings: bool,
        pub animators: i32,
        #[serde(default)]
        pub animators_fte: String,
    }

    impl DemoCapacity {
        pub fn illustrative() -> DemoCapacity {
            toml::from_str(DEMO_CAPACITY).expect("shipped demo capacity is valid")
        }
    }

    impl DemoRecord {
        /// The record through the same checks as the form.
        pub fn capacity(&self) -> Result<Capacity> {
            let draft = CapacityDraft {
                year: self.year.to_string(),
                days_open: self.days_open.to_string(),
                hours_open: self.hours_open.to_string(),
                visitors_weekday: self.visitors_weekday.to_string(),
                visitors_saturday: self.visitors_saturday.to_string(),
                visitors_method: self.visitors_method.clone(),
                computers: self.computers.to_string(),
                tablets: self.tablets.to_string(),
                other_equipment: self.other_equipment.clone(),
                trainings: if self.trainings { "yes" } else { "no" }.into(),
                animators: self.animators.to_string(),
                animators_fte: self.animators_fte.clone(),
            };
            draft.validate(self.year).map_err(|e| {
                Db::invalid(format!(
                    "demo capacity of {} {}: {e:?}",
                    self.place, self.year
                ))
            })
        }
    }

    /// Inserts the records inside the demo's transaction `$tx` at `$now`;
    /// `$places` maps demo place keys to ids.
    macro_rules! load_capacity {
        ($tx:ident, $now:expr, $data:expr, $places:expr) => {
            for r in &$data.records {
                let place_id = *$places.get(r.place.as_str()).ok_or_else(|| {
                    $crate::Db::invalid(format!("demo capacity: unknown place {}", r.place))
                })?;
                let c = r.capacity()?;
                sqlx::query(
                    "INSERT INTO place_capacity (place_id, year, days_open, hours_open,
                     visitors_weekday, visitors_saturday, visitors_counted, computers, tablets,
                     other_equipment, trainings, animators, animators_fte_hundredths,
                     created_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)",
                )
                .bind(place_id)
                .bind(c.year)
                .bind(c.days_open)
                .bind(c.hours_open)
                .bind(c.visitors_weekday)
                .bind(c.visitors_saturday)
                .bind(c.visitors_counted)
                .bind(c.computers)
                .bind(c.tablets)
                .bind(&c.other_equipment)
                .bind(c.trainings)
                .bind(c.animators)
                .bind(c.animators_fte_hundredths)
                .bind($now)
                .execute(&mut *$tx)
                .await?;
            }
        };
    }
    pub(crate) use load_capacity;
}
