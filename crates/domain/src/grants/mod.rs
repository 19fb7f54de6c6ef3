//! Calls for projects and the grants they give (issue 14): the funded
//! projects as data with the check of their declared totals (`awards`),
//! the jury's scores and ranking (`jury`), and the selection under an
//! envelope with agreements paid in tranches (`selection`). Pure rules: the
//! store and the pages build on them. Money is integer cents throughout.

pub mod awards;
pub mod jury;
pub mod selection;
