//! The referrer's form: send a person to a place or a session. Reached from
//! the directory, a session, or the diagnostic's result with the person's
//! answers (`?place=ID|session=ID&diag=<form-encoded answers>`).

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::diagnostic::{Answers, Profile, score};
use domain::referral::{ContactWay, NEEDS, need_label_key, needs_from_profile};
use domain::vocab::VocabKind;
use maud::{Markup, html};
use store::accounts::User;
use store::referrals::NewReferral;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::services::referrals;
use crate::ui::form::{FieldError, error_for, error_summary, select_field, text_input};
use crate::ui::format::label;
use crate::ui::{PageLang, PageResult};

const DAY: i64 = 86_400;

/// The form as typed.
#[derive(Debug, Clone, Default)]
struct ReferralForm {
    /// "place:ID" or "session:ID".
    target: String,
    person_name: String,
    lang: String,
    needs: Vec<String>,
    needs_note: String,
    contact_way: String,
    contact_value: String,
    /// The diagnostic's answers, form-encoded, as the diagnostic page gave them.
    diag: String,
    share_diagnostic: bool,
    consent: bool,
}

impl ReferralForm {
    fn from_pairs(body: &[u8]) -> ReferralForm {
        let mut f = ReferralForm::default();
        for (k, v) in form_urlencoded::parse(body) {
            let v = v.into_owned();
            match k.as_ref() {
                "target" => f.target = v,
                "place" if !v.is_empty() => f.target = format!("place:{v}"),
                "session" if !v.is_empty() => f.target = format!("session:{v}"),
                "person_name" => f.person_name = v,
                "lang" => f.lang = v,
                "needs" if NEEDS.contains(&v.as_str()) => f.needs.push(v),
                "needs_note" => f.needs_note = v,
                "contact_way" => f.contact_way = v,
                "contact_value" => f.contact_value = v,
                "diag" => f.diag = v,
                "share_diagnostic" => f.share_diagnostic = true,
                "consent" => f.consent = true,
                _ => {}
            }
        }
        f
    }
}

/// The diagnostic's answers and result, when the form carries valid ones.
fn diagnostic(form: &ReferralForm, lang: Lang) -> Option<(Answers, Profile)> {
    if form.diag.trim().is_empty() {
        return None;
    }
    let pairs: Vec<(String, String)> = form_urlencoded::parse(form.diag.as_bytes())
        .into_owned()
        .collect();
    let answers = Answers::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), lang).ok()?;
    let profile = score(&answers);
    Some((answers, profile))
}

/// The consent text, exactly as shown and stored.
fn consent_text(state: &AppState, lang: Lang, from: &str) -> String {
    t_args(
        lang,
        "referral-consent-text",
        &[
            ("from", from.to_owned().into()),
            (
                "months",
                i32::try_from(state.config.retention_months)
                    .unwrap_or(12)
                    .into(),
            ),
        ],
    )
}

/// A group of the "where to" list: its label and its (value, label) options.
type TargetGroup = (String, Vec<(String, String)>);

/// Where a person may be sent: every place, grouped by commune (communes in
/// alphabetical order, places by name, each with its postcode), then the
/// sessions of the next 60 days that still take bookings.
async fn targets(state: &AppState, lang: Lang) -> Result<Vec<TargetGroup>, store::StoreError> {
    let dir = state.directory();
    let mut places: Vec<_> = dir
        .summaries()
        .map(|p| {
            (
                crate::ui::format::commune_name(&dir, lang, p.commune_nis).to_owned(),
                p,
            )
        })
        .collect();
    places.sort_by_key(|(commune, p)| (domain::text::fold(commune), domain::text::fold(p.name)));
    let mut out: Vec<TargetGroup> = Vec::new();
    for (commune, p) in places {
        let text = match p.postcode {
            Some(pc) => format!("{} ({pc})", p.name),
            None => p.name.to_owned(),
        };
        let option = (format!("place:{}", p.id), text);
        match out.last_mut() {
            Some((label, options)) if *label == commune => options.push(option),
            _ => out.push((commune, vec![option])),
        }
    }
    let now = state.now().timestamp();
    let mut sessions = Vec::new();
    for s in state.db.sessions_between(now, now + 60 * DAY).await? {
        if s.is_bookable(now) {
            let when = crate::ui::format::local_time_span(
                lang,
                state.region.timezone,
                s.starts_at,
                s.ends_at,
            );
            sessions.push((format!("session:{}", s.id), format!("{} – {when}", s.title)));
        }
    }
    if !sessions.is_empty() {
        out.push((t(lang, "referral-target-sessions"), sessions));
    }
    Ok(out)
}

