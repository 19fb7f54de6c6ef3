//! Editing places in the back office: publishing, proposals and moderation,
//! the opening-hours editor, validation, scope, the audit log and the list.

use axum::http::StatusCode;
use domain::account::Role;
use store::editing::{EditablePlace, ProposalFilter, ProposalStatus};
use store::testing::NOW;

use crate::helpers::{TestApp, place_form, post_fields, set_field};

/// The demo place whose name contains `part`, as the edit form reads it.
async fn place(app: &TestApp, part: &str) -> EditablePlace {
    let id = app
        .db()
        .load_places()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.name.contains(part))
        .unwrap_or_else(|| panic!("no place {part}"))
        .id;
    app.db().editable_place(id).await.unwrap().unwrap()
}

#[tokio::test]
async fn a_coordinators_edit_is_published_at_once_and_audited() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let p = place(&app, "Koekeltech").await;
    let uri = format!("/en/bo/places/{}", p.id);

    let page = app.get_as(Some(&coord), &uri).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("EPN Koekeltech"));
    assert!(page.body.contains("id=\"hours-editor\""));
    assert!(page.body.contains("/static/hours.js"));

    let mut form = place_form(&p);
    set_field(&mut form, "phone", "02 555 01 02");
    set_field(&mut form, "services", "printing");
    let res = post_fields(&app, &coord, &uri, &form).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.header("location"), format!("{uri}?done=published"));

    let public = app.get(&format!("/en/places/{}", p.id)).await;
    assert!(
        public.body.contains("02 555 01 02"),
        "the public page shows the new phone at once"
    );

    let log = app
        .db()
        .audit_log(&store::audit::AuditFilter {
            place_id: Some(p.id),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log[0].action, "place.update");
    assert_eq!(log[0].user_id, Some(coord.user_id));
    assert_eq!(log[0].before().unwrap()["phone"], serde_json::Value::Null);
    assert_eq!(log[0].after().unwrap()["phone"], "02 555 01 02");

    let history = app.get_as(Some(&coord), &format!("{uri}/history")).await;
    assert_eq!(history.status, StatusCode::OK);
    assert!(history.body.contains("Place changed"));
    assert!(history.body.contains("02 555 01 02"));
    // The vocabulary code is shown as its label, and the time with its zone.
    assert!(history.body.contains("Printing and scanning"));
    assert!(history.body.contains(" CET") || history.body.contains(" CEST"));
    let global = app
        .get_as(Some(&coord), "/en/bo/audit?action=place.update")
        .await;
    assert_eq!(global.status, StatusCode::OK);
    assert!(global.body.contains("EPN Koekeltech"));
}

