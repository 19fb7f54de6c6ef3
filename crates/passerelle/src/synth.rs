//! `passerelle synth`: fills a database with a deterministic synthetic directory
//! (many places spread over the configured region), for benchmarks.
//!
//! The same `--seed` and `--places` always give the same places (names, codes,
//! hours, coordinates); only database ids and creation times differ.

use std::time::Instant;

use anyhow::{Context, bail};
use domain::vocab::VocabKind;
use domain::{LabelStatus, LatLon, PlaceKind, Region, Vocabularies};
use store::places::NewPlace;

#[derive(clap::Args)]
pub struct SynthArgs {
    #[command(flatten)]
    pub db: crate::DbArgs,
    /// Number of places to generate.
    #[arg(long, default_value_t = 100_000)]
    pub places: usize,
    /// Seed of the generator: the same seed gives the same places.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Add to a database that already has places (refused otherwise).
    #[arg(long)]
    pub append: bool,
    /// Places written per transaction.
    #[arg(long, default_value_t = 5_000)]
    pub batch: usize,
}

/// Words for place and organisation names (no commune name, no postcode).
pub const WORDS: &[&str] = &[
    "Tilleul",
    "Horizon",
    "Passage",
    "Étoile",
    "Lumière",
    "Agora",
    "Boussole",
    "Ruche",
    "Source",
    "Jardin",
    "Clavier",
    "Écran",
    "Pixel",
    "Octet",
    "Réseau",
    "Fenêtre",
    "Pont",
    "Phare",
    "Moulin",
    "Colibri",
    "Hirondelle",
    "Mésange",
    "Érable",
    "Peuplier",
    "Châtaigne",
    "Canal",
    "Quartier",
    "Carrefour",
    "Soleil",
    "Nuage",
    "Zenne",
    "Senne",
    "Atelier",
    "Relais",
    "Escale",
    "Trait",
    "Lien",
    "Sureau",
    "Abeille",
    "Amandier",
    "Bibliothèque",
    "Maison",
    "Clé",
    "Vélo",
    "Tramway",
    "Marronnier",
    "Kiosque",
    "Parvis",
    "Verger",
    "Digue",
    "Brug",
    "Toekomst",
    "Schakel",
    "Wijk",
    "Huis",
    "Zolder",
    "Kompas",
    "Vonk",
    "Brabant",
    "Noyer",
];

const STREETS: &[&str] = &[
    "Rue",
    "Avenue",
    "Chaussée",
    "Boulevard",
    "Place",
    "Rue de la",
    "Rue du",
    "Square",
    "Quai",
    "Straat",
];

/// Readable opening hours (OpenStreetMap syntax) with relative weights.
pub const HOURS_VALID: &[(&str, u32)] = &[
    ("Mo-Fr 09:00-17:00", 14),
    ("Mo-Fr 09:00-12:00,13:00-17:00", 10),
    ("Mo-Fr 09:00-12:00,13:00-17:00; PH off", 8),
    ("Tu,Th 14:00-18:00; Sa 10:00-12:00", 5),
    ("Mo-Th 09:00-16:00; Fr 09:00-12:00", 5),
    ("Mo-Sa 10:00-18:00", 4),
    ("Mo,We,Fr 09:30-12:30", 4),
    ("Tu-Fr 10:00-17:00; Sa 10:00-13:00", 4),
    ("Mo-Fr 08:30-16:30; PH off", 4),
    ("We 13:00-17:00; Sa 09:00-12:00", 3),
    ("Mo-Fr 13:00-17:00", 3),
    ("Mo 14:00-17:00; Tu-Th 09:00-12:00,13:30-16:30", 3),
    ("Mo-Fr 09:00-18:00; Sa 09:00-13:00; PH off", 3),
    ("Tu,Th 09:00-12:00", 3),
    ("Mo-We 10:00-16:00", 2),
    ("Th 18:00-21:00", 2),
    ("Mo-Fr 09:00-16:00; Sa 10:00-14:00; Su off", 2),
    ("Mo-Su 08:00-20:00", 2),
    ("Sa 10:00-16:00", 2),
    ("Mo-Fr 12:00-14:00", 1),
    ("Mo,Tu,Th,Fr 09:00-12:00; We 13:00-18:00", 2),
    ("Tu-Sa 10:00-18:00; PH off", 2),
    ("24/7", 1),
    ("Mo-Fr 09:00-17:00; Jul-Aug off", 2),
    (
        "Mo-Fr 10:00-12:00; We 14:00-16:00 unknown \"on appointment\"",
        2,
    ),
    ("Mo-Fr 09:00-17:00 \"on appointment\"", 2),
    ("Mo-Fr unknown \"on appointment\"", 2),
    ("Tu 09:00-12:00 unknown \"by appointment\"", 1),
    ("Mo-Fr 09:00-12:00; Tu,Th 13:00-16:00 \"on appointment\"", 1),
    ("We,Sa 14:00-17:00", 1),
];

