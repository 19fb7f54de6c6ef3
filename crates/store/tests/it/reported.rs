//! Reported figures in the database: the demo's 2021 report figures read
//! back by area and year (about, or reported in), a figure replaced by its
//! id with an audit entry, a cell outside its table kind refused. On SQLite,
//! and on PostgreSQL when TEST_DATABASE_URL is set.

use domain::figure_shapes::Reported;
use store::audit::AuditFilter;
use store::testing::NOW;

use crate::helpers::demo;

fn figure(value: i64) -> Reported {
    Reported {
        id: "capacity-reported-2019-computer-bands".into(),
        kind: "computer-bands".into(),
        year: 2019,
        report_year: 2019,
        respondents: Some(15),
        source: "test".into(),
        values: vec![
            ("under-10".into(), "places".into(), value),
            ("total".into(), "places".into(), 15),
        ],
    }
}

#[tokio::test]
async fn the_demo_has_the_2021_reports_figures_by_area_and_year() {
    let t = demo().await;
    let cap = t.db.reported_figures("capacity", 2021, 2021).await.unwrap();
    let ids: Vec<_> = cap.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "capacity-reported-2021-visitors",
            "capacity-reported-2021-equipment",
            "capacity-reported-2021-computer-bands",
            "capacity-reported-2021-trainings"
        ]
    );
    let bands = &cap[2];
    assert_eq!(bands.respondents, Some(17));
    assert!(bands.source.contains("seed:5121-5123"));
    let mut cells = bands.values.clone();
    cells.sort();
    assert_eq!(
        cells,
        [
            ("10-19".to_string(), "places".to_string(), 8),
            ("20-plus".into(), "places".into(), 4),
            ("total".into(), "places".into(), 17),
            ("under-10".into(), "places".into(), 5),
        ]
    );
    // The cadastre's figures are of 2020, given by the 2021 report: found
    // by either year, not by 2022.
    let cad = t.db.reported_figures("cadastre", 2021, 2021).await.unwrap();
    assert_eq!(cad.len(), 3);
    assert_eq!(
        t.db.reported_figures("cadastre", 2020, 2020)
            .await
            .unwrap()
            .len(),
        3
    );
    let levels = cad.iter().find(|r| r.kind == "levels").unwrap();
    assert_eq!(
        levels.values,
        [("region".to_string(), "share".to_string(), 435)]
    );
    assert_eq!(levels.respondents, Some(12));
    assert!(
        t.db.reported_figures("cadastre", 2022, 2026)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        t.db.reported_figures("capacity", 2019, 2020)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_figure_is_replaced_by_its_id_and_audited() {
    let t = demo().await;
    t.db.save_reported_figure("capacity", &figure(6), None, NOW)
        .await
        .unwrap();
    t.db.save_reported_figure("capacity", &figure(7), None, NOW)
        .await
        .unwrap();
    let got = t.db.reported_figures("capacity", 2019, 2019).await.unwrap();
    assert_eq!(got.len(), 1);
    assert!(
        got[0]
            .values
            .contains(&("under-10".into(), "places".into(), 7))
    );
    assert_eq!(got[0].values.len(), 2, "the former cells are gone");
    let log =
        t.db.audit_log(&AuditFilter {
            action: Some("reported_figure.save".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log.len(), 2);
    assert_eq!(
        log[0].after().unwrap()["figure"],
        "capacity-reported-2019-computer-bands"
    );

    // A cell the table kind does not have, or an unknown area, is refused.
    let mut bad = figure(1);
    bad.values.push(("under-10".into(), "average".into(), 1));
    assert!(
        t.db.save_reported_figure("capacity", &bad, None, NOW)
            .await
            .is_err()
    );
    assert!(
        t.db.save_reported_figure("weather", &figure(1), None, NOW)
            .await
            .is_err()
    );
    assert_eq!(
        t.db.reported_figures("capacity", 2019, 2019).await.unwrap()[0]
            .values
            .len(),
        2
    );
}

#[tokio::test]
async fn capacities_are_read_by_years() {
    let t = demo().await;
    let y2026 = t.db.capacities_of_years(2026, 2026).await.unwrap();
    assert_eq!(y2026.len(), 8, "the demo's illustrative records of 2026");
    let both = t.db.capacities_of_years(2025, 2026).await.unwrap();
    assert!(both.len() > y2026.len());
    assert!(
        both.iter()
            .all(|r| (2025..=2026).contains(&r.capacity.year))
    );
    assert!(
        t.db.capacities_of_years(2010, 2014)
            .await
            .unwrap()
            .is_empty()
    );
}
