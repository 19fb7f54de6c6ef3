//! Funding cadastre entries: per place and calendar year, costs and
//! resources by funder (see `domain::cadastre`). Saving a year that exists
//! replaces its entry and lines, in one transaction with its audit entry
//! (the former values in `before`).

use domain::cadastre::{Cadastre, Resource, StaffLine};

use crate::{Db, Result, run, write_tx};

/// A stored entry with the place it is about.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CadastreRecord {
    pub id: i64,
    pub place_id: i64,
    pub cadastre: Cadastre,
    pub updated_by: Option<i64>,
    pub updated_at: i64,
}

const SELECT: &str = "SELECT e.id, e.place_id, e.year, e.cost_epn_staff_cents,
    e.cost_host_staff_cents, e.cost_running_cents, e.updated_by, e.updated_at
    FROM cadastre_entries e";

const LINES: &str = "SELECT r.entry_id, r.funder, r.by_host, r.amount_cents
    FROM cadastre_resources r JOIN cadastre_entries e ON e.id = r.entry_id";

const STAFF: &str = "SELECT s.entry_id, s.contract, s.role, s.full_time, s.head_count
    FROM cadastre_staff s JOIN cadastre_entries e ON e.id = s.entry_id";

#[derive(sqlx::FromRow)]
struct RawStaff {
    entry_id: i64,
    contract: String,
    role: String,
    full_time: bool,
    head_count: i32,
}

#[derive(sqlx::FromRow)]
struct Raw {
    id: i64,
    place_id: i64,
    year: i32,
    cost_epn_staff_cents: i64,
    cost_host_staff_cents: i64,
    cost_running_cents: i64,
    updated_by: Option<i64>,
    updated_at: i64,
}

#[derive(sqlx::FromRow)]
struct RawLine {
    entry_id: i64,
    funder: String,
    by_host: bool,
    amount_cents: i64,
}

fn assemble(rows: Vec<Raw>, lines: Vec<RawLine>, staff: Vec<RawStaff>) -> Vec<CadastreRecord> {
    rows.into_iter()
        .map(|r| CadastreRecord {
            id: r.id,
            place_id: r.place_id,
            cadastre: Cadastre {
                year: r.year,
                resources: lines
                    .iter()
                    .filter(|l| l.entry_id == r.id)
                    .map(|l| Resource {
                        funder: l.funder.clone(),
                        by_host: l.by_host,
                        cents: l.amount_cents,
                    })
                    .collect(),
                cost_epn_staff_cents: r.cost_epn_staff_cents,
                cost_host_staff_cents: r.cost_host_staff_cents,
                cost_running_cents: r.cost_running_cents,
                staff: staff
                    .iter()
                    .filter(|l| l.entry_id == r.id)
                    .map(|l| StaffLine {
                        contract: l.contract.clone(),
                        role: l.role.clone(),
                        full_time: l.full_time,
                        head_count: l.head_count,
                    })
                    .collect(),
            },
            updated_by: r.updated_by,
            updated_at: r.updated_at,
        })
        .collect()
}

/// Whether a save added a year or corrected one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Added(i64),
    Corrected(i64),
}

