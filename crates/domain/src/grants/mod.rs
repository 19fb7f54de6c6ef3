//! Calls for projects and the grants they give (issue 14): a call and its
//! eligibility rules (`call`), an application's life with the corrections
//! loop (`application`), the funded projects as data with the check of
//! their declared totals (`awards`), the jury's scores and ranking (`jury`),
//! and the selection under an envelope with agreements paid in tranches
//! (`selection`). Pure rules: the store and the pages build on them. Money
//! is integer cents throughout.

pub mod application;
pub mod awards;
pub mod call;
pub mod call_form;
pub mod jury;
pub mod selection;
