//! Programme indicators' values per period and the plan's events with their
//! audiences, as the coordination enters them; each write audited.

use domain::indicators::{IndicatorSet, NewEvent, NewValue};
use serde::Deserialize;
use serde_json::json;

use crate::audit::NewAudit;
use crate::{Db, Result, StoreError, run, write_tx};

/// A stored value of an indicator for a period.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct IndicatorValue {
    pub indicator: String,
    pub period: String,
    /// In the unit's stored form (tenths of hours, cents…).
    pub value: i64,
    pub source_note: String,
    pub updated_at: i64,
}

/// A stored event with its audience counts (in the order of the kinds' codes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanEvent {
    pub id: i64,
    /// YYYY-MM-DD.
    pub date: String,
    pub measure: String,
    pub public: String,
    pub title: String,
    pub audience: Vec<(String, i64)>,
    pub source_note: String,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    event_date: String,
    measure: String,
    public_code: String,
    title: String,
    source_note: String,
}

#[derive(sqlx::FromRow)]
struct AudienceRow {
    event_id: i64,
    kind: String,
    count: i64,
}

impl Db {
    /// Every stored value, by indicator then period.
    pub async fn indicator_values(&self) -> Result<Vec<IndicatorValue>> {
        Ok(run!(self, p => sqlx::query_as(
            "SELECT indicator, period, value, source_note, updated_at
             FROM indicator_values ORDER BY indicator, period")
            .fetch_all(p).await?))
    }

    /// Records the value of an indicator for a period, replacing the one
    /// there was (the audit entry keeps both). Returns whether it replaced one.
    pub async fn set_indicator_value(
        &self,
        v: &NewValue,
        actor: Option<i64>,
        now: i64,
    ) -> Result<bool> {
        let replaced = write_tx!(self, tx => {
            let before: Option<(i64, i64, String)> = sqlx::query_as(
                "SELECT id, value, source_note FROM indicator_values
                 WHERE indicator = $1 AND period = $2")
                .bind(&v.indicator).bind(v.period.as_str())
                .fetch_optional(&mut *tx).await?;
            let id: i64 = match &before {
                Some((id, _, _)) => {
                    sqlx::query("UPDATE indicator_values SET value = $1, source_note = $2,
                                 updated_by = $3, updated_at = $4 WHERE id = $5")
                        .bind(v.value).bind(&v.source_note).bind(actor).bind(now).bind(id)
                        .execute(&mut *tx).await?;
                    *id
                }
                None => sqlx::query_scalar(
                    "INSERT INTO indicator_values (indicator, period, value, source_note, updated_by, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
                    .bind(&v.indicator).bind(v.period.as_str()).bind(v.value)
                    .bind(&v.source_note).bind(actor).bind(now)
                    .fetch_one(&mut *tx).await?,
            };
            let after = json!({"indicator": v.indicator, "period": v.period.as_str(),
                               "value": v.value, "source_note": v.source_note});
            let entry = NewAudit {
                user_id: actor,
                action: if before.is_some() { "indicator_value.update" } else { "indicator_value.create" },
                entity: "indicator_value",
                entity_id: Some(id),
                before: before.as_ref().map(|(_, value, note)| json!({
                    "indicator": v.indicator, "period": v.period.as_str(),
                    "value": value, "source_note": note})),
                after: Some(after),
                ..Default::default()
            };
            crate::audit!(&mut *tx, now, &entry);
            before.is_some()
        });
        Ok(replaced)
    }

    /// Records an event with its audience counts; its id.
    pub async fn add_plan_event(&self, e: &NewEvent, actor: Option<i64>, now: i64) -> Result<i64> {
        let date = e.date.format("%Y-%m-%d").to_string();
        let id = write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO plan_events (event_date, measure, public_code, title, source_note, created_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
                .bind(&date).bind(&e.measure).bind(&e.public).bind(&e.title)
                .bind(&e.source_note).bind(actor).bind(now)
                .fetch_one(&mut *tx).await?;
            for (kind, count) in &e.audience {
                sqlx::query("INSERT INTO plan_event_audiences (event_id, kind, count) VALUES ($1, $2, $3)")
                    .bind(id).bind(kind).bind(count).execute(&mut *tx).await?;
            }
            let audience: serde_json::Map<String, serde_json::Value> =
                e.audience.iter().map(|(k, n)| (k.clone(), json!(n))).collect();
            let entry = NewAudit {
                user_id: actor,
                action: "plan_event.create",
                entity: "plan_event",
                entity_id: Some(id),
                after: Some(json!({"date": date, "measure": e.measure, "public": e.public,
                                   "title": e.title, "audience": audience,
                                   "source_note": e.source_note})),
                ..Default::default()
            };
            crate::audit!(&mut *tx, now, &entry);
            id
        });
        Ok(id)
    }

    /// Every event, the latest first, with its audience counts.
    pub async fn plan_events(&self) -> Result<Vec<PlanEvent>> {
        let rows: Vec<EventRow> = run!(self, p => sqlx::query_as(
            "SELECT id, event_date, measure, public_code, title, source_note
             FROM plan_events ORDER BY event_date DESC, id DESC")
            .fetch_all(p).await?);
        let counts: Vec<AudienceRow> = run!(self, p => sqlx::query_as(
            "SELECT event_id, kind, count FROM plan_event_audiences ORDER BY event_id, kind")
            .fetch_all(p).await?);
        Ok(rows
            .into_iter()
            .map(|r| PlanEvent {
                audience: counts
                    .iter()
                    .filter(|c| c.event_id == r.id)
                    .map(|c| (c.kind.clone(), c.count))
                    .collect(),
                id: r.id,
                date: r.event_date,
                measure: r.measure,
                public: r.public_code,
                title: r.title,
                source_note: r.source_note,
            })
            .collect())
    }

    /// Loads the demo's indicator values and events (figures reported for
    /// 2021, with their seed lines as source notes), checked by the same
    /// rules as the back-office forms.
    pub async fn load_demo_indicators(
        &self,
        demo: &DemoIndicators,
        set: &IndicatorSet,
        vocab: &domain::Vocabularies,
        now: i64,
    ) -> Result<()> {
        let bad = |what: &str, p: Vec<domain::indicators::FieldProblem>| {
            StoreError::Invalid(format!("demo {what}: {p:?}"))
        };
        for v in &demo.values {
            let value = NewValue::parse(set, &v.indicator, &v.period, &v.value, &v.source)
                .map_err(|p| bad(&v.indicator, p))?;
            self.set_indicator_value(&value, None, now).await?;
        }
        for e in &demo.events {
            let input = domain::indicators::EventInput {
                date: &e.date,
                measure: &e.measure,
                public: &e.public,
                title: &e.title,
                audience: e
                    .audience
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect(),
                source_note: &e.source,
            };
            let event = NewEvent::parse(set, vocab, &input).map_err(|p| bad(&e.title, p))?;
            self.add_plan_event(&event, None, now).await?;
        }
        Ok(())
    }
}

/// The demo's indicator values and events (`data/demo/indicators-2021.toml`).
#[derive(Debug, Clone, Deserialize)]
pub struct DemoIndicators {
    #[serde(default)]
    pub values: Vec<DemoValue>,
    #[serde(default)]
    pub events: Vec<DemoEvent>,
}

/// A value as typed (so the demo goes through the form's rules).
#[derive(Debug, Clone, Deserialize)]
pub struct DemoValue {
    pub indicator: String,
    pub period: String,
    pub value: String,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DemoEvent {
    pub date: String,
    pub measure: String,
    pub public: String,
    pub title: String,
    pub source: String,
    /// Kind code → count as typed.
    #[serde(default)]
    pub audience: std::collections::BTreeMap<String, String>,
}

/// The Brussels demo file.
pub const BRUSSELS_2021: &str = include_str!("../../../data/demo/indicators-2021.toml");

impl DemoIndicators {
    pub fn parse(src: &str) -> Result<DemoIndicators> {
        toml::from_str(src).map_err(|e| StoreError::Invalid(e.to_string()))
    }

    pub fn brussels_2021() -> DemoIndicators {
        DemoIndicators::parse(BRUSSELS_2021).expect("the shipped demo indicators are valid")
    }
}
