//! The places of the directory, stored compactly: the text of every place in
//! one arena, the values many places share (organisation names, opening
//! hours, postcodes, dates, vocabulary codes) stored once, and one
//! fixed-size row per place. A [`Place`] is materialised only for the few a
//! page shows. 100,000 places as `Place` values took about 150 MB in some
//! two million allocations; as a table they take a tenth of it in a handful.

use rustc_hash::FxHashMap;

use crate::geo::LatLon;
use crate::place::{LabelStatus, Place, PlaceKind};

/// No value, for a text length or a shared-value index.
const ABSENT: u32 = u32::MAX;
/// No number of computers or tablets.
const NO_COUNT: i32 = i32::MIN;

/// The text fields of a row, in the order they follow each other in the arena.
const NAME: usize = 0;
const ADDRESS: usize = 1;
const PHONE: usize = 2;
const EMAIL: usize = 3;
const WEBSITE: usize = 4;
const DESCRIPTION: usize = 5;

/// One place, without its text (112 bytes).
#[derive(Debug, Clone)]
struct Row {
    id: i64,
    organisation_id: i64,
    // No coordinates: the directory's entry of the place has them (its
    // position, exact unless marked approximate), passed to `view`.
    /// Where the place's text fields start in the arena, one after the other.
    text: u32,
    /// The length of each text field, `ABSENT` for none.
    lens: [u32; 6],
    // Indexes into `shared`, or ABSENT.
    organisation: u32,
    postcode: u32,
    commune_nis: u32,
    commune_name: u32,
    opening_hours: u32,
    price: u32,
    updated_on: u32,
    /// The place's codes in `codes[codes..]`: services, publics, languages,
    /// accessibility, as many of each as these counts say.
    codes: u32,
    counts: [u8; 4],
    /// `NO_COUNT` for none.
    computers: i32,
    tablets: i32,
    kind: PlaceKind,
    label: LabelStatus,
    mobile: bool,
}

/// A place's identity and the few fields lists filter and sort on.
#[derive(Debug, Clone, Copy)]
pub struct PlaceSummary<'a> {
    pub id: i64,
    pub organisation_id: i64,
    pub kind: PlaceKind,
    pub label: LabelStatus,
    pub name: &'a str,
    pub commune_nis: &'a str,
    pub postcode: Option<&'a str>,
    /// Whether it has a phone number or an e-mail address.
    pub reachable: bool,
    /// Last update, UTC date (YYYY-MM-DD).
    pub updated_on: &'a str,
}

/// The places, in the order they were added.
#[derive(Debug, Default)]
pub(super) struct PlaceTable {
    rows: Vec<Row>,
    text: String,
    shared: Vec<Box<str>>,
    /// Indexes into `shared`.
    codes: Vec<u32>,
    /// While the table is filled: the index of each shared value.
    interned: FxHashMap<Box<str>, u32>,
}

impl PlaceTable {
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Appends a text field; its length.
    fn put(&mut self, s: Option<&str>) -> u32 {
        match s {
            None => ABSENT,
            Some(s) => {
                self.text.push_str(s);
                s.len() as u32
            }
        }
    }

    fn intern(&mut self, s: Option<&str>) -> u32 {
        let Some(s) = s else { return ABSENT };
        if let Some(&i) = self.interned.get(s) {
            return i;
        }
        let i = self.shared.len() as u32;
        self.shared.push(s.into());
        self.interned.insert(s.into(), i);
        i
    }

    /// Adds a place; its index.
    pub fn push(&mut self, p: &Place) -> u32 {
        let codes = self.codes.len() as u32;
        let mut counts = [0u8; 4];
        for (n, list) in [&p.services, &p.publics, &p.languages, &p.accessibility]
            .into_iter()
            .enumerate()
        {
            // A place has a few codes of each kind; more than 255 is not data.
            for c in list.iter().take(usize::from(u8::MAX)) {
                let i = self.intern(Some(c));
                self.codes.push(i);
            }
            counts[n] = list.len().min(usize::from(u8::MAX)) as u8;
        }
        let text = self.text.len() as u32;
        let lens = [
            Some(p.name.as_str()),
            p.address.as_deref(),
            p.phone.as_deref(),
            p.email.as_deref(),
            p.website.as_deref(),
            p.description.as_deref(),
        ]
        .map(|s| self.put(s));
        let row = Row {
            id: p.id,
            organisation_id: p.organisation_id,
            text,
            lens,
            organisation: self.intern(Some(&p.organisation)),
            postcode: self.intern(p.postcode.as_deref()),
            commune_nis: self.intern(Some(&p.commune_nis)),
            commune_name: self.intern(p.commune_name.as_deref()),
            opening_hours: self.intern(p.opening_hours.as_deref()),
            price: self.intern(p.price.as_deref()),
            updated_on: self.intern(Some(&p.updated_on)),
            codes,
            counts,
            computers: p.computers.unwrap_or(NO_COUNT),
            tablets: p.tablets.unwrap_or(NO_COUNT),
            kind: p.kind,
            label: p.label,
            mobile: p.mobile,
        };
        self.rows.push(row);
        (self.rows.len() - 1) as u32
    }

