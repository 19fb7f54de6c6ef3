//! The back office's filters of the figures: a period in whole months, a
//! commune, a group of communes (the region's brochure groups), a place — read from the query as typed, checked, and turned into
//! a [`Scope`]. An EPN manager's scope is always their organisations' places,
//! whatever the query says.

use chrono::{Datelike, NaiveDate};
use domain::account::Role;
use domain::directory::Directory;
use store::accounts::User;

use super::{Places, Scope, month_end, parse_month};

/// The filters as typed (`from`, `to` as `YYYY-MM`; `commune` a NIS code;
/// `group` the code of one of the region's groups of communes; `place` an
/// id; empty for "any").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterInput {
    pub from: String,
    pub to: String,
    pub commune: String,
    pub group: String,
    pub place: String,
}

impl FilterInput {
    /// The filters of a query string; a missing period is the twelve months
    /// up to the current one.
    pub fn from_query(raw: &str, today: NaiveDate) -> FilterInput {
        let get = |key: &str| {
            form_urlencoded::parse(raw.as_bytes())
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.into_owned())
        };
        let start = today
            .with_day(1)
            .and_then(|d| d.checked_sub_months(chrono::Months::new(11)))
            .unwrap_or(today);
        FilterInput {
            from: get("from").unwrap_or_else(|| start.format("%Y-%m").to_string()),
            to: get("to").unwrap_or_else(|| today.format("%Y-%m").to_string()),
            commune: get("commune").unwrap_or_default().trim().to_owned(),
            group: get("group").unwrap_or_default().trim().to_owned(),
            place: get("place").unwrap_or_default().trim().to_owned(),
        }
    }

    /// The query that gives these filters back (for download links).
    pub fn query(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        s.append_pair("from", &self.from)
            .append_pair("to", &self.to);
        if !self.commune.is_empty() {
            s.append_pair("commune", &self.commune);
        }
        if !self.group.is_empty() {
            s.append_pair("group", &self.group);
        }
        if !self.place.is_empty() {
            s.append_pair("place", &self.place);
        }
        s.finish()
    }
}

/// What is wrong with a filter: the field and the problem (`month`,
/// `order`, `commune`, `place`: the end of the message's key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterProblem {
    pub field: &'static str,
    pub problem: &'static str,
}

/// The ids of the places `user` may see the figures of, by name: every
/// place for the coordination, their organisations' places for a manager.
pub fn visible_places(user: &User, dir: &Directory) -> Vec<(i64, String)> {
    let mut places: Vec<(i64, String)> = dir
        .summaries()
        .filter(|p| {
            user.role.is_coordination()
                || (user.role == Role::EpnManager
                    && user.organisations.contains(&p.organisation_id))
        })
        .map(|p| (p.id, p.name.to_owned()))
        .collect();
    places.sort_by_key(|a| a.1.to_lowercase());
    places
}

/// The scope of `input` for `user` (never public: the back office shows its
/// readers' own or the region's data unsuppressed), or what is wrong with it.
///
/// The coordination reads every place, one commune's, one group of
/// communes' or one place's (the narrowest given wins: a place, then a
/// commune, then a group). A
/// manager reads their own places only: the commune filter is not theirs
/// and is ignored, and a place that is not theirs is refused as not in the
/// list, like an unknown one.
pub fn back_office_scope(
    user: &User,
    dir: &Directory,
    input: &FilterInput,
) -> Result<Scope, Vec<FilterProblem>> {
    let mut problems = Vec::new();
    let from = parse_month(&input.from);
    let to = parse_month(&input.to);
    if from.is_none() {
        problems.push(FilterProblem {
            field: "from",
            problem: "month",
        });
    }
    if to.is_none() {
        problems.push(FilterProblem {
            field: "to",
            problem: "month",
        });
    }
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        problems.push(FilterProblem {
            field: "to",
            problem: "order",
        });
    }
    let coordination = user.role.is_coordination();
    if coordination && !input.commune.is_empty() && dir.region.commune(&input.commune).is_none() {
        problems.push(FilterProblem {
            field: "commune",
            problem: "commune",
        });
    }
    let group = if coordination && !input.group.is_empty() {
        let g = dir.region.brochure_group(&input.group);
        if g.is_none() {
            problems.push(FilterProblem {
                field: "group",
                problem: "group",
            });
        }
        g
    } else {
        None
    };
    let visible = visible_places(user, dir);
    let place = if input.place.is_empty() {
        None
    } else {
        match input
            .place
            .parse::<i64>()
            .ok()
            .filter(|id| visible.iter().any(|(v, _)| v == id))
        {
            Some(id) => Some(id),
            None => {
                problems.push(FilterProblem {
                    field: "place",
                    problem: "place",
                });
                None
            }
        }
    };
    let (Some(from), Some(to)) = (from, to) else {
        return Err(problems);
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let places = match (place, coordination) {
        (Some(id), _) => Places::Some(vec![id]),
        (None, true) if !input.commune.is_empty() => Places::Commune(input.commune.clone()),
        (None, true) => match group {
            Some(g) => Places::Some(
                dir.summaries()
                    .filter(|p| g.communes.iter().any(|c| c == p.commune_nis))
                    .map(|p| p.id)
                    .collect(),
            ),
            None => Places::All,
        },
        (None, false) => match user.organisations.as_slice() {
            [one] => Places::Organisation(*one),
            _ => Places::Some(visible.iter().map(|(id, _)| *id).collect()),
        },
    };
    Ok(Scope {
        from,
        to: month_end(to),
        places,
        public: false,
    })
}
