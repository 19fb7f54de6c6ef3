//! The page frame: skip link, header with language switcher, main, footer;
//! the back office's frame with its menu by role; JSON-LD and pagination.

use axum::response::{Html, IntoResponse, Response};
use domain::Lang;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t_args, text};

pub static CSS: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| compact_css(include_str!("../../static/app.css")));

/// The style sheet as served: without its comments (they explain the
/// source, not the page) and without indentation or blank lines, so that
/// what a phone downloads stays small as the sheet grows. The sheet has no
/// string holding "/*".
pub fn compact_css(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut rest = src;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Renders a whole page. `tail` is the current path after the language prefix
/// (with its query), so the language switcher keeps the person on the same page.
///
/// A page that carries an error summary gets "Error:" before its title,
/// whichever form it comes from.
pub fn page(lang: Lang, title: &str, tail: &str, main: Markup, head: Option<Markup>) -> Response {
    let has_errors = main.0.contains(crate::ui::form::ERROR_SUMMARY_MARK);
    let title = crate::ui::form::title_with_errors(lang, title, has_errors);
    // The header offers the four languages of the whole site; the public
    // side's other six are listed at the foot of the page (the header stays
    // one or two lines on a phone), which a globe link in the header reaches.
    let back_office = tail.starts_with("/bo");
    let more: Vec<Lang> = Lang::ALL.into_iter().filter(|l| !l.is_staff()).collect();
    let lang_item = |l: Lang| {
        html! {
            li {
                @if l == lang {
                    span aria-current="true" lang=(l.code()) { (l.autonym()) }
                } @else {
                    a href={ "/" (l.code()) (tail) } lang=(l.code()) hreflang=(l.code()) { (l.autonym()) }
                }
            }
        }
    };
    let markup = html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(if lang.is_rtl() { "rtl" } else { "ltr" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – " (text(lang, "site-name")) }
                link rel="stylesheet" href="/static/app.css";
                link rel="icon" href="data:,";
                script src="/static/near.js" defer {}
                @if let Some(h) = head { (h) }
            }
            body {
                a.skip href="#main" { (text(lang, "skip-to-content")) }
                header.site {
                    a.brand href={ "/" (lang.code()) "/" } { (text(lang, "site-name")) }
                    nav aria-label=(text(lang, "languages")) {
                        ul.langs {
                            @for l in Lang::STAFF { (lang_item(l)) }
                            @if !back_office {
                                li { a.more-langs href="#more-languages" {
                                    svg.globe aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20" xmlns="http://www.w3.org/2000/svg" {
                                        circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" {}
                                        path d="M2 12h20M12 2c3 3.5 3 16.5 0 20M12 2c-3 3.5-3 16.5 0 20" fill="none" stroke="currentColor" stroke-width="2" {}
                                    }
                                    " " (text(lang, "languages-more"))
                                } }
                            }
                        }
                    }
                }
                main #main tabindex="-1" { (main) }
                footer.site {
                    @if !back_office {
                        @if !lang.is_reviewed() {
                            p.translation-note role="note" { (text(lang, "translation-not-reviewed")) }
                        }
                        nav #more-languages aria-label=(text(lang, "languages-more")) {
                            ul.langs { @for l in more.iter().copied() { (lang_item(l)) } }
                        }
                    }
                    p { (text(lang, "footer-text")) }
                    p { a href={ "/" (lang.code()) "/communes" } { (text(lang, "all-communes")) }
                        " · " a href={ "/" (lang.code()) "/open-data" } { (text(lang, "opendata-link")) }
                        " · " a href={ "/" (lang.code()) "/figures" } { (text(lang, "figures-link")) }
                        " · " a href={ "/" (lang.code()) "/annual-report" } { (text(lang, "annual-list-title")) }
                        " · " a href="/api/v1/openapi.json" { (text(lang, "contact-footer-data")) } }
                }
            }
        }
    };
    Html(markup.into_string()).into_response()
}

/// Embeds JSON-LD safely inside a script data block.
pub fn json_ld(value: &serde_json::Value) -> Markup {
    let json = value.to_string().replace("</", "<\\/");
    html! { script type="application/ld+json" { (PreEscaped(json)) } }
}

/// How far a list in pages goes: its number of pages, or only whether
/// another page follows (a list that is not counted, like the audit log).
#[derive(Debug, Clone, Copy)]
pub enum Pages {
    Total(usize),
    More(bool),
}

/// Previous and next links (and "page 2 of 5" when counted) for a list in
/// pages: `/{lang}/{path}` with the query `raw` and its `page` changed.
/// Nothing when there is one page.
pub fn pagination(lang: Lang, path: &str, raw: &str, page: usize, pages: Pages) -> Markup {
    let next = match pages {
        Pages::Total(n) => page < n,
        Pages::More(more) => more,
    };
    if page <= 1 && !next {
        return html! {};
    }
    let base: Vec<(String, String)> = form_urlencoded::parse(raw.as_bytes())
        .filter(|(k, _)| k != "page")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let href = |n: usize| {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &base {
            s.append_pair(k, v);
        }
        s.append_pair("page", &n.to_string());
        format!("/{}/{path}?{}", lang.code(), s.finish())
    };
    html! {
        nav.pages aria-label=(text(lang, "pagination")) {
            @if page > 1 { a rel="prev" href=(href(page - 1)) { (text(lang, "page-previous")) } }
            @if let Pages::Total(n) = pages {
                span { (t_args(lang, "page-of", &[("page", page.into()), ("pages", n.into())])) }
            }
            @if next { a rel="next" href=(href(page + 1)) { (text(lang, "page-next")) } }
        }
    }
}