    /// Done adding: gives back the slack of the growing buffers.
    pub fn seal(&mut self) {
        self.interned = FxHashMap::default();
        self.rows.shrink_to_fit();
        self.text.shrink_to_fit();
        self.shared.shrink_to_fit();
        self.codes.shrink_to_fit();
    }

    /// Text field `f` of row `r`.
    fn field(&self, r: &Row, f: usize) -> Option<&str> {
        let len = r.lens[f];
        (len != ABSENT).then(|| {
            let start = r.text as usize
                + r.lens[..f]
                    .iter()
                    .filter(|&&l| l != ABSENT)
                    .map(|&l| l as usize)
                    .sum::<usize>();
            &self.text[start..start + len as usize]
        })
    }

    fn shared(&self, i: u32) -> Option<&str> {
        (i != ABSENT).then(|| &*self.shared[i as usize])
    }

    pub fn name(&self, i: u32) -> &str {
        self.field(&self.rows[i as usize], NAME).unwrap_or_default()
    }

    pub fn opening_hours(&self, i: u32) -> Option<&str> {
        self.shared(self.rows[i as usize].opening_hours)
    }

    pub fn id(&self, i: u32) -> i64 {
        self.rows[i as usize].id
    }

    pub fn organisation_id(&self, i: u32) -> i64 {
        self.rows[i as usize].organisation_id
    }

    /// Bytes held: (rows, text, shared values and codes).
    pub fn heap_bytes(&self) -> [usize; 3] {
        [
            self.rows.capacity() * std::mem::size_of::<Row>(),
            self.text.capacity(),
            self.shared.iter().map(|s| s.len() + 16).sum::<usize>() + self.codes.capacity() * 4,
        ]
    }

    /// What the back office filters places on, read without materialising them.
    pub fn summary(&self, i: u32) -> PlaceSummary<'_> {
        let r = &self.rows[i as usize];
        PlaceSummary {
            id: r.id,
            organisation_id: r.organisation_id,
            kind: r.kind,
            label: r.label,
            name: self.name(i),
            commune_nis: self.shared(r.commune_nis).unwrap_or_default(),
            postcode: self.shared(r.postcode),
            reachable: r.lens[PHONE] != ABSENT || r.lens[EMAIL] != ABSENT,
            updated_on: self.shared(r.updated_on).unwrap_or_default(),
        }
    }

    /// The place at index `i`, as a value of its own, with its exact
    /// coordinates when known (the directory's `place_of` gives them).
    #[cfg(test)]
    pub fn get(&self, i: u32, location: Option<LatLon>) -> Place {
        self.view(i, location).to_place()
    }

    /// The place at index `i`, borrowed from the table (no copy of its text).
    pub fn view(&self, i: u32, location: Option<LatLon>) -> PlaceView<'_> {
        let r = &self.rows[i as usize];
        let count = |n: i32| (n != NO_COUNT).then_some(n);
        let mut at = r.codes as usize;
        let mut codes = |n: u8| {
            let ids = &self.codes[at..at + usize::from(n)];
            at += usize::from(n);
            CodeList { table: self, ids }
        };
        PlaceView {
            id: r.id,
            name: self.name(i),
            organisation_id: r.organisation_id,
            organisation: self.shared(r.organisation).unwrap_or_default(),
            kind: r.kind,
            address: self.field(r, ADDRESS),
            postcode: self.shared(r.postcode),
            commune_nis: self.shared(r.commune_nis).unwrap_or_default(),
            commune_name: self.shared(r.commune_name),
            location,
            opening_hours: self.shared(r.opening_hours),
            mobile: r.mobile,
            services: codes(r.counts[0]),
            publics: codes(r.counts[1]),
            languages: codes(r.counts[2]),
            accessibility: codes(r.counts[3]),
            price: self.shared(r.price),
            computers: count(r.computers),
            tablets: count(r.tablets),
            phone: self.field(r, PHONE),
            email: self.field(r, EMAIL),
            website: self.field(r, WEBSITE),
            description: self.field(r, DESCRIPTION),
            label: r.label,
            updated_on: self.shared(r.updated_on).unwrap_or_default(),
        }
    }
}

