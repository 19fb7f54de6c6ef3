//! Referrals over HTTP: a referrer sends one (with a diagnostic), sees it in
//! their structure's dashboard and nowhere else; the receiving EPN sees only
//! what it needs, accepts or refuses; another EPN gets 403; reading a
//! person's record from another structure is in the audit log; the daily
//! job reminds, expires and anonymises; export and erasure on request.

use axum::http::StatusCode;
use domain::account::Role;
use store::audit::AuditFilter;

use crate::helpers::{Browser, TestApp};

/// Louis "le novice": a smartphone, e-mail with help, no forms, weak skills, motivated.
const DIAG: &str = "equipment=smartphone&internet=phone&email=help&online-form=no&information=1\
&communication=1&content-creation=0&safety=0&problem-solving=0&motivation=3&barriers=reading&knows-help=no";

struct World {
    app: TestApp,
    place: i64,
    epn_org: i64,
    cpas: i64,
    referrer: Browser,
    epn: Browser,
}

async fn world() -> World {
    let app = TestApp::demo().await;
    let place = app.state.directory().place_at(0).clone();
    let orgs = app.db().list_organisations().await.unwrap();
    let cpas = orgs.iter().find(|o| o.kind == "cpas").unwrap().id;
    let referrer = app.sign_in(Role::Referrer, &[cpas]).await;
    let epn = app
        .sign_in(Role::EpnManager, &[place.organisation_id])
        .await;
    World {
        place: place.id,
        epn_org: place.organisation_id,
        cpas,
        referrer,
        epn,
        app,
    }
}

async fn send(w: &World, extra: &[(&str, &str)]) -> i64 {
    let target = format!("place:{}", w.place);
    let mut fields = vec![
        ("target", target.as_str()),
        ("person_name", "Louis"),
        ("lang", "fr"),
        ("needs", "communication"),
        ("needs", "online-procedures"),
        ("contact_way", "phone"),
        ("contact_value", "0470 12 34 56"),
        ("consent", "true"),
    ];
    fields.extend_from_slice(extra);
    let res = w
        .app
        .post_form(Some(&w.referrer), "/fr/bo/referrals", &fields)
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let loc = res.header("location");
    loc.trim_start_matches("/fr/bo/referrals/")
        .trim_end_matches("?sent=1")
        .parse()
        .unwrap_or_else(|_| panic!("{loc}"))
}

async fn views(w: &World, referral: i64) -> Vec<i64> {
    w.app
        .db()
        .audit_log(&AuditFilter {
            action: Some("person.view".into()),
            limit: 100,
            ..Default::default()
        })
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.entity_id == Some(referral))
        .filter_map(|e| e.user_id)
        .collect()
}

