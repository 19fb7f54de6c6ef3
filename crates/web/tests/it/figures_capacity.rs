//! The capacity and cadastre figures of a scope on the demo: computed from
//! the places' records (each place once, its latest year of the scope), the
//! 2021 report's figures for a scope of the region that covers 2021 or
//! 2020, the public's version (small counts suppressed, no amount, too few
//! respondents withheld), and every label translated. On SQLite, and on
//! PostgreSQL when TEST_DATABASE_URL is set.

use chrono::NaiveDate;
use domain::statistics::{FigureTable, Label, Value};
use web::services::figures::{Places, Scope, cadastre, capacity};

use crate::helpers::TestApp;

fn scope(from: (i32, u32), to: (i32, u32), places: Places, public: bool) -> Scope {
    let end = NaiveDate::from_ymd_opt(to.0 + i32::from(to.1 == 12), to.1 % 12 + 1, 1)
        .unwrap()
        .pred_opt()
        .unwrap();
    Scope {
        from: NaiveDate::from_ymd_opt(from.0, from.1, 1).unwrap(),
        to: end,
        places,
        public,
    }
}

/// The last twelve months of the test clock (26 November 2026).
fn last_year(places: Places, public: bool) -> Scope {
    scope((2025, 12), (2026, 11), places, public)
}

fn find<'a>(ts: &'a [FigureTable], id: &str) -> &'a FigureTable {
    ts.iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("{id} in {:?}", ts.iter().map(|t| &t.id).collect::<Vec<_>>()))
}

fn cell(t: &FigureTable, row: &str, col: &str) -> Value {
    domain::figure_shapes::get(t, row, col).unwrap_or_else(|| panic!("{}: {row}/{col}", t.id))
}

#[tokio::test]
async fn the_regions_capacity_of_the_last_twelve_months() {
    let app = TestApp::demo().await;
    let ts = capacity::tables(&app.state, &last_year(Places::All, false))
        .await
        .unwrap();
    // Every EPN place of the demo has a record of 2025 or 2026.
    let with_record: std::collections::BTreeSet<i64> = app
        .db()
        .capacities_of_years(2025, 2026)
        .await
        .unwrap()
        .iter()
        .map(|r| r.place_id)
        .collect();
    let bands = find(&ts, "capacity-computer-bands");
    assert_eq!(bands.respondents, Some(with_record.len() as i64));
    assert_eq!(
        cell(bands, "total", "places"),
        Value::Number(with_record.len() as i64)
    );
    assert!(
        ts.iter()
            .all(|t| t.respondents == bands.respondents && t.source.is_none())
    );
    assert!(
        ts.iter().all(|t| !t.id.contains("reported")),
        "2021 is not in the scope"
    );

    // A place counts with its 2026 record, not also its 2025 one: the sum of
    // computers is the one of each place's latest record.
    let records = app.db().capacities_of_years(2025, 2026).await.unwrap();
    let mut latest = std::collections::BTreeMap::new();
    for r in &records {
        latest.insert(r.place_id, r.capacity.computers); // ordered by year
    }
    let computers: i32 = latest.values().sum();
    assert_eq!(
        cell(find(&ts, "capacity-equipment"), "computers", "total"),
        Value::Number(i64::from(computers))
    );
}

#[tokio::test]
async fn a_commune_or_an_organisation_counts_only_its_places() {
    let app = TestApp::demo().await;
    let place = app
        .state
        .directory()
        .places()
        .find(|p| p.name.contains("Sapiens"))
        .unwrap()
        .clone();
    let ts = capacity::tables(
        &app.state,
        &last_year(Places::Organisation(place.organisation_id), false),
    )
    .await
    .unwrap();
    assert_eq!(find(&ts, "capacity-equipment").respondents, Some(1));
    // Its 2026 record: 7 computers (see data/demo/capacity-illustrative.toml).
    assert_eq!(
        cell(find(&ts, "capacity-equipment"), "computers", "total"),
        Value::Number(7)
    );
    let ts = capacity::tables(&app.state, &last_year(Places::Some(vec![place.id]), false))
        .await
        .unwrap();
    assert_eq!(find(&ts, "capacity-equipment").respondents, Some(1));
    let commune = capacity::tables(
        &app.state,
        &last_year(Places::Commune(place.commune_nis.clone()), false),
    )
    .await
    .unwrap();
    let n = find(&commune, "capacity-equipment").respondents.unwrap();
    assert!(n >= 1);
    let in_commune = app
        .state
        .directory()
        .places_in_commune(&place.commune_nis)
        .len() as i64;
    assert!(n <= in_commune);
    // A commune with no place has no table.
    let none = capacity::tables(
        &app.state,
        &last_year(Places::Commune("00000".into()), false),
    )
    .await
    .unwrap();
    assert!(none.is_empty());
}

