//! Programme indicators and events: a value per indicator and period that a
//! new entry replaces (the audit log keeps both), hours kept in tenths,
//! events with their audience counts, the demo's 2021 figures.

use domain::account::Role;
use domain::indicators::{EventInput, NewEvent, NewValue, shipped};
use store::audit::AuditFilter;
use store::indicators::DemoIndicators;
use store::reference::vocabularies;
use store::testing::{NOW, brussels_db};

use crate::helpers::user;

#[tokio::test]
async fn a_value_is_kept_per_period_and_a_new_entry_replaces_it_with_its_history() {
    let t = brussels_db().await.unwrap();
    let set = shipped("brussels").unwrap();
    let who = user(&t, Role::Coordinator, &[]).await;
    let v = NewValue::parse(set, "sd-hours-presence", "2021", "8364,6", "seed:1983").unwrap();
    assert!(!t.db.set_indicator_value(&v, Some(who), NOW).await.unwrap());
    let month = NewValue::parse(set, "sd-hours-presence", "2021-08", "10", "").unwrap();
    t.db.set_indicator_value(&month, Some(who), NOW)
        .await
        .unwrap();
    let fixed = NewValue::parse(set, "sd-hours-presence", "2021", "8365", "corrected").unwrap();
    assert!(
        t.db.set_indicator_value(&fixed, Some(who), NOW + 60)
            .await
            .unwrap()
    );

    let values = t.db.indicator_values().await.unwrap();
    let got: Vec<(&str, i64, &str)> = values
        .iter()
        .map(|v| (v.period.as_str(), v.value, v.source_note.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![("2021", 83650, "corrected"), ("2021-08", 100, "")]
    );

    let log =
        t.db.audit_log(&AuditFilter {
            action: Some("indicator_value.update".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].user_id, Some(who));
    assert_eq!(log[0].before().unwrap()["value"], 83646);
    assert_eq!(log[0].after().unwrap()["value"], 83650);
}

#[tokio::test]
async fn an_event_keeps_its_audience_counts_and_is_audited() {
    let t = brussels_db().await.unwrap();
    let set = shipped("brussels").unwrap();
    let input = EventInput {
        date: "2021-10-01",
        measure: "Digital week",
        public: "children",
        title: "Coding in schools",
        audience: vec![("pupils", "861"), ("classes", "40"), ("teachers", "")],
        source_note: "seed:285-299",
    };
    let e = NewEvent::parse(set, &vocabularies(), &input).unwrap();
    let id = t.db.add_plan_event(&e, None, NOW).await.unwrap();
    let events = t.db.plan_events().await.unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].id, id);
    assert_eq!(events[0].date, "2021-10-01");
    assert_eq!(
        events[0].audience,
        vec![("classes".to_owned(), 40), ("pupils".to_owned(), 861)]
    );
    let log =
        t.db.audit_log(&AuditFilter {
            action: Some("plan_event.create".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].after().unwrap()["audience"]["pupils"], 861);
}

#[tokio::test]
async fn an_event_refuses_an_unknown_public_and_a_bad_count() {
    let set = shipped("brussels").unwrap();
    let input = EventInput {
        date: "2021-02-30",
        measure: "",
        public: "martians",
        title: "x",
        audience: vec![("pupils", "-3")],
        source_note: "",
    };
    let problems = NewEvent::parse(set, &vocabularies(), &input).unwrap_err();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, vec!["date", "measure", "public", "count-pupils"]);
}

#[tokio::test]
async fn the_demo_records_the_2021_figures_of_the_report_with_their_lines() {
    let t = brussels_db().await.unwrap();
    let set = shipped("brussels").unwrap();
    t.db.load_demo_indicators(&DemoIndicators::brussels_2021(), set, &vocabularies(), NOW)
        .await
        .unwrap();
    let values = t.db.indicator_values().await.unwrap();
    let by = |code: &str| values.iter().find(|v| v.indicator == code).unwrap();
    assert_eq!(by("sd-trainings").value, 24);
    assert_eq!(by("sd-learners-starting").value, 171);
    assert_eq!(by("sd-learners-finishing").value, 152);
    assert_eq!(by("sd-hours-presence").value, 83646);
    assert_eq!(by("sd-certifications").value, 134);
    assert_eq!(by("sd-positive-exits").value, 136);
    assert!(by("sd-trainings").source_note.contains("seed:1967-1974"));
    let events = t.db.plan_events().await.unwrap();
    let schools = events.iter().find(|e| e.public == "children").unwrap();
    let count = |k: &str| schools.audience.iter().find(|(c, _)| c == k).unwrap().1;
    assert_eq!(
        (
            count("classes"),
            count("schools"),
            count("pupils"),
            count("teachers")
        ),
        (40, 11, 861, 62)
    );
    let seniors = events.iter().find(|e| e.public == "seniors").unwrap();
    assert!(seniors.audience.contains(&("sessions".to_owned(), 10)));
}
