//! The demo's sessions (`data/demo/sessions-2026.toml`, illustrative): weekly
//! series placed around the day the demo is loaded, so that there are always
//! upcoming sessions, and past ones with bookings to mark attendance on.
//! Planned here, written by [`load_sessions!`] inside the demo's transaction.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use domain::diagnostic::Level;
use domain::sessions::{Occurrence, Theme, expand};
use serde::Deserialize;

use crate::{Result, StoreError};

pub const DEMO_SESSIONS: &str = include_str!("../../../../data/demo/sessions-2026.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoSessions {
    /// The referring structure (organisation key) the demo bookings are made by.
    pub referrer_organisation: Option<String>,
    pub consent_text: String,
    pub series: Vec<DemoSeries>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoSeries {
    /// A place key of the demo file; or, for a mobile activity, `organisation`,
    /// `location` and `postcode`.
    pub place: Option<String>,
    pub organisation: Option<String>,
    pub location: Option<String>,
    pub postcode: Option<String>,
    pub title: String,
    /// The language of the title and description; by default the first of `languages`.
    pub title_lang: Option<String>,
    pub description: Option<String>,
    pub theme: String,
    pub level: String,
    pub languages: Vec<String>,
    pub seats: i32,
    #[serde(default = "yes")]
    pub waiting_list: bool,
    #[serde(default)]
    pub self_booking: bool,
    #[serde(default)]
    pub price_cents: i64,
    #[serde(default)]
    pub publics: Vec<String>,
    pub bring: Option<String>,
    #[serde(default)]
    pub accessibility: Vec<String>,
    /// mon, tue, wed, thu, fri, sat or sun.
    pub weekday: String,
    /// HH:MM, local time.
    pub start: String,
    pub end: String,
    #[serde(default)]
    pub weeks_before: u32,
    pub weeks_after: u32,
    /// First names booked in past occurrences and in the next one.
    #[serde(default)]
    pub booked: Vec<String>,
}

fn yes() -> bool {
    true
}

/// One series, ready to write.
#[derive(Debug, Clone)]
pub struct PlannedSeries {
    pub theme: Theme,
    pub level: Level,
    /// Each occurrence, and whether the demo bookings are in it.
    pub occurrences: Vec<(Occurrence, bool)>,
}

impl DemoSessions {
    pub fn parse(src: &str) -> Result<DemoSessions> {
        toml::from_str(src).map_err(|e| StoreError::Invalid(format!("demo sessions: {e}")))
    }

    /// The shipped (Brussels) demo sessions.
    pub fn brussels() -> DemoSessions {
        DemoSessions::parse(DEMO_SESSIONS).expect("shipped demo sessions are valid")
    }
}

fn bad(s: &DemoSeries, what: &str) -> StoreError {
    StoreError::Invalid(format!("demo session {:?}: {what}", s.title))
}

impl DemoSeries {
    /// The occurrences around `now` (UTC Unix seconds) in time zone `tz`.
    pub fn plan<Tz: TimeZone>(&self, now: i64, tz: &Tz) -> Result<PlannedSeries> {
        let theme = Theme::parse(&self.theme).ok_or_else(|| bad(self, "unknown theme"))?;
        let level = Level::parse(&self.level).ok_or_else(|| bad(self, "unknown level"))?;
        let weekday: Weekday = self
            .weekday
            .parse()
            .map_err(|_| bad(self, "unknown weekday"))?;
        let time =
            |t: &str| NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| bad(self, "bad time"));
        let (start, end) = (time(&self.start)?, time(&self.end)?);
        let today: NaiveDate = Utc
            .timestamp_opt(now, 0)
            .single()
            .ok_or_else(|| bad(self, "bad clock"))?
            .with_timezone(tz)
            .date_naive();
        let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
        let mut occurrences = Vec::new();
        let mut next_booked = false;
        for w in -i64::from(self.weeks_before)..=i64::from(self.weeks_after) {
            let date = monday
                + Duration::weeks(w)
                + Duration::days(i64::from(weekday.num_days_from_monday()));
            let o = expand(date, start, end, None, tz)
                .map_err(|e| bad(self, &e.to_string()))?
                .remove(0);
            let booked = if o.starts_at <= now {
                true
            } else if !next_booked {
                next_booked = true;
                true
            } else {
                false
            };
            occurrences.push((o, booked && !self.booked.is_empty()));
        }
        Ok(PlannedSeries {
            theme,
            level,
            occurrences,
        })
    }
}