/// (place, session, receiving organisation) of a target value, if it exists and still takes people.
async fn resolve_target(state: &AppState, v: &str) -> Option<(Option<i64>, Option<i64>, i64)> {
    let (kind, id) = v.split_once(':')?;
    let id: i64 = id.parse().ok()?;
    match kind {
        "place" => {
            let org = state.directory().place(id)?.organisation_id;
            Some((Some(id), None, org))
        }
        "session" => {
            let s = state.db.activity_session(id).await.ok()??;
            s.is_bookable(state.now().timestamp()).then_some((
                s.place_id,
                Some(s.id),
                s.organisation_id,
            ))
        }
        _ => None,
    }
}

fn choice(name: &str, id: String, value: &str, checked: bool, text: String, kind: &str) -> Markup {
    html! {
        div.check {
            input type=(kind) id=(id) name=(name) value=(value) checked[checked];
            label for=(id) { (text) }
        }
    }
}

async fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    user: &User,
    form: &ReferralForm,
    errors: &[FieldError],
) -> PageResult {
    let targets = targets(state, lang).await?;
    let from = structure_name(state, user).await;
    let diag = diagnostic(form, lang);
    let fixed = targets
        .iter()
        .flat_map(|(_, options)| options)
        .find(|(v, _)| *v == form.target && !form.target.is_empty());
    let l = lang.code();
    let err_class = |f: &str| {
        if error_for(errors, f).is_some() {
            "has-error"
        } else {
            ""
        }
    };
    let body = html! {
        h1 { (t(lang, "referral-new-title")) }
        p { (t(lang, "referral-new-intro")) }
        (error_summary(lang, errors))
        form.referral-form method="post" action=(format!("/{l}/bo/referrals")) novalidate {
            (csrf_field(ctx))
            input type="hidden" name="diag" value=(form.diag);
            (select_field("target", &t(lang, "referral-field-target"), None, errors, html! {
                @if fixed.is_none() { option value="" { (t(lang, "referral-choose-target")) } }
                @for (group, options) in &targets {
                    optgroup label=(group) {
                        @for (v, name) in options { option value=(v) selected[*v == form.target] { (name) } }
                    }
                }
            }))
            (text_input("person_name", &t(lang, "referral-field-person-name"), "text", &form.person_name,
                Some(&t(lang, "referral-person-name-hint")), errors))
            div.field {
                label for="lang" { (t(lang, "referral-field-lang")) }
                select #lang name="lang" {
                    @for term in state.vocab.terms(VocabKind::Language) {
                        option value=(term.code) selected[term.code == form.lang] { (label(lang, VocabKind::Language, &term.code)) }
                    }
                }
            }
            @if let Some((_, profile)) = &diag {
                section.referral-diagnostic aria-labelledby="diag-summary" {
                    h2 #diag-summary { (t(lang, "referral-diagnostic-title")) }
                    p { (t(lang, &profile.persona.label_key())) " – " (t(lang, &profile.urgency.label_key())) }
                    div.check {
                        input #share_diagnostic type="checkbox" name="share_diagnostic" value="true" checked[form.share_diagnostic];
                        label for="share_diagnostic" { (t(lang, "referral-field-share-diagnostic")) }
                    }
                }
            }
            fieldset.field.checkboxes.(err_class("needs")) {
                legend { (t(lang, "referral-field-needs")) }
                @if let Some(e) = error_for(errors, "needs") { p.field-error #needs-error { (e) } }
                @for (i, code) in NEEDS.iter().enumerate() {
                    (choice("needs", if i == 0 { "needs".into() } else { format!("needs-{code}") }, code,
                        form.needs.iter().any(|n| n == code), t(lang, &need_label_key(code)), "checkbox"))
                }
            }
            div.field {
                label for="needs_note" { (t(lang, "referral-field-needs-note")) }
                p.hint #needs_note-hint { (t(lang, "referral-needs-note-hint")) }
                textarea #needs_note name="needs_note" rows="3" aria-describedby="needs_note-hint" { (form.needs_note) }
            }
            fieldset.field.(err_class("contact_way")) {
                legend { (t(lang, "referral-field-contact-way")) }
                @if let Some(e) = error_for(errors, "contact_way") { p.field-error #contact_way-error { (e) } }
                @for (i, way) in ContactWay::ALL.iter().enumerate() {
                    (choice("contact_way", if i == 0 { "contact_way".into() } else { format!("contact_way-{}", way.code()) },
                        way.code(), form.contact_way == way.code(), t(lang, &way.label_key()), "radio"))
                }
            }
            (text_input("contact_value", &t(lang, "referral-field-contact-value"), "text", &form.contact_value,
                Some(&t(lang, "referral-contact-value-hint")), errors))
            div.field.(err_class("consent")) {
                p #consent-text.consent-text { (consent_text(state, lang, &from)) }
                @if let Some(e) = error_for(errors, "consent") { p.field-error #consent-error { (e) } }
                div.check {
                    input #consent type="checkbox" name="consent" value="true" checked[form.consent]
                        aria-describedby="consent-text" aria-invalid=[error_for(errors, "consent").map(|_| "true")];
                    label for="consent" { (t(lang, "referral-field-consent")) }
                }
            }
            button type="submit" { (t(lang, "referral-send-button")) }
        }
    };
    Ok(crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &t(lang, "referral-new-title"),
        "/bo/referrals/new",
        body,
        !errors.is_empty(),
    ))
}

/// The name of the referrer's structure.
async fn structure_name(state: &AppState, user: &User) -> String {
    match user.organisations.first() {
        Some(id) => state
            .db
            .organisation(*id)
            .await
            .ok()
            .flatten()
            .map(|o| o.name)
            .unwrap_or_default(),
        None => String::new(),
    }
}

pub(super) async fn new_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(query): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let mut form = ReferralForm::from_pairs(query.unwrap_or_default().as_bytes());
    form.consent = false;
    form.lang = lang.code().to_owned();
    if let Some((answers, profile)) = diagnostic(&form, lang) {
        form.needs = needs_from_profile(&answers, &profile)
            .into_iter()
            .map(str::to_owned)
            .collect();
    }
    render(&state, lang, &ctx, user, &form, &[]).await
}