impl Db {
    /// Records `c` for `place_id` and its year: adds it, or replaces the
    /// entry of that year and its lines (a correction), audited either way.
    pub async fn save_cadastre(
        &self,
        place_id: i64,
        c: &Cadastre,
        actor: Option<i64>,
        now: i64,
    ) -> Result<Saved> {
        let find = format!("{SELECT} WHERE e.place_id = $1 AND e.year = $2");
        let find_lines = format!("{LINES} WHERE e.place_id = $1 AND e.year = $2 ORDER BY r.id");
        let find_staff = format!("{STAFF} WHERE e.place_id = $1 AND e.year = $2 ORDER BY s.id");
        let saved = write_tx!(self, tx => {
            let before: Option<Raw> = sqlx::query_as(sqlx::AssertSqlSafe(find.clone()))
                .bind(place_id).bind(c.year).fetch_optional(&mut *tx).await?;
            let lines: Vec<RawLine> = sqlx::query_as(sqlx::AssertSqlSafe(find_lines.clone()))
                .bind(place_id).bind(c.year).fetch_all(&mut *tx).await?;
            let staff: Vec<RawStaff> = sqlx::query_as(sqlx::AssertSqlSafe(find_staff.clone()))
                .bind(place_id).bind(c.year).fetch_all(&mut *tx).await?;
            let before = assemble(before.into_iter().collect(), lines, staff).into_iter().next();
            let saved = match &before {
                Some(b) => {
                    sqlx::query("UPDATE cadastre_entries SET cost_epn_staff_cents = $1,
                        cost_host_staff_cents = $2, cost_running_cents = $3, updated_by = $4,
                        updated_at = $5 WHERE id = $6")
                        .bind(c.cost_epn_staff_cents).bind(c.cost_host_staff_cents)
                        .bind(c.cost_running_cents).bind(actor).bind(now).bind(b.id)
                        .execute(&mut *tx).await?;
                    sqlx::query("DELETE FROM cadastre_resources WHERE entry_id = $1")
                        .bind(b.id).execute(&mut *tx).await?;
                    sqlx::query("DELETE FROM cadastre_staff WHERE entry_id = $1")
                        .bind(b.id).execute(&mut *tx).await?;
                    Saved::Corrected(b.id)
                }
                None => {
                    let id: i64 = sqlx::query_scalar("INSERT INTO cadastre_entries (place_id, year,
                        cost_epn_staff_cents, cost_host_staff_cents, cost_running_cents,
                        created_by, created_at, updated_by, updated_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $6, $7) RETURNING id")
                        .bind(place_id).bind(c.year).bind(c.cost_epn_staff_cents)
                        .bind(c.cost_host_staff_cents).bind(c.cost_running_cents)
                        .bind(actor).bind(now).fetch_one(&mut *tx).await?;
                    Saved::Added(id)
                }
            };
            let (action, id) = match saved {
                Saved::Added(id) => ("cadastre.create", id),
                Saved::Corrected(id) => ("cadastre.update", id),
            };
            for r in &c.resources {
                sqlx::query("INSERT INTO cadastre_resources (entry_id, funder, by_host, amount_cents)
                    VALUES ($1, $2, $3, $4)")
                    .bind(id).bind(&r.funder).bind(r.by_host).bind(r.cents)
                    .execute(&mut *tx).await?;
            }
            for l in &c.staff {
                sqlx::query("INSERT INTO cadastre_staff (entry_id, contract, role, full_time, head_count)
                    VALUES ($1, $2, $3, $4, $5)")
                    .bind(id).bind(&l.contract).bind(&l.role).bind(l.full_time).bind(l.head_count)
                    .execute(&mut *tx).await?;
            }
            crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                user_id: actor,
                action,
                entity: "cadastre",
                entity_id: Some(id),
                place_id: Some(place_id),
                before: before.map(|b| serde_json::json!(b.cadastre)),
                after: Some(serde_json::json!(c)),
                ..Default::default()
            });
            saved
        });
        Ok(saved)
    }

    /// A place's entries, newest year first.
    pub async fn cadastre_of_place(&self, place_id: i64) -> Result<Vec<CadastreRecord>> {
        let sql = format!("{SELECT} WHERE e.place_id = $1 ORDER BY e.year DESC");
        let lines = format!("{LINES} WHERE e.place_id = $1 ORDER BY r.id");
        let staff = format!("{STAFF} WHERE e.place_id = $1 ORDER BY s.id");
        let rows: Vec<Raw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(place_id).fetch_all(p).await?);
        let lines: Vec<RawLine> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(lines))
            .bind(place_id).fetch_all(p).await?);
        let staff: Vec<RawStaff> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(staff))
            .bind(place_id).fetch_all(p).await?);
        Ok(assemble(rows, lines, staff))
    }

    /// Every place's entry for `year`, by place id.
    pub async fn cadastre_of_year(&self, year: i32) -> Result<Vec<CadastreRecord>> {
        let sql = format!("{SELECT} WHERE e.year = $1 ORDER BY e.place_id");
        let lines = format!("{LINES} WHERE e.year = $1 ORDER BY r.id");
        let staff = format!("{STAFF} WHERE e.year = $1 ORDER BY s.id");
        let rows: Vec<Raw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(year).fetch_all(p).await?);
        let lines: Vec<RawLine> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(lines))
            .bind(year).fetch_all(p).await?);
        let staff: Vec<RawStaff> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(staff))
            .bind(year).fetch_all(p).await?);
        Ok(assemble(rows, lines, staff))
    }
}

