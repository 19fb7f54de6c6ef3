//! The visitor survey (issue 12, migration 0015): questionnaire versions
//! stored whole as JSON, editions, their participating places with short
//! codes and weekly visitors, anonymous complete answers, and drafts kept
//! so that a visitor can stop and come back on the same device.
//!
//! Nothing here stores who answered: an answer has its edition, place, day
//! and language, and the answers themselves.

use chrono::NaiveDate;
use domain::survey::{Answers, Questionnaire};

use crate::{Db, Result, run, write_tx};

/// A stored questionnaire version.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredQuestionnaire {
    pub id: i64,
    pub form: Questionnaire,
    pub created_at: i64,
}

/// An edition to create or update.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEdition {
    pub slug: String,
    pub title: String,
    pub questionnaire_id: i64,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub illustrative: bool,
    pub compare_with: Option<i64>,
}

/// An edition of the survey.
#[derive(Debug, Clone, PartialEq)]
pub struct Edition {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub questionnaire_id: i64,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub illustrative: bool,
    pub compare_with: Option<i64>,
    pub created_at: i64,
}

impl Edition {
    /// The length of the period in weeks (dates inclusive): 35 days = 5.
    pub fn weeks(&self) -> f64 {
        ((self.closes_on - self.opens_on).num_days() + 1) as f64 / 7.0
    }

    /// Whether answers are taken on `day`.
    pub fn is_open_on(&self, day: NaiveDate) -> bool {
        self.opens_on <= day && day <= self.closes_on
    }
}

/// Where a place's estimated weekly visitors come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeeklySource {
    /// Computed from its capacity records of the edition's year.
    Capacity,
    /// Entered by the coordination.
    Entered,
}

impl WeeklySource {
    pub fn code(self) -> &'static str {
        match self {
            WeeklySource::Capacity => "capacity",
            WeeklySource::Entered => "entered",
        }
    }

    pub fn parse(code: &str) -> Option<WeeklySource> {
        match code {
            "capacity" => Some(WeeklySource::Capacity),
            "entered" => Some(WeeklySource::Entered),
            _ => None,
        }
    }
}

/// A place taking part in an edition.
#[derive(Debug, Clone, PartialEq)]
pub struct EditionPlace {
    pub edition_id: i64,
    pub place_id: i64,
    pub place_name: String,
    /// Its short code: the link `/s/{code}` and its poster's QR code.
    pub code: String,
    pub weekly_visitors: Option<i64>,
    pub weekly_source: Option<WeeklySource>,
    /// The value of the questionnaire's hidden `public` question for its
    /// visitors (e.g. `mobile`).
    pub public: Option<String>,
}

/// A complete answer as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredAnswer {
    pub id: i64,
    pub place_id: i64,
    pub answered_on: NaiveDate,
    pub lang: String,
    pub answers: Answers,
}

/// An answer being given.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub edition_id: i64,
    pub place_id: i64,
    pub lang: String,
    pub answers: Answers,
    pub updated_on: NaiveDate,
}

/// The letters of short codes: no 0/O, 1/I/L, 5/S, 2/Z, 8/B, to be read
/// aloud and typed from a poster without doubt.
const CODE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";

fn new_code() -> String {
    let mut bytes = [0u8; 6];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    bytes
        .iter()
        .map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char)
        .collect()
}

/// Whether `code` may be a short code: 4 to 12 letters or digits.
pub fn valid_code(code: &str) -> bool {
    (4..=12).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphanumeric())
}

fn day(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| Db::invalid(format!("stored date {text:?} is not YYYY-MM-DD")))
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn answers_json(a: &Answers) -> String {
    serde_json::to_string(a).expect("answers serialise")
}

fn parse_answers(text: &str) -> Result<Answers> {
    serde_json::from_str(text).map_err(|e| Db::invalid(format!("stored answers: {e}")))
}

type RawEdition = (
    i64,
    String,
    String,
    i64,
    String,
    String,
    bool,
    Option<i64>,
    i64,
);

const SELECT_EDITION: &str = "SELECT id, slug, title, questionnaire_id, opens_on, closes_on, illustrative, compare_with, created_at FROM survey_editions";

fn edition(r: RawEdition) -> Result<Edition> {
    Ok(Edition {
        id: r.0,
        slug: r.1,
        title: r.2,
        questionnaire_id: r.3,
        opens_on: day(&r.4)?,
        closes_on: day(&r.5)?,
        illustrative: r.6,
        compare_with: r.7,
        created_at: r.8,
    })
}

