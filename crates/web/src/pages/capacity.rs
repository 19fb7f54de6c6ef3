//! The small "capacity" section of a place's page: from the place's latest
//! record (issue 11), its computers, whether it offers trainings and about
//! how many visitors it has a week, with the year the figures are about.

use domain::Lang;
use maud::{Markup, html};

use crate::AppState;
use crate::i18n::{t, t_args};

/// The section, or nothing when the place has no record (or the database
/// fails: the rest of the page still shows).
pub(crate) async fn place_section(state: &AppState, lang: Lang, place_id: i64) -> Markup {
    let record = match state.db.latest_capacity(place_id).await {
        Ok(Some(r)) => r,
        Ok(None) => return html! {},
        Err(e) => {
            tracing::error!(error = %e, place_id, "capacity of a place");
            return html! {};
        }
    };
    let c = &record.capacity;
    let week = c.visitors_a_week();
    html! {
        section.place-capacity aria-labelledby="place-capacity-title" {
            h2 #place-capacity-title { (t(lang, "capacity-public-title")) }
            ul {
                li { (t_args(lang, "capacity-public-computers", &[("count", c.computers.into())])) }
                li { (t(lang, if c.trainings { "capacity-public-trainings-yes" } else { "capacity-public-trainings-no" })) }
                @if week > 0 {
                    li { (t_args(lang, "capacity-public-visitors", &[("count", week.into())])) }
                }
            }
            p.small { (t_args(lang, "capacity-public-period", &[("year", c.year.to_string().into())])) }
        }
    }
}
