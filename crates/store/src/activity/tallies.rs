//! The monthly rollup of the activity log (`activity_tallies`, migration
//! 0013): what the figures read instead of the records.
//!
//! Every write of the activity log calls [`apply`] in its own transaction
//! with the record's contributions (`domain::activity::figures`) and a sign:
//! +1 for what is added, −1 for what is taken away (an update takes the old
//! record away and adds the new one). A future write path does the same.
//! [`Db::rebuild_tallies`] recomputes the whole rollup from the records
//! (after a bulk load, an import, or to repair it); a test checks that the
//! maintained rollup equals the rebuilt one after random writes.

use std::collections::HashMap;

use chrono::NaiveDate;
use domain::activity::figures::{
    self, Contribution, Kind, Measures, Sums, month_of, quick_contributions, support_contributions,
    workshop_contributions,
};

use super::workshops::{SELECT_WORKSHOP, WorkshopRaw, WorkshopRecord};
use crate::{Db, Result, StoreError, run, write_tx};
use domain::activity::{Autonomy, Equipment, Location, Support};

/// A connection of either engine, inside a transaction: `&mut *tx`.
pub enum Conn<'a> {
    Sqlite(&'a mut sqlx::SqliteConnection),
    Postgres(&'a mut sqlx::PgConnection),
}

impl<'a> From<&'a mut sqlx::SqliteConnection> for Conn<'a> {
    fn from(c: &'a mut sqlx::SqliteConnection) -> Conn<'a> {
        Conn::Sqlite(c)
    }
}

impl<'a> From<&'a mut sqlx::PgConnection> for Conn<'a> {
    fn from(c: &'a mut sqlx::PgConnection) -> Conn<'a> {
        Conn::Postgres(c)
    }
}

/// The multi-row upsert of `n` lines; $1 place, $2 organisation, $3 month,
/// then six parameters per line.
fn upsert_sql(n: usize) -> String {
    let values: Vec<String> = (0..n)
        .map(|i| {
            let b = 4 + i * 6;
            format!(
                "($1, $2, $3, ${}, ${}, ${}, ${}, ${}, ${})",
                b,
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5
            )
        })
        .collect();
    format!(
        "INSERT INTO activity_tallies (place_id, organisation_id, month, kind, dimension, value,
         records, people, minutes) VALUES {}
         ON CONFLICT (month, place_id, organisation_id, kind, dimension, value) DO UPDATE SET
         records = activity_tallies.records + excluded.records,
         people = activity_tallies.people + excluded.people,
         minutes = activity_tallies.minutes + excluded.minutes",
        values.join(", ")
    )
}

const DELETE_EMPTY: &str = "DELETE FROM activity_tallies WHERE place_id = $1
    AND organisation_id = $2 AND month = $3 AND records = 0 AND people = 0 AND minutes = 0";

/// Adds (`sign` = 1) or takes away (`sign` = −1) the contributions `lines`
/// of a record of `organisation_id` at `place_id` on `day`, on the
/// transaction's connection `conn` (`&mut *tx`).
pub async fn apply(
    conn: impl Into<Conn<'_>>,
    place_id: i64,
    organisation_id: i64,
    day: NaiveDate,
    lines: &[Contribution],
    sign: i64,
) -> Result<()> {
    if lines.is_empty() {
        return Ok(());
    }
    let sql = upsert_sql(lines.len());
    let month = month_of(day);
    // Something taken away (a negative sign or negative counts): lines may fall to zero.
    let taking_away = lines
        .iter()
        .any(|l| sign * l.records < 0 || sign * l.people < 0 || sign * l.minutes < 0);
    macro_rules! go {
        ($c:ident) => {{
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(place_id)
                .bind(organisation_id)
                .bind(month.as_str());
            for l in lines {
                q = q
                    .bind(l.kind.code())
                    .bind(l.dimension)
                    .bind(l.value.as_str())
                    .bind(sign * l.records)
                    .bind(sign * l.people)
                    .bind(sign * l.minutes);
            }
            q.execute(&mut *$c).await?;
            if taking_away {
                sqlx::query(DELETE_EMPTY)
                    .bind(place_id)
                    .bind(organisation_id)
                    .bind(month.as_str())
                    .execute(&mut *$c)
                    .await?;
            }
        }};
    }
    match conn.into() {
        Conn::Sqlite(c) => go!(c),
        Conn::Postgres(c) => go!(c),
    }
    Ok(())
}

