//! The annual report's written texts (migration 0025): drafts, review by a
//! second person, publication. The rules are in `domain::annual_report`.

use domain::annual_report::{ReviewStep, StepRefusal, TextState, check_review};
use serde::Serialize;

use crate::audit::NewAudit;
use crate::{Db, Result, run, write_tx};

/// One version of a part's text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportText {
    pub id: i64,
    pub year: i32,
    pub part: String,
    pub lang: String,
    pub body: String,
    pub state: TextState,
    pub written_by: Option<i64>,
    pub written_by_email: Option<String>,
    pub written_at: i64,
    pub reviewed_by_email: Option<String>,
    pub reviewed_at: Option<i64>,
    pub review_note: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Raw {
    id: i64,
    year: i32,
    part: String,
    lang: String,
    body: String,
    state: String,
    written_by: Option<i64>,
    writer: Option<String>,
    written_at: i64,
    reviewer: Option<String>,
    reviewed_at: Option<i64>,
    review_note: Option<String>,
}

const SELECT: &str = "SELECT t.id, t.year, t.part, t.lang, t.body, t.state, t.written_by,
    w.email AS writer, t.written_at, r.email AS reviewer, t.reviewed_at, t.review_note
    FROM annual_report_texts t LEFT JOIN users w ON w.id = t.written_by
    LEFT JOIN users r ON r.id = t.reviewed_by";

fn assemble(r: Raw) -> Result<ReportText> {
    Ok(ReportText {
        id: r.id,
        year: r.year,
        part: r.part,
        lang: r.lang,
        body: r.body,
        state: TextState::parse(&r.state)
            .ok_or_else(|| Db::invalid(format!("unknown report text state {:?}", r.state)))?,
        written_by: r.written_by,
        written_by_email: r.writer,
        written_at: r.written_at,
        reviewed_by_email: r.reviewer,
        reviewed_at: r.reviewed_at,
        review_note: r.review_note,
    })
}

/// Where a part's text stands in one language: the published text and the
/// one being worked on (a draft or a text waiting for review), each when any.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PartTexts {
    pub published: Option<ReportText>,
    pub working: Option<ReportText>,
}

