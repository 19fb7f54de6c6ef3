//! The public directory: an in-memory index of every place, built from the
//! database, answering searches by postcode, commune, name or position.
//! Searches never touch the database, so they take microseconds.

mod bits;
mod ids;
mod index;
mod query;
mod table;
mod tokens;
mod understand;
pub mod words;

pub use index::{Directory, DirectoryBuilder, HoursInfo};
pub use query::{Hit, Origin, Query, QueryError, SearchResult, Unknowns};
pub use table::{CodeList, PlaceSummary, PlaceView};
