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

static IDS: LazyLock<[LanguageIdentifier; 10]> =
    LazyLock::new(|| Lang::ALL.map(|l| l.code().parse().expect("valid language identifier")));

fn id(lang: Lang) -> &'static LanguageIdentifier {
    &IDS[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

thread_local! {
    /// Messages asked in a language of the public side only that does not
    /// have them (English was shown; a text that is no message, such as a
    /// survey question passed as is, does not count): recorded in debug
    /// builds, per thread — a test and the requests it sends run on one —
    /// so that the tests can check that every public page is whole in
    /// every language.
    static MISSES: std::cell::RefCell<std::collections::BTreeSet<(Lang, String)>> =
        const { std::cell::RefCell::new(std::collections::BTreeSet::new()) };
}

fn note_miss(lang: Lang, key: &str, args: Option<&HashMap<Cow<'static, str>, FluentValue>>) {
    if cfg!(debug_assertions)
        && !lang.is_staff()
        && LOCALES
            .lookup_single_language(id(Lang::En), key, args)
            .is_ok()
        && LOCALES.lookup_single_language(id(lang), key, args).is_err()
    {
        MISSES.with(|m| m.borrow_mut().insert((lang, key.to_owned())));
    }
}

/// The keys shown in English on pages in `lang` so far on this thread
/// (debug builds).
pub fn missing_keys(lang: Lang) -> Vec<String> {
    MISSES.with(|m| {
        m.borrow()
            .iter()
            .filter(|(l, _)| *l == lang)
            .map(|(_, k)| k.clone())
            .collect()
    })
}

/// The message `key` in `lang` (falling back to English, then to the key itself).
pub fn t(lang: Lang, key: &str) -> String {
    note_miss(lang, key, None);
    LOCALES
        .try_lookup(id(lang), key)
        .unwrap_or_else(|| key.to_owned())
}

/// A message argument: text, or a number (numbers select plural forms).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(n.into())
    }
}

/// The message `key` with named arguments. In right-to-left languages, text
/// arguments (often Latin names or postcodes) are wrapped in Unicode isolates
/// so that they do not reorder the sentence around them.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, Arg)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| {
            let value = match v {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(s) if lang.is_rtl() => FluentValue::from(format!("\u{2068}{s}\u{2069}")),
                Arg::Text(s) => FluentValue::from(s.clone()),
            };
            (Cow::Borrowed(*k), value)
        })
        .collect();
    note_miss(lang, key, Some(&map));
    LOCALES
        .try_lookup_with_args(id(lang), key, &map)
        .unwrap_or_else(|| key.to_owned())
}

/// Message keys defined in an .ftl source (for the completeness tests).
pub fn keys_of(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
        .collect()
}

/// The message `key` in the language `code` of a questionnaire (which may
/// be one the interface does not have, e.g. `es`: the survey's pages carry
/// their own Spanish strings), falling back to English, then to the key.
pub fn t_code(code: &str, key: &str) -> String {
    t_code_args(code, key, &[])
}

/// [`t_code`] with named arguments (text arguments isolated in Arabic, as
/// in [`t_args`]).
pub fn t_code_args(code: &str, key: &str, args: &[(&'static str, Arg)]) -> String {
    let rtl = code == "ar";
    let map: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| {
            let value = match v {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(s) if rtl => FluentValue::from(format!("\u{2068}{s}\u{2069}")),
                Arg::Text(s) => FluentValue::from(s.clone()),
            };
            (Cow::Borrowed(*k), value)
        })
        .collect();
    let id: LanguageIdentifier = code
        .parse()
        .unwrap_or_else(|_| "en".parse().expect("valid language identifier"));
    LOCALES
        .try_lookup_with_args(&id, key, &map)
        .or_else(|| {
            let en: LanguageIdentifier = "en".parse().expect("valid language identifier");
            LOCALES.try_lookup_with_args(&en, key, &map)
        })
        .unwrap_or_else(|| key.to_owned())
}