/// The demo's cadastre entries (`data/demo/cadastre-illustrative.toml`):
/// ILLUSTRATIVE amounts, not facts (the 2020 cadastre gives aggregates only).
pub mod demo {
    use std::collections::BTreeMap;

    use domain::cadastre::{Cadastre, CadastreDraft};
    use serde::Deserialize;

    use crate::{Db, Result};

    pub const DEMO_CADASTRE: &str = include_str!("../../../data/demo/cadastre-illustrative.toml");

    #[derive(Debug, Clone, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct DemoCadastre {
        pub entries: Vec<DemoEntry>,
    }

    #[derive(Debug, Clone, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct DemoEntry {
        /// A place key of the demo file.
        pub place: String,
        pub year: i32,
        pub amounts: BTreeMap<String, String>,
    }

    impl DemoCadastre {
        pub fn illustrative() -> DemoCadastre {
            toml::from_str(DEMO_CADASTRE).expect("shipped demo cadastre is valid")
        }
    }

    impl DemoEntry {
        /// The entry through the same checks as the form (Brussels funders);
        /// a field the form does not have is refused.
        pub fn cadastre(&self) -> Result<Cadastre> {
            let funders = domain::cadastre::shipped("brussels").unwrap_or(&[]);
            let known = |k: &str| {
                domain::cadastre::COST_FIELDS.contains(&k)
                    || domain::cadastre::staff_fields()
                        .iter()
                        .any(|(c, r, f)| k == domain::cadastre::staff_field(c, r, *f))
                    || funders.iter().any(|f| {
                        k == domain::cadastre::resource_field(&f.code, false)
                            || k == domain::cadastre::resource_field(&f.code, true)
                    })
            };
            if let Some(k) = self.amounts.keys().find(|k| !known(k)) {
                return Err(Db::invalid(format!("demo cadastre: unknown field {k}")));
            }
            let draft = CadastreDraft {
                year: self.year.to_string(),
                amounts: self.amounts.clone(),
            };
            draft.validate(funders, self.year).map_err(|e| {
                Db::invalid(format!(
                    "demo cadastre of {} {}: {e:?}",
                    self.place, self.year
                ))
            })
        }
    }

    /// Inserts the entries inside the demo's transaction `$tx` at `$now`;
    /// `$places` maps demo place keys to ids.
    macro_rules! load_cadastre {
        ($tx:ident, $now:expr, $data:expr, $places:expr) => {
            for e in &$data.entries {
                let place_id = *$places.get(e.place.as_str()).ok_or_else(|| {
                    $crate::Db::invalid(format!("demo cadastre: unknown place {}", e.place))
                })?;
                let c = e.cadastre()?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO cadastre_entries (place_id, year, cost_epn_staff_cents,
                     cost_host_staff_cents, cost_running_cents, created_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
                )
                .bind(place_id)
                .bind(c.year)
                .bind(c.cost_epn_staff_cents)
                .bind(c.cost_host_staff_cents)
                .bind(c.cost_running_cents)
                .bind($now)
                .fetch_one(&mut *$tx)
                .await?;
                for r in &c.resources {
                    sqlx::query(
                        "INSERT INTO cadastre_resources (entry_id, funder, by_host, amount_cents)
                         VALUES ($1, $2, $3, $4)",
                    )
                    .bind(id)
                    .bind(&r.funder)
                    .bind(r.by_host)
                    .bind(r.cents)
                    .execute(&mut *$tx)
                    .await?;
                }
                for l in &c.staff {
                    sqlx::query(
                        "INSERT INTO cadastre_staff (entry_id, contract, role, full_time, head_count)
                         VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(id)
                    .bind(&l.contract)
                    .bind(&l.role)
                    .bind(l.full_time)
                    .bind(l.head_count)
                    .execute(&mut *$tx)
                    .await?;
                }
            }
        };
    }
    pub(crate) use load_cadastre;
}
