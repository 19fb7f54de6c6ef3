//! The equipment the region gives (issue 14): refurbished IT given to
//! non-profits each year (`refurbished`), and the equipment ordered by the
//! labelled EPN under a cap and owned by the region for four years
//! (`asset`, `order`). Pure rules; money in integer cents.

pub mod asset;
pub mod catalogue;
pub mod order;
pub mod refurbished;
pub mod schools;
