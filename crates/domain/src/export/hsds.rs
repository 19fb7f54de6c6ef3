//! Open Referral HSDS 3.0 (Human Services Data Specification), the international
//! standard for directories of services, as one JSON document holding the
//! tables of the HSDS tabular model (the names of its CSV files), each a list of
//! flat objects with HSDS field names linked by ids:
//!
//! - `organizations`: one per organisation running a published place;
//! - `services`: one per place (what is offered there), linked to its organization;
//! - `locations`: one per place, `physical`, with latitude/longitude (the centre of
//!   the postcode area or commune when the exact position is unknown, which the
//!   location's description says);
//! - `service_at_locations`: links each service to its location;
//! - `addresses`: one per location, `physical` (address_1 is empty when the street
//!   address is not known: city, postal code, region and country still are);
//! - `schedules`: from the OpenStreetMap hours: one WEEKLY schedule per slot
//!   (`byday`, `opens_at`, `closes_at`, local time of the region's time zone) when
//!   the text is a simple weekly one, else one schedule with the text only. The
//!   raw text is always in `description` and `notes`;
//! - `phones`, `languages` (ISO 639 codes spoken at the service);
//! - `taxonomies`, `taxonomy_terms`, `attributes`: the directory's vocabularies
//!   (services, publics, accessibility, prices) and which apply to each service.
//!
//! Ids are UUID v5, derived from the region code, the kind of record and the
//! place or organisation id: stable from one export to the next.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use uuid::Uuid;

use super::schedule::weekly;
use super::{local_name, position, present, published};
use crate::place::Place;
use crate::region::Region;
use crate::vocab::{VocabKind, Vocabularies};

/// The HSDS version written.
pub const VERSION: &str = "3.0";

/// The vocabularies published as HSDS taxonomies, with their names.
const TAXONOMIES: [(VocabKind, &str); 4] = [
    (VocabKind::Service, "services"),
    (VocabKind::Public, "publics"),
    (VocabKind::Accessibility, "accessibility"),
    (VocabKind::Price, "prices"),
];

/// A stable UUID (v5) for a record of `kind` with `key` in `region`.
pub fn stable_id(region: &Region, kind: &str, key: impl std::fmt::Display) -> String {
    let ns = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:passerelle:hsds");
    Uuid::new_v5(&ns, format!("{}/{kind}/{key}", region.code).as_bytes())
        .hyphenated()
        .to_string()
}

