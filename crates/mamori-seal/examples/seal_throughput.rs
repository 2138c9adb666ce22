//! Signatures/s and verifications/s of mamori's seal algorithms, single-threaded, for
//! `bench/seal.sh` (issue 7): the composite `id-MLDSA65-Ed25519-SHA512` (what a seal costs:
//! SHA-512 pre-hash, ML-DSA-65 and Ed25519 over the message representative) and pure ML-DSA-65.
//!
//! ```sh
//! cargo run --release -p mamori-seal --example seal_throughput -- \
//!     [--msg-bytes N[,N...]] [--seconds S | --iters N] [--alg composite|mldsa65|all]
//! ```
//!
//! Prints one JSON line per (algorithm, operation, message size):
//! `{"impl":"mamori","alg":"id-MLDSA65-Ed25519-SHA512","op":"sign","msg_bytes":1024,"per_s":...,
//! "iters":...,"seconds":...}`. Each measurement runs one untimed operation first, then repeats
//! the operation until `--seconds` have passed (default 2) or exactly `--iters` times. Signing
//! writes a counter into the message's first 8 bytes before each signature, so each one runs
//! its own number of ML-DSA rejection rounds (the signing is deterministic); verification
//! checks one signature over and over, and fails the run if it ever rejects. Bad arguments exit
//! 2 with a message.
use std::hint::black_box;
use std::process::exit;
use std::time::{Duration, Instant};

use mamori_seal::{Algorithm, SigningKey};

const USAGE: &str = "usage: seal_throughput [--msg-bytes N[,N...]] [--seconds S | --iters N] [--alg composite|mldsa65|all]

  --msg-bytes N[,N...]  message sizes in bytes, 1 to 1 GiB (default 1024,1048576; repeatable)
  --seconds S           run each measurement for about S seconds (default 2; 0.01 to 3600)
  --iters N             run each measurement exactly N times instead (1 or more)
  --alg A               composite (id-MLDSA65-Ed25519-SHA512), mldsa65 (id-ML-DSA-65) or all (default)";

/// The application context a seal signs with (X.509 and the envelope use the empty one).
const CTX: &[u8] = b"";

enum Budget {
    Seconds(f64),
    Iters(u64),
}

struct Args {
    sizes: Vec<usize>,
    budget: Budget,
    algs: Vec<Algorithm>,
}

fn fail(msg: &str) -> ! {
    eprintln!("seal_throughput: {msg}\n{USAGE}");
    exit(2);
}

fn parse_args() -> Args {
    let mut sizes = Vec::new();
    let mut seconds: Option<f64> = None;
    let mut iters: Option<u64> = None;
    let mut algs: Option<Vec<Algorithm>> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        if flag == "-h" || flag == "--help" {
            println!("{USAGE}");
            exit(0);
        }
        if !matches!(
            flag.as_str(),
            "--msg-bytes" | "--seconds" | "--iters" | "--alg"
        ) {
            fail(&format!("unknown argument: {arg:?}"));
        }
        let Some(value) = inline.or_else(|| args.next()) else {
            fail(&format!("{flag} needs a value"));
        };
        match flag.as_str() {
            "--msg-bytes" => {
                for part in value.split(',') {
                    match part.trim().parse::<usize>() {
                        Ok(n) if (1..=1 << 30).contains(&n) => sizes.push(n),
                        _ => fail(&format!(
                            "--msg-bytes: {part:?} is not a size from 1 to 1073741824"
                        )),
                    }
                }
            }
            "--seconds" => match value.parse::<f64>() {
                Ok(s) if s.is_finite() && (0.01..=3600.0).contains(&s) => seconds = Some(s),
                _ => fail(&format!(
                    "--seconds: {value:?} is not a number from 0.01 to 3600"
                )),
            },
            "--iters" => match value.parse::<u64>() {
                Ok(n) if n >= 1 => iters = Some(n),
                _ => fail(&format!("--iters: {value:?} is not a whole number >= 1")),
            },
            "--alg" => {
                algs = Some(match value.as_str() {
                    "composite" => vec![Algorithm::MlDsa65Ed25519],
                    "mldsa65" => vec![Algorithm::MlDsa65],
                    "all" => vec![Algorithm::MlDsa65Ed25519, Algorithm::MlDsa65],
                    _ => fail(&format!(
                        "--alg: {value:?} is not composite, mldsa65 or all"
                    )),
                })
            }
            _ => unreachable!(),
        }
    }
    let budget = match (seconds, iters) {
        (Some(_), Some(_)) => fail("--seconds and --iters exclude each other"),
        (_, Some(n)) => Budget::Iters(n),
        (s, None) => Budget::Seconds(s.unwrap_or(2.0)),
    };
    if sizes.is_empty() {
        sizes = vec![1024, 1 << 20];
    }
    Args {
        sizes,
        budget,
        algs: algs.unwrap_or_else(|| vec![Algorithm::MlDsa65Ed25519, Algorithm::MlDsa65]),
    }
}

