//! The demo's open call (`data/demo/call-open.toml`): published, open from
//! a few weeks before the demo is loaded until a few weeks after, with the
//! demo applicant's draft and an application sent back for corrections.

use std::collections::BTreeMap;

use domain::grants::application::Action;
use domain::grants::call::{CallStatus, NewCall};
use serde::Deserialize;

use super::NewApplication;
use crate::{Db, Result};

pub const CALL_OPEN: &str = include_str!("../../../../data/demo/call-open.toml");

#[derive(Debug, Deserialize)]
struct DemoApplication {
    status: String,
    lang: String,
    title: String,
    postcode: String,
    amount_cents: i64,
    publics: Vec<String>,
    description: String,
    answers: BTreeMap<String, String>,
    budget: Vec<(String, i64)>,
    #[serde(default)]
    reason: Option<String>,
}

impl Db {
    /// Loads the open demo call at `now`; the applications belong to the
    /// demo applicant's organisation (nothing when it has none).
    pub async fn load_demo_open_call(&self, now: i64) -> Result<()> {
        let mut doc: toml::Table =
            toml::from_str(CALL_OPEN).map_err(|e| Db::invalid(format!("call-open.toml: {e}")))?;
        let days = |k: &str| doc.get(k).and_then(|v| v.as_integer()).unwrap_or(0);
        let opens = chrono::DateTime::from_timestamp(now - days("opens_days_ago") * 86_400, 0)
            .map(|d| d.date_naive().to_string())
            .unwrap_or_default();
        let closes = now + days("closes_in_days") * 86_400;
        let text = |k: &str| doc.get(k).and_then(|v| v.as_str()).unwrap_or("").to_owned();
        let (funder, operator) = (text("funder"), text("operator"));
        let call = doc
            .get_mut("call")
            .and_then(|c| c.as_table_mut())
            .ok_or_else(|| Db::invalid("call-open.toml: no [call]"))?;
        call.insert("opens_on".into(), toml::Value::String(opens));
        call.insert("closes_at".into(), toml::Value::Integer(closes));
        let def: NewCall = call
            .clone()
            .try_into()
            .map_err(|e| Db::invalid(format!("call-open.toml: {e}")))?;
        let apps: Vec<DemoApplication> = doc
            .get("application")
            .cloned()
            .map(|v| v.try_into())
            .transpose()
            .map_err(|e| Db::invalid(format!("call-open.toml: {e}")))?
            .unwrap_or_default();
        let f = self
            .ensure_organisation(&funder, "other", None, now)
            .await?;
        let o = self
            .ensure_organisation(&operator, "other", None, now)
            .await?;
        let id = self
            .create_call(f, o, &def, CallStatus::Published, None, None, now)
            .await?;
        let applicant = self.user_by_email("applicant@demo.passerelle.test").await?;
        let coordinator = self
            .user_by_email("coordination@demo.passerelle.test")
            .await?
            .map(|u| u.id);
        let Some(applicant) = applicant else {
            return Ok(());
        };
        let Some(&org) = applicant.organisations.first() else {
            return Ok(());
        };
        for a in apps {
            let nis: Option<String> = crate::run!(self, p => sqlx::query_scalar(
                "SELECT commune_nis FROM postcodes WHERE code = $1 ORDER BY is_main DESC LIMIT 1")
                .bind(&a.postcode).fetch_optional(p).await?);
            let new = NewApplication {
                lang: a.lang,
                title: a.title,
                postcode: Some(a.postcode),
                commune_nis: nis,
                amount_cents: Some(a.amount_cents),
                publics: a.publics,
                description: a.description,
                answers: a.answers,
                budget: a.budget,
            };
            let app = self
                .create_application(id, org, &new, Some(applicant.id), now - 3 * 86_400)
                .await?;
            if a.status == "corrections" {
                self.step_application(
                    app,
                    Action::Submitted,
                    None,
                    Some(applicant.id),
                    now - 2 * 86_400,
                )
                .await
                .map_err(step_error)?;
                self.step_application(
                    app,
                    Action::CorrectionsAsked,
                    a.reason.as_deref(),
                    coordinator,
                    now - 86_400,
                )
                .await
                .map_err(step_error)?;
            }
        }
        Ok(())
    }
}

fn step_error(e: super::applications::StepError) -> crate::StoreError {
    match e {
        super::applications::StepError::Store(e) => e,
        super::applications::StepError::Refused(r) => {
            Db::invalid(format!("demo step refused: {r:?}"))
        }
    }
}
