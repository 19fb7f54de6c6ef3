//! The place form: what it sends, how it is checked (each problem names the
//! field and what is expected) and how it is shown again with everything the
//! person typed.

use domain::account::Role;
use domain::geo::CoordinateError;
use domain::vocab::VocabKind;
use domain::{Email, Lang, LatLon, PhoneNumber, PlaceColumns, PlaceKind, Postcode, WebAddress};
use maud::{Markup, html};
use store::accounts::{OrganisationRow, User};

use super::hours_editor::{HoursInput, grid_errors, text_error};
use crate::AppState;
use crate::i18n::{t, t_args};
use crate::ui::form::{FieldError, field, select_field, text_input};
use crate::ui::format::label;

/// Everything the place form sends, as typed.
#[derive(Debug, Clone, Default)]
pub struct PlaceForm {
    pub organisation: String,
    pub kind: String,
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub commune: String,
    pub lat: String,
    pub lon: String,
    pub mobile: bool,
    pub hours: HoursInput,
    pub services: Vec<String>,
    pub publics: Vec<String>,
    pub languages: Vec<String>,
    pub accessibility: Vec<String>,
    pub price: String,
    pub computers: String,
    pub tablets: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub description: String,
    /// "check" (check the hours only) or "save".
    pub action: String,
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

impl PlaceForm {
    pub fn from_record(r: &PlaceColumns) -> PlaceForm {
        PlaceForm {
            organisation: r.organisation_id.to_string(),
            kind: r.kind.code().to_owned(),
            name: r.name.clone(),
            address: opt(&r.address),
            postcode: opt(&r.postcode),
            commune: opt(&r.commune_nis),
            lat: r.lat.map(|v| v.to_string()).unwrap_or_default(),
            lon: r.lon.map(|v| v.to_string()).unwrap_or_default(),
            mobile: r.mobile,
            hours: HoursInput::from_text(r.opening_hours.as_deref().unwrap_or("")),
            services: r.services.clone(),
            publics: r.publics.clone(),
            languages: r.languages.clone(),
            accessibility: r.accessibility.clone(),
            price: opt(&r.price),
            computers: r.computers.map(|v| v.to_string()).unwrap_or_default(),
            tablets: r.tablets.map(|v| v.to_string()).unwrap_or_default(),
            phone: opt(&r.phone),
            email: opt(&r.email),
            website: opt(&r.website),
            description: opt(&r.description),
            action: String::new(),
        }
    }

