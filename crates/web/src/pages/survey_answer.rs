//! Answering the visitor survey (issue 12), anonymous, for people far from
//! digital. The poster's short link `/s/{code}` (the place's code in an
//! edition, any case) opens the start page: the place, "anonymous", how
//! long it takes, the questionnaire's languages each named in itself. Then
//! `/s/{code}/{lang}/q/{n}` is page `n` of the questionnaire (one question,
//! or a section's run of 0–10 ratings: `domain::survey::answering`), with
//! "Question 3 of 14", Continue and Back, and an error summary whose links
//! reach the fields; what was typed is kept. After the last page comes
//! `/s/{code}/{lang}/thanks`.
//!
//! - **Stop and resume**: each page saved stores a draft under the SHA-256
//!   of a random token kept in a cookie (`__Host-` and `Secure` behind
//!   HTTPS) for 30 days; the start page then offers "continue where you
//!   stopped" or "start again", which deletes the draft (the EPN's
//!   computers are shared). Completing writes the answer and deletes the
//!   draft in one transaction, and clears the cookie.
//! - **Anonymous**: an answer holds the edition, the place, the day
//!   (Europe/Brussels), the language and the answers; nothing else (no
//!   address, no user agent, no referrer, no time of day).
//! - **Spam**: the public forms' protections, without third parties: a
//!   honeypot, a signed time stamp carried from page to page and checked
//!   when the answer is completed, and a limit of completed answers per
//!   client address and hour counted in memory only.
//! - Right to left from the language (`ar`), never guessed from the text;
//!   the pages have their own light frame and stylesheet (≤ 30 KB in all),
//!   no script.

mod render;

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use axum::Form;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::account::Access;
use domain::survey::answering::{self, Page};
use domain::survey::{Answers, QuestionKind, Questionnaire, Value};
use store::survey::{Edition, EditionPlace};

use crate::AppState;
use crate::antispam::{ClientAddr, HONEYPOT, Stamp, check_stamp, form_stamp};
use crate::auth::{Ctx, cookie, set_cookie};
use crate::i18n::t_code;
use crate::routes::Routes;
use crate::ui::PageError;
use crate::ui::form::FieldError;

/// The draft cookie's name over plain HTTP (see [`draft_cookie`]).
pub const DRAFT_COOKIE: &str = "passerelle_survey";
/// A draft unchanged this long is purged by the daily job; the cookie lives as long.
pub use domain::survey::answering::DRAFT_DAYS;
/// Completed answers accepted per client address and hour (an EPN's
/// computers share one address: generous).
pub const ANSWERS_PER_HOUR: usize = 40;

const STYLESHEET: &str = include_str!("../../static/survey.css");

type PageResult = Result<Response, PageError>;

pub fn routes() -> Routes {
    use Access::Public;
    Routes::new()
        .get("/static/survey.css", Public, css)
        .get("/s/{code}", Public, start_default)
        .get("/s/{code}/{lang}", Public, start_in)
        .post("/s/{code}/{lang}/restart", Public, restart)
        .get("/s/{code}/{lang}/q/{n}", Public, question_page)
        .post("/s/{code}/{lang}/q/{n}", Public, save_page)
        .get("/s/{code}/{lang}/thanks", Public, thanks_page)
}

async fn css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        STYLESHEET,
    )
        .into_response()
}

/// The draft cookie's name: with the `__Host-` prefix behind HTTPS.
pub fn draft_cookie(state: &AppState) -> &'static str {
    if state.config.secure_cookies() {
        "__Host-passerelle_survey"
    } else {
        DRAFT_COOKIE
    }
}

/// An edition's place, found by its code, with its questionnaire and pages.
pub(crate) struct Survey {
    pub edition: Edition,
    pub place: EditionPlace,
    pub form: Questionnaire,
    pub pages: Vec<Page>,
}

impl Survey {
    async fn load(state: &AppState, code: &str) -> Result<Survey, PageError> {
        let (edition, place) = state
            .db
            .edition_place_by_code(code.trim())
            .await?
            .ok_or(PageError::NotFound)?;
        let form = state
            .db
            .questionnaire(edition.questionnaire_id)
            .await?
            .ok_or(PageError::NotFound)?
            .form;
        let pages = answering::pages(&form);
        Ok(Survey {
            edition,
            place,
            form,
            pages,
        })
    }

