//! The index's shortcuts (grid cells and sub-cells, counting whole cells,
//! ranking only what can make the page, lists of the places beyond a circle,
//! posting lists checked place by place, bitsets, counts of circles kept
//! for the next search) give the answers of a
//! plain scan of every place, on a generated directory of a few thousand
//! places crowded into the region the way real ones are.

use std::sync::Arc;

use chrono::NaiveDateTime;
use domain::directory::{Directory, Query};
use domain::{LatLon, Region, Vocabularies};

use crate::helpers::{REGION, VOCAB, place};

/// Made-up words no commune, district or search word uses.
const WORDS: [&str; 8] = [
    "zorblax",
    "quintel",
    "quintessa",
    "mervok",
    "zorbital",
    "plimsy",
    "quorvath",
    "mervane",
];

fn generated(n: usize) -> Directory {
    let region = Region::from_toml(REGION).unwrap();
    let mut rng = fastrand::Rng::with_seed(16);
    let mut places = Vec::with_capacity(n);
    for i in 0..n {
        let c = &region.communes[rng.usize(..region.communes.len())];
        let pc = c.postcodes[rng.usize(..c.postcodes.len())].clone();
        let name = format!(
            "{} {} {}",
            WORDS[rng.usize(..WORDS.len())],
            WORDS[rng.usize(..WORDS.len())],
            rng.u32(1..40)
        );
        // Some places are workshops by name ("atelier" is also a word for the
        // training service), some offer training, a few have a postcode the
        // region does not know.
        let name = if i % 5 == 0 {
            format!("Atelier {name}")
        } else {
            name
        };
        // Names as written sort apart from their folded forms (capitals,
        // accents), and some hold the words of a kind of place, or one of them.
        let name = match i % 7 {
            1 => name[..1].to_uppercase() + &name[1..],
            2 => format!("Espace Numérique {name}"),
            4 => format!("Espace {name}"),
            5 => format!("Numérique {name}"),
            // A few hold a word few places have, with common ones or alone.
            _ if i % 41 == 9 => format!("Espace Public Numérique {name}"),
            _ if i % 41 == 30 => format!("Public {name}"),
            _ if i % 11 == 6 => format!("Bibliothèque {name}"),
            _ => name,
        };
        let pc = if i % 50 == 3 { "9999".to_owned() } else { pc };
        let mut p = place(i as i64 + 1, &name, "Asbl", &c.nis, &pc);
        if i % 4 == 0 {
            p.services = vec!["training".into()];
        }
        // A few places say when they open: an "open" search finds fewer
        // places than a page holds.
        if i % 300 == 7 {
            p.opening_hours = Some("Mo 10:00-12:00".into());
        }
        // Most places near their commune's centre, many at one spot (a postcode
        // centre), a few without coordinates.
        p.location = match rng.u32(0..10) {
            0 => None,
            1 if i % 2 == 0 => Some(LatLon {
                lat: c.lat,
                lon: c.lon,
            }),
            1 => region.postcode(&pc).map(|a| LatLon {
                lat: a.lat,
                lon: a.lon,
            }),
            _ => Some(LatLon {
                lat: c.lat + (rng.f64() - 0.5) * 0.03 * rng.f64(),
                lon: c.lon + (rng.f64() - 0.5) * 0.045 * rng.f64(),
            }),
        };
        places.push(p);
    }
    Directory::build(
        Arc::new(region),
        Arc::new(Vocabularies::from_toml(VOCAB).unwrap()),
        places,
    )
}

/// The services filter of a search: training, or none.
fn training_only(on: bool) -> Vec<String> {
    if on { vec!["training".into()] } else { vec![] }
}

fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2026-11-26 11:00", "%Y-%m-%d %H:%M").unwrap()
}

/// (total, ids of the page with distances in metres) of a search, asked
/// twice: the second time reads what the first memoised (the number of
/// places of a circle without filters, open states) and only ranks.
fn answer(d: &Directory, q: &Query) -> (usize, Vec<(i64, i64)>) {
    let once = || {
        let r = d.search(q, now()).unwrap();
        let page: Vec<(i64, i64)> = r
            .hits
            .iter()
            .map(|h| (h.id, h.distance_km.map_or(-1, |x| (x * 1e6).round() as i64)))
            .collect();
        (r.total, page)
    };
    let first = once();
    assert_eq!(once(), first, "the same search again: {q:?}");
    first
}