#[tokio::test]
async fn the_2021_reports_figures_come_with_a_scope_of_2021() {
    let app = TestApp::demo().await;
    let y2021 = scope((2021, 1), (2021, 12), Places::All, false);
    let ts = capacity::tables(&app.state, &y2021).await.unwrap();
    let bands = find(&ts, "capacity-reported-2021-computer-bands");
    assert_eq!(bands.respondents, Some(17));
    assert!(bands.source.as_deref().unwrap().contains("seed:5121-5123"));
    assert_eq!(
        ["under-10", "10-19", "20-plus", "total"].map(|r| cell(bands, r, "places")),
        [5, 8, 4, 17].map(Value::Number)
    );
    let eq = find(&ts, "capacity-reported-2021-equipment");
    assert_eq!(cell(eq, "computers", "total"), Value::Number(279));
    assert_eq!(cell(eq, "computers", "average"), Value::Number(1600));
    let v = find(&ts, "capacity-reported-2021-visitors");
    assert_eq!(cell(v, "visitors-week", "total"), Value::Number(1137));
    assert_eq!(cell(v, "visitors-weekday", "min"), Value::Number(8));
    assert_eq!(cell(v, "visitors-weekday", "max"), Value::Number(14));
    let tr = find(&ts, "capacity-reported-2021-trainings");
    assert_eq!(
        cell(tr, "trainings-yes", "share-more-than"),
        Value::Number(750)
    );
    assert_eq!(tr.title_key, "capacity-figures-trainings-reported");

    let cad = cadastre::tables(&app.state, &y2021).await.unwrap();
    let levels = find(&cad, "cadastre-reported-2020-levels");
    assert_eq!(levels.respondents, Some(12));
    assert_eq!(cell(levels, "region", "share"), Value::Number(435));
    let p = find(&cad, "cadastre-reported-2020-precarious");
    assert_eq!(p.respondents, Some(14));
    assert_eq!(cell(p, "all-staff", "share"), Value::Number(566));
    assert_eq!(cell(p, "animators", "share"), Value::Number(657));
    assert_eq!(
        find(&cad, "cadastre-reported-2020-costs").respondents,
        Some(9)
    );

    // Region-level figures: not for a commune.
    let nis = app.state.directory().place_at(0).commune_nis.clone();
    let commune = capacity::tables(
        &app.state,
        &scope((2021, 1), (2021, 12), Places::Commune(nis), false),
    )
    .await
    .unwrap();
    assert!(commune.iter().all(|t| !t.id.contains("reported")));
}

#[tokio::test]
async fn the_cadastre_of_the_last_twelve_months() {
    let app = TestApp::demo().await;
    let ts = cadastre::tables(&app.state, &last_year(Places::All, false))
        .await
        .unwrap();
    let entries = app.db().cadastre_of_year(2025).await.unwrap();
    assert_eq!(entries.len(), 6);
    let funders = find(&ts, "cadastre-funders");
    assert_eq!(funders.respondents, Some(6));
    let all: i64 = entries.iter().map(|e| e.cadastre.resources_cents()).sum();
    assert_eq!(funders.total.as_ref().unwrap()[1], Value::Number(all));
    let totals = domain::cadastre::Totals::of(
        domain::cadastre::shipped("brussels").unwrap(),
        entries.iter().map(|e| &e.cadastre),
    );
    let levels = find(&ts, "cadastre-levels");
    assert_eq!(
        cell(levels, "region", "share"),
        Value::Number(totals.region_per_mille().unwrap())
    );
    assert_eq!(cell(levels, "region", "epn"), Value::Number(6));
    let p = find(&ts, "cadastre-precarious");
    let (Value::Number(people), Value::Number(prec)) = (
        cell(p, "all-staff", "people"),
        cell(p, "all-staff", "precarious"),
    ) else {
        panic!("{p:?}")
    };
    assert!(prec > 0 && prec < people);
}

