//! The query mix of `passerelle bench`: a fixed, deterministic list of
//! searches of every kind, made from the region and the directory's content.
//! Depends only on `domain`, `chrono` and `fastrand`, so that the search lab
//! (`crates/domain/examples/search_lab.rs`) includes the same file.

use chrono::{NaiveDate, NaiveDateTime};
use domain::LatLon;
use domain::directory::{Directory, Query};

/// The kinds of search of the mix.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// q = a postcode.
    Postcode,
    /// q = a postcode, two filters, open at a given time.
    Filtered,
    /// q = a word or prefix of a name.
    Text,
    /// near = lat,lon (+ radius_km).
    Near,
    /// q = a word of the search word list (`wifi`, `bibliotheek`, `مساعدة`).
    Synonym,
    /// q = a commune, a district, a name or a street word with a typing mistake.
    Typo,
    /// q = a commune's Arabic name.
    ArabicCommune,
    /// q = a district's name (`Laeken`).
    District,
    /// q = a word of a place's street.
    Street,
    /// q = where + what or name: `wifi 1030`, `cours Schaerbeek`, `Molenbeek 1080`.
    Combined,
}

pub const KINDS: [Kind; 10] = [
    Kind::Postcode,
    Kind::Filtered,
    Kind::Text,
    Kind::Near,
    Kind::Synonym,
    Kind::Typo,
    Kind::ArabicCommune,
    Kind::District,
    Kind::Street,
    Kind::Combined,
];

impl Kind {
    pub fn key(self) -> &'static str {
        match self {
            Kind::Postcode => "postcode",
            Kind::Filtered => "postcode_filters_open",
            Kind::Text => "text",
            Kind::Near => "near",
            Kind::Synonym => "synonym",
            Kind::Typo => "typo",
            Kind::ArabicCommune => "arabic_commune",
            Kind::District => "district",
            Kind::Street => "street",
            Kind::Combined => "combined",
        }
    }
}

/// Queries per kind in the mix.
pub const PER_KIND: usize = 40;

fn at(d: (i32, u32, u32), h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(d.0, d.1, d.2)
        .unwrap()
        .and_hms_opt(h, m, 0)
        .unwrap()
}

/// Fixed local times used for "open now" (a Tuesday morning, a Thursday afternoon,
/// a Saturday morning, a Monday evening) and as the clock of every search.
fn times() -> [NaiveDateTime; 4] {
    [
        at((2026, 3, 10), 10, 30),
        at((2026, 3, 12), 15, 0),
        at((2026, 3, 14), 11, 0),
        at((2026, 3, 16), 19, 0),
    ]
}

fn base(limit: usize) -> Query {
    Query {
        limit,
        ..Query::default()
    }
}

