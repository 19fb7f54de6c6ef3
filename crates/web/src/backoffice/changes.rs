//! Showing changes to people: field labels, values in words (vocabulary codes
//! as their labels, organisations and communes by name), before/after tables
//! of the changed fields only, and times in the region's time zone.

use std::collections::HashMap;

use domain::Lang;
use domain::vocab::VocabKind;
use maud::{Markup, html};
use serde_json::Value;

use crate::AppState;
use crate::i18n::t;
use crate::ui::PageError;
use crate::ui::format::label;

/// Names needed to show values: organisations by id, the region's communes.
pub struct Names {
    pub organisations: HashMap<i64, String>,
    pub region: std::sync::Arc<domain::Region>,
}

impl Names {
    pub async fn load(state: &AppState) -> Names {
        let organisations = state
            .db
            .list_organisations()
            .await
            .map(|v| v.into_iter().map(|o| (o.id, o.name)).collect())
            .unwrap_or_default();
        Names {
            organisations,
            region: state.region.clone(),
        }
    }
}

/// The region's communes as (NIS code, name in `lang`), by name.
pub fn communes_sorted(state: &AppState, lang: Lang) -> Vec<(String, String)> {
    let mut communes: Vec<(String, String)> = state
        .region
        .communes
        .iter()
        .map(|c| {
            (
                c.nis.clone(),
                state.region.display(&c.name, lang).to_owned(),
            )
        })
        .collect();
    communes.sort_by_cached_key(|c| domain::text::fold(&c.1));
    communes
}

/// The 403 for a person who may use the route but not on this record (an
/// EPN manager and another organisation's place).
pub fn forbidden(lang: Lang) -> PageError {
    PageError::forbidden_because(
        t(lang, "forbidden-title"),
        html! {
            p { (t(lang, "edit-forbidden-scope")) }
            p { a href=(format!("/{}/bo/places", lang.code())) { (t(lang, "bo-places")) } }
        },
    )
}

/// The label of a place field, in words.
pub fn field_label(lang: Lang, key: &str) -> String {
    match key {
        "organisation_id" => t(lang, "edit-field-organisation"),
        "kind" => t(lang, "edit-field-kind"),
        "name" => t(lang, "edit-field-name"),
        "address" => t(lang, "edit-field-address"),
        "postcode" => t(lang, "edit-field-postcode"),
        "commune_nis" => t(lang, "edit-field-commune"),
        "commune_name" => t(lang, "edit-field-commune-name"),
        "lat" => t(lang, "edit-field-lat"),
        "lon" => t(lang, "edit-field-lon"),
        "opening_hours" => t(lang, "edit-field-hours"),
        "mobile" => t(lang, "edit-field-mobile"),
        "services" => t(lang, "edit-field-services"),
        "publics" => t(lang, "edit-field-publics"),
        "languages" => t(lang, "edit-field-languages"),
        "accessibility" => t(lang, "edit-field-accessibility"),
        "price" => t(lang, "edit-field-price"),
        "computers" => t(lang, "edit-field-computers"),
        "tablets" => t(lang, "edit-field-tablets"),
        "phone" => t(lang, "edit-field-phone"),
        "email" => t(lang, "edit-field-email"),
        "website" => t(lang, "edit-field-website"),
        "description" => t(lang, "edit-field-description"),
        "label_status" => t(lang, "edit-field-label"),
        other => other.to_owned(),
    }
}

/// A label status in words.
pub fn label_status(lang: Lang, code: &str) -> String {
    match code {
        "labelled" => t(lang, "edit-label-labelled"),
        "withdrawn" => t(lang, "edit-label-withdrawn"),
        "refused" => t(lang, "edit-label-refused"),
        "none" => t(lang, "edit-label-none"),
        other => other.to_owned(),
    }
}

/// A kind of place in words.
pub fn kind(lang: Lang, code: &str) -> String {
    match code {
        "epn" => t(lang, "kind-epn"),
        "project" => t(lang, "kind-project"),
        "other" => t(lang, "kind-other"),
        other => other.to_owned(),
    }
}

/// What an audit action means, in words: `audit-action-…` for every action
/// of `store::audit::ACTIONS` (the code itself for one unknown there).
pub fn action_label(lang: Lang, action: &str) -> String {
    if store::audit::ACTIONS.contains(&action) {
        t(lang, &action_key(action))
    } else {
        action.to_owned()
    }
}

