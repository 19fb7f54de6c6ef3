//! `passerelle synth-activity`: fills a database with synthetic activity
//! records for benchmarks — about 90 % individual supports, 3 % collective
//! workshops and 7 % quick-help counts, spread over the places of the
//! database's labelled EPN and the twelve months up to today, from a fixed
//! seed — in batched multi-row inserts, then rebuilds the monthly rollup.

use std::collections::HashMap;
use std::time::Instant;

use anyhow::{Context, bail};
use chrono::{Datelike, Duration, NaiveDate};
use domain::activity::workshop::{Breakdown, Workshop};
use domain::activity::{Autonomy, Equipment, Location, QUICK_MINUTES, Support, themes};
use domain::diagnostic::Level;

#[derive(clap::Args)]
pub struct SynthActivityArgs {
    #[command(flatten)]
    db: crate::DbArgs,
    /// Number of activity records to generate (supports, workshops and quick-help rows).
    #[arg(long, default_value_t = 1_000_000)]
    pub records: usize,
    /// Seed of the generator: the same seed gives the same records.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Records written per transaction.
    #[arg(long, default_value_t = 20_000)]
    pub batch: usize,
}

/// The first day of the month eleven months before `today`'s: twelve whole months to today.
pub fn first_day(today: NaiveDate) -> NaiveDate {
    let months = today.year() * 12 + today.month0() as i32 - 11;
    NaiveDate::from_ymd_opt(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, 1)
        .expect("a month")
}

/// One synthetic record.
pub enum Record {
    Support(i64, Support),
    Workshop(i64, Workshop),
    /// (organisation, place, day, theme, count)
    Quick(i64, i64, NaiveDate, String, i64),
}

/// The generator: places (place, organisation), the days, a seeded RNG.
pub struct Generator {
    rng: fastrand::Rng,
    places: Vec<(i64, i64)>,
    start: NaiveDate,
    days: i64,
}

impl Generator {
    pub fn new(seed: u64, places: Vec<(i64, i64)>, today: NaiveDate) -> Generator {
        let start = first_day(today);
        Generator {
            rng: fastrand::Rng::with_seed(seed),
            places,
            start,
            days: (today - start).num_days() + 1,
        }
    }

    fn themes(&mut self) -> Vec<String> {
        let all = themes();
        let mut out: Vec<String> = Vec::new();
        // Mostly one theme, sometimes two or three.
        let n = [1, 1, 1, 2, 2, 3][self.rng.usize(..6)];
        for _ in 0..n {
            // The first themes of the vocabulary come up more often.
            let i = self.rng.usize(..all.len()).min(self.rng.usize(..all.len()));
            if !out.contains(&all[i].code) {
                out.push(all[i].code.clone());
            }
        }
        out
    }

    pub fn next(&mut self) -> Record {
        let (place, org) = self.places[self.rng.usize(..self.places.len())];
        let date = self.start + Duration::days(self.rng.i64(0..self.days));
        match self.rng.u32(..100) {
            0..=89 => {
                let minutes = if self.rng.u32(..10) < 8 {
                    QUICK_MINUTES[self.rng.usize(..QUICK_MINUTES.len())]
                } else {
                    self.rng.u32(5..=240)
                };
                let mut equipment = Vec::new();
                for e in Equipment::ALL {
                    if self.rng.u32(..4) == 0 {
                        equipment.push(*e);
                    }
                }
                Record::Support(
                    org,
                    Support {
                        place_id: place,
                        date,
                        minutes,
                        location: [
                            Location::AtPlace,
                            Location::AtPlace,
                            Location::AtPlace,
                            Location::Remote,
                            Location::AtHome,
                            Location::Elsewhere,
                        ][self.rng.usize(..6)],
                        themes: self.themes(),
                        equipment,
                        autonomy: Autonomy::ALL[self.rng.usize(..Autonomy::ALL.len())],
                        redirect_place_id: None,
                        redirect_text: None,
                    },
                )
            }
            90..=92 => {
                let participants = self.rng.u32(3..=16);
                let mut counts: [Option<Vec<u32>>; 3] = [None, None, None];
                for b in Breakdown::ALL {
                    if self.rng.u32(..3) > 0 {
                        let mut c = vec![0; b.categories().len()];
                        for _ in 0..participants {
                            let i = self.rng.usize(..c.len());
                            c[i] += 1;
                        }
                        counts[b.index()] = Some(c);
                    }
                }
                Record::Workshop(
                    org,
                    Workshop {
                        place_id: place,
                        session_id: None,
                        date,
                        title: "Atelier synthétique".into(),
                        level: Level::ALL[self.rng.usize(..Level::ALL.len())],
                        minutes: [60, 90, 120, 180][self.rng.usize(..4)],
                        themes: self.themes(),
                        participants,
                        counts,
                    },
                )
            }
            _ => {
                let theme = self.themes().swap_remove(0);
                Record::Quick(org, place, date, theme, self.rng.i64(1..=6))
            }
        }
    }
}

