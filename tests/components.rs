//! Component tests in headless Chromium (wasm-bindgen-test): the app shell renders, switches
//! language, and remembers the choice.
#![cfg(target_arch = "wasm32")]

use adoptieplanner::domain::i18n::{text, Key, Lang};
use adoptieplanner::domain::texts;
use adoptieplanner::ui::{i18n::LANG_STORAGE_KEY, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// Lets pending effects and re-renders run: a few turns of the async executor, then one turn of
/// the task queue (the calculator hands the model its inputs in the next task), then the executor
/// again. Nothing waits for a fixed time: each step ends when the work queued before it is done.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
    let next_task = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(next_task).await;
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

/// Puts the test page at `address` (inside the app) without loading it, as an opening address.
fn open_address(address: &str) {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address))
        .expect("address");
}

/// Both languages' texts, as the app loads them from its text files before it starts.
fn install_texts() {
    let files = [
        (Lang::Nl, include_str!(concat!(env!("OUT_DIR"), "/texts-nl.txt"))),
        (Lang::En, include_str!(concat!(env!("OUT_DIR"), "/texts-en.txt"))),
    ];
    for (lang, file) in files {
        texts::install(lang, file.to_string()).expect("this build's text file");
    }
}

fn mount_app() -> (web_sys::HtmlElement, impl Drop) {
    install_texts();
    let host: web_sys::HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&host).expect("append");
    let handle = leptos::mount::mount_to(host.clone(), App);
    (host, handle)
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn click_lang(host: &web_sys::HtmlElement, lang: Lang) {
    let button: web_sys::HtmlElement = host
        .query_selector(&format!(".lang-button[lang='{}']", lang.code()))
        .ok()
        .flatten()
        .expect("language button")
        .unchecked_into();
    button.click();
}

#[wasm_bindgen_test]
async fn shell_renders_in_the_address_s_language_and_switches() {
    // The address decides, not a choice stored earlier (that one sends a Dutch address on to the
    // English one before the page paints, in public/early.js).
    storage().set_item(LANG_STORAGE_KEY, "en").expect("store");
    open_address("/");
    let (host, _handle) = mount_app();
    settle().await;
    assert_eq!(text_of(&host, "h1"), text(Key::HomeTitle, Lang::Nl));
    assert_eq!(text_of(&host, ".brand__name"), text(Key::AppName, Lang::Nl));
    assert_eq!(
        document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .as_deref(),
        Some("nl")
    );

    click_lang(&host, Lang::En);
    settle().await;
    assert_eq!(text_of(&host, "h1"), text(Key::HomeTitle, Lang::En));
    assert_eq!(
        text_of(&host, ".site-nav"),
        "Guide by roleROI calculatorCommunication scheduleAbout & sources"
    );
    assert_eq!(
        storage().get_item(LANG_STORAGE_KEY).ok().flatten().as_deref(),
        Some("en")
    );
    assert_eq!(
        document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .as_deref(),
        Some("en")
    );
    let pressed = host
        .query_selector(".lang-button[aria-pressed='true']")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"));
    assert_eq!(pressed.as_deref(), Some("en"));
    host.remove();
}

#[wasm_bindgen_test]
async fn navigation_links_keep_the_language() {
    open_address("/en");
    let (host, _handle) = mount_app();
    settle().await;
    let links = host.query_selector_all(".site-nav a").expect("links");
    assert_eq!(links.length(), 4);
    for i in 0..links.length() {
        let href = links
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("href"))
            .unwrap_or_default();
        assert!(href.ends_with("?lang=en"), "{href}");
    }
    click_lang(&host, Lang::Nl);
    settle().await;
    let first = host
        .query_selector(".site-nav a")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("href"));
    assert_eq!(first.as_deref(), Some("/gids?lang=nl"));
    host.remove();
}

fn type_into(host: &web_sys::HtmlElement, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = host
        .query_selector(selector)
        .ok()
        .flatten()
        .expect("input")
        .unchecked_into();
    input.set_value(value);
    input.dispatch_event(&bubbling("input")).expect("dispatch");
}

/// An event of `kind` that bubbles, as the browser's own input, change and submit events do.
fn bubbling(kind: &str) -> web_sys::Event {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    web_sys::Event::new_with_event_init_dict(kind, &init).expect("event")
}