    /// The language code if the questionnaire has it.
    fn lang(&self, code: &str) -> Result<String, PageError> {
        self.form
            .languages
            .iter()
            .find(|l| l.eq_ignore_ascii_case(code))
            .cloned()
            .ok_or(PageError::NotFound)
    }

    /// The short link's code as printed on the poster.
    pub fn code(&self) -> &str {
        &self.place.code
    }

    /// The values set by the link: the hidden question `public` gets the
    /// place's public in this edition (e.g. `mobile`).
    fn hidden(&self) -> Answers {
        let mut a = Answers::new();
        if let Some(public) = &self.place.public {
            for q in self.form.questions() {
                if q.kind == QuestionKind::Hidden && q.name == "public" {
                    a.insert(q.name.clone(), Value::Text(public.clone()));
                }
            }
        }
        a
    }

    fn base(&self, lang: &str) -> String {
        format!("/s/{}/{lang}", self.code())
    }
}

/// The device's draft for this survey: the token's hash and the draft.
struct Current {
    hash: Option<String>,
    draft: Option<store::survey::Draft>,
}

async fn current(state: &AppState, headers: &HeaderMap, s: &Survey) -> Result<Current, PageError> {
    let hash = cookie(headers, draft_cookie(state))
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(store::accounts::secret_hash);
    let draft = match &hash {
        Some(h) => state
            .db
            .draft(h)
            .await?
            .filter(|d| d.edition_id == s.edition.id && d.place_id == s.place.place_id),
        None => None,
    };
    Ok(Current { hash, draft })
}

/// The answers so far: the draft's, with the link's hidden values.
fn answers_of(s: &Survey, cur: &Current) -> Answers {
    let mut a = cur
        .draft
        .as_ref()
        .map(|d| d.answers.clone())
        .unwrap_or_default();
    a.extend(s.hidden());
    a
}

fn no_store(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

fn is_open(state: &AppState, s: &Survey) -> bool {
    s.edition.is_open_on(state.today())
}

/// `/s/{code}`: the start page in the language of the device's draft, else
/// the questionnaire's first language.
async fn start_default(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    ctx: Ctx,
) -> PageResult {
    let s = Survey::load(&state, &code).await?;
    let cur = current(&state, &headers, &s).await?;
    let lang = cur
        .draft
        .as_ref()
        .and_then(|d| s.lang(&d.lang).ok())
        .unwrap_or_else(|| s.form.default_language().to_owned());
    start(&state, &s, &cur, &lang, &ctx)
}

/// `/s/{code}/{lang}`: the start page in that language.
async fn start_in(
    State(state): State<AppState>,
    Path((code, lang)): Path<(String, String)>,
    headers: HeaderMap,
    ctx: Ctx,
) -> PageResult {
    let s = Survey::load(&state, &code).await?;
    let lang = s.lang(&lang)?;
    let cur = current(&state, &headers, &s).await?;
    start(&state, &s, &cur, &lang, &ctx)
}

fn start(state: &AppState, s: &Survey, cur: &Current, lang: &str, ctx: &Ctx) -> PageResult {
    if !is_open(state, s) {
        return Ok(render::closed(s, lang, state.today()));
    }
    let answers = answers_of(s, cur);
    let first = answering::next_page(&s.form, &s.pages, None, &answers).unwrap_or(0);
    let resume = cur
        .draft
        .as_ref()
        .map(|_| answering::resume_page(&s.form, &s.pages, &answers).unwrap_or(first));
    let shown = (0..s.pages.len())
        .filter(|&i| answering::page_shown(&s.form, &s.pages[i], &answers))
        .count();
    Ok(no_store(render::start(s, lang, first, resume, shown, ctx)))
}

/// "Start again": the device's draft is deleted, the cookie cleared.
async fn restart(
    State(state): State<AppState>,
    Path((code, lang)): Path<(String, String)>,
    headers: HeaderMap,
) -> PageResult {
    let s = Survey::load(&state, &code).await?;
    let lang = s.lang(&lang)?;
    let cur = current(&state, &headers, &s).await?;
    if let Some(h) = &cur.hash {
        state.db.delete_draft(h).await?;
    }
    let first = answering::next_page(&s.form, &s.pages, None, &s.hidden()).unwrap_or(0);
    let mut res = Redirect::to(&format!("{}/q/{}", s.base(&lang), first + 1)).into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, draft_cookie(&state), "", Some(0)),
    );
    Ok(res)
}

