# QML-facing trends types (KapJournal.App).
target_sources(kapjournal_app PRIVATE
)
