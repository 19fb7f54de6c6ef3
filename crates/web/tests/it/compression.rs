//! Answers travel compressed when the browser says it can read them (old
//! phones on slow data plans): gzip or brotli for pages, styles, scripts and
//! JSON; downloads go as they are.

use std::io::Read;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::helpers::TestApp;

/// Status, headers and the raw bytes on the wire.
async fn raw(
    app: &TestApp,
    uri: &str,
    accept_encoding: Option<&str>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let mut req = Request::builder().uri(uri);
    if let Some(enc) = accept_encoding {
        req = req.header("accept-encoding", enc);
    }
    let res = app
        .router
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, bytes)
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("valid gzip");
    out
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli_decompressor::Decompressor::new(bytes, 4096)
        .read_to_end(&mut out)
        .expect("valid brotli");
    out
}

fn encoding(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers
        .get("content-encoding")
        .and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn pages_styles_scripts_and_json_are_compressed_when_asked() {
    let app = TestApp::demo().await;
    for uri in [
        "/fr/search?q=1080",
        "/static/app.css",
        "/static/near.js",
        "/api/v1/places?q=1080",
    ] {
        let (status, headers, plain) = raw(&app, uri, None).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert_eq!(
            encoding(&headers),
            None,
            "{uri}: not compressed unless asked"
        );

        let (status, headers, gz) = raw(&app, uri, Some("gzip")).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert_eq!(encoding(&headers), Some("gzip"), "{uri}");
        assert!(
            gz.len() < plain.len(),
            "{uri}: gzip {} ≥ {} bytes",
            gz.len(),
            plain.len()
        );
        assert_eq!(gunzip(&gz), plain, "{uri}: gzip gives back the same answer");
        // Caches must keep one copy per encoding.
        let vary = headers
            .get("vary")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert!(
            vary.to_ascii_lowercase().contains("accept-encoding"),
            "{uri}: vary {vary:?}"
        );

        let (status, headers, br) = raw(&app, uri, Some("br")).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert_eq!(encoding(&headers), Some("br"), "{uri}");
        assert!(
            br.len() < plain.len(),
            "{uri}: brotli {} ≥ {} bytes",
            br.len(),
            plain.len()
        );
        assert_eq!(
            unbrotli(&br),
            plain,
            "{uri}: brotli gives back the same answer"
        );
    }
    // A browser that can read both gets brotli, the smaller.
    let (_, headers, _) = raw(&app, "/fr/", Some("gzip, deflate, br")).await;
    assert_eq!(encoding(&headers), Some("br"));
    // Security headers stay on a compressed answer.
    assert!(headers.get("content-security-policy").is_some());
}

#[tokio::test]
async fn downloads_go_as_they_are() {
    let app = TestApp::demo().await;
    for uri in ["/open-data/places.csv", "/open-data/places.xlsx"] {
        let (status, headers, plain) = raw(&app, uri, None).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        let (status, headers_gz, bytes) = raw(&app, uri, Some("gzip, br")).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert_eq!(encoding(&headers_gz), None, "{uri} is not compressed");
        if uri.ends_with(".xlsx") {
            // The workbook records the second it was made: two downloads
            // may differ there, never in size.
            assert_eq!(bytes.len(), plain.len(), "{uri}: the same file either way");
            assert!(bytes.starts_with(b"PK"), "{uri}: a zip, not gzip");
        } else {
            assert_eq!(bytes, plain, "{uri}: the same file either way");
        }
        assert_eq!(
            headers.get("content-disposition"),
            headers_gz.get("content-disposition"),
            "{uri}: still a download"
        );
    }
}

#[test]
fn what_is_worth_compressing() {
    assert!(web::compressible("text/html; charset=utf-8"));
    assert!(web::compressible("text/css; charset=utf-8"));
    assert!(web::compressible("text/javascript; charset=utf-8"));
    assert!(web::compressible("application/json"));
    assert!(web::compressible("application/problem+json"));
    assert!(web::compressible("application/geo+json"));
    assert!(!web::compressible("text/csv; charset=utf-8"));
    assert!(!web::compressible("text/calendar; charset=utf-8"));
    assert!(!web::compressible(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    ));
    assert!(!web::compressible("image/png"));
}