/// Every place with its position and its distance to `o` as the search measures it.
fn scan(d: &Directory, o: LatLon) -> Vec<(f64, usize, i64, LatLon)> {
    d.places()
        .enumerate()
        .map(|(i, p)| {
            let (pos, _) = d.position(p.id).unwrap();
            let dist = if pos == o { 0.0 } else { o.distance_km(pos) };
            (dist, i, p.id, pos)
        })
        .collect()
}

fn page_of(
    v: Vec<(f64, usize, i64, LatLon)>,
    offset: usize,
    limit: usize,
) -> (usize, Vec<(i64, i64)>) {
    page_own_first(v, |_| false, offset, limit)
}

/// [`page_of`], the places of the searched postcode (`own`) first.
fn page_own_first(
    mut v: Vec<(f64, usize, i64, LatLon)>,
    own: impl Fn(usize) -> bool,
    offset: usize,
    limit: usize,
) -> (usize, Vec<(i64, i64)>) {
    v.sort_by(|a, b| {
        own(b.1)
            .cmp(&own(a.1))
            .then(a.0.total_cmp(&b.0))
            .then(a.1.cmp(&b.1))
    });
    let total = v.len();
    let page = v
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|(dist, _, id, _)| (id, (dist * 1e6).round() as i64))
        .collect();
    (total, page)
}

#[test]
fn near_a_point_gives_what_a_scan_gives() {
    let d = generated(6000);
    let mut rng = fastrand::Rng::with_seed(3);
    for round in 0..60 {
        let c = &d.region.communes[round % d.region.communes.len()];
        let o = LatLon {
            lat: c.lat + (rng.f64() - 0.5) * 0.02,
            lon: c.lon + (rng.f64() - 0.5) * 0.03,
        };
        let radius = [0.3, 1.0, 2.5, 6.0][round % 4];
        let (offset, limit) = [(0, 20), (20, 20), (0, 5), (0, 0)][round % 4];
        assert_near_as_a_scan(&d, o, radius, offset, limit);
    }
}

/// A search near `o` within `radius` km (its page from `offset`, `limit`
/// long) gives the page and count of a scan of every place.
fn assert_near_as_a_scan(d: &Directory, o: LatLon, radius: f64, offset: usize, limit: usize) {
    let q = Query {
        near: Some(o),
        radius_km: Some(radius),
        offset,
        limit,
        ..Query::default()
    };
    let expected: Vec<_> = scan(d, o)
        .into_iter()
        .filter(|(_, _, _, pos)| pos.distance_km(o) <= radius)
        .collect();
    assert_eq!(
        answer(d, &q),
        page_of(expected, offset, limit),
        "near {o:?} within {radius} km, page from {offset}, {limit} long"
    );
}

/// A few hundred places spread thin over the region, about one to a grid
/// cell: the nearest few of a point are often in a cell of the second or
/// third ring around the point's own, nearer than a corner of the first.
/// Asked again, the count is known and only the cells that can still make
/// the page are looked at, ring by ring from the point's cell outwards.
#[test]
fn near_a_point_in_a_thin_directory_gives_what_a_scan_gives() {
    let region = Region::from_toml(REGION).unwrap();
    let (lat, lon) = (50.84, 4.36);
    let mut rng = fastrand::Rng::with_seed(21);
    let places: Vec<_> = (0..400)
        .map(|i| {
            let c = &region.communes[i % region.communes.len()];
            let mut p = place(
                i as i64 + 1,
                &format!("Lieu {i}"),
                "Asbl",
                &c.nis,
                &c.postcodes[0],
            );
            p.location = Some(LatLon {
                lat: lat + (rng.f64() - 0.5) * 0.1,
                lon: lon + (rng.f64() - 0.5) * 0.15,
            });
            p
        })
        .collect();
    let d = Directory::build(
        Arc::new(region),
        Arc::new(Vocabularies::from_toml(VOCAB).unwrap()),
        places,
    );
    for round in 0..300 {
        let o = LatLon {
            lat: lat + (rng.f64() - 0.5) * 0.08,
            lon: lon + (rng.f64() - 0.5) * 0.12,
        };
        let radius = [1.5, 3.0, 8.0][round % 3];
        let limit = [1, 2, 3, 5, 8][round % 5];
        assert_near_as_a_scan(&d, o, radius, 0, limit);
    }
}

