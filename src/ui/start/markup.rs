//! Writing the front door's markup as text: a template of the planner's own markup with its holes
//! filled in, every text and address escaped.

use crate::domain::format::html::escape_into;

/// Appends `template` with each `{}` in it replaced by the next of `values`, escaped.
pub(super) fn fill(out: &mut String, template: &str, values: &[&str]) {
    let mut values = values.iter();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once("{}") {
        out.push_str(before);
        escape_into(out, values.next().map_or("", |v| v));
        rest = after;
    }
    out.push_str(rest);
}
