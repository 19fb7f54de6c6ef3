//! Coordinates and distances (WGS84).

use serde::{Deserialize, Serialize};

/// A point in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

/// Which coordinate is wrong; its `Display` says what is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CoordinateError {
    #[error("a latitude between -90 and 90")]
    Latitude,
    #[error("a longitude between -180 and 180")]
    Longitude,
}

impl LatLon {
    /// A point, if both values are within the valid WGS84 ranges.
    pub fn new(lat: f64, lon: f64) -> Option<Self> {
        Self::checked(lat, lon).ok()
    }

    /// A point, or every coordinate out of its range (latitude first).
    pub fn checked(lat: f64, lon: f64) -> Result<Self, Vec<CoordinateError>> {
        let mut wrong = Vec::new();
        if !(-90.0..=90.0).contains(&lat) {
            wrong.push(CoordinateError::Latitude);
        }
        if !(-180.0..=180.0).contains(&lon) {
            wrong.push(CoordinateError::Longitude);
        }
        if wrong.is_empty() {
            Ok(Self { lat, lon })
        } else {
            Err(wrong)
        }
    }

    /// A point typed as two texts in decimal degrees (a decimal comma is
    /// accepted: "50,8466"), or every coordinate that is not a number in its
    /// range.
    pub fn parse(lat: &str, lon: &str) -> Result<Self, Vec<CoordinateError>> {
        match (degrees(lat), degrees(lon)) {
            (Some(a), Some(o)) => Self::checked(a, o),
            (a, o) => {
                let mut wrong = Vec::new();
                if a.is_none_or(|a| !(-90.0..=90.0).contains(&a)) {
                    wrong.push(CoordinateError::Latitude);
                }
                if o.is_none_or(|o| !(-180.0..=180.0).contains(&o)) {
                    wrong.push(CoordinateError::Longitude);
                }
                Err(wrong)
            }
        }
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

/// A number of degrees as typed: trimmed, a decimal comma read as a point
/// when there is no point. None when it is not a finite number.
pub fn degrees(s: &str) -> Option<f64> {
    let t = s.trim();
    let t = if t.contains(',') && !t.contains('.') {
        t.replace(',', ".")
    } else {
        t.to_owned()
    };
    t.parse::<f64>().ok().filter(|v| v.is_finite())
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

    #[test]
    fn parses_typed_coordinates_and_names_the_wrong_one() {
        assert_eq!(
            LatLon::parse(" 50,8466", "4.3525 "),
            Ok(LatLon {
                lat: 50.8466,
                lon: 4.3525
            })
        );
        assert_eq!(
            LatLon::parse("95", "4.37"),
            Err(vec![CoordinateError::Latitude])
        );
        assert_eq!(
            LatLon::parse("50.8", "east"),
            Err(vec![CoordinateError::Longitude])
        );
        assert_eq!(
            LatLon::parse("", "200"),
            Err(vec![CoordinateError::Latitude, CoordinateError::Longitude])
        );
        assert_eq!(
            LatLon::checked(0.0, -181.0),
            Err(vec![CoordinateError::Longitude])
        );
    }
}
