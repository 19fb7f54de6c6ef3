//! Every user-visible string is translated in every interface language.

use std::collections::BTreeSet;
use std::path::Path;

use web::i18n::keys_of;

const LANGS: [&str; 4] = ["en", "fr", "nl", "ar"];

fn locales() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn keys(lang: &str, file: &str) -> BTreeSet<String> {
    let src = std::fs::read_to_string(locales().join(lang).join(file))
        .unwrap_or_else(|e| panic!("{lang}/{file}: {e}"));
    keys_of(&src).into_iter().collect()
}

/// Every .ftl file of the English locale (the reference).
fn files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(locales().join("en"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect();
    files.sort();
    files
}

fn all_keys(lang: &str) -> BTreeSet<String> {
    files().iter().flat_map(|f| keys(lang, f)).collect()
}

#[test]
fn every_language_has_every_key() {
    assert!(files().len() >= 5, "{:?}", files());
    for file in files() {
        let file = file.as_str();
        let en = keys("en", file);
        for lang in LANGS {
            let other = keys(lang, file);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}/{file}: missing {missing:?}, extra {extra:?}"
            );
        }
    }
}

/// Keys used in the code (`t(lang, "…")`, `t_args(lang, "…"`) exist in English.
#[test]
fn every_key_used_in_code_exists() {
    let en = all_keys("en");
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            for pat in ["t(lang, \"", "t_args(lang, \""] {
                for part in src.split(pat).skip(1) {
                    used.insert(part.split('"').next().unwrap().to_owned());
                }
            }
        }
    }
    assert!(used.len() > 40);
    let missing: Vec<_> = used.iter().filter(|k| !en.contains(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys used but not translated: {missing:?}"
    );
}

#[test]
fn every_vocabulary_code_has_a_label() {
    let vocab = store::reference::vocabularies();
    let keys = keys("en", "vocabulary.ftl");
    use domain::vocab::{VocabKind, Vocabularies};
    for kind in [
        VocabKind::Service,
        VocabKind::Public,
        VocabKind::Language,
        VocabKind::Accessibility,
        VocabKind::Price,
    ] {
        for term in vocab.terms(kind) {
            let key = Vocabularies::label_key(kind, &term.code);
            assert!(keys.contains(&key), "{key}");
        }
    }
}

#[test]
fn dynamic_keys_exist() {
    let en = keys("en", "main.ftl");
    for k in [
        "kind-epn",
        "kind-project",
        "kind-other",
        "filter-service",
        "filter-public",
        "filter-language",
        "filter-open_now",
        "filter-free",
        "filter-wheelchair",
        "filter-labelled",
    ] {
        assert!(en.contains(k), "{k}");
    }
}

#[test]
fn counts_select_plural_forms() {
    use domain::Lang;
    use web::i18n::t_args;
    assert_eq!(
        t_args(Lang::En, "results-count", &[("count", 1usize.into())]),
        "1 place"
    );
    assert_eq!(
        t_args(Lang::En, "results-count", &[("count", 3usize.into())]),
        "3 places"
    );
    assert_ne!(
        t_args(Lang::Fr, "results-count", &[("count", 1usize.into())]),
        t_args(Lang::Fr, "results-count", &[("count", 5usize.into())])
    );
}

#[test]
fn rtl_arguments_are_isolated() {
    use domain::Lang;
    use web::i18n::t_args;
    let ar = t_args(
        Lang::Ar,
        "results-title-near",
        &[("place", "Molenbeek".to_string().into())],
    );
    assert!(ar.contains("\u{2068}Molenbeek\u{2069}"));
    let fr = t_args(
        Lang::Fr,
        "results-title-near",
        &[("place", "Molenbeek".to_string().into())],
    );
    assert!(!fr.contains('\u{2068}'));
}

#[test]
fn dates_read_as_people_say_them() {
    use domain::Lang;
    let d = web::i18n::t_args(
        Lang::Fr,
        "date-long",
        &[
            ("day", 26.into()),
            ("month", web::i18n::t(Lang::Fr, "month-11").into()),
            ("year", 2026.into()),
        ],
    );
    assert_eq!(d, "26 novembre 2026");
}

/// The languages of the public side only, and the files they translate:
/// every message of the public pages, the survey, the brochures and the
/// report (the back office falls back to English in them).
const PUBLIC_LANGS: [&str; 6] = ["es", "tr", "ro", "sq", "pl", "pt"];
const PUBLIC_FILES: [&str; 32] = [
    "main.ftl",
    "backoffice.ftl",
    "forms.ftl",
    "vocabulary.ftl",
    "map.ftl",
    "search-more.ftl",
    "contact.ftl",
    "brochure.ftl",
    "opendata.ftl",
    "diagnostic-pages.ftl",
    "diagnostic.ftl",
    "survey-answer.ftl",
    "survey-results.ftl",
    "figures.ftl",
    "activity-figures.ftl",
    "capacity-figures.ftl",
    "cadastre.ftl",
    "funded.ftl",
    "plan.ftl",
    "plan-pages.ftl",
    "label.ftl",
    "sessions.ftl",
    "calls.ftl",
    "equipment.ftl",
    "budget.ftl",
    "quality.ftl",
    "indicators.ftl",
    "annual-report.ftl",
    "activity-vocabulary.ftl",
    "capacity-public.ftl",
    "report-problem.ftl",
    "referral-states.ftl",
];

#[test]
fn every_public_language_has_every_key_of_the_public_files() {
    for lang in PUBLIC_LANGS {
        for file in PUBLIC_FILES {
            let en = keys("en", file);
            let other = keys(lang, file);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}/{file}: missing {missing:?}, extra {extra:?}"
            );
        }
        assert!(
            domain::Lang::parse(lang).is_some_and(|l| !l.is_staff()),
            "{lang} is a language of the public side"
        );
    }
    for l in domain::Lang::ALL {
        assert!(
            l.is_staff() || PUBLIC_LANGS.contains(&l.code()),
            "{} has no list of files",
            l.code()
        );
    }
}
