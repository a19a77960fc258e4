# Trends statistics (no QML): series, bands, per-phase summaries, session effect.
target_sources(kapjournal_core PRIVATE
)
