//! Calls for projects: created by the coordination (or loaded from a
//! report), with their words per language, the criteria the jury scores and
//! the questions of the application form.

use std::collections::BTreeMap;

use domain::grants::call::{CallStatus, CallText, CriterionDef, NewCall, QuestionDef};
use serde::Serialize;

use crate::audit::NewAudit;
use crate::{Db, Result, run, write_tx};

/// An organisation as a call names it (funder, operator, applicant).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgRef {
    pub id: i64,
    pub name: String,
    pub kind: String,
    /// 10 digits (domain::company_number), when known.
    pub company_number: Option<String>,
}

/// A stored call.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Call {
    pub id: i64,
    pub funder: OrgRef,
    pub operator: OrgRef,
    pub status: CallStatus,
    /// Everything that defines it (key, money, dates, rules, texts,
    /// criteria, questions).
    pub def: NewCall,
    /// Where its record comes from when it was not run in Passerelle.
    pub source: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Call {
    /// Its words in `lang`, else in its first language.
    pub fn text(&self, lang: &str) -> &CallText {
        self.def
            .texts
            .iter()
            .find(|t| t.lang == lang)
            .or_else(|| {
                self.def
                    .languages
                    .iter()
                    .find_map(|l| self.def.texts.iter().find(|t| &t.lang == l))
            })
            .unwrap_or(&self.def.texts[0])
    }

    pub fn is_open(&self, now: i64) -> bool {
        domain::grants::call::is_open(self.status, self.def.opens_on, self.def.closes_at, now)
    }

    pub fn is_closed(&self, now: i64) -> bool {
        domain::grants::call::is_closed(self.status, self.def.closes_at, now)
    }
}

fn list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(String::from)
        .collect()
}

