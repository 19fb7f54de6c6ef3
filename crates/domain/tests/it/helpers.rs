//! Shared test data: the shipped Brussels region and vocabularies, and a
//! place with only the fields a test cares about.

use domain::place::{LabelStatus, Place, PlaceKind};

/// The shipped Brussels region file.
pub const REGION: &str = include_str!("../../../../data/regions/brussels/region.toml");
/// The shipped vocabularies file.
pub const VOCAB: &str = include_str!("../../../../data/vocabularies.toml");

/// A place in `nis` with `postcode`, a phone number and nothing else.
pub fn place(id: i64, name: &str, org: &str, nis: &str, postcode: &str) -> Place {
    Place {
        id,
        name: name.into(),
        organisation_id: id,
        organisation: org.into(),
        kind: PlaceKind::Epn,
        address: None,
        postcode: Some(postcode.into()),
        commune_nis: nis.into(),
        commune_name: None,
        location: None,
        opening_hours: None,
        mobile: false,
        services: vec![],
        publics: vec![],
        languages: vec![],
        accessibility: vec![],
        price: None,
        computers: None,
        tablets: None,
        phone: Some("+32 2 000 00 00".into()),
        email: None,
        website: None,
        description: None,
        label: LabelStatus::None,
        updated_on: "2026-06-01".into(),
    }
}
