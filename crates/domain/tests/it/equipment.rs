//! The equipment the region gives: the refurbished IT tables of the 2021
//! report (2021: 813 laptops, 255 desktops, 367 screens), the transfer of
//! ownership four years after delivery (29 February → 28 February), the
//! asset events, and an order refused above the 10,000 EUR cap with the
//! amount over it.

use chrono::NaiveDate;
use domain::equipment::asset::{
    AssetEvent, AssetRefusal, AssetState, apply, check_event_date, transfer_date, transfers_due,
};
use domain::equipment::order::{OrderLine, OrderProblem, check, total};
use domain::equipment::refurbished::{Refurbished, Units};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn the_refurbished_it_tables_of_the_report_add_up() {
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/regions/brussels/refurbished-it.toml"),
    )
    .unwrap();
    let r = Refurbished::parse(&src).unwrap();
    let years = r.per_year();
    let u = |laptop, desktop, screen| Units {
        laptop,
        desktop,
        screen,
    };
    assert_eq!(years[&2021], u(813, 255, 367));
    assert_eq!(years[&2020], u(551, 197, 845));
    assert!(
        r.check().is_empty(),
        "the declared 2021 totals match the lines"
    );
    assert_eq!(r.per_supplier()["Close the Gap"], u(787, 337, 1191));
    // A wrong declared total is reported with both figures.
    let wrong = src.replace("laptop = 813", "laptop = 812");
    let r = Refurbished::parse(&wrong).unwrap();
    assert_eq!(r.check(), [(2021, u(812, 255, 367), u(813, 255, 367))]);
    // A supplier twice in a year is refused.
    let twice = format!("{src}\n[[line]]\nsupplier = \"Oxfam\"\nyear = 2021\nlaptop = 1\n");
    assert!(Refurbished::parse(&twice).unwrap_err().contains("Oxfam"));
}

#[test]
fn the_transfer_date_is_four_years_on_and_29_february_becomes_28_february() {
    assert_eq!(transfer_date(d(2021, 11, 15)), d(2025, 11, 15));
    // Four years after a leap day is a leap day in 2024 → 2028...
    assert_eq!(transfer_date(d(2024, 2, 29)), d(2028, 2, 29));
    // ...but not in 2096 → 2100 (not a leap year): 28 February.
    assert_eq!(transfer_date(d(2096, 2, 29)), d(2100, 2, 28));
    assert_eq!(transfer_date(d(2021, 12, 31)), d(2025, 12, 31));
}

#[test]
fn asset_events_follow_the_rules() {
    let delivered = d(2021, 11, 15);
    let early = apply(
        AssetState::InUse,
        delivered,
        &AssetEvent::Transferred,
        d(2025, 11, 14),
    );
    assert_eq!(
        early,
        Err(AssetRefusal::TooEarly {
            transfer_on: d(2025, 11, 15)
        })
    );
    assert_eq!(
        apply(
            AssetState::InUse,
            delivered,
            &AssetEvent::Transferred,
            d(2025, 11, 15)
        ),
        Ok(AssetState::Transferred)
    );
    assert_eq!(
        apply(
            AssetState::Transferred,
            delivered,
            &AssetEvent::Broken,
            d(2026, 1, 1)
        ),
        Err(AssetRefusal::AlreadyTransferred)
    );
    assert_eq!(
        apply(
            AssetState::InUse,
            delivered,
            &AssetEvent::Broken,
            d(2022, 1, 1)
        ),
        Ok(AssetState::Broken)
    );
    assert_eq!(
        apply(
            AssetState::Broken,
            delivered,
            &AssetEvent::Repaired,
            d(2022, 2, 1)
        ),
        Ok(AssetState::InUse)
    );
    assert_eq!(
        apply(
            AssetState::InUse,
            delivered,
            &AssetEvent::Repaired,
            d(2022, 2, 1)
        ),
        Err(AssetRefusal::NotBroken)
    );
    assert_eq!(
        apply(
            AssetState::Lost,
            delivered,
            &AssetEvent::Moved { place_id: 3 },
            d(2022, 2, 1)
        ),
        Err(AssetRefusal::Lost)
    );
    let items = [
        (d(2021, 11, 15), AssetState::InUse),
        (d(2022, 3, 1), AssetState::InUse),
        (d(2021, 10, 1), AssetState::Transferred),
        (d(2021, 12, 1), AssetState::Broken),
        (d(2021, 6, 1), AssetState::Lost),
    ];
    // On 1 November 2025, within 60 days: the November and December 2021 deliveries.
    assert_eq!(
        transfers_due(&items, d(2025, 11, 1), 60),
        [(0, d(2025, 11, 15)), (3, d(2025, 12, 1))]
    );
}

