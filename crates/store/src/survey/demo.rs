//! The survey's demo editions (`data/demo/survey-2021.toml`): the 2021
//! study and an earlier 2019 edition to compare it with (both illustrative,
//! with generated answers) and an open 2026 edition, with fixed short codes.
//! Loaded after the demo's places; idempotent (an edition whose slug exists
//! is left as it is, so loading twice changes nothing).

use chrono::NaiveDate;
use serde::Deserialize;

use super::{NewEdition, WeeklySource};
use crate::{Db, Result, run};

/// The survey's demo file.
pub const SURVEY_DEMO: &str = include_str!("../../../../data/demo/survey-2021.toml");

#[derive(Debug, Deserialize)]
pub struct DemoSurvey {
    pub editions: Vec<DemoEdition>,
}

#[derive(Debug, Deserialize)]
pub struct DemoQuestionnaireRef {
    pub form_id: String,
    pub version: String,
}

#[derive(Debug, Deserialize)]
pub struct DemoEdition {
    pub slug: String,
    pub title: String,
    pub questionnaire: DemoQuestionnaireRef,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    #[serde(default)]
    pub illustrative: bool,
    /// The slug of the edition it is compared with.
    #[serde(default)]
    pub compare_with: Option<String>,
    /// Its generated answers, if any.
    #[serde(default)]
    pub answers: Option<DemoAnswers>,
    pub places: Vec<DemoEditionPlace>,
}

/// An edition's generated answers: `total` from the first `answering`
/// places (the mobile EPN first, with a third), drawn from `seed`
/// (`domain::survey::synth::demo_quotas`, `generate` with `plan_2021`).
#[derive(Debug, Deserialize)]
pub struct DemoAnswers {
    pub total: u32,
    pub answering: usize,
    pub seed: u64,
}

#[derive(Debug, Deserialize)]
pub struct DemoEditionPlace {
    /// The place's key in `data/demo/brussels-2021.toml`.
    pub place: String,
    pub code: String,
    #[serde(default)]
    pub weekly_visitors: Option<i64>,
    #[serde(default)]
    pub public: Option<String>,
}

impl DemoSurvey {
    pub fn parse(src: &str) -> Result<DemoSurvey> {
        toml::from_str(src).map_err(|e| Db::invalid(format!("survey demo data: {e}")))
    }

    pub fn shipped() -> DemoSurvey {
        DemoSurvey::parse(SURVEY_DEMO).expect("shipped survey demo data is valid")
    }
}

impl Db {
    /// Loads the survey's demo editions at time `now`: the shipped 2021
    /// questionnaire (saved if missing), each edition not there yet with its
    /// places, fixed codes, weekly visitors and publics; then its generated
    /// answers ([`Db::seed_demo_answers`]).
    pub async fn load_demo_survey(&self, data: &DemoSurvey, now: i64) -> Result<()> {
        for e in &data.editions {
            if self.edition_by_slug(&e.slug).await?.is_some() {
                continue;
            }
            let questionnaire_id = match self
                .questionnaire_version(&e.questionnaire.form_id, &e.questionnaire.version)
                .await?
            {
                Some(q) => q.id,
                None => {
                    let form = domain::survey::shipped::epn_visitors_2021();
                    if (form.form_id.as_str(), form.version.as_str())
                        != (
                            e.questionnaire.form_id.as_str(),
                            e.questionnaire.version.as_str(),
                        )
                    {
                        return Err(Db::invalid(format!(
                            "survey demo {}: no shipped questionnaire {} {}",
                            e.slug, e.questionnaire.form_id, e.questionnaire.version
                        )));
                    }
                    self.save_questionnaire(now, &form).await?
                }
            };
            let compare_with = match &e.compare_with {
                Some(slug) => Some(
                    self.edition_by_slug(slug)
                        .await?
                        .ok_or_else(|| {
                            Db::invalid(format!("survey demo {}: no edition {slug}", e.slug))
                        })?
                        .id,
                ),
                None => None,
            };
            let edition_id = self
                .create_edition(
                    now,
                    &NewEdition {
                        slug: e.slug.clone(),
                        title: e.title.clone(),
                        questionnaire_id,
                        opens_on: e.opens_on,
                        closes_on: e.closes_on,
                        illustrative: e.illustrative,
                        compare_with,
                    },
                )
                .await?;
            for p in &e.places {
                let key = format!("demo:{}", p.place);
                let place_id: Option<i64> = run!(self, pool => sqlx::query_scalar(
                    "SELECT id FROM places WHERE source_key = $1")
                    .bind(&key).fetch_optional(pool).await?);
                let place_id = place_id.ok_or_else(|| {
                    Db::invalid(format!("survey demo {}: unknown place {}", e.slug, p.place))
                })?;
                self.set_edition_place_with_code(
                    edition_id,
                    place_id,
                    Some(p.code.trim()),
                    p.weekly_visitors,
                    p.weekly_visitors.map(|_| WeeklySource::Entered),
                    p.public.as_deref(),
                )
                .await?;
            }
            if let Some(answers) = &e.answers {
                self.seed_demo_answers(edition_id, answers).await?;
            }
        }
        Ok(())
    }

