//! The label's history in the demo data (`data/demo/label-2021.toml`): labels
//! granted before 2021 (date unknown), the three of 2021, Brusurf withdrawn,
//! the Cité des Métiers refused. Planned here from the file, then written by
//! [`load_history!`] inside the demo's one transaction.

use std::collections::HashSet;

use domain::label::LabelState;
use serde::Deserialize;

use crate::demo::DemoPlace;
use crate::{Result, StoreError};

/// The Brussels 2021 label history.
pub const BRUSSELS_LABEL_2021: &str = include_str!("../../../../data/demo/label-2021.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelHistory {
    pub before_2021_note: String,
    pub before_2021_source: String,
    #[serde(default)]
    pub applications: Vec<HistoryApplication>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryApplication {
    pub organisation: String,
    pub places: Vec<String>,
    pub note: Option<String>,
    pub events: Vec<HistoryEvent>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryEvent {
    /// `decide` or `withdraw`: the only steps a report records.
    pub step: String,
    pub favourable: Option<bool>,
    pub year: Option<i32>,
    /// YYYY-MM-DD, when the source gives it.
    pub date: Option<String>,
    pub body: Option<String>,
    pub reasons: Option<String>,
    pub notes: Option<String>,
    pub source: String,
}

/// One application to write, with its places and events.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    pub organisation: String,
    pub places: Vec<String>,
    pub state: LabelState,
    pub note: Option<String>,
    pub events: Vec<PlannedEvent>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlannedEvent {
    pub step: &'static str,
    pub body: Option<String>,
    pub from: LabelState,
    pub to: LabelState,
    pub date: Option<String>,
    pub year: Option<i32>,
    pub favourable: Option<bool>,
    pub reasons: Option<String>,
    pub notes: Option<String>,
}

impl LabelHistory {
    pub fn parse(src: &str) -> Result<LabelHistory> {
        toml::from_str(src).map_err(|e| StoreError::Invalid(format!("label history: {e}")))
    }

    pub fn brussels_2021() -> LabelHistory {
        LabelHistory::parse(BRUSSELS_LABEL_2021).expect("shipped label history is valid")
    }

    /// The applications to write, in the order of the places of the demo
    /// file; fails when the history and the places' label disagree.
    pub fn plan(&self, places: &[DemoPlace]) -> Result<Vec<Planned>> {
        let bad = |m: String| StoreError::Invalid(format!("label history: {m}"));
        let mut explicit = Vec::new();
        let mut covered: HashSet<&str> = HashSet::new();
        let mut explicit_orgs: HashSet<&str> = HashSet::new();
        for a in &self.applications {
            let mut state = LabelState::Advised;
            let mut events = Vec::new();
            for e in &a.events {
                let (step, to) = match (e.step.as_str(), state, e.favourable) {
                    ("decide", LabelState::Advised, Some(true)) => ("decide", LabelState::Granted),
                    ("decide", LabelState::Advised, Some(false)) => ("decide", LabelState::Refused),
                    ("withdraw", LabelState::Granted, _) => ("withdraw", LabelState::Withdrawn),
                    (s, from, _) => {
                        return Err(bad(format!(
                            "{}: the step {s} cannot follow {} (or needs favourable)",
                            a.organisation,
                            from.code()
                        )));
                    }
                };
                if let Some(d) = &e.date {
                    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                        .map_err(|_| bad(format!("{}: bad date {d:?}", a.organisation)))?;
                }
                let notes = match (&e.notes, e.source.trim()) {
                    (Some(n), s) => Some(format!("{n} (source : {s})")),
                    (None, s) => Some(format!("source : {s}")),
                };
                events.push(PlannedEvent {
                    step,
                    body: e.body.clone(),
                    from: state,
                    to,
                    date: e.date.clone(),
                    year: e
                        .year
                        .or_else(|| e.date.as_deref().and_then(|d| d[..4].parse().ok())),
                    favourable: e.favourable.filter(|_| step == "decide"),
                    reasons: e.reasons.clone(),
                    notes,
                });
                state = to;
            }
            if events.is_empty() {
                return Err(bad(format!("{} has no event", a.organisation)));
            }
            let expected = match state {
                LabelState::Granted => "labelled",
                LabelState::Withdrawn => "withdrawn",
                LabelState::Refused => "refused",
                _ => "none",
            };
            for key in &a.places {
                let p = places
                    .iter()
                    .find(|p| &p.key == key)
                    .ok_or_else(|| bad(format!("unknown place {key}")))?;
                if p.organisation != a.organisation {
                    return Err(bad(format!(
                        "place {key} is not of the organisation {}",
                        a.organisation
                    )));
                }
                let label = p.label.unwrap_or_default().code();
                if label != expected {
                    return Err(bad(format!(
                        "place {key} is marked {label} but its history ends {}",
                        state.code()
                    )));
                }
                covered.insert(key);
            }
            explicit_orgs.insert(a.organisation.as_str());
            explicit.push(Planned {
                organisation: a.organisation.clone(),
                places: a.places.clone(),
                state,
                note: a.note.clone(),
                events,
            });
        }
        // One label before 2021 per organisation for its other labelled places.
        let mut out: Vec<Planned> = Vec::new();
        for p in places {
            let label = p.label.unwrap_or_default().code();
            if label == "none" || covered.contains(p.key.as_str()) {
                continue;
            }
            if label != "labelled" {
                return Err(bad(format!(
                    "place {} is marked {label} but has no history",
                    p.key
                )));
            }
            if explicit_orgs.contains(p.organisation.as_str()) {
                return Err(bad(format!(
                    "place {} is labelled but its organisation's history does not name it",
                    p.key
                )));
            }
            match out.iter_mut().find(|a| a.organisation == p.organisation) {
                Some(a) => a.places.push(p.key.clone()),
                None => out.push(Planned {
                    organisation: p.organisation.clone(),
                    places: vec![p.key.clone()],
                    state: LabelState::Granted,
                    note: Some(self.before_2021_note.clone()),
                    events: vec![PlannedEvent {
                        step: "decide",
                        body: None,
                        from: LabelState::Advised,
                        to: LabelState::Granted,
                        date: None,
                        year: None,
                        favourable: Some(true),
                        reasons: None,
                        notes: Some(format!(
                            "{} (source : {})",
                            self.before_2021_note, self.before_2021_source
                        )),
                    }],
                }),
            }
        }
        out.extend(explicit);
        Ok(out)
    }
}

/// Writes a [`LabelHistory`] on `$conn` (the demo's transaction): `$places`
/// are the demo places, `$orgs` and `$ids` map their keys to ids; `$now` is
/// the time of loading.
macro_rules! load_history {
    ($conn:expr, $now:expr, $history:expr, $places:expr, $orgs:expr, $ids:expr) => {{
        let now: i64 = $now;
        let history: &$crate::label::demo::LabelHistory = $history;
        for a in history.plan($places)? {
            let org = *$orgs.get(a.organisation.as_str()).ok_or_else(|| {
                $crate::StoreError::Invalid(format!(
                    "label history: unknown organisation {}",
                    a.organisation
                ))
            })?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO label_applications (organisation_id, state, publics, note, created_at, updated_at)
                 VALUES ($1, $2, '', $3, $4, $4) RETURNING id",
            )
            .bind(org)
            .bind(a.state.code())
            .bind(&a.note)
            .bind(now)
            .fetch_one(&mut *$conn)
            .await?;
            for key in &a.places {
                let place: i64 = *$ids.get(key.as_str()).ok_or_else(|| {
                    $crate::StoreError::Invalid(format!("label history: unknown place {key}"))
                })?;
                sqlx::query("INSERT INTO label_application_places (application_id, place_id) VALUES ($1, $2)")
                    .bind(id)
                    .bind(place)
                    .execute(&mut *$conn)
                    .await?;
            }
            for e in &a.events {
                sqlx::query(
                    "INSERT INTO label_events (application_id, at, user_id, body, step, from_state, to_state,
                        event_date, event_year, favourable, reasons, notes)
                     VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                )
                .bind(id)
                .bind(now)
                .bind(&e.body)
                .bind(e.step)
                .bind(e.from.code())
                .bind(e.to.code())
                .bind(&e.date)
                .bind(e.year)
                .bind(e.favourable)
                .bind(&e.reasons)
                .bind(&e.notes)
                .execute(&mut *$conn)
                .await?;
            }
        }
    }};
}
pub(crate) use load_history;
