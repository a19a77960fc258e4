# QML-facing C++ of the app frame: passphrase strength, auto-lock, demo journal, settings (KapJournal.App).
target_sources(kapjournal_app PRIVATE
)
