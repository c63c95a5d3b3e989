// guild-bench: benchmarks at 10k and organisation scale (being written).
print("guild-bench: not ready yet")
