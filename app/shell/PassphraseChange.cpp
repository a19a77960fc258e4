// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/PassphraseChange.h"

#include "app/export/BackgroundJob.h"
#include "app/shell/JournalController.h"
#include "passphrase/PassphraseRating.h"
#include "text/ErrorText.h"
#include "transfer/OldCopies.h"

#include <QPointer>

namespace kap {

PassphraseChange::PassphraseChange(QObject* parent) : QObject(parent), m_job(new BackgroundJob(this))
{
    // A lock ends the dialog's business: the old passphrase goes, and so does any half-made choice.
    connect(JournalController::instance(), &JournalController::aboutToLock, this, [this]() {
        m_job->wait();
        reset();
    });
}

PassphraseChange::~PassphraseChange()
{
    m_job->wait();
    forgetOldPassphrase();
}

void PassphraseChange::change(const QString& current, const QString& next, const QString& confirmation)
{
    if (m_stage != Stage::Entering) {
        return;
    }
    JournalController* controller = JournalController::instance();
    if (!controller->journal()) {
        setError(tr("Unlock the journal first."));
        return;
    }
    if (current.isEmpty()) {
        setError(tr("Enter your current passphrase."));
        return;
    }
    if (next.isEmpty()) {
        setError(ErrorText::describe(ErrorCode::EmptyPassphrase));
        return;
    }
    if (next != confirmation) {
        setError(tr("The two new passphrases are not the same."));
        return;
    }
    if (next == current) {
        setError(tr("The new passphrase is the same as the current one."));
        return;
    }
    // The create screen's rule (PassphraseRating), so no journal ends up weaker by a change.
    const PassphraseRating strength = PassphraseRating::rate(next);
    if (!strength.isAcceptable()) {
        setError(tr("The new passphrase is too easy to guess. %1").arg(strength.hint()));
        return;
    }
    setError({});
    m_journalPath = controller->journal()->path();
    auto old = std::make_shared<const SecureBytes>(SecureBytes::fromString(current));
    auto fresh = std::make_shared<const SecureBytes>(SecureBytes::fromString(next));
    m_oldPassphrase = old;
    setStage(Stage::Changing);
    QPointer<PassphraseChange> self(this);
    const bool started = controller->changePassphrase(old, fresh, [self](const Status& status) {
        if (self) {
            self->changed(status);
        }
    });
    if (!started) {
        forgetOldPassphrase();
        setStage(Stage::Entering);
        setError(ErrorText::describe(ErrorCode::InUse));
    }
}

void PassphraseChange::changed(const Status& status)
{
    if (m_stage != Stage::Changing) {
        return; // locked meanwhile: reset() has already started over
    }
    if (!status) {
        forgetOldPassphrase();
        setStage(Stage::Entering);
        setError(status.code() == ErrorCode::WrongPassphrase
                ? tr("That is not the current passphrase. Nothing was changed.")
                : tr("The passphrase was not changed. %1").arg(ErrorText::describe(status.error())));
        return;
    }
    const QString journalPath = m_journalPath;
    const std::shared_ptr<const SecureBytes> old = m_oldPassphrase;
    const bool started = m_job->start([this, journalPath, old]() -> BackgroundJob::Finish {
        const int count = int(OldCopies::find(journalPath, *old).size());
        return [this, count]() {
            setOldCopyCount(count);
            if (count == 0) {
                finish(tr("Your passphrase has been changed."));
            } else {
                setStage(Stage::AskingAboutOldCopies);
            }
        };
    });
    if (!started) {
        finish(tr("Your passphrase has been changed."));
    }
}

void PassphraseChange::reencryptOldCopies()
{
    handleOldCopies(true);
}

void PassphraseChange::deleteOldCopies()
{
    handleOldCopies(false);
}

void PassphraseChange::keepOldCopies()
{
    if (m_stage != Stage::AskingAboutOldCopies) {
        return;
    }
    finish(tr("Your passphrase has been changed. %n copies beside the journal still open with the old passphrase.",
        nullptr, m_oldCopyCount));
}

void PassphraseChange::handleOldCopies(bool reencrypt)
{
    Journal* journal = JournalController::instance()->journal();
    if (m_stage != Stage::AskingAboutOldCopies || !journal || !m_oldPassphrase) {
        return;
    }
    // The new key is read here, on the GUI thread that owns the journal; the worker only gets it.
    auto newKey = std::make_shared<const SecureBytes>(journal->keySpecForCopies());
    const QString journalPath = m_journalPath;
    const std::shared_ptr<const SecureBytes> old = m_oldPassphrase;
    setError({});
    setStage(Stage::HandlingOldCopies);
    const bool started = m_job->start([this, journalPath, old, newKey, reencrypt]() -> BackgroundJob::Finish {
        OldCopies::Outcome outcome
            = reencrypt ? OldCopies::reencrypt(journalPath, *old, *newKey) : OldCopies::remove(journalPath, *old);
        return [this, reencrypt, outcome = std::move(outcome)]() {
            const int done = int(outcome.changed.size());
            if (outcome.ok()) {
                QString message;
                if (reencrypt) {
                    message = tr("Your passphrase has been changed, and %n copies beside the journal were "
                                 "re-encrypted with it.",
                        nullptr, done);
                } else {
                    message = tr("Your passphrase has been changed, and %n copies beside the journal that opened "
                                 "with the old passphrase were deleted.",
                        nullptr, done);
                }
                finish(message);
                setOldCopyCount(0);
                return;
            }
            // The ones left still open with the old passphrase: ask again (another try, or delete).
            const int left = int(outcome.failed.size());
            setOldCopyCount(left);
            setStage(Stage::AskingAboutOldCopies);
            const QString why = ErrorText::describe(outcome.firstError);
            setError(reencrypt ? tr("%n copies could not be re-encrypted. %1", nullptr, left).arg(why)
                               : tr("%n copies could not be deleted. %1", nullptr, left).arg(why));
        };
    });
    if (!started) {
        setStage(Stage::AskingAboutOldCopies);
    }
}

void PassphraseChange::finish(const QString& message)
{
    forgetOldPassphrase();
    if (m_resultMessage != message) {
        m_resultMessage = message;
        Q_EMIT resultMessageChanged();
    }
    setStage(Stage::Done);
}

void PassphraseChange::reset()
{
    if (isBusy() && m_stage == Stage::HandlingOldCopies) {
        m_job->wait();
    }
    forgetOldPassphrase();
    setError({});
    setOldCopyCount(0);
    if (!m_resultMessage.isEmpty()) {
        m_resultMessage.clear();
        Q_EMIT resultMessageChanged();
    }
    setStage(Stage::Entering);
}

void PassphraseChange::forgetOldPassphrase()
{
    m_oldPassphrase.reset(); // the last owner's SecureBytes wipes it (the worker may still hold one)
}

void PassphraseChange::setStage(Stage stage)
{
    if (m_stage != stage) {
        m_stage = stage;
        Q_EMIT stageChanged();
    }
}

void PassphraseChange::setError(const QString& message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        Q_EMIT errorMessageChanged();
    }
}

void PassphraseChange::setOldCopyCount(int count)
{
    if (m_oldCopyCount != count) {
        m_oldCopyCount = count;
        Q_EMIT oldCopyCountChanged();
    }
}

} // namespace kap
