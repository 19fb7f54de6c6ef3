//! File downloads: one response builder for every CSV, spreadsheet, JSON,
//! calendar or SVG a page offers, so that the `Content-Disposition` header is
//! written one way (RFC 6266): the file name sanitised (no path, no quote,
//! no control character), as plain ASCII in `filename="…"`, and, when it has
//! other characters, also UTF-8 in `filename*=UTF-8''…` (RFC 8187), which
//! browsers prefer.

use axum::body::Body;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// A download saved as a file: `Content-Type` and `Content-Disposition:
/// attachment` with `file_name`.
pub fn attachment(content_type: &str, file_name: &str, body: impl Into<Body>) -> Response {
    respond("attachment", content_type, file_name, body)
}

/// A file shown in the browser when it can (an SVG, a calendar), with the
/// name to save it under: `Content-Disposition: inline`.
pub fn inline(content_type: &str, file_name: &str, body: impl Into<Body>) -> Response {
    respond("inline", content_type, file_name, body)
}

fn respond(
    disposition_type: &str,
    content_type: &str,
    file_name: &str,
    body: impl Into<Body>,
) -> Response {
    let body: Body = body.into();
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(content_type)
            .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        disposition(disposition_type, file_name),
    );
    res
}

/// The `Content-Disposition` value: `{type}; filename="{ascii}"`, followed by
/// `; filename*=UTF-8''{percent-encoded}` when the name is not plain ASCII.
pub fn disposition(disposition_type: &str, file_name: &str) -> HeaderValue {
    let name = sanitise(file_name);
    let ascii: String = name
        .chars()
        .map(|c| if c.is_ascii() { c } else { '_' })
        .collect();
    let mut value = format!("{disposition_type}; filename=\"{ascii}\"");
    if ascii != name {
        value.push_str("; filename*=UTF-8''");
        value.push_str(&percent_encode(&name));
    }
    // Only visible ASCII is left: always a valid header value.
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

/// The file name alone: the last part of a path, without control characters,
/// quotes or backslashes (made `_`), leading dots or surrounding spaces, at
/// most 150 characters (the extension kept); `download` when nothing is left.
pub fn sanitise(file_name: &str) -> String {
    let last = file_name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| if matches!(c, '"' | ';' | '%') { '_' } else { c })
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    const MAX: usize = 150;
    let name = if cleaned.chars().count() > MAX {
        let (stem, ext) = match cleaned.rsplit_once('.') {
            Some((s, e)) if !s.is_empty() && e.chars().count() <= 10 => (s, Some(e)),
            _ => (cleaned, None),
        };
        let keep = MAX - ext.map_or(0, |e| e.chars().count() + 1);
        let stem: String = stem.chars().take(keep).collect();
        match ext {
            Some(e) => format!("{stem}.{e}"),
            None => stem,
        }
    } else {
        cleaned.to_owned()
    };
    if name.is_empty() {
        "download".to_owned()
    } else {
        name
    }
}

/// RFC 8187's `value-chars`: `attr-char` as is, every other byte as `%XX`.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'!' | b'#' | b'$' | b'&' | b'+' | b'-' | b'.' | b'^' | b'_' | b'`' | b'|' | b'~'
            )
        {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header_of(res: &Response, name: header::HeaderName) -> &str {
        res.headers().get(name).unwrap().to_str().unwrap()
    }

    #[test]
    fn an_ascii_name_is_given_as_is() {
        let res = attachment(
            "text/csv; charset=utf-8",
            "survey-2021-q-age.csv",
            "a,b\r\n",
        );
        assert_eq!(
            header_of(&res, header::CONTENT_DISPOSITION),
            "attachment; filename=\"survey-2021-q-age.csv\""
        );
        assert_eq!(
            header_of(&res, header::CONTENT_TYPE),
            "text/csv; charset=utf-8"
        );
    }

    #[test]
    fn a_name_with_other_letters_gets_an_ascii_fallback_and_its_utf8_form() {
        let v = disposition("attachment", "états-généraux 2021.csv");
        assert_eq!(
            v.to_str().unwrap(),
            "attachment; filename=\"_tats-g_n_raux 2021.csv\"; \
             filename*=UTF-8''%C3%A9tats-g%C3%A9n%C3%A9raux%202021.csv"
        );
        let ar = disposition("inline", "مسح.svg");
        let text = ar.to_str().unwrap();
        assert!(
            text.starts_with("inline; filename=\"___.svg\"; filename*=UTF-8''"),
            "{text}"
        );
        assert!(text.ends_with("%D9%85%D8%B3%D8%AD.svg"), "{text}");
    }

    #[test]
    fn paths_quotes_and_control_characters_cannot_escape_the_header() {
        assert_eq!(sanitise("../../etc/passwd"), "passwd");
        assert_eq!(sanitise("C:\\temp\\x.csv"), "x.csv");
        assert_eq!(sanitise("a\"; filename=evil.exe"), "a__ filename=evil.exe");
        assert_eq!(
            sanitise("line\r\nSet-Cookie: x=1.csv"),
            "lineSet-Cookie: x=1.csv"
        );
        assert_eq!(sanitise(".hidden.csv"), "hidden.csv");
        assert_eq!(sanitise(""), "download");
        assert_eq!(sanitise("  /  "), "download");
        let v = disposition("attachment", "a\"b\nc.csv");
        assert_eq!(v.to_str().unwrap(), "attachment; filename=\"a_bc.csv\"");
    }

    #[test]
    fn a_long_name_is_cut_keeping_its_extension() {
        let long = format!("{}.xlsx", "x".repeat(300));
        let s = sanitise(&long);
        assert_eq!(s.chars().count(), 150);
        assert!(s.ends_with("x.xlsx"));
    }

    #[test]
    fn an_unusable_content_type_falls_back_to_bytes() {
        let res = attachment("text/csv\n", "a.csv", Vec::<u8>::new());
        assert_eq!(
            header_of(&res, header::CONTENT_TYPE),
            "application/octet-stream"
        );
    }
}
