//! How to reach a place, before its details: phone, address with directions
//! to the person's own map application, e-mail. When the place gives no phone
//! and no e-mail: another place of its organisation that does, then the
//! region's helpline (region.toml `[helpline]`) — never an empty section.

use domain::Lang;
use domain::directory::{Directory, PlaceView};
use domain::region::Helpline;
use maud::{Markup, Render, html};

use crate::i18n::text;
use crate::ui::format::{commune_name, geo_href_to, ltr, tel_href_to};

/// Whether a person can call or write to the place itself.
pub(super) fn can_call_or_write(p: &PlaceView<'_>) -> bool {
    p.phone.is_some() || p.email.is_some()
}

/// Another listed place of the same organisation with a phone or an e-mail.
fn organisation_contact<'a>(dir: &'a Directory, p: &PlaceView<'_>) -> Option<PlaceView<'a>> {
    dir.organisation_places(p.organisation_id)
        .find(|o| o.id != p.id && o.reachable)
        .and_then(|o| dir.place_view(o.id))
}

/// A link that opens the person's own map application at the place's
/// address ("Rue X 1, 1000 Bruxelles"; nothing without a street).
pub(super) fn directions_link(lang: Lang, dir: &Directory, p: &PlaceView<'_>) -> Markup {
    let Some(street) = p.address else {
        return html! {};
    };
    let commune = commune_name(dir, lang, p.commune_nis);
    let address = match p.postcode {
        Some(pc) => [street, ", ", pc, " ", commune],
        None => [street, ", ", commune, "", ""],
    };
    let exact = p.location.map(|l| (l.lat, l.lon));
    html! { a.directions href=(GeoHref(exact, address)) { (text(lang, "contact-directions")) } }
}

/// A `geo:` address written straight into the page (it needs no escaping).
struct GeoHref<'a>(Option<(f64, f64)>, [&'a str; 5]);

impl Render for GeoHref<'_> {
    fn render_to(&self, buf: &mut String) {
        geo_href_to(buf, self.0, &self.1);
    }
}

/// A phone number as a `tel:` link.
struct PhoneLink<'a>(&'a str);

impl Render for PhoneLink<'_> {
    fn render_to(&self, buf: &mut String) {
        buf.push_str("<a href=\"");
        tel_href_to(buf, self.0);
        buf.push_str("\">");
        ltr(self.0).render_to(buf);
        buf.push_str("</a>");
    }
}

fn phone_link(phone: &str) -> PhoneLink<'_> {
    PhoneLink(phone)
}

/// An e-mail address as a `mailto:` link, written straight into the page.
struct EmailLink<'a>(&'a str);

impl Render for EmailLink<'_> {
    fn render_to(&self, buf: &mut String) {
        buf.push_str("<a href=\"mailto:");
        crate::i18n::escape_to(buf, self.0);
        buf.push_str("\">");
        ltr(self.0).render_to(buf);
        buf.push_str("</a>");
    }
}

fn email_link(email: &str) -> EmailLink<'_> {
    EmailLink(email)
}

/// A web address as a link, written without its scheme ("digitalhelp.brussels").
fn web_link(web: &str) -> Markup {
    let shown = web
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/');
    html! { a href=(web) rel="noopener" { (ltr(shown)) } }
}

/// Text of a name map in the page's language, or marked with the language it is in.
fn names_text(dir: &Directory, names: &domain::region::Names, lang: Lang) -> Markup {
    match dir.region.display_with_lang(names, lang) {
        Some((l, text)) if l != lang.code() => html! { span lang=(l) { (text) } },
        Some((_, text)) => html! { (text) },
        None => html! {},
    }
}

/// The ways to reach the region's helpline, as list items.
fn helpline_ways(lang: Lang, dir: &Directory, h: &Helpline) -> Markup {
    html! {
        @if let Some(phone) = &h.phone { li { (text(lang, "phone")) " " (phone_link(phone)) } }
        @if let Some(e) = &h.email { li { (text(lang, "email")) " " (email_link(e)) } }
        @if let Some(w) = &h.web { li { (text(lang, "website")) " " (web_link(w)) } }
        @if dir.region.display_with_lang(&h.hours, lang).is_some() {
            li { (text(lang, "contact-helpline-hours")) " " (names_text(dir, &h.hours, lang)) }
        }
    }
}

