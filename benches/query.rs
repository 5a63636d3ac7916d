//! Filter + facet counts + search over synthetic datasets of 1k to 1M events.
//!
//! `cargo bench --features synthetic --bench query`. Goal: at most 2 ms per query at 100k.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ottawa_explorer::model::Kind;
use ottawa_explorer::query::synthetic::generate;
use ottawa_explorer::query::{parse, Catalog, Filter};

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

/// The queries a reader makes: a facet click, a search, and both with a date range.
fn scenarios() -> Vec<(&'static str, Filter)> {
    vec![
        (
            "facets",
            parse("?country=EE,FI&kind=legislation,notification").filter,
        ),
        ("search", parse("?q=parliament+withdrawal").filter),
        (
            "search+facets+dates",
            parse("?q=mine&kind=report&from=2020&to=2025").filter,
        ),
        (
            "one kind",
            Filter {
                kinds: vec![Kind::Withdrawal],
                ..Filter::default()
            },
        ),
    ]
}

fn queries(c: &mut Criterion) {
    for size in SIZES {
        let events: &'static [_] =
            Box::leak(generate(size, ottawa_explorer::query::synthetic::SEED).into_boxed_slice());
        let catalog = Catalog::new(events);
        let mut group = c.benchmark_group(format!("query/{size}"));
        if size >= 100_000 {
            group.sample_size(20);
        }
        for (name, filter) in scenarios() {
            group.bench_with_input(BenchmarkId::new(name, size), &filter, |b, filter| {
                b.iter(|| {
                    let result = catalog.query(black_box(filter));
                    black_box((result.events.len(), result.counts.kinds))
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, queries);
criterion_main!(benches);
