//! The capacity figures of a scope (issue 11, item 5; docs/capacity.md,
//! "Figures"): computed from the capacity records of the places in scope,
//! then the figures a report gave for a year of the scope.

use std::collections::BTreeMap;

use chrono::Datelike;
use domain::capacity::Capacity;
use domain::statistics::FigureTable;

use super::Scope;
use crate::App;

/// Whether place `place_id` is in the scope's places (a place the
/// directory does not know is only in `Places::All`).
pub(super) fn in_scope(app: &App, scope: &Scope, place_id: i64) -> bool {
    use super::Places;
    match &scope.places {
        Places::All => true,
        Places::Some(ids) => ids.contains(&place_id),
        Places::Commune(nis) => app
            .directory()
            .place(place_id)
            .is_some_and(|p| &p.commune_nis == nis),
        Places::Organisation(org) => app
            .directory()
            .place(place_id)
            .is_some_and(|p| p.organisation_id == *org),
    }
}

/// The tables of the capacity section for `scope`, small cells suppressed when
/// `scope.public`.
///
/// A place counts once, with its record of the latest year of the scope's
/// years that it has (a scope from March 2025 to February 2026 takes a
/// place's 2026 record, or else its 2025 one). Then the reported figures
/// about (or reported in) one of the scope's years, each as its own table.
pub async fn tables(app: &App, scope: &Scope) -> Result<Vec<FigureTable>, store::StoreError> {
    let (from, to) = (scope.from.year(), scope.to.year());
    let records = app.db.capacities_of_years(from, to).await?;
    let mut latest: BTreeMap<i64, Capacity> = BTreeMap::new();
    for r in records
        .into_iter()
        .filter(|r| in_scope(app, scope, r.place_id))
    {
        if latest
            .get(&r.place_id)
            .is_none_or(|c| c.year < r.capacity.year)
        {
            latest.insert(r.place_id, r.capacity);
        }
    }
    let mut out = domain::capacity_figures::tables(&latest.values().collect::<Vec<_>>());
    // The reported figures are of the whole region: only for a scope of it.
    if scope.places == super::Places::All {
        for r in app.db.reported_figures("capacity", from, to).await? {
            out.push(domain::capacity_figures::reported(&r).map_err(store::StoreError::Invalid)?);
        }
    }
    if scope.public {
        for t in &mut out {
            domain::capacity_figures::publish(t, app.config.small_cell);
        }
    }
    Ok(out)
}
