// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/CheckinForm.h"

#include "app/journal/EntryActions.h"
#include "app/shell/JournalController.h"
#include "storage/CheckinRepository.h"
#include "text/ErrorText.h"

namespace kap {

CheckinForm::CheckinForm(QObject* parent) : QObject(parent)
{
    connect(JournalController::instance(), &JournalController::aboutToLock, this, &CheckinForm::clear);
}

void CheckinForm::setMood(int mood)
{
    mood = std::clamp(mood, limits::RatingMin, limits::RatingMax);
    if (m_checkin.mood == mood) {
        return;
    }
    m_checkin.mood = mood;
    Q_EMIT changed();
}

void CheckinForm::setOptional(std::optional<int>& field, int value)
{
    const std::optional<int> next = value < 0 ? std::nullopt : std::optional<int>(std::min(value, limits::RatingMax));
    if (field == next) {
        return;
    }
    field = next;
    Q_EMIT changed();
}

void CheckinForm::setAnxiety(int value)
{
    setOptional(m_checkin.anxiety, value);
}

void CheckinForm::setEnergy(int value)
{
    setOptional(m_checkin.energy, value);
}

void CheckinForm::setSleep(int value)
{
    setOptional(m_checkin.sleep, value);
}

void CheckinForm::setNote(const QString& note)
{
    if (m_checkin.note == note) {
        return;
    }
    m_checkin.note = note;
    Q_EMIT changed();
}

void CheckinForm::openNew()
{
    clear();
}

bool CheckinForm::openEdit(qint64 id)
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return false;
    }
    Result<MoodCheckin> checkin = journal->checkins().get(id);
    if (!checkin) {
        setError(ErrorText::describe(checkin.error()));
        return false;
    }
    m_checkin = std::move(checkin).value();
    setError(QString());
    Q_EMIT changed();
    return true;
}

bool CheckinForm::save()
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return false;
    }
    Status status;
    if (m_checkin.id > 0) {
        status = journal->checkins().update(m_checkin);
    } else {
        m_checkin.at = journal->clock().now();
        Result<RecordId> added = journal->checkins().add(m_checkin);
        status = added ? Status() : Status(added.error());
    }
    if (!status) {
        setError(status.code() == ErrorCode::Conflict
                ? tr("This check-in was changed in another window. Close this one and open it again.")
                : ErrorText::describe(status.error()));
        return false;
    }
    setError(QString());
    Q_EMIT changed();
    EntryActions::instance()->notifyChanged(EntryKind::Checkin);
    Q_EMIT saved(m_checkin.id);
    return true;
}

bool CheckinForm::moveToTrash()
{
    return m_checkin.id > 0 && EntryActions::instance()->moveToTrash(QStringLiteral("checkin"), m_checkin.id);
}

void CheckinForm::clear()
{
    m_checkin = MoodCheckin {};
    setError(QString());
    Q_EMIT changed();
}

void CheckinForm::setError(const QString& message)
{
    if (m_errorMessage == message) {
        return;
    }
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace kap
