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