/// The message key of an audit action: `person.erase` → `audit-action-person-erase`.
pub fn action_key(action: &str) -> String {
    format!("audit-action-{}", action.replace(['.', '_'], "-"))
}

fn vocab_kind(key: &str) -> Option<VocabKind> {
    match key {
        "services" => Some(VocabKind::Service),
        "publics" => Some(VocabKind::Public),
        "languages" => Some(VocabKind::Language),
        "accessibility" => Some(VocabKind::Accessibility),
        "price" => Some(VocabKind::Price),
        _ => None,
    }
}

/// A value of field `key` in words; None when empty.
pub fn value_text(lang: Lang, names: &Names, key: &str, v: &Value) -> Option<String> {
    let text = match (key, v) {
        (_, Value::Null) => return None,
        (_, Value::String(s)) if s.trim().is_empty() => return None,
        (_, Value::Array(a)) if a.is_empty() => return None,
        ("organisation_id", Value::Number(n)) => {
            let id = n.as_i64().unwrap_or_default();
            names
                .organisations
                .get(&id)
                .cloned()
                .unwrap_or_else(|| format!("#{id}"))
        }
        ("commune_nis", Value::String(s)) => names
            .region
            .commune(s)
            .map(|c| names.region.display(&c.name, lang).to_owned())
            .unwrap_or_else(|| s.clone()),
        ("kind", Value::String(s)) => kind(lang, s),
        ("label_status", Value::String(s)) => label_status(lang, s),
        (_, Value::Bool(b)) => t(lang, if *b { "yes" } else { "no" }),
        (k, Value::String(s)) if vocab_kind(k).is_some() => {
            label(lang, vocab_kind(k).unwrap_or(VocabKind::Price), s).into_owned()
        }
        (k, Value::Array(items)) => items
            .iter()
            .map(|i| match (vocab_kind(k), i.as_str()) {
                (Some(kind), Some(code)) => label(lang, kind, code).into_owned(),
                (_, Some(s)) => s.to_owned(),
                _ => i.to_string(),
            })
            .collect::<Vec<_>>()
            .join(", "),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    };
    Some(text)
}

/// One changed field.
pub struct Change {
    pub field: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

fn as_object(v: Option<&Value>) -> Option<&serde_json::Map<String, Value>> {
    match v {
        // A merge records the kept record under "kept".
        Some(Value::Object(m)) if m.get("kept").is_some_and(Value::is_object) => {
            m.get("kept").and_then(Value::as_object)
        }
        Some(Value::Object(m)) => Some(m),
        _ => None,
    }
}

fn empty(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        _ => false,
    }
}

/// The fields whose value differs between two records (JSON objects), in the
/// order of the record (the after one first).
pub fn changes(before: Option<&Value>, after: Option<&Value>) -> Vec<Change> {
    let b = as_object(before);
    let a = as_object(after);
    let mut keys: Vec<&String> = Vec::new();
    for m in [a, b].into_iter().flatten() {
        for k in m.keys() {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    keys.into_iter()
        .filter_map(|k| {
            let bv = b.and_then(|m| m.get(k));
            let av = a.and_then(|m| m.get(k));
            let same = bv == av || (empty(bv) && empty(av));
            (!same).then(|| Change {
                field: k.clone(),
                before: bv.cloned(),
                after: av.cloned(),
            })
        })
        .collect()
}

/// A table of changed fields: field, before, after.
pub fn changes_table(lang: Lang, names: &Names, caption: &str, changes: &[Change]) -> Markup {
    let shown = |key: &str, v: &Option<Value>| -> Markup {
        match v.as_ref().and_then(|v| value_text(lang, names, key, v)) {
            Some(s) => html! { (s) },
            None => html! { span.empty { (t(lang, "diff-empty")) } },
        }
    };
    html! {
        @if changes.is_empty() {
            p { (t(lang, "diff-none")) }
        } @else {
            div.table-scroll tabindex="0" role="region" aria-label=(caption) {
                table.bo.diff {
                    caption { (caption) }
                    thead { tr {
                        th scope="col" { (t(lang, "diff-field")) }
                        th scope="col" { (t(lang, "diff-before")) }
                        th scope="col" { (t(lang, "diff-after")) }
                    } }
                    tbody {
                        @for c in changes {
                            tr {
                                th scope="row" { (field_label(lang, &c.field)) }
                                td.before { (shown(&c.field, &c.before)) }
                                td.after { (shown(&c.field, &c.after)) }
                            }
                        }
                    }
                }
            }
        }
    }
}
