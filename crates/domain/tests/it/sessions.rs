//! Sessions: recurrence in Brussels local time across daylight saving time,
//! themes mapped to DigComp areas, validation, and the listing's search.

use std::sync::Arc;

use chrono::{NaiveDate, NaiveTime, TimeZone, Timelike, Utc, Weekday};
use chrono_tz::Europe::Brussels;
use domain::diagnostic::{DigCompArea, Level};
use domain::directory::{Directory, Query, QueryError};
use domain::sessions::{
    DraftErrorKind, PersonDraft, Recurrence, RecurrenceError, Session, SessionDraft, SessionQuery,
    SessionStatus, Theme, expand, format_price, local_to_utc, parse_price_cents, search,
};
use domain::{Region, Vocabularies};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}
fn local(ts: i64) -> chrono::DateTime<chrono_tz::Tz> {
    Utc.timestamp_opt(ts, 0).unwrap().with_timezone(&Brussels)
}

#[test]
fn every_tuesday_until_june_keeps_local_time_across_the_clock_change() {
    let rec = Recurrence {
        every_weeks: 1,
        weekdays: vec![],
        until: d(2026, 6, 30),
        skip: vec![],
    };
    let occ = expand(d(2026, 3, 3), t(10, 0), t(12, 0), Some(&rec), &Brussels).unwrap();
    // Tuesdays from 3 March to 30 June 2026 included.
    assert_eq!(occ.len(), 18);
    assert_eq!(occ.first().unwrap().date, d(2026, 3, 3));
    assert_eq!(occ.last().unwrap().date, d(2026, 6, 30));
    for o in &occ {
        let s = local(o.starts_at);
        assert_eq!(s.weekday(), Weekday::Tue, "{s}");
        assert_eq!((s.hour(), s.minute()), (10, 0), "{s}");
        assert_eq!(local(o.ends_at).hour(), 12);
        assert_eq!(o.ends_at - o.starts_at, 7200);
    }
    // Winter time (UTC+1) before 29 March, summer time (UTC+2) after.
    let utc_hour =
        |o: &domain::sessions::Occurrence| Utc.timestamp_opt(o.starts_at, 0).unwrap().hour();
    assert_eq!(utc_hour(&occ[3]), 9, "24 March");
    assert_eq!(occ[3].date, d(2026, 3, 24));
    assert_eq!(utc_hour(&occ[4]), 8, "31 March");
    // Back to winter time on 25 October.
    let autumn = Recurrence {
        every_weeks: 1,
        weekdays: vec![],
        until: d(2026, 11, 3),
        skip: vec![],
    };
    let occ = expand(
        d(2026, 10, 20),
        t(18, 30),
        t(20, 0),
        Some(&autumn),
        &Brussels,
    )
    .unwrap();
    assert_eq!(occ.len(), 3);
    let hours: Vec<u32> = occ
        .iter()
        .map(|o| Utc.timestamp_opt(o.starts_at, 0).unwrap().hour())
        .collect();
    assert_eq!(hours, vec![16, 17, 17]);
}

use chrono::Datelike;

use crate::helpers::{REGION, VOCAB, place};

#[test]
fn every_other_week_several_weekdays_and_skipped_holidays() {
    let rec = Recurrence {
        every_weeks: 2,
        weekdays: vec![Weekday::Thu, Weekday::Mon],
        until: d(2026, 12, 31),
        skip: vec![d(2026, 12, 24)],
    };
    // Starts on Thursday 26 November: the Monday of that week is before the first date.
    let occ = expand(d(2026, 11, 26), t(14, 0), t(16, 0), Some(&rec), &Brussels).unwrap();
    let dates: Vec<NaiveDate> = occ.iter().map(|o| o.date).collect();
    assert_eq!(
        dates,
        vec![
            d(2026, 11, 26),
            d(2026, 12, 7),
            d(2026, 12, 10),
            d(2026, 12, 21)
        ],
        "24 December is skipped"
    );
    let once = expand(d(2026, 12, 1), t(9, 0), t(9, 30), None, &Brussels).unwrap();
    assert_eq!(once.len(), 1);
}