#[tokio::test]
async fn an_untrusted_managers_edit_waits_for_the_coordination() {
    let app = TestApp::demo().await;
    let p = place(&app, "Koekeltech").await;
    let org = p.record.organisation_id;
    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let uri = format!("/en/bo/places/{}", p.id);

    let mut form = place_form(&p);
    set_field(&mut form, "phone", "02 555 09 09");
    let res = post_fields(&app, &manager, &uri, &form).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.header("location"), format!("{uri}?done=sent"));
    let notice = app.get_as(Some(&manager), res.header("location")).await;
    assert!(notice.body.contains("Sent to the coordination"));

    // Not published yet.
    let public = app.get(&format!("/en/places/{}", p.id)).await;
    assert!(!public.body.contains("02 555 09 09"));
    let mine = app.get_as(Some(&manager), "/en/bo/places").await;
    assert!(mine.body.contains("Waiting for the coordination"));

    let queue = app.get_as(Some(&coord), "/en/bo/proposals").await;
    assert!(queue.body.contains("EPN Koekeltech"));
    let pending = app
        .db()
        .list_proposals(&ProposalFilter {
            status: Some(ProposalStatus::Pending),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(pending.len(), 1);
    let detail = app
        .get_as(Some(&coord), &format!("/en/bo/proposals/{}", pending[0].id))
        .await;
    assert_eq!(detail.status, StatusCode::OK);
    assert!(detail.body.contains("<th scope=\"row\">Phone</th>"));
    assert!(detail.body.contains("02 555 09 09"));
    assert!(
        !detail.body.contains("<th scope=\"row\">Name</th>"),
        "only changed fields"
    );

    let res = app
        .post_form(
            Some(&coord),
            &format!("/en/bo/proposals/{}/accept", pending[0].id),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let public = app.get(&format!("/en/places/{}", p.id)).await;
    assert!(
        public.body.contains("02 555 09 09"),
        "published once accepted"
    );
    let mine = app.get_as(Some(&manager), "/en/bo/places").await;
    assert!(mine.body.contains("Accepted and published"));
    // The author is told, with a link to the public page.
    let mails = app.mails();
    let mail = crate::helpers::decoded_mail(mails.last().expect("an e-mail to the author"));
    let author = app.db().user_by_id(manager.user_id).await.unwrap().unwrap();
    assert!(mail.contains(&format!("To: {}", author.email)), "{mail}");
    assert!(mail.contains(&format!("/places/{}", p.id)), "{mail}");
}

#[tokio::test]
async fn a_trusted_organisation_publishes_directly() {
    let app = TestApp::demo().await;
    let p = place(&app, "Koekeltech").await;
    let org = p.record.organisation_id;
    app.db()
        .set_organisation_trusted(org, true, None, NOW)
        .await
        .unwrap();
    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    let uri = format!("/en/bo/places/{}", p.id);
    let mut form = place_form(&p);
    set_field(&mut form, "email", "epn@koekeltech.example.org");
    let res = post_fields(&app, &manager, &uri, &form).await;
    assert_eq!(res.header("location"), format!("{uri}?done=published"));
    let public = app.get(&format!("/en/places/{}", p.id)).await;
    assert!(public.body.contains("epn@koekeltech.example.org"));
    assert!(
        app.db()
            .list_proposals(&ProposalFilter::default())
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn managers_of_other_organisations_and_referrers_are_refused() {
    let app = TestApp::demo().await;
    let mine = place(&app, "Koekeltech").await;
    let theirs = place(&app, "Scheut").await;
    let manager = app
        .sign_in(Role::EpnManager, &[mine.record.organisation_id])
        .await;
    let uri = format!("/en/bo/places/{}", theirs.id);
    assert_eq!(
        app.get_as(Some(&manager), &uri).await.status,
        StatusCode::FORBIDDEN
    );
    let mut form = place_form(&theirs);
    set_field(&mut form, "phone", "02 111 11 11");
    assert_eq!(
        post_fields(&app, &manager, &uri, &form).await.status,
        StatusCode::FORBIDDEN
    );
    let history = app.get_as(Some(&manager), &format!("{uri}/history")).await;
    assert_eq!(history.status, StatusCode::FORBIDDEN);
    // Moving one's own place to another organisation is refused too.
    let mut form = place_form(&mine);
    set_field(
        &mut form,
        "organisation",
        &theirs.record.organisation_id.to_string(),
    );
    let res = post_fields(&app, &manager, &format!("/en/bo/places/{}", mine.id), &form).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Their list shows their places only.
    let list = app.get_as(Some(&manager), "/en/bo/places").await;
    assert!(list.body.contains("EPN Koekeltech"));
    assert!(!list.body.contains("EPN Scheut"));
    assert!(
        app.db()
            .list_proposals(&ProposalFilter::default())
            .await
            .unwrap()
            .is_empty()
    );

    let referrer = app
        .sign_in(Role::Referrer, &[mine.record.organisation_id])
        .await;
    let uri = format!("/en/bo/places/{}", mine.id);
    assert_eq!(
        app.get_as(Some(&referrer), &uri).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        post_fields(&app, &referrer, &uri, &place_form(&mine))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_as(Some(&manager), "/en/bo/proposals").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.db()
            .editable_place(theirs.id)
            .await
            .unwrap()
            .unwrap()
            .record,
        theirs.record
    );
}

#[tokio::test]
async fn invalid_values_are_explained_and_everything_typed_is_kept() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    // The seed's Sapiens has postcode 1180, which is not Saint-Josse's.
    let p = place(&app, "Sapiens").await;
    let uri = format!("/en/bo/places/{}", p.id);
    let mut form = place_form(&p);
    set_field(&mut form, "name", "EPN Sapiens – nouveau nom");
    set_field(&mut form, "opening_hours", "lundi 9h-12h");
    set_field(&mut form, "lat", "95");
    set_field(&mut form, "lon", "4.37");
    set_field(&mut form, "email", "not an address");
    set_field(&mut form, "website", "www.sapiens.be");
    let res = post_fields(&app, &coord, &uri, &form).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let b = &res.body;
    assert!(b.contains("class=\"error-summary\""));
    for field in ["postcode", "opening_hours", "lat", "email", "website"] {
        assert!(
            b.contains(&format!("href=\"#{field}\"")),
            "summary links to {field}"
        );
        assert!(
            b.contains(&format!("id=\"{field}-error\"")),
            "message at {field}"
        );
    }
    assert!(b.contains(
        "The postcode 1180 is not in Saint-Josse-ten-Noode. 1180 is the postcode of Uccle."
    ));
    assert!(b.contains("We cannot read these opening hours"));
    assert!(b.contains("between -90 and 90"));
    // What was typed is still there.
    assert!(b.contains("value=\"lundi 9h-12h\""));
    assert!(b.contains("value=\"95\""));
    assert!(b.contains("value=\"not an address\""));
    assert!(b.contains("EPN Sapiens – nouveau nom"));
    assert_eq!(
        app.db().editable_place(p.id).await.unwrap().unwrap().record,
        p.record
    );

    // Corrected, it saves.
    set_field(&mut form, "postcode", "1210");
    set_field(&mut form, "opening_hours", "Mo-Fr 09:00-17:00; PH off");
    set_field(&mut form, "lat", "50.853");
    set_field(&mut form, "email", "sapiens@example.org");
    set_field(&mut form, "website", "https://www.sapiens.example.org");
    let res = post_fields(&app, &coord, &uri, &form).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let saved = app.db().editable_place(p.id).await.unwrap().unwrap().record;
    assert_eq!(saved.postcode.as_deref(), Some("1210"));
    assert_eq!(
        saved.opening_hours.as_deref(),
        Some("Mo-Fr 09:00-17:00; PH off")
    );
    assert_eq!(saved.lat, Some(50.853));
}

fn grid(form: &mut Vec<(String, String)>, day: &str, slot: u8, from: &str, to: &str) {
    set_field(form, &format!("grid-{day}-{slot}-from"), from);
    set_field(form, &format!("grid-{day}-{slot}-to"), to);
}

#[tokio::test]
async fn the_weekly_grid_becomes_opening_hours_and_exceptions_are_kept() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let p = place(&app, "Koekeltech").await;
    let uri = format!("/en/bo/places/{}", p.id);
    let mut form = place_form(&p);
    set_field(&mut form, "grid_on", "1");
    for d in ["mo", "tu", "we", "th", "fr"] {
        grid(&mut form, d, 1, "09:00", "12:00");
        grid(&mut form, d, 2, "13:00", "17:00");
    }
    grid(&mut form, "sa", 1, "10:00", "12:00");

    // "Check" shows the week without saving, with the text the grid gives.
    set_field(&mut form, "action", "check");
    let res = post_fields(&app, &coord, &uri, &form).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("These opening hours are correct."));
    assert!(
        res.body
            .contains("value=\"Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00\"")
    );
    assert!(res.body.contains("13:00–17:00"));
    assert_eq!(
        app.db()
            .editable_place(p.id)
            .await
            .unwrap()
            .unwrap()
            .record
            .opening_hours,
        None
    );

    set_field(&mut form, "action", "save");
    let res = post_fields(&app, &coord, &uri, &form).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let saved = app.db().editable_place(p.id).await.unwrap().unwrap();
    assert_eq!(
        saved.record.opening_hours.as_deref(),
        Some("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00")
    );

    // Text with an exception: the grid is disabled, the text is kept as written.
    let mut form = place_form(&saved);
    set_field(&mut form, "opening_hours", "Mo-Fr 09:00-12:00; Aug off");
    set_field(&mut form, "grid_on", "1");
    grid(&mut form, "mo", 1, "09:00", "12:00");
    let res = post_fields(&app, &coord, &uri, &form).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let saved = app.db().editable_place(p.id).await.unwrap().unwrap();
    assert_eq!(
        saved.record.opening_hours.as_deref(),
        Some("Mo-Fr 09:00-12:00; Aug off")
    );
    let page = app.get_as(Some(&coord), &uri).await;
    assert!(page.body.contains("id=\"hours-grid\" disabled"));

    // A grid mistake is reported at its field, with the day.
    let mut form = place_form(&p);
    set_field(&mut form, "grid_on", "1");
    grid(&mut form, "tu", 1, "12:00", "09:00");
    let res = post_fields(&app, &coord, &uri, &form).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("href=\"#grid-tu-1-from\""));
    assert!(
        res.body
            .contains("Tuesday, first opening: the end must be after the start.")
    );
    assert!(res.body.contains("value=\"12:00\""));
}

