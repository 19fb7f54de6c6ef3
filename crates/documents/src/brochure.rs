//! The commune brochure as a tagged PDF: A4 landscape in three columns (a
//! leaflet folded in three), each place with a QR code to its live page.

use domain::brochure::Brochure;

const TEMPLATE: &str = include_str!("../templates/brochure.typ");

/// The brochure as a tagged PDF (PDF/UA-1), each place with the QR code
/// `qr` draws (as SVG) for its address.
pub fn brochure_pdf(
    b: &Brochure,
    qr: impl Fn(&str) -> Option<String>,
) -> Result<Vec<u8>, crate::Error> {
    let mut data = serde_json::to_value(b).map_err(|e| crate::Error(e.to_string()))?;
    if let Some(communes) = data["communes"].as_array_mut() {
        for c in communes {
            if let Some(entries) = c["entries"].as_array_mut() {
                for e in entries {
                    let svg = e["url"].as_str().and_then(&qr).unwrap_or_default();
                    e["qr_svg"] = serde_json::Value::String(svg);
                }
            }
        }
    }
    crate::pdf(TEMPLATE, &data, &format!("brochure-{}-{}", b.group, b.lang))
}
