//! Calls for projects, from the applicant's side and the coordination's:
//! published calls with their rules for everyone (drafts and applications
//! never public); an organisation registers and gets a link; an applicant
//! sees only its organisation's applications; a draft keeps what was typed
//! when a value cannot be read (422); submission refused with every failed
//! rule in words; the corrections loop with who, when and why, the
//! applicant told by e-mail; instruction steps for the coordination only.

use axum::http::StatusCode;
use domain::account::Role;
use domain::grants::application::Status;
use domain::grants::call::CallStatus;
use store::testing::{NOW, sample_call};
use web::antispam::form_stamp;

use crate::helpers::{TestApp, decoded_mail};

const DAY: i64 = 86_400;

struct World {
    app: TestApp,
    call: i64,
    org: i64,
    other_org: i64,
}

async fn world() -> World {
    let app = TestApp::demo().await;
    let db = app.db();
    let region = db
        .ensure_organisation("Région de Bruxelles-Capitale", "other", None, NOW)
        .await
        .unwrap();
    let call = db
        .create_call(
            region,
            region,
            &sample_call("proximite", NOW + 20 * DAY),
            CallStatus::Published,
            None,
            None,
            NOW,
        )
        .await
        .unwrap();
    let mut draft = sample_call("brouillon", NOW + 20 * DAY);
    draft.texts[0].title = "Appel pas encore publié".into();
    db.create_call(region, region, &draft, CallStatus::Draft, None, None, NOW)
        .await
        .unwrap();
    let org = db
        .ensure_organisation("Atelier Numérique Test", "asbl", None, NOW)
        .await
        .unwrap();
    let other_org = db
        .ensure_organisation("Autre ASBL", "asbl", None, NOW)
        .await
        .unwrap();
    World {
        app,
        call,
        org,
        other_org,
    }
}

