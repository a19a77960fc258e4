// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "passphrase/PassphraseGenerator.h"
#include "passphrase/PassphraseWords.h"
#include "report/PdfEncryptor.h"
#include "report/ReportBuilder.h"
#include "report/ReportExporter.h"
#include "report/ReportRange.h"
#include "report/ReportSummary.h"
#include "statistics/SessionEffectAnalysis.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kap;

namespace {

const QString Password = QStringLiteral("otter message sport quote oxygen");
const QString NoteText = QStringLiteral("Zebrafinch reflection about the lighthouse");

QDateTime at(QDate day, int hour = 10)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone(3600));
}

/// What ReportCollector does with a journal: the courses and each instrument's outcome by the
/// one course rule, at the range's end.
/// `all` holds every score; the range's own go into d.questionnaires (the collector's split).
void computeOutcomes(ReportData& d, const QList<QuestionnaireResponse>& all)
{
    d.courses = course::courses(d.phases, d.sessions);
    d.phq9Outcome = course::outcomeOf(QuestionnaireKind::Phq9, d.courses, all, d.range.last);
    d.gad7Outcome = course::outcomeOf(QuestionnaireKind::Gad7, d.courses, all, d.range.last);
    d.sessionEffects = trends::sessioneffect::analyse(d.sessions, d.mood, d.phases, d.range);
    d.questionnaires.clear();
    for (const QuestionnaireResponse& response : all) {
        if (d.range.contains(response.at.date())) {
            d.questionnaires.append(response);
        }
    }
}

void computeOutcomes(ReportData& d)
{
    computeOutcomes(d, QList<QuestionnaireResponse>(d.questionnaires));
}

/// A quarter of treatment: induction then maintenance, 8 sessions, daily mood, fortnightly
/// questionnaires (one with item 9 above 0), one chosen note.
ReportData sampleData()
{
    ReportData d;
    d.displayName = QStringLiteral("J. D.");
    d.range = { QDate(2026, 1, 1), QDate(2026, 3, 31) };
    d.generatedOn = QDate(2026, 4, 1);
    Phase induction;
    induction.id = 1;
    induction.kind = PhaseKind::Induction;
    induction.label = QStringLiteral("First course");
    induction.start = QDate(2026, 1, 5);
    induction.end = QDate(2026, 1, 25);
    Phase maintenance;
    maintenance.id = 2;
    maintenance.kind = PhaseKind::Maintenance;
    maintenance.start = QDate(2026, 1, 26);
    d.phases = { induction, maintenance };
    const QList<QDate> days = { QDate(2026, 1, 5), QDate(2026, 1, 7), QDate(2026, 1, 9), QDate(2026, 1, 13),
        QDate(2026, 1, 16), QDate(2026, 1, 23), QDate(2026, 2, 20), QDate(2026, 3, 20) };
    RecordId id = 1;
    for (QDate day : days) {
        Session s;
        s.id = id++;
        s.occurredAt = at(day);
        s.modality = QStringLiteral("kap");
        s.route = QStringLiteral("sublingual");
        s.doseMg = 111;
        s.vitals = { VitalReading { VitalMoment::Before, std::nullopt, 122, 80, std::nullopt, std::nullopt },
            VitalReading { VitalMoment::During, 40, 135, 88, 76, std::nullopt } };
        s.dissociation = 6;
        s.sideEffects = { QStringLiteral("nausea"), QStringLiteral("urinary") };
        s.moodBefore = 3;
        s.moodAfter = 7;
        d.sessions.append(s);
    }
    for (QDate day = d.range.first; day <= d.range.last; day = day.addDays(1)) {
        if (day.day() % 9 == 0) {
            continue; // gaps
        }
        DailyMood m;
        m.day = day;
        m.mood = 3.0 + d.range.first.daysTo(day) / 30.0;
        m.count = 1;
        d.mood.append(m);
    }
    int k = 0;
    for (QDate day = QDate(2026, 1, 4); day <= d.range.last; day = day.addDays(14), ++k) {
        const int v = std::max(0, 2 - k / 2);
        QuestionnaireResponse p;
        p.id = 100 + k;
        p.kind = QuestionnaireKind::Phq9;
        p.at = at(day, 9);
        p.answers = { v, v, std::min(3, v + 1), v, v, v, v, v, k == 2 ? 1 : 0 };
        QuestionnaireResponse g;
        g.id = 200 + k;
        g.kind = QuestionnaireKind::Gad7;
        g.at = p.at;
        g.answers = { v, v, v, v, v, v, v };
        d.questionnaires.append(p);
        d.questionnaires.append(g);
    }
    computeOutcomes(d);
    IntegrationNote n;
    n.id = 1;
    n.sessionId = 1;
    n.writtenAt = at(QDate(2026, 1, 6), 20);
    n.title = QStringLiteral("What stood out");
    n.body = NoteText;
    d.notes = { n };
    d.linkedSessionTimes.insert(1, d.sessions.first().occurredAt);
    return d;
}