/// A place of the directory, borrowed from its table: the fields of
/// [`Place`], for pages and API answers that only read them.
#[derive(Debug, Clone, Copy)]
pub struct PlaceView<'a> {
    pub id: i64,
    pub name: &'a str,
    pub organisation_id: i64,
    pub organisation: &'a str,
    pub kind: PlaceKind,
    pub address: Option<&'a str>,
    pub postcode: Option<&'a str>,
    pub commune_nis: &'a str,
    pub commune_name: Option<&'a str>,
    pub location: Option<LatLon>,
    pub opening_hours: Option<&'a str>,
    pub mobile: bool,
    pub services: CodeList<'a>,
    pub publics: CodeList<'a>,
    pub languages: CodeList<'a>,
    pub accessibility: CodeList<'a>,
    pub price: Option<&'a str>,
    pub computers: Option<i32>,
    pub tablets: Option<i32>,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    pub website: Option<&'a str>,
    pub description: Option<&'a str>,
    pub label: LabelStatus,
    pub updated_on: &'a str,
}

impl<'a> PlaceView<'a> {
    /// The web address, when it may be published (see [`Place::web_address`]).
    pub fn web_address(&self) -> Option<&'a str> {
        crate::place::published_web_address(self.website)
    }

    /// The place as a value of its own.
    pub fn to_place(&self) -> Place {
        let owned = |s: Option<&str>| s.map(str::to_owned);
        Place {
            id: self.id,
            name: self.name.to_owned(),
            organisation_id: self.organisation_id,
            organisation: self.organisation.to_owned(),
            kind: self.kind,
            address: owned(self.address),
            postcode: owned(self.postcode),
            commune_nis: self.commune_nis.to_owned(),
            commune_name: owned(self.commune_name),
            location: self.location,
            opening_hours: owned(self.opening_hours),
            mobile: self.mobile,
            services: self.services.to_vec(),
            publics: self.publics.to_vec(),
            languages: self.languages.to_vec(),
            accessibility: self.accessibility.to_vec(),
            price: owned(self.price),
            computers: self.computers,
            tablets: self.tablets,
            phone: owned(self.phone),
            email: owned(self.email),
            website: owned(self.website),
            description: owned(self.description),
            label: self.label,
            updated_on: self.updated_on.to_owned(),
        }
    }
}

/// Vocabulary codes of a place (services, publics…), borrowed from the table;
/// serialised as a list of strings.
#[derive(Clone, Copy)]
pub struct CodeList<'a> {
    table: &'a PlaceTable,
    ids: &'a [u32],
}

impl<'a> CodeList<'a> {
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &'a str> + use<'a> {
        let table = self.table;
        self.ids.iter().map(move |&c| &*table.shared[c as usize])
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_owned).collect()
    }
}

impl std::fmt::Debug for CodeList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl serde::Serialize for CodeList<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(id: i64, name: &str, org: &str) -> Place {
        Place {
            id,
            name: name.into(),
            organisation_id: id * 10,
            organisation: org.into(),
            kind: PlaceKind::default(),
            address: Some(format!("Rue {id}")),
            postcode: Some("1000".into()),
            commune_nis: "21004".into(),
            commune_name: None,
            location: Some(LatLon {
                lat: 50.8,
                lon: 4.35,
            }),
            opening_hours: Some("Mo-Fr 09:00-17:00".into()),
            mobile: id % 2 == 0,
            services: vec!["training".into(), "unknown-code".into()],
            publics: vec![],
            languages: vec!["fr".into(), "nl".into()],
            accessibility: vec!["wheelchair".into()],
            price: Some("free".into()),
            computers: Some(4),
            tablets: None,
            phone: None,
            email: Some("a@b.be".into()),
            website: Some(String::new()),
            description: Some("Ééé ✓".into()),
            label: LabelStatus::Labelled,
            updated_on: "2026-01-02".into(),
        }
    }

    #[test]
    fn a_place_comes_back_as_it_went_in() {
        let mut t = PlaceTable::default();
        let a = place(1, "EPN Ixelles", "CPAS");
        let b = place(2, "Ludothèque", "CPAS");
        let c = Place {
            address: None,
            postcode: None,
            opening_hours: None,
            price: None,
            location: None,
            description: None,
            services: vec!["x".into(); 3],
            ..place(3, "", "Autre")
        };
        for p in [&a, &b, &c] {
            t.push(p);
        }
        t.seal();
        assert_eq!(t.get(0, a.location), a);
        assert_eq!(t.get(1, b.location), b);
        assert_eq!(t.get(2, None), c);
        assert_eq!(t.name(1), "Ludothèque");
        assert_eq!(t.opening_hours(2), None);
        assert_eq!(std::mem::size_of::<Row>(), 96);
        // Shared values are stored once.
        assert_eq!(t.shared.iter().filter(|s| &***s == "CPAS").count(), 1);
    }
}
