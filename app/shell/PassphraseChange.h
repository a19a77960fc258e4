// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"
#include "storage/SecureBytes.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

#include <memory>

namespace kap {

class BackgroundJob;

/// The C++ side of the "Change passphrase" dialog (SECURITY.md 5 and 21): checks the entries
/// (the current passphrase, the new one twice, strong enough by the create screen's rule),
/// changes the passphrase off the GUI thread (JournalController::changePassphrase), then finds
/// the copies beside the journal that still open with the old passphrase (OldCopies) and, when
/// there are any, waits for the person's choice: re-encrypt them with the new passphrase,
/// delete them, or keep them.
///
/// The old passphrase stays in secure memory only from the change until that choice; a lock
/// (or closing the dialog) wipes it and starts over.
class PassphraseChange : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stageChanged)
    /// Why the last step did not go through (a full sentence), or empty.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// The copies beside the journal that still open with the old passphrase.
    Q_PROPERTY(int oldCopyCount READ oldCopyCount NOTIFY oldCopyCountChanged)
    /// What happened, once the stage is Done (a full sentence).
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY resultMessageChanged)

public:
    enum class Stage {
        Entering, ///< the form: current, new, confirmation
        Changing, ///< the journal is being re-encrypted
        AskingAboutOldCopies, ///< old copies found: re-encrypt, delete or keep?
        HandlingOldCopies, ///< re-encrypting or deleting them
        Done,
    };
    Q_ENUM(Stage)

    explicit PassphraseChange(QObject* parent = nullptr);
    ~PassphraseChange() override;

    Stage stage() const { return m_stage; }
    bool isBusy() const { return m_stage == Stage::Changing || m_stage == Stage::HandlingOldCopies; }
    QString errorMessage() const { return m_errorMessage; }
    int oldCopyCount() const { return m_oldCopyCount; }
    QString resultMessage() const { return m_resultMessage; }

    /// Checks the entries and starts the change. Asynchronous: watch `stage` and `errorMessage`.
    Q_INVOKABLE void change(const QString& current, const QString& next, const QString& confirmation);
    /// The person's choice about the old copies (in AskingAboutOldCopies).
    Q_INVOKABLE void reencryptOldCopies();
    Q_INVOKABLE void deleteOldCopies();
    Q_INVOKABLE void keepOldCopies();
    /// Back to an empty form; wipes the old passphrase (closing the dialog).
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void stageChanged();
    void errorMessageChanged();
    void oldCopyCountChanged();
    void resultMessageChanged();

private:
    void changed(const Status& status);
    void handleOldCopies(bool reencrypt);
    void finish(const QString& message);
    void setStage(Stage stage);
    void setError(const QString& message);
    void setOldCopyCount(int count);
    void forgetOldPassphrase();

    Stage m_stage = Stage::Entering;
    QString m_errorMessage;
    QString m_resultMessage;
    int m_oldCopyCount = 0;
    QString m_journalPath;
    std::shared_ptr<const SecureBytes> m_oldPassphrase;
    BackgroundJob* m_job;
};

} // namespace kap
