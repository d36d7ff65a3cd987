//! Escaping text for HTML, for everything the planner writes as markup itself (the kit's
//! materials, the pages the build writes).

/// Appends `text` to `out` with `&`, `<`, `>`, `"` and `'` escaped: safe in element content and in
/// quoted attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `text` escaped for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<a href="x">Smit & Co's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Smit &amp; Co&#39;s&lt;/a&gt;"
        );
        assert_eq!(escape("café"), "café");
    }
}
