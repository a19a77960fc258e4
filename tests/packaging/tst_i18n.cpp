// Translations: every user-visible string goes through qsTr()/tr(), and the layouts survive text
// that grows by 40 %.
//
//  - Source scans: QML properties that show text (text:, title:, placeholderText:, ...) given a
//    bare string literal, and C++ sentence-like literals in app/ outside tr()/translate().
//  - Pseudo-translation: the real Main.qml, offscreen at its minimum size 900x600, with the en_XA
//    pseudo-translation loaded (every translated string is "[accented text + 40 % padding]").
//    On each main screen, every visible text must carry the brackets (else it skipped qsTr) and
//    must fit: not cut off, not wider than its box, not beyond the window. Screenshots of each
//    screen go to <build>/screenshots/i18n-pseudo-*.png, and English ones at the default size
//    to <build>/screenshots/app-*.png (the package's AppStream screenshots come from those).
//
// A line may opt out of the source scans with a trailing comment "i18n-ignore: <reason>".

#include "JournalController.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)
Q_IMPORT_QML_PLUGIN(KapJournalPlugin)

namespace {

QString sourceDir()
{
    return QStringLiteral(KAP_SOURCE_DIR);
}

QStringList filesUnder(const QString& dir, const QStringList& patterns)
{
    QStringList files;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    return files;
}

QStringList linesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

bool hasWords(const QString& literal)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    return word.match(literal).hasMatch();
}

struct TextProblem
{
    QString what;
    QString text;
};

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void qmlTextLiteralsAreMarked();
    void cppUserStringsAreMarked();
    void pseudoTranslationIsLoaded();
    void pseudoScreens_data();
    void pseudoScreens();
    void englishScreenshots();
    void cleanupTestCase();

private:
    void loadMain(const QSize& size);
    void settle();
    QList<TextProblem> inspect() const;
    void saveScreenshot(const QString& name);

    QTemporaryDir m_home;
    QTranslator m_pseudo;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    kap::JournalController* m_controller = nullptr;
};

void TestI18n::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("KapJournalTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_i18n"));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    m_controller = kap::JournalController::instance();
    m_controller->setKdfParams(kap::KdfParams::fastForTests());
    m_controller->setRememberLastJournal(false);
}

