//! The words of a survey poster (issue 12), in the languages a poster may be
//! printed in. They are poster content, like a questionnaire's labels: a
//! poster speaks the languages of the questionnaire that matter in Brussels
//! (French and Dutch on every poster), and others on demand — Spanish among
//! them, which is not an interface language, hence data here rather than
//! interface translations.

/// The languages every poster is printed in.
pub const ALWAYS: [&str; 2] = ["fr", "nl"];

/// The languages a poster can add, in the order they are printed.
pub const OPTIONAL: [&str; 3] = ["en", "es", "ar"];

/// A poster's words in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PosterWords {
    pub lang: &'static str,
    /// Whether the language is written right to left.
    pub rtl: bool,
    /// The heading: the question to the reader.
    pub heading: &'static str,
    /// The call to answer: why, how long, anonymous.
    pub call: &'static str,
    /// What to do with the code or the link.
    pub how: &'static str,
}

const WORDS: [PosterWords; 5] = [
    PosterWords {
        lang: "fr",
        rtl: false,
        heading: "Donnez-nous votre avis",
        call: "Votre avis aide à améliorer ce lieu — 5 minutes, anonyme",
        how: "Scannez le code ou tapez l’adresse :",
    },
    PosterWords {
        lang: "nl",
        rtl: false,
        heading: "Geef ons uw mening",
        call: "Uw mening helpt deze plek te verbeteren — 5 minuten, anoniem",
        how: "Scan de code of typ het adres:",
    },
    PosterWords {
        lang: "en",
        rtl: false,
        heading: "Tell us what you think",
        call: "Your opinion helps improve this place — 5 minutes, anonymous",
        how: "Scan the code or type the address:",
    },
    PosterWords {
        lang: "es",
        rtl: false,
        heading: "Denos su opinión",
        call: "Su opinión ayuda a mejorar este lugar — 5 minutos, anónimo",
        how: "Escanee el código o escriba la dirección:",
    },
    PosterWords {
        lang: "ar",
        rtl: true,
        heading: "شاركونا رأيكم",
        call: "رأيكم يساعد على تحسين هذا المكان — 5 دقائق، دون ذكر الاسم",
        how: "امسحوا الرمز أو اكتبوا العنوان:",
    },
];

/// The words in `lang`, when a poster can be printed in it.
pub fn words(lang: &str) -> Option<&'static PosterWords> {
    WORDS.iter().find(|w| w.lang == lang)
}

/// The languages of a poster: French and Dutch, then those of `extra` that a
/// poster can add and the questionnaire has (`questionnaire_langs`), in a
/// fixed order, each once. Unknown codes are left out.
pub fn languages(extra: &[&str], questionnaire_langs: &[String]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = ALWAYS.to_vec();
    for l in OPTIONAL {
        if extra.contains(&l) && questionnaire_langs.iter().any(|q| q == l) {
            out.push(l);
        }
    }
    out
}

/// The `langs` parameter of a poster link: `en,ar` (comma separated, any
/// case, spaces ignored).
pub fn parse_langs(raw: &str) -> Vec<&'static str> {
    raw.split(',')
        .map(|s| s.trim().to_ascii_lowercase())
        .filter_map(|s| OPTIONAL.into_iter().find(|l| *l == s))
        .collect()
}

/// A printed page size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperSize {
    A4,
    A3,
}

impl PaperSize {
    /// `a4` or `a3`; anything else is A4.
    pub fn parse(raw: &str) -> PaperSize {
        if raw.eq_ignore_ascii_case("a3") {
            PaperSize::A3
        } else {
            PaperSize::A4
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            PaperSize::A4 => "a4",
            PaperSize::A3 => "a3",
        }
    }

    /// Width and height in millimetres, portrait.
    pub fn millimetres(self) -> (u32, u32) {
        match self {
            PaperSize::A4 => (210, 297),
            PaperSize::A3 => (297, 420),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_dutch_always_others_when_asked_and_in_the_questionnaire() {
        let q: Vec<String> = ["fr", "nl", "en", "es", "ar"].map(String::from).to_vec();
        assert_eq!(languages(&[], &q), ["fr", "nl"]);
        assert_eq!(languages(&["ar", "en"], &q), ["fr", "nl", "en", "ar"]);
        // A language the questionnaire does not have is not printed.
        let fr_nl: Vec<String> = vec!["fr".into(), "nl".into()];
        assert_eq!(languages(&["es"], &fr_nl), ["fr", "nl"]);
        assert_eq!(parse_langs(" AR, en,xx,fr"), ["ar", "en"]);
    }

    #[test]
    fn every_poster_language_has_its_words_and_direction() {
        for l in ALWAYS.into_iter().chain(OPTIONAL) {
            let w = words(l).unwrap();
            assert!(!w.heading.is_empty() && !w.call.is_empty() && !w.how.is_empty());
            assert_eq!(w.rtl, l == "ar");
            assert!(w.call.contains('5'), "{l}: the call says how long");
        }
        assert_eq!(words("de"), None);
    }

    #[test]
    fn paper_sizes() {
        assert_eq!(PaperSize::parse("A3"), PaperSize::A3);
        assert_eq!(PaperSize::parse("letter"), PaperSize::A4);
        assert_eq!(PaperSize::A3.millimetres(), (297, 420));
    }
}
