// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// QuickTest runner for the Trends chart components (tests/trends/qml/tst_*.qml), with the shared
// set-up of uitest::runQuickTests (QuickTestMain.h; a QApplication: Qt Charts' ChartView needs one).
// It registers TrendsFixture, which fills a TrendsModel from a synthetic journal (no
// JournalController needed).

#include "app/trends/SessionEffectModel.h"
#include "app/trends/TrendsModel.h"
#include "statistics/TrendsCalculator.h"
#include "tests/qml/QuickTestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/trends/SyntheticCourse.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)
Q_IMPORT_QML_PLUGIN(KapJournalPlugin)

/// Gives QML tests a filled TrendsModel.
class TrendsFixture : public QObject
{
    Q_OBJECT

public:
    /// Loads a 4-month synthetic course ending `lastDay` once; every fill() reuses it.
    Q_INVOKABLE bool fill(kap::TrendsModel* model)
    {
        if (!model) {
            return false;
        }
        if (!m_input) {
            QTemporaryDir dir;
            auto journal = kaptest::createJournal(dir);
            if (!journal) {
                return false;
            }
            kaptest::SyntheticCourse course;
            course.lastDay = kaptest::fixedNow().date();
            if (!course.populate(*journal)) {
                return false;
            }
            auto input = kap::trends::TrendsCalculator::load(*journal);
            if (!input) {
                return false;
            }
            m_input = input.value();
        }
        model->setInput(*m_input);
        return true;
    }
    /// An empty journal's input (no records).
    Q_INVOKABLE void fillEmpty(kap::TrendsModel* model)
    {
        kap::trends::TrendsInput input;
        input.today = kaptest::fixedNow().date();
        model->setInput(input);
    }

    /// A session-effect table of `count` made-up sessions "Session 1".."Session <count>", newest
    /// first (more than the synthetic course has). JavaScript owns it.
    Q_INVOKABLE kap::SessionEffectModel* sessionEffects(int count)
    {
        QList<kap::SessionEffectModel::Row> rows;
        for (int i = count; i >= 1; --i) {
            kap::SessionEffectModel::Row row;
            row.id = i;
            row.dateText = QStringLiteral("Session %1").arg(i);
            row.phase = QStringLiteral("Maintenance");
            row.before = QStringLiteral("5.0");
            row.after = QStringLiteral("6.0");
            row.effect = QStringLiteral("Benefit lasted ~7 days");
            row.outcome = 1;
            rows.append(row);
        }
        auto* model = new kap::SessionEffectModel;
        model->setRows(std::move(rows));
        return model;
    }

private:
    std::optional<kap::trends::TrendsInput> m_input;
};

int main(int argc, char* argv[])
{
    TrendsFixture fixture;
    return uitest::runQuickTests(argc, argv, "tst_qml_trends", QUICK_TEST_SOURCE_DIR,
        { .fastJournalController = false }, [&fixture](QQmlEngine&) {
            qmlRegisterSingletonInstance("KapJournal.TrendsTest", 1, 0, "TrendsFixture", &fixture);
        });
}

#include "tst_qml_trends.moc"
