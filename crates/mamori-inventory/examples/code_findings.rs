//! Prints the code findings of each file named on the command line, one per line:
//! `path:line subject [weaknesses] (rule)`. A debugging aid for rule authors.

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(data) = std::fs::read(&path) else {
            eprintln!("{path}: unreadable");
            continue;
        };
        let Some(lang) = mamori_inventory::code::detect_language(&path, &data) else {
            eprintln!("{path}: language not detected");
            continue;
        };
        for f in mamori_inventory::code::scan_source(lang, &data) {
            let weak: Vec<&str> = f.weaknesses.iter().map(|w| w.kind.as_str()).collect();
            println!(
                "{path}:{} {} [{}] ({})",
                f.location.line.unwrap_or(0),
                f.subject(),
                weak.join(","),
                f.rule
            );
        }
    }
}
