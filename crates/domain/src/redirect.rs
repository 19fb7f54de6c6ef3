//! Where a person may be sent after an action (e.g. `next` after signing
//! in): only a path of this site.

/// A same-origin path to redirect to: it starts with one `/` (not `//`,
/// which browsers read as another host), has no backslash (some browsers
/// read `/\` as `//`), and no control character or whitespace anywhere
/// (browsers drop tabs and line breaks, so `/\t/evil.example` would become
/// `//evil.example`; and a header cannot carry them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalPath(String);

/// The longest path kept.
pub const MAX_PATH_CHARS: usize = 2000;

impl LocalPath {
    /// The path, or `None` when it is not a path of this site.
    pub fn parse(s: &str) -> Option<LocalPath> {
        let mut chars = s.chars();
        let ok = chars.next() == Some('/')
            && !matches!(chars.next(), Some('/' | '\\'))
            && s.chars().count() <= MAX_PATH_CHARS
            && !s
                .chars()
                .any(|c| c == '\\' || c.is_control() || c.is_whitespace());
        ok.then(|| LocalPath(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::LocalPath;

    #[test]
    fn only_paths_of_this_site() {
        for good in [
            "/",
            "/fr/bo/",
            "/fr/bo/places?page=2&q=a%20b",
            "/ar/places/12#x",
        ] {
            assert!(LocalPath::parse(good).is_some(), "{good}");
        }
        for bad in [
            "",
            "fr/bo",
            "//evil.example/x",
            "/\\evil.example",
            "/\t/evil.example/x",
            "/\n/evil.example",
            "/\r/x",
            "/\u{7f}/x",
            "/\0",
            "/ /evil.example",
            "/a\\b",
            "https://evil.example/",
            "javascript:alert(1)",
            "/\u{2028}x",
        ] {
            assert!(LocalPath::parse(bad).is_none(), "{bad:?}");
        }
        assert!(LocalPath::parse(&format!("/{}", "a".repeat(3000))).is_none());
    }
}
