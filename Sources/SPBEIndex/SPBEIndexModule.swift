/// Placeholder until the index module lands.
enum SPBEIndexModule {}
