//! Runs one probe per target with bounded concurrency and a connection-rate limit, delivering
//! results as they finish.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Mutex, Semaphore, mpsc};

use crate::target::Target;

#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    /// Targets probed at once.
    pub concurrency: usize,
    /// New targets started per second; `None` for no limit.
    pub rate: Option<f64>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            concurrency: 64,
            rate: None,
        }
    }
}

/// Spaces out target starts to at most `rate` per second.
struct Pacer {
    interval: Duration,
    next: tokio::time::Instant,
}

impl Pacer {
    async fn wait(&mut self) {
        let now = tokio::time::Instant::now();
        if self.next > now {
            tokio::time::sleep_until(self.next).await;
        }
        self.next = self.next.max(now) + self.interval;
    }
}

/// Starts `probe` for every target and sends each result on the returned channel as soon as it
/// is ready (in completion order, with the target's index). A probe never stops the others: its
/// errors are part of its result `R`.
pub fn run_all<P, Fut, R>(
    targets: Vec<Target>,
    opts: RunOptions,
    probe: P,
) -> mpsc::Receiver<(usize, Target, R)>
where
    P: Fn(Target) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = R> + Send + 'static,
    R: Send + 'static,
{
    let (tx, rx) = mpsc::channel(opts.concurrency.max(1) * 2);
    let semaphore = Arc::new(Semaphore::new(opts.concurrency.max(1)));
    let pacer = opts.rate.filter(|r| *r > 0.0).map(|r| {
        Arc::new(Mutex::new(Pacer {
            interval: Duration::from_secs_f64(1.0 / r),
            next: tokio::time::Instant::now(),
        }))
    });
    let probe = Arc::new(probe);
    tokio::spawn(async move {
        for (i, target) in targets.into_iter().enumerate() {
            let Ok(permit) = semaphore.clone().acquire_owned().await else {
                break;
            };
            if let Some(p) = &pacer {
                p.lock().await.wait().await;
            }
            let tx = tx.clone();
            let probe = probe.clone();
            tokio::spawn(async move {
                let result = probe(target.clone()).await;
                drop(permit);
                // A closed receiver means the caller stopped listening; nothing to do.
                let _ = tx.send((i, target, result)).await;
            });
        }
    });
    rx
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn bounded_and_complete() {
        let targets: Vec<Target> = (1..=50)
            .map(|p| Target {
                host: "127.0.0.1".into(),
                port: p,
            })
            .collect();
        let running = Arc::new(AtomicUsize::new(0));
        let peak = Arc::new(AtomicUsize::new(0));
        let (r, k) = (running.clone(), peak.clone());
        let mut rx = run_all(
            targets,
            RunOptions {
                concurrency: 4,
                rate: None,
            },
            move |t| {
                let (r, k) = (r.clone(), k.clone());
                async move {
                    let now = r.fetch_add(1, Ordering::SeqCst) + 1;
                    k.fetch_max(now, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(5)).await;
                    r.fetch_sub(1, Ordering::SeqCst);
                    t.port
                }
            },
        );
        let mut got = Vec::new();
        while let Some((_, _, port)) = rx.recv().await {
            got.push(port);
        }
        got.sort_unstable();
        assert_eq!(got, (1..=50).collect::<Vec<u16>>());
        assert!(peak.load(Ordering::SeqCst) <= 4);
    }

    #[tokio::test(start_paused = true)]
    async fn rate_limit_spaces_starts() {
        let targets: Vec<Target> = (1..=5)
            .map(|p| Target {
                host: "127.0.0.1".into(),
                port: p,
            })
            .collect();
        let start = tokio::time::Instant::now();
        let mut rx = run_all(
            targets,
            RunOptions {
                concurrency: 10,
                rate: Some(10.0),
            },
            move |_| async move { tokio::time::Instant::now() },
        );
        let mut times = Vec::new();
        while let Some((_, _, t)) = rx.recv().await {
            times.push(t - start);
        }
        times.sort();
        // Five starts at 10/s: the last one no earlier than 400 ms after the first.
        assert!(times[4] >= Duration::from_millis(400), "{times:?}");
    }
}