    /// A demo edition's generated answers (illustrative, fixed seed). For
    /// 2021 (352 answers from 15 places, seed 2021) the report's totals —
    /// 352 complete answers from 15 of the 20 places, a third from the
    /// mobile EPN, 97 % in French — and its associations
    /// (`domain::survey::synth::plan_2021`). Only into an edition without
    /// answers, so loading the demo twice adds nothing.
    pub async fn seed_demo_answers(&self, edition_id: i64, plan: &DemoAnswers) -> Result<()> {
        use domain::survey::synth;
        if !self.answer_counts(edition_id).await?.is_empty() {
            return Ok(());
        }
        let edition = self
            .edition(edition_id)
            .await?
            .ok_or_else(|| Db::invalid("survey demo: the edition is missing"))?;
        let form = self
            .questionnaire(edition.questionnaire_id)
            .await?
            .ok_or_else(|| Db::invalid("survey demo: the questionnaire is missing"))?
            .form;
        let places: Vec<(i64, Option<String>)> = self
            .edition_places(edition_id)
            .await?
            .into_iter()
            .map(|p| (p.place_id, p.public))
            .collect();
        let generated = synth::generate(
            &form,
            &synth::plan_2021(),
            &synth::demo_quotas(&places, plan.total, plan.answering, plan.seed),
            edition.opens_on,
            edition.closes_on,
            plan.seed,
        );
        let rows: Vec<_> = generated
            .into_iter()
            .map(|g| (g.place_id, g.day, g.lang, g.answers))
            .collect();
        self.insert_answers_bulk(edition_id, &rows).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_file_has_the_2021_study_and_an_open_edition() {
        let d = DemoSurvey::shipped();
        let y2021 = d.editions.iter().find(|e| e.slug == "2021").unwrap();
        assert_eq!(y2021.places.len(), 20);
        assert!(y2021.illustrative);
        // The report's totals, drawn as the first demo drew them.
        let answers = y2021.answers.as_ref().unwrap();
        assert_eq!(
            (answers.total, answers.answering, answers.seed),
            (352, 15, domain::survey::synth::DEMO_SEED)
        );
        // Compared with an earlier, illustrative edition listed before it.
        assert_eq!(y2021.compare_with.as_deref(), Some("2019"));
        let i2019 = d.editions.iter().position(|e| e.slug == "2019").unwrap();
        let i2021 = d.editions.iter().position(|e| e.slug == "2021").unwrap();
        assert!(i2019 < i2021, "2019 is created before 2021 refers to it");
        let y2019 = &d.editions[i2019];
        assert!(y2019.illustrative);
        assert!(y2019.answers.as_ref().unwrap().total < 352);
        assert_eq!((y2021.closes_on - y2021.opens_on).num_days() + 1, 35);
        // The 17 EPN the report counts: 1,137 visitors a week; the mobile EPN not counted.
        let counted: Vec<i64> = y2021
            .places
            .iter()
            .filter_map(|p| p.weekly_visitors)
            .collect();
        assert_eq!(counted.len(), 17);
        assert_eq!(counted.iter().sum::<i64>(), 1137);
        let mobile = y2021
            .places
            .iter()
            .find(|p| p.place == "epn-mobile-ecd")
            .unwrap();
        assert_eq!(mobile.public.as_deref(), Some("mobile"));
        assert!(mobile.weekly_visitors.is_none());
        let open = d.editions.iter().find(|e| e.slug == "2026").unwrap();
        assert!(!open.illustrative);
        assert!(
            open.places
                .iter()
                .any(|p| p.public.as_deref() == Some("mobile"))
        );
        let mut codes: Vec<&str> = d
            .editions
            .iter()
            .flat_map(|e| e.places.iter().map(|p| p.code.as_str()))
            .collect();
        assert!(codes.iter().all(|c| c.len() == 6));
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 38, "codes are unique");
    }
}