#[tokio::test]
async fn the_preview_endpoint_checks_hours_for_the_script() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let ok = app
        .get_as(Some(&coord), "/en/bo/hours/preview?oh=Mo-Fr%2009:00-17:00")
        .await;
    assert_eq!(ok.status, StatusCode::OK);
    assert!(ok.body.contains("data-valid=\"true\""));
    assert!(ok.body.contains("data-grid=\"09:00-17:00,-|"));
    let bad = app
        .get_as(Some(&coord), "/en/bo/hours/preview?oh=lundi")
        .await;
    assert!(bad.body.contains("data-valid=\"false\""));
    assert!(bad.body.contains("We cannot read these opening hours"));
    let from_grid = app
        .get_as(
            Some(&coord),
            "/en/bo/hours/preview?from=grid&grid-sa-1-from=10:00&grid-sa-1-to=12:00",
        )
        .await;
    assert!(from_grid.body.contains("data-oh=\"Sa 10:00-12:00\""));
    let js = app.get("/static/hours.js").await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(js.header("content-type").starts_with("text/javascript"));
    let referrer = app.sign_in(Role::Referrer, &[1]).await;
    let denied = app
        .get_as(Some(&referrer), "/en/bo/hours/preview?oh=24/7")
        .await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_proposal_is_rejected_with_a_reason() {
    let app = TestApp::demo().await;
    let p = place(&app, "Koekeltech").await;
    let manager = app
        .sign_in(Role::EpnManager, &[p.record.organisation_id])
        .await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let mut form = place_form(&p);
    set_field(&mut form, "description", "Ouvert à tous.");
    post_fields(&app, &manager, &format!("/en/bo/places/{}", p.id), &form).await;
    let pid = app
        .db()
        .list_proposals(&ProposalFilter::default())
        .await
        .unwrap()[0]
        .id;
    let uri = format!("/en/bo/proposals/{pid}/reject");

    let res = app.post_form(Some(&coord), &uri, &[("reason", "  ")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("href=\"#reason\""));
    let res = app
        .post_form(
            Some(&coord),
            &uri,
            &[("reason", "Please write it in Dutch too.")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let prop = app.db().proposal(pid).await.unwrap().unwrap();
    assert_eq!(prop.status, ProposalStatus::Rejected);
    assert_eq!(
        prop.reason.as_deref(),
        Some("Please write it in Dutch too.")
    );
    assert_eq!(
        app.db().editable_place(p.id).await.unwrap().unwrap().record,
        p.record
    );
    let mine = app.get_as(Some(&manager), "/en/bo/places").await;
    assert!(
        mine.body
            .contains("Rejected: Please write it in Dutch too.")
    );
    // The author gets the reason by e-mail, with a link to correct and send again.
    let mails = app.mails();
    let mail = crate::helpers::decoded_mail(mails.last().expect("an e-mail to the author"));
    assert!(mail.contains("Please write it in Dutch too."), "{mail}");
    assert!(mail.contains(&format!("/bo/places/{}", p.id)), "{mail}");
    // Decided: it cannot be accepted nor rejected any more, and the page
    // shows it decided, without the decision forms.
    let res = app
        .post_form(Some(&coord), &format!("/en/bo/proposals/{pid}/accept"), &[])
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    let res = app
        .post_form(Some(&coord), &uri, &[("reason", "Twice.")])
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(
        !res.body
            .contains(&format!("action=\"/en/bo/proposals/{pid}/reject\""))
    );
    assert!(
        !res.body
            .contains(&format!("action=\"/en/bo/proposals/{pid}/accept\""))
    );
}

#[tokio::test]
async fn a_proposal_is_not_accepted_over_a_later_change() {
    let app = TestApp::demo().await;
    let p = place(&app, "Koekeltech").await;
    let manager = app
        .sign_in(Role::EpnManager, &[p.record.organisation_id])
        .await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let uri = format!("/en/bo/places/{}", p.id);
    let mut form = place_form(&p);
    set_field(&mut form, "tablets", "4");
    post_fields(&app, &manager, &uri, &form).await;
    let mut form = place_form(&p);
    set_field(&mut form, "computers", "12");
    post_fields(&app, &coord, &uri, &form).await;
    let pid = app
        .db()
        .list_proposals(&ProposalFilter::default())
        .await
        .unwrap()[0]
        .id;
    let detail = app
        .get_as(Some(&coord), &format!("/en/bo/proposals/{pid}"))
        .await;
    assert!(
        detail
            .body
            .contains("The place was changed after this proposal was sent.")
    );
    let res = app
        .post_form(Some(&coord), &format!("/en/bo/proposals/{pid}/accept"), &[])
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains("Not accepted: the place was changed"));
    let now = app.db().editable_place(p.id).await.unwrap().unwrap().record;
    assert_eq!((now.computers, now.tablets), (Some(12), None));
}

#[tokio::test]
async fn new_places_are_created_or_proposed() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let org = place(&app, "Koekeltech").await.record.organisation_id;
    let org_s = org.to_string();
    let fields = [
        ("organisation", org_s.as_str()),
        ("kind", "epn"),
        ("name", "EPN du Canal"),
        ("postcode", "1081"),
        ("commune", "21011"),
        ("opening_hours", "Tu,Th 14:00-17:00"),
        ("hours_shown", ""),
        ("services", "printing"),
        ("action", "save"),
    ];
    let res = app
        .post_form(Some(&coord), "/en/bo/places/new", &fields)
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let location = res.header("location").to_owned();
    assert!(location.ends_with("?done=created"));
    let search = app.get("/en/search?q=canal").await;
    assert!(search.body.contains("EPN du Canal"));

    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    let mut fields = fields.to_vec();
    fields[2] = ("name", "EPN du Canal 2");
    let res = app
        .post_form(Some(&manager), "/en/bo/places/new", &fields)
        .await;
    assert_eq!(res.header("location"), "/en/bo/places?done=sent");
    let props = app
        .db()
        .list_proposals(&ProposalFilter::default())
        .await
        .unwrap();
    assert_eq!(props.len(), 1);
    assert_eq!(props[0].place_id, None);
    assert!(
        !app.get("/en/search?q=canal")
            .await
            .body
            .contains("EPN du Canal 2")
    );
    let res = app
        .post_form(
            Some(&coord),
            &format!("/en/bo/proposals/{}/accept", props[0].id),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(
        app.get("/en/search?q=canal")
            .await
            .body
            .contains("EPN du Canal 2")
    );
}

#[tokio::test]
async fn the_directory_list_filters_sorts_and_downloads_what_it_shows() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let all = app.get_as(Some(&coord), "/en/bo/places").await;
    assert_eq!(all.status, StatusCode::OK);
    let total = app.db().directory_stamp().await.unwrap().0;
    assert!(all.body.contains(&format!("{total} places")));

    let filtered = app
        .get_as(
            Some(&coord),
            "/en/bo/places?commune=21001&label=labelled&sort=-name",
        )
        .await;
    assert!(filtered.body.contains("EPN Scheut"));
    assert!(!filtered.body.contains("EPN Koekeltech"));
    assert!(filtered.body.contains("aria-sort=\"descending\""));

    let csv = app
        .get_as(
            Some(&coord),
            "/en/bo/places?commune=21001&label=labelled&format=csv",
        )
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.header("content-disposition").contains("attachment"));
    let lines: Vec<&str> = csv.body.trim_end().lines().collect();
    assert!(lines[0].contains("id,name,organisation"));
    assert!(lines.len() >= 2);
    assert!(
        lines[1..].iter().all(|l| l.contains("Anderlecht")),
        "{lines:?}"
    );
    assert!(lines.iter().any(|l| l.contains("EPN Scheut")));

    let text = app
        .get_as(Some(&coord), "/en/bo/places?q=koekel&format=csv")
        .await;
    assert_eq!(text.body.trim_end().lines().count(), 2);

    // Nothing in the demo is older than 12 months.
    let stale = app.get_as(Some(&coord), "/en/bo/places?stale=1").await;
    assert!(stale.body.contains("No place"));
}

