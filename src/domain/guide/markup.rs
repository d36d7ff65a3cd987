//! A filled-in material as the page and the copy use it: blocks of lines, each line made of spans
//! that say whether a piece is the material's own words, filled in from the planner, or a blank.

/// A piece of a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    /// The material's own words.
    Text(String),
    /// Filled in from the planner.
    Filled(String),
    /// For the sender to fill in, with its brackets (`[bedrijfsnaam]`).
    Blank(String),
}

impl Span {
    /// The words, as copied.
    pub fn as_str(&self) -> &str {
        match self {
            Span::Text(s) | Span::Filled(s) | Span::Blank(s) => s,
        }
    }
}

/// A line of text.
pub type Line = Vec<Span>;

/// A block of a filled-in material.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading.
    Heading(Line),
    /// A paragraph; its lines keep their breaks (a letter's greeting, a signature).
    Paragraph(Vec<Line>),
    /// A list; `ordered` when every item was numbered (`1. …`).
    List {
        /// Numbered.
        ordered: bool,
        /// The items, without their marks.
        items: Vec<Line>,
    },
    /// A table; `header` when the first row is a header row.
    Table {
        /// First row is a header.
        header: bool,
        /// Rows of cells.
        rows: Vec<Vec<Line>>,
    },
}
