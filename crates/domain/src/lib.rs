//! Passerelle's domain: the types, parsing and rules of a digital-inclusion plan.
//! Nothing here does I/O; the store and web crates call into it. A rule that
//! forms, imports, the API and exports share lives here once, as a type with a
//! `parse`. The crates and their layers: docs/ARCHITECTURE.md.

pub mod account;
pub mod activity;
pub mod annual_report;
pub mod brochure;
pub mod budget;
pub mod budget_export;
pub mod budget_import;
pub mod cadastre;
pub mod cadastre_figures;
pub mod capacity;
pub mod capacity_figures;
pub mod company_number;
pub mod contact;
pub mod deliverable;
pub mod diagnostic;
pub mod directory;
pub mod equipment;
pub mod export;
pub mod figure_shapes;
pub mod geo;
pub mod giving360;
pub mod grants;
pub mod hours;
pub mod hours_grid;
pub mod import;
pub mod indicators;
pub mod label;
pub mod lang;
pub mod money;
pub mod person;
pub mod place;
pub mod plan;
pub mod plan_version;
pub mod postcode;
pub mod quality;
pub mod redirect;
pub mod referral;
pub mod region;
pub mod sessions;
pub mod statistics;
pub mod survey;
pub mod text;
pub mod vocab;

pub use contact::{Email, PhoneNumber, WebAddress};
pub use geo::LatLon;
pub use hours::Hours;
pub use lang::Lang;
pub use person::FirstName;
pub use place::{LabelStatus, Place, PlaceColumns, PlaceKind};
pub use postcode::Postcode;
pub use region::Region;
pub use vocab::Vocabularies;