/// Hundreds of places at each of a few positions (the centre of a postcode,
/// where places located only by their postcode are): each such crowd is a
/// sub-cell of its own, passed over whole when farther than the page, and
/// ranked only until the page is full of places no farther than it.
#[test]
fn places_crowded_at_one_position_give_what_a_scan_gives() {
    let region = Region::from_toml(REGION).unwrap();
    let spots: Vec<(LatLon, String)> = ["1040", "1050", "1000", "1030"]
        .iter()
        .map(|pc| {
            let a = region.postcode(pc).unwrap();
            (
                LatLon {
                    lat: a.lat,
                    lon: a.lon,
                },
                a.code.clone(),
            )
        })
        .collect();
    let c = &region.communes[0];
    let mut rng = fastrand::Rng::with_seed(33);
    let places: Vec<_> = (0..2400)
        .map(|i| {
            let (spot, pc) = &spots[i % spots.len()];
            // Most at the spot, some with another postcode, the others around
            // it, a few at each of a small grid of positions (too few to be a
            // sub-cell of their own: with other places in theirs).
            let pc = if i % 9 == 0 { &spots[0].1 } else { pc };
            let mut p = place(i as i64 + 1, &format!("Lieu {i}"), "Asbl", &c.nis, pc);
            if i % 3 == 0 {
                p.services = vec!["training".into()];
            }
            p.location = Some(match rng.u32(0..10) {
                0..6 => *spot,
                6..8 => LatLon {
                    lat: spot.lat + f64::from(rng.i32(-2..=2)) * 0.0007,
                    lon: spot.lon + f64::from(rng.i32(-2..=2)) * 0.001,
                },
                _ => LatLon {
                    lat: spot.lat + (rng.f64() - 0.5) * 0.008,
                    lon: spot.lon + (rng.f64() - 0.5) * 0.012,
                },
            });
            p
        })
        .collect();
    let training: Vec<bool> = places.iter().map(|p| !p.services.is_empty()).collect();
    let d = Directory::build(
        Arc::new(region),
        Arc::new(Vocabularies::from_toml(VOCAB).unwrap()),
        places,
    );
    for round in 0..120 {
        let (spot, pc) = &spots[round % spots.len()];
        // At the spot, or up to a few hundred metres from it.
        let o = if round % 5 == 0 {
            *spot
        } else {
            LatLon {
                lat: spot.lat + (rng.f64() - 0.5) * 0.006,
                lon: spot.lon + (rng.f64() - 0.5) * 0.009,
            }
        };
        let radius = [0.3, 1.0, 3.0][round % 3];
        let (offset, limit) = [(0, 1), (0, 5), (0, 20), (20, 20), (0, 200)][round % 5];
        let filtered = round % 2 == 1;
        let q = Query {
            near: Some(o),
            radius_km: Some(radius),
            services: training_only(filtered),
            offset,
            limit,
            ..Query::default()
        };
        let expected: Vec<_> = scan(&d, o)
            .into_iter()
            .filter(|(_, i, _, pos)| pos.distance_km(o) <= radius && (!filtered || training[*i]))
            .collect();
        assert_eq!(answer(&d, &q), page_of(expected, offset, limit), "{q:?}");
        // The postcode of the spot: its own places first, then the nearest.
        let q = Query {
            text: Some(pc.clone()),
            offset,
            limit,
            ..q
        };
        let q = Query {
            near: None,
            radius_km: None,
            ..q
        };
        let own = |i: usize| d.place_at(i).postcode.as_deref() == Some(pc.as_str());
        let expected: Vec<_> = scan(&d, *spot)
            .into_iter()
            .filter(|(dist, i, _, _)| {
                (*dist <= d.region.default_radius_km || own(*i)) && (!filtered || training[*i])
            })
            .collect();
        assert_eq!(
            answer(&d, &q),
            page_own_first(expected, own, offset, limit),
            "{q:?}"
        );
    }
}