/// Hours nobody can read (as found in real imports): shown raw, never "open".
pub const HOURS_INVALID: &[&str] = &[
    "lundi 9h-12h",
    "Lu-Ve 9h-17h",
    "sur rendez-vous",
    "du lundi au vendredi",
    "ma-vr 9u-17u",
];

const ORG_KINDS: &[(&str, u32)] = &[
    ("asbl", 45),
    ("other", 25),
    ("commune", 8),
    ("cpas", 8),
    ("library", 8),
    ("epn", 6),
];

/// Picks an index with probability proportional to its weight.
fn weighted(rng: &mut fastrand::Rng, weights: &[u32]) -> usize {
    let total: u32 = weights.iter().sum();
    let mut x = rng.u32(0..total);
    for (i, &w) in weights.iter().enumerate() {
        if x < w {
            return i;
        }
        x -= w;
    }
    weights.len() - 1
}

/// `n` distinct codes, picked with a bias towards the first (most common) ones.
fn pick_codes(rng: &mut fastrand::Rng, codes: &[String], n: usize) -> Vec<String> {
    let n = n.min(codes.len());
    let weights: Vec<u32> = (0..codes.len())
        .map(|i| (2 * codes.len() - i) as u32 * if i < 3 { 3 } else { 1 })
        .collect();
    let mut taken = vec![false; codes.len()];
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let i = weighted(rng, &weights);
        if !taken[i] {
            taken[i] = true;
            out.push(i);
        }
    }
    out.sort_unstable(); // vocabulary order, as a form would store them
    out.into_iter().map(|i| codes[i].clone()).collect()
}

/// Approximately normal offset in km (sigma ≈ 0.8 km), clamped to ±2 km.
fn jitter_km(rng: &mut fastrand::Rng) -> f64 {
    let u1 = rng.f64().max(1e-12);
    let u2 = rng.f64();
    let z = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
    (z * 0.8).clamp(-2.0, 2.0)
}

struct Codes {
    services: Vec<String>,
    publics: Vec<String>,
    languages: Vec<String>,
    accessibility: Vec<String>,
    prices: Vec<String>,
}

impl Codes {
    fn of(v: &Vocabularies) -> Codes {
        let c = |k| {
            v.terms(k)
                .iter()
                .map(|t| t.code.clone())
                .collect::<Vec<_>>()
        };
        Codes {
            services: c(VocabKind::Service),
            publics: c(VocabKind::Public),
            languages: c(VocabKind::Language),
            accessibility: c(VocabKind::Accessibility),
            prices: c(VocabKind::Price),
        }
    }
}

/// A commune and where its places cluster.
struct Area {
    nis: String,
    /// (postcode, centre of the cluster)
    postcodes: Vec<(String, LatLon)>,
}

fn areas(region: &Region) -> Vec<Area> {
    region
        .communes
        .iter()
        .map(|c| {
            let centre = Region::centroid(c);
            let postcodes = c
                .postcodes
                .iter()
                .map(|pc| {
                    // Cluster around the postcode's centre when it is mainly this commune's.
                    let at = region
                        .postcode(pc)
                        .filter(|a| a.communes.first() == Some(&c.nis))
                        .map_or(centre, |a| LatLon {
                            lat: a.lat,
                            lon: a.lon,
                        });
                    (pc.clone(), at)
                })
                .collect();
            Area {
                nis: c.nis.clone(),
                postcodes,
            }
        })
        .collect()
}

/// The deterministic generator.
pub struct Synth {
    rng: fastrand::Rng,
    codes: Codes,
    areas: Vec<Area>,
    area_weights: Vec<u32>,
    hours_weights: Vec<u32>,
    org_weights: Vec<u32>,
}

/// Counters printed at the end, to check the mix.
#[derive(Default)]
struct Stats {
    exact: usize,
    hours_none: usize,
    hours_invalid: usize,
    phones: usize,
}