/// Writes the demo sessions in the demo's transaction `$tx`. `$places` and
/// `$orgs` map the demo file's keys to ids; `$demo_places` is the file's places.
/// The sessions fall around `$now`, the time of loading.
macro_rules! load_sessions {
    ($tx:ident, $now:expr, $demo:expr, $demo_places:expr, $orgs:expr, $places:expr) => {{
        let now: i64 = $now;
        let demo: &$crate::sessions::demo::DemoSessions = $demo;
        let tz = $crate::reference::shipped_region("brussels")
            .ok_or_else(|| $crate::StoreError::Invalid("no Brussels region".into()))?
            .timezone;
        let referrer_org: Option<i64> = match &demo.referrer_organisation {
            Some(k) => Some(*$orgs.get(k.as_str()).ok_or_else(|| {
                $crate::StoreError::Invalid(format!("demo sessions: unknown organisation {k}"))
            })?),
            None => None,
        };
        for s in &demo.series {
            let plan = s.plan(now, &tz)?;
            let unknown = |k: &str| $crate::StoreError::Invalid(format!("demo session {:?}: unknown key {k}", s.title));
            let (organisation_id, place_id) = match (&s.place, &s.organisation) {
                (Some(p), _) => {
                    let dp = $demo_places.iter().find(|d: &&$crate::demo::DemoPlace| d.key == *p).ok_or_else(|| unknown(p))?;
                    let org = *$orgs.get(dp.organisation.as_str()).ok_or_else(|| unknown(&dp.organisation))?;
                    (org, Some(*$places.get(p.as_str()).ok_or_else(|| unknown(p))?))
                }
                (None, Some(o)) => (*$orgs.get(o.as_str()).ok_or_else(|| unknown(o))?, None),
                (None, None) => return Err($crate::StoreError::Invalid(format!("demo session {:?}: no place nor organisation", s.title))),
            };
            let commune_nis: Option<String> = match &s.postcode {
                Some(pc) => sqlx::query_scalar("SELECT commune_nis FROM postcodes WHERE code = $1 ORDER BY is_main DESC LIMIT 1")
                    .bind(pc).fetch_optional(&mut *$tx).await?,
                None => None,
            };
            let new = $crate::sessions::NewSession {
                organisation_id,
                place_id,
                location: if place_id.is_none() { s.location.clone() } else { None },
                postcode: if place_id.is_none() { s.postcode.clone() } else { None },
                commune_nis: if place_id.is_none() { commune_nis } else { None },
                title: s.title.clone(),
                title_lang: s.title_lang.clone().or_else(|| s.languages.first().cloned()),
                description: s.description.clone(),
                theme: plan.theme,
                level: plan.level,
                languages: s.languages.clone(),
                seats: s.seats,
                waiting_list: s.waiting_list,
                self_booking: s.self_booking,
                price_cents: s.price_cents,
                publics: s.publics.clone(),
                bring: s.bring.clone(),
                accessibility: s.accessibility.clone(),
            };
            let series = $crate::sessions::publish::insert_series!(&mut *$tx, now, organisation_id, &domain::sessions::Recurrence {
                every_weeks: 1,
                weekdays: Vec::new(),
                until: plan.occurrences.last().map(|(o, _)| o.date).unwrap_or_default(),
                skip: Vec::new(),
            }, None::<i64>);
            for (o, booked) in &plan.occurrences {
                let sid = $crate::sessions::publish::insert_session!(&mut *$tx, now, &new, Some(series), o.starts_at, o.ends_at, None::<i64>);
                if *booked {
                    for (i, name) in s.booked.iter().enumerate() {
                        let status = if (i as i32) < s.seats { "confirmed" } else { "waiting" };
                        sqlx::query(
                            "INSERT INTO session_bookings (session_id, status, person_name, lang, consent_text,
                             consent_at, organisation_id, created_at, updated_at)
                             VALUES ($1, $2, $3, 'fr', $4, $5, $6, $5, $5)")
                            .bind(sid).bind(status).bind(name).bind(&demo.consent_text)
                            .bind(now.min(o.starts_at - 86_400)).bind(referrer_org)
                            .execute(&mut *$tx).await?;
                    }
                }
            }
        }
    }};
}
pub(crate) use load_sessions;
