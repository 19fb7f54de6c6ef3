//! E-mails to staff (the coordination, EPN managers, referrers) are written
//! in each of the region's official languages, one after the other.

use domain::{Lang, Region};

use crate::App;
use crate::mail::Mail;

/// The languages of e-mails to staff: the region's official languages that
/// the interface speaks, each in turn (French when none is known).
pub fn staff_langs(region: &Region) -> Vec<Lang> {
    let langs: Vec<Lang> = region
        .languages
        .iter()
        .filter_map(|l| Lang::parse(l))
        .collect();
    if langs.is_empty() {
        vec![Lang::Fr]
    } else {
        langs
    }
}

/// Sends the same e-mail to each address. A failure is logged by
/// `App::send_mail` and does not stop the others: what the e-mail tells of
/// (a step, a report) is recorded whether or not it could be sent.
pub async fn send_to_all(app: &App, to: &[String], subject: &str, body: &str) {
    for address in to {
        let mail = Mail {
            to: address.clone(),
            subject: subject.to_owned(),
            body: body.to_owned(),
        };
        let _ = app.send_mail(&mail).await;
    }
}

/// A subject in each staff language, joined with " / ".
pub fn staff_subject(langs: &[Lang], f: impl Fn(Lang) -> String) -> String {
    langs.iter().map(|l| f(*l)).collect::<Vec<_>>().join(" / ")
}

/// A body in each staff language, one after the other.
pub fn staff_body(langs: &[Lang], f: impl Fn(Lang) -> String) -> String {
    langs
        .iter()
        .map(|l| f(*l))
        .collect::<Vec<_>>()
        .join("\n\n----------------------------------------\n\n")
}