/// Runs `op` once untimed, then by the budget; returns (iterations, elapsed).
fn measure(budget: &Budget, mut op: impl FnMut()) -> (u64, Duration) {
    op();
    let start = Instant::now();
    let mut n = 0u64;
    match *budget {
        Budget::Iters(iters) => {
            while n < iters {
                op();
                n += 1;
            }
        }
        Budget::Seconds(s) => {
            let limit = Duration::from_secs_f64(s);
            while n == 0 || start.elapsed() < limit {
                op();
                n += 1;
            }
        }
    }
    (n, start.elapsed())
}

fn report(alg: Algorithm, op: &str, msg_bytes: usize, (n, elapsed): (u64, Duration)) {
    let secs = elapsed.as_secs_f64();
    println!(
        "{{\"impl\":\"mamori\",\"alg\":\"{}\",\"op\":\"{op}\",\"msg_bytes\":{msg_bytes},\"per_s\":{:.3},\"iters\":{n},\"seconds\":{secs:.6}}}",
        alg.id_name(),
        n as f64 / secs
    );
}

fn main() {
    let args = parse_args();
    for &size in &args.sizes {
        // Deterministic, non-constant content; the timing does not depend on it.
        let msg: Vec<u8> = (0..size).map(|i| (i * 31 + 7) as u8).collect();
        for &alg in &args.algs {
            let sk = SigningKey::generate(alg).unwrap_or_else(|e| {
                eprintln!("seal_throughput: key generation failed: {e}");
                exit(2);
            });
            let vk = sk.verifying_key();
            let sig = sk.sign(&msg, CTX).unwrap_or_else(|e| {
                eprintln!("seal_throughput: {} signing failed: {e}", alg.id_name());
                exit(2);
            });
            if let Err(e) = vk.verify(&msg, CTX, &sig) {
                eprintln!(
                    "seal_throughput: {} rejects its own signature: {e}",
                    alg.id_name()
                );
                exit(2);
            }
            // ML-DSA signing is a rejection loop, and mamori signs deterministically: one fixed
            // message would repeat one number of rounds, lucky or not. A counter in the first
            // bytes makes every signed message different, so the rate is the average.
            let mut varied = msg.clone();
            let head = size.min(8);
            let mut counter = 0u64;
            let signed = measure(&args.budget, || {
                counter += 1;
                varied[..head].copy_from_slice(&counter.to_le_bytes()[..head]);
                black_box(sk.sign(black_box(&varied), CTX).expect("sign"));
            });
            report(alg, "sign", size, signed);
            let verified = measure(&args.budget, || {
                vk.verify(black_box(&msg), CTX, black_box(&sig))
                    .expect("verification rejected a valid signature");
            });
            report(alg, "verify", size, verified);
        }
    }
}
