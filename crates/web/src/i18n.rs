//! Translations: Fluent files under `locales/{lang}/*.ftl`, compiled in.
//! Every user-visible string goes through [`t`] or [`t_args`].

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use domain::Lang;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    pub static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<[LanguageIdentifier; 4]> = LazyLock::new(|| {
    Lang::ALL.map(|l| l.code().parse().expect("valid language identifier"))
});

fn id(lang: Lang) -> &'static LanguageIdentifier {
    &IDS[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// The message `key` in `lang` (falling back to English, then to the key itself).
pub fn t(lang: Lang, key: &str) -> String {
    LOCALES.try_lookup(id(lang), key).unwrap_or_else(|| key.to_owned())
}

/// The message `key` with named arguments.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, String)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue> =
        args.iter().map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone()))).collect();
    LOCALES.try_lookup_with_args(id(lang), key, &map).unwrap_or_else(|| key.to_owned())
}

/// Message keys defined in an .ftl source (for the completeness tests).
pub fn keys_of(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
        .collect()
}
