//! The demo's jury (filled in below).
