//! The figures (issue 11): the public page and its only filter, the year;
//! the back office's filters by role (a manager is kept to their own places
//! whatever the query says; errors name the field and keep what was typed);
//! the statistics API and its place in the OpenAPI document.

use domain::account::Role;
use web::services::figures::filters::{FilterInput, back_office_scope};
use web::services::figures::{Places, Scope};

use crate::helpers::TestApp;

/// Two demo places of two different organisations: (id, organisation, name).
fn two_organisations(app: &TestApp) -> ((i64, i64, String), (i64, i64, String)) {
    let dir = app.state.directory();
    let places: Vec<_> = dir.places().collect();
    let a = &places[0];
    let b = places
        .iter()
        .find(|p| p.organisation_id != a.organisation_id)
        .expect("two organisations in the demo");
    (
        (a.id, a.organisation_id, a.name.clone()),
        (b.id, b.organisation_id, b.name.clone()),
    )
}

fn user(role: Role, organisations: &[i64]) -> store::accounts::User {
    store::accounts::User {
        id: 1,
        email: "x@example.org".into(),
        name: "X".into(),
        role,
        active: true,
        organisations: organisations.to_vec(),
    }
}

fn input(from: &str, to: &str, commune: &str, place: &str) -> FilterInput {
    FilterInput {
        from: from.into(),
        to: to.into(),
        commune: commune.into(),
        group: String::new(),
        place: place.into(),
    }
}

