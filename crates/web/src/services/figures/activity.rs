//! The activity figures (being written: issue 11).

use domain::statistics::FigureTable;

use super::Scope;
use crate::App;

/// The tables of the activity section for `scope`, small cells suppressed when
/// `scope.public`.
pub async fn tables(_app: &App, _scope: &Scope) -> Result<Vec<FigureTable>, store::StoreError> {
    Ok(Vec::new())
}
