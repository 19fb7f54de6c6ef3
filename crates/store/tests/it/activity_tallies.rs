//! The monthly rollup of the activity log: kept by every write in its
//! transaction, equal to the one rebuilt from the records after any
//! sequence of writes, and summed by period and places for the figures.
//! On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

use chrono::{Duration, NaiveDate};
use domain::activity::figures::{Kind, dim};
use domain::activity::workshop::{Breakdown, Workshop};
use domain::activity::{Autonomy, Equipment, Location, Support, themes};
use domain::diagnostic::Level;
use store::activity::list::{Entry, EntryKind};
use store::activity::tallies::TallyPlaces;
use store::testing::NOW;

use crate::helpers::{demo, place};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// xorshift64: the same sequence of writes on every run and engine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn random_themes(rng: &mut Rng) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for _ in 0..1 + rng.below(3) {
        let t = &themes()[rng.below(themes().len())].code;
        if !out.contains(t) {
            out.push(t.clone());
        }
    }
    out
}

fn random_support(rng: &mut Rng, places: &[i64], start: NaiveDate) -> Support {
    let mut equipment = Vec::new();
    for e in Equipment::ALL {
        if rng.below(3) == 0 {
            equipment.push(*e);
        }
    }
    Support {
        place_id: places[rng.below(places.len())],
        date: start + Duration::days(rng.below(70) as i64),
        minutes: 1 + rng.below(600) as u32,
        location: Location::ALL[rng.below(Location::ALL.len())],
        themes: random_themes(rng),
        equipment,
        autonomy: Autonomy::ALL[rng.below(Autonomy::ALL.len())],
        redirect_place_id: None,
        redirect_text: None,
    }
}

/// Counts that add up to `total` over `n` categories.
fn split(rng: &mut Rng, total: u32, n: usize) -> Vec<u32> {
    let mut out = vec![0; n];
    for _ in 0..total {
        out[rng.below(n)] += 1;
    }
    out
}

fn random_workshop(rng: &mut Rng, places: &[i64], start: NaiveDate) -> Workshop {
    let participants = 1 + rng.below(20) as u32;
    let mut counts: [Option<Vec<u32>>; 3] = [None, None, None];
    for b in Breakdown::ALL {
        if rng.below(2) == 0 {
            counts[b.index()] = Some(split(rng, participants, b.categories().len()));
        }
    }
    Workshop {
        place_id: places[rng.below(places.len())],
        session_id: None,
        date: start + Duration::days(rng.below(70) as i64),
        title: "Atelier".into(),
        level: Level::ALL[rng.below(Level::ALL.len())],
        minutes: 30 + rng.below(200) as u32,
        themes: random_themes(rng),
        participants,
        counts,
    }
}

