//! Where a problem is: [`DataError`] names the file, the line and the field, and a
//! [`Locator`] turns a parser's byte offsets into lines.

use std::fmt;

use toml::Spanned;

/// One problem in the dataset, located as precisely as the parser allows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub line: usize,
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: field `{}`: {}",
            self.file, self.line, self.field, self.message
        )
    }
}

/// Maps byte offsets to 1-based line numbers in one file.
pub struct Locator<'a> {
    pub file: &'a str,
    text: &'a str,
}

impl<'a> Locator<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Locator { file, text }
    }

    pub(crate) fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    pub fn error_at_line(&self, line: usize, field: &str, message: String) -> DataError {
        DataError {
            file: self.file.to_string(),
            line,
            field: field.to_string(),
            message,
        }
    }

    pub fn error<T>(&self, at: &Spanned<T>, field: &str, message: String) -> DataError {
        self.error_at_line(self.line_of(at.span().start), field, message)
    }

    /// A file that is not the TOML its reader expects. toml reports missing and unknown
    /// fields in prose; the field name is pulled out for the message.
    pub(crate) fn toml_error(&self, error: &toml::de::Error) -> DataError {
        let line = error.span().map(|s| self.line_of(s.start)).unwrap_or(1);
        let message = error.message().trim().to_string();
        let field = message
            .split('`')
            .nth(1)
            .filter(|_| message.matches('`').count() >= 2)
            .unwrap_or("toml")
            .to_string();
        self.error_at_line(line, &field, message)
    }
}
