//! The figures of the plan: each area computes its [`FigureTable`]s for a
//! [`Scope`] (a period and a set of places, for the public or not), and the
//! figure pages, the exports and the statistics API show them
//! (docs/figures.md).

use chrono::NaiveDate;
use domain::statistics::FigureTable;

use crate::App;

pub mod activity;
pub mod cadastre;
pub mod capacity;

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

/// A part of a figures page: an area and its tables.
#[derive(Debug, Clone)]
pub struct Section {
    /// `activity`, `capacity`, `cadastre`: the API path segment and the HTML id.
    pub code: &'static str,
    /// The Fluent key of its heading.
    pub title_key: &'static str,
    pub tables: Vec<FigureTable>,
}

/// Every section of the figures of `scope`, in the order of the page.
pub async fn sections(app: &App, scope: &Scope) -> Result<Vec<Section>, store::StoreError> {
    Ok(vec![
        Section { code: "activity", title_key: "figures-activity", tables: activity::tables(app, scope).await? },
        Section { code: "capacity", title_key: "figures-capacity", tables: capacity::tables(app, scope).await? },
        Section { code: "cadastre", title_key: "figures-cadastre", tables: cadastre::tables(app, scope).await? },
    ])
}
