//! Text messages. The application holds one [`SmsSender`] (`App::sms`),
//! like its mailer: [`LogSms`] by default, a gateway in a deployment, a
//! [`RecordingSms`] in tests.

use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;

/// Sends a text message. Implement it for an SMS gateway and give it to
/// `App::with_sms`; the default, [`LogSms`], only writes to the log.
pub trait SmsSender: Send + Sync {
    fn send<'a>(
        &'a self,
        to: &'a str,
        text: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;
}

/// Writes the message to the log (phone number masked) instead of sending it.
#[derive(Debug, Clone, Copy, Default)]
pub struct LogSms;

/// "+32 470 12 34 56" → "…56": enough to tell messages apart in a log.
fn mask(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    format!("…{}", &digits[digits.len().saturating_sub(2)..])
}

impl SmsSender for LogSms {
    fn send<'a>(
        &'a self,
        to: &'a str,
        text: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>> {
        Box::pin(async move {
            tracing::info!(to = %mask(to), text, "SMS not sent (no SMS gateway plugged in): logged");
            Ok(())
        })
    }
}

/// Keeps the messages it is given (recipient, text), for tests.
#[derive(Debug, Default)]
pub struct RecordingSms {
    sent: Mutex<Vec<(String, String)>>,
}

impl RecordingSms {
    /// The messages sent so far, oldest first.
    pub fn sent(&self) -> Vec<(String, String)> {
        self.sent.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

impl SmsSender for RecordingSms {
    fn send<'a>(
        &'a self,
        to: &'a str,
        text: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>> {
        if let Ok(mut s) = self.sent.lock() {
            s.push((to.to_owned(), text.to_owned()));
        }
        Box::pin(async { Ok(()) })
    }
}