type RawPlace = (
    i64,
    i64,
    String,
    String,
    Option<i64>,
    Option<String>,
    Option<String>,
);

const SELECT_PLACE: &str = "SELECT ep.edition_id, ep.place_id, p.name, ep.code, ep.weekly_visitors, ep.weekly_source, ep.public
     FROM survey_edition_places ep JOIN places p ON p.id = ep.place_id";

fn edition_place(r: RawPlace) -> EditionPlace {
    EditionPlace {
        edition_id: r.0,
        place_id: r.1,
        place_name: r.2,
        code: r.3,
        weekly_visitors: r.4,
        weekly_source: r.5.as_deref().and_then(WeeklySource::parse),
        public: r.6,
    }
}

fn check_edition(e: &NewEdition) -> Result<()> {
    let slug_ok = !e.slug.is_empty()
        && e.slug.len() <= 40
        && e.slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !slug_ok {
        return Err(Db::invalid(format!(
            "edition slug {:?}: lowercase letters, digits and - only, at most 40",
            e.slug
        )));
    }
    if e.title.trim().is_empty() {
        return Err(Db::invalid("the edition needs a title"));
    }
    if e.opens_on > e.closes_on {
        return Err(Db::invalid("the edition closes before it opens"));
    }
    Ok(())
}

/// The most rows inserted by one statement of [`Db::insert_answers_bulk`].
const BULK_ROWS: usize = 200;

