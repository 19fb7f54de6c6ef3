//! The EPN label's criteria on the web: `POST /api/v1/label/evaluate` (the
//! Cité des Métiers case, languages, a problem naming the field), the public
//! pages, and every translation the label's pages build from codes.

use axum::body::Body;
use axum::http::{Request, StatusCode};

use crate::helpers::{TestApp, TestResponse};

fn evaluate_body(training: f64) -> serde_json::Value {
    serde_json::json!({
        "computers": 6,
        "opening_hours": "Mo-Fr 14:00-17:00",
        "training_hours_per_week": training,
        "free_access_hours_per_week": 6,
        "open_to_all_adults": true,
        "basic_activities_price": "free",
        "charter_accepted": true
    })
}

async fn evaluate(
    app: &TestApp,
    query: &str,
    body: &str,
    headers: &[(&str, &str)],
) -> TestResponse {
    let mut req = Request::post(format!("/api/v1/label/evaluate{query}"))
        .header("content-type", "application/json");
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    app.send(req.body(Body::from(body.to_owned())).unwrap())
        .await
}

fn criterion<'a>(v: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    v["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap()
}

#[tokio::test]
async fn the_cite_des_metiers_situation_fails_on_training_hours_with_a_clear_sentence() {
    let app = TestApp::demo().await;
    let r = evaluate(
        &app,
        "",
        &evaluate_body(2.0).to_string(),
        &[("accept-language", "en")],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.header("content-language"), "en");
    let v = r.json();
    assert_eq!(v["eligible"], false);
    assert_eq!(v["criteria"].as_array().unwrap().len(), 7);
    let training = criterion(&v, "training_hours");
    assert_eq!(training["passed"], false);
    assert_eq!(
        training["explanation"],
        "2 hours of training a week: the label asks at least 6."
    );
    // Every other criterion passes, exactly at its threshold.
    assert!(
        v["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["id"] != "training_hours")
            .all(|c| c["passed"] == true)
    );
    assert_eq!(
        criterion(&v, "opening_hours")["explanation"],
        "Open 15 hours in a usual week: the label asks at least 15."
    );

    // ?lang= wins over Accept-Language.
    let r = evaluate(
        &app,
        "?lang=fr",
        &evaluate_body(2.5).to_string(),
        &[("accept-language", "nl")],
    )
    .await;
    let v = r.json();
    assert_eq!(
        criterion(&v, "training_hours")["explanation"],
        "2,5 heures de formation par semaine : le label en demande au moins 6."
    );
    let r = evaluate(
        &app,
        "",
        &evaluate_body(6.0).to_string(),
        &[("accept-language", "nl-BE,nl;q=0.9")],
    )
    .await;
    let v = r.json();
    assert_eq!(v["eligible"], true);
    assert_eq!(
        criterion(&v, "training_hours")["explanation"],
        "6 uur opleiding per week: het label vraagt minstens 6."
    );
    let mut paid = evaluate_body(6.0);
    paid["basic_activities_price"] = "paid".into();
    paid["open_to_all_adults"] = false.into();
    let v = evaluate(&app, "?lang=en", &paid.to_string(), &[])
        .await
        .json();
    assert_eq!(
        criterion(&v, "price")["explanation"],
        "The basic activities are paid: the label asks that they be free or for a symbolic fee."
    );
    assert_eq!(criterion(&v, "open_to_all_adults")["passed"], false);
    let mut unreadable = evaluate_body(6.0);
    unreadable["opening_hours"] = "lundi 9h".into();
    let v = evaluate(&app, "?lang=en", &unreadable.to_string(), &[])
        .await
        .json();
    assert!(
        criterion(&v, "opening_hours")["explanation"]
            .as_str()
            .unwrap()
            .contains("“lundi 9h” cannot be read")
    );
}

#[tokio::test]
async fn invalid_input_gets_a_problem_naming_the_field() {
    let app = TestApp::demo().await;
    let cases: Vec<(serde_json::Value, &str)> = {
        let with = |k: &str, v: serde_json::Value| {
            let mut b = evaluate_body(6.0);
            b[k] = v;
            b
        };
        let mut missing = evaluate_body(6.0);
        missing.as_object_mut().unwrap().remove("charter_accepted");
        vec![
            (missing, "charter_accepted"),
            (with("computers", (-1).into()), "computers"),
            (with("computers", 2.5.into()), "computers"),
            (with("opening_hours", "".into()), "opening_hours"),
            (with("opening_hours", 12.into()), "opening_hours"),
            (
                with("training_hours_per_week", 200.into()),
                "training_hours_per_week",
            ),
            (
                with("free_access_hours_per_week", "six".into()),
                "free_access_hours_per_week",
            ),
            (
                with("open_to_all_adults", "yes".into()),
                "open_to_all_adults",
            ),
            (
                with("basic_activities_price", "cheap".into()),
                "basic_activities_price",
            ),
            (with("colour", "blue".into()), "colour"),
        ]
    };
    for (body, field) in cases {
        let r = evaluate(&app, "", &body.to_string(), &[]).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{field}: {}", r.body);
        assert_eq!(r.header("content-type"), "application/problem+json");
        let p = r.json();
        assert_eq!(p["param"], field, "{}", r.body);
        assert!(p["detail"].as_str().unwrap().contains(field), "{}", r.body);
    }
    let r = evaluate(&app, "", "not json", &[]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.json()["detail"].as_str().unwrap().contains("JSON object"));
    let r = evaluate(&app, "?lang=xx", &evaluate_body(6.0).to_string(), &[]).await;
    assert_eq!(
        (r.status, r.json()["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("lang"))
    );
    // In the OpenAPI document, public.
    let doc = app.get("/api/v1/openapi.json").await.json();
    let op = &doc["paths"]["/api/v1/label/evaluate"]["post"];
    assert!(op["responses"]["400"].is_object());
    assert!(op["requestBody"].is_object());
    assert!(
        doc["components"]["schemas"]["EvaluateIn"]["properties"]["training_hours_per_week"]
            .is_object()
    );
}

#[tokio::test]
async fn the_public_pages_explain_the_label_and_list_the_labelled_epn() {
    let app = TestApp::demo().await;
    for lang in ["fr", "nl", "en", "ar"] {
        for path in ["/label", "/label/epn"] {
            let r = app.get(&format!("/{lang}{path}")).await;
            assert_eq!(r.status, StatusCode::OK, "{lang}{path}");
        }
    }
    let r = app.get("/fr/label").await;
    assert!(
        r.body.contains("Au moins 6 ordinateurs"),
        "conditions from the label file"
    );
    assert!(r.body.contains("Ouvert au moins 15 heures par semaine"));
    assert!(r.body.contains("ne peuvent jamais refuser"), "the charter");
    assert!(
        r.body.contains("10000 euros") || r.body.contains("10 000"),
        "what the label brings"
    );
    assert!(r.body.contains("/fr/bo/label"), "how to apply");
    let r = app.get("/en/label/epn").await;
    assert!(r.body.contains("20 labelled places"), "{}", r.body);
    assert!(r.body.contains("EPN de Ganshoren"));
    assert!(r.body.contains("labelled in 2021"));
    assert!(!r.body.contains("Brusurf") && !r.body.contains("Cité des Métiers"));
    let ganshoren = r
        .body
        .find("<h2>Ganshoren</h2>")
        .expect("grouped by municipality");
    assert!(r.body[ganshoren..].contains("EPN de Ganshoren"));
}

#[test]
fn every_dynamic_label_key_exists() {
    use domain::Lang;
    use domain::label::{CriterionId, LabelState};
    use web::i18n::{Arg, t_args};
    let mut keys: Vec<String> = Vec::new();
    for c in CriterionId::ALL {
        let id = c.code().replace('_', "-");
        keys.push(format!("label-criterion-{id}"));
        keys.push(format!("label-criterion-{id}-pass"));
        keys.push(format!("label-criterion-{id}-fail"));
    }
    for s in LabelState::ALL {
        let s = s.code().replace('_', "-");
        keys.push(format!("label-state-{s}"));
        keys.push(format!("label-next-{s}"));
    }
    for s in [
        "submit",
        "start-examination",
        "record-visit",
        "recommend",
        "advise",
        "decide",
        "withdraw",
    ] {
        keys.push(format!("label-step-{s}"));
    }
    for b in [
        "applicant",
        "coordination",
        "working-group",
        "steering-committee",
    ] {
        keys.push(format!("label-body-{b}"));
    }
    for s in ["none", "labelled", "withdrawn", "refused"] {
        keys.push(format!("label-status-{s}"));
    }
    for f in store::label::FACT_FIELDS {
        keys.push(format!("label-error-required-{}", f.replace('_', "-")));
    }
    keys.extend(
        [
            "label-flag-source-directory",
            "label-flag-source-confirmation",
            "check-labelled-without-record",
            "check-labelled-without-record-todo",
            "quality-kind-labelled-without-record",
        ]
        .map(String::from),
    );
    for lang in Lang::ALL {
        for k in &keys {
            let args = [
                ("actual", Arg::Number(2)),
                ("required", Arg::Number(6)),
                ("hours", Arg::Number(2)),
            ];
            assert_ne!(&t_args(lang, k, &args), k, "{k} in {lang:?}");
        }
    }
}

fn evaluation_samples(field: &str) -> &'static [&'static str] {
    match field {
        "opening_hours" => &[
            "Mo-Fr 14:00-17:00",
            " x ",
            "\u{3000}",
            "\u{1c}",
            "\t\n",
            "\u{feff}",
        ],
        _ => &[],
    }
}

/// Issue 9: each field of the body, at the edges of its schema in the OpenAPI
/// document (941.0 is the whole number 941): the server evaluates what the
/// document allows and refuses the rest with a 400 naming the field.
#[tokio::test]
async fn the_body_is_checked_as_the_document_says() {
    let app = TestApp::demo().await;
    let doc = app.get("/api/v1/openapi.json").await.json();
    let schema = serde_json::json!({"$ref": "#/components/schemas/EvaluateIn"});
    let cases =
        crate::api_contract::body_cases(&doc, &schema, &evaluate_body(6.0), evaluation_samples);
    assert!(cases.len() > 100, "{}", cases.len());
    for (field, body) in cases {
        let r = evaluate(&app, "", &body.to_string(), &[]).await;
        if crate::api_contract::allows(&doc, &schema, &body) {
            assert_eq!(r.status, StatusCode::OK, "{body}: {}", r.body);
        } else {
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{body}: {}", r.body);
            assert!(
                crate::api_contract::names_field(&r.json()["param"], &field),
                "{body}: {}",
                r.body
            );
        }
    }
    let mut whole = evaluate_body(6.0);
    whole["computers"] = serde_json::json!(941.0);
    let r = evaluate(&app, "", &whole.to_string(), &[]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}