#[test]
fn open_near_a_point_gives_what_a_scan_gives() {
    let d = generated(6000);
    let monday = |t: &str| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M").unwrap();
    let hours: Vec<bool> = d.places().map(|p| p.opening_hours.is_some()).collect();
    let mut rng = fastrand::Rng::with_seed(5);
    for round in 0..40 {
        let c = &d.region.communes[round % d.region.communes.len()];
        let o = LatLon {
            lat: c.lat + (rng.f64() - 0.5) * 0.02,
            lon: c.lon + (rng.f64() - 0.5) * 0.03,
        };
        let radius = [0.5, 2.5, 6.0, 20.0][round % 4];
        // Open at 11:00 (a few places), at 13:00 (none).
        let (at, open) = [("2026-11-30 11:00", true), ("2026-11-30 13:00", false)][round % 2];
        let q = Query {
            near: Some(o),
            radius_km: Some(radius),
            open_at: Some(monday(at)),
            limit: 20,
            ..Query::default()
        };
        let expected: Vec<_> = scan(&d, o)
            .into_iter()
            .filter(|(_, i, _, pos)| open && hours[*i] && pos.distance_km(o) <= radius)
            .collect();
        assert!(expected.len() < 20, "fewer than a page");
        assert_eq!(
            answer(&d, &q),
            page_of(expected, 0, 20),
            "open at {at} near {o:?} within {radius} km"
        );
    }
}

#[test]
fn a_commune_gives_its_places_and_those_around_its_centre() {
    let d = generated(6000);
    let radius = d.region.default_radius_km;
    for c in &d.region.communes {
        let o = LatLon {
            lat: c.lat,
            lon: c.lon,
        };
        let fr = c.name.get("fr").cloned().unwrap_or_default();
        for (offset, limit) in [(0, 20), (40, 10)] {
            let q = Query {
                text: Some(fr.clone()),
                offset,
                limit,
                ..Query::default()
            };
            let places: Vec<_> = d.places().collect();
            let expected: Vec<_> = scan(&d, o)
                .into_iter()
                .filter(|(_, i, _, pos)| {
                    pos.distance_km(o) <= radius || places[*i].commune_nis == c.nis
                })
                .collect();
            assert_eq!(
                answer(&d, &q),
                page_of(expected, offset, limit),
                "commune {fr}"
            );
        }
    }
}

/// Does a place with these tokens match every word (a word of 3 characters
/// or more matches the tokens it starts, a shorter one only itself)?
fn has_words(tokens: &[String], words: &[String]) -> bool {
    words.iter().all(|w| {
        tokens.iter().any(|x| {
            if w.chars().count() >= 3 {
                x.starts_with(w.as_str())
            } else {
                x == w
            }
        })
    })
}

#[test]
fn words_give_the_places_whose_words_start_with_them() {
    let d = generated(6000);
    let places: Vec<_> = d.places().collect();
    let tokens = |i: usize| {
        let p = &places[i];
        domain::text::tokens(&format!("{} {}", p.name, p.organisation))
    };
    let queries = [
        "zorblax",
        "quint",
        "quin merv",
        "zorb quintel",
        "mervok plimsy quorvath",
        "zor 17",
        "plimsy mer",
    ];
    for text in queries {
        let words: Vec<String> = domain::text::tokens(text);
        let expected: Vec<usize> = (0..places.len())
            .filter(|&i| has_words(&tokens(i), &words))
            .collect();
        let q = Query {
            text: Some(text.into()),
            limit: 30,
            ..Query::default()
        };
        let ids = ids_by_name_as_written(&places, &expected);
        assert_counts_and_lists(&d, &q, &ids);
    }
}