/// The page number in the address (1-based) as an index.
fn page_index(s: &Survey, n: &str) -> Result<usize, PageError> {
    n.parse::<usize>()
        .ok()
        .filter(|n| (1..=s.pages.len()).contains(n))
        .map(|n| n - 1)
        .ok_or(PageError::NotFound)
}

/// The time stamp carried from page to page (`?t=`), while it is valid;
/// else a new one.
fn carried_stamp(state: &AppState, given: Option<&str>) -> String {
    let now = state.now().timestamp();
    given
        .filter(|t| check_stamp(t, now) != Stamp::Expired)
        .map_or_else(|| form_stamp(now), str::to_owned)
}

async fn question_page(
    State(state): State<AppState>,
    Path((code, lang, n)): Path<(String, String, String)>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
    ctx: Ctx,
) -> PageResult {
    let s = Survey::load(&state, &code).await?;
    let lang = s.lang(&lang)?;
    let index = page_index(&s, &n)?;
    if !is_open(&state, &s) {
        return Ok(render::closed(&s, &lang, state.today()));
    }
    let cur = current(&state, &headers, &s).await?;
    let answers = answers_of(&s, &cur);
    if !answering::page_shown(&s.form, &s.pages[index], &answers) {
        // Not for this visitor (a condition, or the link's public): the next one that is.
        let to = match answering::next_page(&s.form, &s.pages, Some(index), &answers) {
            Some(next) => format!("{}/q/{}", s.base(&lang), next + 1),
            None => s.base(&lang),
        };
        return Ok(Redirect::to(&to).into_response());
    }
    let raw = raw.unwrap_or_default();
    let t = form_urlencoded::parse(raw.as_bytes())
        .find(|(k, _)| k == "t")
        .map(|(_, v)| v.into_owned());
    let stamp = carried_stamp(&state, t.as_deref());
    let given = render::answers_as_fields(&answers);
    Ok(no_store(render::question(
        &s,
        &lang,
        index,
        &answers,
        &given,
        &[],
        &stamp,
        &ctx,
    )))
}

