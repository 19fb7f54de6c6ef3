//! The domain crate's integration tests, in one binary (one link instead of
//! one per file): one module per area, shared test data in helpers.rs.

mod helpers;

mod diagnostic;
mod directory;
mod directory_scale;
mod equipment;
mod giving360;
mod grants;
mod import;
mod label;
mod label_quality;
mod quality;
mod referral;
mod search_table;
mod sessions;