/// The ids of these places in the order of text searches: by name as
/// written, then in the directory's order.
fn ids_by_name_as_written(places: &[domain::place::Place], expected: &[usize]) -> Vec<i64> {
    let mut v = expected.to_vec();
    v.sort_by(|&a, &b| places[a].name.cmp(&places[b].name).then(a.cmp(&b)));
    v.into_iter().map(|i| places[i].id).collect()
}

/// Asserts that a search counts the places of `expected` (ids, in the order
/// of the answer) and lists those its offset and limit ask for.
fn assert_counts_and_lists(d: &Directory, q: &Query, expected: &[i64]) {
    let r = d.search(q, now()).unwrap();
    assert_eq!(r.total, expected.len(), "{q:?}");
    let ids: Vec<i64> = r.hits.iter().map(|h| h.id).collect();
    let want: Vec<i64> = expected
        .iter()
        .skip(q.offset)
        .take(q.limit)
        .copied()
        .collect();
    assert_eq!(ids, want, "{q:?}");
}

#[test]
fn words_and_a_postcode_give_the_places_of_both() {
    // "quint 1030": the places whose words start with "quint", of the postcode
    // or within the search radius of its centre; the postcode's own first,
    // then nearest first. Rare and common words: the matches are listed and
    // intersected with the circle's places, or each looked up.
    let d = generated(6000);
    let places: Vec<_> = d.places().collect();
    let radius = d.region.default_radius_km;
    let postcodes: Vec<String> = d.region.postcodes.iter().map(|p| p.code.clone()).collect();
    for (round, word) in ["quint", "zorblax", "plimsy mervane 17", "zor 3", "merv"]
        .iter()
        .enumerate()
    {
        for pc in postcodes.iter().skip(round).step_by(7) {
            let area = d.region.postcode(pc).unwrap();
            let o = LatLon {
                lat: area.lat,
                lon: area.lon,
            };
            let words = domain::text::tokens(word);
            let expected: Vec<_> = scan(&d, o)
                .into_iter()
                .filter(|(_, i, _, pos)| {
                    let p = &places[*i];
                    let t = domain::text::tokens(&format!("{} {}", p.name, p.organisation));
                    has_words(&t, &words)
                        && (pos.distance_km(o) <= radius || p.postcode.as_deref() == Some(pc))
                })
                .collect();
            let own = |i: usize| places[i].postcode.as_deref() == Some(pc.as_str());
            let (total, page) = page_own_first(expected, own, 0, 20);
            let q = Query {
                text: Some(format!("{word} {pc}")),
                limit: 20,
                ..Query::default()
            };
            assert_eq!(answer(&d, &q), (total, page), "{word} {pc}");
        }
    }
}

/// Is place `i` a workshop by its words or by its services (what "atelier" finds)?
fn workshop(p: &domain::place::Place) -> bool {
    let t = domain::text::tokens(&format!("{} {}", p.name, p.organisation));
    p.services.iter().any(|s| s == "training") || has_words(&t, &["atelier".to_owned()])
}

#[test]
fn a_postcode_gives_its_own_places_first_then_the_nearest() {
    // "1030", "1030" with a service filter, "atelier 1030" (a service word,
    // also in names): the postcode's places and those within the radius of
    // its centre, its own first, then nearest first. Many places sit at the
    // postcode's centre; asked twice, the second search knows the count and
    // only ranks what can make the page.
    let d = generated(6000);
    let places: Vec<_> = d.places().collect();
    let radius = d.region.default_radius_km;
    let postcodes: Vec<String> = d.region.postcodes.iter().map(|p| p.code.clone()).collect();
    for (round, pc) in postcodes.iter().enumerate().step_by(3) {
        let area = d.region.postcode(pc).unwrap();
        let o = LatLon {
            lat: area.lat,
            lon: area.lon,
        };
        let own = |i: usize| places[i].postcode.as_deref() == Some(pc.as_str());
        let kind = round % 3;
        let (offset, limit) = [(0, 20), (20, 10)][round % 2];
        let expected: Vec<_> = scan(&d, o)
            .into_iter()
            .filter(|(dist, i, _, _)| {
                (*dist <= radius || own(*i))
                    && match kind {
                        0 => true,
                        1 => places[*i].services.iter().any(|s| s == "training"),
                        _ => workshop(&places[*i]),
                    }
            })
            .collect();
        let (total, page) = page_own_first(expected, own, offset, limit);
        let q = Query {
            text: Some(if kind == 2 {
                format!("atelier {pc}")
            } else {
                pc.clone()
            }),
            services: training_only(kind == 1),
            offset,
            limit,
            ..Query::default()
        };
        assert_eq!(answer(&d, &q), (total, page), "{q:?}");
    }
}

