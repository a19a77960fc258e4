// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/JournalController.h"

#include "app/shell/DemoJournal.h"
#include "platform/JournalLocation.h"
#include "storage/Preferences.h"
#include "text/ErrorText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace kap {

namespace {
const QString LastJournalKey = QStringLiteral("journal/lastPath");
JournalController* s_instance = nullptr;
} // namespace

JournalController::JournalController(QObject* parent) : QObject(parent)
{
    connect(
        &m_watcher, &QFutureWatcher<std::shared_ptr<OpenResult>>::finished, this, &JournalController::finishOpening);
    connect(&m_passphraseWatcher, &QFutureWatcher<Status>::finished, this, [this]() {
        m_changingPassphrase = false;
        if (auto done = std::exchange(m_passphraseDone, {})) {
            done(m_passphraseWatcher.result());
        }
    });
    if (m_rememberLastJournal) {
        const QString last = QSettings().value(LastJournalKey).toString();
        if (!last.isEmpty() && QFileInfo::exists(last)) {
            m_journalPath = last;
            m_state = State::Locked;
        }
    }
    // Lock on quit (SECURITY.md 10): the connection closes and the key is wiped before the
    // process ends, and a sample journal is deleted.
    if (QCoreApplication* app = QCoreApplication::instance()) {
        connect(app, &QCoreApplication::aboutToQuit, this, &JournalController::lockAndForgetDemo);
    }
}

JournalController::~JournalController()
{
    m_watcher.waitForFinished();
    m_passphraseWatcher.waitForFinished();
    m_journal.reset();
    m_demoDir.reset();
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

JournalController* JournalController::instance()
{
    if (!s_instance) {
        s_instance = new JournalController(nullptr);
    }
    return s_instance;
}

JournalController* JournalController::create(QQmlEngine*, QJSEngine*)
{
    JournalController* controller = instance();
    QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
    return controller;
}

QString JournalController::defaultJournalPath() const
{
    return journallocation::defaultPath();
}

QString JournalController::suggestNewJournalPath() const
{
    const QString preferred = defaultJournalPath();
    if (!QFileInfo::exists(preferred)) {
        return preferred;
    }
    const QFileInfo info(preferred);
    for (int n = 2; n < 1000; ++n) {
        const QString candidate
            = info.dir().filePath(QStringLiteral("%1 %2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
        if (!QFileInfo::exists(candidate)) {
            return candidate;
        }
    }
    return preferred;
}

QString JournalController::pathFromUrl(const QUrl& url) const
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

QUrl JournalController::urlFromPath(const QString& path) const
{
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
}

QUrl JournalController::folderUrl(const QString& path) const
{
    const QString folder
        = path.isEmpty() ? QFileInfo(defaultJournalPath()).absolutePath() : QFileInfo(path).absolutePath();
    return QUrl::fromLocalFile(folder);
}

QString JournalController::demoPassphrase() const
{
    return DemoJournal::passphrase();
}

void JournalController::selectJournal(const QString& path)
{
    if (m_state == State::Unlocking || m_state == State::Unlocked) {
        return;
    }
    if (m_demoDir) {
        m_demoDir.reset();
        Q_EMIT demoChanged();
    }
    setJournalPath(path);
    setState(QFileInfo::exists(path) ? State::Locked : State::NoJournal);
}

bool JournalController::journalExists(const QString& path) const
{
    return QFileInfo::exists(path);
}

void JournalController::createJournal(const QString& path, const QString& passphrase, const QString& confirmation)
{
    if (busy()) {
        return;
    }
    if (passphrase.isEmpty()) {
        setError(ErrorText::describe(ErrorCode::EmptyPassphrase));
        return;
    }
    if (passphrase != confirmation) {
        setError(tr("The two passphrases are not the same."));
        return;
    }
    setJournalPath(path);
    // The passphrase moves into secure memory here, on the GUI thread, and only the SecureBytes
    // travels to the worker.
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromString(passphrase));
    const KdfParams params = m_kdfParams;
    Journal::Options options;
    options.clock = m_clock;
    startOpening([path, secret, params, options]() { return Journal::create(path, *secret, params, options); });
}

void JournalController::unlock(const QString& passphrase)
{
    if (busy() || m_journalPath.isEmpty()) {
        return;
    }
    if (passphrase.isEmpty()) {
        setError(ErrorText::describe(ErrorCode::EmptyPassphrase));
        return;
    }
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromString(passphrase));
    const QString path = m_journalPath;
    Journal::Options options;
    options.clock = m_clock;
    startOpening([path, secret, options]() { return Journal::open(path, *secret, options); });
}

void JournalController::startOpening(std::function<OpenResult()> work)
{
    clearError();
    setState(State::Unlocking);
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work)]() { return std::make_shared<OpenResult>(work()); }));
}

void JournalController::finishOpening()
{
    std::shared_ptr<OpenResult> result = m_watcher.result();
    if (!result || !result->ok()) {
        setError(result ? ErrorText::describe(result->error()) : ErrorText::describe(ErrorCode::Internal));
        setState(QFileInfo::exists(m_journalPath) ? State::Locked : State::NoJournal);
        return;
    }
    const Warning warning = result->warning();
    m_journal = std::move(*result).value();
    setEntryNotice({});
    const QString notice
        = warning == Warning::None ? QString() : tr("Your journal is open. %1").arg(ErrorText::describe(warning));
    if (m_openedNotice != notice) {
        m_openedNotice = notice;
        Q_EMIT openedNoticeChanged();
    }
    if (m_rememberLastJournal && !m_demoDir) {
        QSettings().setValue(LastJournalKey, m_journalPath); // the path only, never content
    }
    setState(State::Unlocked);
    Q_EMIT unlocked();
}

