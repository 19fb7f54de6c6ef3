//! The results page reads what people type: "did you mean" after a typing
//! mistake, words of services and districts, and filters on what many places
//! do not say (free, open now, language) count those places and offer them.

use crate::helpers::TestApp;

/// The `href` of the first link whose text contains `text`.
fn link_to(body: &str, text: &str) -> Option<String> {
    let at = body.find(text)?;
    let start = body[..at].rfind("href=\"")? + 6;
    let end = start + body[start..].find('"')?;
    Some(body[start..end].replace("&amp;", "&"))
}

#[tokio::test]
async fn a_typing_mistake_offers_the_corrected_search() {
    let app = TestApp::demo().await;
    for (lang, words) in [("fr", "Vouliez-vous dire"), ("ar", "هل تقصد")] {
        let r = app.get(&format!("/{lang}/search?q=molenbek")).await;
        assert_eq!(r.status, 200);
        assert!(r.body.contains(words), "{lang}: no \"did you mean\"");
        let href =
            link_to(&r.body, "<bdi>molenbeek</bdi>").expect("a link to the corrected search");
        assert_eq!(href, format!("/{lang}/search?q=molenbeek"));
        // The results of the corrected search are already there.
        assert!(
            r.body.contains("Open Atelier 110"),
            "{lang}: results for molenbeek"
        );
        // Following the link: no mistake left, no suggestion.
        let r = app.get(&href).await;
        assert!(
            !r.body.contains(words),
            "{lang}: no suggestion for a right word"
        );
        assert!(r.body.contains("Open Atelier 110"));
    }
    // Nothing close: no suggestion, the usual advice.
    let r = app.get("/fr/search?q=zzzzqq").await;
    assert!(!r.body.contains("Vouliez-vous dire"));
    assert!(r.body.contains("Nous n'avons trouvé aucun lieu"));
}

#[tokio::test]
async fn words_people_type_find_places() {
    let app = TestApp::demo().await;
    for (url, expect) in [
        ("/fr/search?q=wifi", "Borne2Connect"),
        ("/nl/search?q=bibliotheek", "Bibliothèque de Laeken"),
        (
            "/ar/search?q=%D9%85%D9%88%D9%84%D9%86%D8%A8%D9%8A%D9%83",
            "Open Atelier 110",
        ), // مولنبيك
        ("/fr/search?q=Laeken", "Réduire la fracture numérique"),
        (
            "/fr/search?q=cours+Schaerbeek",
            "Journal numérique des parents",
        ),
    ] {
        let r = app.get(url).await;
        assert_eq!(r.status, 200, "{url}");
        assert!(r.body.contains(expect), "{url}: {expect} missing");
    }
}

#[tokio::test]
async fn a_filter_on_what_places_do_not_say_counts_them_and_offers_them() {
    let app = TestApp::demo().await;
    for (lang, says, included, hide) in [
        (
            "fr",
            "ne disent pas s&#39;ils sont gratuits",
            "Ils sont dans la liste",
            "Ne plus les montrer",
        ),
        (
            "ar",
            "لا تذكر هل هي مجانية",
            "هي موجودة في القائمة",
            "لا تعرضها",
        ),
    ] {
        // No demo place gives a price: "free" alone finds nothing, and says why.
        let r = app.get(&format!("/{lang}/search?q=1080&free=true")).await;
        assert_eq!(r.status, 200);
        assert!(
            !r.body.contains("Open Atelier 110"),
            "{lang}: not known to be free"
        );
        let says = says.replace("&#39;", "'");
        assert!(
            r.body.contains(&says) || r.body.contains(&says.replace('\'', "&#39;")),
            "{lang}: the count of places that do not say: {}",
            r.body
        );
        let show = r
            .body
            .find("class=\"notice unknown\"")
            .and_then(|at| link_to(&r.body[at..], "</a>"))
            .expect("a link to show them");
        assert!(show.contains("free_unknown=true"), "{show}");
        assert!(
            show.contains("free=true") && show.contains("q=1080"),
            "keeps the search: {show}"
        );
        let r = app.get(&show).await;
        assert!(r.body.contains("Open Atelier 110"), "{lang}: now listed");
        assert!(r.body.contains(included), "{lang}: says they are included");
        assert!(r.body.contains(hide), "{lang}: a way back");
        // Applying other filters keeps the choice.
        assert!(r.body.contains("name=\"free_unknown\" value=\"true\""));
    }
    // Without the filter, nothing to say.
    let r = app.get("/fr/search?q=1080").await;
    assert!(!r.body.contains("notice unknown"));
}

#[tokio::test]
async fn open_now_and_language_filters_also_count_the_places_that_do_not_say() {
    let app = TestApp::demo().await;
    let r = app.get("/en/search?q=1080&open_now=true").await;
    assert!(
        r.body.contains("do not give their opening hours"),
        "{}",
        r.body
    );
    assert!(r.body.contains("open_unknown=true"));
    let r = app.get("/nl/search?q=1080&language=ar").await;
    assert!(r.body.contains("zeggen niet welke talen"));
    let r = app
        .get("/nl/search?q=1080&language=ar&language_unknown=true")
        .await;
    assert!(r.body.contains("Open Atelier 110"));
}

#[tokio::test]
async fn the_api_keeps_its_meaning_of_free() {
    let app = TestApp::demo().await;
    let v = app
        .get("/api/v1/places?q=1080&free=true&free_unknown=true")
        .await
        .json();
    assert_eq!(
        v["total"], 0,
        "free_unknown is a page option, not an API parameter"
    );
}
