//! The activity log in the EPN's back office: recording a support with the
//! defaults (one screen, errors named and what was typed kept), the list
//! scoped to the organisation (the coordination reads all), quick help
//! counted with one press, changes and deletion until the month closes
//! (then an explained 409); collective workshops (each breakdown adding up,
//! listed beside the supports, deleted until the month closes).

use axum::http::StatusCode;
use chrono::NaiveDate;
use domain::account::Role;
use domain::activity::{Autonomy, Location, Support};
use store::testing::NOW;

use crate::helpers::TestApp;
use crate::helpers::sessions::place;

fn support(place_id: i64, date: &str) -> Support {
    Support {
        place_id,
        date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
        minutes: 45,
        location: Location::Remote,
        themes: vec!["security".into()],
        equipment: vec![],
        autonomy: Autonomy::Alone,
        redirect_place_id: None,
        redirect_text: None,
    }
}

#[tokio::test]
async fn an_epn_manager_records_a_support_with_the_defaults_and_sees_only_their_own() {
    let app = TestApp::demo().await;
    let (place_id, org) = place(&app, "Jardinier");
    let (other_place, other_org) = place(&app, "Uccle");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;

    let form = app.get_as(Some(&epn), "/fr/bo/activity/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains(r#"value="2026-11-26""#),
        "today by default"
    );
    assert!(
        form.body
            .contains(r#"id="minutes-30" name="minutes" value="30" checked"#)
    );
    assert!(
        form.body
            .contains(r#"id="location-place" name="location" value="place" checked"#)
    );

    // Nothing chosen but a date in the future: each error named, the typed date kept.
    let bad = app
        .post_form(
            Some(&epn),
            "/fr/bo/activity",
            &[
                ("place", &place_id.to_string()),
                ("date", "2026-12-24"),
                ("minutes", "other"),
                ("minutes_other", "abc"),
                ("location", "place"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("<title>Erreur"), "{}", &bad.body[..300]);
    for msg in [
        "La date ne peut pas être dans le futur.",
        "Choisissez au moins un thème.",
        "Choisissez le degré d’autonomie de la personne.",
        r##"href="#minutes_other""##,
    ] {
        assert!(bad.body.contains(msg), "{msg}");
    }
    assert!(bad.body.contains(r#"value="2026-12-24""#) && bad.body.contains(r#"value="abc""#));

    // Another organisation's place is refused.
    let theirs = app
        .post_form(
            Some(&epn),
            "/fr/bo/activity",
            &[
                ("place", &other_place.to_string()),
                ("date", "2026-11-26"),
                ("minutes", "30"),
                ("location", "place"),
                ("themes", "email"),
                ("autonomy", "alone"),
            ],
        )
        .await;
    assert_eq!(theirs.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(theirs.body.contains("Choisissez un de vos lieux."));

    let ok = app
        .post_form(
            Some(&epn),
            "/fr/bo/activity",
            &[
                ("place", &place_id.to_string()),
                ("date", "2026-11-26"),
                ("minutes", "30"),
                ("location", "place"),
                ("themes", "email"),
                ("themes", "online-procedures"),
                ("equipment", "phone"),
                ("autonomy", "helped"),
                ("redirect_text", "CPAS"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let (list, _) = app.db().supports(Some(&[org]), 10, 0).await.unwrap();
    assert_eq!(list.len(), 1);
    let s = &list[0].support;
    assert_eq!(
        (s.minutes, s.themes.len(), s.redirect_text.as_deref()),
        (30, 2, Some("CPAS"))
    );

    app.db()
        .add_support(other_org, &support(other_place, "2026-11-25"), None, NOW)
        .await
        .unwrap();
    let page = app.get_as(Some(&epn), "/fr/bo/activity?done=saved").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("L’accompagnement est noté."));
    assert!(page.body.contains("Démarches en ligne"));
    assert!(
        !page.body.contains("Sécurité en ligne</td>"),
        "another organisation's record"
    );

    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let all = app
        .get_as(Some(&coord), "/fr/bo/activity?kind=support")
        .await;
    assert!(
        all.body.contains("2 fiches, les plus récentes d’abord"),
        "the coordination reads all"
    );
    assert!(
        !all.body.contains("/bo/activity/new"),
        "the coordination does not record"
    );
}

#[tokio::test]
async fn quick_help_adds_one_per_press_and_shows_todays_count() {
    let app = TestApp::demo().await;
    let (place_id, org) = place(&app, "Jardinier");
    let (other_place, _) = place(&app, "Uccle");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    for _ in 0..2 {
        let r = app
            .post_form(
                Some(&epn),
                "/en/bo/activity/quick",
                &[("place", &place_id.to_string()), ("theme", "eid-itsme")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let page = app
        .get_as(Some(&epn), "/en/bo/activity?done=quick&theme=eid-itsme")
        .await;
    assert!(
        page.body.contains("eID and itsme: 2 today"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("One more quick help counted: eID and itsme.")
    );
    let wrong = app
        .post_form(
            Some(&epn),
            "/en/bo/activity/quick",
            &[("place", &other_place.to_string()), ("theme", "email")],
        )
        .await;
    assert_eq!(
        wrong.status,
        StatusCode::NOT_FOUND,
        "not one of their places"
    );
}

#[tokio::test]
async fn a_record_is_changed_or_deleted_until_the_month_closes() {
    let app = TestApp::demo().await;
    let (place_id, org) = place(&app, "Jardinier");
    let (other_place, other_org) = place(&app, "Uccle");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let db = app.db();
    let open = db
        .add_support(org, &support(place_id, "2026-11-03"), None, NOW)
        .await
        .unwrap();
    let closed = db
        .add_support(org, &support(place_id, "2026-10-30"), None, NOW)
        .await
        .unwrap();
    let theirs = db
        .add_support(other_org, &support(other_place, "2026-11-03"), None, NOW)
        .await
        .unwrap();

    let edit = app
        .get_as(Some(&epn), &format!("/en/bo/activity/{open}/edit"))
        .await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(
        edit.body.contains(r#"value="remote" checked"#),
        "the stored values"
    );
    let r = app
        .post_form(
            Some(&epn),
            &format!("/en/bo/activity/{open}/edit"),
            &[
                ("place", &place_id.to_string()),
                ("date", "2026-11-04"),
                ("minutes", "other"),
                ("minutes_other", "20"),
                ("location", "home"),
                ("themes", "health"),
                ("autonomy", "done-for"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let stored = db.support(open).await.unwrap().unwrap().support;
    assert_eq!(
        (stored.minutes, stored.location, stored.themes),
        (20, Location::AtHome, vec!["health".to_owned()])
    );

    let refused = app
        .get_as(Some(&epn), &format!("/en/bo/activity/{closed}/edit"))
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("This month is closed"));
    assert!(refused.body.contains("10 November 2026"), "says until when");
    let del = app
        .post_form(Some(&epn), &format!("/en/bo/activity/{closed}/delete"), &[])
        .await;
    assert_eq!(del.status, StatusCode::CONFLICT);
    assert!(db.support(closed).await.unwrap().is_some());

    let other = app
        .post_form(Some(&epn), &format!("/en/bo/activity/{theirs}/delete"), &[])
        .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);

    let gone = app
        .post_form(Some(&epn), &format!("/en/bo/activity/{open}/delete"), &[])
        .await;
    assert_eq!(gone.status, StatusCode::SEE_OTHER);
    assert!(db.support(open).await.unwrap().is_none());
    let log = db
        .audit_log(&store::audit::AuditFilter {
            user_id: Some(epn.user_id),
            ..Default::default()
        })
        .await
        .unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        ["activity.support.delete", "activity.support.update"]
    );
}

#[tokio::test]
async fn the_closing_day_is_a_setting() {
    // Closing on the 28th: on 26 November, October is still open.
    let app = TestApp::demo_with(|c| c.activity_close_day = 28).await;
    let (place_id, org) = place(&app, "Jardinier");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let october = app
        .db()
        .add_support(org, &support(place_id, "2026-10-30"), None, NOW)
        .await
        .unwrap();
    let edit = app
        .get_as(Some(&epn), &format!("/en/bo/activity/{october}/edit"))
        .await;
    assert_eq!(edit.status, StatusCode::OK);
    let gone = app
        .post_form(
            Some(&epn),
            &format!("/en/bo/activity/{october}/delete"),
            &[],
        )
        .await;
    assert_eq!(gone.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_epn_manager_records_a_workshop_whose_breakdowns_add_up_and_sees_it_listed() {
    let app = TestApp::demo().await;
    let (place_id, org) = place(&app, "Jardinier");
    let (other_place, other_org) = place(&app, "Uccle");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;

    let page = app.get_as(Some(&epn), "/fr/bo/activity").await;
    assert!(
        page.body
            .contains(r#"href="/fr/bo/activity/workshops/new">Enregistrer un atelier<"#)
    );
    let form = app
        .get_as(Some(&epn), "/fr/bo/activity/workshops/new")
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains(r#"value="2026-11-26""#),
        "today by default"
    );

    let place_s = place_id.to_string();
    let mut fields: Vec<(&str, &str)> = vec![
        ("place", &place_s),
        ("title", "Mes premiers e-mails"),
        ("date", "2026-11-24"),
        ("minutes", "90"),
        ("level", "beginner"),
        ("themes", "email"),
        ("participants", "8"),
        ("gender-woman", "5"),
        ("gender-man", "2"),
        ("age-60-74", "6"),
        ("age-75-plus", "2"),
    ];
    // The gender breakdown says 7 for 8 participants: named, both numbers said, all kept.
    let bad = app
        .post_form(Some(&epn), "/fr/bo/activity/workshops", &fields)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("<title>Erreur"));
    assert!(bad.body.contains(
        "Les participants par genre font 7, et non 8 : la répartition doit faire le nombre de participants."
    ));
    assert!(bad.body.contains(r##"href="#gender-woman""##));
    for kept in [
        r#"value="Mes premiers e-mails""#,
        r#"id="gender-man" name="gender-man" type="number" value="2""#,
        r#"id="age-75-plus" name="age-75-plus" type="number" value="2""#,
        r#"id="level-beginner" name="level" value="beginner" checked"#,
    ] {
        assert!(bad.body.contains(kept), "{kept}");
    }
    assert_eq!(app.db().workshops(Some(&[org]), 10, 0).await.unwrap().1, 0);

    fields.push(("gender-other", "1"));
    let ok = app
        .post_form(Some(&epn), "/fr/bo/activity/workshops", &fields)
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let (list, _) = app.db().workshops(Some(&[org]), 10, 0).await.unwrap();
    assert_eq!(list.len(), 1);
    let w = &list[0].workshop;
    assert_eq!((w.participants, w.minutes), (8, 90));
    assert_eq!(
        w.breakdown(domain::activity::workshop::Breakdown::Gender),
        Some(&[5, 2, 1][..])
    );
    assert_eq!(
        w.breakdown(domain::activity::workshop::Breakdown::Status),
        None
    );

    // Another organisation's place is refused; its workshop is not shown.
    let theirs_s = other_place.to_string();
    let mut theirs = fields.clone();
    theirs[0] = ("place", &theirs_s);
    let refused = app
        .post_form(Some(&epn), "/fr/bo/activity/workshops", &theirs)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut other = list[0].workshop.clone();
    other.place_id = other_place;
    other.title = "Atelier d’ailleurs".into();
    let other_id = app
        .db()
        .add_workshop(other_org, &other, None, NOW)
        .await
        .unwrap();

    let page = app
        .get_as(Some(&epn), "/fr/bo/activity?done=workshop-saved")
        .await;
    assert!(page.body.contains("L’atelier est enregistré."));
    assert!(page.body.contains("<td>Mes premiers e-mails</td>"));
    assert!(page.body.contains("<td>Atelier collectif</td>"), "the kind");
    assert!(!page.body.contains("Atelier d’ailleurs"));
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let all = app
        .get_as(Some(&coord), "/fr/bo/activity?kind=workshop")
        .await;
    assert!(
        all.body.contains("2 fiches, les plus récentes d’abord"),
        "the coordination reads all"
    );

    // Deleting: their own, yes; another organisation's, 404.
    let gone = app
        .post_form(
            Some(&epn),
            &format!("/fr/bo/activity/workshops/{other_id}/delete"),
            &[],
        )
        .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    let mine = app
        .post_form(
            Some(&epn),
            &format!("/fr/bo/activity/workshops/{}/delete", list[0].id),
            &[],
        )
        .await;
    assert_eq!(mine.status, StatusCode::SEE_OTHER);
    assert_eq!(app.db().workshops(Some(&[org]), 10, 0).await.unwrap().1, 0);

    // A workshop of a closed month stays: an explained 409, no delete button.
    let mut old = list[0].workshop.clone();
    old.date = NaiveDate::parse_from_str("2026-10-05", "%Y-%m-%d").unwrap();
    let closed = app.db().add_workshop(org, &old, None, NOW).await.unwrap();
    let del = app
        .post_form(
            Some(&epn),
            &format!("/en/bo/activity/workshops/{closed}/delete"),
            &[],
        )
        .await;
    assert_eq!(del.status, StatusCode::CONFLICT);
    assert!(del.body.contains("This month is closed"));
    assert!(del.body.contains("10 November 2026"), "says until when");
    assert!(app.db().workshop(closed).await.unwrap().is_some());
    let page = app.get_as(Some(&epn), "/en/bo/activity").await;
    assert!(!page.body.contains(&format!("workshops/{closed}/delete")));
    assert!(page.body.contains("Month closed"));
}

#[tokio::test]
async fn a_workshop_can_start_from_a_session_held_at_the_place_in_the_last_60_days() {
    use crate::helpers::sessions::{DAY, Spec, publish};
    let app = TestApp::demo().await;
    let (_, org) = place(&app, "Jardinier");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let held = publish(
        &app,
        "Jardinier",
        Spec {
            title: "Atelier tablette",
            starts_at: NOW - 5 * DAY,
            ..Spec::default()
        },
    )
    .await;
    let too_old = publish(
        &app,
        "Jardinier",
        Spec {
            title: "Atelier trop ancien",
            starts_at: NOW - 70 * DAY,
            ..Spec::default()
        },
    )
    .await;
    let elsewhere = publish(
        &app,
        "Uccle",
        Spec {
            title: "Atelier d’un autre EPN",
            starts_at: NOW - 5 * DAY,
            ..Spec::default()
        },
    )
    .await;
    for name in ["Amina", "Bruno", "Chloé"] {
        let nb = store::sessions::NewBooking {
            session_id: held,
            person_name: name.into(),
            lang: "fr".into(),
            consent_text: "oui".into(),
            ..Default::default()
        };
        app.db().book_seat(&nb, NOW - 6 * DAY).await.unwrap();
    }

    let form = app
        .get_as(Some(&epn), "/fr/bo/activity/workshops/new")
        .await;
    assert!(form.body.contains(&format!(r#"<option value="{held}""#)));
    assert!(!form.body.contains(&format!(r#"<option value="{too_old}""#)));
    assert!(
        !form
            .body
            .contains(&format!(r#"<option value="{elsewhere}""#))
    );

    let filled = app
        .get_as(
            Some(&epn),
            &format!("/fr/bo/activity/workshops/new?session={held}"),
        )
        .await;
    assert_eq!(filled.status, StatusCode::OK);
    for v in [
        r#"name="title" type="text" value="Atelier tablette""#,
        r#"name="minutes" type="number" value="120""#,
        r#"name="participants" type="number" value="3""#,
        r#"id="level-beginner" name="level" value="beginner" checked"#,
    ] {
        assert!(filled.body.contains(v), "{v}");
    }
    assert!(
        filled.body.contains(r#"value="2026-11-21""#),
        "the session's day"
    );
    // Another EPN's session is not offered, even by its id.
    let theirs = app
        .get_as(
            Some(&epn),
            &format!("/fr/bo/activity/workshops/new?session={elsewhere}"),
        )
        .await;
    assert!(!theirs.body.contains("Atelier d’un autre EPN"));

    // Saved with the link to the session; another EPN's session is refused.
    let (place_id, _) = place(&app, "Jardinier");
    let place_s = place_id.to_string();
    let mut fields: Vec<(&str, String)> = vec![
        ("place", place_s.clone()),
        ("session", elsewhere.to_string()),
        ("title", "Atelier tablette".into()),
        ("date", "2026-11-21".into()),
        ("minutes", "120".into()),
        ("level", "beginner".into()),
        ("themes", "device-basics".into()),
        ("participants", "2".into()),
    ];
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = app
        .post_form(Some(&epn), "/fr/bo/activity/workshops", &refs)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(r##"href="#session""##));
    fields[1].1 = held.to_string();
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let ok = app
        .post_form(Some(&epn), "/fr/bo/activity/workshops", &refs)
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let (list, _) = app.db().workshops(Some(&[org]), 10, 0).await.unwrap();
    assert_eq!(list[0].workshop.session_id, Some(held));
    assert_eq!(
        list[0].workshop.participants, 2,
        "the count typed, not the bookings"
    );
}