#[test]
fn an_order_above_the_cap_is_refused_with_the_amount_over_it() {
    // Annex 7 prices incl. VAT: a Chromebook 441.65 EUR, an EliteBook 628.24 EUR.
    let line = |item: &str, unit_cents, quantity| OrderLine {
        item: item.into(),
        unit_cents,
        quantity,
    };
    let ok = [
        line("chromebook", 44_165, 10),
        line("elitebook-3y", 62_824, 8),
    ];
    assert_eq!(total(&ok), 441_650 + 502_592);
    assert_eq!(check(&ok, 1_000_000), Ok(944_242));
    let over = [
        line("chromebook", 44_165, 10),
        line("elitebook-3y", 62_824, 10),
    ];
    assert_eq!(
        check(&over, 1_000_000),
        Err(vec![OrderProblem::OverCap {
            total_cents: 1_069_890,
            over_cents: 69_890
        }])
    );
    assert_eq!(
        check(&[line("x", 100, 0)], 1_000_000),
        Err(vec![OrderProblem::Quantity {
            item: "x".into(),
            quantity: 0
        }])
    );
    assert_eq!(check(&[], 1_000_000), Err(vec![OrderProblem::Empty]));
}

#[test]
fn the_annex_7_catalogue_is_read_with_its_prices_and_cap() {
    use domain::equipment::catalogue::{Catalogue, Kind};
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/regions/brussels/equipment-2021.toml"),
    )
    .unwrap();
    let c = Catalogue::parse(&src).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(c.items.len(), 98, "every priced line of Annex 7");
    assert_eq!(c.campaign.cap_cents, 1_000_000);
    assert!(c.campaign.delivery_note.contains("4 to 7 months"));
    let first = &c.items[0];
    assert!(first.description.starts_with("HP Chromebook"));
    assert_eq!(first.unit_cents, 44_165);
    let braille = c
        .items
        .iter()
        .find(|i| i.category == "accessibility")
        .unwrap();
    assert!(braille.description.contains("Braille"));
    assert_eq!(braille.unit_cents, 32_513);
    // Variants (another operating system) and supplements are tied to their item.
    let windows_home = c.item("a7-003").unwrap();
    assert_eq!(
        (windows_home.kind, windows_home.of.as_deref()),
        (Kind::Variant, Some("a7-002"))
    );
    assert_eq!(windows_home.unit_cents, 53_609);
    assert_eq!(c.items.iter().filter(|i| i.kind == Kind::Item).count(), 55);
    // An order from the catalogue above the cap is refused with the amount over.
    let line = |code: &str, q| OrderLine {
        item: code.into(),
        unit_cents: c.item(code).unwrap().unit_cents,
        quantity: q,
    };
    let order = [line("a7-001", 10), line("a7-005", 10)];
    assert_eq!(
        check(&order, c.campaign.cap_cents),
        Err(vec![OrderProblem::OverCap {
            total_cents: 1_069_890,
            over_cents: 69_890
        }])
    );
    // A broken catalogue names each problem.
    let bad = src
        .replace("code = \"a7-002\"", "code = \"a7-001\"")
        .replace("category = \"camera\"", "category = \"toys\"");
    let problems = Catalogue::parse(&bad).unwrap_err();
    assert!(
        problems.iter().any(|p| p == "a7-001: code used twice"),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("unknown category \"toys\""))
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("a7-003: no earlier item a7-002"))
    );
}

#[test]
fn an_event_is_dated_between_delivery_and_today() {
    let (delivered, today) = (d(2024, 2, 29), d(2026, 12, 4));
    assert_eq!(check_event_date(delivered, delivered, today), Ok(()));
    assert_eq!(check_event_date(delivered, today, today), Ok(()));
    assert_eq!(
        check_event_date(delivered, d(2024, 2, 28), today),
        Err(AssetRefusal::DateOutside)
    );
    assert_eq!(
        check_event_date(delivered, d(2026, 12, 5), today),
        Err(AssetRefusal::DateOutside)
    );
}
