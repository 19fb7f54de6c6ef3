//! The booking form of a session's page, sent by a referrer for a person
//! (or by an EPN manager at their own session): a seat, or a place on the
//! waiting list, then back to the page that says which.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use store::sessions::NewBooking;

use super::page::{BookingForm, render_session_page};
use super::selfbook::{check_person, person_lang};
use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::t;
use crate::services::sessions::{self, Booked};
use crate::ui::{PageError, PageLang, PageResult};

pub(super) async fn book(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    Form(form): Form<BookingForm>,
) -> PageResult {
    let user = ctx.user()?;
    let s = super::session_of_path(&state, &id).await?;
    if !sessions::may_book_for_others(user, &s) {
        return Err(PageError::NotFound);
    }
    let person = match check_person(lang, &form) {
        Ok(p) => p,
        Err(errors) => {
            return render_session_page(&state, lang, &ctx, &s, &form, &errors, None).await;
        }
    };
    let booking = NewBooking {
        session_id: s.id,
        person_name: person.name,
        phone: person.phone,
        email: person.email,
        lang: person_lang(lang, &form).code().into(),
        consent_text: sessions::consent_text(lang, &s.organisation, true),
        consent_at: state.now().timestamp(),
        booked_by: Some(user.id),
        organisation_id: sessions::booking_organisation(user, &s),
        ..NewBooking::default()
    };
    let refused = match sessions::book(&state, &s, &booking, None).await? {
        Booked::Booked(b) => {
            return Ok(Redirect::to(&format!(
                "/{}/sessions/{}?booked={}#booking",
                lang.code(),
                s.id,
                b.id
            ))
            .into_response());
        }
        Booked::Full => "sessions-full-no-list",
        Booked::Closed(_) => "sessions-not-bookable",
    };
    let mut res =
        render_session_page(&state, lang, &ctx, &s, &form, &[], Some(t(lang, refused))).await?;
    *res.status_mut() = StatusCode::CONFLICT;
    Ok(res)
}
