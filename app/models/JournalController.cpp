#include "JournalController.h"

#include "ErrorText.h"
#include "JournalLocation.h"

#include <QFileInfo>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace kap {

namespace {
const QString LastJournalKey = QStringLiteral("journal/lastPath");
JournalController* s_instance = nullptr;
} // namespace

JournalController::JournalController(QObject* parent) : QObject(parent)
{
    connect(
        &m_watcher, &QFutureWatcher<std::shared_ptr<OpenResult>>::finished, this, &JournalController::finishOpening);
    if (m_rememberLastJournal) {
        const QString last = QSettings().value(LastJournalKey).toString();
        if (!last.isEmpty() && QFileInfo::exists(last)) {
            m_journalPath = last;
            m_state = State::Locked;
        }
    }
}

JournalController::~JournalController()
{
    m_watcher.waitForFinished();
    m_journal.reset();
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

JournalController* JournalController::instance()
{
    if (!s_instance) {
        s_instance = new JournalController();
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

void JournalController::selectJournal(const QString& path)
{
    if (m_state == State::Unlocking || m_state == State::Unlocked) {
        return;
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
    startOpening([path, secret, params]() { return Journal::create(path, *secret, params); });
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
    startOpening([path, secret]() { return Journal::open(path, *secret); });
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
    m_journal = std::move(*result).value();
    if (m_rememberLastJournal) {
        QSettings().setValue(LastJournalKey, m_journalPath); // the path only, never content
    }
    setState(State::Unlocked);
    Q_EMIT unlocked();
}

void JournalController::lock()
{
    if (m_state != State::Unlocked) {
        return;
    }
    Q_EMIT aboutToLock();
    m_journal.reset();
    setState(QFileInfo::exists(m_journalPath) ? State::Locked : State::NoJournal);
    Q_EMIT locked();
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
