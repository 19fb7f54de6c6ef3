//! The budget's exports (issue 13): an XLSX in the shape of the report's
//! Annex 1 and an open-data Data Package.
