//! The map beside a list of places, when the region names its own tile server
//! (`[map]` in the region file, or `--map-tiles`). Without one: no markup, no
//! script, nothing requested.
//!
//! The list stays the primary view: the map only repeats its places, numbered
//! as in the list. The figure is `hidden` until `/static/map.js` draws it, so
//! without JavaScript nothing of it shows (nor its zoom buttons). The drawing is `aria-hidden`; its
//! caption says what it is. A place with an exact position has a pin of its
//! own; places known only by their postcode or commune share one dashed pin at
//! its centre, with all their numbers, and the caption says what a dashed pin
//! means. Mobile places without an address are not on the map (the caption
//! says how many).

use std::collections::BTreeMap;

use domain::Lang;
use domain::directory::{Directory, PlaceView};
use domain::region::MapSettings;
use maud::{Markup, html};

use crate::i18n::{t_args, text};

/// One pin: where, whether the position is only a centre, the list numbers.
struct Pin {
    lat: String,
    lon: String,
    approximate: bool,
    numbers: Vec<usize>,
}

/// The map of `places` (in list order: the first is number 1), or nothing
/// when the region has no tile server or no place can be put on a map.
pub fn places_map<'a>(
    lang: Lang,
    settings: Option<&MapSettings>,
    dir: &Directory,
    places: impl IntoIterator<Item = &'a PlaceView<'a>>,
) -> Markup {
    let Some(settings) = settings else {
        return html! {};
    };
    let mut pins: Vec<Pin> = Vec::new();
    // Approximate positions shared by several places: index into `pins`.
    let mut centres: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut left_out = 0usize;
    for (i, p) in places.into_iter().enumerate() {
        let n = i + 1;
        let position = match p.location {
            Some(at) => Some((at, false)),
            None if p.mobile => None,
            None => dir.position(p.id).filter(|(_, approximate)| *approximate),
        };
        let Some((at, approximate)) = position else {
            left_out += 1;
            continue;
        };
        let (lat, lon) = (format!("{:.5}", at.lat), format!("{:.5}", at.lon));
        if approximate {
            if let Some(&k) = centres.get(&(lat.clone(), lon.clone())) {
                pins[k].numbers.push(n);
                continue;
            }
            centres.insert((lat.clone(), lon.clone()), pins.len());
        }
        pins.push(Pin {
            lat,
            lon,
            approximate,
            numbers: vec![n],
        });
    }
    if pins.is_empty() {
        return html! {};
    }
    let any_approximate = pins.iter().any(|p| p.approximate);
    html! {
        // Not deferred, and before the figure: the script marks the page at
        // once so that app.css keeps the map's place before the first paint
        // (nothing moves when it is drawn); it draws when the page is parsed.
        script src="/static/map.js" {}
        figure.map hidden data-tiles=(settings.tiles) data-max-zoom=(settings.max_zoom) {
            div.map-view aria-hidden="true" dir="ltr" {
                @for pin in &pins {
                    span class=(if pin.approximate { "map-pin approximate" } else { "map-pin" })
                        data-lat=(pin.lat) data-lon=(pin.lon) {
                        @for (k, n) in pin.numbers.iter().enumerate() {
                            @if k > 0 { ", " }
                            (n)
                        }
                    }
                }
            }
            div.map-zoom {
                button.secondary type="button" data-zoom="1" aria-label=(text(lang, "map-zoom-in")) { "+" }
                button.secondary type="button" data-zoom="-1" aria-label=(text(lang, "map-zoom-out")) { "−" }
            }
            figcaption {
                (text(lang, "map-caption"))
                @if any_approximate { " " (text(lang, "map-approximate")) }
                @if left_out > 0 {
                    " " (t_args(lang, "map-left-out", &[("count", left_out.into())]))
                }
                @if !settings.attribution.is_empty() {
                    br;
                    small.map-credit { (text(lang, "map-credit")) " " bdi { (settings.attribution) } }
                }
            }
        }
    }
}
