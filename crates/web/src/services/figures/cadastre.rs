//! The cadastre figures of a scope (issue 11, item 5; docs/cadastre.md,
//! "Figures"): computed from the funding and staff entries of the places in
//! scope, then the figures a report gave for a year of the scope.

use std::collections::BTreeMap;

use chrono::Datelike;
use domain::cadastre::Cadastre;
use domain::statistics::FigureTable;

use super::Scope;
use super::capacity::in_scope;
use crate::App;

/// The tables of the cadastre section for `scope`, small cells suppressed when
/// `scope.public` (and amounts never public; a table of fewer than five
/// respondents withheld: `domain::cadastre_figures::publish`).
///
/// A place counts once, with its entry of the latest year of the scope's
/// years that it has. Then the reported figures about (or reported in) one
/// of the scope's years, for a scope of the whole region.
pub async fn tables(app: &App, scope: &Scope) -> Result<Vec<FigureTable>, store::StoreError> {
    let funders = domain::cadastre::shipped(&app.region.code).unwrap_or(&[]);
    let (from, to) = (scope.from.year(), scope.to.year());
    let mut latest: BTreeMap<i64, Cadastre> = BTreeMap::new();
    for year in from..=to {
        for r in app.db.cadastre_of_year(year).await? {
            if in_scope(app, scope, r.place_id) {
                latest.insert(r.place_id, r.cadastre);
            }
        }
    }
    let mut out = domain::cadastre_figures::tables(&latest.values().collect::<Vec<_>>(), funders);
    if scope.places == super::Places::All {
        for r in app.db.reported_figures("cadastre", from, to).await? {
            out.push(
                domain::cadastre_figures::reported(&r, funders)
                    .map_err(store::StoreError::Invalid)?,
            );
        }
    }
    if scope.public {
        for t in &mut out {
            domain::cadastre_figures::publish(t, app.config.small_cell);
        }
    }
    Ok(out)
}