/// [`apply`] for a support record.
pub async fn apply_support(
    conn: impl Into<Conn<'_>>,
    organisation_id: i64,
    s: &domain::activity::Support,
    sign: i64,
) -> Result<()> {
    apply(
        conn,
        s.place_id,
        organisation_id,
        s.date,
        &support_contributions(s),
        sign,
    )
    .await
}

/// [`apply`] for a workshop.
pub async fn apply_workshop(
    conn: impl Into<Conn<'_>>,
    organisation_id: i64,
    w: &domain::activity::workshop::Workshop,
    sign: i64,
) -> Result<()> {
    apply(
        conn,
        w.place_id,
        organisation_id,
        w.date,
        &workshop_contributions(w),
        sign,
    )
    .await
}

/// [`apply`] for `count` quick helps (negative: taken away).
pub async fn apply_quick(
    conn: impl Into<Conn<'_>>,
    organisation_id: i64,
    place_id: i64,
    day: NaiveDate,
    theme: &str,
    count: i64,
) -> Result<()> {
    apply(
        conn,
        place_id,
        organisation_id,
        day,
        &quick_contributions(theme, count),
        1,
    )
    .await
}

/// One line of the rollup.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, sqlx::FromRow)]
pub struct Tally {
    pub month: String,
    pub place_id: i64,
    pub organisation_id: i64,
    pub kind: String,
    pub dimension: String,
    pub value: String,
    pub records: i64,
    pub people: i64,
    pub minutes: i64,
}

/// Which places the figures count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TallyPlaces {
    All,
    /// The places of a commune (NIS code).
    Commune(String),
    /// The records of an organisation.
    Organisation(i64),
    /// These places.
    Some(Vec<i64>),
}

/// Workshops read per query while rebuilding.
const PAGE: i64 = 50_000;

/// Lines written per statement while rebuilding (9 parameters each).
const INSERT_CHUNK: usize = 100;

