//! Reading and writing the address's query string (`?lang=en&s=v2_…`) the way browsers encode it:
//! percent-decoding and `+` for spaces, through the `form_urlencoded` crate.

/// The value of parameter `name` in `query` (with or without its `?`), decoded; the first one if
/// it occurs more than once.
pub fn param(query: &str, name: &str) -> Option<String> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// `query` with parameter `name` set to `value` (replaced where it stood, or added at the end),
/// without `?`; other parameters keep their order and values.
pub fn with_param(query: &str, name: &str, value: &str) -> String {
    let mut found = false;
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        if k == name {
            if !found {
                out.append_pair(name, value);
            }
            found = true;
        } else {
            out.append_pair(&k, &v);
        }
    }
    if !found {
        out.append_pair(name, value);
    }
    out.finish()
}

/// `query` without parameter `name`, without `?`; other parameters keep their order and values.
pub fn without_param(query: &str, name: &str) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        if k != name {
            out.append_pair(&k, &v);
        }
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parameter_can_be_taken_out() {
        assert_eq!(
            without_param("?s=v3_qm45&present=2&lang=en", "present"),
            "s=v3_qm45&lang=en"
        );
        assert_eq!(without_param("present=1", "present"), "");
        assert_eq!(without_param("", "present"), "");
        assert_eq!(without_param("a=%C3%A9", "b"), "a=%C3%A9");
    }

    #[test]
    fn reads_decoded_values() {
        assert_eq!(param("?a=1&lang=en", "lang").as_deref(), Some("en"));
        assert_eq!(param("lang", "lang").as_deref(), Some(""));
        assert_eq!(param("", "lang"), None);
        assert_eq!(
            param("?origin=http%3A%2F%2Fintranet.example%3A8080", "origin").as_deref(),
            Some("http://intranet.example:8080")
        );
        assert_eq!(param("?q=a+b%20c", "q").as_deref(), Some("a b c"));
        assert_eq!(param("?s=v1&s=v2", "s").as_deref(), Some("v1"));
    }

    #[test]
    fn writes_one_parameter_and_keeps_the_rest() {
        assert_eq!(with_param("?a=1&lang=nl", "lang", "en"), "a=1&lang=en");
        assert_eq!(with_param("", "lang", "en"), "lang=en");
        assert_eq!(with_param("?a=1", "lang", "nl"), "a=1&lang=nl");
        assert_eq!(with_param("?s=old&lang=nl&s=dup", "s", "v2_qm45"), "s=v2_qm45&lang=nl");
        let q = with_param("?origin=http%3A%2F%2Fx.example", "s", "v2");
        assert_eq!(param(&q, "origin").as_deref(), Some("http://x.example"));
    }
}
