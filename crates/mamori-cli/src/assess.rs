//! `mamori assess`: systems + CBOMs → statuses, Mosca exposure, deadlines and the roadmap.

use mamori_assess::Assessment;
use mamori_assess::assess::{compare, read_baseline};
use mamori_assess::report::{render_markdown, render_table};

use crate::cli::{AssessArgs, AssessFormat};
use crate::exit;
use crate::output;
use crate::scan_files::threshold;

pub fn run(args: &AssessArgs) -> anyhow::Result<u8> {
    let year = args.year.unwrap_or_else(current_year);
    // Every input error (TOML with its line and column, an unreadable CBOM, an unknown
    // dependency or a cycle) propagates to main, which exits with 2.
    let mut assessment = mamori_assess::assess(&args.systems, &args.cboms, year)?;
    if let Some(path) = &args.baseline {
        let then = read_baseline(path)?;
        assessment.baseline = Some(compare(&then, &assessment));
    }
    let text = match args.format {
        AssessFormat::Table => render_table(&assessment),
        AssessFormat::Markdown => render_markdown(&assessment),
        AssessFormat::Json => {
            let mut s = serde_json::to_string_pretty(&assessment)?;
            s.push('\n');
            s
        }
        AssessFormat::Html => mamori_assess::html::render(&serde_json::to_value(&assessment)?),
    };
    output::emit(args.output.as_deref(), &text)?;
    Ok(exit_code(&assessment, args.fail_on))
}

fn current_year() -> u16 {
    u16::try_from(time::OffsetDateTime::now_utc().year()).unwrap_or(u16::MAX)
}

fn exit_code(a: &Assessment, fail_on: crate::cli::FailOn) -> u8 {
    let Some(t) = threshold(fail_on) else {
        return exit::CLEAN;
    };
    let hit = a
        .systems
        .iter()
        .flat_map(|s| &s.assets)
        .any(|x| x.status >= t);
    if hit { exit::FINDINGS } else { exit::CLEAN }
}
