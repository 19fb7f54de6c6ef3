//! Coordinates and distances (WGS84).

use serde::{Deserialize, Serialize};

/// A point in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl LatLon {
    /// A point, if both values are within the valid WGS84 ranges.
    pub fn new(lat: f64, lon: f64) -> Option<Self> {
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
            .then_some(Self { lat, lon })
    }

    /// Great-circle distance in kilometres (haversine).
    pub fn distance_km(self, other: LatLon) -> f64 {
        const R: f64 = 6371.0088;
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * R * a.sqrt().asin()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_between_two_brussels_points() {
        let grand_place = LatLon::new(50.8467, 4.3525).unwrap();
        let molenbeek = LatLon::new(50.8550, 4.3290).unwrap();
        let d = grand_place.distance_km(molenbeek);
        assert!((1.7..2.0).contains(&d), "{d}");
        assert_eq!(grand_place.distance_km(grand_place), 0.0);
    }

    #[test]
    fn rejects_out_of_range() {
        assert!(LatLon::new(91.0, 0.0).is_none());
        assert!(LatLon::new(0.0, -181.0).is_none());
        assert!(LatLon::new(f64::NAN, 0.0).is_none());
    }
}
