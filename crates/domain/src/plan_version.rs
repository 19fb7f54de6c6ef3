//! Versions of the plan approved by the steering committee (issue 13).
//!
//! A version is a [`Snapshot`]: the plan file (axes, measures, actions,
//! owners, partners, publics, sources) and its deliverables at the moment
//! the coordination submits it, kept as canonical JSON. [`diff`] says what
//! changed between two snapshots, item by item and field by field — what
//! the committee reads before approving, and what a page shows "since the
//! last approved version".

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::deliverable::NewDeliverable;
use crate::plan::Plan;

/// One deliverable in a snapshot: its id in the store and its fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotDeliverable {
    pub id: i64,
    #[serde(flatten)]
    pub deliverable: NewDeliverable,
}

/// The plan and its deliverables at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub plan: Plan,
    /// Sorted by id.
    pub deliverables: Vec<SnapshotDeliverable>,
}

impl Snapshot {
    pub fn new(
        plan: &Plan,
        deliverables: impl IntoIterator<Item = (i64, NewDeliverable)>,
    ) -> Snapshot {
        let mut deliverables: Vec<SnapshotDeliverable> = deliverables
            .into_iter()
            .map(|(id, deliverable)| SnapshotDeliverable { id, deliverable })
            .collect();
        deliverables.sort_by_key(|d| d.id);
        Snapshot {
            plan: plan.clone(),
            deliverables,
        }
    }

    /// The canonical JSON: the same snapshot always gives the same text
    /// (struct fields in declaration order, maps sorted by key).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a snapshot serialises")
    }

    pub fn from_json(s: &str) -> Result<Snapshot, serde_json::Error> {
        serde_json::from_str(s)
    }
}

/// A part of the plan a change is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", content = "key", rename_all = "snake_case")]
pub enum Item {
    Plan,
    Organisation(String),
    Public(String),
    Source(String),
    Axis(String),
    Measure(u32),
    /// `"<measure>.<code>"`.
    Action(String),
    Deliverable(i64),
}

/// Whether an item appeared, disappeared or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// One field's values before and after (absent when the field had none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// The field: `name.fr`, `owners`, `status`, `due`…
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// What changed in one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub item: Item,
    pub kind: ChangeKind,
    /// For a changed item, its changed fields; for an added or removed
    /// one, all its fields.
    pub fields: Vec<FieldChange>,
}

type Fields = BTreeMap<String, String>;

fn names(out: &mut Fields, field: &str, names: &crate::region::Names) {
    for (lang, text) in names {
        out.insert(format!("{field}.{lang}"), text.clone());
    }
}

fn list(out: &mut Fields, field: &str, items: &[String]) {
    if !items.is_empty() {
        out.insert(field.to_string(), items.join(", "));
    }
}

/// Every item of a snapshot with its fields as text.
fn flatten(s: &Snapshot) -> BTreeMap<Item, Fields> {
    let mut items = BTreeMap::new();
    let p = &s.plan;
    let mut f = Fields::new();
    names(&mut f, "name", &p.name);
    f.insert("years".into(), format!("{}–{}", p.first_year, p.last_year));
    f.insert("actuals_public".into(), p.actuals_public.to_string());
    items.insert(Item::Plan, f);
    for o in &p.organisations {
        let mut f = Fields::new();
        names(&mut f, "name", &o.name);
        items.insert(Item::Organisation(o.code.clone()), f);
    }
    for o in &p.publics {
        let mut f = Fields::new();
        names(&mut f, "name", &o.name);
        items.insert(Item::Public(o.code.clone()), f);
    }
    for o in &p.sources {
        let mut f = Fields::new();
        names(&mut f, "name", &o.name);
        f.insert("in_plan".into(), o.in_plan.to_string());
        items.insert(Item::Source(o.code.clone()), f);
    }
    for a in &p.axes {
        let mut f = Fields::new();
        f.insert("number".into(), a.number.to_string());
        names(&mut f, "name", &a.name);
        names(&mut f, "summary", &a.summary);
        items.insert(Item::Axis(a.code.clone()), f);
    }
    for m in &p.measures {
        let mut f = Fields::new();
        f.insert("axis".into(), m.axis.clone());
        names(&mut f, "name", &m.name);
        list(&mut f, "owners", &m.owners);
        list(&mut f, "partners", &m.partners);
        list(&mut f, "publics", &m.publics);
        list(&mut f, "areas", &m.areas);
        items.insert(Item::Measure(m.number), f);
        for a in &m.actions {
            let mut f = Fields::new();
            names(&mut f, "name", &a.name);
            items.insert(Item::Action(m.action_key(a)), f);
        }
    }
    for d in &s.deliverables {
        let x = &d.deliverable;
        let mut f = Fields::new();
        f.insert("measure".into(), x.measure.to_string());
        f.insert("what".into(), x.what.clone());
        f.insert("lang".into(), x.lang.clone());
        if let Some(o) = &x.owner {
            f.insert("owner".into(), o.clone());
        }
        f.insert("due".into(), x.due.code());
        f.insert("status".into(), x.status.code().into());
        if let Some(e) = &x.evidence {
            f.insert("evidence".into(), e.as_str().into());
        }
        if let Some(n) = &x.note {
            f.insert("note".into(), n.clone());
        }
        items.insert(Item::Deliverable(d.id), f);
    }
    items
}

