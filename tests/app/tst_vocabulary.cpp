// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/QuestionnaireForm.h"
#include "app/journal/SessionVocabulary.h"
#include "cli/RecordFormat.h"
#include "report/ReportBuilder.h"
#include "storage/Entities.h"
#include "storage/Questionnaire.h"
#include "text/EntryText.h"
#include "text/RouteText.h"
#include "text/SeverityText.h"
#include "text/TrendsText.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace kap;

namespace {

QStringList keysOf(const QVariantList& choices)
{
    QStringList keys;
    for (const QVariant& choice : choices) {
        keys.append(choice.toMap().value(QStringLiteral("key")).toString());
    }
    return keys;
}

QString textFor(const QVariantList& choices, const QString& key)
{
    for (const QVariant& choice : choices) {
        if (choice.toMap().value(QStringLiteral("key")).toString() == key) {
            return choice.toMap().value(QStringLiteral("text")).toString();
        }
    }
    return {};
}

Session sessionWithRoute(const QString& route, const QString& routeOther = {})
{
    Session session;
    session.id = 7;
    session.occurredAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone(3600));
    session.route = route;
    session.routeOther = routeOther;
    return session;
}

} // namespace

/// One vocabulary (issue 15): the keys a screen offers are storage's lists, and the app, the
/// report and the CLI show the same translated label for each route and severity band.
class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screensOfferStoragesKeys()
    {
        QCOMPARE(keysOf(SessionVocabulary::modalities()), modalitykeys::all());
        QCOMPARE(keysOf(SessionVocabulary::routes()), routekeys::all());
        QCOMPARE(keysOf(SessionVocabulary::settings()), settingkeys::all());
        QCOMPARE(SessionVocabulary::ratingMin(), limits::RatingMin);
        QCOMPARE(SessionVocabulary::ratingMax(), limits::RatingMax);
    }

    /// A key added to storage without a label would show the bare key: every key has its own word.
    void everyKeyHasItsOwnLabel()
    {
        const std::pair<QStringList, QString (*)(const QString&)> families[] = {
            { modalitykeys::all(), &EntryText::modality },
            { routekeys::all(), static_cast<QString (*)(const QString&)>(&RouteText::label) },
            { routekeys::all(), &RouteText::choice },
            { settingkeys::all(), &EntryText::setting },
        };
        for (const auto& [keys, label] : families) {
            QSet<QString> seen;
            for (const QString& key : keys) {
                const QString text = label(key);
                QVERIFY2(!text.isEmpty() && text != key, qPrintable(key));
                QVERIFY2(!seen.contains(text), qPrintable(text));
                seen.insert(text);
            }
        }
    }

    void routeLabel_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("routeOther");
        QTest::addColumn<QString>("expected");
        for (const QString& key : routekeys::all()) {
            QTest::newRow(qPrintable(key)) << key << QString() << RouteText::label(key);
        }
        QTest::newRow("sublingual") << QStringLiteral("sublingual") << QString() << QStringLiteral("Sublingual");
        QTest::newRow("im") << QStringLiteral("im") << QString() << QStringLiteral("IM");
        // The report printed the bare key "other" here; the app said "Other route".
        QTest::newRow("other, no words") << QStringLiteral("other") << QString() << QStringLiteral("Other route");
        QTest::newRow("other, own words")
            << QStringLiteral("other") << QStringLiteral("buccal film") << QStringLiteral("buccal film");
        // An older journal's or an import's free text stays as written.
        QTest::newRow("free text") << QStringLiteral("rectal") << QString() << QStringLiteral("rectal");
    }

    void routeLabel()
    {
        QFETCH(QString, route);
        QFETCH(QString, routeOther);
        QFETCH(QString, expected);
        const Session session = sessionWithRoute(route, routeOther);
        QCOMPARE(RouteText::label(route, routeOther), expected);
        // The journal's timeline and detail view.
        QCOMPARE(EntryText::sessionSummary(session), expected);
        // The report's sessions table (no modality: nothing is added).
        QCOMPARE(ReportBuilder::routeText(session), expected);
        // The CLI's `list`.
        const QString line = cli::RecordFormat::toLine(session);
        QVERIFY2(line.endsWith(QStringLiteral("  ") + expected), qPrintable(line));
        // Trends' tooltips and tables call RouteText::label() themselves (no copy to compare).
    }

    /// The pickers' longer words belong to the same table: the settings page and the session
    /// editor offer these, not a list of their own.
    void pickersUseTheRouteTable()
    {
        for (const QString& key : routekeys::all()) {
            QCOMPARE(textFor(SessionVocabulary::routes(), key), RouteText::choice(key));
        }
        // A closed box shows the short label.
        for (const QVariant& choice : SessionVocabulary::routes()) {
            const QVariantMap map = choice.toMap();
            QCOMPARE(map.value("brief").toString(), RouteText::label(map.value("key").toString()));
        }
        QCOMPARE(RouteText::choice(QStringLiteral("im")), QStringLiteral("Intramuscular injection"));
        QCOMPARE(RouteText::choice(QStringLiteral("intranasal")), RouteText::label(QStringLiteral("intranasal")));
        for (const QString& key : settingkeys::all()) {
            QCOMPARE(textFor(SessionVocabulary::settings(), key), EntryText::setting(key));
        }
        QCOMPARE(EntryText::setting(QStringLiteral("home")), QStringLiteral("Home"));
    }

    /// Who was present and the side effects: the editor offers storage's keys with EntryText's
    /// labels, and the report writes the same words in its lists (lower case, inside a sentence).
    void presentAndSideEffects()
    {
        QCOMPARE(keysOf(SessionVocabulary::present()), presentkeys::all());
        QCOMPARE(presentkeys::all(), QStringList({ "therapist", "sitter", "alone" }));
        for (const QString& key : presentkeys::all()) {
            QCOMPARE(textFor(SessionVocabulary::present(), key), EntryText::present(key));
            QVERIFY2(EntryText::present(key) != key, qPrintable(key)); // every key has a label
        }
        QCOMPARE(keysOf(SessionVocabulary::sideEffects()), sideeffectkeys::all());
        QCOMPARE(sideeffectkeys::all(),
            QStringList({ "nausea", "headache", "dizziness", "sedation", "anxiety", "urinary" }));
        for (const QString& key : sideeffectkeys::all()) {
            const QString label = EntryText::sideEffect(key);
            QCOMPARE(textFor(SessionVocabulary::sideEffects(), key), label);
            QVERIFY2(label != key, qPrintable(key));
            // The report's list says the same words: the one table has both forms.
            QCOMPARE(EntryText::sideEffectInList(key), label.toLower());
        }
        QCOMPARE(EntryText::sideEffect(sideeffectkeys::Urinary), QStringLiteral("Urinary symptoms"));
        // The report's sessions table: the person's own words stay as written.
        QCOMPARE(EntryText::sideEffectList({ sideeffectkeys::Urinary, sideeffectkeys::Anxiety, "Jaw tension" }),
            QStringLiteral("urinary symptoms, anxiety during session, Jaw tension"));
        QCOMPARE(EntryText::present(QStringLiteral("my partner")), QStringLiteral("my partner"));
    }

    /// The report adds the modality in a word after the route; "other" adds nothing.
    void reportRouteNamesTheModality()
    {
        Session session = sessionWithRoute(routekeys::Sublingual);
        session.modality = modalitykeys::Kap;
        QCOMPARE(ReportBuilder::routeText(session), QStringLiteral("Sublingual (KAP)"));
        session.route = routekeys::Intravenous;
        session.modality = modalitykeys::IvInfusion;
        QCOMPARE(ReportBuilder::routeText(session), QStringLiteral("IV (infusion)"));
        session.modality = modalitykeys::Other;
        QCOMPARE(ReportBuilder::routeText(session), QStringLiteral("IV"));
        for (const QString& key : modalitykeys::all()) {
            QCOMPARE(EntryText::modalityBrief(key).isEmpty(), key == modalitykeys::Other);
        }
    }

    /// A dose reads the same in the journal, the report's table and the CLI's `list`.
    void doseWords()
    {
        Session session = sessionWithRoute(routekeys::Intravenous);
        session.modality = modalitykeys::IvInfusion;
        session.doseMg = 35.5;
        session.doseMgPerKg = 0.5;
        QCOMPARE(EntryText::doses(session, QLocale::c()), QStringList({ "35.5 mg", "0.5 mg/kg" }));
        QCOMPARE(EntryText::doses(session, QLocale(QLocale::German)), QStringList({ "35,5 mg", "0,5 mg/kg" }));
        QCOMPARE(EntryText::sessionSummary(session), QStringLiteral("IV, %1").arg(EntryText::doseMg(35.5)));
        const QString line = cli::RecordFormat::toLine(session);
        QVERIFY2(line.endsWith(QStringLiteral("  infusion, IV, 35.5 mg, 0.5 mg/kg")), qPrintable(line));
        session.doseMg.reset();
        QCOMPARE(EntryText::dose(session), EntryText::doseMgPerKg(0.5));
    }

    void severityLabel_data()
    {
        QTest::addColumn<int>("kind");
        for (QuestionnaireKind kind : { QuestionnaireKind::Phq9, QuestionnaireKind::Gad7 }) {
            QTest::newRow(qPrintable(questionnaireKindKey(kind))) << int(kind);
        }
    }

    /// Every total of both questionnaires: the CLI, Trends and the report use the words in a
    /// sentence; the questionnaire form shows the band on its own, the same word capitalised.
    void severityLabel()
    {
        QFETCH(int, kind);
        const auto questionnaireKind = QuestionnaireKind(kind);
        QSet<QString> bands;
        for (int total = 0; total <= questionnaire::maxTotal(questionnaireKind); ++total) {
            const auto severity = questionnaire::severity(questionnaireKind, total);
            QVERIFY(severity);
            const QString word = SeverityText::inSentence(*severity);
            QCOMPARE(cli::RecordFormat::severityLabel(questionnaireKind, total), word);
            QCOMPARE(ReportBuilder::severityText(severity), word);
            QCOMPARE(SeverityText::label(*severity).toLower(), word);
            bands.insert(word);
        }
        QCOMPARE(bands.size(), questionnaireKind == QuestionnaireKind::Phq9 ? 5 : 4);
        QCOMPARE(ReportBuilder::severityText(std::nullopt), QString());
        QCOMPARE(
            SeverityText::inSentence(questionnaire::Severity::ModeratelySevere), QStringLiteral("moderately severe"));
        QCOMPARE(SeverityText::chartLabel(questionnaire::Severity::ModeratelySevere), QStringLiteral("mod. severe"));
        QCOMPARE(SeverityText::chartLabel(questionnaire::Severity::Mild), QStringLiteral("mild"));
    }

    void questionnaireFormShowsTheBandLabel()
    {
        QuestionnaireForm form;
        form.setKind(QStringLiteral("phq9"));
        const int items = int(form.items().size());
        for (int i = 0; i < items; ++i) {
            form.setAnswer(i, i < 6 ? 2 : 0); // 12: moderate
        }
        QCOMPARE(form.total(), 12);
        QCOMPARE(form.band(), SeverityText::label(questionnaire::Severity::Moderate));
        QCOMPARE(form.band(), QStringLiteral("Moderate"));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