/// The back-office navigation, by role.
fn nav(lang: Lang, ctx: &Ctx) -> Markup {
    let l = lang.code();
    let Some(user) = &ctx.user else {
        return html! {};
    };
    html! {
        nav.bo aria-label=(text(lang, "bo-nav")) {
            ul {
                li { a href=(format!("/{l}/bo/")) { (text(lang, "bo-home")) } }
                @for (path, key, show) in BO_LINKS {
                    @if show(user.role) {
                        li { a href=(format!("/{l}/bo/{path}")) { (text(lang, key)) } }
                    }
                }
            }
            form.inline method="post" action=(format!("/{l}/logout")) {
                (csrf_field(ctx))
                span.small { (text(lang, "bo-signed-in-as")) " " (user.name) " " }
                button.secondary type="submit" { (text(lang, "logout")) }
            }
        }
    }
}

type ShowFor = fn(domain::account::Role) -> bool;

/// Links of the back-office menu (path after `/{lang}/bo/`, label key, who sees it).
pub const BO_LINKS: &[(&str, &str, ShowFor)] = &[
    ("places", "bo-places", |r| {
        r.is_coordination() || r == domain::account::Role::EpnManager
    }),
    ("proposals", "bo-proposals", |r| r.is_coordination()),
    ("audit", "bo-audit", |r| r.is_coordination()),
    ("users", "bo-users", |r| r == domain::account::Role::Admin),
    ("organisations", "bo-organisations", |r| r.is_coordination()),
    ("import", "bo-import", |r| r.is_coordination()),
    ("reports", "bo-reports", |r| r.is_coordination()),
    ("quality", "bo-quality", |r| r.is_coordination()),
    ("merge", "bo-merge", |r| r.is_coordination()),
    ("indicators", "indicators-nav", |r| r.is_coordination()),
    ("label", "bo-label", |r| {
        r.is_coordination()
            || matches!(
                r,
                domain::account::Role::EpnManager | domain::account::Role::Committee
            )
    }),
    ("capacity", "capacity-nav", |r| {
        r.is_coordination() || r == domain::account::Role::EpnManager
    }),
    ("cadastre", "cadastre-nav", |r| {
        r.is_coordination() || r == domain::account::Role::EpnManager
    }),
    ("sessions", "sessions-bo-link", |r| {
        r.is_coordination() || r == domain::account::Role::EpnManager
    }),
    ("bookings", "sessions-bookings-link", |r| {
        r == domain::account::Role::Referrer
    }),
    ("referrals", "referral-nav", |r| {
        r.is_coordination()
            || matches!(
                r,
                domain::account::Role::EpnManager | domain::account::Role::Referrer
            )
    }),
    ("activity", "activity-nav", |r| {
        r.is_coordination() || r == domain::account::Role::EpnManager
    }),
    ("figures", "figures-nav", |r| {
        r.is_coordination() || r == domain::account::Role::EpnManager
    }),
    ("survey/questionnaires", "survey-forms-nav", |r| {
        r.is_coordination()
    }),
    ("survey/editions", "survey-editions-nav", |r| {
        r.is_coordination()
    }),
    ("budget", "budget-nav-link", |r| {
        r.is_coordination() || r == domain::account::Role::Committee
    }),
    ("plan", "plan-bo-nav-link", |r| {
        r.is_coordination() || r == domain::account::Role::Committee
    }),
    ("annual-report", "annual-bo-nav", |r| r.is_coordination()),
    ("calls", "calls-bo-nav", |r| r.is_coordination()),
    ("equipment", "equipment-bo-nav", |r| {
        r.is_coordination() || r == domain::account::Role::EpnManager
    }),
    ("applications", "calls-applications-nav", |r| {
        r == domain::account::Role::Applicant
    }),
    ("jury", "jury-nav", |r| r == domain::account::Role::Jury),
    ("selection", "selection-nav-link", |r| r.is_coordination()),
    ("account/mails", "account-mails-nav", |_| true),
];

/// A whole back-office page: the public frame with the back-office menu.
pub fn back_office_page(lang: Lang, ctx: &Ctx, title: &str, tail: &str, main: Markup) -> Response {
    let body = html! {
        (nav(lang, ctx))
        (main)
    };
    page(lang, title, tail, body, None)
}

/// A back-office page that carries a form: when the form came back with
/// errors it answers 422 (and, carrying the error summary, its title
/// starts with "Error:", as every page's does).
pub fn back_office_form_page(
    lang: Lang,
    ctx: &Ctx,
    title: &str,
    tail: &str,
    main: Markup,
    has_errors: bool,
) -> Response {
    let mut res = back_office_page(lang, ctx, title, tail, main);
    if has_errors {
        *res.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

#[cfg(test)]
mod tests {
    use super::compact_css;

    #[test]
    fn the_served_sheet_has_no_comments_nor_indentation() {
        let src = "/* a */\nbody {\n  color: red; /* why */\n}\n\n/* multi\nline */\na { b: c; }\n";
        assert_eq!(compact_css(src), "body {\ncolor: red;\n}\na { b: c; }");
        let served = compact_css(include_str!("../../static/app.css"));
        assert!(
            !served.contains("/*") && served.len() < include_str!("../../static/app.css").len()
        );
        assert_eq!(served.matches('{').count(), served.matches('}').count());
    }
}