#[test]
fn times_that_do_not_exist_or_happen_twice() {
    // 29 March 2026: 02:00 → 03:00. 02:30 does not exist: it moves to 03:30 summer time.
    let gap = local_to_utc(d(2026, 3, 29), t(2, 30), &Brussels);
    assert_eq!(gap, Utc.with_ymd_and_hms(2026, 3, 29, 1, 30, 0).unwrap());
    // 25 October 2026: 03:00 → 02:00. 02:30 happens twice: the first one (summer time).
    let twice = local_to_utc(d(2026, 10, 25), t(2, 30), &Brussels);
    assert_eq!(twice, Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap());
}

#[test]
fn recurrence_errors() {
    let rec = |until, every_weeks, skip: Vec<NaiveDate>| Recurrence {
        every_weeks,
        weekdays: vec![],
        until,
        skip,
    };
    let first = d(2026, 12, 1);
    assert_eq!(
        expand(first, t(12, 0), t(10, 0), None, &Brussels),
        Err(RecurrenceError::EndBeforeStart)
    );
    assert_eq!(
        expand(
            first,
            t(10, 0),
            t(12, 0),
            Some(&rec(d(2026, 11, 1), 1, vec![])),
            &Brussels
        ),
        Err(RecurrenceError::UntilBeforeFirst)
    );
    assert_eq!(
        expand(
            first,
            t(10, 0),
            t(12, 0),
            Some(&rec(d(2030, 1, 1), 1, vec![])),
            &Brussels
        ),
        Err(RecurrenceError::TooMany)
    );
    assert_eq!(
        expand(
            first,
            t(10, 0),
            t(12, 0),
            Some(&rec(d(2026, 12, 2), 5, vec![])),
            &Brussels
        ),
        Err(RecurrenceError::Interval)
    );
    assert_eq!(
        expand(
            first,
            t(10, 0),
            t(12, 0),
            Some(&rec(d(2026, 12, 2), 1, vec![first])),
            &Brussels
        ),
        Err(RecurrenceError::Empty)
    );
}

#[test]
fn themes_belong_to_the_diagnostics_digcomp_areas() {
    for area in DigCompArea::ALL {
        assert!(Theme::of_area(area).count() >= 1, "{area:?} has no theme");
    }
    for theme in Theme::ALL {
        assert_eq!(Theme::parse(theme.code()), Some(theme));
        assert!(DigCompArea::parse(theme.area().code()).is_some());
        assert_eq!(
            theme.label_key(),
            format!("sessions-theme-{}", theme.code())
        );
    }
    assert_eq!(Theme::Safety.area(), DigCompArea::Safety);
    assert_eq!(Theme::OnlineServices.area(), DigCompArea::Communication);
    assert_eq!(Theme::parse("cooking"), None);
}

#[test]
fn prices_are_typed_in_euros_and_kept_in_cents() {
    for (typed, cents) in [
        ("", 0),
        ("0", 0),
        ("2", 200),
        ("2,50", 250),
        ("2.5", 250),
        ("€ 3", 300),
        (",5", 50),
    ] {
        assert_eq!(parse_price_cents(typed), Some(cents), "{typed:?}");
    }
    for bad in ["-1", "two", "2,505", "1.2.3", "."] {
        assert_eq!(parse_price_cents(bad), None, "{bad:?}");
    }
    assert_eq!(format_price(250, true), "2,50");
    assert_eq!(format_price(1000, false), "10.00");
}

fn reference() -> (Region, Vocabularies) {
    (
        Region::from_toml(REGION).unwrap(),
        Vocabularies::from_toml(VOCAB).unwrap(),
    )
}

fn draft() -> SessionDraft {
    SessionDraft {
        title: "Mon smartphone, premiers pas".into(),
        theme: "devices".into(),
        level: "beginner".into(),
        languages: vec!["fr".into(), "ar".into()],
        seats: "10".into(),
        waiting_list: true,
        price: "".into(),
        publics: vec!["seniors".into()],
        date: "2026-12-01".into(),
        start: "10:00".into(),
        end: "12:00".into(),
        repeat: "weekly".into(),
        until: "2027-01-26".into(),
        skip: "2026-12-29, 2026-12-22".into(),
        ..SessionDraft::default()
    }
}

const NOW: i64 = 1_795_687_200; // 2026-11-26T10:00:00Z