#[tokio::test]
async fn a_manager_confirms_that_everything_is_still_correct() {
    let app = TestApp::demo().await;
    let p = place(&app, "Koekeltech").await;
    let manager = app
        .sign_in(Role::EpnManager, &[p.record.organisation_id])
        .await;
    let page = app
        .get_as(Some(&manager), &format!("/en/bo/places/{}", p.id))
        .await;
    assert!(
        page.body
            .contains(&format!("action=\"/en/bo/places/{}/confirm\"", p.id))
    );

    // Someone else's place: refused, nothing recorded.
    let other = app
        .sign_in(Role::EpnManager, &[p.record.organisation_id + 1])
        .await;
    let res = app
        .post_form(
            Some(&other),
            &format!("/en/bo/places/{}/confirm", p.id),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);

    let res = app
        .post_form(
            Some(&manager),
            &format!("/en/bo/places/{}/confirm", p.id),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        res.header("location"),
        format!("/en/bo/places/{}?done=confirmed", p.id)
    );
    // The data is the same, the date of the last check is today, no proposal.
    assert_eq!(
        app.db().editable_place(p.id).await.unwrap().unwrap().record,
        p.record
    );
    let after = app.db().load_places().await.unwrap();
    let updated_after = after
        .iter()
        .find(|x| x.id == p.id)
        .unwrap()
        .updated_on
        .clone();
    assert_eq!(
        updated_after,
        crate::helpers::fixed_now().date_naive().to_string()
    );
    assert!(
        app.db()
            .list_proposals(&ProposalFilter::default())
            .await
            .unwrap()
            .is_empty()
    );
    let log = app
        .db()
        .audit_log(&store::audit::AuditFilter {
            place_id: Some(p.id),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log[0].action, "place.confirm");
    assert_eq!(log[0].user_id, Some(manager.user_id));
    let (was, now) = (log[0].before().unwrap(), log[0].after().unwrap());
    assert!(
        now["updated_at"].as_i64() > was["updated_at"].as_i64(),
        "{was} → {now}"
    );
    let history = app
        .get_as(Some(&manager), &format!("/en/bo/places/{}/history", p.id))
        .await;
    assert!(history.body.contains("Checked: still correct"));
}

#[tokio::test]
async fn the_audit_log_goes_page_by_page_keeping_its_filter() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    // More entries than one page holds (50).
    for n in 0..60 {
        let note = format!("entry {n}");
        app.db()
            .audit(
                &store::audit::NewAudit {
                    action: "organisation.trust",
                    entity: "organisation",
                    note: Some(&note),
                    ..Default::default()
                },
                NOW,
            )
            .await
            .unwrap();
    }
    let first = app.get_as(Some(&coord), "/en/bo/audit").await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(
        first.body.contains("href=\"/en/bo/audit?page=2\""),
        "{}",
        first.body
    );
    assert!(!first.body.contains("rel=\"prev\""));
    let second = app.get_as(Some(&coord), "/en/bo/audit?page=2").await;
    assert!(second.body.contains("href=\"/en/bo/audit?page=1\""));
    // A filter is kept from page to page; a list of one page has no links.
    let filtered = app
        .get_as(Some(&coord), "/en/bo/audit?action=place.update")
        .await;
    assert!(!filtered.body.contains("rel=\"next\""), "{}", filtered.body);
}
