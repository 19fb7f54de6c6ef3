//! A place's survey poster as SVG: the place's name, the call to answer in
//! each language of the poster, a QR code of the place's short link drawn as
//! rectangles from the code's module matrix (the `qrcode` crate, without its
//! image renderer), and the short link in big letters under it. The same
//! drawing is laid out in a 210 × 297 box and printed at A4 or A3 size. It
//! holds nothing personal: the place, the edition's title and the link.

use crate::ui::qr::{dark_runs, qr};
use domain::survey::poster::{PaperSize, PosterWords};

/// The drawing's width and height (millimetres at A4).
const W: f64 = 210.0;
const H: f64 = 297.0;
/// The widest a line of text may be.
const TEXT_WIDTH: f64 = 186.0;
/// White modules around the code, as the QR standard asks.
const QUIET: usize = 4;

/// What a poster shows.
pub struct Poster<'a> {
    pub size: PaperSize,
    pub place: &'a str,
    pub edition: &'a str,
    /// The short link, in full (`https://…/s/CODE`).
    pub link: &'a str,
    pub langs: Vec<&'static PosterWords>,
}

/// Text for XML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A font size (mm) at most `max` at which `text` fits the poster's width,
/// with `em` the average width of a character in ems.
fn fit(text: &str, max: f64, em: f64) -> f64 {
    let chars = text.chars().count().max(1) as f64;
    (TEXT_WIDTH / (chars * em)).min(max)
}

/// The link as printed: without `https://` and a trailing slash.
pub fn printed_link(link: &str) -> &str {
    link.trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
}

fn text_line(out: &mut String, y: f64, size: f64, weight: &str, lang: &str, rtl: bool, text: &str) {
    out.push_str(&format!(
        r#"<text x="{x:.1}" y="{y:.1}" font-size="{size:.2}" font-weight="{weight}" text-anchor="middle" xml:lang="{lang}" direction="{dir}">{t}</text>"#,
        x = W / 2.0,
        dir = if rtl { "rtl" } else { "ltr" },
        t = esc(text),
    ));
    out.push('\n');
}

