//! The budget ledger in the database: rows added all together or not at
//! all, a reversal (once, with a reason, never of a reversal), the sums
//! the tables are built from, declared totals kept as typed. On SQLite,
//! and on PostgreSQL when TEST_DATABASE_URL is set.

use domain::budget::{BudgetTables, Phase, RawRow, Scope, Sources, check};
use domain::plan::shipped;
use store::budget::{LedgerFilter, Origin};
use store::testing::NOW;

fn row(
    phase: &str,
    source: &str,
    axis: &str,
    measure: &str,
    action: &str,
    amount: &str,
) -> domain::budget::NewRow {
    RawRow {
        year: "2021".into(),
        phase: phase.into(),
        source: source.into(),
        axis: axis.into(),
        measure: measure.into(),
        action: action.into(),
        label: format!("{phase} {measure} {action}"),
        supplier: if measure.is_empty() {
            "CABAN".into()
        } else {
            String::new()
        },
        amount: amount.into(),
        reason: if phase == "revised" {
            "moved".into()
        } else {
            String::new()
        },
        ..Default::default()
    }
    .check(shipped("brussels").unwrap())
    .unwrap()
}

#[tokio::test]
async fn rows_sums_reversal_and_declared_totals() {
    let t = store::testing::brussels_db().await.unwrap();
    let plan = shipped("brussels").unwrap();
    let rows = vec![
        row("budget", "cirb-pan", "outiller", "", "", "180000"),
        row("revised", "cirb-pan", "outiller", "", "", "75314,65"),
        row(
            "actual",
            "cirb-pan",
            "",
            "7",
            "materialisation-epn",
            "30000",
        ),
        row(
            "actual",
            "cirb-pan",
            "",
            "7",
            "materialisation-labellises",
            "180.044,99",
        ),
        row("actual", "subsidies-2020", "outiller", "", "", "10000"),
        row(
            "actual",
            "cirb-other",
            "",
            "13",
            "terminaux-ecoles",
            "2900000",
        ),
    ];
    let ids =
        t.db.add_ledger_rows(&plan.code, &rows, Origin::Import, None, NOW)
            .await
            .unwrap();
    assert_eq!(ids.len(), 6);

    let sums = t.db.ledger_sums(&plan.code, Some(2021)).await.unwrap();
    let tables = BudgetTables::build(plan, 2021, &sums);
    assert_eq!(tables.planned.cell("outiller", "cirb-pan"), 25_531_465);
    assert_eq!(tables.actual.cell("outiller", "cirb-pan"), 21_004_499);
    assert_eq!(tables.actual.cell("outiller", "subsidies-2020"), 1_000_000);
    assert_eq!(tables.other.total, 290_000_000);
    let subsidies = tables
        .measures
        .iter()
        .find(|m| m.axis == "outiller" && m.measure.is_none())
        .unwrap();
    assert_eq!(subsidies.lines[0].detail.as_deref(), Some("CABAN"));

    // A reversal undoes a row, once.
    let rev =
        t.db.reverse_ledger_row(ids[2], "entered twice", None, NOW + 1)
            .await
            .unwrap();
    assert!(
        t.db.reverse_ledger_row(ids[2], "again", None, NOW + 2)
            .await
            .is_err()
    );
    assert!(
        t.db.reverse_ledger_row(rev, "undo the undo", None, NOW + 2)
            .await
            .is_err()
    );
    assert!(
        t.db.reverse_ledger_row(ids[3], "  ", None, NOW + 2)
            .await
            .is_err()
    );
    let r = t.db.ledger_row(rev).await.unwrap().unwrap();
    assert_eq!((r.row.amount_cents, r.reverses), (-3_000_000, Some(ids[2])));
    assert_eq!(
        t.db.ledger_row(ids[2]).await.unwrap().unwrap().reversed_by,
        Some(rev)
    );
    let sums = t.db.ledger_sums(&plan.code, None).await.unwrap();
    assert_eq!(
        BudgetTables::build(plan, 2021, &sums)
            .actual
            .cell("outiller", "cirb-pan"),
        18_004_499
    );

    let (listed, total) =
        t.db.ledger_rows(
            &plan.code,
            &LedgerFilter {
                phase: Some(Phase::Actual),
                measure: Some(7),
                limit: 2,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(total, 3);
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].id, rev, "newest first");
    assert_eq!(t.db.ledger_years(&plan.code).await.unwrap(), vec![2021]);

    let scope = Scope {
        year: 2021,
        figure: Phase::Actual,
        sources: Sources::Other,
        axis: None,
        measure: None,
        action: None,
    };
    t.db.add_declared_total(&plan.code, &scope, 290_000_062, "other, TOTAL", None, NOW)
        .await
        .unwrap();
    let declared = t.db.declared_totals(&plan.code, Some(2021)).await.unwrap();
    assert_eq!(declared[0].scope, scope);
    let diffs = check(plan, &sums, &declared);
    assert_eq!(diffs.len(), 1);
    assert_eq!(diffs[0].difference_cents, 62);
}

