# Report (PDF + qpdf encryption), backup/restore, Daylio import, JSON export/import.
target_sources(kapjournal_core PRIVATE
    export/BuiltinReportCharts.cpp export/BuiltinReportCharts.h
    export/DaylioParser.cpp export/DaylioParser.h
    export/PassphraseGenerator.cpp export/PassphraseGenerator.h
    export/PassphraseWords.cpp export/PassphraseWords.h
    export/PdfEncryptor.cpp export/PdfEncryptor.h
    export/ReportBuilder.cpp export/ReportBuilder.h
    export/ReportCharts.h
    export/ReportData.cpp export/ReportData.h
    export/ReportRange.cpp export/ReportRange.h
    export/ReportSummary.cpp export/ReportSummary.h
)
