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

/// xorshift64: the same sequence of writes on every run and engine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A random row of the plan: any year, phase and source; a measure with or
/// without one of its actions, or an axis alone; a supplier or not, among
/// a few, so that rows share their lines.
fn random_row(rng: &mut Rng) -> domain::budget::NewRow {
    let plan = shipped("brussels").unwrap();
    let phases = ["budget", "revised", "commitment", "actual"];
    let phase = phases[rng.below(4)];
    let (axis, measure, action) = match rng.below(4) {
        0 => (
            plan.axes[rng.below(plan.axes.len())].code.clone(),
            String::new(),
            String::new(),
        ),
        1 => {
            let m = &plan.measures[rng.below(plan.measures.len())];
            (String::new(), m.number.to_string(), String::new())
        }
        _ => {
            let m = &plan.measures[rng.below(plan.measures.len())];
            match m.actions.len() {
                0 => (String::new(), m.number.to_string(), String::new()),
                n => (
                    String::new(),
                    String::new(),
                    m.action_key(&m.actions[rng.below(n)]),
                ),
            }
        }
    };
    let cents = 1 + rng.below(10_000_000) as i64;
    let negative = phase == "revised" && rng.below(3) == 0;
    RawRow {
        year: (2021 + rng.below(4)).to_string(),
        phase: phase.into(),
        source: plan.sources[rng.below(plan.sources.len())].code.clone(),
        axis,
        measure,
        action,
        supplier: ["", "", "CABAN", "Fondation Roi Baudouin", "Interface3"][rng.below(5)].into(),
        label: format!("Line {}", rng.below(3)),
        amount: format!(
            "{}{}.{:02}",
            if negative { "-" } else { "" },
            cents / 100,
            cents % 100
        ),
        reason: if phase == "revised" {
            "moved".into()
        } else {
            String::new()
        },
        ..Default::default()
    }
    .check(plan)
    .unwrap()
}