#[tokio::test]
async fn the_kept_rollup_equals_the_rebuilt_one_after_random_writes() {
    let t = demo().await;
    let db = &t.db;
    let today = day("2026-11-26");
    db.load_demo_activity(today, NOW).await.unwrap();
    let after_demo = db.tallies().await.unwrap();
    assert!(
        after_demo.len() > 100,
        "the demo's log is rolled up: {}",
        after_demo.len()
    );

    let a = place(&t, "Jardinier").await;
    let b = place(&t, "Uccle").await;
    assert_ne!(a.organisation_id, b.organisation_id);
    let org_of = |p: i64| {
        if p == a.id {
            a.organisation_id
        } else {
            b.organisation_id
        }
    };
    let places = [a.id, b.id];
    let start = day("2026-09-15");
    let mut rng = Rng(0x07a1_11e5);
    let mut supports: Vec<i64> = Vec::new();
    let mut workshops: Vec<i64> = Vec::new();
    for _ in 0..200 {
        match rng.below(14) {
            10 => {
                // The import's batches go through the same per-record path.
                let batch: Vec<(i64, _)> = (0..3)
                    .map(|_| {
                        let s = random_support(&mut rng, &places, start);
                        (org_of(s.place_id), s)
                    })
                    .collect();
                supports.extend(db.add_supports(&batch, None, NOW).await.unwrap());
                let w = random_workshop(&mut rng, &places, start);
                workshops.extend(
                    db.add_workshops(&[(org_of(w.place_id), w)], None, NOW)
                        .await
                        .unwrap(),
                );
            }
            11 if !workshops.is_empty() => {
                // A workshop's change may move it to another month.
                let id = workshops[rng.below(workshops.len())];
                let mut w = random_workshop(&mut rng, &places, start);
                w.place_id = db.workshop(id).await.unwrap().unwrap().workshop.place_id;
                assert!(db.update_workshop(id, &w, None, NOW).await.unwrap());
            }
            12 => {
                // A quick-help count pressed by mistake is taken away.
                let (entries, _) = db
                    .activity_entries(None, &[EntryKind::QuickHelp], 10_000, 0)
                    .await
                    .unwrap();
                let all: Vec<i64> = entries
                    .iter()
                    .filter_map(|e| match e {
                        Entry::QuickHelp(q) => Some(q.id),
                        _ => None,
                    })
                    .collect();
                if let Some(&id) = all.get(rng.below(all.len().max(1))) {
                    assert!(db.delete_quick_help(id, None, NOW).await.unwrap());
                }
            }
            0..=3 => {
                let s = random_support(&mut rng, &places, start);
                supports.push(
                    db.add_support(org_of(s.place_id), &s, None, NOW)
                        .await
                        .unwrap(),
                );
            }
            4 | 5 if !supports.is_empty() => {
                // A change may move it to another month and another place.
                let id = supports[rng.below(supports.len())];
                let s = random_support(&mut rng, &places, start);
                assert!(db.update_support(id, &s, None, NOW).await.unwrap());
            }
            6 if !supports.is_empty() => {
                let id = supports.swap_remove(rng.below(supports.len()));
                assert!(db.delete_support(id, None, NOW).await.unwrap());
            }
            7 => {
                let p = places[rng.below(2)];
                let theme = &themes()[rng.below(4)].code;
                let d = start + Duration::days(rng.below(70) as i64);
                db.add_quick_help(org_of(p), p, d, theme, None, NOW)
                    .await
                    .unwrap();
            }
            8 => {
                let w = random_workshop(&mut rng, &places, start);
                workshops.push(
                    db.add_workshop(org_of(w.place_id), &w, None, NOW)
                        .await
                        .unwrap(),
                );
            }
            _ if !workshops.is_empty() => {
                let id = workshops.swap_remove(rng.below(workshops.len()));
                assert!(db.delete_workshop(id, None, NOW).await.unwrap());
            }
            _ => {}
        }
    }
    assert!(!db.delete_support(-1, None, NOW).await.unwrap());
    assert!(
        !db.update_support(-1, &random_support(&mut rng, &places, start), None, NOW)
            .await
            .unwrap()
    );
    let kept = db.tallies().await.unwrap();
    assert!(
        kept.iter()
            .any(|l| l.kind == "workshop" && l.dimension == dim::GENDER)
    );
    assert!(kept.iter().any(|l| l.kind == "quick" && l.place_id == b.id));
    assert!(
        kept.iter()
            .all(|l| l.records != 0 || l.people != 0 || l.minutes != 0),
        "no empty line is kept"
    );
    let written = db.rebuild_tallies().await.unwrap();
    let rebuilt = db.tallies().await.unwrap();
    assert_eq!(written as usize, rebuilt.len());
    assert_eq!(kept.len(), rebuilt.len());
    assert_eq!(kept, rebuilt);

    // Deleting everything again takes the lines away: back to the demo's
    // rollup plus the quick helps.
    for id in supports {
        db.delete_support(id, None, NOW).await.unwrap();
    }
    for id in workshops {
        db.delete_workshop(id, None, NOW).await.unwrap();
    }
    let left = db.tallies().await.unwrap();
    let without_quick = |v: &[store::activity::tallies::Tally]| {
        v.iter()
            .filter(|l| l.kind != "quick")
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(without_quick(&left), without_quick(&after_demo));
}

#[tokio::test]
async fn the_sums_follow_the_period_and_the_places() {
    let t = demo().await;
    let db = &t.db;
    let a = place(&t, "Jardinier").await;
    let b = place(&t, "Uccle").await;
    let support = |place_id: i64, date: &str, minutes: u32| Support {
        place_id,
        date: day(date),
        minutes,
        location: Location::AtPlace,
        themes: vec!["email".into(), "security".into()],
        equipment: vec![],
        autonomy: Autonomy::Alone,
        redirect_place_id: None,
        redirect_text: None,
    };
    db.add_support(
        a.organisation_id,
        &support(a.id, "2026-10-05", 30),
        None,
        NOW,
    )
    .await
    .unwrap();
    db.add_support(
        a.organisation_id,
        &support(a.id, "2026-11-05", 90),
        None,
        NOW,
    )
    .await
    .unwrap();
    db.add_support(
        b.organisation_id,
        &support(b.id, "2026-11-06", 20),
        None,
        NOW,
    )
    .await
    .unwrap();
    db.add_quick_help(
        b.organisation_id,
        b.id,
        day("2026-11-06"),
        "email",
        None,
        NOW,
    )
    .await
    .unwrap();
    db.add_quick_help(
        b.organisation_id,
        b.id,
        day("2026-11-06"),
        "email",
        None,
        NOW,
    )
    .await
    .unwrap();

    let all = db
        .activity_sums("2026-10", "2026-11", &TallyPlaces::All, true)
        .await
        .unwrap();
    let line = |s: &domain::activity::figures::Sums, k: Kind, d: &str, v: &str| {
        s.lines
            .get(&(k, d.to_owned(), v.to_owned()))
            .copied()
            .unwrap_or_default()
    };
    let total = line(&all, Kind::Support, dim::ALL, dim::ALL);
    assert_eq!((total.records, total.people, total.minutes), (3, 3, 140));
    assert_eq!(line(&all, Kind::Support, dim::THEME, "security").records, 3);
    assert_eq!(
        line(&all, Kind::Support, dim::DURATION, "61-120").records,
        1
    );
    assert_eq!(line(&all, Kind::Quick, dim::THEME, "email").records, 2);
    assert_eq!(
        all.months[&("2026-10".to_owned(), Kind::Support)].records,
        1
    );
    assert_eq!(
        all.months[&("2026-11".to_owned(), Kind::Support)].minutes,
        110
    );
    let nis_a = a.commune_nis.clone();
    assert_eq!(all.communes[&(nis_a.clone(), Kind::Support)].records, 2);

    let november = db
        .activity_sums("2026-11", "2026-11", &TallyPlaces::All, false)
        .await
        .unwrap();
    assert_eq!(
        line(&november, Kind::Support, dim::ALL, dim::ALL).records,
        2
    );
    assert!(november.communes.is_empty());

    let org = db
        .activity_sums(
            "2026-10",
            "2026-11",
            &TallyPlaces::Organisation(b.organisation_id),
            false,
        )
        .await
        .unwrap();
    assert_eq!(line(&org, Kind::Support, dim::ALL, dim::ALL).minutes, 20);
    assert_eq!(line(&org, Kind::Quick, dim::ALL, dim::ALL).records, 2);

    let commune = db
        .activity_sums("2026-10", "2026-11", &TallyPlaces::Commune(nis_a), false)
        .await
        .unwrap();
    assert_eq!(line(&commune, Kind::Support, dim::ALL, dim::ALL).records, 2);
    assert_eq!(line(&commune, Kind::Quick, dim::ALL, dim::ALL).records, 0);

    let some = db
        .activity_sums("2026-10", "2026-11", &TallyPlaces::Some(vec![b.id]), false)
        .await
        .unwrap();
    assert_eq!(line(&some, Kind::Support, dim::ALL, dim::ALL).records, 1);
    let none = db
        .activity_sums("2026-10", "2026-11", &TallyPlaces::Some(vec![]), false)
        .await
        .unwrap();
    assert!(none.lines.is_empty());
}