type Key = (String, i64, i64, Kind, &'static str, String);

fn add(
    acc: &mut HashMap<Key, Measures>,
    place: i64,
    org: i64,
    day: NaiveDate,
    lines: Vec<Contribution>,
) {
    let month = month_of(day);
    for l in lines {
        acc.entry((month.clone(), place, org, l.kind, l.dimension, l.value))
            .or_default()
            .add(Measures {
                records: l.records,
                people: l.people,
                minutes: l.minutes,
            });
    }
}

fn sum_row(r: (String, String, String, i64, i64, i64)) -> Result<(Kind, String, String, Measures)> {
    let kind = Kind::parse(&r.0)
        .ok_or_else(|| StoreError::Invalid(format!("activity tally: kind {:?}", r.0)))?;
    Ok((
        kind,
        r.1,
        r.2,
        Measures {
            records: r.3,
            people: r.4,
            minutes: r.5,
        },
    ))
}

/// How supports are grouped when the rollup is rebuilt: a column, and the
/// dimensions a group of equal values in it gives.
const SUPPORT_GROUPS: [(&str, &[&str]); 5] = [
    ("minutes", &[figures::dim::ALL, figures::dim::DURATION]),
    ("location", &[figures::dim::LOCATION]),
    ("autonomy", &[figures::dim::AUTONOMY]),
    ("themes", &[figures::dim::THEME, figures::dim::AREA]),
    ("equipment", &[figures::dim::EQUIPMENT]),
];

/// A support of `month` at `place` whose `column` is `value` (the other
/// fields are left at a default: only the lines of that column are kept).
fn support_of(month: &str, place: i64, column: &str, value: &str) -> Result<Support> {
    let bad = || StoreError::Invalid(format!("activity supports: {column} {value:?} in {month}"));
    let date = NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").map_err(|_| bad())?;
    let mut s = Support {
        place_id: place,
        date,
        minutes: 1,
        location: Location::AtPlace,
        themes: Vec::new(),
        equipment: Vec::new(),
        autonomy: Autonomy::Alone,
        redirect_place_id: None,
        redirect_text: None,
    };
    match column {
        "minutes" => s.minutes = value.parse().map_err(|_| bad())?,
        "location" => s.location = Location::parse(value).ok_or_else(bad)?,
        "autonomy" => s.autonomy = Autonomy::parse(value).ok_or_else(bad)?,
        "themes" => s.themes = value.split_whitespace().map(str::to_owned).collect(),
        _ => {
            s.equipment = value
                .split_whitespace()
                .map(|e| Equipment::parse(e).ok_or_else(bad))
                .collect::<Result<_>>()?
        }
    }
    Ok(s)
}

impl Db {
    /// Recomputes the whole rollup from the records, in one transaction; the
    /// number of lines written.
    pub async fn rebuild_tallies(&self) -> Result<u64> {
        let written = write_tx!(self, tx => {
            sqlx::query("DELETE FROM activity_tallies").execute(&mut *tx).await?;
            let mut acc: HashMap<Key, Measures> = HashMap::new();
            // Supports, the bulk of the log: grouped by the database one
            // column at a time (a few lines per month and place instead of
            // a line per record), each group made into a support of that
            // value and counted with the group's weight.
            for (column, dims) in SUPPORT_GROUPS {
                let sql = format!(
                    "SELECT substr(day, 1, 7), place_id, organisation_id, CAST({column} AS TEXT),
                     COUNT(*), CAST(SUM(minutes) AS BIGINT) FROM activity_supports
                     GROUP BY substr(day, 1, 7), place_id, organisation_id, {column}");
                let rows: Vec<(String, i64, i64, String, i64, i64)> =
                    sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(&mut *tx).await?;
                for (month, place, org, value, count, minutes) in rows {
                    let s = support_of(&month, place, column, &value)?;
                    let lines = support_contributions(&s)
                        .into_iter()
                        .filter(|l| dims.contains(&l.dimension))
                        .map(|l| Contribution { records: count, people: count, minutes, ..l })
                        .collect();
                    add(&mut acc, place, org, s.date, lines);
                }
            }
            let mut last = 0_i64;
            loop {
                let sql = format!("{SELECT_WORKSHOP} WHERE id > $1 ORDER BY id LIMIT {PAGE}");
                let rows: Vec<WorkshopRaw> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
                    .bind(last).fetch_all(&mut *tx).await?;
                let Some(end) = rows.last().map(|r| r.id) else { break };
                last = end;
                for r in rows {
                    let rec = WorkshopRecord::try_from(r)?;
                    let w = &rec.workshop;
                    add(&mut acc, w.place_id, rec.organisation_id, w.date, workshop_contributions(w));
                }
            }
            last = 0;
            loop {
                let sql = format!("SELECT id, organisation_id, place_id, day, theme, count
                    FROM activity_quick_help WHERE id > $1 ORDER BY id LIMIT {PAGE}");
                let rows: Vec<(i64, i64, i64, String, String, i32)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
                    .bind(last).fetch_all(&mut *tx).await?;
                let Some(end) = rows.last().map(|r| r.0) else { break };
                last = end;
                for (id, org, place, day, theme, count) in rows {
                    let day = NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                        .map_err(|_| StoreError::Invalid(format!("activity quick help {id}: day {day:?}")))?;
                    add(&mut acc, place, org, day, quick_contributions(&theme, i64::from(count)));
                }
            }
            let lines: Vec<(Key, Measures)> = acc
                .into_iter()
                .filter(|(_, m)| *m != Measures::default())
                .collect();
            for chunk in lines.chunks(INSERT_CHUNK) {
                let values: Vec<String> = (0..chunk.len())
                    .map(|i| {
                        let b = i * 9;
                        format!("(${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${})",
                            b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9)
                    })
                    .collect();
                let sql = format!(
                    "INSERT INTO activity_tallies (month, place_id, organisation_id, kind, dimension,
                     value, records, people, minutes) VALUES {}", values.join(", "));
                let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
                for ((month, place, org, kind, dimension, value), m) in chunk {
                    q = q.bind(month.as_str()).bind(*place).bind(*org).bind(kind.code())
                        .bind(*dimension).bind(value.as_str())
                        .bind(m.records).bind(m.people).bind(m.minutes);
                }
                q.execute(&mut *tx).await?;
            }
            lines.len() as u64
        });
        Ok(written)
    }

    /// Rebuilds the rollup when it is empty while the activity log is not
    /// (a database that had records before migration 0013).
    pub async fn fill_tallies_if_missing(&self) -> Result<()> {
        let (tallies, records): (i64, i64) = run!(self, p => sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM activity_tallies LIMIT 1) t),
                    (SELECT COUNT(*) FROM (SELECT 1 FROM activity_supports UNION ALL
                     SELECT 1 FROM activity_workshops UNION ALL
                     SELECT 1 FROM activity_quick_help LIMIT 1) r)")
            .fetch_one(p).await?);
        if tallies == 0 && records > 0 {
            self.rebuild_tallies().await?;
        }
        Ok(())
    }

    /// Every line of the rollup, in key order (for tests and repairs).
    pub async fn tallies(&self) -> Result<Vec<Tally>> {
        let rows: Vec<Tally> = run!(self, p => sqlx::query_as(
            "SELECT month, place_id, organisation_id, kind, dimension, value, records, people, minutes
             FROM activity_tallies
             ORDER BY month, place_id, organisation_id, kind, dimension, value")
            .fetch_all(p).await?);
        Ok(rows)
    }

    /// The rollup summed over the months `from..=to` (`YYYY-MM`) at `places`,
    /// as the activity tables need it; `by_commune` adds the kinds' totals
    /// per commune of the place.
    pub async fn activity_sums(
        &self,
        from: &str,
        to: &str,
        places: &TallyPlaces,
        by_commune: bool,
    ) -> Result<Sums> {
        // $1, $2 the months; $3 the commune or organisation when there is one.
        let filter = match places {
            TallyPlaces::All => "1 = 1".to_owned(),
            TallyPlaces::Commune(_) => {
                "t.place_id IN (SELECT id FROM places WHERE commune_nis = $3)".to_owned()
            }
            TallyPlaces::Organisation(_) => "t.organisation_id = $3".to_owned(),
            TallyPlaces::Some(ids) if ids.is_empty() => "1 = 0".to_owned(),
            TallyPlaces::Some(ids) => format!(
                "t.place_id IN ({})",
                ids.iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        let sums = "CAST(SUM(t.records) AS BIGINT), CAST(SUM(t.people) AS BIGINT),
                    CAST(SUM(t.minutes) AS BIGINT)";
        let lines_sql = format!(
            "SELECT t.kind, t.dimension, t.value, {sums} FROM activity_tallies t
             WHERE t.month >= $1 AND t.month <= $2 AND {filter}
             GROUP BY t.kind, t.dimension, t.value"
        );
        let months_sql = format!(
            "SELECT t.month, t.kind, '', {sums} FROM activity_tallies t
             WHERE t.month >= $1 AND t.month <= $2 AND t.dimension = 'all' AND {filter}
             GROUP BY t.month, t.kind"
        );
        let communes_sql = format!(
            "SELECT COALESCE(p.commune_nis, ''), t.kind, '', {sums}
             FROM activity_tallies t JOIN places p ON p.id = t.place_id
             WHERE t.month >= $1 AND t.month <= $2 AND t.dimension = 'all' AND {filter}
             GROUP BY COALESCE(p.commune_nis, ''), t.kind"
        );
        type Raw = (String, String, String, i64, i64, i64);
        let fetch = |sql: String| async move {
            let rows: Vec<Raw> = run!(self, p => {
                let q = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(from).bind(to);
                let q = match places {
                    TallyPlaces::Commune(nis) => q.bind(nis.as_str()),
                    TallyPlaces::Organisation(org) => q.bind(*org),
                    _ => q,
                };
                q.fetch_all(p).await?
            });
            Ok::<_, StoreError>(rows)
        };
        let mut out = Sums::default();
        for r in fetch(lines_sql).await? {
            let (kind, dimension, value, m) = sum_row(r)?;
            out.lines.insert((kind, dimension, value), m);
        }
        for (month, kind, _, r, p, m) in fetch(months_sql).await? {
            let (kind, ..) = sum_row((kind, String::new(), String::new(), 0, 0, 0))?;
            out.months.insert(
                (month, kind),
                Measures {
                    records: r,
                    people: p,
                    minutes: m,
                },
            );
        }
        if by_commune {
            for (nis, kind, _, r, p, m) in fetch(communes_sql).await? {
                let (kind, ..) = sum_row((kind, String::new(), String::new(), 0, 0, 0))?;
                out.communes.insert(
                    (nis, kind),
                    Measures {
                        records: r,
                        people: p,
                        minutes: m,
                    },
                );
            }
        }
        Ok(out)
    }
}

/// The dimension names, re-exported for callers that build filters.
pub use figures::dim;
