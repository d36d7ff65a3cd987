//! Criterion benchmark: one full evaluation (series, both communication variants, three scenarios,
//! sensitivity and warnings) for a 60-month horizon. Target: under 50 µs. Run with `make bench` (or `cargo bench --bench roi`).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use adoptieplanner::domain::roi::{evaluate, Inputs};
    use criterion::{black_box, Criterion};

    pub fn full_evaluation(c: &mut Criterion) {
        let inputs = Inputs {
            horizon_months: 60.0,
            ..Inputs::default()
        };
        c.bench_function("roi::evaluate 60 months (series + scenarios + sensitivity)", |b| {
            b.iter(|| evaluate(black_box(&inputs)))
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::full_evaluation);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