void TestI18n::qmlTextLiteralsAreMarked()
{
    // A property that shows text, given a string literal directly (or in a ternary / concatenation)
    // rather than through qsTr(). qsTr("...") calls are removed before looking for literals.
    static const QRegularExpression shown(QStringLiteral(
        R"(^\s*(text|title|placeholderText|label|description|subtitle|heading|Accessible\.name|Accessible\.description|ToolTip\.text)\s*:\s*(.*)$)"));
    static const QRegularExpression translated(QStringLiteral(R"(qsTr(Id|anslate)?\s*\((\"([^\"\\]|\\.)*\"|[^)])*\))"));
    static const QRegularExpression literal(QStringLiteral(R"(\"(([^\"\\]|\\.)*)\"|'(([^'\\]|\\.)*)')"));
    QStringList problems;
    const QStringList files = filesUnder(sourceDir() + QStringLiteral("/qml"), { QStringLiteral("*.qml") });
    QVERIFY(!files.isEmpty());
    for (const QString& path : files) {
        const QStringList lines = linesOf(path);
        for (int i = 0; i < lines.size(); ++i) {
            const QString& line = lines.at(i);
            if (line.contains(QStringLiteral("i18n-ignore"))) {
                continue;
            }
            const auto match = shown.match(line);
            if (!match.hasMatch()) {
                continue;
            }
            QString value = match.captured(2);
            value.remove(translated);
            auto literals = literal.globalMatch(value);
            while (literals.hasNext()) {
                const auto lit = literals.next();
                const QString content = lit.captured(1).isEmpty() ? lit.captured(3) : lit.captured(1);
                if (hasWords(content)) {
                    problems << QStringLiteral("%1:%2: %3")
                                    .arg(QDir(sourceDir()).relativeFilePath(path))
                                    .arg(i + 1)
                                    .arg(line.trimmed());
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 QML text(s) not marked with qsTr():\n").arg(problems.size()) + problems.join(u'\n')));
}

void TestI18n::cppUserStringsAreMarked()
{
    // Sentence-like literals (a capital letter, words and spaces, or ending in punctuation) in the
    // app's C++ that are not inside tr()/translate()/QT_TR_NOOP. Not scanned: log messages, SQL,
    // settings keys, and the command-line tool (its output is English by design, like most CLIs).
    static const QRegularExpression sentence(QStringLiteral(
        R"((QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1)\s*\(\s*\"([A-Z][a-z]+( [A-Za-z'’]+){1,}[^\"]*)\")"));
    static const QRegularExpression exempt(QStringLiteral(
        R"(\btr\s*\(|translate\s*\(|QT_TR?_NOOP|QT_TRANSLATE_NOOP|qDebug|qInfo|qWarning|qCritical|qFatal|makeError|Error\s*\{|i18n-ignore|SELECT |INSERT |UPDATE |CREATE |DELETE )"));
    QStringList problems;
    const QStringList areas { QStringLiteral("core"), QStringLiteral("models"), QStringLiteral("shell"),
        QStringLiteral("trends"), QStringLiteral("export"), QStringLiteral("gui") };
    for (const QString& area : areas) {
        const QStringList files = filesUnder(
            sourceDir() + QStringLiteral("/app/") + area, { QStringLiteral("*.cpp"), QStringLiteral("*.h") });
        for (const QString& path : files) {
            const QStringList lines = linesOf(path);
            for (int i = 0; i < lines.size(); ++i) {
                const QString& line = lines.at(i);
                const QString previous = i > 0 ? lines.at(i - 1) : QString();
                if (line.trimmed().startsWith(QStringLiteral("//")) || exempt.match(line).hasMatch()
                    || exempt.match(previous).hasMatch()) {
                    continue; // tr( on the line before: a call wrapped over two lines
                }
                if (sentence.match(line).hasMatch()) {
                    problems << QStringLiteral("%1:%2: %3")
                                    .arg(QDir(sourceDir()).relativeFilePath(path))
                                    .arg(i + 1)
                                    .arg(line.trimmed());
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 C++ user-facing string(s) not marked with tr():\n").arg(problems.size())
            + problems.join(u'\n')));
}

void TestI18n::pseudoTranslationIsLoaded()
{
    QVERIFY2(m_pseudo.load(QStringLiteral(KAP_PSEUDO_QM)), KAP_PSEUDO_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
    // The window title is qsTr("KAP Journal") in Main.qml (context "Main").
    const QString title = QCoreApplication::translate("Main", "KAP Journal");
    QVERIFY2(title.startsWith(u'[') && title.endsWith(u']'), qPrintable(title));
    QVERIFY2(title.size() >= qRound(QStringLiteral("KAP Journal").size() * 1.4), qPrintable(title));
}

void TestI18n::loadMain(const QSize& size)
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine->setInitialProperties(
        { { QStringLiteral("width"), size.width() }, { QStringLiteral("height"), size.height() } });
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/KapJournal/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestI18n::settle()
{
    // Loaders, layouts and transitions finish within a few frames; grabbing forces a full polish.
    for (int i = 0; i < 5; ++i) {
        m_window->grabWindow();
        QTest::qWait(100);
    }
}

void TestI18n::saveScreenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("KAP_BUILD_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QImage image = m_window->grabWindow();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(dir + u'/' + name + QStringLiteral(".png")));
}

QList<TextProblem> TestI18n::inspect() const
{
    QList<TextProblem> problems;
    const QRectF windowRect(0, 0, m_window->width(), m_window->height());
    const QString journalPath = m_controller->journalPath();
    QList<QQuickItem*> pending { m_window->contentItem() };
    while (!pending.isEmpty()) {
        QQuickItem* item = pending.takeLast();
        if (!item->isVisible() || item->opacity() <= 0.0) {
            continue; // nor its children
        }
        pending.append(item->childItems());
        const QMetaObject* meta = item->metaObject();
        if (meta->indexOfProperty("text") < 0 || meta->indexOfProperty("contentWidth") < 0) {
            continue;
        }
        if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) {
            continue; // what the user types; placeholders are separate Text items
        }
        QString text = item->property("text").toString();
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        if (!hasWords(text) || (!journalPath.isEmpty() && text.contains(QFileInfo(journalPath).fileName()))) {
            continue; // numbers, symbols, the journal's own path
        }
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (!rect.intersects(windowRect)) {
            continue; // scrolled out of view
        }
        bool inFlickable = false;
        for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
            if (p->inherits("QQuickFlickable")) {
                inFlickable = true;
            }
            if (p->opacity() <= 0.0) {
                inFlickable = true; // fading out: not really shown
            }
        }
        if (!text.contains(u'[')) {
            problems.append({ QStringLiteral("not translated"), text });
            continue;
        }
        if (item->property("truncated").toBool()) {
            problems.append({ QStringLiteral("cut off (elided or clipped)"), text });
        }
        const bool wraps = item->property("wrapMode").toInt() != 0;
        const bool elides = item->property("elide").toInt() != 0;
        if (!wraps && !elides && item->property("contentWidth").toReal() > item->width() + 1.0) {
            problems.append({ QStringLiteral("wider than its box (overlaps its neighbours)"), text });
        }
        if (!inFlickable && (rect.left() < -1.0 || rect.right() > windowRect.right() + 1.0)) {
            problems.append({ QStringLiteral("beyond the window's edge"), text });
        }
    }
    return problems;
}

void TestI18n::pseudoScreens_data()
{
    QTest::addColumn<QString>("screen");
    // In this order: the first three move the app along (welcome -> create -> journal), the last
    // locks it again.
    for (const char* screen : { "welcome", "create", "journal", "unlock" }) {
        QTest::newRow(screen) << QString::fromLatin1(screen);
    }
}

void TestI18n::pseudoScreens()
{
    QFETCH(QString, screen);
    if (!m_window) {
        loadMain(QSize(900, 600)); // the minimum size: the hardest case for longer text
    }
    QVERIFY(m_window);
    if (screen == QStringLiteral("create")) {
        m_window->setProperty("entryMode", QStringLiteral("create"));
    } else if (screen == QStringLiteral("journal")) {
        const QString path = m_home.filePath(QStringLiteral("pseudo.kapj"));
        m_controller->createJournal(path, kaptest::Passphrase, kaptest::Passphrase);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->isUnlocked(), 60000);
    } else if (screen == QStringLiteral("unlock")) {
        m_controller->lock();
        QTRY_VERIFY(!m_controller->isUnlocked());
    }
    settle();
    saveScreenshot(QStringLiteral("i18n-pseudo-") + screen);

    const QList<TextProblem> problems = inspect();
    QStringList lines;
    for (const TextProblem& problem : problems) {
        lines << QStringLiteral("  %1: \"%2\"").arg(problem.what, problem.text);
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 text problem(s) on the %2 screen with the +40 % pseudo-translation:\n")
                       .arg(problems.size())
                       .arg(screen)
            + lines.join(u'\n')));
}

void TestI18n::englishScreenshots()
{
    // Real English screens at the window's default size, on the synthetic demo journal.
    QCoreApplication::removeTranslator(&m_pseudo);
    m_engine.reset();
    m_window = nullptr;
    loadMain(QSize(1100, 720));
    settle();
    saveScreenshot(QStringLiteral("app-unlock"));
    m_controller->openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isUnlocked(), 120000);
    settle();
    saveScreenshot(QStringLiteral("app-timeline"));
}

void TestI18n::cleanupTestCase()
{
    if (m_controller) {
        m_controller->lock();
        m_controller->closeDemo();
    }
    m_engine.reset();
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
