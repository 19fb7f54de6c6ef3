//! The figures in the back office, `/{lang}/bo/figures`: the coordination
//! reads every place, filtered by period, commune and place; an EPN manager
//! reads their own places only (forced here, whatever the query says). Not
//! suppressed: these are the readers' own or the region's working data.
//! Every table downloads as CSV or XLSX with the same filters.

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use domain::Lang;
use domain::account::Access;
use maud::{Markup, html};
use store::accounts::User;

use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::figures::export::Kind;
use crate::services::figures::filters::{
    FilterInput, FilterProblem, back_office_scope, visible_places,
};
use crate::services::figures::{self, Places, Scope};
use crate::ui::figures::{Downloads, sections as figure_sections};
use crate::ui::form::{FieldError, error_summary, select_field, text_input};
use crate::ui::format::{commune_name, long_date};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/figures", Access::PLACE_EDITORS, figures_page)
        .get("/{lang}/bo/figures/{file}", Access::PLACE_EDITORS, download)
}

/// How a month is written in the filters (an argument, so that an Arabic
/// sentence keeps its digits in order).
const EXAMPLE: &str = "2026-03";

fn label_of(lang: Lang, field: &str) -> String {
    t(lang, &format!("figures-field-{field}"))
}

fn field_errors(lang: Lang, problems: &[FilterProblem]) -> Vec<FieldError> {
    problems
        .iter()
        .map(|p| {
            FieldError::new(
                p.field,
                t_args(
                    lang,
                    &format!("figures-error-{}", p.problem),
                    &[
                        ("field", label_of(lang, p.field).into()),
                        ("example", EXAMPLE.to_owned().into()),
                    ],
                ),
            )
        })
        .collect()
}

/// "Period: 1 January 2026 to 31 December 2026. Places: …" — what the page counts.
fn scope_line(state: &AppState, lang: Lang, scope: &Scope, input: &FilterInput) -> String {
    let dir = state.directory();
    let group = state.region.brochure_group(&input.group);
    let places = match &scope.places {
        Places::All => t(lang, "figures-scope-all"),
        Places::Commune(nis) => t_args(
            lang,
            "figures-scope-commune",
            &[("commune", commune_name(&dir, lang, nis).to_owned().into())],
        ),
        Places::Some(ids) if ids.len() == 1 => {
            let name = dir
                .place_name(ids[0])
                .map(str::to_owned)
                .unwrap_or_default();
            t_args(lang, "figures-scope-place", &[("place", name.into())])
        }
        Places::Some(_) if let Some(g) = group => t_args(
            lang,
            "figures-scope-group",
            &[(
                "group",
                domain::export::name_in(&state.region, &g.name, lang.code())
                    .to_owned()
                    .into(),
            )],
        ),
        Places::Organisation(_) | Places::Some(_) => t(lang, "figures-scope-mine"),
    };
    t_args(
        lang,
        "figures-scope",
        &[
            ("from", long_date(lang, &scope.from.to_string()).into()),
            ("to", long_date(lang, &scope.to.to_string()).into()),
            ("places", places.into()),
        ],
    )
}

fn filters_form(
    state: &AppState,
    lang: Lang,
    user: &User,
    input: &FilterInput,
    errors: &[FieldError],
) -> Markup {
    let l = lang.code();
    let dir = state.directory();
    let hint = t_args(
        lang,
        "figures-month-hint",
        &[("example", EXAMPLE.to_owned().into())],
    );
    let mut communes: Vec<(String, String)> = state
        .region
        .communes
        .iter()
        .map(|c| (c.nis.clone(), commune_name(&dir, lang, &c.nis).to_owned()))
        .collect();
    communes.sort_by(|a, b| a.1.cmp(&b.1));
    let groups: Vec<(&str, &str)> = state
        .region
        .brochure_groups
        .iter()
        .map(|g| {
            (
                g.code.as_str(),
                domain::export::name_in(&state.region, &g.name, l),
            )
        })
        .collect();
    let places = visible_places(user, &dir);
    let coordination = user.role.is_coordination();
    html! {
        form.filters method="get" action=(format!("/{l}/bo/figures")) {
            h2 { (t(lang, "figures-filter-title")) }
            (text_input("from", &label_of(lang, "from"), "text", &input.from, Some(&hint), errors))
            (text_input("to", &label_of(lang, "to"), "text", &input.to, Some(&hint), errors))
            @if coordination {
                (select_field("commune", &label_of(lang, "commune"), None, errors, html! {
                    option value="" { (t(lang, "figures-any-commune")) }
                    @for (nis, name) in &communes {
                        option value=(nis) selected[input.commune == *nis] { (name) }
                    }
                }))
                @if !groups.is_empty() {
                    (select_field("group", &label_of(lang, "group"), Some(&t(lang, "figures-group-hint")), errors, html! {
                        option value="" { (t(lang, "figures-any-group")) }
                        @for (code, name) in &groups {
                            option value=(code) selected[input.group == *code] { (name) }
                        }
                    }))
                }
            }
            (select_field("place", &label_of(lang, "place"), None, errors, html! {
                option value="" { (t(lang, if coordination { "figures-any-place" } else { "figures-all-my-places" })) }
                @for (id, name) in &places {
                    option value=(id) selected[input.place == id.to_string()] { (name) }
                }
            }))
            button type="submit" { (t(lang, "figures-show")) }
        }
    }
}

async fn figures_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let input = FilterInput::from_query(raw.as_deref().unwrap_or(""), state.today());
    let dir = state.directory();
    let (scope, errors) = match back_office_scope(user, &dir, &input) {
        Ok(s) => (Some(s), vec![]),
        Err(p) => (None, field_errors(lang, &p)),
    };
    let sections = match &scope {
        Some(s) => figures::sections(&state, s).await?,
        None => vec![],
    };
    let query = input.query();
    let downloads = Downloads {
        path: "bo/figures",
        query: &query,
    };
    let title = t(lang, "figures-bo-title");
    let intro = if user.role.is_coordination() {
        "figures-bo-intro-coordination"
    } else {
        "figures-bo-intro-manager"
    };
    let body = html! {
        (error_summary(lang, &errors))
        h1 { (title) }
        p { (t(lang, intro)) }
        (filters_form(&state, lang, user, &input, &errors))
        @if let Some(s) = &scope {
            p.notice role="status" { (scope_line(&state, lang, s, &input)) }
        }
        (figure_sections(lang, &sections, state.config.small_cell, &downloads))
    };
    let tail = match &raw {
        Some(q) if !q.is_empty() => format!("/bo/figures?{q}"),
        _ => "/bo/figures".to_owned(),
    };
    let mut res = back_office_page(lang, &ctx, &title, &tail, body);
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

/// One table of the back-office figures, with the page's filters.
async fn download(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, file)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let (id, kind) = Kind::of_file(&file).ok_or(PageError::NotFound)?;
    let input = FilterInput::from_query(raw.as_deref().unwrap_or(""), state.today());
    let scope =
        back_office_scope(user, &state.directory(), &input).map_err(|_| PageError::NotFound)?;
    let table = figures::table(&state, &scope, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let bytes = kind
        .render(lang, &table, state.config.small_cell)
        .map_err(PageError::internal)?;
    let period = format!("{}-{}", input.from, input.to);
    Ok(crate::ui::download::attachment(
        kind.content_type(),
        &kind.file_name(&table, &period),
        bytes,
    ))
}