async fn save_page(
    State(state): State<AppState>,
    Path((code, lang, n)): Path<(String, String, String)>,
    headers: HeaderMap,
    client: ClientAddr,
    ctx: Ctx,
    Form(fields): Form<Vec<(String, String)>>,
) -> PageResult {
    let s = Survey::load(&state, &code).await?;
    let lang = s.lang(&lang)?;
    let index = page_index(&s, &n)?;
    if !is_open(&state, &s) {
        return Ok(render::closed(&s, &lang, state.today()));
    }
    let cur = current(&state, &headers, &s).await?;
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    // A robot filled the honeypot: a neutral answer, nothing kept.
    if field(HONEYPOT).is_some_and(|v| !v.trim().is_empty()) {
        tracing::info!(
            edition = s.edition.id,
            "survey answer refused: honeypot filled"
        );
        if let Some(h) = &cur.hash {
            state.db.delete_draft(h).await?;
        }
        return Ok(clear_cookie(
            &state,
            Redirect::to(&format!("{}/thanks", s.base(&lang))).into_response(),
        ));
    }
    let answers = answers_of(&s, &cur);
    let page = &s.pages[index];
    let parsed = answering::parse_page(&s.form, page, &fields, &answers);
    let now = state.now().timestamp();
    let stamp = carried_stamp(&state, field("stamp"));
    let today = state.today();

    if field("go") == Some("back") {
        // Back keeps what is valid on this page, errors or not.
        let answers = answering::apply_page(&answers, page, &parsed);
        let (token, hash) = token_and_hash(&cur);
        state
            .db
            .save_draft(
                &hash,
                s.edition.id,
                s.place.place_id,
                &lang,
                &answers,
                today,
            )
            .await?;
        let to = match answering::previous_page(&s.form, &s.pages, index, &answers) {
            Some(prev) => format!("{}/q/{}?t={}", s.base(&lang), prev + 1, stamp),
            None => s.base(&lang),
        };
        return Ok(with_token(&state, token, Redirect::to(&to).into_response()));
    }

    if !parsed.is_ok() {
        let errors = render::field_errors(&s, &lang, page, &answers, &parsed);
        return Ok(unprocessable(render::question(
            &s, &lang, index, &answers, &fields, &errors, &stamp, &ctx,
        )));
    }
    let answers = answering::apply_page(&answers, page, &parsed);
    let (token, hash) = token_and_hash(&cur);
    if let Some(next) = answering::next_page(&s.form, &s.pages, Some(index), &answers) {
        state
            .db
            .save_draft(
                &hash,
                s.edition.id,
                s.place.place_id,
                &lang,
                &answers,
                today,
            )
            .await?;
        let to = format!("{}/q/{}?t={}", s.base(&lang), next + 1, stamp);
        return Ok(with_token(&state, token, Redirect::to(&to).into_response()));
    }

    // The last page: complete?
    let answers = answering::clean(&s.form, &answers);
    if let Some(missing) = answering::first_incomplete_page(&s.form, &s.pages, &answers) {
        state
            .db
            .save_draft(
                &hash,
                s.edition.id,
                s.place.place_id,
                &lang,
                &answers,
                today,
            )
            .await?;
        let to = format!("{}/q/{}?t={}", s.base(&lang), missing + 1, stamp);
        return Ok(with_token(&state, token, Redirect::to(&to).into_response()));
    }
    let first_field = render::first_field_id(&s, page, &answers);
    let refuse = |key: &str, stamp: &str, status: StatusCode| {
        let errors = [FieldError::new(&first_field, t_code(&lang, key))];
        let mut res = render::question(&s, &lang, index, &answers, &fields, &errors, stamp, &ctx);
        *res.status_mut() = status;
        no_store(res)
    };
    match check_stamp(&stamp, now) {
        Stamp::Good => {}
        Stamp::TooFast => {
            return Ok(refuse(
                "sva-error-fast",
                &stamp,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
        Stamp::Expired => {
            return Ok(refuse(
                "sva-error-expired",
                &form_stamp(now),
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    }
    if !allow_completion(&client.key(), now) {
        tracing::info!(edition = s.edition.id, "survey answer refused: rate limit");
        let mut res = refuse("sva-error-rate", &stamp, StatusCode::TOO_MANY_REQUESTS);
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(3600));
        return Ok(res);
    }
    state
        .db
        .insert_answer(
            s.edition.id,
            s.place.place_id,
            today,
            &lang,
            &answers,
            cur.hash.as_deref(),
        )
        .await?;
    Ok(clear_cookie(
        &state,
        Redirect::to(&format!("{}/thanks", s.base(&lang))).into_response(),
    ))
}

async fn thanks_page(
    State(state): State<AppState>,
    Path((code, lang)): Path<(String, String)>,
) -> PageResult {
    let s = Survey::load(&state, &code).await?;
    let lang = s.lang(&lang)?;
    Ok(render::thanks(&s, &lang))
}

/// The device's token: the cookie's (None: unchanged) or a new one, and its hash.
fn token_and_hash(cur: &Current) -> (Option<String>, String) {
    match &cur.hash {
        Some(h) => (None, h.clone()),
        None => {
            let token = store::accounts::new_secret();
            let hash = store::accounts::secret_hash(&token);
            (Some(token), hash)
        }
    }
}

/// Sets the cookie of a new token.
fn with_token(state: &AppState, token: Option<String>, mut res: Response) -> Response {
    if let Some(token) = token {
        res.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(
                state,
                draft_cookie(state),
                &token,
                Some(DRAFT_DAYS * 86_400),
            ),
        );
    }
    res
}

fn clear_cookie(state: &AppState, mut res: Response) -> Response {
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state, draft_cookie(state), "", Some(0)),
    );
    res
}

fn unprocessable(mut res: Response) -> Response {
    *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    no_store(res)
}

/// Completed answers per client key in the last hour, in memory only: the
/// address is never written anywhere.
static COMPLETIONS: LazyLock<Mutex<HashMap<String, Vec<i64>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// Counts a completion from `key` at `now`; false when the hour's limit is reached.
fn allow_completion(key: &str, now: i64) -> bool {
    let mut map = COMPLETIONS.lock().unwrap_or_else(|e| e.into_inner());
    map.retain(|_, times| {
        times.retain(|t| now - *t < 3600);
        !times.is_empty()
    });
    let times = map.entry(key.to_owned()).or_default();
    if times.len() >= ANSWERS_PER_HOUR {
        return false;
    }
    times.push(now);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completions_are_limited_per_address_and_hour() {
        let key = "ip:192.0.2.77";
        let now = 1_900_000_000;
        for i in 0..ANSWERS_PER_HOUR {
            assert!(allow_completion(key, now + i as i64));
        }
        assert!(!allow_completion(key, now + 100));
        assert!(
            allow_completion("ip:192.0.2.78", now + 100),
            "another address"
        );
        assert!(allow_completion(key, now + 3600 + 60), "an hour later");
    }
}
