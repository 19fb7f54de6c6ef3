//! Editing places, proposals and their audit trail; SQLite, and PostgreSQL
//! when TEST_DATABASE_URL is set.

use domain::PlaceColumns;
use domain::account::Role;
use store::audit::AuditFilter;
use store::editing::{
    AcceptOutcome, NewProposal, PlaceListFilter, ProposalFilter, ProposalStatus, UpdateOutcome,
};
use store::testing::{NOW, TestDb};

use crate::helpers::{demo, place, user};

async fn log(t: &TestDb, place: i64) -> Vec<store::audit::AuditEntry> {
    t.db.audit_log(&AuditFilter {
        place_id: Some(place),
        ..Default::default()
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn a_place_reads_as_an_editable_record_with_its_organisation() {
    let t = demo().await;
    let id = place(&t, "Sapiens").await.id;
    let p = t.db.editable_place(id).await.unwrap().unwrap();
    assert_eq!(p.id, id);
    assert!(p.record.name.contains("Sapiens"));
    assert_eq!(p.record.postcode.as_deref(), Some("1180"));
    assert_eq!(p.record.commune_nis.as_deref(), Some("21014"));
    assert_eq!(p.record.label_status, "labelled");
    assert_eq!(p.record.services, vec!["free-access", "training"]);
    assert!(!p.organisation_name.is_empty());
    assert!(!p.organisation_trusted);
    assert!(t.db.editable_place(999_999).await.unwrap().is_none());
}

#[tokio::test]
async fn an_update_is_written_with_its_audit_entry_and_changes_the_stamp() {
    let t = demo().await;
    let coord = user(&t, Role::Coordinator, &[]).await;
    let id = place(&t, "Sapiens").await.id;
    let before = t.db.editable_place(id).await.unwrap().unwrap().record;
    let stamp = t.db.directory_stamp().await.unwrap();
    let mut after = before.clone();
    after.postcode = Some("1210".into());
    after.opening_hours = Some("Mo-Fr 09:00-17:00; PH off".into());
    after.languages = vec!["fr".into(), "nl".into()];

    let out =
        t.db.update_place(id, &after, Some(coord), None, NOW)
            .await
            .unwrap();
    assert_eq!(out, UpdateOutcome::Updated);
    let now = t.db.editable_place(id).await.unwrap().unwrap();
    assert_eq!(now.record, after);
    // Same count of places, but the stamp moved even within the same second as the demo load.
    assert_ne!(t.db.directory_stamp().await.unwrap(), stamp);

    let entries = log(&t, id).await;
    assert_eq!(entries.len(), 1);
    let e = &entries[0];
    assert_eq!(e.action, "place.update");
    assert_eq!(e.user_id, Some(coord));
    assert_eq!(e.before().unwrap()["postcode"], "1180");
    assert_eq!(e.after().unwrap()["postcode"], "1210");
    assert_eq!(
        e.after().unwrap()["languages"],
        serde_json::json!(["fr", "nl"])
    );

    // Saving the same record again writes nothing.
    assert_eq!(
        t.db.update_place(id, &after, Some(coord), None, NOW)
            .await
            .unwrap(),
        UpdateOutcome::Unchanged
    );
    assert_eq!(log(&t, id).await.len(), 1);
    assert_eq!(
        t.db.update_place(999_999, &after, Some(coord), None, NOW)
            .await
            .unwrap(),
        UpdateOutcome::NotFound
    );
}

#[tokio::test]
async fn a_created_place_is_audited() {
    let t = demo().await;
    let coord = user(&t, Role::Coordinator, &[]).await;
    let org = t.db.list_organisations().await.unwrap()[0].id;
    let record = PlaceColumns {
        organisation_id: org,
        kind: domain::PlaceKind::Epn,
        name: "EPN du Canal".into(),
        postcode: Some("1080".into()),
        commune_nis: Some("21012".into()),
        lat: Some(50.855),
        lon: Some(4.33),
        label_status: domain::LabelStatus::None,
        services: vec!["printing".into()],
        ..Default::default()
    };
    let (count, _) = t.db.directory_stamp().await.unwrap();
    let id = t.db.add_place(&record, Some(coord), NOW).await.unwrap();
    assert_eq!(t.db.directory_stamp().await.unwrap().0, count + 1);
    assert_eq!(
        t.db.editable_place(id).await.unwrap().unwrap().record,
        record
    );
    let entries = log(&t, id).await;
    assert_eq!(entries[0].action, "place.create");
    assert!(entries[0].before_json.is_none());
    assert_eq!(entries[0].after().unwrap()["name"], "EPN du Canal");
}

/// Every column goes through the one `INSERT` and `UPDATE` of a place and
/// reads back the same, in the editing record as in the merge's.
#[tokio::test]
async fn every_column_is_written_and_read_back() {
    let t = demo().await;
    let org = t.db.list_organisations().await.unwrap()[0].id;
    let record = PlaceColumns {
        organisation_id: org,
        kind: domain::PlaceKind::Project,
        name: "Atelier du Canal".into(),
        address: Some("Quai 1".into()),
        postcode: Some("75011".into()),
        commune_nis: None,
        commune_name: Some("Paris".into()),
        lat: Some(48.86),
        lon: Some(2.38),
        opening_hours: Some("Mo 09:00-12:00".into()),
        mobile: true,
        services: vec!["internet".into(), "printing".into()],
        publics: vec!["seniors".into()],
        languages: vec!["fr".into(), "nl".into()],
        accessibility: vec!["wheelchair".into()],
        price: Some("free".into()),
        computers: Some(3),
        tablets: Some(2),
        phone: Some("02 123 45 67".into()),
        email: Some("atelier@example.org".into()),
        website: Some("https://atelier.example.org".into()),
        description: Some("Workshops".into()),
        label_status: domain::LabelStatus::Labelled,
    };
    let id = t.db.add_place(&record, None, NOW).await.unwrap();
    let created = t.db.editable_place(id).await.unwrap().unwrap();
    assert_eq!(created.record, record);
    assert_eq!(created.source_key, None);
    let after = PlaceColumns {
        commune_name: Some("Lille".into()),
        tablets: None,
        services: vec!["printing".into()],
        label_status: domain::LabelStatus::None,
        ..record.clone()
    };
    assert_eq!(
        t.db.update_place(id, &after, None, None, NOW)
            .await
            .unwrap(),
        UpdateOutcome::Updated
    );
    assert_eq!(
        t.db.editable_place(id).await.unwrap().unwrap().record,
        after
    );
    let merge = t.db.place_record(id).await.unwrap().unwrap();
    assert_eq!(merge.commune_name.as_deref(), Some("Lille"));
    assert_eq!(merge.services, ["printing"]);
    assert_eq!(merge.languages, ["fr", "nl"]);
    assert_eq!((merge.computers, merge.tablets), (Some(3), None));
}

#[tokio::test]
async fn an_accepted_proposal_is_published_with_its_audit_entries() {
    let t = demo().await;
    let id = place(&t, "Sapiens").await.id;
    let place = t.db.editable_place(id).await.unwrap().unwrap();
    let org = place.record.organisation_id;
    let manager = user(&t, Role::EpnManager, &[org]).await;
    let coord = user(&t, Role::Coordinator, &[]).await;
    let mut after = place.record.clone();
    after.phone = Some("+32 2 555 01 01".into());
    let pid =
        t.db.create_proposal(
            &NewProposal {
                place_id: Some(id),
                organisation_id: org,
                author_id: manager,
                before: Some(&place.record),
                after: &after,
            },
            NOW,
        )
        .await
        .unwrap();
    // Nothing published yet.
    assert_eq!(
        t.db.editable_place(id).await.unwrap().unwrap().record.phone,
        None
    );
    let p = t.db.proposal(pid).await.unwrap().unwrap();
    assert_eq!(p.status, ProposalStatus::Pending);
    assert_eq!(p.before.as_ref(), Some(&place.record));
    assert_eq!(p.after, after);
    assert_eq!(p.author_id, manager);

    let out = t.db.accept_proposal(pid, coord, NOW).await.unwrap();
    assert_eq!(out, AcceptOutcome::Accepted { place_id: id });
    assert_eq!(
        t.db.editable_place(id).await.unwrap().unwrap().record,
        after
    );
    let p = t.db.proposal(pid).await.unwrap().unwrap();
    assert_eq!(p.status, ProposalStatus::Accepted);
    assert_eq!(p.decided_by, Some(coord));
    let actions: Vec<String> = log(&t, id).await.into_iter().map(|e| e.action).collect();
    assert_eq!(
        actions,
        ["proposal.accept", "place.update", "proposal.create"]
    );
    // Accepting twice does nothing more.
    assert_eq!(
        t.db.accept_proposal(pid, coord, NOW).await.unwrap(),
        AcceptOutcome::NotPending
    );
    assert_eq!(
        t.db.accept_proposal(999_999, coord, NOW).await.unwrap(),
        AcceptOutcome::NotFound
    );
}

#[tokio::test]
async fn a_proposal_is_refused_when_the_place_changed_since() {
    let t = demo().await;
    let id = place(&t, "Sapiens").await.id;
    let place = t.db.editable_place(id).await.unwrap().unwrap();
    let org = place.record.organisation_id;
    let manager = user(&t, Role::EpnManager, &[org]).await;
    let coord = user(&t, Role::Coordinator, &[]).await;
    let mut proposed = place.record.clone();
    proposed.name = "EPN Sapiens (new name)".into();
    let pid =
        t.db.create_proposal(
            &NewProposal {
                place_id: Some(id),
                organisation_id: org,
                author_id: manager,
                before: Some(&place.record),
                after: &proposed,
            },
            NOW,
        )
        .await
        .unwrap();
    let mut fixed = place.record.clone();
    fixed.postcode = Some("1210".into());
    t.db.update_place(id, &fixed, Some(coord), None, NOW)
        .await
        .unwrap();

    assert_eq!(
        t.db.accept_proposal(pid, coord, NOW).await.unwrap(),
        AcceptOutcome::PlaceChanged
    );
    assert_eq!(
        t.db.editable_place(id).await.unwrap().unwrap().record,
        fixed
    );
    assert_eq!(
        t.db.proposal(pid).await.unwrap().unwrap().status,
        ProposalStatus::Pending
    );
}

#[tokio::test]
async fn a_proposed_new_place_is_created_on_acceptance() {
    let t = demo().await;
    let org = t.db.list_organisations().await.unwrap()[1].id;
    let manager = user(&t, Role::EpnManager, &[org]).await;
    let coord = user(&t, Role::Coordinator, &[]).await;
    let record = PlaceColumns {
        organisation_id: org,
        kind: domain::PlaceKind::Other,
        name: "Permanence numérique".into(),
        mobile: true,
        label_status: domain::LabelStatus::None,
        ..Default::default()
    };
    let (count, _) = t.db.directory_stamp().await.unwrap();
    let pid =
        t.db.create_proposal(
            &NewProposal {
                place_id: None,
                organisation_id: org,
                author_id: manager,
                before: None,
                after: &record,
            },
            NOW,
        )
        .await
        .unwrap();
    assert_eq!(t.db.directory_stamp().await.unwrap().0, count);
    let AcceptOutcome::Accepted { place_id } = t.db.accept_proposal(pid, coord, NOW).await.unwrap()
    else {
        panic!("not accepted");
    };
    assert_eq!(t.db.directory_stamp().await.unwrap().0, count + 1);
    assert_eq!(
        t.db.editable_place(place_id).await.unwrap().unwrap().record,
        record
    );
    assert_eq!(
        t.db.proposal(pid).await.unwrap().unwrap().place_id,
        Some(place_id)
    );
    let actions: Vec<String> = log(&t, place_id)
        .await
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["proposal.accept", "place.create"]);
}

#[tokio::test]
async fn proposals_are_rejected_with_a_reason_and_listed_pending_first() {
    let t = demo().await;
    let a = place(&t, "Sapiens").await.id;
    let pa = t.db.editable_place(a).await.unwrap().unwrap();
    let org = pa.record.organisation_id;
    let manager = user(&t, Role::EpnManager, &[org]).await;
    let coord = user(&t, Role::Coordinator, &[]).await;
    let propose = |after: PlaceColumns| {
        let before = pa.record.clone();
        let db = t.db.clone();
        async move {
            db.create_proposal(
                &NewProposal {
                    place_id: Some(a),
                    organisation_id: org,
                    author_id: manager,
                    before: Some(&before),
                    after: &after,
                },
                NOW,
            )
            .await
            .unwrap()
        }
    };
    let mut one = pa.record.clone();
    one.email = Some("one@example.org".into());
    let first = propose(one).await;
    assert!(
        t.db.reject_proposal(first, coord, "Unknown address", NOW)
            .await
            .unwrap()
    );
    assert!(
        !t.db
            .reject_proposal(first, coord, "again", NOW)
            .await
            .unwrap()
    );
    let p = t.db.proposal(first).await.unwrap().unwrap();
    assert_eq!(p.status, ProposalStatus::Rejected);
    assert_eq!(p.reason.as_deref(), Some("Unknown address"));
    assert_eq!(
        t.db.editable_place(a).await.unwrap().unwrap().record,
        pa.record
    );
    let rejected = log(&t, a).await;
    assert_eq!(rejected[0].action, "proposal.reject");
    assert_eq!(rejected[0].note.as_deref(), Some("Unknown address"));

    // Two saves of the same author for the same place: one pending proposal, the latest.
    let mut two = pa.record.clone();
    two.email = Some("two@example.org".into());
    let second = propose(two).await;
    let mut three = pa.record.clone();
    three.email = Some("three@example.org".into());
    assert_eq!(propose(three).await, second);
    let pending =
        t.db.list_proposals(&ProposalFilter {
            status: Some(ProposalStatus::Pending),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].after.email.as_deref(), Some("three@example.org"));

    let all =
        t.db.list_proposals(&ProposalFilter::default())
            .await
            .unwrap();
    let ids: Vec<i64> = all.iter().map(|p| p.id).collect();
    assert_eq!(ids, [second, first]);
    let other_org =
        t.db.list_proposals(&ProposalFilter {
            organisations: Some(vec![org + 1000]),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(other_org.is_empty());
}

#[tokio::test]
async fn the_back_office_list_filters_and_keeps_places_without_a_commune() {
    let t = demo().await;
    let all =
        t.db.list_places_for_editing(&PlaceListFilter::default())
            .await
            .unwrap();
    assert_eq!(all.len() as i64, t.db.directory_stamp().await.unwrap().0);
    assert!(
        all.iter().any(|p| p.commune_nis.is_none()),
        "Brusurf has no commune"
    );

    let sapiens =
        t.db.list_places_for_editing(&PlaceListFilter {
            text: Some("sapiens".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(sapiens.len(), 1);
    let labelled =
        t.db.list_places_for_editing(&PlaceListFilter {
            label_status: Some("labelled".into()),
            commune_nis: Some("21014".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(!labelled.is_empty());
    assert!(
        labelled
            .iter()
            .all(|p| p.label_status == "labelled" && p.commune_nis.as_deref() == Some("21014"))
    );
    let org = sapiens[0].organisation_id;
    let scoped =
        t.db.list_places_for_editing(&PlaceListFilter {
            organisations: Some(vec![org]),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(scoped.iter().all(|p| p.organisation_id == org));
    // Nothing is older than a year in the demo.
    let stale =
        t.db.list_places_for_editing(&PlaceListFilter {
            updated_before: Some(NOW - 365 * 86_400),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(stale.is_empty());
}
