//! Build step (run by `scripts/post-build.mjs`): writes every page, in both languages, as finished
//! HTML into the staged release, so a visitor, a search engine or a link preview sees the page
//! before (or without) the WebAssembly. The app then takes the page over in short steps, off
//! screen, and swaps it in when it is complete (`ui::takeover`).
//!
//! Usage: `prerender <staging dir> <public URL>`; `SITE_URL` (e.g. `https://example.nl`) makes
//! the canonical links, the sitemap and the link-preview addresses absolute.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use adoptieplanner::domain::format::html::escape;
use adoptieplanner::domain::i18n::{text, Key, Lang};
use adoptieplanner::domain::texts;
use adoptieplanner::domain::web::bundle::Bundle;
use adoptieplanner::domain::web::page::{normalize_base, prerendered, Page, Prerendered};
use leptos::prelude::*;

/// Where the pages are served when `SITE_URL` is not set: `make run`'s address.
const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080";

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(public_url)) = (args.next(), args.next()) else {
        eprintln!("usage: prerender <staging dir> <public URL>");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    let base = normalize_base(&public_url);
    let site = std::env::var("SITE_URL")
        .ok()
        .map(|s| s.trim().trim_end_matches('/').to_string())
        .filter(|s| s.starts_with("http://") || s.starts_with("https://"))
        .unwrap_or_else(|| DEFAULT_SITE_URL.to_string());
    let template = read(&dir.join("index.html"));
    adoptieplanner::ui::embed::set_prerender_base(&base);

    let pages = prerendered();
    for page in &pages {
        let body = render(&format!("{base}{}?lang={}", page.path, page.lang.code()));
        let html = document(&template, page, &body, &base, &site);
        let file = if page.path == "/" {
            dir.join("index.html")
        } else {
            dir.join(page.path.trim_start_matches('/')).join("index.html")
        };
        write(&file, &html);
    }
    for lang in Lang::ALL {
        write(&dir.join(preview_file(lang)), preview(lang));
        // The language's texts, which the app loads before it shows that language.
        write(&dir.join(texts::file_name(lang)), texts::compiled(lang));
    }
    write(&dir.join("sitemap.xml"), sitemap(&pages, &base, &site));
    write(
        &dir.join("robots.txt"),
        format!("User-agent: *\nAllow: /\n\nSitemap: {site}{base}/sitemap.xml\n"),
    );
    println!(
        "prerender: {} pages, sitemap and robots.txt for {site}{base}/",
        pages.len()
    );
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())))
}

fn write(path: &Path, contents: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", parent.display())));
    }
    std::fs::write(path, contents).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}

/// The app's HTML for `url`, as the browser build would first render it with nothing stored.
fn render(url: &str) -> String {
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    owner.with(|| {
        provide_context(leptos_router::location::RequestUrl::new(url));
        adoptieplanner::ui::App().to_html()
    })
}

/// The absolute address of `path` (inside the app) on the site.
fn absolute(site: &str, base: &str, path: &str) -> String {
    format!("{site}{base}{path}")
}

/// The template with the page's language, head and body filled in.
fn document(template: &str, page: &Prerendered, body: &str, base: &str, site: &str) -> String {
    let lang = page.lang;
    let url = |path: &str| absolute(site, base, path);
    let title = escape(&page.title());
    let description = escape(page.description());
    let mut head = String::new();
    let _ = writeln!(head, "<title>{title}</title>");
    let _ = writeln!(head, "  <meta name=\"description\" content=\"{description}\">");
    let _ = writeln!(head, "  <link rel=\"canonical\" href=\"{}\">", url(&page.canonical));
    for other in Lang::ALL {
        let _ = writeln!(
            head,
            "  <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            other.code(),
            url(&page.alternate(other))
        );
    }
    let _ = writeln!(
        head,
        "  <link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        url(&page.alternate(Lang::Nl))
    );
    let _ = writeln!(head, "  <meta property=\"og:type\" content=\"website\">");
    let _ = writeln!(
        head,
        "  <meta property=\"og:site_name\" content=\"{}\">",
        escape(text(Key::AppName, lang))
    );
    let _ = writeln!(head, "  <meta property=\"og:title\" content=\"{title}\">");
    let _ = writeln!(head, "  <meta property=\"og:description\" content=\"{description}\">");
    let _ = writeln!(
        head,
        "  <meta property=\"og:url\" content=\"{}\">",
        url(&page.canonical)
    );
    let _ = writeln!(
        head,
        "  <meta property=\"og:locale\" content=\"{}\">",
        if lang == Lang::Nl { "nl_NL" } else { "en_GB" }
    );
    let image = url(&format!("/{}", preview_file(lang)));
    let alt = escape(text(Key::PreviewAlt, lang));
    let _ = writeln!(head, "  <meta property=\"og:image\" content=\"{image}\">");
    let _ = writeln!(head, "  <meta property=\"og:image:width\" content=\"{PREVIEW_WIDTH}\">");
    let _ = writeln!(
        head,
        "  <meta property=\"og:image:height\" content=\"{PREVIEW_HEIGHT}\">"
    );
    let _ = writeln!(head, "  <meta property=\"og:image:alt\" content=\"{alt}\">");
    let _ = writeln!(head, "  <meta name=\"twitter:card\" content=\"summary_large_image\">");
    let _ = writeln!(head, "  <meta name=\"twitter:image\" content=\"{image}\">");
    let _ = writeln!(head, "  <meta name=\"twitter:title\" content=\"{title}\">");
    let _ = write!(head, "  <meta name=\"twitter:description\" content=\"{description}\">");

    let mut html = template.to_string();
    // The template's own title and description make way for the page's.
    html = replace_element(&html, "<title>", "</title>", &head);
    html = remove_tag(&html, "<meta name=\"description\"");
    html = html.replacen(
        "<html lang=\"nl\"",
        &format!(
            "<html lang=\"{}\" data-bundle=\"{}\" data-prerendered",
            lang.code(),
            Bundle::of_page(page.page).name()
        ),
        1,
    );
    // Pages whose figures the visitor changes say so without JavaScript, and show "loading"
    // instead of the example figures while a link's own figures (`?s=`) are applied.
    let interactive = matches!(page.page, Page::Roi | Page::Planning);
    let notes = if interactive {
        format!(
            "<noscript><p class=\"notice\" id=\"needs-script\">{}</p></noscript><p class=\"notice prerender-loading\" role=\"status\">{}</p>",
            escape(text(Key::PrerenderNeedsScript, lang)),
            escape(text(Key::PrerenderLinkLoading, lang))
        )
    } else {
        String::new()
    };
    // The content goes right after <body>; the template's <noscript> note is for the pages that
    // cannot be read without the app (none now), so it goes.
    let html = replace_element(&html, "<noscript>", "</noscript>", "");
    let Some(at) = html.find("<body>").map(|i| i + "<body>".len()) else {
        fail("the template has no <body>");
    };
    let body = body.replacen(
        "<main id=\"inhoud\" tabindex=\"-1\">",
        &format!("<main id=\"inhoud\" tabindex=\"-1\">{notes}"),
        1,
    );
    format!("{}{}{}", &html[..at], body, &html[at..])
}