#[test]
fn a_service_word_alone_gives_the_places_offering_it_or_named_with_it() {
    // Many places match: the names' matches are combined as bits.
    let d = generated(6000);
    let places: Vec<_> = d.places().collect();
    let mut expected: Vec<usize> = (0..places.len())
        .filter(|&i| workshop(&places[i]))
        .collect();
    assert!(expected.len() > 6000 / 4, "many places");
    // Without a place or words of a name: in the directory's (folded) name order.
    let folded: Vec<String> = places.iter().map(|p| domain::text::fold(&p.name)).collect();
    expected.sort_by(|&a, &b| folded[a].cmp(&folded[b]).then(a.cmp(&b)));
    for (offset, limit) in [(0, 20), (100, 30)] {
        let q = Query {
            text: Some("atelier".into()),
            offset,
            limit,
            ..Query::default()
        };
        let ids: Vec<i64> = expected.iter().map(|&i| places[i].id).collect();
        assert_counts_and_lists(&d, &q, &ids);
    }
}

#[test]
fn a_postcode_the_region_does_not_know_keeps_only_its_places() {
    let d = generated(6000);
    let places: Vec<_> = d.places().collect();
    for (text, pc, words) in [
        ("zorblax 9999", "9999", vec!["zorblax".to_owned()]),
        (
            "quint merv 9999",
            "9999",
            vec!["quint".to_owned(), "merv".to_owned()],
        ),
        ("zorblax 9998", "9998", vec!["zorblax".to_owned()]),
    ] {
        let expected: Vec<usize> = (0..places.len())
            .filter(|&i| {
                let p = &places[i];
                let t = domain::text::tokens(&format!("{} {}", p.name, p.organisation));
                p.postcode.as_deref() == Some(pc) && has_words(&t, &words)
            })
            .collect();
        assert_eq!(expected.is_empty(), pc == "9998", "{text}");
        let q = Query {
            text: Some(text.into()),
            limit: 50,
            ..Query::default()
        };
        let ids = ids_by_name_as_written(&places, &expected);
        assert_counts_and_lists(&d, &q, &ids);
    }
}

#[test]
fn a_kind_of_place_is_found_by_every_way_of_writing_it() {
    // "epn" is also "espace numérique", "espace public numérique"…: here the
    // places named "Espace Numérique …" or "Espace Public Numérique …", not
    // those named "Espace …", "Numérique …" or "Public …" only; "library" is
    // also "bibliothèque". Many places have each word (but "public"): combined
    // as bits, kept for the next search of the same word.
    let d = generated(6000);
    let places: Vec<_> = d.places().collect();
    let epn = &["Espace Numérique", "Espace Public Numérique"][..];
    for (text, named, extra) in [
        ("epn", epn, None),
        ("library", &["Bibliothèque"][..], None),
        ("epn zorblax", epn, Some("zorblax")),
        ("epn 17", epn, Some("17")),
        ("bibliotheek 17", &["Bibliothèque"][..], Some("17")),
    ] {
        let expected: Vec<usize> = (0..places.len())
            .filter(|&i| {
                let p = &places[i];
                let t = domain::text::tokens(&format!("{} {}", p.name, p.organisation));
                named.iter().any(|n| p.name.starts_with(n))
                    && extra.is_none_or(|w| has_words(&t, &[w.to_owned()]))
            })
            .collect();
        assert!(!expected.is_empty(), "{text}");
        for (offset, limit) in [(0, 20), (60, 20)] {
            let q = Query {
                text: Some(text.into()),
                offset,
                limit,
                ..Query::default()
            };
            let ids = ids_by_name_as_written(&places, &expected);
            assert_counts_and_lists(&d, &q, &ids);
        }
    }
}