/// The deterministic mix: depends only on the region and the directory's content.
pub fn mix(dir: &Directory) -> Vec<(Kind, Query, NaiveDateTime)> {
    let region = &dir.region;
    let times = times();
    let mut out = Vec::new();
    let postcodes: Vec<&str> = region.postcodes.iter().map(|p| p.code.as_str()).collect();

    // (a) a postcode, as typed on the home page; every tenth asks for page 2.
    for i in 0..PER_KIND {
        let mut q = base(20);
        q.text = Some(postcodes[i % postcodes.len()].to_owned());
        if i % 10 == 9 {
            q.offset = 20;
        }
        out.push((Kind::Postcode, q, times[i % 4]));
    }

    // (b) a postcode, two filters, open at the given time.
    let has = |kind, code: &str| dir.vocab.contains(kind, code);
    use domain::vocab::VocabKind as V;
    for i in 0..PER_KIND {
        let mut q = base(20);
        q.text = Some(postcodes[(i * 7 + 3) % postcodes.len()].to_owned());
        match i % 5 {
            0 => {
                q.services.push("training".into());
                q.language = Some("fr".into());
            }
            1 => {
                q.services.push("online-procedures".into());
                q.wheelchair = true;
            }
            2 => {
                q.services.push("assisted-access".into());
                q.public = Some("seniors".into());
            }
            3 => q
                .services
                .extend(["printing".to_owned(), "internet-access".to_owned()]),
            _ => {
                q.free = true;
                q.language = Some("nl".into());
            }
        }
        q.services.retain(|s| has(V::Service, s));
        q.public = q.public.filter(|p| has(V::Public, p));
        q.language = q.language.filter(|l| has(V::Language, l));
        q.open_at = Some(times[i % 4]);
        out.push((Kind::Filtered, q, times[i % 4]));
    }

    // (c) free text taken from names of places at fixed positions: a whole word,
    // a 4-letter prefix, a word and a number, two words.
    let n = dir.len();
    let mut words = Vec::new();
    for j in 0..PER_KIND * 4 {
        if words.len() == PER_KIND || n == 0 {
            break;
        }
        let p = &dir.place_at((j * 7919 + 11) % n);
        let toks = domain::text::tokens(&p.name);
        let word = toks
            .iter()
            .filter(|t| t.chars().count() >= 4 && !t.chars().all(|c| c.is_ascii_digit()))
            .max_by_key(|t| t.len());
        let Some(word) = word else { continue };
        let number = toks.iter().find(|t| t.chars().all(|c| c.is_ascii_digit()));
        let text = match words.len() % 4 {
            0 => word.clone(),
            1 => word.chars().take(4).collect(),
            2 => number.map_or_else(|| word.clone(), |n| format!("{word} {n}")),
            _ => toks[..toks.len().min(2)].join(" "),
        };
        words.push(text);
    }
    for (i, w) in words.into_iter().enumerate() {
        let mut q = base(20);
        q.text = Some(w);
        out.push((Kind::Text, q, times[i % 4]));
    }

    // (d) near a point close to a commune centre, with a radius (None = region default).
    let mut rng = fastrand::Rng::with_seed(7);
    let radii = [None, Some(1.0), Some(2.0), Some(5.0)];
    for i in 0..PER_KIND {
        let c = &region.communes[i % region.communes.len()];
        let mut q = base(20);
        q.near = Some(LatLon {
            lat: c.lat + (rng.f64() - 0.5) * 0.018,
            lon: c.lon + (rng.f64() - 0.5) * 0.028,
        });
        q.radius_km = radii[i % 4];
        out.push((Kind::Near, q, times[i % 4]));
    }

    // (e) words of the search word list, in four languages.
    const SYNONYMS: [&str; 20] = [
        "wifi",
        "internet",
        "imprimer",
        "cours",
        "aide",
        "bibliotheek",
        "computer",
        "printen",
        "help",
        "مساعدة",
        "ordinateur",
        "les",
        "library",
        "réparation",
        "seniors",
        "emploi",
        "دروس",
        "hulp",
        "démarches",
        "انترنت",
    ];
    for i in 0..PER_KIND {
        let mut q = base(20);
        q.text = Some(SYNONYMS[i % SYNONYMS.len()].to_owned());
        q.lang = Some(["fr", "nl", "en", "ar"][i % 4].to_owned());
        out.push((Kind::Synonym, q, times[i % 4]));
    }

    // (f) typing mistakes: a commune's name (French or Dutch) or a long word of a
    // place's name or street with one letter dropped.
    let drop_one = |w: &str, at: usize| -> String {
        let chars: Vec<char> = w.chars().collect();
        let k = 1 + at % (chars.len() - 2);
        chars[..k].iter().chain(&chars[k + 1..]).collect()
    };
    let long_word = |s: &str| {
        domain::text::tokens(s)
            .into_iter()
            .filter(|t| t.chars().count() >= 7 && !t.chars().any(|c| c.is_ascii_digit()))
            .max_by_key(|t| t.len())
    };
    for i in 0..PER_KIND {
        let mut q = base(20);
        let text = if i % 2 == 0 {
            let c = &region.communes[(i / 2) % region.communes.len()];
            let name = c
                .name
                .get(if i % 4 == 0 { "fr" } else { "nl" })
                .cloned()
                .unwrap_or_default();
            long_word(&name).map_or(name, |w| drop_one(&w, i))
        } else {
            let p = &dir.place_at((i * 4441 + 5) % n.max(1));
            let src = if i % 4 == 1 {
                p.name.clone()
            } else {
                p.address.clone().unwrap_or_else(|| p.name.clone())
            };
            long_word(&src).map_or(src, |w| drop_one(&w, i))
        };
        q.text = Some(text);
        out.push((Kind::Typo, q, times[i % 4]));
    }

    // (g) communes by their Arabic names.
    for i in 0..PER_KIND {
        let c = &region.communes[(i * 7) % region.communes.len()];
        let mut q = base(20);
        q.text = c
            .name
            .get("ar")
            .cloned()
            .or_else(|| c.name.values().next().cloned());
        q.lang = Some("ar".into());
        out.push((Kind::ArabicCommune, q, times[i % 4]));
    }

    // (h) districts by name, in the languages they have.
    let district_names: Vec<String> = region
        .districts
        .iter()
        .flat_map(|d| d.name.values().cloned())
        .collect();
    for i in 0..PER_KIND {
        let mut q = base(20);
        q.text = Some(
            district_names
                .get(i % district_names.len().max(1))
                .cloned()
                .unwrap_or_else(|| postcodes[i % postcodes.len()].to_owned()),
        );
        out.push((Kind::District, q, times[i % 4]));
    }

    // (i) the longest word of the street of places at fixed positions.
    let mut streets = Vec::new();
    for j in 0..PER_KIND * 8 {
        if streets.len() == PER_KIND || n == 0 {
            break;
        }
        let p = &dir.place_at((j * 6271 + 3) % n);
        if let Some(w) = p.address.as_deref().and_then(|a| {
            domain::text::tokens(a)
                .into_iter()
                .filter(|t| t.chars().count() >= 4 && !t.chars().any(|c| c.is_ascii_digit()))
                .max_by_key(|t| t.len())
        }) {
            streets.push(w);
        }
    }
    for (i, w) in streets.into_iter().enumerate() {
        let mut q = base(20);
        q.text = Some(w);
        out.push((Kind::Street, q, times[i % 4]));
    }

    // (j) where and what together.
    for i in 0..PER_KIND {
        let c = &region.communes[(i * 3) % region.communes.len()];
        let fr = c.name.get("fr").cloned().unwrap_or_default();
        let pc = c
            .postcodes
            .first()
            .cloned()
            .unwrap_or_else(|| postcodes[0].to_owned());
        let text = match i % 4 {
            0 => format!("{} {pc}", SYNONYMS[i % SYNONYMS.len()]),
            1 => format!("cours {fr}"),
            2 => format!("{fr} {pc}"),
            _ => format!("wifi {fr}"),
        };
        let mut q = base(20);
        q.text = Some(text);
        q.lang = Some("fr".into());
        out.push((Kind::Combined, q, times[i % 4]));
    }

    // Interleave the kinds so that no kind runs with caches warmed by itself only.
    let mut interleaved = Vec::with_capacity(out.len());
    let by_kind: Vec<Vec<_>> = KINDS
        .iter()
        .map(|k| out.iter().filter(|(kk, ..)| kk == k).cloned().collect())
        .collect();
    for i in 0..PER_KIND {
        for list in &by_kind {
            if let Some(x) = list.get(i) {
                interleaved.push(x.clone());
            }
        }
    }
    interleaved
}

