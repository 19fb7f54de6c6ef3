//! The JSON of the search API's places, written straight into the answer.
//!
//! `serde_json` escapes a string byte by byte and goes through the serializer's
//! traits for every field; for a page of 20 places (16 KB) that was more than
//! half of the request's work. Here each string is checked eight bytes at a
//! time and copied whole when, as nearly always, nothing in it needs escaping.
//! The output is byte for byte what `serde_json` writes for [`PlaceOut`] and
//! [`PlaceList`] (their `Serialize` derives stay: the OpenAPI schema and the
//! test that compares both writers).

use super::places::{PlaceList, PlaceOut};

/// A page of places as JSON.
pub(crate) fn place_list(list: &PlaceList<'_>, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"items\":[");
    for (i, p) in list.items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        place(p, out);
    }
    out.extend_from_slice(b"],\"total\":");
    uint(list.total as u64, out);
    out.extend_from_slice(b",\"page\":");
    uint(list.page as u64, out);
    out.extend_from_slice(b",\"per_page\":");
    uint(list.per_page as u64, out);
    out.push(b'}');
}

/// One place as JSON, its fields in the struct's order.
pub(crate) fn place(p: &PlaceOut<'_>, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"id\":");
    int(p.id, out);
    out.extend_from_slice(b",\"name\":");
    string(p.name, out);
    out.extend_from_slice(b",\"organisation\":");
    string(p.organisation, out);
    out.extend_from_slice(b",\"kind\":");
    string(p.kind, out);
    out.extend_from_slice(b",\"address\":");
    opt_string(p.address, out);
    out.extend_from_slice(b",\"postcode\":");
    opt_string(p.postcode, out);
    out.extend_from_slice(b",\"commune\":");
    string(p.commune, out);
    out.extend_from_slice(b",\"commune_name\":{");
    for (i, (lang, name)) in p.commune_name.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        string(lang, out);
        out.push(b':');
        string(name, out);
    }
    out.extend_from_slice(b"},\"lat\":");
    float(p.lat, out);
    out.extend_from_slice(b",\"lon\":");
    float(p.lon, out);
    out.extend_from_slice(b",\"approximate_location\":");
    boolean(p.approximate_location, out);
    out.extend_from_slice(b",\"distance_km\":");
    or_null(p.distance_km, float, out);
    out.extend_from_slice(b",\"mobile\":");
    boolean(p.mobile, out);
    for (key, list) in [
        (&b",\"services\":["[..], &p.services),
        (b",\"publics\":[", &p.publics),
        (b",\"languages\":[", &p.languages),
        (b",\"accessibility\":[", &p.accessibility),
    ] {
        out.extend_from_slice(key);
        for (i, code) in list.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            string(code, out);
        }
        out.push(b']');
    }
    out.extend_from_slice(b",\"price\":");
    opt_string(p.price, out);
    out.extend_from_slice(b",\"opening_hours\":");
    opt_string(p.opening_hours, out);
    out.extend_from_slice(b",\"opening_hours_valid\":");
    boolean(p.opening_hours_valid, out);
    out.extend_from_slice(b",\"open_now\":");
    or_null(p.open_now, boolean, out);
    out.extend_from_slice(b",\"labelled\":");
    boolean(p.labelled, out);
    out.extend_from_slice(b",\"label_status\":");
    string(p.label_status, out);
    out.extend_from_slice(b",\"phone\":");
    opt_string(p.phone, out);
    out.extend_from_slice(b",\"email\":");
    opt_string(p.email, out);
    out.extend_from_slice(b",\"website\":");
    opt_string(p.website, out);
    out.extend_from_slice(b",\"description\":");
    opt_string(p.description, out);
    for (key, count) in [
        (&b",\"computers\":"[..], p.computers),
        (b",\"tablets\":", p.tablets),
    ] {
        out.extend_from_slice(key);
        or_null(count.map(i64::from), int, out);
    }
    out.extend_from_slice(b",\"updated_on\":");
    string(p.updated_on, out);
    out.push(b'}');
}

fn boolean(b: bool, out: &mut Vec<u8>) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

fn int(n: i64, out: &mut Vec<u8>) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

fn uint(n: u64, out: &mut Vec<u8>) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// As `serde_json`: the shortest text that reads back as the same number
/// (`zmij`, as `serde_json`), and `null` for what JSON cannot say (NaN, infinities).
fn float(x: f64, out: &mut Vec<u8>) {
    if x.is_finite() {
        out.extend_from_slice(zmij::Buffer::new().format_finite(x).as_bytes());
    } else {
        out.extend_from_slice(b"null");
    }
}

fn opt_string(s: Option<&str>, out: &mut Vec<u8>) {
    or_null(s, string, out);
}

/// The value written by `write`, or `null` when there is none.
fn or_null<T>(value: Option<T>, write: fn(T, &mut Vec<u8>), out: &mut Vec<u8>) {
    match value {
        Some(v) => write(v, out),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string, escaped as `serde_json` does: `"` and `\`, the short forms
/// `\b \t \n \f \r`, other control characters as `\u00XX`; all else as is.
fn string(s: &str, out: &mut Vec<u8>) {
    use crate::escape::{bytes_below, bytes_equal, each_run};
    let any = |w: u64| (bytes_below(w, 0x20) | bytes_equal(w, b'"') | bytes_equal(w, b'\\')) != 0;
    let special = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    each_run(bytes, any, special, |run, end| {
        out.extend_from_slice(&bytes[run]);
        match end {
            None => {}
            Some(b'"') => out.extend_from_slice(b"\\\""),
            Some(b'\\') => out.extend_from_slice(b"\\\\"),
            Some(0x08) => out.extend_from_slice(b"\\b"),
            Some(0x09) => out.extend_from_slice(b"\\t"),
            Some(0x0a) => out.extend_from_slice(b"\\n"),
            Some(0x0c) => out.extend_from_slice(b"\\f"),
            Some(0x0d) => out.extend_from_slice(b"\\r"),
            Some(c) => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(c >> 4)]);
                out.push(HEX[usize::from(c & 0xf)]);
            }
        }
    });
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(s: &str) -> String {
        let mut out = Vec::new();
        string(s, &mut out);
        String::from_utf8(out).unwrap()
    }

    /// Every byte that needs escaping, at every position of an eight-byte
    /// chunk and in the tail, and text that does not, as `serde_json` writes it.
    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut specials: Vec<char> = (0u8..0x20).map(char::from).collect();
        specials.extend(['"', '\\', '\u{7f}', 'é', 'ب', '€', '😀', '/', '!', '#', '~']);
        for c in specials {
            for pad in 0..17 {
                for tail in [0, 3, 9] {
                    let s = format!("{}{c}{}", "a".repeat(pad), "z".repeat(tail));
                    assert_eq!(json(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
                }
            }
        }
        for s in [
            "",
            "Espace public numérique d'Anderlecht",
            "مكتبة",
            "a\"b\\c\nd\u{1}",
        ] {
            assert_eq!(json(s), serde_json::to_string(s).unwrap());
        }
    }

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        for x in [
            0.0,
            -0.0,
            1.0,
            50.8503,
            4.35171,
            1e-7,
            1e21,
            123456.789,
            f64::NAN,
            f64::INFINITY,
        ] {
            let mut out = Vec::new();
            float(x, &mut out);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(&x).unwrap()
            );
        }
        for n in [0, -1, 42, i64::MIN, i64::MAX] {
            let mut out = Vec::new();
            int(n, &mut out);
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
    }
}
