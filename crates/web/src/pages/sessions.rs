//! Sessions on the public site: the listing `/{lang}/sessions` (the same
//! location search as places, plus theme, language, free, free seats and
//! dates), a session's page with its schema.org `Event` and the booking form
//! (a referrer or an EPN manager books for a person; a person books alone
//! when the EPN allows it), the upcoming sessions of a place, iCalendar
//! feeds, and a person's own booking (when they booked alone).

mod book;
mod ical;
mod page;
mod selfbook;

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use domain::Lang;
use domain::account::Access;
use domain::diagnostic::DigCompArea;
use domain::directory::Directory;
use domain::sessions::{Session, Theme};
use domain::vocab::VocabKind;
use maud::{Markup, html};

use crate::AppState;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::sessions::{SessionSearch, parse_session_search, search};
use crate::ui::format::label;
use crate::ui::layout::{Pages, page, pagination};
use crate::ui::sessions::session_card;
use crate::ui::{PageError, PageLang, PageResult};

pub(super) use page::place_section;

pub(super) fn routes() -> Routes {
    use Access::Public;
    Routes::new()
        .get("/{lang}/sessions", Public, list_page)
        .get("/{lang}/sessions/{id}", Public, page::session_page)
        .get(
            "/{lang}/sessions/{id}/calendar.ics",
            Public,
            ical::session_ics,
        )
        .get("/{lang}/places/{id}/sessions.ics", Public, ical::place_ics)
        .post("/{lang}/sessions/{id}/book", Public, selfbook::self_book)
        .post(
            "/{lang}/bo/sessions/{id}/bookings",
            Access::BOOKERS,
            book::book,
        )
        .get(
            "/{lang}/bookings/{token}",
            Public,
            selfbook::my_booking_page,
        )
        .post(
            "/{lang}/bookings/{token}/cancel",
            Public,
            selfbook::my_booking_cancel,
        )
}

const PER_PAGE: usize = 20;

/// The session a URL names (`/{lang}/sessions/{id}…`), or the 404 page.
async fn session_of_path(state: &AppState, id: &str) -> PageResult<Session> {
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    state
        .db
        .activity_session(id)
        .await?
        .ok_or(PageError::NotFound)
}

async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
) -> PageResult {
    let raw = raw.unwrap_or_default();
    let tail = format!("/sessions?{raw}");
    let tz = state.region.timezone;
    let found = match parse_session_search(&raw, tz, state.now(), PER_PAGE) {
        Ok(s) => search(&state, &s).await?.map(|r| (s, r)),
        Err(e) => Err(e),
    };
    let (search, (items, total)) = match found {
        Ok(found) => found,
        Err(e) => {
            let body = html! {
                h1 { (t(lang, "sessions-title")) }
                div.error-summary role="alert" { p { (t(lang, "sessions-search-error")) } p.small { (e.detail) } }
                p { a href=(format!("/{}/sessions", lang.code())) { (t(lang, "sessions-search-reset")) } }
            };
            let mut res = page(lang, &t(lang, "sessions-title"), &tail, body, None);
            *res.status_mut() = StatusCode::BAD_REQUEST;
            return Ok(res);
        }
    };
    let dir = state.directory();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let body = html! {
        h1 { (t(lang, "sessions-title")) }
        p { (t(lang, "sessions-intro")) }
        (search_form(lang, &dir, &search))
        p.count role="status" { (t_args(lang, "sessions-count", &[("count", total.into())])) }
        @if items.is_empty() {
            div.empty { p { (t(lang, "sessions-none")) } }
        } @else {
            ol.results {
                @for (s, d) in &items { li { (session_card(lang, tz, &dir, s, *d)) } }
            }
            (pagination(lang, "sessions", &raw, search.page, Pages::Total(pages)))
        }
    };
    Ok(page(lang, &t(lang, "sessions-title"), &tail, body, None))
}

fn search_form(lang: Lang, dir: &Directory, s: &SessionSearch) -> Markup {
    let l = lang.code();
    let q = &s.query;
    let theme = q.theme.as_deref().unwrap_or("");
    let language = q.language.as_deref().unwrap_or("");
    html! {
        form.session-search action=(format!("/{l}/sessions")) method="get" {
            div.field {
                label for="q" { (t(lang, "sessions-where-label")) }
                p.hint #q-hint { (t(lang, "sessions-where-hint")) }
                input #q type="text" name="q" value=(s.q) aria-describedby="q-hint" maxlength="200" autocomplete="postal-code";
            }
            div.field {
                label for="theme" { (t(lang, "sessions-theme-label")) }
                select #theme name="theme" {
                    option value="" { (t(lang, "filter-any")) }
                    @for area in DigCompArea::ALL {
                        optgroup label=(t(lang, &area.label_key())) {
                            option value=(area.code()) selected[theme == area.code()] { (t_args(lang, "sessions-theme-all-of-area", &[("area", t(lang, &area.label_key()).into())])) }
                            @for th in Theme::of_area(area) {
                                option value=(th.code()) selected[theme == th.code()] { (t(lang, &th.label_key())) }
                            }
                        }
                    }
                }
            }
            div.field {
                label for="language" { (t(lang, "filter-language")) }
                select #language name="language" {
                    option value="" { (t(lang, "filter-any")) }
                    @for term in dir.vocab.terms(VocabKind::Language) {
                        option value=(term.code) selected[term.code == language] { (label(lang, VocabKind::Language, &term.code)) }
                    }
                }
            }
            div.session-dates {
                div.field {
                    label for="from" { (t(lang, "sessions-from-label")) }
                    input #from type="date" name="from" value=(s.from_date);
                }
                div.field {
                    label for="to" { (t(lang, "sessions-to-label")) }
                    input #to type="date" name="to" value=(s.to_date);
                }
            }
            fieldset {
                legend { (t(lang, "filters-only")) }
                div.check {
                    input #free type="checkbox" name="free" value="true" checked[q.free];
                    label for="free" { (t(lang, "sessions-only-free")) }
                }
                div.check {
                    input #has_seats type="checkbox" name="has_seats" value="true" checked[q.has_seats];
                    label for="has_seats" { (t(lang, "sessions-only-seats")) }
                }
            }
            button type="submit" { (t(lang, "sessions-search-button")) }
        }
    }
}
