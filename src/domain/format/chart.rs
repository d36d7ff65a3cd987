//! Geometry for the inline SVG charts: value ranges, round tick values and coordinates.
//! The components only place what this computes.

/// A value range mapped onto a pixel range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// Smallest value shown.
    pub min: f64,
    /// Largest value shown.
    pub max: f64,
    /// Pixel position of `min`.
    pub from: f64,
    /// Pixel position of `max`.
    pub to: f64,
}

impl Scale {
    /// A scale over `[min, max]`; empty or non-finite ranges are widened so nothing divides by zero.
    pub fn new(min: f64, max: f64, from: f64, to: f64) -> Scale {
        let (mut min, mut max) = if min.is_finite() && max.is_finite() {
            (min.min(max), max.max(min))
        } else {
            (0.0, 1.0)
        };
        if max - min < 1e-9 {
            min -= 1.0;
            max += 1.0;
        }
        Scale { min, max, from, to }
    }

    /// The pixel position of `value` (values outside the range are clamped to it).
    pub fn at(&self, value: f64) -> f64 {
        let v = if value.is_finite() {
            value.clamp(self.min, self.max)
        } else {
            self.min
        };
        self.from + (v - self.min) / (self.max - self.min) * (self.to - self.from)
    }
}

/// About `count` round tick values covering `[min, max]` (always including both ends after rounding
/// outward); the first and last ticks are the nice bounds to use for the scale.
pub fn nice_ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    let s = Scale::new(min, max, 0.0, 1.0);
    let raw = (s.max - s.min) / count.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|st| *st >= raw)
        .unwrap_or(10.0 * magnitude);
    let start = (s.min / step).floor() * step;
    let end = (s.max / step).ceil() * step;
    let n = ((end - start) / step).round() as usize;
    (0..=n.min(50))
        .map(|i| start + i as f64 * step)
        .map(|v| if v.abs() < step * 1e-9 { 0.0 } else { v })
        .collect()
}

/// One SVG coordinate or length as text, with one decimal (`12.3`).
pub fn coord(v: f64) -> String {
    format!("{v:.1}")
}

/// SVG `points` text for a polyline, one decimal per coordinate.
pub fn points(coords: impl IntoIterator<Item = (f64, f64)>) -> String {
    coords
        .into_iter()
        .map(|(x, y)| format!("{},{}", coord(x), coord(y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Roughly how wide `label` is at the charts' text size of 14 (in px, or in a chart's units).
pub fn text_width(label: &str) -> f64 {
    label.chars().count() as f64 * 9.0
}

/// The width of the widest of `labels` ([`text_width`]); 0 for none.
pub fn widest<S: AsRef<str>>(labels: impl IntoIterator<Item = S>) -> f64 {
    labels.into_iter().map(|l| text_width(l.as_ref())).fold(0.0, f64::max)
}

/// Which of a row of labels to show so that none overlaps the one shown before it (with `gap`
/// between them) or runs past `right`: each label is its left edge and width, in order. The first
/// label that fits is always shown.
pub fn spaced_labels(labels: &[(f64, f64)], gap: f64, right: f64) -> Vec<bool> {
    let mut free_from = f64::NEG_INFINITY;
    labels
        .iter()
        .map(|&(left, width)| {
            let show = left >= free_from && left + width <= right;
            if show {
                free_from = left + width + gap;
            }
            show
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_widest_label_sets_the_room() {
        assert_eq!(super::widest(["mei", "feb 2027"]), super::text_width("feb 2027"));
        assert_eq!(super::widest(Vec::<String>::new()), 0.0);
    }

    #[test]
    fn spaced_labels_never_overlap_nor_run_off() {
        // "Feb 2027" is wider than a month: March's name gives way, April's shows.
        let shown = super::spaced_labels(
            &[(100.0, 68.0), (160.0, 26.0), (220.0, 26.0), (880.0, 26.0)],
            4.0,
            900.0,
        );
        assert_eq!(shown, vec![true, false, true, false]);
        assert!(super::spaced_labels(&[], 4.0, 900.0).is_empty());
    }

    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(nice_ticks(0.0, 100.0, 5), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        let t = nice_ticks(-33_685.0, 179_458.0, 5);
        assert!(t[0] <= -33_685.0 && *t.last().unwrap_or(&0.0) >= 179_458.0);
        assert!(t.contains(&0.0));
        assert_eq!(nice_ticks(5.0, 5.0, 4).len(), 5);
        assert!(!nice_ticks(f64::NAN, f64::INFINITY, 4).is_empty());
    }

    #[test]
    fn scale_maps_and_clamps() {
        let s = Scale::new(0.0, 10.0, 100.0, 0.0);
        assert_eq!(s.at(0.0), 100.0);
        assert_eq!(s.at(5.0), 50.0);
        assert_eq!(s.at(20.0), 0.0);
        assert_eq!(s.at(f64::NAN), 100.0);
        assert_eq!(points([(1.0, 2.0), (3.26, 4.0)]), "1.0,2.0 3.3,4.0");
    }
}