/// The HSDS document of the published places. `label` gives the display name
/// of a vocabulary code (e.g. from the English translation files); it may
/// return the code itself.
pub fn document(
    places: &[Place],
    region: &Region,
    vocab: &Vocabularies,
    label: &dyn Fn(VocabKind, &str) -> String,
) -> Value {
    let id = |kind: &str, key: &dyn std::fmt::Display| stable_id(region, kind, key);
    let places = published(places, region);
    let region_name = local_name(region, &region.name);

    let mut organizations: BTreeMap<i64, Value> = BTreeMap::new();
    let mut services = Vec::new();
    let mut locations = Vec::new();
    let mut service_at_locations = Vec::new();
    let mut addresses = Vec::new();
    let mut schedules = Vec::new();
    let mut phones = Vec::new();
    let mut languages = Vec::new();
    let mut attributes = Vec::new();

    for p in places {
        let org_id = id("organization", &p.organisation_id);
        organizations.entry(p.organisation_id).or_insert_with(|| {
            json!({
                "id": org_id,
                "name": p.organisation,
                "description": "",
            })
        });
        let service_id = id("service", &p.id);
        let location_id = id("location", &p.id);
        let sal_id = id("service_at_location", &p.id);
        services.push(json!({
            "id": service_id,
            "organization_id": org_id,
            "name": p.name,
            "description": present(&p.description).unwrap_or(""),
            "url": p.web_address(),
            "email": present(&p.email),
            "status": "active",
            "fees_description": p.price.as_deref().map(|c| label(VocabKind::Price, c)),
            "assured_date": p.updated_on,
        }));

        let (pos, approximate) = match position(region, p) {
            Some((l, a)) => (Some(l), a),
            None => (None, false),
        };
        let mut notes = Vec::new();
        if approximate {
            notes.push("Approximate position: the centre of the postcode area or municipality; the exact address is not known.");
        }
        if p.mobile {
            notes.push("Mobile service: it travels to people; call to know where it will be.");
        }
        locations.push(json!({
            "id": location_id,
            "location_type": "physical",
            "organization_id": org_id,
            "name": p.name,
            "description": notes.join(" "),
            "latitude": pos.map(|l| l.lat),
            "longitude": pos.map(|l| l.lon),
            "external_identifier": p.id.to_string(),
            "external_identifier_type": "passerelle-place-id",
        }));
        service_at_locations.push(json!({
            "id": sal_id,
            "service_id": service_id,
            "location_id": location_id,
        }));
        // A place outside the region: its postcode and commune as imported,
        // and no region or country (which the import does not tell).
        let commune = region.commune(&p.commune_nis);
        let (region_label, country) = match commune {
            Some(_) => (region_name, region.country.as_str()),
            None => ("", ""),
        };
        addresses.push(json!({
            "id": id("address", &p.id),
            "location_id": location_id,
            "address_1": present(&p.address).unwrap_or(""),
            "city": p.commune_label(region),
            "region": region_label,
            "state_province": region_label,
            "postal_code": present(&p.postcode)
                .map(str::to_owned)
                .or_else(|| commune.and_then(|c| c.postcodes.first().cloned()))
                .unwrap_or_default(),
            "country": country,
            "address_type": "physical",
        }));

        if let Some(raw) = present(&p.opening_hours) {
            let notes = format!(
                "Opening hours in OpenStreetMap opening_hours syntax, local time ({}): {raw}",
                region.timezone.name()
            );
            let base = json!({
                "service_id": service_id,
                "location_id": location_id,
                "service_at_location_id": sal_id,
                "description": raw,
                "notes": notes,
            });
            let slots = weekly(raw, &region.country)
                .map(|w| w.slots)
                .filter(|s| !s.is_empty());
            match slots {
                Some(slots) => {
                    for (i, s) in slots.iter().enumerate() {
                        let mut v = base.clone();
                        let o = v.as_object_mut().expect("object");
                        o.insert("id".into(), json!(id("schedule", &format!("{}/{i}", p.id))));
                        o.insert("freq".into(), json!("WEEKLY"));
                        o.insert("interval".into(), json!(1));
                        o.insert("wkst".into(), json!("MO"));
                        o.insert("byday".into(), json!(s.byday()));
                        o.insert("opens_at".into(), json!(s.opens));
                        o.insert("closes_at".into(), json!(s.closes));
                        schedules.push(v);
                    }
                }
                None => {
                    let mut v = base;
                    v.as_object_mut()
                        .expect("object")
                        .insert("id".into(), json!(id("schedule", &format!("{}/0", p.id))));
                    schedules.push(v);
                }
            }
        }
        if let Some(raw) = present(&p.phone) {
            phones.push(json!({
                "id": id("phone", &p.id),
                "service_id": service_id,
                "number": super::mednum::international_phone(raw, country)
                    .unwrap_or_else(|| raw.to_owned()),
                "type": "voice",
            }));
        }
        for code in &p.languages {
            languages.push(json!({
                "id": id("language", &format!("{}/{code}", p.id)),
                "service_id": service_id,
                "name": label(VocabKind::Language, code),
                "code": code,
            }));
        }
        for (kind, _) in TAXONOMIES {
            let codes: Vec<&String> = match kind {
                VocabKind::Service => p.services.iter().collect(),
                VocabKind::Public => p.publics.iter().collect(),
                VocabKind::Accessibility => p.accessibility.iter().collect(),
                _ => p.price.iter().collect(),
            };
            for code in codes.into_iter().filter(|c| vocab.contains(kind, c)) {
                attributes.push(json!({
                    "id": id("attribute", &format!("{}/{}/{code}", p.id, kind.key_prefix())),
                    "link_id": service_id,
                    "link_type": "service",
                    "link_entity": "service",
                    "taxonomy_term_id": id("taxonomy_term", &format!("{}/{code}", kind.key_prefix())),
                }));
            }
        }
    }

    let mut taxonomies = Vec::new();
    let mut terms = Vec::new();
    for (kind, name) in TAXONOMIES {
        let taxonomy_id = id("taxonomy", &name);
        taxonomies.push(json!({
            "id": taxonomy_id,
            "name": format!("passerelle-{name}"),
            "description": format!("Passerelle vocabulary of {name}; `code` is stable, the French national standard's value is in `description` when one fits."),
        }));
        for t in vocab.terms(kind) {
            terms.push(json!({
                "id": id("taxonomy_term", &format!("{}/{}", kind.key_prefix(), t.code)),
                "code": t.code,
                "name": label(kind, &t.code),
                "description": t.mednum.as_deref().unwrap_or(""),
                "taxonomy": format!("passerelle-{name}"),
                "taxonomy_id": taxonomy_id,
            }));
        }
    }

    json!({
        "hsds_version": VERSION,
        "publisher": SOURCE_NAME,
        "region": region.code,
        "licence": region.data_licence,
        "organizations": organizations.into_values().collect::<Vec<_>>(),
        "services": services,
        "locations": locations,
        "service_at_locations": service_at_locations,
        "addresses": addresses,
        "schedules": schedules,
        "phones": phones,
        "languages": languages,
        "taxonomies": taxonomies,
        "taxonomy_terms": terms,
        "attributes": attributes,
    })
}

const SOURCE_NAME: &str = super::mednum::SOURCE;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_uuids() {
        let region = Region::from_toml(
            r#"
code = "mini"
country = "BE"
timezone = "Europe/Brussels"
languages = ["fr"]
default_radius_km = 3.0
brochure_groups = []
communes = []
postcodes = []
[name]
fr = "Mini"
"#,
        )
        .unwrap();
        let a = stable_id(&region, "service", 12);
        assert_eq!(a, stable_id(&region, "service", 12));
        assert_ne!(a, stable_id(&region, "location", 12));
        let u = Uuid::parse_str(&a).unwrap();
        assert_eq!(u.get_version_num(), 5);
    }
}
