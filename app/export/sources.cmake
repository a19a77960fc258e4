# Report (PDF + qpdf encryption), backup/restore, Daylio import, JSON export/import.
target_sources(kapjournal_core PRIVATE
)
