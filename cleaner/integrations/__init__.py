"""Steps for data-processing engines that run the cleaner at scale (optional extras)."""
