//! Equipment in the database: an order priced from the catalogue and
//! refused above the campaign's cap, one standing order per place, the
//! decision only on a submitted order, the delivery with exactly one
//! serial per unit (nothing written otherwise), the assets it makes with
//! their transfer date, and the register's events — a move changes the
//! place and keeps the state, a transfer before its date or anything after
//! a loss is refused, every event kept in the history. On SQLite, and on
//! PostgreSQL when TEST_DATABASE_URL is set.

use chrono::NaiveDate;
use domain::LabelStatus;
use domain::account::Role;
use domain::equipment::asset::{AssetEvent, AssetRefusal, AssetState};
use store::equipment::{EquipmentError, NewOrder, OrderStatus};
use store::testing::NOW;

use crate::helpers::{demo, user};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn order(place: i64, lines: &[(&str, u32)]) -> NewOrder {
    NewOrder {
        place_id: place,
        contact_name: "Awa".into(),
        contact_email: "awa@example.org".into(),
        contact_phone: None,
        delivery_address: "Rue Haute 1, 1000 Bruxelles".into(),
        lines: lines.iter().map(|(c, q)| (c.to_string(), *q)).collect(),
    }
}

#[tokio::test]
async fn an_order_becomes_assets_whose_history_is_kept() {
    let t = demo().await;
    for (key, c) in domain::equipment::catalogue::shipped("brussels") {
        t.db.load_equipment_campaign(key, &c, NOW).await.unwrap();
    }
    let campaign = t.db.equipment_campaigns().await.unwrap().remove(0);
    let places = t.db.load_places().await.unwrap();
    let labelled: Vec<&domain::Place> = places
        .iter()
        .filter(|p| p.label == LabelStatus::Labelled)
        .collect();
    let (here, there) = (labelled[0].id, labelled[1].id);
    let coord = user(&t, Role::Coordinator, &[]).await;

    // 30 Chromebooks: over the 10,000 EUR cap, nothing written.
    let r =
        t.db.submit_equipment_order(&campaign, &order(here, &[("a7-001", 30)]), None, NOW)
            .await;
    assert!(matches!(r, Err(EquipmentError::Order(_))), "{r:?}");
    let r =
        t.db.submit_equipment_order(&campaign, &order(here, &[("no-such-item", 1)]), None, NOW)
            .await;
    assert!(matches!(r, Err(EquipmentError::UnknownItem(_))), "{r:?}");
    assert!(
        t.db.standing_order(campaign.id, here)
            .await
            .unwrap()
            .is_none()
    );

    let id =
        t.db.submit_equipment_order(
            &campaign,
            &order(here, &[("a7-001", 2), ("a7-098", 1)]),
            None,
            NOW,
        )
        .await
        .unwrap();
    let o = t.db.equipment_order(id).await.unwrap().unwrap();
    let unit: i64 = o.lines.iter().map(|(_, q, u)| q * u).sum();
    assert_eq!(o.total_cents, unit, "the total is the lines' sum");
    // One standing order per place and campaign.
    let r =
        t.db.submit_equipment_order(&campaign, &order(here, &[("a7-001", 1)]), None, NOW)
            .await;
    assert!(matches!(r, Err(EquipmentError::AlreadyOrdered(x)) if x == id));
    // Delivery only once approved; approval only once.
    let r =
        t.db.deliver_equipment_order(id, d(2024, 2, 29), &[], Some(coord), NOW)
            .await;
    assert!(matches!(r, Err(EquipmentError::NotNow)));
    t.db.decide_equipment_order(id, true, None, Some(coord), NOW)
        .await
        .unwrap();
    assert!(matches!(
        t.db.decide_equipment_order(id, false, Some("non"), Some(coord), NOW)
            .await,
        Err(EquipmentError::NotNow)
    ));
    // A serial short, or one given twice: refused, nothing delivered.
    let short = [
        ("a7-001".to_string(), "CB-1".to_string()),
        ("a7-098".into(), "BR-1".into()),
    ];
    let r =
        t.db.deliver_equipment_order(id, d(2024, 2, 29), &short, Some(coord), NOW)
            .await;
    assert!(matches!(r, Err(EquipmentError::Serials(_))), "{r:?}");
    let twice = [
        ("a7-001".to_string(), "CB-1".to_string()),
        ("a7-001".into(), "CB-1".into()),
        ("a7-098".into(), "BR-1".into()),
    ];
    let r =
        t.db.deliver_equipment_order(id, d(2024, 2, 29), &twice, Some(coord), NOW)
            .await;
    assert!(matches!(r, Err(EquipmentError::Serials(_))), "{r:?}");
    assert!(t.db.equipment_assets(Some(here)).await.unwrap().is_empty());
    let full = [
        ("a7-001".to_string(), "CB-1".to_string()),
        ("a7-001".into(), "CB-2".into()),
        ("a7-098".into(), "BR-1".into()),
    ];
    t.db.deliver_equipment_order(id, d(2024, 2, 29), &full, Some(coord), NOW)
        .await
        .unwrap();
    assert_eq!(
        t.db.equipment_order(id).await.unwrap().unwrap().status,
        OrderStatus::Delivered
    );
    let assets = t.db.equipment_assets(Some(here)).await.unwrap();
    assert_eq!(assets.len(), 3);
    assert!(assets.iter().all(|a| a.transfer_on == d(2028, 2, 29)));
    let cb = assets.iter().find(|a| a.serial == "CB-1").unwrap();

    // The register's events.
    let early =
        t.db.record_asset_event(
            cb.id,
            &AssetEvent::Transferred,
            d(2026, 12, 1),
            None,
            Some(coord),
            NOW,
        )
        .await;
    assert!(matches!(
        early,
        Err(EquipmentError::Asset(AssetRefusal::TooEarly { transfer_on })) if transfer_on == d(2028, 2, 29)
    ));
    let same =
        t.db.record_asset_event(
            cb.id,
            &AssetEvent::Moved { place_id: here },
            d(2025, 1, 1),
            None,
            Some(coord),
            NOW,
        )
        .await;
    assert!(matches!(
        same,
        Err(EquipmentError::Asset(AssetRefusal::SamePlace))
    ));
    let s =
        t.db.record_asset_event(
            cb.id,
            &AssetEvent::Broken,
            d(2025, 1, 2),
            Some("écran"),
            Some(coord),
            NOW,
        )
        .await
        .unwrap();
    assert_eq!(s, AssetState::Broken);
    let s =
        t.db.record_asset_event(
            cb.id,
            &AssetEvent::Moved { place_id: there },
            d(2025, 1, 3),
            None,
            Some(coord),
            NOW,
        )
        .await
        .unwrap();
    assert_eq!(s, AssetState::Broken, "a move keeps the state");
    let moved = t.db.equipment_asset(cb.id).await.unwrap().unwrap();
    assert_eq!(moved.place_id, there);
    assert_eq!(t.db.equipment_assets(Some(here)).await.unwrap().len(), 2);
    t.db.record_asset_event(
        cb.id,
        &AssetEvent::Lost,
        d(2025, 2, 1),
        None,
        Some(coord),
        NOW,
    )
    .await
    .unwrap();
    let after_loss =
        t.db.record_asset_event(
            cb.id,
            &AssetEvent::Repaired,
            d(2025, 3, 1),
            None,
            Some(coord),
            NOW,
        )
        .await;
    assert!(matches!(
        after_loss,
        Err(EquipmentError::Asset(AssetRefusal::Lost))
    ));
    let history = t.db.equipment_asset_events(cb.id).await.unwrap();
    let kinds: Vec<(&str, &str)> = history
        .iter()
        .map(|e| (e.kind.as_str(), e.on_date.as_str()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("delivered", "2024-02-29"),
            ("broken", "2025-01-02"),
            ("moved", "2025-01-03"),
            ("lost", "2025-02-01")
        ]
    );
    assert_eq!(history[1].note.as_deref(), Some("écran"));
    let there_name = &places.iter().find(|p| p.id == there).unwrap().name;
    assert_eq!(history[2].place_name.as_deref(), Some(there_name.as_str()));
    assert!(history.iter().all(|e| e.user_email.is_some()));
}
