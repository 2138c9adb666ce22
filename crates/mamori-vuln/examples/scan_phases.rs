//! Times the phases of a scan (open, read, match, report) on a database and inputs, to see where
//! a slow scan spends its time: `cargo run --release -p mamori-vuln --example scan_phases -- DB_DIR INPUT...`.
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let Some((db_dir, inputs)) = args.split_first() else {
        eprintln!("usage: scan_phases DB_DIR INPUT...");
        std::process::exit(2);
    };
    let t = Instant::now();
    let db = mamori_vuln::osv::OsvDatabase::open(db_dir).expect("database");
    let open = t.elapsed();
    let t = Instant::now();
    let (invs, errors) = mamori_vuln::inputs::read_inputs(inputs, &mut |_| {});
    let read = t.elapsed();
    let t = Instant::now();
    let report = mamori_vuln::matcher::scan(
        &db,
        &invs,
        &mamori_vuln::VexSet::new(),
        &mamori_vuln::matcher::MatchOptions::default(),
    )
    .expect("scan");
    let matched = t.elapsed();
    let t = Instant::now();
    let json = mamori_vuln::report::to_json(&report, "0", "now");
    let text = serde_json::to_string(&json).unwrap_or_default();
    let out = t.elapsed();
    println!(
        "open {open:?}, read {read:?} ({} packages, {} errors), match {matched:?} ({} findings), json {out:?} ({} bytes)",
        report.packages(),
        errors.len(),
        report.findings.len(),
        text.len()
    );
}