ReportOptions optionsFor(const ReportData& d)
{
    ReportOptions o;
    o.range = d.range;
    o.displayName = d.displayName;
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.pageSize = QPageSize(QPageSize::A4);
    o.noteIds = { 1 };
    return o;
}

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    // NFKC turns the typographic ligatures the PDF's fonts use ("ﬂ") back into letters.
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())
            .normalized(QString::NormalizationForm_KC) };
}

} // namespace

/// The therapist report without a journal: layout, encryption and file handling, checked with
/// the qpdf and poppler command-line tools as a therapist's PDF reader would see the file.
class TestReportPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("report.pdf"));
        const ReportData data = sampleData();
        QVERIFY(ReportExporter::exportData(data, optionsFor(data), SecureBytes::fromString(Password), m_file).ok());
    }

    void requiresPassword()
    {
        QCOMPARE(run(QStringLiteral("qpdf"), { QStringLiteral("--requires-password"), m_file }).exitCode, 0);
    }

    void isAes256R6WithPrintingOnly()
    {
        const Run r = run(QStringLiteral("qpdf"),
            { QStringLiteral("--show-encryption"), QStringLiteral("--password=") + Password, m_file });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("R = 6")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("stream encryption method: AESv3")));
        QVERIFY(r.out.contains(QLatin1String("string encryption method: AESv3")));
        QVERIFY(r.out.contains(QLatin1String("print high resolution: allowed")));
        QVERIFY(r.out.contains(QLatin1String("modify anything: not allowed")));
        // The person's password opens the document but is not the owner password.
        QVERIFY(r.out.contains(QLatin1String("Supplied password is user password")));
    }

    void textNeedsThePassword()
    {
        const Run without = run(QStringLiteral("pdftotext"), { m_file, QStringLiteral("-") });
        QVERIFY(without.exitCode != 0);
        QVERIFY(!without.out.contains(QLatin1String("Sessions")));
        const Run wrong = run(QStringLiteral("pdftotext"),
            { QStringLiteral("-upw"), QStringLiteral("wrong"), m_file, QStringLiteral("-") });
        QVERIFY(wrong.exitCode != 0);
    }

    void contentsAsTheTherapistNeedsThem()
    {
        const Run r
            = run(QStringLiteral("pdftotext"), { QStringLiteral("-upw"), Password, m_file, QStringLiteral("-") });
        QCOMPARE(r.exitCode, 0);
        const QString& text = r.out;
        for (const char* expected :
            { "CONFIDENTIAL", "Self-reported; not a medical record", "Page 1 of ", "Page 2 of ", "J. D.", "Summary",
                "Sessions in period", "8 (6 induction, 2 maintenance)", "baseline 17 on 4 Jan 2026 (moderately severe)",
                "latest 1 (minimal) on 29 Mar 2026", "Status at the end of the period: in remission since",
                "Baseline rule", "from a baseline of 10 or more", "Phase at the end Maintenance, since 26 Jan 2026",
                "Days between sessions median 4, shortest 2, longest 28; latest 28",
                "Dose and cost in period 888 mg over 8 sessions", "nausea 8, urinary symptoms 8 (of 8 sessions)",
                "Urinary symptoms in 8 of 8 sessions, first 5 Jan 2026, last 20 Mar 2026",
                "bridges up to 2 days without check-ins", "Session effect (self-reported mood)",
                "on the first of two days with check-ins in a row",
                "0 none, 5 clearly detached, 10 completely detached", "PHQ-9 item 9 flags", "1 Feb 2026", "Mood",
                "Sessions (8)", "5 Jan 2026", "20 Mar 2026", "111 mg", "before: 122/80", "at 40 min: 135/88, HR 76",
                "6/10", "urinary symptoms", "Questionnaires", "Integration notes chosen for this report (1)",
                "What stood out", "about the session of 5 Jan 2026" }) {
            // Long values wrap: compare with the line breaks folded to spaces.
            QVERIFY2(text.simplified().contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(text.contains(NoteText));
        // The induction is one block: its reading once, then "measured with the block above".
        QCOMPARE(text.simplified().count(QStringLiteral("The block of 6 sessions")), 1);
        QCOMPARE(text.simplified().count(QStringLiteral("Measured with the block above")), 5);
        // Centred cells come out without spaces around the arrow.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("3\\s*→\\s*7"))));
    }

    void noPlaintextOnDisk()
    {
        const QByteArray bytes = kaptest::readAll(m_file);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(!bytes.contains(NoteText.toUtf8()));
        QVERIFY(!bytes.contains("Zebrafinch"));
        QVERIFY(!bytes.contains("J. D."));
        QCOMPARE(kaptest::permissions(m_file), 0600);
        // Nothing else was left in the folder (no temporary or plaintext copy).
        QCOMPARE(
            QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({ QStringLiteral("report.pdf") }));
    }

    void emptyPasswordIsRefused()
    {
        const QString target = m_dir.filePath(QStringLiteral("empty.pdf"));
        const ReportData data = sampleData();
        Status s = ReportExporter::exportData(data, optionsFor(data), SecureBytes(), target);
        QCOMPARE(s.code(), ErrorCode::EmptyPassphrase);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(PdfEncryptor::encrypt(QByteArray("%PDF-1.4"), SecureBytes()).code(), ErrorCode::EmptyPassphrase);
    }

    /// Poppler (Evince, Okular, pdftotext) cannot open an AES-256 report whose password is longer
    /// than 32 bytes: such a password is refused before anything is written, and one of exactly 32
    /// bytes opens in pdftotext.
    void passwordsEveryReaderOpens()
    {
        const ReportData data = sampleData();
        const QString longer = m_dir.filePath(QStringLiteral("long.pdf"));
        const QString tooLong = Password + QLatin1Char('s'); // 33 bytes
        Status s = ReportExporter::exportData(data, optionsFor(data), SecureBytes::fromString(tooLong), longer);
        QCOMPARE(s.code(), ErrorCode::PassphraseTooLong);
        QVERIFY(!QFile::exists(longer));
        QCOMPARE(PdfEncryptor::encrypt(QByteArray("%PDF-1.4"), SecureBytes::fromString(tooLong)).code(),
            ErrorCode::PassphraseTooLong);
        // Bytes count, not characters: 16 accented letters are 32 bytes, 17 are too many.
        QVERIFY(PdfEncryptor::checkPassword(SecureBytes::fromString(QString(16, QChar(0xe9)))).ok());
        QCOMPARE(PdfEncryptor::checkPassword(SecureBytes::fromString(QString(17, QChar(0xe9)))).code(),
            ErrorCode::PassphraseTooLong);

        QCOMPARE(Password.toUtf8().size(), PdfEncryptor::MaxPasswordBytes);
        const QString fits = m_dir.filePath(QStringLiteral("fits.pdf"));
        QVERIFY(ReportExporter::exportData(data, optionsFor(data), SecureBytes::fromString(Password), fits).ok());
        const Run r = run(QStringLiteral("pdftotext"), { QStringLiteral("-upw"), Password, fits, QStringLiteral("-") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Ketamine treatment report")));
        QFile::remove(fits);

        // Generated passwords always fit, and stay five list words.
        for (int i = 0; i < 2000; ++i) {
            const QString generated
                = PassphraseGenerator::generate(PassphraseGenerator::DefaultWords, PdfEncryptor::MaxPasswordBytes);
            QVERIFY2(generated.toUtf8().size() <= PdfEncryptor::MaxPasswordBytes, qPrintable(generated));
            QCOMPARE(generated.split(QLatin1Char(' ')).size(), PassphraseGenerator::DefaultWords);
        }
        QVERIFY(PassphraseGenerator::generate(5, 8).isEmpty()); // cannot fit: empty, not a hang
    }

    void encryptorRefusesWhatIsNotAPdf()
    {
        QCOMPARE(PdfEncryptor::encrypt(QByteArray("hello"), SecureBytes::fromString(Password)).code(),
            ErrorCode::InvalidArgument);
    }

    void sectionsCanBeLeftOut()
    {
        ReportData data = sampleData();
        ReportOptions options = optionsFor(data);
        options.sections = ReportOptions::Summary;
        data.notes.clear();
        const QString target = m_dir.filePath(QStringLiteral("summary-only.pdf"));
        QVERIFY(ReportExporter::exportData(data, options, SecureBytes::fromString(Password), target).ok());
        const Run r
            = run(QStringLiteral("pdftotext"), { QStringLiteral("-upw"), Password, target, QStringLiteral("-") });
        QVERIFY(r.out.contains(QLatin1String("Summary")));
        QVERIFY(!r.out.contains(QLatin1String("Sessions (8)")));
        QVERIFY(!r.out.contains(QLatin1String("Integration notes")));
        QVERIFY(!r.out.contains(QLatin1String("111 mg")));
        QFile::remove(target);
    }

    /// Item 9 is never hidden: with every optional section unticked, the fixed block under the
    /// title still lists the period's flags with their days, and a flagged baseline from before
    /// the period that the summary cites.
    void item9FlagsSurviveEverySectionChoice()
    {
        ReportData data = sampleData();
        QList<QuestionnaireResponse> all = data.questionnaires;
        data.range.first = QDate(2026, 1, 10); // the baseline (4 Jan) is now before the period
        all[0].answers[8] = 2;
        computeOutcomes(data, all);
        QCOMPARE(data.baseline(QuestionnaireKind::Phq9)->id, all[0].id);
        ReportOptions options = optionsFor(data);
        options.range = data.range;
        options.sections = 0;
        data.notes.clear();
        const QString target = m_dir.filePath(QStringLiteral("no-sections.pdf"));
        QVERIFY(ReportExporter::exportData(data, options, SecureBytes::fromString(Password), target).ok());
        const Run r
            = run(QStringLiteral("pdftotext"), { QStringLiteral("-upw"), Password, target, QStringLiteral("-") });
        QCOMPARE(r.exitCode, 0);
        const QString text = r.out.simplified();
        QVERIFY2(!text.contains(QLatin1String("Sessions in period")), qPrintable(text)); // no summary
        QVERIFY2(text.contains(QLatin1String("PHQ-9 item 9 flags")), qPrintable(text));
        // The in-period flag (1 Feb) with its day, and the cited baseline of 4 Jan with its answer.
        QVERIFY2(text.contains(
                     QStringLiteral("1 response with thoughts of death or self-harm above “not at all”: 1 Feb 2026")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("baseline cited in this report (4 Jan 2026, before this period) answered "
                                             "item 9 with 2 of 3")),
            qPrintable(text));
        QFile::remove(target);

        // A flagged answer lowered to 0 and a flagged questionnaire trashed: both leave a dated
        // line in the same fixed block.
        Item9Change lowered;
        lowered.kind = Item9ChangeKind::AnswerLowered;
        lowered.answeredAt = QDateTime(QDate(2026, 1, 20), QTime(9, 0), QTimeZone(3600));
        lowered.previousAnswer = 2;
        lowered.newAnswer = 0;
        lowered.changedAt = QDateTime(QDate(2026, 1, 22), QTime(20, 0), QTimeZone(3600));
        Item9Change trashed = lowered;
        trashed.kind = Item9ChangeKind::MovedToTrash;
        trashed.previousAnswer = 3;
        trashed.newAnswer.reset();
        trashed.answeredAt = QDateTime(QDate(2026, 1, 25), QTime(9, 0), QTimeZone(3600));
        trashed.changedAt = QDateTime(QDate(2026, 1, 26), QTime(9, 0), QTimeZone(3600));
        data.item9Changes = { lowered, trashed };
        QVERIFY(ReportExporter::exportData(data, options, SecureBytes::fromString(Password), target).ok());
        const QString traced
            = run(QStringLiteral("pdftotext"), { QStringLiteral("-upw"), Password, target, QStringLiteral("-") })
                  .out.simplified();
        QVERIFY2(traced.contains(QLatin1String(
                     "Item 9 answer changed on 22 Jan 2026: the PHQ-9 of 20 Jan 2026 first said 2 of 3, now 0.")),
            qPrintable(traced));
        QVERIFY2(traced.contains(QLatin1String(
                     "Moved to the trash on 26 Jan 2026: the PHQ-9 of 25 Jan 2026, item 9 answered 3 of 3.")),
            qPrintable(traced));
        QFile::remove(target);
        data.item9Changes.clear();

        // No flag anywhere: the block says so rather than vanishing.
        for (QuestionnaireResponse& response : all) {
            if (response.kind == QuestionnaireKind::Phq9) {
                response.answers[8] = 0;
            }
        }
        computeOutcomes(data, all);
        QVERIFY(ReportExporter::exportData(data, options, SecureBytes::fromString(Password), target).ok());
        const Run none
            = run(QStringLiteral("pdftotext"), { QStringLiteral("-upw"), Password, target, QStringLiteral("-") });
        QVERIFY(none.out.simplified().contains(QLatin1String("PHQ-9 item 9 flags none in this period")));
        QFile::remove(target);
    }

    void paperSizeFollowsTheLocale()
    {
        QCOMPARE(ReportOptions::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)).id(), QPageSize::Letter);
        QCOMPARE(ReportOptions::pageSizeFor(QLocale(QLocale::Spanish, QLocale::Mexico)).id(), QPageSize::Letter);
        QCOMPARE(ReportOptions::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(), QPageSize::A4);
        QCOMPARE(ReportOptions::pageSizeFor(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);

        ReportData data = sampleData();
        ReportOptions options = optionsFor(data);
        options.pageSize = QPageSize(QPageSize::Letter);
        const QString target = m_dir.filePath(QStringLiteral("letter.pdf"));
        QVERIFY(ReportExporter::exportData(data, options, SecureBytes::fromString(Password), target).ok());
        const Run info = run(QStringLiteral("pdfinfo"), { QStringLiteral("-upw"), Password, target });
        QVERIFY2(info.out.contains(QLatin1String("612 x 792 pts (letter)")), qPrintable(info.out));
        QFile::remove(target);
    }

    void summaryNumbers()
    {
        const ReportSummary s = ReportSummary::compute(sampleData());
        QCOMPARE(s.sessionCount, 8);
        QCOMPARE(s.sessionsByPhaseKind.value(PhaseKind::Induction), 6);
        QCOMPARE(s.sessionsByPhaseKind.value(PhaseKind::Maintenance), 2);
        QCOMPARE(s.phq9.baselineTotal, std::optional<int>(17));
        QCOMPARE(s.phq9.latestTotal, std::optional<int>(1));
        QVERIFY(s.phq9.outcome.inResponseNow);
        QVERIFY(s.phq9.outcome.inRemissionNow);
        QCOMPARE(s.gad7.baselineTotal, std::optional<int>(14));
        QVERIFY(s.gad7.outcome.inResponseNow);
        QVERIFY(s.gad7.outcome.inRemissionNow); // GAD-7 below 5 from a baseline of 10 or more
        QCOMPARE(s.item9Flags, 1);
        QCOMPARE(s.item9Days, QList<QDate>({ QDate(2026, 2, 1) }));
        QCOMPARE(s.currentPhase->kind, PhaseKind::Maintenance);
        QCOMPARE(s.daysBetweenSessions, (QList<int> { 2, 2, 4, 3, 7, 28, 28 }));
        QCOMPARE(s.doseMgTotal, 888.0);
        QCOMPARE(s.sideEffectSessions.value(QStringLiteral("urinary")), 8);
        QCOMPARE(s.urinarySessions, 8);
        QCOMPARE(s.urinaryFirst, QDate(2026, 1, 5));
        QCOMPARE(s.urinaryLast, QDate(2026, 3, 20));
    }

    void singleScoreIsNotAResponse()
    {
        ReportData data = sampleData();
        data.questionnaires = { *data.baseline(QuestionnaireKind::Phq9) };
        computeOutcomes(data);
        const ReportSummary s = ReportSummary::compute(data);
        QCOMPARE(s.phq9.latestTotal, s.phq9.baselineTotal);
        QVERIFY(!s.phq9.outcome.latestTotal);
        QVERIFY(!s.phq9.outcome.inResponseNow);
        QVERIFY(!s.phq9.outcome.inRemissionNow);
    }

    void rangePresets()
    {
        const QDate today(2026, 3, 2);
        Phase first;
        first.kind = PhaseKind::Induction;
        first.start = QDate(2025, 1, 6);
        first.end = QDate(2025, 1, 30);
        Phase maintenance;
        maintenance.kind = PhaseKind::Maintenance;
        maintenance.start = QDate(2025, 1, 31);
        maintenance.end = QDate(2025, 12, 31);
        Phase second;
        second.kind = PhaseKind::Induction;
        second.start = QDate(2026, 1, 10);
        second.end = QDate(2026, 1, 31);
        Phase now;
        now.kind = PhaseKind::Maintenance;
        now.start = QDate(2026, 2, 1);
        const QList<Phase> phases = { first, maintenance, second, now };
        using P = ReportRange::Preset;
        auto r = ReportRange::resolve(P::WholeCourse, today, phases, QDate(2024, 12, 1));
        QCOMPARE(r.first, QDate(2026, 1, 10)); // the latest course, not the first one
        QCOMPARE(r.last, today);
        r = ReportRange::resolve(P::ThisPhase, today, phases, {});
        QCOMPARE(r.first, QDate(2026, 2, 1));
        QCOMPARE(r.last, today);
        r = ReportRange::resolve(P::Last4Weeks, today, phases, {});
        QCOMPARE(r.first.daysTo(r.last), 27);
        r = ReportRange::resolve(P::Last12Weeks, today, phases, {});
        QCOMPARE(r.first.daysTo(r.last), 83);
        r = ReportRange::resolve(P::WholeCourse, today, {}, QDate(2025, 6, 1));
        QCOMPARE(r.first, QDate(2025, 6, 1));
        r = ReportRange::resolve(P::Custom, today, phases, QDate(2024, 12, 1), DayRange { QDate(2025, 5, 1), {} });
        QCOMPARE(r.first, QDate(2025, 5, 1));
        QCOMPARE(r.last, today);
        r = ReportRange::resolve(P::ThisPhase, QDate(2026, 1, 20), phases, {});
        QCOMPARE(r.first, QDate(2026, 1, 10));
        QCOMPARE(r.last, QDate(2026, 1, 20));
    }

    void wordListLoadsFromTheResource()
    {
        // passphrase-words.txt as compiled in: every word once, plain lower-case letters, the
        // comment header and the line ends left out.
        const auto words = passphraseWords();
        QCOMPARE(words.size(), std::size_t(2132));
        QCOMPARE(QByteArray(words.front()), QByteArray("able"));
        QCOMPARE(QByteArray(words.back()), QByteArray("zucchini"));
        const QRegularExpression plainWord(QStringLiteral("^[a-z]{3,9}$"));
        QSet<QString> seen;
        for (const char* w : words) {
            const QString word = QString::fromLatin1(w);
            QVERIFY2(plainWord.match(word).hasMatch(), qPrintable(word));
            QVERIFY2(!seen.contains(word), qPrintable(word));
            seen.insert(word);
        }
        // Loaded once: the same strings on every call.
        QCOMPARE(passphraseWords().data(), words.data());
    }

    void generatedPassphrases()
    {
        const auto words = passphraseWords();
        QVERIFY(words.size() >= 2000);
        QSet<QString> unique;
        for (const char* w : words) {
            unique.insert(QString::fromLatin1(w));
        }
        QCOMPARE(unique.size(), qsizetype(words.size()));
        const QString p = PassphraseGenerator::generate();
        const QStringList parts = p.split(QLatin1Char(' '));
        QCOMPARE(parts.size(), 5);
        for (const QString& part : parts) {
            QVERIFY(unique.contains(part));
        }
        QVERIFY(PassphraseGenerator::generate() != p || PassphraseGenerator::generate() != p);
        // How strong it is, PassphraseRating judges (tst_passphraserating, tst_exportdialogs).
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
