//! The figures of the plan: each area computes its [`FigureTable`]s for a
//! [`Scope`] (a period and a set of places, for the public or not), and the
//! figure pages, the exports and the statistics API show them
//! (docs/figures.md).

use chrono::{Datelike, NaiveDate};
use domain::statistics::FigureTable;

use crate::App;

pub mod activity;
pub mod cadastre;
pub mod capacity;
pub mod export;
pub mod filters;

/// Which places a figure counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Places {
    /// Every place of the region.
    All,
    /// The places of one commune (its NIS code).
    Commune(String),
    /// The places of one organisation (an EPN's own figures).
    Organisation(i64),
    /// A chosen group of places.
    Some(Vec<i64>),
}

/// What a figure counts: the days `from..=to` (whole months), the places, and
/// whether it is shown to the public (then small cells are suppressed with
/// the threshold `Config::small_cell`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub places: Places,
    pub public: bool,
}

pub use domain::statistics::Section;

/// Every section of the figures of `scope`, in the order of the page.
pub async fn sections(app: &App, scope: &Scope) -> Result<Vec<Section>, store::StoreError> {
    Ok(vec![
        Section {
            code: "activity",
            title_key: "figures-activity",
            tables: activity::tables(app, scope).await?,
        },
        Section {
            code: "capacity",
            title_key: "figures-capacity",
            tables: capacity::tables(app, scope).await?,
        },
        Section {
            code: "cadastre",
            title_key: "figures-cadastre",
            tables: cadastre::tables(app, scope).await?,
        },
    ])
}

/// The codes of the sections, in the order of the page.
pub const SECTION_CODES: [&str; 3] = ["activity", "capacity", "cadastre"];

/// The one section `code` of `scope` (`None` for an unknown code).
pub async fn section(
    app: &App,
    scope: &Scope,
    code: &str,
) -> Result<Option<Section>, store::StoreError> {
    let (code, title_key, tables) = match code {
        "activity" => (
            "activity",
            "figures-activity",
            activity::tables(app, scope).await?,
        ),
        "capacity" => (
            "capacity",
            "figures-capacity",
            capacity::tables(app, scope).await?,
        ),
        "cadastre" => (
            "cadastre",
            "figures-cadastre",
            cadastre::tables(app, scope).await?,
        ),
        _ => return Ok(None),
    };
    Ok(Some(Section {
        code,
        title_key,
        tables,
    }))
}

/// The table `id` of `scope`, whichever section has it.
pub async fn table(
    app: &App,
    scope: &Scope,
    id: &str,
) -> Result<Option<FigureTable>, store::StoreError> {
    Ok(sections(app, scope)
        .await?
        .into_iter()
        .flat_map(|s| s.tables)
        .find(|t| t.id == id))
}

/// The first year a figure may be about (the region's oldest source is its
/// 2021 study): the first year the pages offer, and the API's minimum.
pub const FIRST_YEAR: i32 = 2020;

/// The scope of the public figures and of the API: the whole region for the
/// calendar year `year`, small cells suppressed.
pub fn public_year(year: i32) -> Option<Scope> {
    Some(Scope {
        from: NaiveDate::from_ymd_opt(year, 1, 1)?,
        to: NaiveDate::from_ymd_opt(year, 12, 31)?,
        places: Places::All,
        public: true,
    })
}

/// A year as typed in a filter: four digits from [`FIRST_YEAR`] to `last`.
pub fn parse_year(s: &str, last: i32) -> Option<i32> {
    let s = s.trim();
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|y| (FIRST_YEAR..=last).contains(y))
}

/// A month as typed in a filter, `YYYY-MM` (from [`FIRST_YEAR`]): its first day.
pub fn parse_month(s: &str) -> Option<NaiveDate> {
    let (y, m) = s.trim().split_once('-')?;
    if y.len() != 4 || m.len() != 2 || !(y.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = y.parse().ok()?;
    if y < FIRST_YEAR {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m.parse().ok()?, 1)
}

/// The last day of the month of `d`.
pub fn month_end(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|n| n.pred_opt())
        .unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_and_months_are_read_strictly() {
        assert_eq!(parse_year("2025", 2026), Some(2025));
        assert_eq!(parse_year(" 2026 ", 2026), Some(2026));
        for bad in ["2027", "2019", "25", "20 25", "+2025", "abcd", ""] {
            assert_eq!(parse_year(bad, 2026), None, "{bad}");
        }
        assert_eq!(parse_month("2026-03"), NaiveDate::from_ymd_opt(2026, 3, 1));
        for bad in [
            "2026-13", "2026-00", "2026-3", "26-03", "2026/03", "2019-12", "",
        ] {
            assert_eq!(parse_month(bad), None, "{bad}");
        }
        assert_eq!(
            month_end(NaiveDate::from_ymd_opt(2026, 2, 1).unwrap()),
            NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()
        );
        assert_eq!(
            month_end(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
        );
    }
}