/// On a result card: address with directions, phone, e-mail; else the
/// organisation's or the region's contact, in one or two lines.
pub(super) fn card_contact(lang: Lang, dir: &Directory, p: &PlaceView<'_>) -> Markup {
    html! {
        @if let Some(phone) = &p.phone { p.phone { (text(lang, "phone")) " " (phone_link(phone)) } }
        @if let Some(e) = &p.email { p.phone { (text(lang, "email")) " " (email_link(e)) } }
        @if !can_call_or_write(p) {
            @if let Some(o) = organisation_contact(dir, p) {
                p.reach {
                    (text(lang, "contact-ask-organisation")) " " (p.organisation) " – "
                    @if let Some(phone) = &o.phone { (phone_link(phone)) } @else if let Some(e) = &o.email { (email_link(e)) }
                }
            } @else if let Some(h) = &dir.region.helpline {
                p.reach {
                    (text(lang, "contact-card-helpline")) " " (names_text(dir, &h.name, lang))
                    @if let Some(phone) = &h.phone { " " (phone_link(phone)) }
                    @else if let Some(e) = &h.email { " " (email_link(e)) }
                    @else if let Some(w) = &h.web { " " (web_link(w)) }
                }
            }
        }
    }
}

/// On a place page, right after its name: whether it is open, then every way
/// to reach it; when it cannot be called or written to, its organisation's
/// contact and the region's helpline (before the address: whom to ask comes
/// first on a phone's screen) (its next sessions follow, when it has
/// some: `has_sessions`).
pub(super) fn place_contact(
    lang: Lang,
    dir: &Directory,
    p: &PlaceView<'_>,
    open: Markup,
    approximate: bool,
    has_sessions: bool,
) -> Markup {
    let commune = commune_name(dir, lang, p.commune_nis);
    let org = if can_call_or_write(p) {
        None
    } else {
        organisation_contact(dir, p)
    };
    let helpline = if can_call_or_write(p) {
        None
    } else {
        dir.region.helpline.as_ref()
    };
    html! {
        section.reach aria-labelledby="reach-title" {
            h2 #reach-title { (text(lang, "contact-title")) }
            (open)
            @if can_call_or_write(p) || p.web_address().is_some() { ul.contact {
                @if let Some(phone) = &p.phone { li { (text(lang, "phone")) " " (phone_link(phone)) } }
                @if let Some(e) = &p.email { li { (text(lang, "email")) " " (email_link(e)) } }
                // Only an http(s) address is a link (`Place::web_address`).
                @if let Some(w) = p.web_address() { li { (text(lang, "website")) " " (web_link(w)) } }
            } }
            @if !can_call_or_write(p) {
                p { (text(lang, "contact-unknown")) }
                @if let Some(o) = &org {
                    h3 { (text(lang, "contact-organisation-title")) " " (p.organisation) }
                    ul.contact {
                        @if let Some(phone) = &o.phone { li { (text(lang, "phone")) " " (phone_link(phone)) } }
                        @if let Some(e) = &o.email { li { (text(lang, "email")) " " (email_link(e)) } }
                    }
                }
                @if let Some(h) = helpline {
                    h3 { (text(lang, "contact-helpline-title")) }
                    p { (text(lang, "contact-helpline-intro")) " " (names_text(dir, &h.name, lang)) }
                    ul.contact { (helpline_ways(lang, dir, h)) }
                }
                @if org.is_none() && helpline.is_none() && !has_sessions {
                    p { a href=(format!("/{}/places/{}/report", lang.code(), p.id)) { (text(lang, "contact-tell-us")) } }
                }
            }
            @if p.mobile {
                // "Call to know where it will be" only when there is a phone.
                p { (text(lang, if p.phone.is_some() { "mobile-explained" } else { "contact-mobile-explained-ask" })) }
            }
            @if p.address.is_some() || !p.mobile {
                h3 { (text(lang, "how-to-come")) }
                address {
                    @if let Some(a) = &p.address { bdi { (a) } br; } @else { (text(lang, "address-unknown")) br; }
                    @if let Some(pc) = &p.postcode { (ltr(pc)) " " } (commune)
                }
                @if p.address.is_some() { p { (directions_link(lang, dir, p)) } }
                @if approximate && p.address.is_some() {
                    p.small { (text(lang, "contact-distances-from-centre")) }
                } @else if approximate && !p.mobile {
                    p.small { (text(lang, "location-approximate")) }
                }
            }
        }
    }
}
