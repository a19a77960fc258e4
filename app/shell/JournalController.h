// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/shell/DemoFolder.h"
#include "storage/Journal.h"
#include "storage/Kdf.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace kap {

/// Owns the open journal for the QML UI and moves it through its states: no journal yet, locked,
/// unlocking (key derivation runs on a worker thread, never the GUI thread), unlocked.
/// Locking destroys the Journal (connection closed, key wiped) and emits locked() so every model
/// clears itself.
class JournalController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(bool unlocked READ isUnlocked NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString journalPath READ journalPath NOTIFY journalPathChanged)
    /// What the unlock screen should say about what just happened to the journal while it was
    /// locked, for example the outcome of a restore (whose dialog goes away with the lock): a
    /// full sentence or empty. Cleared when a journal opens.
    Q_PROPERTY(QString entryNotice READ entryNotice NOTIFY entryNoticeChanged)
    Q_PROPERTY(QString defaultJournalPath READ defaultJournalPath CONSTANT)
    /// True while the open (or selected) journal is the synthetic sample journal.
    Q_PROPERTY(bool demo READ isDemo NOTIFY demoChanged)
    /// The sample journal's passphrase (synthetic data; shown on its unlock screen).
    Q_PROPERTY(QString demoPassphrase READ demoPassphrase CONSTANT)
    /// Why an idle or desktop lock is waiting (some unfinished input could not be kept); empty
    /// when no lock waits.
    Q_PROPERTY(QString lockHeldMessage READ lockHeldMessage NOTIFY lockHeldChanged)
    /// What the person should know about the journal that just opened: the journal was created
    /// but the disk could not confirm it is stored durably. Empty otherwise.
    Q_PROPERTY(QString openedNotice READ openedNotice NOTIFY openedNoticeChanged)

public:
    enum class State { NoJournal, Locked, Unlocking, Unlocked };
    Q_ENUM(State)
    /// Who asked for the lock: a person (button, Ctrl+L), the idle timer, the desktop (screen
    /// locked, suspend) or quitting. They differ only when unfinished input could not be kept.
    enum class LockReason { Manual, Idle, Desktop, Quit };
    Q_ENUM(LockReason)

    // No default argument on purpose: Qt 6.4 builds a QML_SINGLETON with its default constructor
    // when it has one (ignoring create()), which would give QML a second controller.
    explicit JournalController(QObject* parent);
    ~JournalController() override;

    /// The process-wide instance that QML's singleton resolves to.
    static JournalController* instance();
    static JournalController* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    State state() const { return m_state; }
    bool busy() const { return m_state == State::Unlocking; }
    bool isUnlocked() const { return m_state == State::Unlocked; }
    QString errorMessage() const { return m_errorMessage; }
    QString journalPath() const { return m_journalPath; }
    QString entryNotice() const { return m_entryNotice; }
    /// Sets entryNotice (C++ only: services that change the journal while it is locked).
    void setEntryNotice(const QString& notice);
    QString defaultJournalPath() const;
    bool isDemo() const { return m_demoDir != nullptr; }
    QString demoPassphrase() const;
    QString lockHeldMessage() const { return m_lockHeldMessage; }
    QString openedNotice() const { return m_openedNotice; }

    /// The open journal, or nullptr while locked or while its passphrase changes. C++ only
    /// (models, services).
    Journal* journal() const { return m_changingPassphrase ? nullptr : m_journal.get(); }

    /// Re-encrypts the open journal under `next` (Journal::changePassphrase, atomic) on a worker
    /// thread, with the KDF cost of new journals (or the journal's own, if higher). Meanwhile
    /// journal() is nullptr, since the connection is being replaced under the GUI thread, and a
    /// lock waits for the change to end. `done` runs on this thread afterwards (also when a lock
    /// came first). False, and nothing started, when no journal is open or a change runs.
    /// C++ only (PassphraseChange).
    bool changePassphrase(std::shared_ptr<const SecureBytes> current, std::shared_ptr<const SecureBytes> next,
        std::function<void(Status)> done);

    /// Key-derivation cost for new journals. Production by default; tests pass the fast profile
    /// here (C++ only: no environment variable or setting can change it).
    void setKdfParams(const KdfParams& params) { m_kdfParams = params; }
    /// The clock of the journals it creates and opens (stamps, automatic backups' names and
    /// timing). The system clock by default; tests pass a FixedClock (C++ only).
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }
    /// Where the last-used journal path is remembered (QSettings group); tests use their own.
    void setRememberLastJournal(bool remember) { m_rememberLastJournal = remember; }

    /// Chooses the journal file to unlock (no I/O beyond checking it exists).
    Q_INVOKABLE void selectJournal(const QString& path);
    Q_INVOKABLE bool journalExists(const QString& path) const;
    /// The default journal path if nothing is there yet, else a free name beside it
    /// ("journal 2.kapj", ...), for "create a new journal".
    Q_INVOKABLE QString suggestNewJournalPath() const;
    /// File dialogs speak URLs, the controller paths.
    Q_INVOKABLE QString pathFromUrl(const QUrl& url) const;
    Q_INVOKABLE QUrl urlFromPath(const QString& path) const;
    /// The folder holding `path`, as a URL (a file dialog's starting folder).
    Q_INVOKABLE QUrl folderUrl(const QString& path) const;
    /// Creates a journal; both passphrases must match. Asynchronous: watch `state`.
    Q_INVOKABLE void createJournal(const QString& path, const QString& passphrase, const QString& confirmation);
    /// Unlocks the selected journal. Asynchronous: watch `state` and `errorMessage`.
    Q_INVOKABLE void unlock(const QString& passphrase);
    /// Closes the journal, wipes the key and returns to the unlock screen. Every editor first
    /// keeps its unfinished input as a draft (keepUnsavedWork). When some of it could not be
    /// kept (a full disk), nothing is lost silently: an idle or desktop lock waits and
    /// lockHeldMessage says why; a manual lock or a quit does not happen and
    /// lockNeedsConfirmation() asks the person, who may lock anyway with `evenIfUnkept`.
    /// True when the journal is now locked (or was not open).
    Q_INVOKABLE bool lock(LockReason reason = LockReason::Manual, bool evenIfUnkept = false);
    /// For editors during keepUnsavedWork: their input could not be kept (a full sentence).
    void reportUnkeptWork(const QString& message);
    Q_INVOKABLE void clearError();

    /// Creates the synthetic sample journal (DemoJournal) in a private folder in $XDG_RUNTIME_DIR
    /// (DemoFolder) and opens it; without a usable runtime folder it is refused (errorMessage says
    /// why). The folder and the journal are deleted when the app quits or closeDemo() is called.
    Q_INVOKABLE void openDemo();
    /// Locks and deletes the sample journal, and selects the last real journal again (if any).
    Q_INVOKABLE void closeDemo();

    /// A value stored inside the encrypted journal (journal content such as default session
    /// values, never QSettings). `fallback` while locked or when unset.
    Q_INVOKABLE QString preference(const QString& key, const QString& fallback = QString()) const;
    /// Stores a value inside the encrypted journal; false while locked or on a storage error.
    Q_INVOKABLE bool setPreference(const QString& key, const QString& value);

