//! The activity figures of the figures service: the tables of a scope (the
//! region, a commune, an organisation, a group of places, a period), small
//! cells suppressed for the public, every label translated.

use chrono::NaiveDate;
use domain::activity::figures::message_keys;
use domain::activity::{Autonomy, Location, Support};
use domain::statistics::{FigureTable, Label, Value};
use store::testing::NOW;
use web::services::figures::{Places, Scope, activity};

use crate::helpers::{TestApp, stored_place};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn support(place_id: i64, date: &str) -> Support {
    Support {
        place_id,
        date: day(date),
        minutes: 45,
        location: Location::AtHome,
        themes: vec!["email".into(), "security".into()],
        equipment: vec![],
        autonomy: Autonomy::Helped,
        redirect_place_id: None,
        redirect_text: None,
    }
}

fn scope(places: Places, public: bool) -> Scope {
    Scope {
        from: day("2026-10-01"),
        to: day("2026-11-30"),
        places,
        public,
    }
}

fn table<'a>(tables: &'a [FigureTable], id: &str) -> &'a FigureTable {
    tables
        .iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no table {id}"))
}

fn cell(t: &FigureTable, row: &str, column: &str) -> Value {
    let c = t.columns.iter().position(|c| c.code == column).unwrap();
    t.rows
        .iter()
        .find(|r| r.code == row)
        .unwrap_or_else(|| panic!("{}: no row {row}", t.id))
        .values[c]
}

#[tokio::test]
async fn the_tables_count_the_scope_and_hide_small_cells_from_the_public() {
    let app = TestApp::demo().await;
    let a = stored_place(&app, "Jardinier").await;
    let b = stored_place(&app, "Uccle").await;
    let db = app.db();
    for i in 0..7 {
        db.add_support(
            a.organisation_id,
            &support(a.id, &format!("2026-11-0{}", i + 1)),
            None,
            NOW,
        )
        .await
        .unwrap();
    }
    db.add_support(b.organisation_id, &support(b.id, "2026-10-20"), None, NOW)
        .await
        .unwrap();
    db.add_support(b.organisation_id, &support(b.id, "2026-09-20"), None, NOW)
        .await
        .unwrap();
    for _ in 0..3 {
        db.add_quick_help(
            b.organisation_id,
            b.id,
            day("2026-11-03"),
            "email",
            None,
            NOW,
        )
        .await
        .unwrap();
    }

    let region = activity::tables(&app.state, &scope(Places::All, false))
        .await
        .unwrap();
    let kinds = table(&region, "activity-kinds");
    assert_eq!(
        cell(kinds, "support", "activities"),
        Value::Number(8),
        "September is outside the period"
    );
    assert_eq!(cell(kinds, "support", "minutes"), Value::Number(8 * 45));
    assert_eq!(cell(kinds, "quick", "activities"), Value::Number(3));
    let themes = table(&region, "activity-themes");
    assert_eq!(themes.total, None);
    assert_eq!(cell(themes, "security", "supports"), Value::Number(8));
    assert_eq!(
        cell(table(&region, "activity-locations"), "home", "supports"),
        Value::Number(8)
    );
    let months = table(&region, "activity-months");
    assert_eq!(months.rows.len(), 2);
    assert_eq!(cell(months, "2026-11", "supports"), Value::Number(7));
    let communes = table(&region, "activity-communes");
    let nis_a = a.commune_nis.clone();
    let row_a = communes.rows.iter().find(|r| r.code == nis_a).unwrap();
    assert!(matches!(&row_a.label, Label::Text(name) if !name.is_empty()));
    assert_eq!(cell(communes, &nis_a, "supports"), Value::Number(7));

    // The public sees no count under 5, nor one that gives it back.
    let public = activity::tables(&app.state, &scope(Places::All, true))
        .await
        .unwrap();
    let kinds = table(&public, "activity-kinds");
    assert_eq!(cell(kinds, "quick", "activities"), Value::Suppressed);
    assert_eq!(
        cell(kinds, "support", "activities"),
        Value::Suppressed,
        "the total would give the quick helps back"
    );
    assert_eq!(kinds.total.as_ref().unwrap()[0], Value::Number(11));
    assert_eq!(
        cell(table(&public, "activity-locations"), "home", "supports"),
        Value::Number(8)
    );
    let months = table(&public, "activity-months");
    assert_eq!(cell(months, "2026-10", "supports"), Value::Suppressed);
    assert_eq!(
        cell(months, "2026-11", "supports"),
        Value::Suppressed,
        "the other month would give it back"
    );
    for t in &public {
        for row in &t.rows {
            for (v, c) in row.values.iter().zip(&t.columns) {
                if c.unit == domain::statistics::Unit::Count {
                    assert!(
                        !matches!(v, Value::Number(n) if *n > 0 && *n < 5),
                        "{} {}: {v:?}",
                        t.id,
                        row.code
                    );
                }
            }
        }
    }

    // An EPN's own figures, a commune's (without the commune table), a group of places.
    let own = activity::tables(
        &app.state,
        &scope(Places::Organisation(b.organisation_id), false),
    )
    .await
    .unwrap();
    assert_eq!(
        cell(table(&own, "activity-kinds"), "support", "activities"),
        Value::Number(1)
    );
    let commune = activity::tables(&app.state, &scope(Places::Commune(nis_a), false))
        .await
        .unwrap();
    assert!(commune.iter().all(|t| t.id != "activity-communes"));
    assert_eq!(
        cell(table(&commune, "activity-kinds"), "support", "activities"),
        Value::Number(7)
    );
    let group = activity::tables(&app.state, &scope(Places::Some(vec![a.id, b.id]), false))
        .await
        .unwrap();
    assert_eq!(
        cell(table(&group, "activity-kinds"), "support", "activities"),
        Value::Number(8)
    );
}

#[test]
fn every_label_of_the_tables_is_translated() {
    for lang in domain::Lang::ALL {
        for key in message_keys() {
            let text = web::i18n::t(lang, &key);
            assert!(!text.is_empty() && text != key, "{lang:?}: {key}");
        }
    }
}