#[tokio::test]
async fn a_referrer_sends_a_referral_and_sees_it_in_their_dashboard_only() {
    let w = world().await;
    let id = send(&w, &[]).await;
    let page = w
        .app
        .get_as(Some(&w.referrer), &format!("/fr/bo/referrals/{id}?sent=1"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Louis") && page.body.contains("0470 12 34 56"));
    assert!(
        page.body.contains("Envoyée, en attente de réponse"),
        "{}",
        page.body
    );
    // The referring structure reading its own referral is not an outside access.
    assert!(views(&w, id).await.is_empty());

    let dash = w.app.get_as(Some(&w.referrer), "/fr/bo/referrals").await;
    assert!(
        dash.body.contains("my-referrals") && dash.body.contains("Louis"),
        "{}",
        dash.body
    );

    // A referrer of another structure sees neither the list entry nor the page.
    let other_org = w
        .app
        .db()
        .list_organisations()
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.id != w.cpas && o.id != w.epn_org)
        .unwrap()
        .id;
    let stranger = w.app.sign_in(Role::Referrer, &[other_org]).await;
    let dash = w.app.get_as(Some(&stranger), "/fr/bo/referrals").await;
    assert!(!dash.body.contains("Louis"));
    let page = w
        .app
        .get_as(Some(&stranger), &format!("/fr/bo/referrals/{id}"))
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(!page.body.contains("Louis"));

    // The receiving EPN's managers were told, without the person's name.
    let mails = w.app.mails();
    assert_eq!(mails.len(), 1, "{mails:?}");
    let mail = crate::helpers::decoded_mail(&mails[0]);
    assert!(
        mail.contains(&format!("/bo/referrals/{id}")) && !mail.contains("Louis"),
        "{mail}"
    );
}

#[tokio::test]
async fn the_receiving_epn_sees_what_it_needs_accepts_and_its_reading_is_audited() {
    let w = world().await;
    let id = send(&w, &[("diag", DIAG)]).await;
    let stored = w.app.db().referral(id).await.unwrap().unwrap();
    let diag = stored.diagnostic().unwrap();
    assert_eq!(diag["profile"]["persona"], "novice");
    assert_eq!(diag["answers"]["motivation"], 3);
    assert!(!stored.share_diagnostic);

    let dash = w.app.get_as(Some(&w.epn), "/fr/bo/referrals").await;
    assert_eq!(dash.status, StatusCode::OK);
    assert!(dash.body.contains("referrals-to-me") && dash.body.contains("Louis"));
    assert!(
        dash.body.contains("epn-sessions"),
        "the EPN dashboard shows its sessions"
    );

    let page = w
        .app
        .get_as(Some(&w.epn), &format!("/fr/bo/referrals/{id}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Louis") && page.body.contains("0470 12 34 56"));
    // The diagnostic was not shared: its result is not shown, only that it exists.
    assert!(page.body.contains("n'a pas accepté de le partager"));
    assert!(!page.body.contains("Vous débutez") && !page.body.contains(&stored.consent_text));
    assert_eq!(views(&w, id).await, vec![w.epn.user_id]);

    // A refusal without a reason is refused; accepting works.
    let res = w
        .app
        .post_form(
            Some(&w.epn),
            &format!("/fr/bo/referrals/{id}/step"),
            &[("step", "refuse"), ("note", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = w
        .app
        .post_form(
            Some(&w.epn),
            &format!("/fr/bo/referrals/{id}/step"),
            &[("step", "accept")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        w.app.db().referral(id).await.unwrap().unwrap().state,
        domain::referral::ReferralState::Accepted
    );
    // The referrer may not accept in the EPN's place; both see the history.
    let res = w
        .app
        .post_form(
            Some(&w.referrer),
            &format!("/fr/bo/referrals/{id}/step"),
            &[("step", "first_visit")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = w
        .app
        .get_as(Some(&w.referrer), &format!("/fr/bo/referrals/{id}"))
        .await;
    assert!(page.body.contains("Accepter") || page.body.contains("Acceptée"));
    assert!(
        page.body.contains("Lieu qui accueille"),
        "history shows the EPN's step"
    );
    let mails = w.app.mails();
    assert!(
        mails
            .iter()
            .any(|m| crate::helpers::decoded_mail(m).contains("a accepté votre orientation")),
        "{mails:?}"
    );
}

#[tokio::test]
async fn the_diagnostic_is_shown_to_the_epn_only_when_shared_and_prefills_needs() {
    let w = world().await;
    let form = w
        .app
        .get_as(
            Some(&w.referrer),
            &format!(
                "/fr/bo/referrals/new?place={}&diag={}",
                w.place,
                urlencode(DIAG)
            ),
        )
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("share_diagnostic"));
    // Gaps and the inability to fill in forms are ticked already.
    for need in ["safety", "online-procedures", "first-steps"] {
        assert!(
            form.body.contains(&format!(r#"value="{need}" checked"#)),
            "{need} pre-ticked"
        );
    }
    let id = send(&w, &[("diag", DIAG), ("share_diagnostic", "true")]).await;
    let page = w
        .app
        .get_as(Some(&w.epn), &format!("/fr/bo/referrals/{id}"))
        .await;
    assert!(
        page.body.contains("Vous débutez"),
        "persona shown when shared"
    );
}

fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[tokio::test]
async fn another_epn_gets_403_and_errors_keep_what_was_typed() {
    let w = world().await;
    let id = send(&w, &[]).await;
    let other = w
        .app
        .db()
        .list_organisations()
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.id != w.epn_org && o.kind != "cpas")
        .unwrap()
        .id;
    let stranger = w.app.sign_in(Role::EpnManager, &[other]).await;
    let page = w
        .app
        .get_as(Some(&stranger), &format!("/fr/bo/referrals/{id}"))
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let res = w
        .app
        .post_form(
            Some(&stranger),
            &format!("/fr/bo/referrals/{id}/step"),
            &[("step", "accept")],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(
        w.app.db().referral(id).await.unwrap().unwrap().state,
        domain::referral::ReferralState::Sent
    );
    assert!(
        views(&w, id).await.is_empty(),
        "a refused access reads nothing"
    );
    let dash = w.app.get_as(Some(&stranger), "/fr/bo/referrals").await;
    assert!(!dash.body.contains("Louis"));

    // No consent, a bad phone: 422, the name typed is kept, nothing stored.
    let target = format!("place:{}", w.place);
    let res = w
        .app
        .post_form(
            Some(&w.referrer),
            "/fr/bo/referrals",
            &[
                ("target", &target),
                ("person_name", "Anne"),
                ("contact_way", "phone"),
                ("contact_value", "12"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(r#"value="Anne""#));
    assert!(res.body.contains("href=\"#consent\"") && res.body.contains("href=\"#contact_value\""));
    assert!(res.body.contains("href=\"#needs\""));
    let all = w
        .app
        .db()
        .list_referrals(store::referrals::Scope::All)
        .await
        .unwrap();
    assert_eq!(all.len(), 1);
}

#[tokio::test]
async fn the_daily_job_reminds_expires_and_the_coordination_exports_and_erases() {
    let w = world().await;
    let db = w.app.db();
    let now = w.app.state.now().timestamp();
    let day = 86_400;
    // Sent 12 days ago (reminder due), 15 days ago (expired), a year and a half ago closed.
    let new = |name: &str| store::referrals::NewReferral {
        from_organisation_id: w.cpas,
        created_by: w.referrer.user_id,
        place_id: Some(w.place),
        session_id: None,
        to_organisation_id: w.epn_org,
        person_name: name.into(),
        contact_way: domain::referral::ContactWay::ThroughReferrer,
        contact_value: None,
        lang: "fr".into(),
        needs: vec!["equipment".into()],
        needs_note: None,
        diagnostic_json: None,
        share_diagnostic: false,
        consent_text: "Accord.".into(),
        consent_at: now,
    };
    let remind = db
        .create_referral(&new("Anne"), now - 12 * day)
        .await
        .unwrap();
    let expire = db
        .create_referral(&new("Benoît"), now - 15 * day)
        .await
        .unwrap();
    let old = db
        .create_referral(&new("Esteban"), now - 600 * day)
        .await
        .unwrap();
    db.take_referral_step(
        old,
        &domain::referral::Step::new(domain::referral::StepKind::Refuse, "Complet"),
        domain::referral::Side::Receiver,
        None,
        now - 500 * day,
    )
    .await
    .unwrap()
    .unwrap();
    let run = web::services::referrals::run_referral_jobs(&w.app.state)
        .await
        .unwrap();
    assert_eq!(
        (run.reminded, run.expired, run.retention.referrals),
        (1, 1, 1)
    );
    let r = db.referral(expire).await.unwrap().unwrap();
    assert_eq!(r.state, domain::referral::ReferralState::Expired);
    assert!(
        db.referral(remind)
            .await
            .unwrap()
            .unwrap()
            .reminded_at
            .is_some()
    );
    assert_eq!(db.referral(old).await.unwrap().unwrap().person_name, None);
    let again = web::services::referrals::run_referral_jobs(&w.app.state)
        .await
        .unwrap();
    assert_eq!((again.reminded, again.expired), (0, 0), "once only");
    let mails = w.app.decoded_mails();
    assert!(
        mails
            .iter()
            .any(|m| m.contains(&format!("/bo/referrals/{remind}")))
    );
    assert!(
        mails
            .iter()
            .any(|m| m.contains(&format!("/bo/referrals/{expire}")))
    );

    // Export and erasure of Anne's data, by the coordination.
    let coord = w.app.sign_in(Role::Coordinator, &[]).await;
    let res = w
        .app
        .get_as(
            Some(&coord),
            &format!("/fr/bo/personal-data/export?referral={remind}&booking="),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.header("content-disposition").contains("attachment"));
    assert_eq!(res.json()["referrals"][0]["person_name"], "Anne");
    let res = w
        .app
        .post_form(
            Some(&coord),
            "/fr/bo/personal-data/erase",
            &[("referral", &remind.to_string())],
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "needs the confirmation"
    );
    let res = w
        .app
        .post_form(
            Some(&coord),
            "/fr/bo/personal-data/erase",
            &[("referral", &remind.to_string()), ("confirm", "true")],
        )
        .await;
    // Redirected after the POST (reloading the page does not erase again),
    // to the page that says what was erased.
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let to = res.header("location").to_owned();
    assert_eq!(
        to,
        "/fr/bo/personal-data?erased_referrals=1&erased_bookings=0"
    );
    assert_eq!(
        db.referral(remind).await.unwrap().unwrap().person_name,
        None
    );
    let res = w.app.get_as(Some(&coord), &to).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(
        res.body
            .contains("Données effacées : 1 orientation(s), 0 réservation(s)."),
        "{}",
        res.body
    );
    let res = w
        .app
        .get_as(Some(&coord), "/fr/bo/personal-data/export?referral=999999")
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_referral_to_a_session_books_a_seat_linked_to_it() {
    let w = world().await;
    let now = w.app.state.now().timestamp();
    let session = w
        .app
        .db()
        .sessions_between(now, now + 60 * 86_400)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.is_bookable(now) && s.booked < s.seats)
        .expect("a demo session with a free seat");
    let target = format!("session:{}", session.id);
    let res = w
        .app
        .post_form(
            Some(&w.referrer),
            "/fr/bo/referrals",
            &[
                ("target", target.as_str()),
                ("person_name", "Noémie"),
                ("needs", "safety"),
                ("contact_way", "email"),
                ("contact_value", "noemie@example.org"),
                ("consent", "true"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let r = &w
        .app
        .db()
        .list_referrals(store::referrals::Scope::All)
        .await
        .unwrap()[0];
    assert_eq!(
        (r.session_id, r.to_organisation_id),
        (Some(session.id), session.organisation_id)
    );
    let booked = w.app.db().bookings_of_session(session.id).await.unwrap();
    let b = booked
        .iter()
        .find(|b| b.referral_id == Some(r.id))
        .expect("a seat for the referral");
    assert_eq!(b.person_name.as_deref(), Some("Noémie"));
    assert_eq!(b.email.as_deref(), Some("noemie@example.org"));
    assert_eq!(b.organisation_id, Some(w.cpas));
}

#[tokio::test]
async fn a_place_page_offers_a_referrer_to_send_someone_there() {
    let w = world().await;
    let uri = format!("/fr/places/{}", w.place);
    let link = format!("href=\"/fr/bo/referrals/new?place={}\"", w.place);
    let page = w.app.get_as(Some(&w.referrer), &uri).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&link), "the referrer gets the link");
    assert!(page.body.contains("Orienter une personne vers ce lieu"));
    assert_eq!(
        page.header("cache-control"),
        "no-store",
        "made for them only"
    );
    // The form it leads to has that place chosen.
    let form = w
        .app
        .get_as(
            Some(&w.referrer),
            &format!("/fr/bo/referrals/new?place={}", w.place),
        )
        .await;
    assert!(
        form.body
            .contains(&format!("value=\"place:{}\" selected", w.place)),
        "the place is chosen in the form"
    );
    // Every place is there, grouped by commune, with its postcode.
    let p = w.app.state.directory().place(w.place).unwrap().clone();
    let name = maud::html! { (p.name) }.into_string();
    let option = format!("{name} ({})</option>", p.postcode.unwrap());
    assert!(form.body.contains(&option), "{option}");
    assert!(
        form.body.matches("<optgroup label=").count() >= 10,
        "places grouped by commune"
    );
    // The public and the EPN do not see it.
    assert!(!w.app.get(&uri).await.body.contains(&link));
    assert!(!w.app.get_as(Some(&w.epn), &uri).await.body.contains(&link));
}

/// The referrer is told of every step the place takes — the answer, the
/// first visit, a follow-up, the closing — in the language they chose, with
/// no personal data in the e-mail; they can turn off the news (not the
/// answers). The history reads as events, in one form.
#[tokio::test]
async fn the_referrer_is_told_of_each_step_in_their_language_and_can_turn_the_news_off() {
    let w = world().await;
    let me = w
        .app
        .db()
        .user_by_id(w.referrer.user_id)
        .await
        .unwrap()
        .unwrap()
        .email;
    let to_me = |app: &TestApp| -> Vec<String> {
        app.decoded_mails()
            .into_iter()
            .filter(|m| m.contains(&format!("To: {me}")))
            .collect()
    };
    // A language that is not offered is refused, the form kept.
    let r = w
        .app
        .post_form(
            Some(&w.referrer),
            "/nl/bo/account/mails",
            &[("mail_lang", "xx"), ("referral_progress", "yes")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("href=\"#mail_lang\""));
    let r = w
        .app
        .post_form(
            Some(&w.referrer),
            "/nl/bo/account/mails",
            &[("mail_lang", "nl"), ("referral_progress", "yes")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.header("location"), "/nl/bo/account/mails?saved");
    let page = w
        .app
        .get_as(Some(&w.referrer), "/nl/bo/account/mails?saved")
        .await;
    assert!(page.body.contains("Uw keuzes zijn opgeslagen."));
    assert!(
        page.body
            .contains(r#"<option value="nl" lang="nl" selected>"#),
        "{}",
        page.body
    );

    let id = send(&w, &[]).await;
    let step = |s: &'static str, note: &'static str| {
        let w = &w;
        async move {
            let r = w
                .app
                .post_form(
                    Some(&w.epn),
                    &format!("/fr/bo/referrals/{id}/step"),
                    &[("step", s), ("note", note)],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{s}: {}", r.body);
        }
    };
    let expected = [
        ("accept", "", format!("Doorverwijzing {id} aanvaard")),
        (
            "first_visit",
            "",
            format!("Doorverwijzing {id}: eerste bezoek gedaan"),
        ),
        (
            "follow_up",
            "Revient mardi",
            format!("Doorverwijzing {id}: opvolgnota toegevoegd"),
        ),
        ("close", "", format!("Doorverwijzing {id} afgesloten")),
    ];
    for (s, note, subject) in &expected {
        let before = to_me(&w.app).len();
        step(s, note).await;
        let mails = to_me(&w.app);
        assert_eq!(mails.len(), before + 1, "{s}: one e-mail to the referrer");
        let mail = mails.last().unwrap();
        assert!(mail.contains(subject.as_str()), "{s}: {mail}");
        assert!(mail.contains(&format!("/nl/bo/referrals/{id}")), "{mail}");
        // In Dutch only, and nothing about the person.
        assert!(!mail.contains("Orientation"), "{mail}");
        for personal in ["Louis", "0470", "Revient mardi"] {
            assert!(!mail.contains(personal), "{personal} in {mail}");
        }
        if *s != "accept" {
            assert!(
                mail.contains("/nl/bo/account/mails"),
                "where to turn it off"
            );
        }
    }
    // The history: one event per line, all in the same form.
    let page = w
        .app
        .get_as(Some(&w.referrer), &format!("/fr/bo/referrals/{id}"))
        .await;
    let history = page.body.split("id=\"referral-history\"").nth(1).unwrap();
    for event in [
        "Orientation envoyée",
        "Orientation acceptée",
        "Première visite faite",
        "Note de suivi ajoutée",
        "Orientation clôturée",
    ] {
        assert!(
            history.contains(&format!("<td>{event}</td>")),
            "{event}: {history}"
        );
    }
    assert!(!history.contains("<td>Accepter</td>"));

    // Without the news: the answer still comes, the first visit does not.
    let r = w
        .app
        .post_form(
            Some(&w.referrer),
            "/fr/bo/account/mails",
            &[("mail_lang", "nl")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let second = send(&w, &[]).await;
    for (s, expect_mail) in [("accept", true), ("first_visit", false)] {
        let before = to_me(&w.app).len();
        let r = w
            .app
            .post_form(
                Some(&w.epn),
                &format!("/fr/bo/referrals/{second}/step"),
                &[("step", s), ("note", "")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            to_me(&w.app).len(),
            before + usize::from(expect_mail),
            "{s}"
        );
    }
}
