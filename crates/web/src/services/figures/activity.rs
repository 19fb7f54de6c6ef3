//! The activity figures: the monthly rollup of the activity log
//! (`store::activity::tallies`) summed over the scope, then laid out as
//! tables by `domain::activity::figures::tables` (docs/activity.md,
//! "Figures").

use std::collections::BTreeMap;

use domain::activity::figures::{Kind, Measures, TableOptions, months_between, tables as build};
use domain::statistics::FigureTable;
use store::activity::tallies::TallyPlaces;

use super::{Places, Scope};
use crate::App;

/// The tables of the activity section for `scope`, small cells suppressed when
/// `scope.public`.
pub async fn tables(app: &App, scope: &Scope) -> Result<Vec<FigureTable>, store::StoreError> {
    let months = months_between(scope.from, scope.to);
    let (Some(from), Some(to)) = (months.first(), months.last()) else {
        return Ok(Vec::new());
    };
    let places = match &scope.places {
        Places::All => TallyPlaces::All,
        Places::Commune(nis) => TallyPlaces::Commune(nis.clone()),
        Places::Organisation(id) => TallyPlaces::Organisation(*id),
        Places::Some(ids) => TallyPlaces::Some(ids.clone()),
    };
    let one_commune = matches!(scope.places, Places::Commune(_));
    let mut sums = app
        .db
        .activity_sums(from, to, &places, !one_commune)
        .await?;
    // Places outside the region's communes fall together under the empty code.
    let mut by_commune: BTreeMap<(String, Kind), Measures> = BTreeMap::new();
    for ((nis, kind), m) in std::mem::take(&mut sums.communes) {
        let nis = if app.region.commune(&nis).is_some() {
            nis
        } else {
            String::new()
        };
        by_commune.entry((nis, kind)).or_default().add(m);
    }
    sums.communes = by_commune;
    let communes = (!one_commune).then(|| {
        // The region's communes with activity, in the region's order, then the rest.
        let mut list: Vec<(String, String)> = app
            .region
            .communes
            .iter()
            .filter(|c| sums.communes.keys().any(|(nis, _)| nis == &c.nis))
            .map(|c| (c.nis.clone(), commune_name(&c.name, &c.nis)))
            .collect();
        if sums.communes.keys().any(|(nis, _)| nis.is_empty()) {
            list.push((String::new(), String::new()));
        }
        list
    });
    let mut out = build(&sums, &TableOptions { months, communes });
    if scope.public {
        for t in &mut out {
            t.suppress_small_cells(app.config.small_cell);
        }
    }
    Ok(out)
}

/// A commune's name as the region writes it in its languages ("Ixelles / Elsene").
fn commune_name(names: &domain::region::Names, nis: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for lang in ["fr", "nl", "de", "en"] {
        if let Some(n) = names.get(lang)
            && !parts.contains(&n.as_str())
        {
            parts.push(n);
        }
    }
    if parts.is_empty() {
        nis.to_owned()
    } else {
        parts.join(" / ")
    }
}
