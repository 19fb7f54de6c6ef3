//! QR codes drawn as SVG: on the survey's posters and the printed
//! brochures, a code leads from paper to a live page.

use std::fmt::Write as _;

use qrcode::{Color, EcLevel, QrCode};

/// The QR code of `text` (error correction M: a poster may get a scratch).
pub fn qr(text: &str) -> Option<QrCode> {
    QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()
}

/// The dark modules of `code` as horizontal runs `(x, y, length)`, row by
/// row: one rectangle per run.
pub fn dark_runs(code: &QrCode) -> Vec<(usize, usize, usize)> {
    let w = code.width();
    let colors = code.to_colors();
    let mut runs = Vec::new();
    for y in 0..w {
        let mut x = 0;
        while x < w {
            if colors[y * w + x] == Color::Dark {
                let start = x;
                while x < w && colors[y * w + x] == Color::Dark {
                    x += 1;
                }
                runs.push((start, y, x - start));
            } else {
                x += 1;
            }
        }
    }
    runs
}

/// A QR code of `text` as a small standalone SVG (dark modules as one path,
/// a quiet zone of four modules), or `None` when the text is too long.
pub fn svg(text: &str) -> Option<String> {
    let code = qr(text)?;
    let size = code.width() + 8;
    let runs = dark_runs(&code);
    let mut d = String::with_capacity(runs.len() * 16);
    for (x, y, n) in runs {
        // Writing to a String cannot fail.
        let _ = write!(d, "M{} {}h{n}v1h-{n}z", x + 4, y + 4);
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{d}\"/></svg>"
    ))
}
