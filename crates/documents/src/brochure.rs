//! The commune brochure as a tagged PDF: A4 landscape in three columns (a
//! leaflet folded in three), each place with a QR code to its live page.

use domain::brochure::Brochure;

const TEMPLATE: &str = include_str!("../templates/brochure.typ");

/// The brochure as a tagged PDF (PDF/UA-1), each place with the QR code
/// `qr` draws (as SVG) for its address.
pub fn brochure_pdf(
    b: &Brochure,
    qr: impl Fn(&str) -> Option<String> + Sync,
) -> Result<Vec<u8>, crate::Error> {
    // The codes are drawn on every core: a large brochure has thousands.
    let urls: Vec<&str> = b
        .communes
        .iter()
        .flat_map(|c| c.entries.iter().map(|e| e.url.as_str()))
        .collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = urls.len().div_ceil(threads).max(1);
    let svgs: Vec<String> = std::thread::scope(|s| {
        let parts: Vec<_> = urls
            .chunks(chunk)
            .map(|part| {
                let qr = &qr;
                s.spawn(move || {
                    part.iter()
                        .map(|u| qr(u).unwrap_or_default())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let mut svgs = svgs.into_iter();
    let mut data = serde_json::to_value(b).map_err(|e| crate::Error(e.to_string()))?;
    if let Some(communes) = data["communes"].as_array_mut() {
        for c in communes {
            if let Some(entries) = c["entries"].as_array_mut() {
                for e in entries {
                    let svg = svgs.next().unwrap_or_default();
                    e["qr_svg"] = serde_json::Value::String(svg);
                }
            }
        }
    }
    crate::pdf(TEMPLATE, &data, &format!("brochure-{}-{}", b.group, b.lang))
}