    /// Reads an `application/x-www-form-urlencoded` body (checkbox groups repeat their name).
    pub fn from_body(body: &[u8]) -> PlaceForm {
        let mut f = PlaceForm::default();
        for (k, v) in form_urlencoded::parse(body) {
            let v = v.into_owned();
            match k.as_ref() {
                "organisation" => f.organisation = v,
                "kind" => f.kind = v,
                "name" => f.name = v,
                "address" => f.address = v,
                "postcode" => f.postcode = v,
                "commune" => f.commune = v,
                "lat" => f.lat = v,
                "lon" => f.lon = v,
                "mobile" => f.mobile = true,
                "services" => f.services.push(v),
                "publics" => f.publics.push(v),
                "languages" => f.languages.push(v),
                "accessibility" => f.accessibility.push(v),
                "price" => f.price = v,
                "computers" => f.computers = v,
                "tablets" => f.tablets = v,
                "phone" => f.phone = v,
                "email" => f.email = v,
                "website" => f.website = v,
                "description" => f.description = v,
                "action" => f.action = v,
                other => {
                    f.hours.take(other, &v);
                }
            }
        }
        f
    }
}

fn text(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

fn commune_name(state: &AppState, lang: Lang, nis: &str) -> String {
    state
        .region
        .commune(nis)
        .map(|c| state.region.display(&c.name, lang).to_owned())
        .unwrap_or_else(|| nis.to_owned())
}

/// Checks the form; the record to write (built on `base`, which keeps what
/// the form does not show) or every problem found.
pub fn validate(
    state: &AppState,
    lang: Lang,
    form: &PlaceForm,
    base: &PlaceColumns,
    organisations: &[OrganisationRow],
    is_new: bool,
) -> Result<PlaceColumns, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut r = base.clone();
    let mut err = |field: &str, msg: String| errors.push(FieldError::new(field, msg));

    match form.organisation.trim().parse::<i64>() {
        Ok(id) if organisations.iter().any(|o| o.id == id) => r.organisation_id = id,
        _ => err("organisation", t(lang, "edit-error-organisation")),
    }
    let name = form.name.trim();
    if name.is_empty() {
        err("name", t(lang, "edit-error-name"));
    } else if name.chars().count() > 200 {
        err("name", t(lang, "edit-error-name-long"));
    }
    r.name = name.to_owned();
    match PlaceKind::parse(&form.kind) {
        Ok(k) => r.kind = k,
        Err(_) => err("kind", t(lang, "edit-error-kind")),
    }
    r.address = text(&form.address);
    r.mobile = form.mobile;

    // Commune and postcode: the postcode must belong to the commune.
    let commune = text(&form.commune);
    match &commune {
        Some(nis) if state.region.commune(nis).is_none() => {
            err("commune", t(lang, "edit-error-commune"));
        }
        None if is_new || base.commune_nis.is_some() => {
            err("commune", t(lang, "edit-error-commune"));
        }
        _ => {}
    }
    // The postcode: the rule of `Postcode`; in a commune of the region, one
    // of the region's postcodes of that commune. A place outside the region
    // (imported so) keeps a postcode of its own.
    let postcode = text(&form.postcode).map(|pc| (Postcode::parse(&pc), pc));
    let in_region = commune
        .as_ref()
        .filter(|n| state.region.commune(n).is_some());
    match (&postcode, in_region) {
        (Some((Err(_), pc)), _) => err(
            "postcode",
            t_args(
                lang,
                "edit-error-postcode-shape",
                &[("postcode", pc.clone().into())],
            ),
        ),
        (Some((Ok(pc), _)), Some(nis)) if !state.region.postcode_in_commune(pc.as_str(), nis) => {
            let belongs: Vec<String> = pc
                .area(&state.region)
                .map(|p| {
                    p.communes
                        .iter()
                        .map(|n| commune_name(state, lang, n))
                        .collect()
                })
                .unwrap_or_default();
            let code = pc.as_str().to_owned();
            let msg = if belongs.is_empty() {
                t_args(
                    lang,
                    "edit-error-postcode-unknown",
                    &[
                        ("postcode", code.into()),
                        ("commune", commune_name(state, lang, nis).into()),
                    ],
                )
            } else {
                t_args(
                    lang,
                    "edit-error-postcode-commune",
                    &[
                        ("postcode", code.into()),
                        ("commune", commune_name(state, lang, nis).into()),
                        ("communes", belongs.join(", ").into()),
                    ],
                )
            };
            err("postcode", msg);
        }
        _ => {}
    }
    let postcode = postcode
        .and_then(|(p, _)| p.ok())
        .map(Postcode::into_string);
    if commune != base.commune_nis && commune.is_some() {
        // A commune of the region replaces a name written by a source.
        r.commune_name = None;
    }
    r.commune_nis = commune;
    r.postcode = postcode;

    // Coordinates: both or none, in range (the rule of `LatLon`).
    let (lat_s, lon_s) = (form.lat.trim(), form.lon.trim());
    r.set_location(None);
    if !lat_s.is_empty() || !lon_s.is_empty() {
        match LatLon::parse(lat_s, lon_s) {
            Ok(l) => r.set_location(Some(l)),
            Err(wrong) => {
                for w in wrong {
                    match w {
                        CoordinateError::Latitude => err("lat", t(lang, "edit-error-lat")),
                        CoordinateError::Longitude => err("lon", t(lang, "edit-error-lon")),
                    }
                }
            }
        }
    }

    // Opening hours: the text, or the grid (see the hours editor's rule).
    let (hours, problems) = form.hours.resolve();
    if problems.is_empty() {
        if let Some(e) = text_error(lang, &state.region.country, &hours) {
            err(&e.field, e.message);
        }
    } else {
        for e in grid_errors(lang, &problems) {
            err(&e.field, e.message);
        }
    }
    r.opening_hours = text(&hours);

    let vocab = &state.vocab;
    let pick = |kind: VocabKind, chosen: &[String]| -> Vec<String> {
        vocab
            .terms(kind)
            .iter()
            .filter(|term| chosen.contains(&term.code))
            .map(|term| term.code.clone())
            .collect()
    };
    r.services = pick(VocabKind::Service, &form.services);
    r.publics = pick(VocabKind::Public, &form.publics);
    r.languages = pick(VocabKind::Language, &form.languages);
    r.accessibility = pick(VocabKind::Accessibility, &form.accessibility);
    r.price = text(&form.price);
    if r.price
        .as_deref()
        .is_some_and(|p| !vocab.contains(VocabKind::Price, p))
    {
        err("price", t(lang, "edit-error-price"));
    }

    for (field, value, slot) in [
        ("computers", &form.computers, &mut r.computers),
        ("tablets", &form.tablets, &mut r.tablets),
    ] {
        *slot = None;
        if let Some(v) = text(value) {
            match v.parse::<i32>() {
                Ok(n) if (0..=10_000).contains(&n) => *slot = Some(n),
                _ => err(field, t(lang, "edit-error-count")),
            }
        }
    }

    // Contact: the rules of `PhoneNumber`, `Email` and `WebAddress`.
    r.phone = text(&form.phone).and_then(|p| match PhoneNumber::parse(&p) {
        Ok(p) => Some(p.into_string()),
        Err(_) => {
            err("phone", t(lang, "edit-error-phone"));
            None
        }
    });
    r.email = text(&form.email).and_then(|e| match Email::parse(&e) {
        Ok(e) => Some(e.into_string()),
        Err(_) => {
            err("email", t(lang, "edit-error-email"));
            None
        }
    });
    r.website = text(&form.website).and_then(|w| match WebAddress::parse(&w) {
        Ok(w) => Some(w.into_string()),
        Err(_) => {
            err("website", t(lang, "edit-error-website"));
            None
        }
    });
    r.description = text(&form.description);
    if form.description.chars().count() > 2000 {
        err("description", t(lang, "edit-error-description"));
    }
    if errors.is_empty() {
        Ok(r)
    } else {
        Err(errors)
    }
}

/// The organisations a person may file a place under.
pub fn allowed_organisations(user: &User, all: Vec<OrganisationRow>) -> Vec<OrganisationRow> {
    if user.role.is_coordination() {
        all
    } else if user.role == Role::EpnManager {
        all.into_iter()
            .filter(|o| user.organisations.contains(&o.id))
            .collect()
    } else {
        Vec::new()
    }
}

fn checkboxes(
    lang: Lang,
    state: &AppState,
    kind: VocabKind,
    name: &str,
    legend: &str,
    chosen: &[String],
) -> Markup {
    html! {
        fieldset.checkboxes {
            legend { (legend) }
            ul {
                @for term in state.vocab.terms(kind) {
                    @let id = format!("{name}-{}", term.code);
                    li.check {
                        input type="checkbox" id=(id) name=(name) value=(term.code) checked[chosen.contains(&term.code)];
                        label for=(id) { (label(lang, kind, &term.code)) }
                    }
                }
            }
        }
    }
}

/// The form's fields (without the `<form>` element and its buttons).
pub fn fields(
    lang: Lang,
    state: &AppState,
    form: &PlaceForm,
    errors: &[FieldError],
    organisations: &[OrganisationRow],
    show_hours_result: bool,
) -> Markup {
    let communes = super::changes::communes_sorted(state, lang);
    html! {
        fieldset {
            legend { (t(lang, "edit-section-identity")) }
            (text_input("name", &t(lang, "edit-field-name"), "text", &form.name, None, errors))
            (select_field("kind", &t(lang, "edit-field-kind"), None, errors, html! {
                @for k in PlaceKind::ALL {
                    option value=(k.code()) selected[form.kind == k.code()] { (super::changes::kind(lang, k.code())) }
                }
            }))
            (select_field("organisation", &t(lang, "edit-field-organisation"), None, errors, html! {
                @if organisations.len() != 1 { option value="" { (t(lang, "edit-choose")) } }
                @for o in organisations {
                    option value=(o.id) selected[form.organisation == o.id.to_string()] { (o.name) }
                }
            }))
        }
        fieldset {
            legend { (t(lang, "edit-section-where")) }
            (text_input("address", &t(lang, "edit-field-address"), "text", &form.address, Some(&t(lang, "edit-hint-address")), errors))
            (text_input("postcode", &t(lang, "edit-field-postcode"), "text", &form.postcode, Some(&t(lang, "edit-hint-postcode")), errors))
            (select_field("commune", &t(lang, "edit-field-commune"), Some(&t(lang, "edit-hint-commune")), errors, html! {
                option value="" { (t(lang, "edit-choose")) }
                @for (nis, name) in &communes {
                    option value=(nis) selected[&form.commune == nis] { (name) }
                }
            }))
            div.check {
                input #mobile type="checkbox" name="mobile" value="1" checked[form.mobile];
                label for="mobile" { (t(lang, "edit-field-mobile")) }
            }
            fieldset.coordinates {
                legend { (t(lang, "edit-section-coordinates")) }
                p { (t(lang, "edit-hint-coordinates")) }
                (text_input("lat", &t(lang, "edit-field-lat"), "text", &form.lat, Some(&t(lang, "edit-hint-lat")), errors))
                (text_input("lon", &t(lang, "edit-field-lon"), "text", &form.lon, Some(&t(lang, "edit-hint-lon")), errors))
            }
        }
        (super::hours_editor::editor(lang, state, &form.hours, errors, show_hours_result))
        fieldset {
            legend { (t(lang, "edit-section-offer")) }
            (checkboxes(lang, state, VocabKind::Service, "services", &t(lang, "edit-field-services"), &form.services))
            (checkboxes(lang, state, VocabKind::Public, "publics", &t(lang, "edit-field-publics"), &form.publics))
            (checkboxes(lang, state, VocabKind::Language, "languages", &t(lang, "edit-field-languages"), &form.languages))
            (checkboxes(lang, state, VocabKind::Accessibility, "accessibility", &t(lang, "edit-field-accessibility"), &form.accessibility))
            (select_field("price", &t(lang, "edit-field-price"), None, errors, html! {
                option value="" { (t(lang, "edit-price-unknown")) }
                @for term in state.vocab.terms(VocabKind::Price) {
                    option value=(term.code) selected[form.price == term.code] { (label(lang, VocabKind::Price, &term.code)) }
                }
            }))
            (text_input("computers", &t(lang, "edit-field-computers"), "text", &form.computers, None, errors))
            (text_input("tablets", &t(lang, "edit-field-tablets"), "text", &form.tablets, None, errors))
        }
        fieldset {
            legend { (t(lang, "edit-section-contact")) }
            (text_input("phone", &t(lang, "edit-field-phone"), "tel", &form.phone, Some(&t(lang, "edit-hint-phone")), errors))
            (text_input("email", &t(lang, "edit-field-email"), "email", &form.email, None, errors))
            (text_input("website", &t(lang, "edit-field-website"), "url", &form.website, Some(&t(lang, "edit-hint-website")), errors))
            (field("description", &t(lang, "edit-field-description"), Some(&t(lang, "edit-hint-description")), errors, |aria| html! {
                textarea #description name="description" rows="5" aria-invalid=[aria.invalid]
                    aria-describedby=[aria.described_by] { (form.description) }
            }))
        }
    }
}
