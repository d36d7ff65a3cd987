//! The one CSV writer (RFC 4180): a UTF-8 byte order mark so Excel knows the encoding, CRLF line
//! ends, fields quoted when needed. Dutch uses `;` between fields (its decimal mark is the comma),
//! so Dutch Excel opens the file directly; English uses `,`.

use crate::domain::i18n::Lang;

/// The field separator for `lang`.
pub const fn separator(lang: Lang) -> char {
    match lang {
        Lang::Nl => ';',
        Lang::En => ',',
    }
}

/// One CSV field, quoted if it holds the separator, a quote or a line break.
pub fn field(value: &str, separator: char) -> String {
    if value.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// A whole table in `lang`'s conventions: the header row, then one line per row.
pub fn table<R, C>(lang: Lang, header: impl IntoIterator<Item = String>, rows: R) -> String
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let sep = separator(lang);
    let line = |cells: &mut dyn Iterator<Item = String>| {
        let mut out = cells.map(|c| field(&c, sep)).collect::<Vec<_>>().join(&sep.to_string());
        out.push_str("\r\n");
        out
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&line(&mut header.into_iter()));
    for row in rows {
        out.push_str(&line(&mut row.into_iter()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(field("plain", ';'), "plain");
        assert_eq!(field("a;b", ';'), "\"a;b\"");
        assert_eq!(field("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\r\nlines", ','), "\"two\r\nlines\"");
    }

    #[test]
    fn tables_have_a_bom_crlf_and_the_language_separator() {
        let t = table(
            Lang::Nl,
            ["a".to_string(), "b;c".to_string()],
            [vec!["1,5".to_string(), "2".to_string()]],
        );
        assert_eq!(t, "\u{feff}a;\"b;c\"\r\n1,5;2\r\n");
        let t = table(Lang::En, ["x".to_string()], Vec::<Vec<String>>::new());
        assert_eq!(t, "\u{feff}x\r\n");
    }
}