impl Synth {
    pub fn new(seed: u64, region: &Region, vocab: &Vocabularies) -> Synth {
        let mut rng = fastrand::Rng::with_seed(seed);
        let areas = areas(region);
        // Bigger communes (more postcodes) get more places; ±40 % per commune.
        let area_weights = areas
            .iter()
            .map(|a| (a.postcodes.len().max(1) as u32) * rng.u32(60..=140))
            .collect();
        Synth {
            rng,
            codes: Codes::of(vocab),
            areas,
            area_weights,
            hours_weights: HOURS_VALID.iter().map(|h| h.1).collect(),
            org_weights: ORG_KINDS.iter().map(|k| k.1).collect(),
        }
    }

    /// The organisation `j`: (name, kind, home commune index).
    fn organisation(&mut self, j: usize) -> (String, &'static str, usize) {
        let r = &mut self.rng;
        let kind = ORG_KINDS[weighted(r, &self.org_weights)].0;
        let w1 = WORDS[r.usize(..WORDS.len())];
        let w2 = WORDS[r.usize(..WORDS.len())];
        let name = match kind {
            "asbl" => format!("ASBL {w1} {w2} {j}"),
            "commune" => format!("Administration {w1} {j}"),
            "cpas" => format!("CPAS {w1} {j}"),
            "library" => format!("Bibliothèque {w1} {j}"),
            "epn" => format!("Réseau EPN {w1} {j}"),
            _ => format!("Collectif {w1} {w2} {j}"),
        };
        let home = weighted(r, &self.area_weights);
        (name, kind, home)
    }

