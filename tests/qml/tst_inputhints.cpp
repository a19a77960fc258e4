// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Input-method hints on every text input (SECURITY.md 12): the real Main.qml, offscreen. Each
// screen, page, editor and dialog is opened as a person would (menus, shortcuts, the navigation
// rail) and every item under the window that takes typed text (a TextInput or TextEdit that
// accepts an input method, including Popup content and Loader-created dialogs) must carry
// Qt::ImhSensitiveData | Qt::ImhNoPredictiveText, so input methods with learning dictionaries or
// cloud prediction neither store nor send what people write. A failure names the field.

#include "app/shell/JournalController.h"
#include "tests/qml/TestApplication.h"
#include "tests/qml/UiDriver.h"

#include <QHash>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQueue>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)
Q_IMPORT_QML_PLUGIN(KapJournalPlugin)

using kap::JournalController;

namespace {
const QString Passphrase = QStringLiteral("amber lantern slowly crosses nine bridges");
constexpr int UnlockTimeoutMs = 20000;
constexpr Qt::InputMethodHints Required = Qt::ImhSensitiveData | Qt::ImhNoPredictiveText;

/// A text input that may go without the hints, and why. Empty: the numeric fields (dose, minutes,
/// blood pressure, heart rate) keep their digit hints and add the two protective ones, so none
/// needs an exception. An entry needs a reason a reviewer can check.
struct AllowedField
{
    QString name;
    QString reason;
};
const QList<AllowedField> AllowList = {};

/// One text input found under the window.
struct TextInputField
{
    QString name; ///< objectName, else Accessible.name, else the nearest named ancestor
    QString description; ///< name, QML type and the chain of named ancestors, for messages
    Qt::InputMethodHints hints;
};

QString accessibleName(const QObject* object)
{
    // The Accessible attached object is a child of the item it describes.
    for (const QObject* child : object->children()) {
        if (child->inherits("QQuickAccessibleAttached")) {
            return child->property("name").toString();
        }
    }
    return {};
}

QString typeName(const QObject* object)
{
    QString name = QString::fromLatin1(object->metaObject()->className());
    const qsizetype marker = name.indexOf(QStringLiteral("_QML"));
    return marker > 0 ? name.left(marker) : name;
}

/// `popups`: the root item of each Popup's content and the Popup's name (the Popup is no item,
/// so the parent chain would end at its content without it).
TextInputField describe(QQuickItem* field, const QHash<const QQuickItem*, QString>& popups)
{
    QStringList ancestors;
    for (QQuickItem* parent = field->parentItem(); parent; parent = parent->parentItem()) {
        if (!parent->objectName().isEmpty()) {
            ancestors << parent->objectName();
        }
        if (popups.contains(parent)) {
            ancestors << popups.value(parent);
        }
    }
    QString name = field->objectName();
    if (name.isEmpty()) {
        name = accessibleName(field);
    }
    if (name.isEmpty() && !ancestors.isEmpty()) {
        name = ancestors.constFirst(); // the content item of a ComboBox or SpinBox
    }
    const QString description
        = QStringLiteral("'%1' (%2, placeholder '%3') in %4")
              .arg(name, typeName(field), field->property("placeholderText").toString(),
                  ancestors.isEmpty() ? QStringLiteral("(no named ancestor)") : ancestors.join(QStringLiteral(" < ")));
    return { name, description, Qt::InputMethodHints(field->property("inputMethodHints").toInt()) };
}

/// The text of a ComboBox that is not editable: it shows the choice and is disabled, nothing
/// can be typed into it.
bool isChoiceOnlyComboBoxText(const QQuickItem* item)
{
    const QQuickItem* parent = item->parentItem();
    return parent && parent->inherits("QQuickComboBox") && !parent->property("editable").toBool();
}

/// Every item under `root` (visual children, QObject children, Popup content, Loader items)
/// that takes typed text: read-only inputs (the text of a ComboBox or SpinBox that is not
/// editable, a preview) get no input method.
QList<TextInputField> textInputsUnder(QObject* root)
{
    QList<TextInputField> found;
    QQueue<QObject*> queue;
    QSet<QObject*> seen;
    QHash<const QQuickItem*, QString> popups;
    queue.enqueue(root);
    while (!queue.isEmpty()) {
        QObject* object = queue.dequeue();
        if (!object || seen.contains(object)) {
            continue;
        }
        seen.insert(object);
        for (QObject* child : object->children()) {
            queue.enqueue(child);
        }
        if (auto* window = qobject_cast<QQuickWindow*>(object)) {
            queue.enqueue(window->contentItem()->parentItem()); // the overlay with open popups
        }
        if (object->inherits("QQuickPopup")) {
            // A closed popup's content hangs under no item: walk it too.
            if (auto* content = object->property("contentItem").value<QQuickItem*>()) {
                QQuickItem* popupRoot = content->parentItem() ? content->parentItem() : content;
                popups.insert(popupRoot, object->objectName().isEmpty() ? typeName(object) : object->objectName());
                queue.enqueue(popupRoot);
            }
        }
        if (object->inherits("QQuickLoader")) {
            queue.enqueue(object->property("item").value<QObject*>());
        }
        auto* item = qobject_cast<QQuickItem*>(object);
        if (!item) {
            continue;
        }
        for (QQuickItem* child : item->childItems()) {
            queue.enqueue(child);
        }
        const bool takesText = object->inherits("QQuickTextInput") || object->inherits("QQuickTextEdit");
        if (takesText && item->flags().testFlag(QQuickItem::ItemAcceptsInputMethod)
            && !item->property("readOnly").toBool() && !isChoiceOnlyComboBoxText(item)) {
            found << describe(item, popups);
        }
    }
    return found;
}

QString allowedReason(const QString& name)
{
    for (const AllowedField& allowed : AllowList) {
        if (allowed.name == name) {
            return allowed.reason;
        }
    }
    return {};
}

/// The fields among `fields` that lack a required hint and are not allow-listed, one line each.
QStringList fieldsWithoutHints(const QList<TextInputField>& fields)
{
    QStringList missing;
    for (const TextInputField& field : fields) {
        if ((field.hints & Required) != Required && allowedReason(field.name).isEmpty()) {
            missing << QStringLiteral("%1 has input method hints 0x%2")
                           .arg(field.description, QString::number(int(field.hints), 16));
        }
    }
    return missing;
}
} // namespace