#[wasm_bindgen_test]
async fn calculator_shows_the_engine_value_and_explains_bad_input() {
    use adoptieplanner::domain::roi::calculator::money;
    use adoptieplanner::domain::roi::{evaluate, Field, Inputs};
    use adoptieplanner::ui::roi::RoiPage;

    open_address("/roi?lang=nl");
    // The example values, not work another test left in this browser.
    storage()
        .remove_item(adoptieplanner::domain::web::storage::WORK)
        .expect("remove");
    let host: web_sys::HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&host).expect("append");
    install_texts();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        use adoptieplanner::ui::AppContexts;
        use leptos::prelude::*;
        use leptos_router::components::Router;
        // The page needs the contexts the app provides; a missing one is a bug, not new state.
        adoptieplanner::ui::embed::provide_host();
        view! { <Router><AppContexts><RoiPage/></AppContexts></Router> }
    });
    settle().await;

    // The page runs the model on the inputs with the communication plan's calendar applied.
    let plan = adoptieplanner::domain::schedule::PlanInputs::default();
    let npv = |inputs: &Inputs| money(evaluate(&plan.apply(inputs)).summary.npv, inputs, Lang::Nl);
    assert_eq!(text_of(&host, "#card-npv .card__value"), npv(&Inputs::default()));

    type_into(&host, "#f-lp", "€ 42,50");
    settle().await;
    let mut expected = Inputs::default();
    expected.set(Field::LicencePrice, 42.5);
    assert_eq!(text_of(&host, "#card-npv .card__value"), npv(&expected));

    type_into(&host, "#f-lp", "twintig");
    settle().await;
    // The message, and which value the figures keep meanwhile.
    assert_eq!(
        text_of(&host, "#f-lp-error"),
        format!(
            "{} De berekening en de link houden €\u{a0}42,50 per maand aan, de laatst geldige waarde.",
            text(Key::ErrorNotANumber, Lang::Nl)
        )
    );
    assert_eq!(
        text_of(&host, "#card-npv .card__value"),
        npv(&expected),
        "last valid result stays"
    );
    let invalid = host
        .query_selector("#f-lp")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("aria-invalid"));
    assert_eq!(invalid.as_deref(), Some("true"));
    assert!(!host.text_content().unwrap_or_default().contains("NaN"));
    host.remove();
}

#[wasm_bindgen_test]
async fn update_notice_appears_on_a_waiting_release_and_passes_the_answer_on() {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;

    open_address("/?lang=en");
    let host: web_sys::HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&host).expect("append");
    install_texts();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        use adoptieplanner::ui::AppContexts;
        use leptos::prelude::*;
        use leptos_router::components::Router;
        adoptieplanner::ui::embed::provide_host();
        view! { <Router><AppContexts><adoptieplanner::ui::update::UpdateNotice/></AppContexts></Router> }
    });
    settle().await;
    let notice = || {
        host.query_selector(".update-notice")
            .ok()
            .flatten()
            .expect("notice region")
    };
    assert!(
        !notice().class_list().contains("update-notice--open"),
        "hidden while nothing waits"
    );
    assert_eq!(notice().get_attribute("role").as_deref(), Some("status"));

    let window = web_sys::window().expect("window");
    let applied = Rc::new(Cell::new(0));
    let counter = applied.clone();
    let on_apply = Closure::<dyn FnMut()>::new(move || counter.set(counter.get() + 1));
    window
        .add_event_listener_with_callback("adoptieplanner:update-apply", on_apply.as_ref().unchecked_ref())
        .expect("listen");

    window
        .dispatch_event(&web_sys::Event::new("adoptieplanner:update-ready").expect("event"))
        .expect("dispatch");
    settle().await;
    assert!(notice().class_list().contains("update-notice--open"));
    assert!(text_of(&host, ".update-notice p").contains(text(Key::UpdateReady, Lang::En)));

    let buttons = host.query_selector_all(".update-notice button").expect("buttons");
    assert_eq!(buttons.length(), 2);
    let button = |i| {
        buttons
            .item(i)
            .expect("button")
            .unchecked_into::<web_sys::HtmlElement>()
    };
    button(0).click();
    assert_eq!(applied.get(), 1, "update now asks the service worker to take over");

    // "Later" only hides the notice.
    button(1).click();
    settle().await;
    assert!(!notice().class_list().contains("update-notice--open"));
    assert_eq!(applied.get(), 1);
    window
        .remove_event_listener_with_callback("adoptieplanner:update-apply", on_apply.as_ref().unchecked_ref())
        .expect("unlisten");
    host.remove();
}