fn all_fields(f: &Fields, added: bool) -> Vec<FieldChange> {
    f.iter()
        .map(|(k, v)| FieldChange {
            field: k.clone(),
            before: (!added).then(|| v.clone()),
            after: added.then(|| v.clone()),
        })
        .collect()
}

/// What changed from `before` to `after`, in the order of [`Item`]
/// (the plan, organisations, publics, sources, axes, measures, actions,
/// deliverables), each item's fields in alphabetical order. Empty when the
/// two snapshots say the same.
pub fn diff(before: &Snapshot, after: &Snapshot) -> Vec<Change> {
    let a = flatten(before);
    let b = flatten(after);
    let mut keys: Vec<&Item> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    let mut out = Vec::new();
    for item in keys {
        match (a.get(item), b.get(item)) {
            (None, Some(f)) => out.push(Change {
                item: item.clone(),
                kind: ChangeKind::Added,
                fields: all_fields(f, true),
            }),
            (Some(f), None) => out.push(Change {
                item: item.clone(),
                kind: ChangeKind::Removed,
                fields: all_fields(f, false),
            }),
            (Some(fa), Some(fb)) => {
                let mut names: Vec<&String> = fa.keys().chain(fb.keys()).collect();
                names.sort();
                names.dedup();
                let fields: Vec<FieldChange> = names
                    .into_iter()
                    .filter(|n| fa.get(*n) != fb.get(*n))
                    .map(|n| FieldChange {
                        field: n.clone(),
                        before: fa.get(n).cloned(),
                        after: fb.get(n).cloned(),
                    })
                    .collect();
                if !fields.is_empty() {
                    out.push(Change {
                        item: item.clone(),
                        kind: ChangeKind::Changed,
                        fields,
                    });
                }
            }
            (None, None) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deliverable::{Quarter, RawDeliverable, Status};

    fn plan() -> Plan {
        crate::plan::shipped("brussels").unwrap().clone()
    }

    fn deliverable(measure: u32, status: &str) -> NewDeliverable {
        RawDeliverable {
            measure: measure.to_string(),
            what: format!("Livrable de la mesure {measure}"),
            lang: "fr".into(),
            owner: "cin".into(),
            due: "2022-Q2".into(),
            status: status.into(),
            evidence: "https://example.org/rapport".into(),
            note: String::new(),
        }
        .check(&plan(), &["fr"])
        .unwrap()
    }

    #[test]
    fn the_same_snapshot_gives_the_same_text_and_no_change() {
        let s1 = Snapshot::new(
            &plan(),
            [(2, deliverable(3, "done")), (1, deliverable(6, "planned"))],
        );
        let s2 = Snapshot::new(
            &plan(),
            [(1, deliverable(6, "planned")), (2, deliverable(3, "done"))],
        );
        assert_eq!(s1.to_json(), s2.to_json());
        assert_eq!(Snapshot::from_json(&s1.to_json()).unwrap(), s1);
        assert!(diff(&s1, &s2).is_empty());
    }

    #[test]
    fn changes_are_listed_item_by_item_and_field_by_field() {
        let before = Snapshot::new(
            &plan(),
            [
                (1, deliverable(3, "planned")),
                (2, deliverable(6, "planned")),
            ],
        );
        let mut p = plan();
        p.measures[2]
            .name
            .insert("fr".into(), "Label des EPN".into());
        p.measures[2].partners.push("frb".into());
        p.measures[0].actions.remove(0);
        let mut d1 = deliverable(3, "done");
        d1.due = Quarter::new(2022, 3).unwrap();
        let after = Snapshot::new(&p, [(1, d1), (3, deliverable(9, "in_progress"))]);
        let changes = diff(&before, &after);
        let summary: Vec<(Item, ChangeKind, Vec<&str>)> = changes
            .iter()
            .map(|c| {
                (
                    c.item.clone(),
                    c.kind,
                    c.fields.iter().map(|f| f.field.as_str()).collect(),
                )
            })
            .collect();
        let removed_action = format!("1.{}", plan().measures[0].actions[0].code);
        assert_eq!(
            summary,
            vec![
                (
                    Item::Measure(3),
                    ChangeKind::Changed,
                    vec!["name.fr", "partners"]
                ),
                (
                    Item::Action(removed_action),
                    ChangeKind::Removed,
                    vec!["name.ar", "name.en", "name.fr", "name.nl"]
                ),
                (
                    Item::Deliverable(1),
                    ChangeKind::Changed,
                    vec!["due", "status"]
                ),
                (
                    Item::Deliverable(2),
                    ChangeKind::Removed,
                    vec![
                        "due", "evidence", "lang", "measure", "owner", "status", "what"
                    ]
                ),
                (
                    Item::Deliverable(3),
                    ChangeKind::Added,
                    vec![
                        "due", "evidence", "lang", "measure", "owner", "status", "what"
                    ]
                ),
            ]
        );
        let status = &changes[2].fields[1];
        assert_eq!(status.before.as_deref(), Some(Status::Planned.code()));
        assert_eq!(status.after.as_deref(), Some(Status::Done.code()));
        let partners = &changes[0].fields[1];
        assert_eq!(partners.after.as_deref(), Some("epn, caban, frb"));
        assert!(
            changes[3]
                .fields
                .iter()
                .all(|f| f.after.is_none() && f.before.is_some())
        );
    }
}
