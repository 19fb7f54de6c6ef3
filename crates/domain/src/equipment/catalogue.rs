//! A campaign's equipment catalogue (`data/regions/<region>/equipment-<year>.toml`):
//! items with their unit price incl. VAT in cents, the variants of an item
//! (another operating system, at its full price) and its supplements (a
//! longer warranty, 4G, a cover…), and the cap per EPN.

use serde::Deserialize;

/// The categories of the catalogue (their names are in the interface's
/// translation files, `equipment-category-<code>`).
pub const CATEGORIES: [&str; 13] = [
    "laptop",
    "tablet",
    "board-projector",
    "printer-scanner",
    "keyboard-mouse",
    "headset",
    "bag",
    "camera",
    "network",
    "tools",
    "storage",
    "small-equipment",
    "accessibility",
];

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Campaign {
    pub year: i32,
    /// What one EPN may order in all, incl. VAT.
    pub cap_cents: i64,
    pub delivery_note: String,
    pub seed: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Item,
    /// The item it follows at another full price (it replaces it).
    Variant,
    /// An add-on to the item it follows.
    Supplement,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Item {
    pub code: String,
    pub category: String,
    pub description: String,
    pub unit_cents: i64,
    pub kind: Kind,
    /// For a variant or a supplement: the item's code.
    #[serde(default)]
    pub of: Option<String>,
    pub seed: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Catalogue {
    pub campaign: Campaign,
    #[serde(rename = "item")]
    pub items: Vec<Item>,
}

impl Catalogue {
    /// Reads and checks a catalogue: codes unique, prices positive,
    /// categories known, a variant or supplement tied to an earlier item of
    /// its kind "item", an item tied to nothing. Every problem names the code.
    pub fn parse(src: &str) -> Result<Catalogue, Vec<String>> {
        let c: Catalogue = toml::from_str(src).map_err(|e| vec![e.to_string()])?;
        let mut problems = Vec::new();
        let mut seen: Vec<&Item> = Vec::new();
        if c.campaign.cap_cents <= 0 {
            problems.push("the campaign's cap must be more than 0".to_owned());
        }
        for it in &c.items {
            if seen.iter().any(|s| s.code == it.code) {
                problems.push(format!("{}: code used twice", it.code));
            }
            if it.unit_cents <= 0 {
                problems.push(format!("{}: the price must be more than 0", it.code));
            }
            if !CATEGORIES.contains(&it.category.as_str()) {
                problems.push(format!("{}: unknown category {:?}", it.code, it.category));
            }
            match (it.kind, &it.of) {
                (Kind::Item, None) => {}
                (Kind::Item, Some(_)) => {
                    problems.push(format!("{}: an item is tied to no other", it.code))
                }
                (_, None) => problems.push(format!("{}: which item is it for?", it.code)),
                (_, Some(of)) => {
                    if !seen.iter().any(|s| &s.code == of && s.kind == Kind::Item) {
                        problems.push(format!("{}: no earlier item {of}", it.code));
                    }
                }
            }
            seen.push(it);
        }
        if problems.is_empty() {
            Ok(c)
        } else {
            Err(problems)
        }
    }

    pub fn item(&self, code: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.code == code)
    }
}

/// The region's equipment campaigns, by key, with their catalogues (the
/// files under `data/regions/<region>/`).
pub fn shipped(region: &str) -> Vec<(&'static str, Catalogue)> {
    match region {
        "brussels" => Catalogue::parse(include_str!(
            "../../../../data/regions/brussels/equipment-2021.toml"
        ))
        .ok()
        .map(|c| vec![("epn-2021", c)])
        .unwrap_or_default(),
        _ => vec![],
    }
}