impl Db {
    /// Every text of `year` in `lang` that is published or being worked on,
    /// by part code.
    pub async fn report_texts(
        &self,
        year: i32,
        lang: &str,
    ) -> Result<std::collections::BTreeMap<String, PartTexts>> {
        let sql = format!(
            "{SELECT} WHERE t.year = $1 AND t.lang = $2 AND t.state <> 'superseded' ORDER BY t.id"
        );
        let rows: Vec<Raw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(year).bind(lang).fetch_all(p).await?);
        let mut out: std::collections::BTreeMap<String, PartTexts> = Default::default();
        for r in rows {
            let t = assemble(r)?;
            let entry = out.entry(t.part.clone()).or_default();
            if t.state == TextState::Published {
                entry.published = Some(t);
            } else {
                entry.working = Some(t);
            }
        }
        Ok(out)
    }

    /// The published texts of `year` in `lang`: (part code, body).
    pub async fn report_published(
        &self,
        year: i32,
        lang: &str,
    ) -> Result<std::collections::HashMap<String, String>> {
        let rows: Vec<(String, String)> = run!(self, p => sqlx::query_as(
            "SELECT part, body FROM annual_report_texts
             WHERE year = $1 AND lang = $2 AND state = 'published'")
            .bind(year).bind(lang).fetch_all(p).await?);
        Ok(rows.into_iter().collect())
    }

    /// Saves the text being worked on for a part (checked by the caller
    /// with `domain::annual_report::parse`): the draft or the text waiting
    /// for review is changed and goes back to draft; otherwise a new draft
    /// starts. Audited. Returns the text's id.
    pub async fn save_report_draft(
        &self,
        year: i32,
        part: &str,
        lang: &str,
        body: &str,
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64> {
        let id = write_tx!(self, tx => {
            let working: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM annual_report_texts WHERE year = $1 AND part = $2 AND lang = $3
                 AND state IN ('draft', 'review')")
                .bind(year).bind(part).bind(lang).fetch_optional(&mut *tx).await?;
            let id = match working {
                Some(id) => {
                    sqlx::query("UPDATE annual_report_texts SET body = $1, state = 'draft',
                        written_by = $2, written_at = $3 WHERE id = $4")
                        .bind(body).bind(actor).bind(now).bind(id)
                        .execute(&mut *tx).await?;
                    id
                }
                None => sqlx::query_scalar("INSERT INTO annual_report_texts (year, part, lang,
                    body, state, written_by, written_at) VALUES ($1, $2, $3, $4, 'draft', $5, $6)
                    RETURNING id")
                    .bind(year).bind(part).bind(lang).bind(body).bind(actor).bind(now)
                    .fetch_one(&mut *tx).await?,
            };
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "report.text.save",
                entity: "annual_report_text",
                entity_id: Some(id),
                after: Some(serde_json::json!({ "year": year, "part": part, "lang": lang })),
                ..Default::default()
            });
            id
        });
        Ok(id)
    }

    /// Asks for the review of the draft of a part.
    pub async fn submit_report_text(
        &self,
        id: i64,
        actor: Option<i64>,
        now: i64,
    ) -> Result<std::result::Result<(), StepRefusal>> {
        let sql = format!("{SELECT} WHERE t.id = $1");
        let out = write_tx!(self, tx => {
            let raw: Option<Raw> = sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(id).fetch_optional(&mut *tx).await?;
            match raw.map(assemble).transpose()? {
                None => Err(StepRefusal::Unknown),
                Some(t) if t.state != TextState::Draft => Err(StepRefusal::WrongState),
                Some(_) => {
                    sqlx::query("UPDATE annual_report_texts SET state = 'review', review_note = NULL
                        WHERE id = $1")
                        .bind(id).execute(&mut *tx).await?;
                    crate::audit!(&mut *tx, now, &NewAudit {
                        user_id: actor,
                        action: "report.text.submit",
                        entity: "annual_report_text",
                        entity_id: Some(id),
                        ..Default::default()
                    });
                    Ok(())
                }
            }
        });
        Ok(out)
    }

    /// A second person publishes a text waiting for review (the part's
    /// text published before is superseded) or sends it back to draft with
    /// a note. The one who last wrote it cannot.
    pub async fn review_report_text(
        &self,
        id: i64,
        step: ReviewStep,
        note: Option<&str>,
        reviewer: i64,
        now: i64,
    ) -> Result<std::result::Result<(), StepRefusal>> {
        let sql = format!("{SELECT} WHERE t.id = $1");
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        let out = write_tx!(self, tx => {
            let raw: Option<Raw> = sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(id).fetch_optional(&mut *tx).await?;
            match raw.map(assemble).transpose()? {
                None => Err(StepRefusal::Unknown),
                Some(t) => match check_review(t.state, t.written_by, reviewer) {
                    Err(e) => Err(e),
                    Ok(()) => {
                        let state = match step {
                            ReviewStep::Publish => {
                                sqlx::query("UPDATE annual_report_texts SET state = 'superseded'
                                    WHERE year = $1 AND part = $2 AND lang = $3
                                    AND state = 'published'")
                                    .bind(t.year).bind(&t.part).bind(&t.lang)
                                    .execute(&mut *tx).await?;
                                TextState::Published
                            }
                            ReviewStep::SendBack => TextState::Draft,
                        };
                        sqlx::query("UPDATE annual_report_texts SET state = $1, reviewed_by = $2,
                            reviewed_at = $3, review_note = $4 WHERE id = $5")
                            .bind(state.code()).bind(reviewer).bind(now).bind(note).bind(id)
                            .execute(&mut *tx).await?;
                        crate::audit!(&mut *tx, now, &NewAudit {
                            user_id: Some(reviewer),
                            action: match step {
                                ReviewStep::Publish => "report.text.publish",
                                ReviewStep::SendBack => "report.text.send_back",
                            },
                            entity: "annual_report_text",
                            entity_id: Some(id),
                            ..Default::default()
                        });
                        Ok(())
                    }
                },
            }
        });
        Ok(out)
    }
}

/// The demo's texts of the 2021 report (`data/demo/annual-report-2021.toml`).
pub mod demo {
    use domain::annual_report::{ReviewStep, TextState};
    use serde::Deserialize;

    use crate::{Db, Result, StoreError};

    const TEXTS: &str = include_str!("../../../data/demo/annual-report-2021.toml");

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        year: i32,
        text: Vec<DemoText>,
    }

    /// A text of the demo and the state it is left in.
    #[derive(Debug, Clone, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct DemoText {
        pub part: String,
        pub lang: String,
        pub state: String,
        pub body: String,
    }

    /// The demo's report texts: checked by the markup's rules when read.
    #[derive(Debug, Clone)]
    pub struct DemoReport {
        pub year: i32,
        pub texts: Vec<DemoText>,
    }

    impl DemoReport {
        pub fn brussels_2021() -> DemoReport {
            let f: File = toml::from_str(TEXTS).expect("the demo report texts are valid TOML");
            for t in &f.text {
                assert!(
                    domain::annual_report::parse(&t.body).is_ok(),
                    "the demo text {} {} follows the markup",
                    t.part,
                    t.lang
                );
                assert!(TextState::parse(&t.state).is_some(), "state {}", t.state);
            }
            DemoReport {
                year: f.year,
                texts: f.text,
            }
        }
    }

    impl Db {
        /// Writes the texts as the coordination account, and has the admin
        /// account publish the published ones, so that the demo's report
        /// shows texts, one waiting for review and one draft.
        pub async fn load_demo_report(&self, demo: &DemoReport, now: i64) -> Result<()> {
            let user = |email: &'static str| async move {
                let id: Option<i64> = crate::run!(self, p => sqlx::query_scalar(
                    "SELECT id FROM users WHERE email = $1").bind(email).fetch_optional(p).await?);
                Ok::<_, StoreError>(id)
            };
            let writer = user("coordination@demo.passerelle.test").await?;
            let reviewer = user("admin@demo.passerelle.test").await?;
            let day = 86_400;
            for t in &demo.texts {
                let id = self
                    .save_report_draft(demo.year, &t.part, &t.lang, &t.body, writer, now - 3 * day)
                    .await?;
                if t.state == "draft" {
                    continue;
                }
                self.submit_report_text(id, writer, now - 2 * day)
                    .await?
                    .map_err(|e| Db::invalid(format!("demo text {}: {e:?}", t.part)))?;
                if t.state == "published"
                    && let Some(reviewer) = reviewer
                {
                    self.review_report_text(id, ReviewStep::Publish, None, reviewer, now - day)
                        .await?
                        .map_err(|e| Db::invalid(format!("demo text {}: {e:?}", t.part)))?;
                }
            }
            Ok(())
        }
    }
}