fn fields<'a>(pairs: &'a [(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    pairs.to_vec()
}

#[tokio::test]
async fn published_calls_and_their_rules_are_public_drafts_and_applications_are_not() {
    let w = world().await;
    let list = w.app.get("/fr/calls").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Inclusion numérique de proximité"));
    assert!(!list.body.contains("Appel pas encore publié"));
    assert_eq!(
        w.app.get("/fr/calls/brouillon").await.status,
        StatusCode::NOT_FOUND
    );

    let page = w.app.get("/fr/calls/proximite").await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    assert!(b.contains("Ouvert : vous pouvez poser votre candidature."));
    assert!(
        b.contains("5\u{202f}000,00 €") && b.contains("15\u{202f}000,00 €"),
        "min and max"
    );
    assert!(b.contains("association (ASBL)"), "who may apply");
    assert!(
        b.contains("Pertinence") && b.contains("poids 2, note de 0 à 5"),
        "criteria"
    );
    assert!(b.contains("Vos partenaires"), "questions");
    assert!(b.contains("/fr/applicant/register"));
    // In Dutch, the call's Dutch words.
    assert!(
        w.app
            .get("/nl/calls/proximite")
            .await
            .body
            .contains("Digitale inclusie in de buurt")
    );
    // An application is never on a public page.
    let a = w
        .app
        .db()
        .create_application(
            w.call,
            w.org,
            &store::grants::NewApplication {
                lang: "fr".into(),
                title: "Secret de candidature".into(),
                ..Default::default()
            },
            None,
            NOW,
        )
        .await
        .unwrap();
    for path in ["/fr/calls", "/fr/calls/proximite", "/fr/funded-projects"] {
        assert!(
            !w.app.get(path).await.body.contains("Secret de candidature"),
            "{path}"
        );
    }
    let _ = a;
}

#[tokio::test]
async fn an_organisation_registers_and_gets_a_link() {
    let w = world().await;
    let stamp = form_stamp(NOW - 30);
    let bad = w
        .app
        .post_form(
            None,
            "/fr/applicant/register",
            &fields(&[
                ("stamp", &stamp),
                ("organisation", "Les Amis du Clic"),
                ("kind", "asbl"),
                ("company_number", "0123.456.789"),
                ("name", "Awa"),
                ("email", "awa@example.org"),
            ]),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Ce numéro d’entreprise n’existe pas"));
    assert!(
        bad.body.contains("value=\"Les Amis du Clic\""),
        "what was typed is kept"
    );

    let ok = w
        .app
        .post_form(
            None,
            "/fr/applicant/register",
            &fields(&[
                ("stamp", &stamp),
                ("organisation", "Les Amis du Clic"),
                ("kind", "asbl"),
                ("company_number", "0316.381.039"),
                ("name", "Awa"),
                ("email", "awa@example.org"),
            ]),
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let user = w
        .app
        .db()
        .user_by_email("awa@example.org")
        .await
        .unwrap()
        .expect("the account");
    assert_eq!(user.role, Role::Applicant);
    let org = w
        .app
        .db()
        .organisation_ref(user.organisations[0])
        .await
        .unwrap()
        .unwrap();
    assert_eq!(org.company_number.as_deref(), Some("0316381039"));
    let mails = w.app.mails();
    assert!(
        mails
            .iter()
            .any(|m| decoded_mail(m).contains("awa@example.org")
                && decoded_mail(m).contains("/fr/invitation?token="))
    );
    // The same address again: the same answer, no second account.
    let again = w
        .app
        .post_form(
            None,
            "/fr/applicant/register",
            &fields(&[
                ("stamp", &stamp),
                ("organisation", "Autre"),
                ("kind", "asbl"),
                ("name", "X"),
                ("email", "awa@example.org"),
            ]),
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_applicant_saves_submits_and_answers_corrections() {
    let w = world().await;
    let me = w.app.sign_in(Role::Applicant, &[w.org]).await;
    let them = w.app.sign_in(Role::Applicant, &[w.other_org]).await;
    let coord = w.app.sign_in(Role::Coordinator, &[]).await;

    let r = w
        .app
        .post_form(
            Some(&me),
            "/fr/bo/applications/new",
            &[("call", "proximite")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let path = r.header("location").to_owned();
    let id: i64 = path.rsplit('/').next().unwrap().parse().unwrap();

    // Another organisation's applicant does not even learn it exists.
    assert_eq!(
        w.app.get_as(Some(&them), &path).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(
        !w.app
            .get_as(Some(&them), "/fr/bo/applications")
            .await
            .body
            .contains(&path)
    );

    // A malformed amount: 422, everything typed kept, the field named.
    let typed = [
        ("lang", "fr"),
        ("title", "Ateliers tablettes"),
        ("postcode", "1060"),
        ("amount", "douze mille"),
        ("publics", "seniors"),
        ("description", "Chaque mardi."),
        ("q_partners", "La bibliothèque"),
        ("budget_what_0", "Animation"),
        ("budget_amount_0", "9000"),
        ("action", "save"),
        ("rows", "3"),
    ];
    let r = w.app.post_form(Some(&me), &path, &typed).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Tapez un montant en euros"));
    for v in [
        "Ateliers tablettes",
        "douze mille",
        "La bibliothèque",
        "Chaque mardi.",
        "value=\"9000\"",
    ] {
        assert!(r.body.contains(v), "{v} kept");
    }

    // Saved with an amount above the maximum and no eligible public: the
    // draft is saved, the submission is refused with each rule in words.
    let mut wrong = typed.to_vec();
    wrong[3] = ("amount", "20000");
    wrong[4] = ("publics", "students");
    wrong[9] = ("action", "submit");
    let r = w.app.post_form(Some(&me), &path, &wrong).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("Le montant demandé doit être entre 5\u{202f}000,00 € et 15\u{202f}000,00 €"),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("Le projet doit s’adresser à au moins un de ces publics")
    );
    assert_eq!(
        w.app.db().application(id).await.unwrap().unwrap().status,
        Status::Draft
    );
    assert_eq!(
        w.app
            .db()
            .application(id)
            .await
            .unwrap()
            .unwrap()
            .app
            .amount_cents,
        Some(2_000_000),
        "the draft was saved"
    );

    // "Add a line" keeps everything and shows one more line.
    let mut more = typed.to_vec();
    more[3] = ("amount", "12 000");
    more[9] = ("action", "add_line");
    let r = w.app.post_form(Some(&me), &path, &more).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("name=\"budget_what_3\""), "a fourth line");

    let mut good = more.clone();
    good[9] = ("action", "submit");
    let r = w.app.post_form(Some(&me), &path, &good).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let a = w.app.db().application(id).await.unwrap().unwrap();
    assert_eq!(a.status, Status::Submitted);
    assert_eq!(a.app.amount_cents, Some(1_200_000));
    assert_eq!(a.app.commune_nis.as_deref(), Some("21013"));

    // The coordination asks for corrections: a reason is required.
    let step = format!("/fr/bo/calls/applications/{id}/step");
    let r = w
        .app
        .post_form(
            Some(&coord),
            &step,
            &[("action", "corrections_asked"), ("reason", " ")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Dites pourquoi"));
    let r = w
        .app
        .post_form(
            Some(&coord),
            &step,
            &[
                ("action", "corrections_asked"),
                ("reason", "Détaillez le budget, svp."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        w.app
            .decoded_mails()
            .iter()
            .any(|m| m.contains("Corrections demandées")
                && m.contains(&format!("/fr/bo/applications/{id}")))
    );

    // The applicant sees the reason, edits and answers.
    let page = w.app.get_as(Some(&me), &path).await;
    assert!(page.body.contains("Détaillez le budget, svp."));
    let mut answer = good.clone();
    answer.push(("budget_what_1", "Tablettes"));
    answer.push(("budget_amount_1", "3000"));
    answer.push(("note", "Deux lignes de budget."));
    let last = answer.iter().position(|(k, _)| *k == "action").unwrap();
    answer[last] = ("action", "answer");
    let r = w.app.post_form(Some(&me), &path, &answer).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        w.app.db().application(id).await.unwrap().unwrap().status,
        Status::Submitted
    );

    // Accepted; the history says who, when and why.
    let r = w
        .app
        .post_form(
            Some(&coord),
            &step,
            &[("action", "accepted"), ("reason", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = w.app.get_as(Some(&me), &path).await;
    let history = page
        .body
        .split("id=\"application-history\"")
        .nth(1)
        .unwrap();
    for words in [
        "Candidature commencée",
        "Candidature envoyée",
        "Corrections demandées",
        "Détaillez le budget, svp.",
        "Corrections envoyées",
        "Deux lignes de budget.",
        "Candidature acceptée",
    ] {
        assert!(history.contains(words), "{words} in the history");
    }
    // Once accepted, nothing can be changed.
    let r = w.app.post_form(Some(&me), &path, &good).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_instruction_is_for_the_coordination_only_and_drafts_stay_private() {
    let w = world().await;
    let me = w.app.sign_in(Role::Applicant, &[w.org]).await;
    let id = w
        .app
        .db()
        .create_application(
            w.call,
            w.org,
            &store::grants::NewApplication {
                lang: "fr".into(),
                title: "Brouillon".into(),
                ..Default::default()
            },
            None,
            NOW,
        )
        .await
        .unwrap();
    let coord = w.app.sign_in(Role::Coordinator, &[]).await;
    // A draft is the applicant's: the coordination counts it, does not open it.
    assert_eq!(
        w.app
            .get_as(Some(&coord), &format!("/fr/bo/calls/applications/{id}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let call = w.app.get_as(Some(&coord), "/fr/bo/calls/proximite").await;
    assert!(call.body.contains("1 brouillon en cours"));
    for role in [
        Role::Jury,
        Role::Referrer,
        Role::EpnManager,
        Role::Applicant,
    ] {
        let who = if role == Role::Applicant {
            me.clone()
        } else {
            w.app.sign_in(role, &[w.other_org]).await
        };
        let r = w
            .app
            .post_form(
                Some(&who),
                &format!("/fr/bo/calls/applications/{id}/step"),
                &[("action", "accepted")],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{role:?}");
    }
}

/// Sends a file to the application's attachment form.
async fn attach(
    w: &World,
    who: &crate::helpers::Browser,
    id: i64,
    name: &str,
    bytes: &[u8],
) -> crate::helpers::TestResponse {
    const B: &str = "XyZzYboundary";
    let mut body = Vec::new();
    body.extend_from_slice(format!("--{B}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{B}--\r\n").as_bytes());
    w.app
        .send(
            axum::http::Request::post(format!(
                "/fr/bo/applications/{id}/attachments?_csrf={}",
                who.csrf
            ))
            .header("cookie", &who.cookie)
            .header("content-type", format!("multipart/form-data; boundary={B}"))
            .body(axum::body::Body::from(body))
            .unwrap(),
        )
        .await
}

#[tokio::test]
async fn files_are_attached_checked_and_read_by_the_coordination() {
    let w = world().await;
    let me = w.app.sign_in(Role::Applicant, &[w.org]).await;
    let them = w.app.sign_in(Role::Applicant, &[w.other_org]).await;
    let id = w
        .app
        .db()
        .create_application(
            w.call,
            w.org,
            &store::grants::NewApplication {
                lang: "fr".into(),
                title: "Avec budget".into(),
                ..Default::default()
            },
            None,
            NOW,
        )
        .await
        .unwrap();
    let r = attach(&w, &me, id, "budget.pdf", b"%PDF-1.7 budget").await;
    assert_eq!(
        r.header("location"),
        format!("/fr/bo/applications/{id}?attached")
    );
    // A page called .pdf, and a program: refused, said in words.
    let r = attach(&w, &me, id, "budget.pdf", b"<html>").await;
    assert!(r.header("location").ends_with("?attachment=kind"));
    let page = w
        .app
        .get_as(
            Some(&me),
            &format!("/fr/bo/applications/{id}?attachment=kind"),
        )
        .await;
    assert!(page.body.contains("Ce type de fichier n’est pas accepté"));
    let big = vec![b'%'; domain::grants::application::MAX_ATTACHMENT_BYTES + 10];
    let r = attach(&w, &me, id, "big.pdf", &big).await;
    assert!(
        r.header("location").ends_with("?attachment=too-large"),
        "{}",
        r.body
    );
    // Another organisation cannot attach nor read.
    assert_eq!(
        attach(&w, &them, id, "x.pdf", b"%PDF-").await.status,
        StatusCode::NOT_FOUND
    );
    let files = w.app.db().attachments(id).await.unwrap();
    assert_eq!(files.len(), 1);
    let url = format!("/fr/bo/applications/{id}/attachments/{}", files[0].id);
    assert_eq!(
        w.app.get_as(Some(&them), &url).await.status,
        StatusCode::NOT_FOUND
    );
    let got = w.app.get_as(Some(&me), &url).await;
    assert_eq!(got.body, "%PDF-1.7 budget");
    assert!(got.header("content-disposition").contains("budget.pdf"));
    // Submitted, the coordination reads it too.
    w.app
        .db()
        .step_application(
            id,
            domain::grants::application::Action::Submitted,
            None,
            None,
            NOW,
        )
        .await
        .unwrap();
    let coord = w.app.sign_in(Role::Coordinator, &[]).await;
    let page = w
        .app
        .get_as(Some(&coord), &format!("/fr/bo/calls/applications/{id}"))
        .await;
    assert!(page.body.contains("budget.pdf"));
    let got = w
        .app
        .get_as(
            Some(&coord),
            &format!("/fr/bo/calls/applications/{id}/attachments/{}", files[0].id),
        )
        .await;
    assert_eq!(got.body, "%PDF-1.7 budget");
    // Once submitted, the applicant can no longer add or remove files.
    assert_eq!(
        attach(&w, &me, id, "more.pdf", b"%PDF-").await.status,
        StatusCode::CONFLICT
    );
}