fn join<T: ToString>(v: &[T]) -> String {
    v.iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

#[derive(sqlx::FromRow)]
struct RawCall {
    id: i64,
    key: String,
    envelope_cents: i64,
    operator_fee_cents: i64,
    min_cents: i64,
    max_cents: i64,
    opens_on: String,
    closes_at: i64,
    languages: String,
    eligible_kinds: String,
    eligible_publics: String,
    in_region: bool,
    tranches: String,
    report_days: i32,
    status: String,
    source: Option<String>,
    created_at: i64,
    updated_at: i64,
    f_id: i64,
    f_name: String,
    f_kind: String,
    f_number: Option<String>,
    o_id: i64,
    o_name: String,
    o_kind: String,
    o_number: Option<String>,
}

const SELECT_CALL: &str = "SELECT c.id, c.key, c.envelope_cents, c.operator_fee_cents, c.min_cents,
    c.max_cents, c.opens_on, c.closes_at, c.languages, c.eligible_kinds, c.eligible_publics,
    c.in_region, c.tranches, c.report_days, c.status, c.source, c.created_at, c.updated_at,
    f.id AS f_id, f.name AS f_name, f.kind AS f_kind, f.company_number AS f_number,
    o.id AS o_id, o.name AS o_name, o.kind AS o_kind, o.company_number AS o_number
    FROM grant_calls c JOIN organisations f ON f.id = c.funder_organisation_id
    JOIN organisations o ON o.id = c.operator_organisation_id";

fn labels_of(json: &str) -> BTreeMap<String, String> {
    serde_json::from_str(json).unwrap_or_default()
}

/// Writes a call's texts, criteria and questions in transaction `$tx`.
macro_rules! write_call_parts {
    ($tx:ident, $id:expr, $c:expr) => {
        for t in &$c.texts {
            sqlx::query(
                "INSERT INTO grant_call_texts (call_id, lang, title, summary, rules)
                VALUES ($1, $2, $3, $4, $5)",
            )
            .bind($id)
            .bind(&t.lang)
            .bind(&t.title)
            .bind(&t.summary)
            .bind(&t.rules)
            .execute(&mut *$tx)
            .await?;
        }
        for (i, k) in $c.criteria.iter().enumerate() {
            sqlx::query(
                "INSERT INTO grant_criteria (call_id, key, position, weight, scale_max,
                labels) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind($id)
            .bind(&k.key)
            .bind(i as i32)
            .bind(k.weight as i32)
            .bind(k.scale_max as i32)
            .bind(serde_json::to_string(&k.labels).unwrap_or_default())
            .execute(&mut *$tx)
            .await?;
        }
        for (i, q) in $c.questions.iter().enumerate() {
            sqlx::query(
                "INSERT INTO grant_questions (call_id, key, position, labels, required,
                max_chars) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind($id)
            .bind(&q.key)
            .bind(i as i32)
            .bind(serde_json::to_string(&q.labels).unwrap_or_default())
            .bind(q.required)
            .bind(q.max_chars as i32)
            .execute(&mut *$tx)
            .await?;
        }
    };
}

impl Db {
    async fn assemble_call(&self, r: RawCall) -> Result<Call> {
        let texts: Vec<(String, String, String, String)> = run!(self, p => sqlx::query_as(
            "SELECT lang, title, summary, rules FROM grant_call_texts WHERE call_id = $1 ORDER BY lang")
            .bind(r.id).fetch_all(p).await?);
        let criteria: Vec<(String, i32, i32, String)> = run!(self, p => sqlx::query_as(
            "SELECT key, weight, scale_max, labels FROM grant_criteria WHERE call_id = $1 ORDER BY position")
            .bind(r.id).fetch_all(p).await?);
        let questions: Vec<(String, String, bool, i32)> = run!(self, p => sqlx::query_as(
            "SELECT key, labels, required, max_chars FROM grant_questions WHERE call_id = $1 ORDER BY position")
            .bind(r.id).fetch_all(p).await?);
        let languages = list(&r.languages);
        let mut texts: Vec<CallText> = texts
            .into_iter()
            .map(|(lang, title, summary, rules)| CallText {
                lang,
                title,
                summary,
                rules,
            })
            .collect();
        // In the call's order of languages.
        texts.sort_by_key(|t| {
            languages
                .iter()
                .position(|l| l == &t.lang)
                .unwrap_or(usize::MAX)
        });
        if texts.is_empty() {
            return Err(Db::invalid(format!("call {} has no text", r.key)));
        }
        Ok(Call {
            id: r.id,
            funder: OrgRef {
                id: r.f_id,
                name: r.f_name,
                kind: r.f_kind,
                company_number: r.f_number,
            },
            operator: OrgRef {
                id: r.o_id,
                name: r.o_name,
                kind: r.o_kind,
                company_number: r.o_number,
            },
            status: CallStatus::parse(&r.status)
                .ok_or_else(|| Db::invalid(format!("unknown call status {:?}", r.status)))?,
            def: NewCall {
                key: r.key,
                envelope_cents: r.envelope_cents,
                operator_fee_cents: r.operator_fee_cents,
                min_cents: r.min_cents,
                max_cents: r.max_cents,
                opens_on: r
                    .opens_on
                    .parse()
                    .map_err(|_| Db::invalid(format!("call {}: bad opening date", r.id)))?,
                closes_at: r.closes_at,
                languages,
                eligible_kinds: list(&r.eligible_kinds),
                eligible_publics: list(&r.eligible_publics),
                in_region: r.in_region,
                tranches: list(&r.tranches)
                    .iter()
                    .filter_map(|x| x.parse().ok())
                    .collect(),
                report_days: r.report_days.max(0) as u32,
                texts,
                criteria: criteria
                    .into_iter()
                    .map(|(key, weight, scale_max, labels)| CriterionDef {
                        key,
                        weight: weight.max(0) as u32,
                        scale_max: scale_max.max(0) as u32,
                        labels: labels_of(&labels),
                    })
                    .collect(),
                questions: questions
                    .into_iter()
                    .map(|(key, labels, required, max_chars)| QuestionDef {
                        key,
                        labels: labels_of(&labels),
                        required,
                        max_chars: max_chars.max(0) as u32,
                    })
                    .collect(),
            },
            source: r.source,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }

    /// Creates a call (checked by `domain::grants::call::check`: an error
    /// names the first problem) with its texts, criteria and questions, in
    /// one transaction, audited. Returns its id.
    #[allow(clippy::too_many_arguments)]
    pub async fn create_call(
        &self,
        funder: i64,
        operator: i64,
        c: &NewCall,
        status: CallStatus,
        source: Option<&str>,
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64> {
        // A call recorded from a report (`source`) may have no criteria.
        let problems = match source {
            Some(_) => domain::grants::call::check_record(c),
            None => domain::grants::call::check(c),
        };
        if let Some(p) = problems.first() {
            return Err(Db::invalid(format!("call {}: {p:?}", c.key)));
        }
        let id = write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar("INSERT INTO grant_calls (key, funder_organisation_id,
                operator_organisation_id, envelope_cents, operator_fee_cents, min_cents, max_cents,
                opens_on, closes_at, languages, eligible_kinds, eligible_publics, in_region,
                tranches, report_days, status, source, created_by, created_at, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                $17, $18, $19, $19) RETURNING id")
                .bind(&c.key).bind(funder).bind(operator).bind(c.envelope_cents)
                .bind(c.operator_fee_cents).bind(c.min_cents).bind(c.max_cents)
                .bind(c.opens_on.to_string()).bind(c.closes_at).bind(join(&c.languages))
                .bind(join(&c.eligible_kinds)).bind(join(&c.eligible_publics)).bind(c.in_region)
                .bind(join(&c.tranches)).bind(c.report_days as i32).bind(status.code())
                .bind(source).bind(actor).bind(now)
                .fetch_one(&mut *tx).await?;
            write_call_parts!(tx, id, c);
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.call.create",
                entity: "grant_call",
                entity_id: Some(id),
                after: Some(serde_json::json!(c)),
                ..Default::default()
            });
            id
        });
        Ok(id)
    }

    /// Whether a call's rules can still change: not once it is decided,
    /// nor once an application was submitted to it (the applicants and the
    /// jury rely on the rules they read).
    pub async fn call_is_editable(&self, id: i64) -> Result<bool> {
        let status: Option<String> = run!(self, p => sqlx::query_scalar(
            "SELECT status FROM grant_calls WHERE id = $1").bind(id).fetch_optional(p).await?);
        if status.is_none_or(|s| s == CallStatus::Decided.code()) {
            return Ok(false);
        }
        let submitted: i64 = run!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM grant_applications WHERE call_id = $1 AND status <> 'draft'")
            .bind(id).fetch_one(p).await?);
        Ok(submitted == 0)
    }

    /// Replaces what defines a call (its key stays) and who funds and runs
    /// it, audited with before and after. Refused once the call is decided
    /// or has a submitted application (`call_is_editable`).
    pub async fn update_call(
        &self,
        id: i64,
        funder: i64,
        operator: i64,
        c: &NewCall,
        actor: Option<i64>,
        now: i64,
    ) -> Result<()> {
        if let Some(p) = domain::grants::call::check(c).first() {
            return Err(Db::invalid(format!("call {}: {p:?}", c.key)));
        }
        let before = self
            .call(id)
            .await?
            .ok_or_else(|| Db::invalid("no such call"))?;
        if !self.call_is_editable(id).await? {
            return Err(Db::invalid(
                "a decided call, or one with submitted applications, cannot be changed",
            ));
        }
        write_tx!(self, tx => {
            sqlx::query("UPDATE grant_calls SET envelope_cents = $2, operator_fee_cents = $3,
                min_cents = $4, max_cents = $5, opens_on = $6, closes_at = $7, languages = $8,
                eligible_kinds = $9, eligible_publics = $10, in_region = $11, tranches = $12,
                report_days = $13, updated_at = $14, funder_organisation_id = $15,
                operator_organisation_id = $16 WHERE id = $1")
                .bind(id).bind(c.envelope_cents).bind(c.operator_fee_cents).bind(c.min_cents)
                .bind(c.max_cents).bind(c.opens_on.to_string()).bind(c.closes_at)
                .bind(join(&c.languages)).bind(join(&c.eligible_kinds))
                .bind(join(&c.eligible_publics)).bind(c.in_region).bind(join(&c.tranches))
                .bind(c.report_days as i32).bind(now).bind(funder).bind(operator)
                .execute(&mut *tx).await?;
            for table in ["grant_call_texts", "grant_criteria", "grant_questions"] {
                sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE call_id = $1")))
                    .bind(id).execute(&mut *tx).await?;
            }
            write_call_parts!(tx, id, c);
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.call.update",
                entity: "grant_call",
                entity_id: Some(id),
                before: Some(serde_json::json!(before.def)),
                after: Some(serde_json::json!(c)),
                ..Default::default()
            });
        });
        Ok(())
    }

    /// Sets a call's status (publishing it, or recording it decided), audited.
    pub async fn set_call_status(
        &self,
        id: i64,
        status: CallStatus,
        actor: Option<i64>,
        now: i64,
    ) -> Result<()> {
        write_tx!(self, tx => {
            sqlx::query("UPDATE grant_calls SET status = $2, updated_at = $3 WHERE id = $1")
                .bind(id).bind(status.code()).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.call.publish",
                entity: "grant_call",
                entity_id: Some(id),
                after: Some(serde_json::json!({ "status": status.code() })),
                ..Default::default()
            });
        });
        Ok(())
    }

    pub async fn call(&self, id: i64) -> Result<Option<Call>> {
        let sql = format!("{SELECT_CALL} WHERE c.id = $1");
        let r: Option<RawCall> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(id).fetch_optional(p).await?);
        match r {
            Some(r) => Ok(Some(self.assemble_call(r).await?)),
            None => Ok(None),
        }
    }

    pub async fn call_by_key(&self, key: &str) -> Result<Option<Call>> {
        let sql = format!("{SELECT_CALL} WHERE c.key = $1");
        let r: Option<RawCall> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(key).fetch_optional(p).await?);
        match r {
            Some(r) => Ok(Some(self.assemble_call(r).await?)),
            None => Ok(None),
        }
    }

    /// Every call, the latest to close first.
    pub async fn calls(&self) -> Result<Vec<Call>> {
        let sql = format!("{SELECT_CALL} ORDER BY c.closes_at DESC, c.id DESC");
        let rows: Vec<RawCall> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .fetch_all(p).await?);
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            out.push(self.assemble_call(r).await?);
        }
        Ok(out)
    }

    /// The organisation of that name (and kind), created when missing, with
    /// its company number recorded when given and not yet known. Funders,
    /// operators and applicants not in the directory are organisations too.
    pub async fn ensure_organisation(
        &self,
        name: &str,
        kind: &str,
        company_number: Option<&str>,
        now: i64,
    ) -> Result<i64> {
        let found: Option<i64> = run!(self, p => sqlx::query_scalar(
            "SELECT id FROM organisations WHERE name = $1 ORDER BY id LIMIT 1")
            .bind(name).fetch_optional(p).await?);
        let id = match found {
            Some(id) => id,
            None => run!(self, p => sqlx::query_scalar("INSERT INTO organisations (name, kind,
                company_number, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id")
                .bind(name).bind(kind).bind(company_number).bind(now).fetch_one(p).await?),
        };
        if let Some(n) = company_number {
            run!(self, p => sqlx::query("UPDATE organisations SET company_number = $2
                WHERE id = $1 AND company_number IS NULL")
                .bind(id).bind(n).execute(p).await.map(|_| ())?);
        }
        Ok(id)
    }

    /// Records an organisation's company number (10 digits, checked by the caller).
    pub async fn set_company_number(
        &self,
        organisation: i64,
        number: Option<&str>,
        now: i64,
    ) -> Result<()> {
        run!(self, p => sqlx::query("UPDATE organisations SET company_number = $2, updated_at = $3 WHERE id = $1")
            .bind(organisation).bind(number).bind(now).execute(p).await.map(|_| ())?);
        Ok(())
    }

    pub async fn organisation_ref(&self, id: i64) -> Result<Option<OrgRef>> {
        let r: Option<(i64, String, String, Option<String>)> = run!(self, p => sqlx::query_as(
            "SELECT id, name, kind, company_number FROM organisations WHERE id = $1")
            .bind(id).fetch_optional(p).await?);
        Ok(r.map(|(id, name, kind, company_number)| OrgRef {
            id,
            name,
            kind,
            company_number,
        }))
    }
}