#[test]
fn a_valid_recurring_session() {
    let (region, vocab) = reference();
    let v = draft().validate(false, &vocab, &region, NOW).unwrap();
    assert_eq!(v.theme, Theme::Devices);
    assert_eq!(v.level, Level::Beginner);
    assert_eq!(v.price_cents, 0);
    assert_eq!(v.seats, 10);
    // Tuesdays 1 December → 26 January, without 22 and 29 December.
    assert_eq!(v.occurrences.len(), 7);
    assert!(v.location.is_none());
}

#[test]
fn every_problem_names_its_field() {
    let (region, vocab) = reference();
    let bad = SessionDraft {
        title: " ".into(),
        title_lang: "klingon".into(),
        theme: "cooking".into(),
        level: "expert".into(),
        languages: vec![],
        seats: "0".into(),
        price: "free".into(),
        date: "2026-11-20".into(),
        start: "10:00".into(),
        end: "09:00".into(),
        repeat: "daily".into(),
        ..SessionDraft::default()
    };
    let errors = bad.validate(true, &vocab, &region, NOW).unwrap_err();
    let has = |field: &str, kind: DraftErrorKind| {
        errors.iter().any(|e| e.field == field && e.kind == kind)
    };
    assert!(has("title", DraftErrorKind::Missing), "{errors:?}");
    assert!(has("title_lang", DraftErrorKind::UnknownCode));
    assert!(has("theme", DraftErrorKind::UnknownCode));
    assert!(has("level", DraftErrorKind::UnknownCode));
    assert!(has("languages", DraftErrorKind::Missing));
    assert!(has("seats", DraftErrorKind::OutOfRange));
    assert!(has("price", DraftErrorKind::NotANumber));
    assert!(has("repeat", DraftErrorKind::UnknownCode));
    assert!(
        has("location", DraftErrorKind::Missing),
        "a mobile activity says where"
    );
    assert!(has("postcode", DraftErrorKind::Missing));

    let past = SessionDraft {
        date: "2026-11-26".into(),
        start: "09:00".into(),
        end: "10:00".into(),
        repeat: String::new(),
        ..draft()
    };
    let errors = past.validate(false, &vocab, &region, NOW).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        (errors[0].field, errors[0].kind),
        ("date", DraftErrorKind::InPast)
    );

    let mobile = SessionDraft {
        location: "Salle polyvalente, rue Haute 1".into(),
        postcode: "9999".into(),
        ..draft()
    };
    let errors = mobile.validate(true, &vocab, &region, NOW).unwrap_err();
    assert_eq!(
        (errors[0].field, errors[0].kind),
        ("postcode", DraftErrorKind::UnknownPostcode)
    );
    let ok = SessionDraft {
        postcode: "1080".into(),
        ..mobile
    }
    .validate(true, &vocab, &region, NOW)
    .unwrap();
    assert_eq!(ok.commune_nis.as_deref(), Some("21012"));
}

#[test]
fn a_person_is_a_first_name_with_consent() {
    let ok = PersonDraft {
        name: " Amina ".into(),
        phone: "+32 470 12 34 56".into(),
        email: "".into(),
        consent: true,
    }
    .validate()
    .unwrap();
    assert_eq!(ok.name, "Amina");
    assert_eq!(ok.phone.as_deref(), Some("+32 470 12 34 56"));
    assert_eq!(ok.email, None);
    let errors = PersonDraft {
        name: "".into(),
        phone: "call me".into(),
        email: "not-an-address".into(),
        consent: false,
    }
    .validate()
    .unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, vec!["name", "phone", "email", "consent"]);
    let long = PersonDraft {
        name: "x".repeat(61),
        consent: true,
        ..PersonDraft::default()
    };
    assert_eq!(
        long.validate().unwrap_err()[0].kind,
        DraftErrorKind::TooLong
    );
}

fn session(id: i64, place_id: Option<i64>, theme: Theme, starts_at: i64) -> Session {
    Session {
        id,
        series_id: None,
        organisation_id: 1,
        organisation: "Org".into(),
        place_id,
        location: place_id.is_none().then(|| "Salle".to_owned()),
        postcode: place_id.is_none().then(|| "1080".to_owned()),
        commune_nis: place_id.is_none().then(|| "21012".to_owned()),
        title: format!("Atelier {id}"),
        title_lang: None,
        description: None,
        theme,
        level: Level::Beginner,
        languages: vec!["fr".into()],
        starts_at,
        ends_at: starts_at + 7200,
        seats: 10,
        booked: 0,
        waiting: 0,
        waiting_list: true,
        self_booking: false,
        price_cents: 0,
        publics: vec![],
        bring: None,
        accessibility: vec![],
        status: SessionStatus::Scheduled,
        cancel_reason: None,
        sequence: 0,
        updated_at: 0,
    }
}