/// Every query of the mix with its answer (total, ids, distances, open flags),
/// one line each: the format of `passerelle bench --dump`.
pub fn dump(dir: &Directory, mix: &[(Kind, Query, NaiveDateTime)]) -> String {
    let mut out = String::new();
    for (kind, q, now) in mix {
        // Twice: a search memoises (counts of circles, open states), and the
        // answer must not change when it does.
        let first = answer_line(dir, kind, q, *now);
        let again = answer_line(dir, kind, q, *now);
        out.push_str(&first);
        if again != first {
            out.push_str("ANOTHER ANSWER WHEN REPEATED: ");
            out.push_str(&again);
        }
    }
    out
}

/// One line of [`dump`]: the query and its answer (total, ids, distances, open).
fn answer_line(dir: &Directory, kind: &Kind, q: &Query, now: NaiveDateTime) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let Ok(r) = dir.search(q, now) else {
        let _ = writeln!(out, "{kind:?}\t{:?}\terror", q.text);
        return out;
    };
    let _ = write!(
        out,
        "{kind:?}\t{:?}\t{:?}\t{:?}\t{:?}\ttotal={}\t",
        q.text, q.near, q.radius_km, q.open_at, r.total
    );
    for h in &r.hits {
        let _ = write!(
            out,
            " {}:{:.6}:{:?}",
            h.id,
            h.distance_km.unwrap_or(-1.0),
            h.open
        );
    }
    out.push('\n');
    out
}
