//! Synthetic data for benchmarks (filled in by the benchmark work).

#[derive(clap::Args)]
pub struct SynthArgs {}

pub async fn run(_args: SynthArgs) -> anyhow::Result<()> {
    anyhow::bail!("not available yet")
}