fn directory() -> Directory {
    let places = vec![
        place(1, "Open Atelier 110", "Maks vzw", "21012", "1080"),
        place(2, "EPN Uccle", "EPN Uccle", "21016", "1180"),
        place(3, "EPN de Ganshoren", "Ganshoren", "21008", "1083"),
    ];
    let (region, vocab) = reference();
    Directory::build(Arc::new(region), Arc::new(vocab), places)
}

#[test]
fn the_listing_searches_like_the_places() {
    let dir = directory();
    let day = 86_400;
    let mut list = vec![
        session(1, Some(1), Theme::Devices, NOW + 3 * day),
        session(2, Some(2), Theme::Safety, NOW + day),
        session(3, None, Theme::Messaging, NOW + 2 * day),
        session(4, Some(3), Theme::OnlineServices, NOW + 40 * day),
        session(5, Some(1), Theme::Documents, NOW - day),
    ];
    list[0].booked = 10;
    list[1].price_cents = 300;
    list[2].languages = vec!["nl".into()];
    list[3].status = SessionStatus::Cancelled;
    let q = |f: &dyn Fn(&mut SessionQuery)| {
        let mut q = SessionQuery {
            from: NOW,
            limit: 50,
            ..SessionQuery::default()
        };
        f(&mut q);
        q
    };
    let ids = |q: &SessionQuery| -> Vec<i64> {
        search(&dir, &list, q)
            .unwrap()
            .hits
            .iter()
            .map(|h| h.session.id)
            .collect()
    };
    // Upcoming, soonest first; cancelled and past ones left out.
    assert_eq!(ids(&q(&|_| {})), vec![2, 3, 1]);
    // Near Molenbeek (1080): the place there and the mobile activity there, not Uccle.
    let near = q(&|q| {
        q.location = Query {
            text: Some("1080".into()),
            radius_km: Some(2.0),
            ..Query::default()
        }
    });
    assert_eq!(ids(&near), vec![3, 1]);
    let r = search(&dir, &list, &near).unwrap();
    assert!(
        r.hits
            .iter()
            .all(|h| h.distance_km.is_some_and(|d| d < 2.0))
    );
    // By commune code, by theme, by DigComp area, free, seats, language, dates.
    assert_eq!(
        ids(&q(&|q| q.location.commune = Some("21016".into()))),
        vec![2]
    );
    assert_eq!(ids(&q(&|q| q.theme = Some("devices".into()))), vec![1]);
    assert_eq!(
        ids(&q(&|q| q.theme = Some("communication".into()))),
        vec![3]
    );
    assert_eq!(ids(&q(&|q| q.free = true)), vec![3, 1]);
    assert_eq!(ids(&q(&|q| q.has_seats = true)), vec![2, 3]);
    assert_eq!(ids(&q(&|q| q.language = Some("nl".into()))), vec![3]);
    assert_eq!(ids(&q(&|q| q.to = Some(NOW + 2 * day + 1))), vec![2, 3]);
    assert_eq!(ids(&q(&|q| q.place_id = Some(1))), vec![1]);
    assert_eq!(ids(&q(&|q| q.include_cancelled = true)), vec![2, 3, 1, 4]);
    // Words that name no place: the title.
    assert_eq!(
        ids(&q(&|q| q.location.text = Some("atelier 2".into()))),
        vec![2]
    );
    // Unknown codes name their parameter.
    for (param, f) in [
        (
            "theme",
            &(|q: &mut SessionQuery| q.theme = Some("cooking".into()))
                as &dyn Fn(&mut SessionQuery),
        ),
        ("level", &|q: &mut SessionQuery| {
            q.level = Some("guru".into())
        }),
        ("language", &|q: &mut SessionQuery| {
            q.language = Some("xx".into())
        }),
        ("commune", &|q: &mut SessionQuery| {
            q.location.commune = Some("99999".into())
        }),
    ] {
        match search(&dir, &list, &q(f)) {
            Err(QueryError::UnknownCode { param: p, .. }) => assert_eq!(p, param),
            other => panic!("{param}: {other:?}"),
        }
    }
}