#[tokio::test]
async fn the_public_page_shows_each_section_with_the_year_as_its_only_filter() {
    let app = TestApp::demo().await;
    let r = app.get("/fr/figures").await;
    assert_eq!(r.status, 200);
    for heading in [
        "Activités",
        "Capacités et visites",
        "Financement et personnel",
    ] {
        assert!(r.body.contains(heading), "{heading}");
    }
    assert!(
        r.body.contains("<select id=\"year\" name=\"year\""),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("<option value=\"2026\" selected>2026</option>"),
        "this year by default"
    );
    assert!(
        !r.body.contains("name=\"commune\"") && !r.body.contains("name=\"place\""),
        "no finer public filter"
    );
    // A section without tables says so rather than showing nothing.
    let r = app.get("/en/figures?year=2021").await;
    assert_eq!(r.status, 200);
    assert!(
        r.body
            .contains("<option value=\"2021\" selected>2021</option>")
    );
    let sections = r.body.matches("class=\"figures-section\"").count();
    let tables = r.body.matches("<section class=\"figure\"").count();
    let empty = r.body.matches("No figures for this period yet.").count();
    assert_eq!(sections, 3);
    assert!(
        empty + tables >= 3 && (tables == 0 || r.body.contains("role=\"img\"")),
        "{}",
        r.body
    );
    // The page's contents lead to every figure on it.
    let ids: Vec<&str> = r
        .body
        .match_indices("<section class=\"figure\" id=\"")
        .map(|(i, m)| {
            let rest = &r.body[i + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert!(!ids.is_empty(), "the 2021 study's figures are on the page");
    let contents = &r.body[r
        .body
        .find("class=\"figures-contents\"")
        .expect("a contents list")..];
    for id in ids {
        assert!(
            contents.contains(&format!("href=\"#{id}\"")),
            "the contents link to {id}"
        );
    }
    // The footer of every public page leads to it.
    assert!(app.get("/fr/").await.body.contains("href=\"/fr/figures\""));
}

#[tokio::test]
async fn a_wrong_public_year_is_named() {
    let app = TestApp::demo().await;
    for bad in ["2050", "abc", "2019"] {
        let r = app.get(&format!("/en/figures?year={bad}")).await;
        assert_eq!(r.status, 400, "{bad}");
        assert!(
            r.body
                .contains("Year: choose a year between 2020 and 2026."),
            "{}",
            r.body
        );
        assert!(
            r.body.contains("href=\"#year\""),
            "the summary links to the field"
        );
        assert!(r.body.contains("<title>Error:"), "{}", &r.body[..400]);
    }
    assert_eq!(
        app.get("/en/figures/nothing.csv?year=2026").await.status,
        404
    );
    assert_eq!(app.get("/en/figures/nothing.txt").await.status, 404);
}

#[tokio::test]
async fn a_manager_is_kept_to_their_own_places_whatever_the_query_says() {
    let app = TestApp::demo().await;
    let ((mine, org, _), (other, _, other_name)) = two_organisations(&app);
    let dir = app.state.directory();
    let manager = user(Role::EpnManager, &[org]);
    let period = ("2026-01", "2026-06");

    // No place: the manager's organisation.
    let s = back_office_scope(&manager, &dir, &input(period.0, period.1, "", "")).unwrap();
    assert_eq!(s.places, Places::Organisation(org));
    assert!(!s.public, "their own data, not suppressed");
    assert_eq!(
        (s.from.to_string(), s.to.to_string()),
        ("2026-01-01".into(), "2026-06-30".into())
    );
    // A commune is not a manager's filter: ignored.
    let commune = dir.place(other).unwrap().commune_nis.clone();
    let s = back_office_scope(&manager, &dir, &input(period.0, period.1, &commune, "")).unwrap();
    assert_eq!(s.places, Places::Organisation(org));
    // Their place: that place; another organisation's: refused as not in the list.
    let s = back_office_scope(
        &manager,
        &dir,
        &input(period.0, period.1, "", &mine.to_string()),
    )
    .unwrap();
    assert_eq!(s.places, Places::Some(vec![mine]));
    let e = back_office_scope(
        &manager,
        &dir,
        &input(period.0, period.1, "", &other.to_string()),
    )
    .unwrap_err();
    assert_eq!(e.iter().map(|p| p.field).collect::<Vec<_>>(), ["place"]);
    // A manager of two organisations: the places of both.
    let ((_, _, _), (_, org2, _)) = two_organisations(&app);
    let both = user(Role::EpnManager, &[org, org2]);
    match back_office_scope(&both, &dir, &input(period.0, period.1, "", ""))
        .unwrap()
        .places
    {
        Places::Some(ids) => {
            assert!(ids.contains(&mine) && ids.contains(&other));
            assert!(
                ids.iter()
                    .all(|id| [org, org2].contains(&dir.place(*id).unwrap().organisation_id))
            );
        }
        p => panic!("{p:?}"),
    }

    // The page: only their places in the list, another's place refused and never named.
    let browser = app.sign_in(Role::EpnManager, &[org]).await;
    let r = app.get_as(Some(&browser), "/en/bo/figures").await;
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains(&format!("<option value=\"{mine}\"")),
        "their place is offered"
    );
    assert!(
        !r.body.contains(&format!("<option value=\"{other}\"")),
        "another's is not"
    );
    assert!(!r.body.contains("name=\"commune\""));
    assert!(r.body.contains("Places: All your places."), "{}", r.body);
    let r = app
        .get_as(
            Some(&browser),
            &format!("/en/bo/figures?place={other}&commune={commune}"),
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("Place: choose a place from the list."));
    assert!(
        !r.body.contains(&format!("<option value=\"{other}\"")),
        "{other_name} is still not offered"
    );
    assert_eq!(
        app.get_as(
            Some(&browser),
            &format!("/en/bo/figures/x.csv?place={other}")
        )
        .await
        .status,
        404
    );
}

#[tokio::test]
async fn the_coordination_reads_every_place_a_commune_a_group_or_a_place() {
    let app = TestApp::demo().await;
    let ((place, org, name), _) = two_organisations(&app);
    let dir = app.state.directory();
    let coordinator = user(Role::Coordinator, &[]);
    let nis = dir.place(place).unwrap().commune_nis.clone();
    let all = back_office_scope(&coordinator, &dir, &input("2025-12", "2026-11", "", "")).unwrap();
    assert_eq!(
        all,
        Scope {
            from: all.from,
            to: all.to,
            places: Places::All,
            public: false
        }
    );
    assert_eq!(
        back_office_scope(&coordinator, &dir, &input("2026-01", "2026-01", &nis, ""))
            .unwrap()
            .places,
        Places::Commune(nis.clone())
    );
    assert_eq!(
        back_office_scope(
            &coordinator,
            &dir,
            &input("2026-01", "2026-01", "", &place.to_string())
        )
        .unwrap()
        .places,
        Places::Some(vec![place])
    );

    let browser = app.sign_in(Role::Coordinator, &[]).await;
    let r = app.get_as(Some(&browser), "/fr/bo/figures").await;
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains("name=\"commune\"")
            && r.body.contains(&format!("<option value=\"{place}\""))
    );
    assert!(r.body.contains("Tous les lieux de la région"), "{}", r.body);
    assert!(r.body.contains("href=\"/fr/bo/figures\""), "in the menu");
    let r = app
        .get_as(
            Some(&browser),
            &format!("/fr/bo/figures?from=2026-01&to=2026-03&place={place}"),
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains(&format!("Lieux : {name}.")), "{}", r.body);
    assert!(
        r.body.contains("de 1 janvier 2026 à 31 mars 2026"),
        "{}",
        r.body
    );
    // A group of communes (the region's brochure groups): the places of its
    // communes; an unknown group is named; a manager's group is ignored.
    let group = app
        .state
        .region
        .brochure_groups
        .iter()
        .find(|g| g.communes.contains(&nis))
        .expect("the place's commune is in a group")
        .clone();
    let scope = back_office_scope(
        &coordinator,
        &dir,
        &FilterInput {
            group: group.code.clone(),
            ..input("2026-01", "2026-03", "", "")
        },
    )
    .unwrap();
    let Places::Some(ids) = &scope.places else {
        panic!("{scope:?}")
    };
    assert!(ids.contains(&place));
    assert!(ids.iter().all(|id| {
        group
            .communes
            .contains(&dir.place(*id).unwrap().commune_nis)
    }));
    assert_eq!(
        ids.len(),
        dir.places()
            .filter(|p| group.communes.contains(&p.commune_nis))
            .count()
    );
    let r = app
        .get_as(
            Some(&browser),
            &format!(
                "/fr/bo/figures?from=2026-01&to=2026-03&group={}",
                group.code
            ),
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(
        r.body
            .contains(&format!("<option value=\"{}\" selected", group.code))
    );
    assert!(r.body.contains("Lieux : Les lieux de "), "{}", r.body);
    let r = app
        .get_as(
            Some(&browser),
            "/fr/bo/figures?from=2026-01&to=2026-03&group=atlantis",
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(
        r.body.contains("href=\"#group\""),
        "the summary names the field"
    );
    assert!(
        r.body
            .contains("Groupe de communes : choisissez un groupe de la liste.")
    );
    let manager = user(Role::EpnManager, &[org]);
    assert_eq!(
        back_office_scope(
            &manager,
            &dir,
            &FilterInput {
                group: "atlantis".into(),
                ..input("2026-01", "2026-03", "", "")
            }
        )
        .unwrap()
        .places,
        Places::Organisation(org)
    );
    // Those who have no business with figures are turned away.
    let referrer = app.sign_in(Role::Referrer, &[org]).await;
    assert_eq!(
        app.get_as(Some(&referrer), "/fr/bo/figures").await.status,
        403
    );
}

#[tokio::test]
async fn wrong_filters_are_named_and_keep_what_was_typed() {
    let app = TestApp::demo().await;
    let browser = app.sign_in(Role::Coordinator, &[]).await;
    let r = app
        .get_as(
            Some(&browser),
            "/en/bo/figures?from=2026-13&to=2026-01&commune=99999",
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(
        r.body.contains("From month: write a month as 2026-03."),
        "{}",
        r.body
    );
    assert!(r.body.contains("Commune: choose a commune from the list."));
    assert!(
        r.body.contains("value=\"2026-13\""),
        "what was typed is kept"
    );
    assert!(r.body.contains("href=\"#from\"") && r.body.contains("aria-invalid=\"true\""));
    let r = app
        .get_as(Some(&browser), "/en/bo/figures?from=2026-05&to=2026-01")
        .await;
    assert_eq!(r.status, 400);
    assert!(
        r.body
            .contains("To month: the last month must come after the first month.")
    );
    assert!(r.body.contains("value=\"2026-05\"") && r.body.contains("value=\"2026-01\""));
}

#[tokio::test]
async fn the_statistics_api_answers_the_sections_and_refuses_a_wrong_year() {
    let app = TestApp::demo().await;
    let r = app.get("/api/v1/statistics").await;
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(v["year"], 2026);
    let codes: Vec<&str> = v["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["activity", "capacity", "cadastre"]);
    assert_eq!(v["sections"][1]["url"], "/api/v1/statistics/capacity");
    assert!(v["sections"][0]["tables"].is_array());

    let r = app.get("/api/v1/statistics/capacity?year=2021").await;
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert_eq!(
        (v["year"].as_i64(), v["from"].as_str(), v["to"].as_str()),
        (Some(2021), Some("2021-01-01"), Some("2021-12-31"))
    );
    assert_eq!(v["small_cell"], 5);
    assert!(v["tables"].is_array());

    for (uri, param) in [
        ("/api/v1/statistics/activity?year=2019", "year"),
        ("/api/v1/statistics/activity?year=twenty", "year"),
        ("/api/v1/statistics/activity?year=", "year"),
        ("/api/v1/statistics/people", "section"),
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, 400, "{uri}");
        assert_eq!(r.header("content-type"), "application/problem+json");
        assert_eq!(r.json()["param"], param, "{uri}");
    }

    // The public page's and the API's scope: the whole region, suppressed.
    let scope = web::services::figures::public_year(2025).unwrap();
    assert!(scope.public && scope.places == Places::All);

    let doc = app.get("/api/v1/openapi.json").await.json();
    assert!(doc["paths"]["/api/v1/statistics"]["get"].is_object());
    let op = &doc["paths"]["/api/v1/statistics/{section}"]["get"];
    let param = |name: &str| {
        op["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap()
            .clone()
    };
    let year = param("year")["schema"].clone();
    assert_eq!(
        (&year["type"], &year["minimum"], &year["maximum"]),
        (
            &serde_json::json!("integer"),
            &serde_json::json!(2020),
            &serde_json::json!(2100)
        )
    );
    assert_eq!(
        param("section")["schema"]["enum"],
        serde_json::json!(["activity", "capacity", "cadastre"])
    );
    assert!(doc["components"]["schemas"]["TableOut"].is_object());
}
