//! The store's integration tests, in one binary (one link instead of one per
//! file): one module per area, on SQLite, and on PostgreSQL when
//! TEST_DATABASE_URL is set; the shared harness is in helpers.rs.

mod helpers;

mod activity;
mod activity_batch;
mod activity_tallies;
mod annual_report;
mod budget;
mod cadastre;
mod capacity;
mod database;
mod editing;
mod equipment;
mod erasure;
mod grants;
mod grants_awards;
mod grants_jury;
mod import;
mod indicators;
mod label;
mod moderation;
mod no_clock;
mod plan;
mod referrals;
mod reported;
mod sessions;
mod survey;
mod survey_tallies;