class TestInputHints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void plainTextFieldIsReported();
    void allowListHasReasons();
    void createPage();
    void pages_data();
    void pages();
    void dialogs_data();
    void dialogs();
    void unlockPage();

private:
    JournalController* controller() const { return JournalController::instance(); }
    /// Walks the whole window, fails on a field without the hints and checks that every name in
    /// `expected` was among the fields (so a screen that did not open cannot pass).
    void checkWindow(const QStringList& expected);

    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<UiDriver> m_ui;
    QSet<QString> m_walked; ///< descriptions of every field checked, over the whole run
};

void TestInputHints::initTestCase()
{
    controller()->setKdfParams(kap::KdfParams::fastForTests());
    controller()->setRememberLastJournal(false);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    QQuickWindow* window = uitest::loadMainWindow(*m_engine);
    QVERIFY2(window, "Main.qml did not load or show");
    m_ui = std::make_unique<UiDriver>(window);
    m_ui->settle(300);
}

void TestInputHints::cleanupTestCase()
{
    qInfo("Text inputs checked over all screens: %lld", qlonglong(m_walked.size()));
    controller()->lock();
    m_ui.reset();
    m_engine.reset();
}

void TestInputHints::checkWindow(const QStringList& expected)
{
    m_ui->settle(200);
    const QList<TextInputField> fields = textInputsUnder(m_ui->window());
    QSet<QString> names;
    for (const TextInputField& field : fields) {
        names.insert(field.name);
        m_walked.insert(field.description);
    }
    const QStringList missing = fieldsWithoutHints(fields);
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("Text inputs without Qt.ImhSensitiveData | Qt.ImhNoPredictiveText "
                                  "(use JournalTextField / JournalTextArea):\n")
            + missing.join(QLatin1Char('\n'))));
    const QString found = QStringList(names.values()).join(QStringLiteral(", "));
    for (const QString& name : expected) {
        const QString message = QStringLiteral("no text input '%1' found; found: %2").arg(name, found);
        QVERIFY2(names.contains(name), qPrintable(message));
    }
}

