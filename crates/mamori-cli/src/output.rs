//! Terminal output: colour choice, status styling, writing to a file or standard output.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context;
use comfy_table::{Cell, Color, ContentArrangement, Table, presets};
use mamori_model::Status;
use owo_colors::OwoColorize;

use crate::cli::ColorChoice;

static COLOR: AtomicBool = AtomicBool::new(false);

pub fn init_color(choice: ColorChoice) {
    let on = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    COLOR.store(on, Ordering::Relaxed);
    anstream::ColorChoice::write_global(match choice {
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
        ColorChoice::Auto => anstream::ColorChoice::Auto,
    });
}

pub fn color() -> bool {
    COLOR.load(Ordering::Relaxed)
}

pub fn error_label() -> String {
    format!("{}", "error".red().bold())
}

pub fn warning_label() -> String {
    format!("{}", "warning".yellow().bold())
}

pub fn status_color(status: Option<Status>) -> Color {
    match status {
        Some(Status::Broken) => Color::Red,
        Some(Status::BelowTarget) => Color::Yellow,
        Some(Status::QuantumVulnerable) => Color::Magenta,
        Some(Status::QuantumSafe) => Color::Green,
        None => Color::Grey,
    }
}

pub fn status_cell(status: Option<Status>) -> Cell {
    let text = status.map_or("unknown", Status::as_str);
    let cell = Cell::new(text);
    if color() {
        cell.fg(status_color(status))
    } else {
        cell
    }
}

/// A table in the style every subcommand uses.
pub fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(presets::NOTHING)
        .set_content_arrangement(if std::io::stdout().is_terminal() {
            ContentArrangement::Dynamic
        } else {
            ContentArrangement::Disabled
        })
        .set_header(
            header
                .iter()
                .map(|h| Cell::new(h).add_attribute(comfy_table::Attribute::Bold)),
        );
    if color() {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    t
}

/// Writes `text` to `path`, or to standard output when `path` is `None`.
pub fn emit(path: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match path {
        Some(p) => std::fs::write(p, text).with_context(|| format!("cannot write {}", p.display())),
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                // A closed pipe (`| head`) is the reader's choice, not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                r => r.context("cannot write to standard output"),
            }
        }
    }
}

/// A file-counting spinner on standard error for the tree walkers, hidden when `show` is false.
pub fn file_spinner(show: bool, what: &str) -> indicatif::ProgressBar {
    if !show {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new_spinner();
    pb.set_style(
        indicatif::ProgressStyle::with_template(&format!(
            "{{spinner}} {{human_pos}} {what}, {{elapsed}}"
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(120));
    pb
}

/// Counts files on a spinner as the walkers finish them.
pub struct FileBar(pub indicatif::ProgressBar);

impl mamori_inventory::Progress for FileBar {
    fn file_done(&self, _bytes: u64) {
        self.0.inc(1);
    }
}