/// Annex 1 of the 2021 report, loaded as the demo loads it: every subtotal
/// and total reproduced from the lines, and the check finds exactly the
/// 0.62 € the IT centre's total was mistyped by.
#[tokio::test]
async fn the_demo_reproduces_annex_1_and_finds_its_one_mistake() {
    let t = store::testing::brussels_db().await.unwrap();
    let plan = shipped("brussels").unwrap();
    let demo = store::budget::demo::DemoBudget::brussels_2021();
    assert_eq!(demo.plan, plan.code);
    t.db.load_demo_budget(&demo, NOW).await.unwrap();
    let sums = t.db.ledger_sums(&plan.code, Some(2021)).await.unwrap();
    let tables = BudgetTables::build(plan, 2021, &sums);

    // 1. Planned: 90,000 / 100,000 / 800,000; 990,000 in all.
    let p = &tables.planned;
    assert_eq!(p.cell("sensibiliser", "easy-brussels"), 10_000_000);
    assert_eq!(p.cell("federer", "cirb-pan"), 42_000_000);
    let by_source = |t: &domain::budget::AxisBySource, s: &str| {
        t.source_totals[t.sources.iter().position(|x| x == s).unwrap()]
    };
    assert_eq!(by_source(p, "subsidies-2020"), 9_000_000);
    assert_eq!(by_source(p, "easy-brussels"), 10_000_000);
    assert_eq!(by_source(p, "cirb-pan"), 80_000_000);
    assert_eq!(p.total, 99_000_000);

    // 2. Actual of the plan's sources: 800,000.00 by axis.
    let a = &tables.actual;
    for (axis, cents) in [
        ("sensibiliser", 13_662_800),
        ("federer", 31_926_375),
        ("outiller", 25_531_465),
        ("accompagner", 8_879_360),
    ] {
        assert_eq!(a.cell(axis, "cirb-pan"), cents, "{axis}");
    }
    assert_eq!(by_source(a, "cirb-pan"), 80_000_000);
    assert_eq!(by_source(a, "subsidies-2020"), 9_000_000);
    assert_eq!(a.total, 99_000_000);

    // 3. The IT centre's other spending, from its lines: 3,656,819.18.
    let o = &tables.other;
    assert_eq!(o.axis_total("sensibiliser"), 4_310_746);
    assert_eq!(o.axis_total("accompagner"), 361_371_172);
    assert_eq!(o.total, 365_681_918);

    // 4. Per measure, both columns.
    let m = |n: u32| {
        let s = tables
            .measures
            .iter()
            .find(|s| s.measure == Some(n))
            .unwrap();
        (s.plan_cents, s.other_cents)
    };
    for (n, pan, cirb) in [
        (1, 11_359_510, 4_310_746),
        (2, 10_000_000, 0),
        (3, 2_303_290, 0),
        (4, 4_676_650, 0),
        (5, 24_500_000, 0),
        (6, 2_749_725, 0),
        (7, 21_004_499, 0),
        (9, 1_774_465, 0),
        (11, 2_752_501, 0),
        (13, 0, 290_000_000),
        (14, 1_041_530, 0),
        (15, 4_638_002, 0),
        (16, 2_514_000, 70_000_000),
        (17, 685_828, 1_371_172),
    ] {
        assert_eq!(m(n), (pan, cirb), "measure {n}");
    }
    let subsidies: Vec<_> = tables
        .measures
        .iter()
        .filter(|s| s.measure.is_none())
        .map(|s| (s.axis.as_str(), s.plan_cents, s.lines[0].detail.clone()))
        .collect();
    assert_eq!(
        subsidies,
        [
            ("outiller", 1_000_000, Some("CABAN".to_string())),
            (
                "accompagner",
                8_000_000,
                Some("Fondation Roi Baudouin".to_string())
            ),
        ]
    );
    let plan_total: i64 = tables.measures.iter().map(|s| s.plan_cents).sum();
    let other_total: i64 = tables.measures.iter().map(|s| s.other_cents).sum();
    assert_eq!((plan_total, other_total), (99_000_000, 365_681_918));

    // The declared totals are kept as declared; exactly one differs.
    let declared = t.db.declared_totals(&plan.code, Some(2021)).await.unwrap();
    assert_eq!(declared.len(), demo.declared.len());
    let diffs = check(plan, &sums, &declared);
    let found: Vec<(i64, i64, i64)> = diffs
        .iter()
        .map(|d| (d.declared.cents, d.computed_cents, d.difference_cents))
        .collect();
    assert_eq!(
        found,
        [
            (365_681_980, 365_681_918, 62),
            (365_681_980, 365_681_918, 62)
        ],
        "the table 3 TOTAL and the per-measure table's CIRB TOTAL: {diffs:#?}"
    );
    assert!(
        diffs
            .iter()
            .all(|d| d.declared.scope.sources == Sources::Other)
    );
}
