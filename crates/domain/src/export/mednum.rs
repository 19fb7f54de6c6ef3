//! The French national standard "lieux de médiation numérique" v1.0.2
//! (schema: `standard-mediation-num_schema-v1.0.2.json`, a Frictionless table
//! schema), written with a **Belgian profile** when the region's country is BE.
//!
//! The profile keeps every column, its order, its meaning and its vocabularies,
//! and changes only what cannot be French:
//!
//! | column | national standard | Belgian profile |
//! | --- | --- | --- |
//! | `code_postal` | 5-digit French postcode | 4-digit Belgian postcode (`^\d{4}$`) |
//! | `code_insee` | INSEE commune code | NIS (INS) commune code of Statbel (`^\d{5}$`) |
//! | `pivot` | SIRET, RNA or RIDET | Belgian company number (BCE/KBO, 10 digits) when known, else `P` and the place id on 8 digits (`P00000012`): never a real company number |
//! | `telephone` | +33 and overseas prefixes | +32 and 8 or 9 digits (`^\+32\d{8,9}$`) |
//!
//! Other choices, the same for every region:
//! - `id` is `place-<id>`, stable; `source` is "Passerelle"; `date_maj` the last update.
//! - `commune` is the commune's French name (the standard is French), else its
//!   name in the region's first language; `code_postal` is the place's postcode
//!   as recorded (contradictions are kept, see `passerelle check`), or the
//!   commune's first postcode when the place has none.
//! - `adresse` (required) is the street address, or the commune's name when the
//!   street address is not known; `latitude`/`longitude` are given only for
//!   exact positions (never the approximate centre the directory uses).
//! - `horaires` is the OpenStreetMap text, only when it is valid.
//! - `services`, `publics_specifiquement_adresses`, `prise_en_charge_specifique`
//!   and `frais_a_charge` use the `mednum` values of `data/vocabularies.toml`
//!   (codes without one are left out); `prise_en_charge_specifique` also says
//!   "Langues étrangères (anglais)" / "(autres)" for languages spoken that are
//!   not languages of the region.
//! - `itinerance` is "Itinérant" or "Fixe"; `typologie` is "EPN" for public digital
//!   spaces; `structure_parente` the organisation's name; `autres_formations_labels`
//!   names the region's EPN label when the place has it.
//! - `presentation_resume` is the description cut at 280 characters (the
//!   standard's maximum) and `presentation_detail` the whole text when it was cut.
//! - `modalites_acces` says "Téléphoner" / "Contacter par mail" when there is a
//!   phone number / e-mail; `modalites_accompagnement` "En autonomie" for free
//!   access and "Accompagnement individuel" for assisted access.

use super::{Cell, Table, name_in, present, published};
use crate::place::{LabelStatus, Place, PlaceKind};
use crate::region::Region;
use crate::vocab::{VocabKind, Vocabularies};

/// The columns of the standard, in the schema's order.
pub const FIELDS: [&str; 32] = [
    "id",
    "pivot",
    "nom",
    "commune",
    "code_postal",
    "code_insee",
    "adresse",
    "complement_adresse",
    "latitude",
    "longitude",
    "typologie",
    "telephone",
    "courriels",
    "site_web",
    "horaires",
    "presentation_resume",
    "presentation_detail",
    "source",
    "itinerance",
    "structure_parente",
    "date_maj",
    "services",
    "publics_specifiquement_adresses",
    "prise_en_charge_specifique",
    "frais_a_charge",
    "dispositif_programmes_nationaux",
    "formations_labels",
    "autres_formations_labels",
    "modalites_acces",
    "modalites_accompagnement",
    "fiche_acces_libre",
    "prise_rdv",
];

/// The patterns the Belgian profile puts in place of the schema's, by column.
pub const BELGIAN_PROFILE: [(&str, &str); 3] = [
    ("code_postal", r"^\d{4}$"),
    ("code_insee", r"^\d{5}$"),
    ("telephone", r"^\+32\d{8,9}$"),
];

/// The value of the `source` column.
pub const SOURCE: &str = "Passerelle";
/// The maximum length of `presentation_resume` in the standard.
pub const RESUME_MAX_CHARS: usize = 280;

/// One row per published place, columns as [`FIELDS`].
pub fn table(places: &[Place], region: &Region, vocab: &Vocabularies) -> Table {
    let rows = published(places, region)
        .into_iter()
        .map(|p| row(p, region, vocab, None))
        .collect();
    Table {
        header: FIELDS.iter().map(|c| (*c).to_owned()).collect(),
        rows,
    }
}

