//! Runs of words, as the own-words check compares them, and their fingerprint: a 64-bit FNV-1a hash
//! of each run. Shared by `tests/own_words.rs` (which compares) and `examples/article_fingerprint.rs`
//! (which writes `tests/fixtures/article_runs.txt` from the articles when they are present).

/// The run length that counts as copied.
pub const RUN: usize = 8;

/// Lowercased words: letters and digits, everything else separates.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Every run of [`RUN`] consecutive words, joined by single spaces.
pub fn runs(words: &[String]) -> impl Iterator<Item = String> + '_ {
    words.windows(RUN).map(|w| w.join(" "))
}

/// The fingerprint of one run: FNV-1a, 64 bits, over its UTF-8 bytes. Stable across platforms and
/// Rust versions (unlike `std`'s hasher), and it does not carry the text.
pub fn fingerprint(run: &str) -> u64 {
    run.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// An article's title (a `title:` line, else the first line with text), which the sources page
/// quotes and so is allowed to share words with it.
pub fn title(article: &str) -> Option<&str> {
    article
        .lines()
        .find_map(|l| l.trim().strip_prefix("title:"))
        .or_else(|| article.lines().find(|l| !l.trim().is_empty() && l.trim() != "---"))
}

/// The fingerprints of every run of the articles that is not part of one of their titles, sorted
/// and without repeats: the contents of `tests/fixtures/article_runs.txt`.
pub fn article_fingerprints(articles: &[String]) -> Vec<u64> {
    let titles: Vec<String> = articles
        .iter()
        .filter_map(|a| title(a))
        .map(|t| words(t).join(" "))
        .collect();
    let mut out: Vec<u64> = articles
        .iter()
        .flat_map(|a| {
            runs(&words(a))
                .filter(|run| !titles.iter().any(|t| t.contains(run.as_str())))
                .map(|run| fingerprint(&run))
                .collect::<Vec<_>>()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The fingerprint file's text: a comment header, then one 16-digit hex fingerprint per line.
pub fn render(fingerprints: &[u64]) -> String {
    let mut text = String::from(
        "# Fingerprints of every run of 8 words in the two source articles (FNV-1a 64 of the lowercased\n\
         # run), titles left out. Not the text. Written by `cargo run --example article_fingerprint`;\n\
         # read by tests/own_words.rs.\n",
    );
    for f in fingerprints {
        text.push_str(&format!("{f:016x}\n"));
    }
    text
}

/// The fingerprints in a fingerprint file's text; `None` for a line that is not one.
pub fn parse(text: &str) -> Option<Vec<u64>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| u64::from_str_radix(l, 16).ok())
        .collect()
}