/// The poster as a standalone SVG document. `id` makes its element ids
/// unique when several posters share a page.
pub fn svg(p: &Poster, id: &str) -> String {
    let (mw, mh) = p.size.millimetres();
    let mut out = String::new();
    out.push_str(&format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{mw}mm" height="{mh}mm" viewBox="0 0 {W} {H}" role="img" aria-labelledby="{id}-title" font-family="DejaVu Sans, Noto Sans, Arial, sans-serif" fill="#000">"##
    ));
    out.push('\n');
    out.push_str(&format!(
        r#"<title id="{id}-title">{} — {}</title>"#,
        esc(p.place),
        esc(printed_link(p.link))
    ));
    out.push('\n');
    out.push_str(&format!(
        r##"<rect x="0" y="0" width="{W}" height="{H}" fill="#fff"/>"##
    ));
    out.push('\n');
    // The place, in big letters at the top.
    let mut y = 22.0;
    let size = fit(p.place, 10.0, 0.6);
    text_line(&mut out, y, size, "700", "fr", false, p.place);
    y += 6.0;
    out.push_str(&format!(
        r##"<rect x="40" y="{y:.1}" width="130" height="0.8" fill="#1d5fa8"/>"##
    ));
    out.push('\n');
    y += 10.0;
    // Each language: heading, call, how.
    let block = if p.langs.len() > 3 { 21.0 } else { 24.0 };
    for w in &p.langs {
        let hs = fit(w.heading, if block > 20.0 { 8.0 } else { 6.5 }, 0.6);
        text_line(&mut out, y, hs, "700", w.lang, w.rtl, w.heading);
        let cs = fit(w.call, if block > 20.0 { 5.0 } else { 4.2 }, 0.55);
        text_line(
            &mut out,
            y + hs * 0.9 + 1.5,
            cs,
            "400",
            w.lang,
            w.rtl,
            w.call,
        );
        let ws = fit(w.how, 3.6, 0.55);
        text_line(
            &mut out,
            y + hs * 0.9 + cs + 3.5,
            ws,
            "400",
            w.lang,
            w.rtl,
            w.how,
        );
        y += block;
    }
    // The code, as large as the space left allows, then the link.
    let link_y = H - 30.0;
    let top = y;
    let room = (link_y - 14.0 - top).clamp(40.0, 130.0);
    if let Some(code) = qr(p.link) {
        let modules = code.width() + 2 * QUIET;
        let scale = room / modules as f64;
        let x0 = (W - room) / 2.0;
        let y0 = top + ((link_y - 14.0 - top) - room).max(0.0) / 2.0;
        out.push_str(&format!(
            r##"<rect x="{x0:.3}" y="{y0:.3}" width="{room:.3}" height="{room:.3}" fill="#fff"/>"##
        ));
        out.push('\n');
        out.push_str(&format!(
            r##"<g id="{id}-qr" transform="translate({tx:.3} {ty:.3}) scale({scale:.5})" fill="#000" shape-rendering="crispEdges">"##,
            tx = x0 + QUIET as f64 * scale,
            ty = y0 + QUIET as f64 * scale,
        ));
        out.push('\n');
        for (x, y, len) in dark_runs(&code) {
            out.push_str(&format!(
                r#"<rect x="{x}" y="{y}" width="{len}" height="1"/>"#
            ));
        }
        out.push_str("\n</g>\n");
    }
    let shown = printed_link(p.link);
    let ls = fit(shown, 12.0, 0.62);
    out.push_str(&format!(
        r#"<text x="{x:.1}" y="{link_y:.1}" font-size="{ls:.2}" font-weight="700" text-anchor="middle" direction="ltr" font-family="DejaVu Sans Mono, Noto Sans Mono, Courier New, monospace">{t}</text>"#,
        x = W / 2.0,
        t = esc(shown),
    ));
    out.push('\n');
    let es = fit(p.edition, 4.0, 0.55);
    out.push_str(&format!(
        r##"<text x="{x:.1}" y="{y:.1}" font-size="{es:.2}" text-anchor="middle" fill="#444">{t}</text>"##,
        x = W / 2.0,
        y = H - 12.0,
        t = esc(p.edition),
    ));
    out.push_str("\n</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::survey::poster::words;

    fn poster(langs: &[&str]) -> String {
        svg(
            &Poster {
                size: PaperSize::A3,
                place: "EPN <Bon> & \"Air\"",
                edition: "Visitors 2027",
                link: "https://passerelle.example.org/s/K7M3PX",
                langs: langs.iter().filter_map(|l| words(l)).collect(),
            },
            "p1",
        )
    }

    #[test]
    fn runs_cover_exactly_the_dark_modules() {
        let code = qr("https://passerelle.example.org/s/K7M3PX").unwrap();
        let w = code.width();
        let mut drawn = vec![false; w * w];
        for (x, y, len) in dark_runs(&code) {
            for i in x..x + len {
                assert!(!drawn[y * w + i], "drawn twice");
                drawn[y * w + i] = true;
            }
        }
        let dark: Vec<bool> = code
            .to_colors()
            .iter()
            .map(|c| *c == qrcode::Color::Dark)
            .collect();
        assert_eq!(drawn, dark);
    }

    #[test]
    fn the_drawing_escapes_text_and_prints_at_its_size() {
        let s = poster(&["fr", "nl", "ar"]);
        assert!(s.contains(r#"width="297mm" height="420mm""#));
        assert!(s.contains("EPN &lt;Bon&gt; &amp; &quot;Air&quot;"));
        assert!(s.contains("passerelle.example.org/s/K7M3PX"));
        assert!(s.contains(r#"xml:lang="ar" direction="rtl""#));
        assert!(s.contains("Votre avis aide à améliorer ce lieu"));
        assert!(!s.contains("<Bon>"));
    }

    #[test]
    fn long_texts_are_made_smaller_to_fit() {
        assert_eq!(fit("short", 10.0, 0.6), 10.0);
        let long = "x".repeat(100);
        assert!(fit(&long, 10.0, 0.6) * 100.0 * 0.6 <= TEXT_WIDTH + 1e-9);
    }
}