    /// Place number `n` of organisation `org_id` whose home commune is `home`.
    fn place(
        &mut self,
        n: usize,
        seed: u64,
        org_id: i64,
        home: usize,
        stats: &mut Stats,
    ) -> NewPlace {
        let r = &mut self.rng;
        // 70 % in the organisation's home commune, else anywhere (weighted).
        let ai = if r.u32(0..100) < 70 {
            home
        } else {
            weighted(r, &self.area_weights)
        };
        let area = &self.areas[ai];
        let (postcode, centre) = area.postcodes[r.usize(..area.postcodes.len())].clone();

        let kind = match r.u32(0..100) {
            0..50 => PlaceKind::Epn,
            50..80 => PlaceKind::Project,
            _ => PlaceKind::Other,
        };
        let word = WORDS[r.usize(..WORDS.len())];
        let name = match kind {
            PlaceKind::Epn => format!("EPN {word} {n}"),
            PlaceKind::Project => format!("Projet {word} {n}"),
            PlaceKind::Other => match r.u32(0..3) {
                0 => format!("Espace numérique {word} {n}"),
                1 => format!("Atelier {word} {n}"),
                _ => format!("Digithèque {word} {n}"),
            },
        };
        let mobile = r.u32(0..100) < 2;
        let exact = !mobile && r.u32(0..100) < 70;
        let location = exact.then(|| {
            let (dn, de) = (jitter_km(r), jitter_km(r));
            let lat = centre.lat + dn / 111.2;
            let lon = centre.lon + de / (111.2 * centre.lat.to_radians().cos());
            LatLon {
                lat: (lat * 1e6).round() / 1e6,
                lon: (lon * 1e6).round() / 1e6,
            }
        });
        let address = (!mobile && (exact || r.bool())).then(|| {
            format!(
                "{} {} {}",
                STREETS[r.usize(..STREETS.len())],
                WORDS[r.usize(..WORDS.len())],
                r.u32(1..250)
            )
        });
        let opening_hours = match r.u32(0..1000) {
            0..100 => None,
            100..130 => Some(HOURS_INVALID[r.usize(..HOURS_INVALID.len())].to_owned()),
            _ => Some(HOURS_VALID[weighted(r, &self.hours_weights)].0.to_owned()),
        };
        let n_services = r.usize(1..=5);
        let services = pick_codes(r, &self.codes.services, n_services);
        let n_publics = r.usize(0..=3);
        let publics = pick_codes(r, &self.codes.publics, n_publics);
        // Languages: 1-4, French almost always, Dutch often, then others.
        let want = 1 + weighted(r, &[30, 40, 20, 10]);
        let mut languages = Vec::new();
        if r.u32(0..100) < 92 {
            languages.push(self.codes.languages[0].clone());
        }
        if languages.len() < want && r.u32(0..100) < 60 {
            languages.push(self.codes.languages[1].clone());
        }
        let others = pick_codes(r, &self.codes.languages[2..], want - languages.len());
        languages.extend(others);
        let mut accessibility = Vec::new();
        if r.u32(0..100) < 45 {
            accessibility.push("wheelchair".to_owned());
        }
        for a in &self.codes.accessibility {
            if a != "wheelchair" && r.u32(0..100) < 6 {
                accessibility.push(a.clone());
            }
        }
        accessibility.retain(|a| self.codes.accessibility.contains(a));
        let price = match r.u32(0..100) {
            0..62 => self.codes.prices.first().cloned(),
            62..85 => self.codes.prices.get(1).cloned(),
            85..95 => self.codes.prices.get(2).cloned(),
            _ => None,
        };
        let phone = (r.u32(0..100) < 60).then(|| {
            format!(
                "+32 2 {:03} {:02} {:02}",
                r.u32(200..800),
                r.u32(0..100),
                r.u32(0..100)
            )
        });
        let email = (r.u32(0..100) < 40).then(|| format!("contact{n}@{}.example.be", slug(word)));
        let website =
            (r.u32(0..100) < 30).then(|| format!("https://{}-{n}.example.be/", slug(word)));
        let description = (r.u32(0..100) < 50).then(|| {
            format!("Accompagnement numérique de proximité au {} {}: {} ordinateurs, aide aux démarches en ligne.", word, n, r.u32(2..20))
        });
        let (computers, tablets) = match kind {
            PlaceKind::Epn => (
                Some(r.i32(2..=24)),
                (r.u32(0..100) < 40).then(|| r.i32(1..=10)),
            ),
            _ => ((r.u32(0..100) < 40).then(|| r.i32(0..=10)), None),
        };
        let label_status = match (kind, r.u32(0..100)) {
            (PlaceKind::Epn, 0..35) => LabelStatus::Labelled,
            (PlaceKind::Epn, 35..38) => LabelStatus::Withdrawn,
            (PlaceKind::Epn, 38..40) => LabelStatus::Refused,
            _ => LabelStatus::None,
        };
        // Last update: within two years before 2026-01-01 (fixed, for determinism).
        let updated_at = Some(1_767_225_600 - i64::from(r.u32(0..730 * 86_400)));

        stats.exact += usize::from(location.is_some());
        stats.hours_none += usize::from(opening_hours.is_none());
        stats.hours_invalid += usize::from(
            opening_hours
                .as_deref()
                .is_some_and(|h| HOURS_INVALID.contains(&h)),
        );
        stats.phones += usize::from(phone.is_some());
        NewPlace {
            source_key: Some(format!("synth:{seed}:{n}")),
            organisation_id: org_id,
            kind,
            name,
            address,
            postcode: Some(postcode),
            commune_nis: Some(area.nis.clone()),
            location,
            opening_hours,
            mobile,
            services,
            publics,
            languages,
            accessibility,
            price,
            computers,
            tablets,
            phone,
            email,
            website,
            description,
            label_status,
            updated_at,
        }
    }
}

fn slug(s: &str) -> String {
    domain::text::slug(s)
}

/// Checks that the shipped hours strings are what they claim (readable or not).
fn check_hours(country: &str) -> anyhow::Result<()> {
    for (h, _) in HOURS_VALID {
        if let Err(e) = domain::Hours::parse(h, country) {
            bail!("synthetic hours {h:?} should be readable: {e}");
        }
    }
    for h in HOURS_INVALID {
        if domain::Hours::parse(h, country).is_ok() {
            bail!("synthetic hours {h:?} should be unreadable");
        }
    }
    Ok(())
}