#[tokio::test]
async fn the_public_sees_no_small_count_no_amount_and_no_lone_place() {
    let app = TestApp::demo().await;
    // The 2021 bands 5 / 8 / 4: the 4 is small, the 5 goes with it.
    let ts = capacity::tables(&app.state, &scope((2021, 1), (2021, 12), Places::All, true))
        .await
        .unwrap();
    let bands = find(&ts, "capacity-reported-2021-computer-bands");
    assert_eq!(cell(bands, "20-plus", "places"), Value::Suppressed);
    assert_eq!(cell(bands, "under-10", "places"), Value::Suppressed);
    assert_eq!(cell(bands, "10-19", "places"), Value::Number(8));
    assert_eq!(
        cell(
            find(&ts, "capacity-reported-2021-visitors"),
            "visitors-weekday",
            "min"
        ),
        Value::Suppressed
    );

    // The cadastre: shares, never amounts.
    let cad = cadastre::tables(&app.state, &last_year(Places::All, true))
        .await
        .unwrap();
    let funders = find(&cad, "cadastre-funders");
    assert!(
        funders
            .rows
            .iter()
            .all(|r| r.values[1] == Value::Suppressed)
    );
    assert_eq!(funders.total.as_ref().unwrap()[1], Value::Suppressed);
    let shown = funders
        .rows
        .iter()
        .filter(|r| matches!(r.values[2], Value::Number(_)))
        .count();
    let hidden = funders.rows.len() - shown;
    assert!(shown >= 1, "a funder of five EPN or more is shown");
    assert_ne!(hidden, 1, "no lone hidden share");
    for r in &funders.rows {
        if let Value::Number(n) = r.values[0] {
            assert!(n >= 5, "{} funds {n} EPN", r.code);
        }
    }

    // One organisation's place: every table withheld, the respondents said.
    let place = app
        .state
        .directory()
        .places()
        .find(|p| p.name.contains("Sapiens"))
        .unwrap()
        .clone();
    let one = last_year(Places::Organisation(place.organisation_id), true);
    for t in capacity::tables(&app.state, &one)
        .await
        .unwrap()
        .iter()
        .chain(&cadastre::tables(&app.state, &one).await.unwrap())
    {
        assert_eq!(t.respondents, Some(1), "{}", t.id);
        assert!(
            t.rows
                .iter()
                .all(|r| r.values.iter().all(|v| *v == Value::Suppressed)),
            "{}",
            t.id
        );
    }

    // The threshold is the platform's setting.
    let strict = TestApp::demo_with(|c| c.small_cell = 10).await;
    let ts = capacity::tables(
        &strict.state,
        &scope((2021, 1), (2021, 12), Places::All, true),
    )
    .await
    .unwrap();
    assert_eq!(
        cell(
            find(&ts, "capacity-reported-2021-computer-bands"),
            "10-19",
            "places"
        ),
        Value::Suppressed
    );
}

#[tokio::test]
async fn every_label_of_the_figures_is_translated() {
    let app = TestApp::demo().await;
    let mut keys = std::collections::BTreeSet::new();
    for s in [
        last_year(Places::All, false),
        scope((2021, 1), (2021, 12), Places::All, false),
    ] {
        let mut ts = capacity::tables(&app.state, &s).await.unwrap();
        ts.extend(cadastre::tables(&app.state, &s).await.unwrap());
        for t in &ts {
            keys.insert(t.title_key.clone());
            keys.insert(t.dimension_key.clone());
            keys.extend(t.columns.iter().map(|c| c.label_key.clone()));
            for r in &t.rows {
                match &r.label {
                    Label::Key(k) => {
                        keys.insert(k.clone());
                    }
                    other => panic!("{}: {other:?}", t.id),
                }
            }
        }
    }
    // Every funder, level and table kind, not only those the demo has.
    for f in domain::cadastre::shipped("brussels").unwrap() {
        keys.insert(format!("cadastre-figures-funder-{}", f.code));
    }
    for l in domain::cadastre::LEVELS {
        keys.insert(format!("cadastre-figures-level-{l}"));
    }
    for k in domain::capacity_figures::KINDS {
        keys.insert(format!("capacity-figures-{k}-reported"));
    }
    for k in domain::cadastre_figures::KINDS {
        keys.insert(format!("cadastre-figures-{k}-reported"));
    }
    assert!(keys.len() > 60, "{}", keys.len());
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    for lang in ["fr", "nl", "en", "ar"] {
        let src = std::fs::read_to_string(root.join(lang).join("capacity-figures.ftl")).unwrap();
        let have: std::collections::BTreeSet<String> =
            web::i18n::keys_of(&src).into_iter().collect();
        let missing: Vec<_> = keys.iter().filter(|k| !have.contains(*k)).collect();
        assert!(missing.is_empty(), "{lang}: {missing:?}");
    }
    // The funders' names agree with the region's file.
    let en = std::fs::read_to_string(root.join("en/capacity-figures.ftl")).unwrap();
    for f in domain::cadastre::shipped("brussels").unwrap() {
        assert!(
            en.contains(&format!("cadastre-figures-funder-{} = {}\n", f.code, f.en)),
            "{}",
            f.code
        );
    }
}
