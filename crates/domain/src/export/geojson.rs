//! GeoJSON (RFC 7946): a FeatureCollection with one Point per published place,
//! `[longitude, latitude]` in WGS84. Places without exact coordinates are placed
//! at the centre of their postcode area or commune, with the property
//! `position_approximate: true`.

use serde_json::{Value, json};

use super::plain::record;
use super::{position, published};
use crate::place::Place;
use crate::region::Region;
use crate::vocab::Vocabularies;

pub fn feature_collection(places: &[Place], region: &Region, _vocab: &Vocabularies) -> Value {
    let features: Vec<Value> = published(places, region)
        .into_iter()
        .map(|p| {
            let mut props = record(p, region);
            if let Some(o) = props.as_object_mut() {
                o.remove("latitude");
                o.remove("longitude");
            }
            let geometry = position(region, p).map_or(
                Value::Null,
                |(l, _)| json!({"type": "Point", "coordinates": [l.lon, l.lat]}),
            );
            json!({
                "type": "Feature",
                "id": p.id,
                "geometry": geometry,
                "properties": props,
            })
        })
        .collect();
    json!({
        "type": "FeatureCollection",
        "licence": region.data_licence,
        "features": features,
    })
}