pub async fn run(args: SynthArgs) -> anyhow::Result<()> {
    if args.places == 0 || args.batch == 0 {
        bail!("--places and --batch must be at least 1");
    }
    let started = Instant::now();
    let now = chrono::Utc::now().timestamp();
    let (db, region) = crate::open(&args.db, true).await?;
    let vocab = store::reference::vocabularies();
    check_hours(&region.country)?;
    let (existing, _) = db.directory_stamp().await?;
    if existing > 0 && !args.append {
        bail!(
            "{} already has {existing} places: use an empty database, or --append to add to it",
            args.db.db
        );
    }
    let opened = started.elapsed();

    let mut synth = Synth::new(args.seed, &region, &vocab);
    let base = existing as usize; // numbers continue after existing places, so keys stay unique
    let n_orgs = args.places.div_ceil(5);
    let t_orgs = Instant::now();
    let mut orgs = Vec::with_capacity(n_orgs);
    for j in 0..n_orgs {
        let number = base.div_ceil(5) + j;
        let (name, kind, home) = synth.organisation(number);
        let key = format!("synth-org:{}:{number}", args.seed);
        let id = db
            .create_organisation(Some(&key), &name, kind, now)
            .await
            .with_context(|| format!("organisation {key}"))?;
        orgs.push((id, home));
    }
    let orgs_took = t_orgs.elapsed();

    let t_places = Instant::now();
    let mut stats = Stats::default();
    let mut batch = Vec::with_capacity(args.batch);
    for i in 0..args.places {
        // About five places per organisation, in runs.
        let (org_id, home) = orgs[i / 5];
        batch.push(synth.place(base + i + 1, args.seed, org_id, home, &mut stats));
        if batch.len() == args.batch || i + 1 == args.places {
            db.create_places(&batch, now)
                .await
                .context("writing places")?;
            batch.clear();
        }
    }
    let places_took = t_places.elapsed();
    db.close().await;

    let pct = |x: usize| 100.0 * x as f64 / args.places as f64;
    println!(
        "Synthesised {} places ({n_orgs} organisations) in region {:?}, seed {}, into {}",
        args.places, region.code, args.seed, args.db.db
    );
    println!(
        "  {:.1} % exact coordinates, {:.1} % no hours, {:.1} % unreadable hours, {:.1} % with a phone",
        pct(stats.exact),
        pct(stats.hours_none),
        pct(stats.hours_invalid),
        pct(stats.phones)
    );
    println!(
        "  took {:.2} s: open+migrate {:.2} s, organisations {:.2} s, places {:.2} s ({:.0} places/s)",
        started.elapsed().as_secs_f64(),
        opened.as_secs_f64(),
        orgs_took.as_secs_f64(),
        places_took.as_secs_f64(),
        args.places as f64 / places_took.as_secs_f64()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_what_they_claim() {
        check_hours("BE").unwrap();
        assert!(HOURS_VALID.len() >= 30);
    }

    #[test]
    fn deterministic_and_in_vocabulary() {
        let region = store::reference::shipped_region("brussels").unwrap();
        let vocab = store::reference::vocabularies();
        let gen_some = || {
            let mut s = Synth::new(7, &region, &vocab);
            let mut st = Stats::default();
            (0..200)
                .map(|i| s.place(i, 7, 1, i % 19, &mut st))
                .map(|p| format!("{p:?}"))
                .collect::<Vec<_>>()
        };
        assert_eq!(gen_some(), gen_some());
        let mut s = Synth::new(7, &region, &vocab);
        let mut st = Stats::default();
        for i in 0..2000 {
            let p = s.place(i, 7, 1, i % 19, &mut st);
            assert!(!p.services.is_empty() && p.services.len() <= 5);
            assert!(p.publics.len() <= 3);
            assert!(
                !p.languages.is_empty() && p.languages.len() <= 4,
                "{:?}",
                p.languages
            );
            for (k, codes) in [
                (VocabKind::Service, &p.services),
                (VocabKind::Public, &p.publics),
                (VocabKind::Language, &p.languages),
                (VocabKind::Accessibility, &p.accessibility),
            ] {
                assert!(codes.iter().all(|c| vocab.contains(k, c)), "{codes:?}");
            }
            let nis = p.commune_nis.as_deref().unwrap();
            assert!(region.postcode_in_commune(p.postcode.as_deref().unwrap(), nis));
            if let Some(l) = p.location {
                // Within ±2 km (north and east) of the cluster's centre.
                let c = region.commune(nis).unwrap();
                let centre = region
                    .postcode(p.postcode.as_deref().unwrap())
                    .filter(|a| a.communes.first().map(String::as_str) == Some(nis))
                    .map_or(
                        LatLon {
                            lat: c.lat,
                            lon: c.lon,
                        },
                        |a| LatLon {
                            lat: a.lat,
                            lon: a.lon,
                        },
                    );
                assert!(
                    l.distance_km(centre) <= 2.0 * 2f64.sqrt() + 0.01,
                    "{l:?} {centre:?}"
                );
            }
        }
    }
}