/// The CSV file of [`table`].
pub fn csv(places: &[Place], region: &Region, vocab: &Vocabularies) -> String {
    table(places, region, vocab).to_csv()
}

/// The row of one place; `company_number` is its organisation's BCE/KBO number when known.
pub fn row(
    p: &Place,
    region: &Region,
    vocab: &Vocabularies,
    company_number: Option<&str>,
) -> Vec<Cell> {
    let commune = region.commune(&p.commune_nis);
    // A place outside the region keeps its postcode and commune as imported.
    let commune_fr = match commune {
        Some(c) => name_in(region, &c.name, "fr"),
        None => p.commune_label(region),
    };
    let postcode = match commune {
        Some(c) => present(&p.postcode)
            .filter(|c| c.len() == 4 && c.bytes().all(|b| b.is_ascii_digit()))
            .map(str::to_owned)
            .or_else(|| c.postcodes.first().cloned())
            .unwrap_or_default(),
        None => present(&p.postcode).unwrap_or("").to_owned(),
    };
    let description = present(&p.description).unwrap_or("");
    let (resume, cut) = shorten(description, RESUME_MAX_CHARS);
    let hours = present(&p.opening_hours)
        .filter(|h| crate::hours::Hours::parse(h, &region.country).is_ok())
        .unwrap_or("");
    // The region's country tells how to read a national number; outside the
    // region only numbers written with + are known.
    let country = if commune.is_some() {
        region.country.as_str()
    } else {
        ""
    };
    let phone = present(&p.phone)
        .and_then(|n| international_phone(n, country))
        .unwrap_or_default();
    let mut care = mapped(vocab, VocabKind::Accessibility, &p.accessibility);
    let foreign: Vec<&String> = p
        .languages
        .iter()
        .filter(|l| !region.languages.contains(l))
        .collect();
    if foreign.iter().any(|l| *l == "en") {
        care.push("Langues étrangères (anglais)".into());
    }
    if foreign.iter().any(|l| *l != "en") {
        care.push("Langues étrangères (autres)".into());
    }
    let mut access = Vec::new();
    if present(&p.phone).is_some() {
        access.push("Téléphoner");
    }
    if present(&p.email).is_some() {
        access.push("Contacter par mail");
    }
    let mut support = Vec::new();
    if p.services.iter().any(|s| s == "free-access") {
        support.push("En autonomie");
    }
    if p.services.iter().any(|s| s == "assisted-access") {
        support.push("Accompagnement individuel");
    }
    let label = if p.label == LabelStatus::Labelled {
        format!("Label EPN ({})", name_in(region, &region.name, "fr"))
    } else {
        String::new()
    };
    let (lat, lon) = p.location.map_or((String::new(), String::new()), |l| {
        (l.lat.to_string(), l.lon.to_string())
    });
    let fields: [String; 32] = [
        format!("place-{}", p.id),
        pivot(company_number, p.id),
        p.name.clone(),
        commune_fr.to_owned(),
        postcode,
        p.commune_nis.clone(),
        present(&p.address).unwrap_or(commune_fr).to_owned(),
        String::new(),
        lat,
        lon,
        if p.kind == PlaceKind::Epn {
            "EPN".into()
        } else {
            String::new()
        },
        phone,
        present(&p.email).unwrap_or("").to_owned(),
        p.web_address().unwrap_or("").to_owned(),
        hours.to_owned(),
        resume,
        if cut {
            description.to_owned()
        } else {
            String::new()
        },
        SOURCE.to_owned(),
        if p.mobile { "Itinérant" } else { "Fixe" }.to_owned(),
        p.organisation.clone(),
        p.updated_on.clone(),
        join(mapped(vocab, VocabKind::Service, &p.services)),
        join(mapped(vocab, VocabKind::Public, &p.publics)),
        join(dedup(care)),
        join(
            p.price
                .iter()
                .filter_map(|c| mednum_of(vocab, VocabKind::Price, c))
                .collect(),
        ),
        String::new(),
        String::new(),
        label,
        access.join("|"),
        support.join("|"),
        String::new(),
        String::new(),
    ];
    fields.into_iter().map(Cell::text).collect()
}

fn mednum_of(vocab: &Vocabularies, kind: VocabKind, code: &str) -> Option<String> {
    vocab.term(kind, code).and_then(|t| t.mednum.clone())
}