pub async fn run(args: SynthActivityArgs) -> anyhow::Result<()> {
    if args.records == 0 || args.batch == 0 {
        bail!("--records and --batch must be at least 1");
    }
    let started = Instant::now();
    let now = chrono::Utc::now().timestamp();
    let (db, region) = crate::open(&args.db, true).await?;
    let places = db.labelled_epn_places().await?;
    if places.is_empty() {
        bail!(
            "{} has no labelled EPN: load the demo (passerelle demo --load-only) or import places first",
            args.db.db
        );
    }
    let today = chrono::Utc::now()
        .with_timezone(&region.timezone)
        .date_naive();
    let mut generator = Generator::new(args.seed, places.clone(), today);
    let t_insert = Instant::now();
    let (mut n_supports, mut n_workshops, mut n_quick) = (0_usize, 0_usize, 0_usize);
    let mut done = 0;
    while done < args.records {
        let n = args.batch.min(args.records - done);
        let mut supports = Vec::new();
        let mut workshops = Vec::new();
        let mut quick: HashMap<(i64, NaiveDate, String), (i64, i64)> = HashMap::new();
        for _ in 0..n {
            match generator.next() {
                Record::Support(org, s) => supports.push((org, s)),
                Record::Workshop(org, w) => workshops.push((org, w)),
                Record::Quick(org, place, day, theme, count) => {
                    quick.entry((place, day, theme)).or_insert((org, 0)).1 += count;
                }
            }
        }
        let quick: Vec<_> = quick
            .into_iter()
            .map(|((place, day, theme), (org, count))| (org, place, day, theme, count))
            .collect();
        n_supports += supports.len();
        n_workshops += workshops.len();
        n_quick += quick.len();
        db.insert_activity_bulk(&supports, &workshops, &quick, now)
            .await
            .context("writing activity records")?;
        done += n;
    }
    let insert_took = t_insert.elapsed();
    let t_rollup = Instant::now();
    let lines = db
        .rebuild_tallies()
        .await
        .context("rebuilding the rollup")?;
    let rollup_took = t_rollup.elapsed();
    db.close().await;
    println!(
        "Synthesised {} activity records ({n_supports} supports, {n_workshops} workshops, {n_quick} quick-help rows) \
         at {} places of labelled EPN, {} to {today}, seed {}, into {}",
        args.records,
        places.len(),
        first_day(today),
        args.seed,
        args.db.db
    );
    println!(
        "  took {:.1} s: inserts {:.1} s ({:.0} records/s), rollup rebuilt in {:.1} s ({lines} lines)",
        started.elapsed().as_secs_f64(),
        insert_took.as_secs_f64(),
        args.records as f64 / insert_took.as_secs_f64(),
        rollup_took.as_secs_f64()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn twelve_whole_months_to_today() {
        assert_eq!(first_day(d("2026-12-02")), d("2026-01-01"));
        assert_eq!(first_day(d("2026-11-30")), d("2025-12-01"));
        assert_eq!(first_day(d("2027-01-15")), d("2026-02-01"));
    }

    #[test]
    fn the_same_seed_gives_the_same_valid_records() {
        let today = d("2026-12-02");
        let summary = |seed| {
            let mut g = Generator::new(seed, vec![(1, 10), (2, 20)], today);
            let (mut s, mut w, mut q, mut days) = (0, 0, 0, Vec::new());
            for _ in 0..2000 {
                match g.next() {
                    Record::Support(org, r) => {
                        assert_eq!(org, r.place_id * 10);
                        assert!(!r.themes.is_empty() && r.minutes > 0);
                        days.push(r.date);
                        s += 1;
                    }
                    Record::Workshop(_, r) => {
                        for b in Breakdown::ALL {
                            if let Some(c) = r.breakdown(b) {
                                assert_eq!(c.iter().sum::<u32>(), r.participants);
                            }
                        }
                        days.push(r.date);
                        w += 1;
                    }
                    Record::Quick(_, _, day, theme, count) => {
                        assert!(domain::activity::is_theme(&theme) && count > 0);
                        days.push(day);
                        q += 1;
                    }
                }
            }
            (s, w, q, days)
        };
        let (s, w, q, days) = summary(42);
        assert!(s > 1700 && w > 20 && q > 80, "{s} {w} {q}");
        assert!(days.iter().all(|x| *x >= d("2026-01-01") && *x <= today));
        assert_eq!(summary(42).3, days);
        assert_ne!(summary(7).3, days);
    }
}