void TestInputHints::plainTextFieldIsReported()
{
    // The walk itself: a plain TextField (also inside a closed Popup) is reported by name, a
    // read-only one is not, and a JournalTextField passes.
    QQmlComponent component(m_engine.get());
    component.setData(R"(
import QtQuick
import QtQuick.Controls
import KapJournal
Item {
    TextField { objectName: "plainField" }
    TextField { objectName: "readOnlyField"; readOnly: true }
    JournalTextField { objectName: "journalField"; extraInputMethodHints: Qt.ImhDigitsOnly }
    Popup {
        TextArea { Accessible.name: "Area in a popup" }
    }
}
)",
        QUrl(QStringLiteral("qrc:/input-hints-test/Probe.qml")));
    std::unique_ptr<QObject> probe(component.create());
    QVERIFY2(probe, qPrintable(component.errorString()));

    const QList<TextInputField> fields = textInputsUnder(probe.get());
    QStringList names;
    for (const TextInputField& field : fields) {
        names << field.name;
    }
    names.sort();
    QCOMPARE(names,
        QStringList(
            { QStringLiteral("Area in a popup"), QStringLiteral("journalField"), QStringLiteral("plainField") }));
    const QStringList missing = fieldsWithoutHints(fields);
    QCOMPARE(missing.size(), 2);
    QVERIFY(missing.join(QLatin1Char('\n')).contains(QStringLiteral("'plainField'")));
    QVERIFY(missing.join(QLatin1Char('\n')).contains(QStringLiteral("'Area in a popup'")));
    for (const TextInputField& field : fields) {
        if (field.name == QStringLiteral("journalField")) {
            QCOMPARE(field.hints, Required | Qt::ImhDigitsOnly);
        }
    }
}

void TestInputHints::allowListHasReasons()
{
    for (const AllowedField& allowed : AllowList) {
        QVERIFY2(!allowed.reason.trimmed().isEmpty(), qPrintable(allowed.name));
    }
}

void TestInputHints::createPage()
{
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("welcomePage")));
    checkWindow({});
    QVERIFY(m_ui->click(QStringLiteral("welcomeCreateButton")));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("createPage")));
    checkWindow({ QStringLiteral("createPassphraseField"), QStringLiteral("createConfirmField") });

    QVERIFY(m_ui->type(QStringLiteral("createPassphraseField"), Passphrase));
    QVERIFY(m_ui->type(QStringLiteral("createConfirmField"), Passphrase));
    QVERIFY(m_ui->click(QStringLiteral("createAcknowledge")));
    QVERIFY(m_ui->click(QStringLiteral("createButton")));
    QTRY_VERIFY_WITH_TIMEOUT(controller()->isUnlocked(), UnlockTimeoutMs);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("mainFrame")));
}

void TestInputHints::pages_data()
{
    QTest::addColumn<QString>("nav");
    QTest::addColumn<QString>("slot");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("journal") << QStringLiteral("nav_0") << QStringLiteral("timelineSlot") << QStringList();
    QTest::newRow("trends") << QStringLiteral("nav_1") << QStringLiteral("trendsSlot")
                            << QStringList({ QStringLiteral("customFromInput"), QStringLiteral("customToInput") });
    QTest::newRow("phases") << QStringLiteral("nav_2") << QStringLiteral("phasesSlot")
                            << QStringList({ QStringLiteral("phaseLabelInput"), QStringLiteral("phaseStartInput"),
                                   QStringLiteral("phaseEndInput"), QStringLiteral("phaseNotes") });
    QTest::newRow("search") << QStringLiteral("nav_3") << QStringLiteral("searchSlot")
                            << QStringList({ QStringLiteral("searchField") });
    QTest::newRow("trash") << QStringLiteral("nav_4") << QStringLiteral("trashSlot") << QStringList();
    QTest::newRow("settings") << QStringLiteral("nav_5") << QStringLiteral("settingsSlot")
                              << QStringList({ QStringLiteral("defaultDose"), QStringLiteral("defaultProvider"),
                                     QStringLiteral("defaultPresent"), QStringLiteral("defaultCurrency") });
}

void TestInputHints::pages()
{
    QFETCH(QString, nav);
    QFETCH(QString, slot);
    QFETCH(QStringList, expected);
    QVERIFY(controller()->isUnlocked());
    QVERIFY2(m_ui->click(nav), qPrintable(nav));
    QTRY_VERIFY(m_ui->isShown(slot));
    QTRY_VERIFY(m_ui->find(slot)->property("available").toBool());
    checkWindow(expected);
}