bool JournalController::changePassphrase(std::shared_ptr<const SecureBytes> current,
    std::shared_ptr<const SecureBytes> next, std::function<void(Status)> done)
{
    if (!m_journal || m_state != State::Unlocked || m_changingPassphrase) {
        return false;
    }
    KdfParams params = m_kdfParams;
    const KdfParams used = m_journal->kdfParams();
    if (used.format == params.format) {
        params.opsLimit = std::max(params.opsLimit, used.opsLimit);
        params.memLog2KiB = std::max(params.memLog2KiB, used.memLog2KiB);
    }
    m_changingPassphrase = true;
    m_passphraseDone = std::move(done);
    Journal* journal = m_journal.get();
    m_passphraseWatcher.setFuture(QtConcurrent::run(
        [journal, current, next, params]() { return journal->changePassphrase(*current, *next, params); }));
    return true;
}

bool JournalController::lock(LockReason reason, bool evenIfUnkept)
{
    if (m_state != State::Unlocked) {
        return true;
    }
    // A passphrase change finishes first (it takes seconds at most): the journal must not close
    // under it, and the editors keep their drafts in the journal it leaves behind.
    m_passphraseWatcher.waitForFinished();
    m_changingPassphrase = false;
    m_unkeptWork.clear();
    Q_EMIT keepUnsavedWork();
    Q_EMIT keepDrafts();
    if (!m_unkeptWork.isEmpty() && !evenIfUnkept) {
        const QString why = m_unkeptWork.join(QLatin1Char('\n'));
        m_unkeptWork.clear();
        if (reason == LockReason::Idle || reason == LockReason::Desktop) {
            m_lockHeldMessage
                = tr("The journal was not locked automatically, so that nothing you wrote is lost. %1").arg(why);
            Q_EMIT lockHeldChanged();
        } else {
            Q_EMIT lockNeedsConfirmation(why, reason);
        }
        return false;
    }
    m_unkeptWork.clear();
    if (!m_lockHeldMessage.isEmpty()) {
        m_lockHeldMessage.clear();
        Q_EMIT lockHeldChanged();
    }
    Q_EMIT aboutToLock();
    m_journal.reset();
    setState(QFileInfo::exists(m_journalPath) ? State::Locked : State::NoJournal);
    Q_EMIT locked();
    return true;
}

void JournalController::reportUnkeptWork(const QString& message)
{
    m_unkeptWork.append(message);
}

void JournalController::openDemo()
{
    if (busy() || isUnlocked()) {
        return;
    }
    // $XDG_RUNTIME_DIR/kapjournal-sample-XXXXXX, 0700, marked in use; left behind by a crash, it
    // goes at the next start (DemoFolder::removeLeftovers in main()). No runtime folder, no sample.
    QString problem;
    std::unique_ptr<DemoFolder> dir = DemoFolder::create(&problem);
    if (!dir) {
        setError(problem);
        return;
    }
    m_pathBeforeDemo = m_demoDir ? m_pathBeforeDemo : m_journalPath;
    const QString path = dir->filePath(DemoFolder::journalFileName());
    m_demoDir = std::move(dir);
    Q_EMIT demoChanged();
    setJournalPath(path);
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromString(DemoJournal::passphrase()));
    DemoJournal::Options options;
    const QDateTime now = QDateTime::currentDateTime();
    options.lastDay = now.date();
    options.utcOffsetSeconds = now.offsetFromUtc();
    // The sample journal holds only synthetic data and its passphrase is printed on screen, so
    // the fast KDF profile is fine here and keeps "Try with sample data" instant.
    startOpening([path, secret, options]() -> OpenResult {
        auto created = Journal::create(path, *secret, KdfParams::fastForTests());
        if (!created) {
            return created;
        }
        if (auto filled = DemoJournal::populate(*created.value(), options); !filled) {
            return filled.error();
        }
        return created;
    });
}

void JournalController::closeDemo()
{
    if (!m_demoDir || busy()) {
        return;
    }
    if (isUnlocked()) {
        lock(LockReason::Manual, true); // the sample journal is deleted anyway
    }
    m_demoDir.reset();
    Q_EMIT demoChanged();
    const QString previous = m_pathBeforeDemo;
    m_pathBeforeDemo.clear();
    setJournalPath(previous);
    setState(!previous.isEmpty() && QFileInfo::exists(previous) ? State::Locked : State::NoJournal);
}

void JournalController::lockAndForgetDemo()
{
    m_watcher.waitForFinished();
    // The application is quitting (the window asked first, a signal cannot wait): keep what
    // can be kept and lock.
    lock(LockReason::Quit, true);
    if (m_demoDir) {
        m_demoDir.reset();
        Q_EMIT demoChanged();
    }
}

QString JournalController::preference(const QString& key, const QString& fallback) const
{
    if (!journal()) {
        return fallback;
    }
    return journal()->preferences().value(key, fallback);
}

bool JournalController::setPreference(const QString& key, const QString& value)
{
    if (!journal()) {
        return false;
    }
    const Status status = journal()->preferences().setValue(key, value);
    if (!status) {
        setError(ErrorText::describe(status.error()));
        return false;
    }
    Q_EMIT preferenceChanged(key);
    return true;
}

void JournalController::clearError()
{
    setError(QString());
}

void JournalController::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged();
}

void JournalController::setEntryNotice(const QString& notice)
{
    if (m_entryNotice != notice) {
        m_entryNotice = notice;
        Q_EMIT entryNoticeChanged();
    }
}

void JournalController::setError(const QString& message)
{
    if (m_errorMessage == message) {
        return;
    }
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void JournalController::setJournalPath(const QString& path)
{
    if (m_journalPath == path) {
        return;
    }
    m_journalPath = path;
    Q_EMIT journalPathChanged();
}

} // namespace kap
