//! An item the region bought for an EPN stays the region's property for four
//! years after its delivery, then is given to the EPN.
//!
//! The transfer date is the delivery date plus four years **on the same
//! day of the same month**; an item delivered on 29 February (a day that
//! four years later exists only if that year is a leap year, which the
//! Gregorian calendar skips in 2100, 2200, 2300) is transferred on
//! **28 February** — the last day of the same month, so that the four years
//! are never exceeded and the transfer stays in the month the agreement
//! names.

use chrono::{Datelike, NaiveDate};

/// How long the region keeps the property of delivered equipment.
pub const OWNERSHIP_YEARS: i32 = 4;

/// The day an item delivered on `delivered` becomes the EPN's.
pub fn transfer_date(delivered: NaiveDate) -> NaiveDate {
    let year = delivered.year() + OWNERSHIP_YEARS;
    NaiveDate::from_ymd_opt(year, delivered.month(), delivered.day()).unwrap_or_else(|| {
        // Only 29 February can be missing: the last day of February.
        NaiveDate::from_ymd_opt(year, 2, 28).expect("28 February exists every year")
    })
}

/// What can happen to an asset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AssetState {
    /// Delivered, the region's, held by the EPN.
    InUse,
    Lost,
    Broken,
    /// Given to the EPN (after the four years).
    Transferred,
}

/// An event on an asset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssetEvent {
    /// Moved to another place of the same EPN (or another labelled EPN).
    Moved {
        place_id: i64,
    },
    Lost,
    Broken,
    Repaired,
    Transferred,
}

/// Why an event cannot happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssetRefusal {
    /// A transferred item is the EPN's: the register records nothing more.
    AlreadyTransferred,
    /// A lost item can only be found… by a new delivery; nothing else.
    Lost,
    /// Only a broken item is repaired.
    NotBroken,
    /// Before the transfer date.
    TooEarly { transfer_on: NaiveDate },
    /// Dated before the delivery or after today.
    DateOutside,
    /// "Moved" to the place it already is at.
    SamePlace,
}

/// An event is dated between the delivery and today (both included).
pub fn check_event_date(
    delivered: NaiveDate,
    on: NaiveDate,
    today: NaiveDate,
) -> Result<(), AssetRefusal> {
    if on < delivered || on > today {
        Err(AssetRefusal::DateOutside)
    } else {
        Ok(())
    }
}

/// The state after `event` on `on`, or why not.
pub fn apply(
    state: AssetState,
    delivered: NaiveDate,
    event: &AssetEvent,
    on: NaiveDate,
) -> Result<AssetState, AssetRefusal> {
    use AssetState as S;
    match (state, event) {
        (S::Transferred, _) => Err(AssetRefusal::AlreadyTransferred),
        (S::Lost, _) => Err(AssetRefusal::Lost),
        (_, AssetEvent::Transferred) => {
            let transfer_on = transfer_date(delivered);
            if on < transfer_on {
                Err(AssetRefusal::TooEarly { transfer_on })
            } else {
                Ok(S::Transferred)
            }
        }
        (S::Broken, AssetEvent::Repaired) => Ok(S::InUse),
        (_, AssetEvent::Repaired) => Err(AssetRefusal::NotBroken),
        (s, AssetEvent::Moved { .. }) => Ok(s),
        (_, AssetEvent::Lost) => Ok(S::Lost),
        (_, AssetEvent::Broken) => Ok(S::Broken),
    }
}

/// The items whose transfer is due within `days` of `today` (or overdue),
/// not transferred yet: (index in `items`, transfer date), soonest first.
pub fn transfers_due(
    items: &[(NaiveDate, AssetState)],
    today: NaiveDate,
    days: i64,
) -> Vec<(usize, NaiveDate)> {
    let mut out: Vec<(usize, NaiveDate)> = items
        .iter()
        .enumerate()
        .filter(|(_, (_, s))| matches!(s, AssetState::InUse | AssetState::Broken))
        .map(|(i, (d, _))| (i, transfer_date(*d)))
        .filter(|(_, t)| (*t - today).num_days() <= days)
        .collect();
    out.sort_by_key(|(i, t)| (*t, *i));
    out
}