void TestInputHints::dialogs_data()
{
    // How a person opens it: a shortcut, or a File menu entry by its text.
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::addColumn<QString>("menuEntry");
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("addButton"); // clicked first, for fields that a button adds
    QTest::addColumn<QStringList>("expected");
    const QString none;
    QTest::newRow("session editor")
        << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) << none << QStringLiteral("sessionEditor")
        << QStringLiteral("vitalAddBefore")
        << QStringList({ QStringLiteral("sessionDateInput"), QStringLiteral("sessionTimeInput"),
               QStringLiteral("sessionRouteOtherInput"), QStringLiteral("sessionDoseInput"),
               QStringLiteral("sessionDosePerKgInput"), QStringLiteral("sessionProviderInput"),
               QStringLiteral("sessionPresentCombo"), QStringLiteral("sessionIntention"),
               QStringLiteral("sessionMoodBeforeInput"), QStringLiteral("sessionMoodAfterInput"),
               QStringLiteral("sessionDissociationInput"), QStringLiteral("sessionDissociationClinicInput"),
               QStringLiteral("sessionDissociationScaleInput"), QStringLiteral("sessionOtherSideEffects"),
               QStringLiteral("sessionExperience"), QStringLiteral("sessionCostInput"),
               QStringLiteral("sessionCurrencyInput"), QStringLiteral("vitalMinutes0Input"),
               QStringLiteral("vitalSystolic0Input"), QStringLiteral("vitalDiastolic0Input"),
               QStringLiteral("vitalHeartRate0Input"), QStringLiteral("vitalSpo20Input") });
    QTest::newRow("note editor") << QKeySequence(Qt::CTRL | Qt::Key_N) << none << QStringLiteral("noteEditor") << none
                                 << QStringList({ QStringLiteral("noteTitle"), QStringLiteral("noteBody"),
                                        QStringLiteral("noteTags") });
    QTest::newRow("check-in") << QKeySequence(Qt::CTRL | Qt::Key_M) << none << QStringLiteral("checkinDialog") << none
                              << QStringList({ QStringLiteral("checkinNote") });
    QTest::newRow("questionnaire") << QKeySequence() << QStringLiteral("PHQ-9 (depression)…")
                                   << QStringLiteral("questionnaireDialog") << none << QStringList();
    QTest::newRow("report") << QKeySequence() << QStringLiteral("Export report for my therapist…")
                            << QStringLiteral("reportDialog") << none
                            << QStringList({ QStringLiteral("reportFromInput"), QStringLiteral("reportToInput"),
                                   QStringLiteral("displayName"), QStringLiteral("exportPassword"),
                                   QStringLiteral("exportPasswordConfirmation") });
    QTest::newRow("Daylio import") << QKeySequence() << QStringLiteral("Import from Daylio…")
                                   << QStringLiteral("importDaylioDialog") << none << QStringList();
    QTest::newRow("backup") << QKeySequence() << QStringLiteral("Backup…") << QStringLiteral("backupDialog") << none
                            << QStringList({ QStringLiteral("journalPassphrase"), QStringLiteral("backupPassphrase"),
                                   QStringLiteral("backupConfirmation"), QStringLiteral("restorePassphrase") });
    QTest::newRow("JSON export") << QKeySequence() << QStringLiteral("Export JSON…")
                                 << QStringLiteral("jsonExportDialog") << none << QStringList();
}

void TestInputHints::dialogs()
{
    QFETCH(QKeySequence, shortcut);
    QFETCH(QString, menuEntry);
    QFETCH(QString, dialog);
    QFETCH(QString, addButton);
    QFETCH(QStringList, expected);
    QVERIFY(controller()->isUnlocked());
    QVERIFY(m_ui->click(QStringLiteral("nav_0")));
    if (!shortcut.isEmpty()) {
        m_ui->key(shortcut[0].key(), shortcut[0].keyboardModifiers());
    } else {
        QVERIFY(m_ui->click(m_ui->itemWithText(QStringLiteral("&File"))));
        QTRY_VERIFY(m_ui->isShown(QStringLiteral("menuLock")));
        QVERIFY2(m_ui->click(m_ui->itemWithText(menuEntry)), qPrintable(menuEntry));
    }
    QTRY_VERIFY2(m_ui->isShown(dialog), qPrintable(dialog));
    // Closed also when a check fails, so that the next dialog can open.
    const auto close = qScopeGuard([&] {
        if (QObject* opened = m_ui->find(dialog)) {
            QMetaObject::invokeMethod(opened, "close");
        }
        // Not QTRY_VERIFY: it stops waiting once the test has failed.
        if (!QTest::qWaitFor([&] { return !m_ui->isShown(dialog); })) {
            QFAIL(qPrintable(dialog + QStringLiteral(" did not close")));
        }
    });
    if (!addButton.isEmpty()) {
        QVERIFY2(m_ui->click(addButton), qPrintable(addButton));
    }
    checkWindow(expected);
}

void TestInputHints::unlockPage()
{
    m_ui->key(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!controller()->isUnlocked());
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("unlockPage")));
    checkWindow({ QStringLiteral("unlockPassphraseField") });
}

int main(int argc, char* argv[])
{
    return uitest::runWidgetTest<TestInputHints>(argc, argv, "kapjournal-inputhints");
}

#include "tst_inputhints.moc"