/// `s` with the first element from `start` to the next `end` (both included) replaced by `with`.
fn replace_element(s: &str, start: &str, end: &str, with: &str) -> String {
    match s
        .find(start)
        .and_then(|a| s[a..].find(end).map(|b| (a, a + b + end.len())))
    {
        Some((a, b)) => format!("{}{with}{}", &s[..a], &s[b..]),
        None => s.to_string(),
    }
}

/// `s` without the first tag that starts with `opening` (up to its `>` and the line break after it).
fn remove_tag(s: &str, opening: &str) -> String {
    match s.find(opening).and_then(|a| s[a..].find('>').map(|b| (a, a + b + 1))) {
        Some((a, b)) => {
            let b = if s[b..].starts_with('\n') { b + 1 } else { b };
            let a = s[..a].trim_end_matches([' ', '\t']).len();
            format!("{}{}", &s[..a], &s[b..])
        }
        None => s.to_string(),
    }
}

/// Every canonical page with its language alternates.
fn sitemap(pages: &[Prerendered], base: &str, site: &str) -> String {
    let url = |path: &str| absolute(site, base, path);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages.iter().filter(|p| p.path == p.canonical) {
        let _ = writeln!(xml, "  <url>\n    <loc>{}</loc>", url(&page.path));
        for lang in Lang::ALL {
            let _ = writeln!(
                xml,
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                lang.code(),
                url(&page.alternate(lang))
            );
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// The link-preview image's size (the common 1.91:1 of Open Graph).
const PREVIEW_WIDTH: usize = 1200;
const PREVIEW_HEIGHT: usize = 630;

fn preview_file(lang: Lang) -> String {
    format!("preview-{}.png", lang.code())
}

/// The link-preview image in `lang`, drawn from the planner's own design: the brand blue, the "AI"
/// mark, the name and what it holds, and the four phases in the schedule's colours.
fn preview(lang: Lang) -> Vec<u8> {
    use adoptieplanner::domain::format::png::Canvas;
    use adoptieplanner::domain::guide::GUIDE;
    // Palette: brand blue, white, dark blue, the four phase colours.
    const PALETTE: [[u8; 3]; 7] = [
        [0x0b, 0x5c, 0xad],
        [0xff, 0xff, 0xff],
        [0x0a, 0x3d, 0x73],
        [0xc9, 0xdc, 0xf2],
        [0x9c, 0xc1, 0xea],
        [0x6e, 0xa3, 0xdd],
        [0xd7, 0xec, 0xd9],
    ];
    let (blue, white, dark) = (0, 1, 2);
    let margin = 80;
    let mut c = Canvas::new(PREVIEW_WIDTH, PREVIEW_HEIGHT, blue);
    // The mark: a white square with "AI".
    c.fill(margin, 70, 120, 120, white);
    c.text(margin + 18, 70 + 32, "AI", 8, blue);
    // The name and what it holds, each on one line at the largest size that fits.
    let room = PREVIEW_WIDTH - 2 * margin;
    let fit = |line: &str, largest: usize| {
        (2..=largest)
            .rev()
            .find(|k| Canvas::text_width(line, *k) <= room)
            .unwrap_or(2)
    };
    let name = text(Key::AppName, lang).to_uppercase();
    c.text(margin, 250, &name, fit(&name, 12), white);
    let tagline = text(Key::PreviewTagline, lang).to_uppercase();
    c.text(margin, 380, &tagline, fit(&tagline, 5), white);
    // The four phases, as in the schedule.
    let width = (PREVIEW_WIDTH - 2 * margin) / 4;
    let labels: Vec<String> = GUIDE
        .phases
        .iter()
        .take(4)
        .map(|p| p.name.get(lang).to_uppercase())
        .collect();
    let scale = if labels.iter().all(|l| Canvas::text_width(l, 3) + 24 <= width - 8) {
        3
    } else {
        2
    };
    for (i, label) in labels.iter().enumerate() {
        let x = margin + i * width;
        c.fill(x, 510, width - 8, 60, 3 + i as u8);
        c.text(x + 12, 510 + 30 - 7 * scale / 2, label, scale, dark);
    }
    c.png(&PALETTE)
}
