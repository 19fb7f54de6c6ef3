//! A place as one card of a list (search results, commune pages, the self-check's
//! suggestions): what a person needs to decide where to go.

use chrono::NaiveDateTime;
use domain::LabelStatus;
use domain::Lang;
use domain::directory::{Directory, Hit, PlaceView};
use domain::vocab::VocabKind;
use maud::{Markup, html};

use super::contact::{card_contact, directions_link};
use crate::i18n::{esc, text};
use crate::ui::format::{Tone, commune_name, distance, label, ltr, open_line};

/// Name, open state, then the ways to reach it (address with directions,
/// phone, e-mail — or whom to ask), then services and price. No more.
/// `hit`: how a search found it (its distance), when one did.
pub(crate) fn result_card(
    lang: Lang,
    dir: &Directory,
    p: &PlaceView<'_>,
    hit: Option<&Hit>,
    now: NaiveDateTime,
) -> Markup {
    let (tone, line) = open_line(lang, dir, p, now);
    html! {
        article.card {
            h2 { a href={ "/" (lang.code()) "/places/" (p.id) } { (esc(p.name)) } }
            @if p.label == LabelStatus::Labelled { p.badge { (text(lang, "badge-labelled")) } }
            p class=(match tone { Tone::Open => "state open", Tone::Closed => "state closed", Tone::Unknown => "state unknown" }) {
                span aria-hidden="true" { (match tone { Tone::Open => "● ", Tone::Closed => "○ ", Tone::Unknown => "? " }) }
                (line)
            }
            p.where {
                @if p.mobile { (text(lang, "mobile-place")) ", " }
                @if let Some(a) = p.address { bdi { (esc(a)) } ", " }
                @if let Some(pc) = p.postcode { (ltr(pc)) " " }
                (esc(commune_name(dir, lang, p.commune_nis)))
                // A distance between two centres says nothing below a few hundred metres.
                @if let Some(hit) = hit && let Some(d) = hit.distance_km.filter(|d| !hit.approximate_location || *d >= 0.5) {
                    " · " (distance(lang, d, hit.approximate_location))
                }
            }
            @if p.address.is_some() { p { (directions_link(lang, dir, p)) } }
            (card_contact(lang, dir, p))
            @if !p.services.is_empty() {
                ul.tags aria-label=(text(lang, "services")) {
                    @for s in p.services.iter() { li { (label(lang, VocabKind::Service, s)) } }
                }
            }
            @if let Some(price) = p.price { p.price { (label(lang, VocabKind::Price, price)) } }
        }
    }
}
