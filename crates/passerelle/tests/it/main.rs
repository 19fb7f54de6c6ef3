//! The passerelle binary's integration tests, in one binary (one link instead
//! of one per file): one module per command; helpers.rs runs the binary.

mod helpers;

mod admin;
mod budget;
mod cli;
mod export;
mod import;
mod remind;
mod retention;
mod survey;
mod survey_xlsform;