Q_SIGNALS:
    void stateChanged();
    void errorMessageChanged();
    void journalPathChanged();
    void entryNoticeChanged();
    void demoChanged();
    /// A preference inside the journal changed (setPreference()).
    void preferenceChanged(const QString& key);
    /// Emitted right after the journal opened; models reload.
    void unlocked();
    /// The journal is about to lock: editors keep what is unfinished now (drafts, notes) and call
    /// reportUnkeptWork() when they cannot. Emitted before aboutToLock, while nothing has closed.
    void keepUnsavedWork();
    /// Right after keepUnsavedWork: editor drafts (EditorDraft) keep what the editors hold now,
    /// including records they have just saved (a new note's id).
    void keepDrafts();
    /// A manual lock or a quit was stopped because some input could not be kept (`message`).
    void lockNeedsConfirmation(const QString& message, kap::JournalController::LockReason reason);
    void lockHeldChanged();
    void openedNoticeChanged();
    /// Emitted right before the journal closes; models must drop every row they hold.
    void aboutToLock();
    void locked();

private:
    using OpenResult = Result<std::unique_ptr<Journal>>;
    void startOpening(std::function<OpenResult()> work);
    void finishOpening();
    void setState(State state);
    void setError(const QString& message);
    void setJournalPath(const QString& path);
    void lockAndForgetDemo();

    State m_state = State::NoJournal;
    QString m_errorMessage;
    QString m_journalPath;
    QString m_entryNotice;
    QString m_lockHeldMessage;
    QString m_openedNotice;
    QStringList m_unkeptWork; ///< collected during keepUnsavedWork
    KdfParams m_kdfParams = KdfParams::production();
    bool m_rememberLastJournal = true;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<DemoFolder> m_demoDir;
    QString m_pathBeforeDemo;
    QFutureWatcher<std::shared_ptr<OpenResult>> m_watcher;
    bool m_changingPassphrase = false;
    QFutureWatcher<Status> m_passphraseWatcher;
    std::function<void(Status)> m_passphraseDone;
};

} // namespace kap
