//! The demo's activity log. ILLUSTRATIVE DATA: individual supports and
//! quick helps generated from a fixed seed for the twelve months before the
//! day the demo is loaded, at the places of the demo EPN (the organisation
//! the demo EPN manager belongs to). No figure of the source document is
//! behind them; they only make the pages show something. A fixed list of six
//! collective workshops (`DEMO_WORKSHOPS`, one every three weeks) is just as
//! illustrative.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use domain::activity::{Autonomy, Equipment, Location, QUICK_MINUTES, themes};

use crate::{Db, Result, write_tx};

/// A small deterministic generator (xorshift64*), so that every demo shows the same log.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }
}

const SEED: u64 = 0x00C0_FFEE_2026;

impl Db {
    /// Loads the illustrative activity log of the demo EPN for the 365 days
    /// before `today` (weekdays only), in one transaction at time `now`.
    /// Nothing when there is no EPN.
    pub async fn load_demo_activity(&self, today: NaiveDate, now: i64) -> Result<()> {
        let org: Option<i64> = crate::run!(self, p => sqlx::query_scalar(
            "SELECT organisation_id FROM places WHERE kind = 'epn' ORDER BY id LIMIT 1")
            .fetch_optional(p).await?);
        let Some(org) = org else { return Ok(()) };
        let places: Vec<i64> = crate::run!(self, p => sqlx::query_scalar(
            "SELECT id FROM places WHERE organisation_id = $1 ORDER BY id")
            .bind(org).fetch_all(p).await?);
        let theme_codes: Vec<&str> = themes().iter().map(|t| t.code.as_str()).collect();
        let mut rng = Seeded(SEED);
        write_tx!(self, tx => {
            for back in (0..365).rev() {
                let day = today - Duration::days(back);
                if matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                    continue;
                }
                for &place in &places {
                    for _ in 0..rng.below(4) {
                        let n_themes = 1 + rng.below(2);
                        let mut chosen: Vec<&str> = Vec::new();
                        for _ in 0..n_themes {
                            let t = theme_codes[rng.below(theme_codes.len())];
                            if !chosen.contains(&t) { chosen.push(t); }
                        }
                        let location = [Location::AtPlace, Location::AtPlace, Location::AtPlace, Location::Remote, Location::AtHome][rng.below(5)];
                        let equipment = Equipment::ALL[rng.below(Equipment::ALL.len())];
                        let autonomy = Autonomy::ALL[rng.below(Autonomy::ALL.len())];
                        let minutes = QUICK_MINUTES[rng.below(4)];
                        sqlx::query(
                            "INSERT INTO activity_supports (organisation_id, place_id, day, minutes,
                             location, themes, equipment, autonomy, created_at, updated_at)
                             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)")
                            .bind(org).bind(place).bind(day.to_string())
                            .bind(i32::try_from(minutes).unwrap_or(30)).bind(location.code())
                            .bind(chosen.join(" ")).bind(equipment.code()).bind(autonomy.code())
                            .bind(now)
                            .execute(&mut *tx).await?;
                    }
                    for _ in 0..rng.below(3) {
                        let theme = theme_codes[rng.below(theme_codes.len())];
                        sqlx::query(
                            "INSERT INTO activity_quick_help (organisation_id, place_id, day, theme, count, updated_at)
                             VALUES ($1, $2, $3, $4, $5, $6)
                             ON CONFLICT (place_id, day, theme) DO UPDATE SET count = activity_quick_help.count + $5")
                            .bind(org).bind(place).bind(day.to_string()).bind(theme)
                            .bind(i32::try_from(1 + rng.below(4)).unwrap_or(1)).bind(now)
                            .execute(&mut *tx).await?;
                    }
                }
            }
            // A few collective workshops, one every three weeks (illustrative too).
            if let Some(&place) = places.first() {
                for (i, &(title, level, minutes, theme, total, gender, age)) in DEMO_WORKSHOPS.iter().enumerate() {
                    let day = today - Duration::days(3 + 21 * i64::try_from(i).unwrap_or(0));
                    sqlx::query(
                        "INSERT INTO activity_workshops (organisation_id, place_id, day, title, level,
                         minutes, themes, participants, gender_counts, age_counts, created_at, updated_at)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)")
                        .bind(org).bind(place).bind(day.to_string()).bind(title).bind(level)
                        .bind(minutes).bind(theme).bind(total).bind(gender).bind(age).bind(now)
                        .execute(&mut *tx).await?;
                }
            }
        });
        // Written row by row above, summed once here.
        self.rebuild_tallies().await?;
        Ok(())
    }
}

/// The demo's workshops: title, level, minutes, theme, participants, counts
/// by gender and by age band (each adding up to the participants).
type DemoWorkshop = (
    &'static str,
    &'static str,
    i32,
    &'static str,
    i32,
    &'static str,
    Option<&'static str>,
);

const DEMO_WORKSHOPS: [DemoWorkshop; 6] = [
    (
        "Mes premiers e-mails",
        "beginner",
        120,
        "email",
        8,
        "5 2 1",
        Some("0 0 1 2 3 2 0"),
    ),
    (
        "Démarches en ligne : MyMinfin",
        "intermediate",
        90,
        "online-procedures",
        6,
        "3 3 0",
        None,
    ),
    (
        "itsme pas à pas",
        "beginner",
        90,
        "eid-itsme",
        10,
        "6 4 0",
        Some("0 1 1 3 3 2 0"),
    ),
    (
        "Repérer les arnaques en ligne",
        "beginner",
        60,
        "security",
        12,
        "7 4 1",
        Some("0 0 2 3 5 2 0"),
    ),
    (
        "Le smartphone au quotidien",
        "beginner",
        120,
        "device-basics",
        7,
        "4 3 0",
        None,
    ),
    (
        "Chercher un emploi en ligne",
        "intermediate",
        120,
        "job-search",
        9,
        "4 5 0",
        Some("0 4 3 2 0 0 0"),
    ),
];