impl Db {
    /// Stores a questionnaire version (checked); refused when its form id
    /// and version are already stored: a version never changes.
    pub async fn save_questionnaire(&self, now: i64, form: &Questionnaire) -> Result<i64> {
        if let Err(errors) = form.check() {
            let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
            return Err(Db::invalid(format!(
                "the questionnaire cannot be used: {}",
                text.join("; ")
            )));
        }
        if self
            .questionnaire_version(&form.form_id, &form.version)
            .await?
            .is_some()
        {
            return Err(Db::invalid(format!(
                "version {} of {} is already stored; give the new one another version",
                form.version, form.form_id
            )));
        }
        let definition = serde_json::to_string(form).expect("questionnaire serialises");
        let id: i64 = run!(self, p => sqlx::query_scalar(
            "INSERT INTO survey_questionnaires (form_id, version, definition, created_at)
             VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(&form.form_id).bind(&form.version).bind(&definition).bind(now)
            .fetch_one(p).await?);
        Ok(id)
    }

    async fn questionnaires_where(
        &self,
        filter: &str,
        a: Option<&str>,
        b: Option<&str>,
        id: Option<i64>,
    ) -> Result<Vec<StoredQuestionnaire>> {
        let sql = format!(
            "SELECT id, definition, created_at FROM survey_questionnaires {filter} ORDER BY created_at DESC, id DESC"
        );
        let rows: Vec<(i64, String, i64)> = run!(self, p => {
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()));
            if let Some(id) = id { q = q.bind(id); }
            if let Some(a) = a { q = q.bind(a); }
            if let Some(b) = b { q = q.bind(b); }
            q.fetch_all(p).await?
        });
        rows.into_iter()
            .map(|(id, definition, created_at)| {
                let form = serde_json::from_str(&definition)
                    .map_err(|e| Db::invalid(format!("stored questionnaire {id}: {e}")))?;
                Ok(StoredQuestionnaire {
                    id,
                    form,
                    created_at,
                })
            })
            .collect()
    }

    /// Every stored questionnaire version, newest first.
    pub async fn questionnaires(&self) -> Result<Vec<StoredQuestionnaire>> {
        self.questionnaires_where("", None, None, None).await
    }

    pub async fn questionnaire(&self, id: i64) -> Result<Option<StoredQuestionnaire>> {
        Ok(self
            .questionnaires_where("WHERE id = $1", None, None, Some(id))
            .await?
            .pop())
    }

    pub async fn questionnaire_version(
        &self,
        form_id: &str,
        version: &str,
    ) -> Result<Option<StoredQuestionnaire>> {
        Ok(self
            .questionnaires_where(
                "WHERE form_id = $1 AND version = $2",
                Some(form_id),
                Some(version),
                None,
            )
            .await?
            .pop())
    }

    /// Creates an edition; refused on a slug already used or a bad period.
    pub async fn create_edition(&self, now: i64, e: &NewEdition) -> Result<i64> {
        check_edition(e)?;
        if self.edition_by_slug(&e.slug).await?.is_some() {
            return Err(Db::invalid(format!(
                "an edition is already called {:?}",
                e.slug
            )));
        }
        let id: i64 = run!(self, p => sqlx::query_scalar(
            "INSERT INTO survey_editions (slug, title, questionnaire_id, opens_on, closes_on, illustrative, compare_with, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id")
            .bind(&e.slug).bind(&e.title).bind(e.questionnaire_id).bind(ymd(e.opens_on))
            .bind(ymd(e.closes_on)).bind(e.illustrative).bind(e.compare_with).bind(now)
            .fetch_one(p).await?);
        Ok(id)
    }

    /// Changes an edition (its answers stay).
    pub async fn update_edition(&self, id: i64, e: &NewEdition) -> Result<()> {
        check_edition(e)?;
        if self
            .edition_by_slug(&e.slug)
            .await?
            .is_some_and(|other| other.id != id)
        {
            return Err(Db::invalid(format!(
                "an edition is already called {:?}",
                e.slug
            )));
        }
        if e.compare_with == Some(id) {
            return Err(Db::invalid("an edition cannot be compared with itself"));
        }
        run!(self, p => sqlx::query(
            "UPDATE survey_editions SET slug = $1, title = $2, questionnaire_id = $3, opens_on = $4,
             closes_on = $5, illustrative = $6, compare_with = $7 WHERE id = $8")
            .bind(&e.slug).bind(&e.title).bind(e.questionnaire_id).bind(ymd(e.opens_on))
            .bind(ymd(e.closes_on)).bind(e.illustrative).bind(e.compare_with).bind(id)
            .execute(p).await?.rows_affected());
        Ok(())
    }

    /// Every edition, the latest period first.
    pub async fn editions(&self) -> Result<Vec<Edition>> {
        let sql = format!("{SELECT_EDITION} ORDER BY opens_on DESC, id DESC");
        let rows: Vec<RawEdition> =
            run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(p).await?);
        rows.into_iter().map(edition).collect()
    }

    pub async fn edition(&self, id: i64) -> Result<Option<Edition>> {
        let sql = format!("{SELECT_EDITION} WHERE id = $1");
        let row: Option<RawEdition> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(p).await?);
        row.map(edition).transpose()
    }

    pub async fn edition_by_slug(&self, slug: &str) -> Result<Option<Edition>> {
        let sql = format!("{SELECT_EDITION} WHERE slug = $1");
        let row: Option<RawEdition> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(slug).fetch_optional(p).await?);
        row.map(edition).transpose()
    }

    /// Adds a place to an edition with a new short code, or updates its
    /// weekly visitors and public (its code kept). Returns the code.
    pub async fn set_edition_place(
        &self,
        edition_id: i64,
        place_id: i64,
        weekly_visitors: Option<i64>,
        weekly_source: Option<WeeklySource>,
        public: Option<&str>,
    ) -> Result<String> {
        self.set_edition_place_with_code(
            edition_id,
            place_id,
            None,
            weekly_visitors,
            weekly_source,
            public,
        )
        .await
    }

    /// As [`Db::set_edition_place`], with a chosen code for a new place
    /// (the demo's fixed codes); refused when another place has it.
    pub async fn set_edition_place_with_code(
        &self,
        edition_id: i64,
        place_id: i64,
        code: Option<&str>,
        weekly_visitors: Option<i64>,
        weekly_source: Option<WeeklySource>,
        public: Option<&str>,
    ) -> Result<String> {
        if weekly_visitors.is_some_and(|v| v < 0) {
            return Err(Db::invalid("weekly visitors cannot be negative"));
        }
        let public = public.map(str::trim).filter(|p| !p.is_empty());
        let source = weekly_visitors.and(weekly_source).map(WeeklySource::code);
        let code = write_tx!(self, tx => {
            let existing: Option<String> = sqlx::query_scalar(
                "SELECT code FROM survey_edition_places WHERE edition_id = $1 AND place_id = $2")
                .bind(edition_id).bind(place_id).fetch_optional(&mut *tx).await?;
            match existing {
                Some(code) => {
                    sqlx::query("UPDATE survey_edition_places SET weekly_visitors = $1, weekly_source = $2, public = $3
                                 WHERE edition_id = $4 AND place_id = $5")
                        .bind(weekly_visitors).bind(source).bind(public).bind(edition_id).bind(place_id)
                        .execute(&mut *tx).await?;
                    code
                }
                None => {
                    let mut chosen = match code {
                        Some(c) if valid_code(c) => c.to_ascii_uppercase(),
                        Some(c) => return Err(Db::invalid(format!("short code {c:?}: 4 to 12 letters or digits"))),
                        None => new_code(),
                    };
                    loop {
                        let taken: Option<i64> = sqlx::query_scalar(
                            "SELECT place_id FROM survey_edition_places WHERE code = $1")
                            .bind(&chosen).fetch_optional(&mut *tx).await?;
                        match (taken, code) {
                            (None, _) => break,
                            (Some(_), Some(c)) => return Err(Db::invalid(format!("the short code {c:?} is taken"))),
                            (Some(_), None) => chosen = new_code(),
                        }
                    }
                    sqlx::query("INSERT INTO survey_edition_places (edition_id, place_id, code, weekly_visitors, weekly_source, public)
                                 VALUES ($1, $2, $3, $4, $5, $6)")
                        .bind(edition_id).bind(place_id).bind(&chosen).bind(weekly_visitors).bind(source).bind(public)
                        .execute(&mut *tx).await?;
                    chosen
                }
            }
        });
        Ok(code)
    }

    /// The places of an edition, by name.
    pub async fn edition_places(&self, edition_id: i64) -> Result<Vec<EditionPlace>> {
        let sql = format!("{SELECT_PLACE} WHERE ep.edition_id = $1 ORDER BY p.name, p.id");
        let rows: Vec<RawPlace> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(edition_id).fetch_all(p).await?);
        Ok(rows.into_iter().map(edition_place).collect())
    }

    /// Takes a place out of an edition; refused once it has answers.
    pub async fn remove_edition_place(&self, edition_id: i64, place_id: i64) -> Result<()> {
        write_tx!(self, tx => {
            let n: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM survey_answers WHERE edition_id = $1 AND place_id = $2")
                .bind(edition_id).bind(place_id).fetch_one(&mut *tx).await?;
            if n > 0 {
                return Err(Db::invalid(format!("the place has {n} answers in this edition: it stays")));
            }
            sqlx::query("DELETE FROM survey_drafts WHERE edition_id = $1 AND place_id = $2")
                .bind(edition_id).bind(place_id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM survey_edition_places WHERE edition_id = $1 AND place_id = $2")
                .bind(edition_id).bind(place_id).execute(&mut *tx).await?;
        });
        Ok(())
    }

    /// The edition and place of a short code (any case).
    pub async fn edition_place_by_code(
        &self,
        code: &str,
    ) -> Result<Option<(Edition, EditionPlace)>> {
        if !valid_code(code) {
            return Ok(None);
        }
        let sql = format!("{SELECT_PLACE} WHERE ep.code = $1");
        let row: Option<RawPlace> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(code.to_ascii_uppercase()).fetch_optional(p).await?);
        let Some(place) = row.map(edition_place) else {
            return Ok(None);
        };
        let edition = self
            .edition(place.edition_id)
            .await?
            .ok_or_else(|| Db::invalid("a place of a missing edition"))?;
        Ok(Some((edition, place)))
    }

    /// Records a complete answer and deletes the draft it came from, in one
    /// transaction.
    pub async fn insert_answer(
        &self,
        edition_id: i64,
        place_id: i64,
        day: NaiveDate,
        lang: &str,
        answers: &Answers,
        draft_token_hash: Option<&str>,
    ) -> Result<i64> {
        let json = answers_json(answers);
        let id = write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO survey_answers (edition_id, place_id, answered_on, lang, answers)
                 VALUES ($1, $2, $3, $4, $5) RETURNING id")
                .bind(edition_id).bind(place_id).bind(ymd(day)).bind(lang).bind(&json)
                .fetch_one(&mut *tx).await?;
            if let Some(hash) = draft_token_hash {
                sqlx::query("DELETE FROM survey_drafts WHERE token_hash = $1")
                    .bind(hash).execute(&mut *tx).await?;
            }
            tallies::record(&mut *tx, edition_id, &[answers]).await?;
            id
        });
        Ok(id)
    }

    /// Inserts many complete answers (place, day, language, answers) in one
    /// transaction: the demo's and the benchmarks' generated answers.
    pub async fn insert_answers_bulk(
        &self,
        edition_id: i64,
        rows: &[(i64, NaiveDate, String, Answers)],
    ) -> Result<u64> {
        let mut n = 0u64;
        write_tx!(self, tx => {
            for chunk in rows.chunks(BULK_ROWS) {
                let values: Vec<String> = (0..chunk.len())
                    .map(|i| {
                        let b = 2 + i * 4;
                        format!("($1, ${}, ${}, ${}, ${})", b, b + 1, b + 2, b + 3)
                    })
                    .collect();
                let sql = format!(
                    "INSERT INTO survey_answers (edition_id, place_id, answered_on, lang, answers) VALUES {}",
                    values.join(", ")
                );
                let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(edition_id);
                for (place, d, lang, answers) in chunk {
                    q = q.bind(*place).bind(ymd(*d)).bind(lang.as_str()).bind(answers_json(answers));
                }
                n += q.execute(&mut *tx).await?.rows_affected();
            }
            let all: Vec<&Answers> = rows.iter().map(|r| &r.3).collect();
            tallies::record(&mut *tx, edition_id, &all).await?;
        });
        Ok(n)
    }

    /// Calls `f` with every complete answer of an edition, in the order
    /// they came, reading a page of answers at a time (constant memory).
    pub async fn for_each_answer(
        &self,
        edition_id: i64,
        mut f: impl FnMut(StoredAnswer),
    ) -> Result<u64> {
        const PAGE: i64 = 20_000;
        let mut after = 0i64;
        let mut n = 0u64;
        loop {
            let rows: Vec<(i64, i64, String, String, String)> = run!(self, p => sqlx::query_as(
                "SELECT id, place_id, answered_on, lang, answers FROM survey_answers
                 WHERE edition_id = $1 AND id > $2 ORDER BY id LIMIT $3")
                .bind(edition_id).bind(after).bind(PAGE).fetch_all(p).await?);
            let last = rows.len() < PAGE as usize;
            for (id, place_id, answered_on, lang, answers) in rows {
                after = id;
                n += 1;
                f(StoredAnswer {
                    id,
                    place_id,
                    answered_on: day(&answered_on)?,
                    lang,
                    answers: parse_answers(&answers)?,
                });
            }
            if last {
                return Ok(n);
            }
        }
    }

    /// Complete answers per place of an edition (places without any left out).
    pub async fn answer_counts(&self, edition_id: i64) -> Result<Vec<(i64, i64)>> {
        Ok(run!(self, p => sqlx::query_as(
            "SELECT place_id, COUNT(*) FROM survey_answers WHERE edition_id = $1
             GROUP BY place_id ORDER BY place_id")
            .bind(edition_id).fetch_all(p).await?))
    }

    /// Keeps the answers given so far on a device (replacing its draft).
    pub async fn save_draft(
        &self,
        token_hash: &str,
        edition_id: i64,
        place_id: i64,
        lang: &str,
        answers: &Answers,
        day: NaiveDate,
    ) -> Result<()> {
        let json = answers_json(answers);
        run!(self, p => sqlx::query(
            "INSERT INTO survey_drafts (token_hash, edition_id, place_id, lang, answers, updated_on)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (token_hash) DO UPDATE SET edition_id = excluded.edition_id,
               place_id = excluded.place_id, lang = excluded.lang, answers = excluded.answers,
               updated_on = excluded.updated_on")
            .bind(token_hash).bind(edition_id).bind(place_id).bind(lang).bind(&json).bind(ymd(day))
            .execute(p).await?.rows_affected());
        Ok(())
    }

    pub async fn draft(&self, token_hash: &str) -> Result<Option<Draft>> {
        let row: Option<(i64, i64, String, String, String)> = run!(self, p => sqlx::query_as(
            "SELECT edition_id, place_id, lang, answers, updated_on FROM survey_drafts WHERE token_hash = $1")
            .bind(token_hash).fetch_optional(p).await?);
        row.map(|(edition_id, place_id, lang, answers, updated_on)| {
            Ok(Draft {
                edition_id,
                place_id,
                lang,
                answers: parse_answers(&answers)?,
                updated_on: day(&updated_on)?,
            })
        })
        .transpose()
    }

    pub async fn delete_draft(&self, token_hash: &str) -> Result<()> {
        run!(self, p => sqlx::query("DELETE FROM survey_drafts WHERE token_hash = $1")
            .bind(token_hash).execute(p).await?.rows_affected());
        Ok(())
    }

    /// Deletes the drafts last changed before `day`; returns how many.
    pub async fn purge_drafts(&self, last_changed_before: NaiveDate) -> Result<u64> {
        Ok(
            run!(self, p => sqlx::query("DELETE FROM survey_drafts WHERE updated_on < $1")
            .bind(ymd(last_changed_before)).execute(p).await?.rows_affected()),
        )
    }
}

pub mod answering;
pub mod demo;
pub mod tallies;