/// The standard's values for `codes`, without repeats, in the codes' order.
fn mapped(vocab: &Vocabularies, kind: VocabKind, codes: &[String]) -> Vec<String> {
    dedup(
        codes
            .iter()
            .filter_map(|c| mednum_of(vocab, kind, c))
            .collect(),
    )
}

fn dedup(v: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(v.len());
    for s in v {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

fn join(v: Vec<String>) -> String {
    v.join("|")
}

/// `s` cut to at most `max` characters at a word boundary, with "…"; and whether it was cut.
pub fn shorten(s: &str, max: usize) -> (String, bool) {
    if s.chars().count() <= max {
        return (s.to_owned(), false);
    }
    let head: String = s.chars().take(max - 1).collect();
    let head = match head.rfind(char::is_whitespace) {
        Some(i) if i > max / 2 => head[..i].trim_end().to_owned(),
        _ => head,
    };
    (format!("{head}…"), true)
}

/// The `pivot`: a valid Belgian company number (10 digits, check digits
/// verified) when given, else `P` and the place id on 8 digits.
pub fn pivot(company_number: Option<&str>, place_id: i64) -> String {
    company_number
        .and_then(belgian_company_number)
        .unwrap_or_else(|| format!("P{place_id:08}"))
}

/// A BCE/KBO enterprise number as 10 digits ("BE 0123.456.749" → "0123456749"),
/// if its check digits (97 − number mod 97) are right.
pub fn belgian_company_number(s: &str) -> Option<String> {
    let s = s.trim();
    let s = s
        .strip_prefix("BE")
        .or_else(|| s.strip_prefix("be"))
        .unwrap_or(s);
    if s.chars()
        .any(|c| !(c.is_ascii_digit() || " .-".contains(c)))
    {
        return None;
    }
    let mut digits: String = s.chars().filter(char::is_ascii_digit).collect();
    if digits.len() == 9 {
        digits.insert(0, '0');
    }
    if digits.len() != 10 || !matches!(digits.as_bytes()[0], b'0' | b'1') {
        return None;
    }
    let base: u64 = digits[..8].parse().ok()?;
    let check: u64 = digits[8..].parse().ok()?;
    (97 - base % 97 == check).then_some(digits)
}

/// A phone number in international form without spaces ("+3225551234"), for
/// Belgian numbers (country BE): "02 555 12 34", "0032 2 555 12 34",
/// "+32 (0)2 555 12 34", "0470/12.34.56". Elsewhere, numbers already written
/// with "+" are compacted. `None` when the text is not such a number.
pub fn international_phone(raw: &str, country: &str) -> Option<String> {
    crate::contact::PhoneNumber::parse(raw)
        .ok()?
        .international(country)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn belgian_phone_numbers_become_international() {
        for (raw, want) in [
            ("02 555 12 34", Some("+3225551234")),
            ("02/555.12.34", Some("+3225551234")),
            ("+32 2 555 12 34", Some("+3225551234")),
            ("+32 (0)2 555 12 34", Some("+3225551234")),
            ("0032 2 555 12 34", Some("+3225551234")),
            ("0470 12 34 56", Some("+32470123456")),
            ("+33 1 80 05 98 80", None),
            ("555 12 34", None),
            ("02 555 12 34 (secrétariat)", None),
            ("", None),
        ] {
            assert_eq!(international_phone(raw, "BE").as_deref(), want, "{raw}");
        }
        assert_eq!(
            international_phone("+33 1 80 05 98 80", "FR").as_deref(),
            Some("+33180059880")
        );
    }

    #[test]
    fn company_numbers_are_checked() {
        // 0123.456.749: 1234567 mod 97 = 48, 97 - 48 = 49.
        assert_eq!(
            belgian_company_number("BE 0123.456.749").as_deref(),
            Some("0123456749")
        );
        assert_eq!(
            belgian_company_number("123456749").as_deref(),
            Some("0123456749")
        );
        assert_eq!(belgian_company_number("0123.456.748"), None);
        assert_eq!(pivot(Some("nonsense"), 12), "P00000012");
        assert_eq!(pivot(None, 123_456_789), "P123456789");
    }

    #[test]
    fn long_descriptions_are_cut_at_a_word() {
        let long = "mot ".repeat(100);
        let (s, cut) = shorten(&long, RESUME_MAX_CHARS);
        assert!(cut);
        assert!(s.chars().count() <= RESUME_MAX_CHARS);
        assert!(s.ends_with("mot…"));
        assert_eq!(shorten("court", 280), ("court".to_string(), false));
    }
}