/// Checks the form; the referral to record, or the errors in the order of the fields.
async fn check(
    state: &AppState,
    lang: Lang,
    user: &User,
    form: &ReferralForm,
) -> Result<NewReferral, Vec<FieldError>> {
    let mut errors = Vec::new();
    let target = resolve_target(state, &form.target).await;
    if target.is_none() {
        errors.push(FieldError::new("target", t(lang, "referral-error-target")));
    }
    let name = domain::FirstName::parse(&form.person_name);
    if name.is_err() {
        errors.push(FieldError::new(
            "person_name",
            t(lang, "referral-error-person-name"),
        ));
    }
    if form.needs.is_empty() && form.needs_note.trim().is_empty() {
        errors.push(FieldError::new("needs", t(lang, "referral-error-needs")));
    }
    let way = ContactWay::parse(&form.contact_way);
    let value = form.contact_value.trim();
    let contact_value = match way {
        None => {
            errors.push(FieldError::new(
                "contact_way",
                t(lang, "referral-error-contact-way"),
            ));
            None
        }
        Some(ContactWay::Phone) => match domain::PhoneNumber::parse(value) {
            Ok(p) => Some(p.into_string()),
            Err(_) => {
                errors.push(FieldError::new(
                    "contact_value",
                    t(lang, "referral-error-phone"),
                ));
                None
            }
        },
        Some(ContactWay::Email) => match domain::Email::parse(value) {
            Ok(e) => Some(e.into_string()),
            Err(_) => {
                errors.push(FieldError::new(
                    "contact_value",
                    t(lang, "referral-error-email"),
                ));
                None
            }
        },
        Some(ContactWay::ThroughReferrer) => None,
    };
    if !form.consent {
        errors.push(FieldError::new(
            "consent",
            t(lang, "referral-error-consent"),
        ));
    }
    let from = user.organisations.first().copied();
    let (Some((place_id, session_id, to)), Some(way), Some(from), Ok(name), true) =
        (target, way, from, name, errors.is_empty())
    else {
        return Err(errors);
    };
    let diagnostic_json = diagnostic(form, lang).map(|(answers, profile)| {
        serde_json::json!({"answers": answers, "profile": profile}).to_string()
    });
    let lang_code = if state
        .vocab
        .terms(VocabKind::Language)
        .iter()
        .any(|term| term.code == form.lang)
    {
        form.lang.clone()
    } else {
        lang.code().to_owned()
    };
    let now = state.now().timestamp();
    Ok(NewReferral {
        from_organisation_id: from,
        created_by: user.id,
        place_id,
        session_id,
        to_organisation_id: to,
        person_name: name.into_string(),
        contact_way: way,
        contact_value,
        lang: lang_code,
        needs: form.needs.clone(),
        needs_note: Some(form.needs_note.trim().to_owned()).filter(|s| !s.is_empty()),
        share_diagnostic: form.share_diagnostic && diagnostic_json.is_some(),
        diagnostic_json,
        consent_text: consent_text(state, lang, &structure_name(state, user).await),
        consent_at: now,
    })
}

pub(super) async fn create(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let form = ReferralForm::from_pairs(&body);
    let new = match check(&state, lang, user, &form).await {
        Ok(n) => n,
        Err(errors) => return render(&state, lang, &ctx, user, &form, &errors).await,
    };
    let id = referrals::send(&state, &new).await?;
    Ok(Redirect::to(&format!("/{}/bo/referrals/{id}?sent=1", lang.code())).into_response())
}