/// The sums recomputed from the ledger's rows, in the order
/// `ledger_sums` gives them (no measure, action or detail first).
async fn sums_from_rows(
    db: &store::Db,
    plan: &str,
    year: Option<i32>,
) -> Vec<domain::budget::LedgerSum> {
    let (rows, total) = db
        .ledger_rows(
            plan,
            &LedgerFilter {
                year,
                limit: 1_000_000,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(rows.len() as i64, total);
    type Key = (
        i32,
        &'static str,
        String,
        String,
        Option<u32>,
        Option<String>,
        Option<String>,
    );
    let mut acc: std::collections::BTreeMap<Key, i64> = Default::default();
    for r in rows {
        let r = r.row;
        let detail = match r.action {
            Some(_) => None,
            None => Some(r.supplier.clone().unwrap_or(r.label.clone())),
        };
        *acc.entry((
            r.year,
            r.phase.code(),
            r.source,
            r.axis,
            r.measure,
            r.action,
            detail,
        ))
        .or_default() += r.amount_cents;
    }
    acc.into_iter()
        .map(|(k, cents)| domain::budget::LedgerSum {
            year: k.0,
            phase: Phase::parse(k.1).unwrap(),
            source: k.2,
            axis: k.3,
            measure: k.4,
            action: k.5,
            detail: k.6,
            cents,
        })
        .collect()
}

/// The rollup the tables read, kept with every insert, is always the sums
/// of the ledger's rows: after random rows entered one by one, imports,
/// reversals (and refused reversals), in two plans; and rebuilding it
/// from the rows changes nothing.
#[tokio::test]
async fn the_kept_sums_are_the_sums_of_the_rows() {
    let t = store::testing::brussels_db().await.unwrap();
    let db = &t.db;
    let plan = shipped("brussels").unwrap();
    let mut rng = Rng(0x13_b0d6e7);
    let mut ids: Vec<i64> = Vec::new();
    let mut reversals = 0;
    for step in 0..120 {
        match rng.below(10) {
            0..=3 => {
                let r = random_row(&mut rng);
                ids.extend(
                    db.add_ledger_rows(&plan.code, &[r], Origin::Form, None, NOW)
                        .await
                        .unwrap(),
                );
            }
            4..=6 => {
                let rows: Vec<_> = (0..1 + rng.below(40))
                    .map(|_| random_row(&mut rng))
                    .collect();
                ids.extend(
                    db.add_ledger_rows(&plan.code, &rows, Origin::Import, None, NOW)
                        .await
                        .unwrap(),
                );
            }
            7 => {
                // Another plan's rows never count in this one's sums.
                let rows: Vec<_> = (0..1 + rng.below(5))
                    .map(|_| random_row(&mut rng))
                    .collect();
                db.add_ledger_rows("other-plan", &rows, Origin::Import, None, NOW)
                    .await
                    .unwrap();
            }
            _ if !ids.is_empty() => {
                let id = ids[rng.below(ids.len())];
                if let Ok(rev) = db.reverse_ledger_row(id, "mistake", None, NOW).await {
                    reversals += 1;
                    ids.push(rev);
                }
            }
            _ => {}
        }
        if step % 40 == 39 {
            let kept = db.ledger_sums(&plan.code, None).await.unwrap();
            assert_eq!(
                kept,
                sums_from_rows(db, &plan.code, None).await,
                "step {step}"
            );
        }
    }
    assert!(reversals > 5, "the sequence reverses rows ({reversals})");
    let kept = db.ledger_sums(&plan.code, None).await.unwrap();
    assert!(kept.iter().any(|s| s.detail.is_some()) && kept.iter().any(|s| s.action.is_some()));
    assert!(
        kept.iter().any(|s| s.cents == 0),
        "a row and its reversal leave 0"
    );
    for year in 2021..=2024 {
        assert_eq!(
            db.ledger_sums(&plan.code, Some(year)).await.unwrap(),
            sums_from_rows(db, &plan.code, Some(year)).await,
            "{year}"
        );
    }
    assert_eq!(
        db.ledger_years(&plan.code).await.unwrap(),
        vec![2021, 2022, 2023, 2024]
    );

    let written = db.rebuild_budget_sums().await.unwrap();
    let rebuilt = db.ledger_sums(&plan.code, None).await.unwrap();
    assert_eq!(rebuilt, kept);
    let other = db.ledger_sums("other-plan", None).await.unwrap();
    assert_eq!(written as usize, kept.len() + other.len());
    assert_eq!(other, sums_from_rows(db, "other-plan", None).await);
}

/// An import that fails inside its transaction (here at its audit entry,
/// after its rows and sums were written) leaves neither rows nor sums.
#[tokio::test]
async fn a_failed_import_leaves_the_sums_unchanged() {
    let t = store::testing::brussels_db().await.unwrap();
    let db = &t.db;
    let plan = shipped("brussels").unwrap();
    let mut rng = Rng(42);
    let first: Vec<_> = (0..30).map(|_| random_row(&mut rng)).collect();
    db.add_ledger_rows(&plan.code, &first, Origin::Import, None, NOW)
        .await
        .unwrap();
    let before = db.ledger_sums(&plan.code, None).await.unwrap();
    match db {
        store::Db::Sqlite(store::Sqlite { pool: p, .. }) => {
            sqlx::query(
                "CREATE TRIGGER refuse_import BEFORE INSERT ON audit_log
                 WHEN NEW.action = 'budget.import' BEGIN SELECT RAISE(ABORT, 'refused'); END",
            )
            .execute(p)
            .await
            .unwrap();
        }
        store::Db::Postgres(p) => {
            sqlx::query(
                "CREATE FUNCTION refuse_import() RETURNS trigger LANGUAGE plpgsql AS
                 $$ BEGIN RAISE EXCEPTION 'refused'; END $$",
            )
            .execute(p)
            .await
            .unwrap();
            sqlx::query(
                "CREATE TRIGGER refuse_import BEFORE INSERT ON audit_log FOR EACH ROW
                 WHEN (NEW.action = 'budget.import') EXECUTE FUNCTION refuse_import()",
            )
            .execute(p)
            .await
            .unwrap();
        }
    }
    // Same lines as before and new ones.
    let mut again: Vec<_> = first[..10].to_vec();
    again.extend((0..20).map(|_| random_row(&mut rng)));
    assert!(
        db.add_ledger_rows(&plan.code, &again, Origin::Import, None, NOW)
            .await
            .is_err()
    );
    assert_eq!(db.ledger_sums(&plan.code, None).await.unwrap(), before);
    assert_eq!(sums_from_rows(db, &plan.code, None).await, before);
    // A row entered by form (another audit action) still counts.
    db.add_ledger_rows(&plan.code, &first[..1], Origin::Form, None, NOW)
        .await
        .unwrap();
    assert_eq!(
        db.ledger_sums(&plan.code, None).await.unwrap(),
        sums_from_rows(db, &plan.code, None).await
    );
}

/// The longest detail a row may have (500 characters, here of 4 bytes
/// each) is a line of the sums on both engines (PostgreSQL limits an
/// index entry to 2,704 bytes), and two suppliers that differ in their
/// last character are two lines.
#[tokio::test]
async fn the_longest_supplier_is_a_line_of_its_own() {
    let t = store::testing::brussels_db().await.unwrap();
    let plan = shipped("brussels").unwrap();
    let long = "𝄞".repeat(499);
    let mut rows = Vec::new();
    for (last, amount) in [("a", "10"), ("b", "20,5"), ("a", "1")] {
        rows.push(
            RawRow {
                year: "2021".into(),
                phase: "actual".into(),
                source: "cirb-pan".into(),
                axis: "outiller".into(),
                supplier: format!("{long}{last}"),
                label: "Long".into(),
                amount: amount.into(),
                ..Default::default()
            }
            .check(plan)
            .unwrap(),
        );
    }
    assert_eq!(rows[0].supplier.as_ref().unwrap().chars().count(), 500);
    t.db.add_ledger_rows(&plan.code, &rows, Origin::Import, None, NOW)
        .await
        .unwrap();
    t.db.add_ledger_rows(&plan.code, &rows[1..2], Origin::Form, None, NOW)
        .await
        .unwrap();
    let sums = t.db.ledger_sums(&plan.code, Some(2021)).await.unwrap();
    let got: Vec<(String, i64)> = sums
        .iter()
        .map(|s| (s.detail.clone().unwrap(), s.cents))
        .collect();
    assert_eq!(
        got,
        [(format!("{long}a"), 1_100), (format!("{long}b"), 4_100)]
    );
}

/// A ledger written before the rollup existed (version 18) gets its sums
/// when migration 0019 runs: the same as the rows'.
#[tokio::test]
async fn the_migration_sums_an_existing_ledger() {
    let t = store::testing::empty_db().await.unwrap();
    t.db.migrate_to(18).await.unwrap();
    let plan = shipped("brussels").unwrap();
    // (phase, source, axis, measure, action, supplier, label, cents)
    type Old<'a> = (
        &'a str,
        &'a str,
        &'a str,
        Option<i32>,
        Option<&'a str>,
        Option<&'a str>,
        &'a str,
        i64,
    );
    let rows: [Old; 6] = [
        (
            "budget",
            "cirb-pan",
            "outiller",
            None,
            None,
            None,
            "Axis budget",
            18_000_000,
        ),
        (
            "actual",
            "cirb-pan",
            "outiller",
            Some(7),
            Some("7.materialisation-epn"),
            None,
            "PCs",
            3_000_000,
        ),
        (
            "actual",
            "cirb-pan",
            "outiller",
            Some(7),
            Some("7.materialisation-epn"),
            Some("X"),
            "More",
            5,
        ),
        (
            "actual",
            "subsidies-2020",
            "outiller",
            None,
            None,
            Some("CABAN"),
            "Subsidy",
            1_000_000,
        ),
        (
            "actual",
            "subsidies-2020",
            "outiller",
            None,
            None,
            Some("CABAN"),
            "Subsidy, reversed",
            -1_000_000,
        ),
        (
            "actual",
            "cirb-other",
            "outiller",
            None,
            None,
            None,
            "School devices",
            7,
        ),
    ];
    for (phase, source, axis, measure, action, supplier, label, cents) in rows {
        store::run!(&t.db, p => sqlx::query(
            "INSERT INTO budget_ledger (plan, year, phase, source, axis, measure, action,
             supplier, label, amount_cents, origin, created_at)
             VALUES ($1, 2021, $2, $3, $4, $5, $6, $7, $8, $9, 'import', 0)")
            .bind(&plan.code).bind(phase).bind(source).bind(axis).bind(measure).bind(action)
            .bind(supplier).bind(label).bind(cents)
            .execute(p).await.map(|_| ()).unwrap());
    }
    t.db.migrate().await.unwrap();
    let sums = t.db.ledger_sums(&plan.code, None).await.unwrap();
    assert_eq!(sums.len(), 4);
    assert_eq!(sums, sums_from_rows(&t.db, &plan.code, None).await);
    let caban = sums
        .iter()
        .find(|s| s.detail.as_deref() == Some("CABAN"))
        .unwrap();
    assert_eq!(caban.cents, 0);
}
