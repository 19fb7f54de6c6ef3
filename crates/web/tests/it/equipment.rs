//! Equipment: a manager orders for their labelled EPN only, sees the total
//! as they fill the form, is refused above the 10,000 EUR cap with the
//! amount over it and the quantities kept; the coordination approves,
//! delivers with a serial per unit, and the register shows the transfer
//! date four years on (29 February 2024 → 29 February 2028); transfers cannot be
//! recorded early; the public pages show the catalogue and the 2021
//! refurbished totals 813 / 255 / 367.

use axum::http::StatusCode;
use domain::LabelStatus;
use domain::account::Role;
use store::testing::NOW;

use crate::helpers::TestApp;

async fn demo() -> (TestApp, domain::Place) {
    let app = TestApp::demo().await;
    for (key, c) in domain::equipment::catalogue::shipped("brussels") {
        app.db()
            .load_equipment_campaign(key, &c, NOW)
            .await
            .unwrap();
    }
    let place = app
        .state
        .directory()
        .places()
        .find(|p| p.label == LabelStatus::Labelled)
        .expect("a labelled EPN");
    (app, place)
}

#[tokio::test]
async fn a_manager_orders_under_the_cap_and_the_coordination_delivers() {
    let (app, place) = demo().await;
    let manager = app
        .sign_in(Role::EpnManager, &[place.organisation_id])
        .await;
    let other_place = app
        .state
        .directory()
        .places()
        .find(|p| p.label == LabelStatus::Labelled && p.organisation_id != place.organisation_id)
        .unwrap();
    let path = format!("/fr/bo/equipment/order/{}", place.id);
    assert_eq!(
        app.get_as(Some(&manager), &path).await.status,
        StatusCode::OK
    );
    // Another organisation's EPN: not even known.
    assert_eq!(
        app.get_as(
            Some(&manager),
            &format!("/fr/bo/equipment/order/{}", other_place.id)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );

    // 30 Chromebooks (441.65 EUR) = 13,249.50 EUR: 3,249.50 EUR over the cap.
    let over = [
        ("contact_name", "Awa"),
        ("contact_email", "awa@example.org"),
        ("delivery_address", "Rue Haute 1, 1000"),
        ("q_a7-001", "30"),
        ("q_a7-098", "1"),
        ("action", "send"),
    ];
    let r = app.post_form(Some(&manager), &path, &over).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("dépasse le plafond de 10\u{202f}000,00 € de 3\u{202f}574,63 €"),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("value=\"30\"") && r.body.contains(">Rue Haute 1, 1000<"),
        "kept"
    );
    // "Recalculate" shows the total and saves nothing.
    let mut recalc = over.to_vec();
    recalc[3] = ("q_a7-001", "10");
    recalc[5] = ("action", "recalc");
    let r = app.post_form(Some(&manager), &path, &recalc).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("4\u{202f}741,63"), "10 × 441.65 + 325.13");
    assert!(
        app.db()
            .standing_order(1, place.id)
            .await
            .unwrap()
            .is_none()
    );
    // A quantity that is not one.
    let mut bad = recalc.clone();
    bad[3] = ("q_a7-001", "deux");
    bad[5] = ("action", "send");
    let r = app.post_form(Some(&manager), &path, &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Tapez un nombre entier de 0 à 500"));

    let mut good = recalc.clone();
    good[5] = ("action", "send");
    let r = app.post_form(Some(&manager), &path, &good).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let order = app
        .db()
        .standing_order(1, place.id)
        .await
        .unwrap()
        .expect("the order");
    assert_eq!(order.total_cents, 474_163);

    // The manager cannot decide; the coordination approves and delivers.
    let decide = format!("/fr/bo/equipment/orders/{}/decide", order.id);
    assert_eq!(
        app.post_form(Some(&manager), &decide, &[("decision", "approve")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let r = app
        .post_form(
            Some(&coord),
            &decide,
            &[("decision", "refuse"), ("note", "")],
        )
        .await;
    assert!(
        r.header("location").ends_with("?reason"),
        "a refusal needs a reason"
    );
    assert_eq!(
        app.post_form(Some(&coord), &decide, &[("decision", "approve")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let deliver = format!("/fr/bo/equipment/orders/{}/deliver", order.id);
    let mut serials: Vec<(String, String)> = vec![("delivered_on".into(), "2024-02-29".into())];
    for i in 0..10 {
        serials.push(("serial_a7-001".into(), format!("CB-{i}")));
    }
    // One serial missing: refused, nothing delivered.
    let short: Vec<(&str, &str)> = serials
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = app.post_form(Some(&coord), &deliver, &short).await;
    assert!(r.header("location").ends_with("?serials"));
    serials.push(("serial_a7-098".into(), "BR-1".into()));
    let full: Vec<(&str, &str)> = serials
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = app.post_form(Some(&coord), &deliver, &full).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let assets = app.db().equipment_assets(Some(place.id)).await.unwrap();
    assert_eq!(assets.len(), 11);
    // 2028 is a leap year: 29 February four years on (2096 → 2100 would give 28 February, domain tests).
    assert!(
        assets
            .iter()
            .all(|a| a.transfer_on.to_string() == "2028-02-29")
    );

    let register = app
        .get_as(Some(&coord), "/fr/bo/equipment/assets?months=120")
        .await;
    assert_eq!(register.status, StatusCode::OK);
    assert!(register.body.contains("29 février 2028"));
    assert!(register.body.contains("CB-0"));
    assert_eq!(
        app.get_as(Some(&manager), "/fr/bo/equipment/assets")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // A transfer before its date is refused and said, on the asset's page.
    let event = format!("/fr/bo/equipment/assets/{}/event", assets[0].id);
    let r = app
        .post_form(Some(&coord), &event, &[("event", "transferred")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("Trop tôt : l’équipement reste à la région jusqu’au 29 février 2028.")
    );
    let r = app
        .post_form(
            Some(&coord),
            &event,
            &[
                ("event", "broken"),
                ("on", "2024-03-04"),
                ("note", "Écran fêlé"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let a = app
        .db()
        .equipment_asset(assets[0].id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(store::equipment::state_code(a.state), "broken");
    // Moved: to another labelled EPN, named; not without one, not to the
    // same, not dated in the future or before the delivery.
    for (fields, words) in [
        (
            vec![("event", "moved")],
            "Choisissez l’EPN où l’équipement a été déplacé.",
        ),
        (
            vec![("event", "moved"), ("place", &*place.id.to_string())],
            "L’équipement est déjà à cet EPN.",
        ),
        (
            vec![("event", "repaired"), ("on", "2099-01-01")],
            "La date doit être entre la livraison et aujourd’hui.",
        ),
        (
            vec![("event", "repaired"), ("on", "2024-02-01")],
            "La date doit être entre la livraison et aujourd’hui.",
        ),
        (vec![("on", "2024-03-05")], "Choisissez ce qui s’est passé."),
    ] {
        let r = app.post_form(Some(&coord), &event, &fields).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        assert!(r.body.contains(words), "{words}");
    }
    let to = other_place.id.to_string();
    let r = app
        .post_form(
            Some(&coord),
            &event,
            &[("event", "moved"), ("place", &to), ("on", "2024-03-05")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let a = app
        .db()
        .equipment_asset(assets[0].id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(a.place_id, other_place.id);
    assert_eq!(
        store::equipment::state_code(a.state),
        "broken",
        "moving keeps the state"
    );
    let page = app
        .get_as(
            Some(&coord),
            &format!("/fr/bo/equipment/assets/{}?recorded", a.id),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("C’est enregistré."));
    assert!(
        page.body
            .contains("<dd id=\"asset-owner\">Région de Bruxelles-Capitale</dd>"),
        "the region owns it until the transfer"
    );
    assert!(
        page.body.contains("Écran fêlé"),
        "the history keeps the note"
    );
    assert!(page.body.contains("Déplacé vers un autre EPN"));
    assert!(page.body.contains(&other_place.name));
    // The register downloads, one row per unit.
    let csv = app
        .get_as(Some(&coord), "/fr/bo/equipment/assets.csv")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.starts_with(
        "\"serial\",\"item_code\",\"item\",\"owner\",\"place_id\",\"place\",\"delivered_on\",\"transfer_on\",\"state\"\r\n"
    ));
    assert!(
        csv.body
            .contains(&format!("\"{}\",\"{}\"", a.serial, a.item_code))
    );
    assert!(
        csv.body
            .contains("\"2024-02-29\",\"2028-02-29\",\"broken\"")
    );
    let xlsx = app
        .get_as(Some(&coord), "/fr/bo/equipment/assets.xlsx")
        .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert!(xlsx.header("content-type").contains("spreadsheetml"));
    assert_eq!(
        app.get_as(Some(&manager), "/fr/bo/equipment/assets.csv")
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // A second order for the same place goes to the standing one.
    let r = app.get_as(Some(&manager), &path).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    for role in [Role::Referrer, Role::Jury, Role::Applicant] {
        let who = app.sign_in(role, &[place.organisation_id]).await;
        assert_eq!(
            app.get_as(Some(&who), &path).await.status,
            StatusCode::FORBIDDEN,
            "{role:?}"
        );
    }
}

#[tokio::test]
async fn the_public_pages_show_the_catalogue_and_the_yearly_tables() {
    let (app, _) = demo().await;
    let c = app.get("/fr/equipment").await;
    assert_eq!(c.status, StatusCode::OK);
    assert!(c.body.contains("HP Chromebook 14 G6"));
    assert!(c.body.contains("441,65"));
    assert!(c.body.contains("10\u{202f}000,00 €"));
    let d = app.get("/nl/equipment/distributed").await;
    assert_eq!(d.status, StatusCode::OK);
    let y2021 = d.body.split("id=\"refurbished-2021\"").nth(1).unwrap();
    let foot = y2021.split("<tfoot>").nth(1).unwrap();
    for n in ["813", "255", "367"] {
        assert!(foot.contains(n), "{n} in the 2021 totals");
    }
    assert!(d.body.contains("56 loten van 13, dus 728 toestellen"));
    assert!(
        d.body.contains("2\u{202f}900\u{202f}000,00 €")
            && d.body.contains("2\u{202f}904\u{202f}000,00 €"),
        "the 2021 difference"
    );
}