/// Squeezes out every kind of white space, so the page's text and the plain text compare by words.
fn words_only(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[wasm_bindgen_test]
async fn the_kit_fills_a_material_from_the_address_and_the_company_name() {
    use adoptieplanner::domain::guide::kit::{fill, material, plain_text, Facts, Figures, PlanFacts};
    use adoptieplanner::domain::guide::GuidePage;
    use adoptieplanner::domain::roi::calculator::{headline, headline_index};
    use adoptieplanner::domain::roi::{evaluate, Scenario};
    use adoptieplanner::domain::web::share::decode;
    use adoptieplanner::domain::web::storage::COMPANY;

    const LINK: &str = "v2_qm60_pd2027-03-01";
    storage().set_item(COMPANY, "Bakkerij Jansen").expect("store");
    open_address(&format!("/?lang=nl&s={LINK}"));
    let host: web_sys::HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&host).expect("append");
    install_texts();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        use adoptieplanner::ui::AppContexts;
        use leptos::prelude::*;
        use leptos_router::components::Router;
        adoptieplanner::ui::embed::provide_host();
        view! { <Router><AppContexts><adoptieplanner::ui::guide::Kit page=GuidePage::Role(0)/></AppContexts></Router> }
    });
    settle().await;

    // What the page shows is the domain's filling of the same facts.
    let (state, problems) = decode(LINK);
    assert!(problems.is_empty());
    let effective = state.plan.apply(&state.inputs);
    let top = headline(&effective, &evaluate(&effective));
    let now = js_sys::Date::new_0();
    let today =
        adoptieplanner::domain::date::Date::new(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
            .expect("today");
    let facts = Facts {
        company: Some("Bakkerij Jansen".into()),
        plan: Some(PlanFacts::new(&state.plan, today)),
        figures: Some(Figures {
            payback_month: top.payback[headline_index(Scenario::Expected)],
            board_roi: top.roi[headline_index(Scenario::Board)],
            horizon: effective.horizon(),
            start: (2027, 3),
        }),
        policy: Default::default(),
    };
    let kickoff = material("kickoff").expect("kick-off");
    let expected = plain_text(&fill(kickoff.body.get(Lang::Nl), Lang::Nl, &facts));
    // The staff start four weeks after the programme.
    assert!(expected.contains("Bakkerij Jansen") && expected.contains("maandag 29 maart 2027"));
    assert_eq!(words_only(&text_of(&host, "#kit-text-kickoff")), words_only(&expected));

    // A new name fills in at once; an empty one leaves the blank.
    type_into(&host, "#kit-company", "  ");
    settle().await;
    assert!(text_of(&host, "#kit-text-kickoff").contains("[bedrijfsnaam]"));
    assert_eq!(storage().get_item(COMPANY).ok().flatten().as_deref(), Some("  "));
    type_into(&host, "#kit-company", "Smit & Co");
    settle().await;
    assert!(text_of(&host, "#kit-text-kickoff").contains("AI bij Smit & Co:"));
    storage().remove_item(COMPANY).expect("clean up");
    open_address("/");
    host.remove();
}

#[wasm_bindgen_test]
async fn the_front_door_asks_one_question_at_a_time_and_shows_the_engines_figure() {
    use adoptieplanner::domain::roi::calculator::{headline, headline_index, npv_figure};
    use adoptieplanner::domain::roi::{evaluate, Scenario};
    use adoptieplanner::domain::start::{starting_state, Answers};
    use adoptieplanner::domain::web::storage::START;

    open_address("/?lang=nl");
    storage().remove_item(START).expect("remove");
    let host: web_sys::HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&host).expect("append");
    install_texts();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        use adoptieplanner::ui::AppContexts;
        use leptos::prelude::*;
        use leptos_router::components::Router;
        adoptieplanner::ui::embed::provide_host();
        view! { <Router><AppContexts><adoptieplanner::ui::start::FrontDoor/></AppContexts></Router> }
    });
    settle().await;
    assert_eq!(text_of(&host, ".front-door legend"), text(Key::StartQRole, Lang::Nl));

    // Choose the first option and go on: the second question, a number.
    let option: web_sys::HtmlInputElement = host
        .query_selector("#start-option-1")
        .ok()
        .flatten()
        .expect("option")
        .unchecked_into();
    // A click, as the mouse, a tap or the keyboard's Space and arrow keys give.
    option.click();
    // What pressing Enter or the Next button sends.
    let submit = |host: &web_sys::HtmlElement| {
        let form = host.query_selector("form.start-step").ok().flatten().expect("form");
        form.dispatch_event(&bubbling("submit")).expect("dispatch");
    };
    submit(&host);
    settle().await;
    assert_eq!(
        text_of(&host, ".start-question__label"),
        text(Key::StartQHeadcount, Lang::Nl)
    );
    assert_eq!(storage().get_item(START).ok().flatten().as_deref(), Some("r1"));

    // A number out of range is refused with its message; the question stays.
    type_into(&host, "#start-focus", "300");
    submit(&host);
    settle().await;
    assert_eq!(
        text_of(&host, "#start-error"),
        "Vul een heel getal in van 1 tot en met 249."
    );
    assert_eq!(
        text_of(&host, ".start-question__label"),
        text(Key::StartQHeadcount, Lang::Nl)
    );

    // Skip the rest: the start page's figure is the engine's for the example company's inputs.
    type_into(&host, "#start-focus", "36");
    let skip: web_sys::HtmlElement = host
        .query_selector(".start-step .link-button")
        .ok()
        .flatten()
        .expect("skip")
        .unchecked_into();
    skip.click();
    settle().await;
    let now = js_sys::Date::new_0();
    let today =
        adoptieplanner::domain::date::Date::new(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
            .expect("today");
    let state = starting_state(&Answers::decode("r1_n36").profile(), today);
    let h = headline(&state.inputs, &evaluate(&state.inputs));
    let (npv, range) = npv_figure(&h, headline_index(Scenario::Expected), &state.inputs, Lang::Nl);
    assert_eq!(text_of(&host, "#start-npv"), npv);
    assert_eq!(text_of(&host, "#start-npv-range"), range);
    storage().remove_item(START).expect("remove");
}
