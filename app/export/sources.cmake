# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Report (PDF + qpdf encryption), backup/restore, Daylio import, JSON export/import.
target_sources(kapjournal_core PRIVATE
    export/BackupService.cpp export/BackupService.h
    export/BuiltinReportCharts.cpp export/BuiltinReportCharts.h
    export/DaylioImporter.cpp export/DaylioImporter.h
    export/DaylioParser.cpp export/DaylioParser.h
    export/ImportFile.cpp export/ImportFile.h
    export/JournalSnapshot.h
    export/JsonExportFormat.cpp export/JsonExportFormat.h
    export/JsonTransfer.cpp export/JsonTransfer.h
    export/OldCopies.cpp export/OldCopies.h
    export/PassphraseGenerator.cpp export/PassphraseGenerator.h
    export/PassphraseWords.cpp export/PassphraseWords.h
    export/PdfEncryptor.cpp export/PdfEncryptor.h
    export/ReportBuilder.cpp export/ReportBuilder.h
    export/ReportCharts.h
    export/RecordedReportCharts.cpp export/RecordedReportCharts.h
    export/ReportCollector.cpp export/ReportCollector.h
    export/ReportData.cpp export/ReportData.h
    export/ReportExporter.cpp export/ReportExporter.h
    export/ReportRange.cpp export/ReportRange.h
    export/ReportSummary.cpp export/ReportSummary.h
    export/TrendsReportCharts.cpp export/TrendsReportCharts.h
)
# The passphrase words as data (one per line), read by PassphraseWords.
qt_add_resources(kapjournal_core kapjournal_passphrase_words
    PREFIX /kap/export
    BASE export
    FILES export/passphrase-words.txt)
