// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/SessionForm.h"

#include "app/journal/EntryActions.h"
#include "app/journal/SessionValidator.h"
#include "app/shell/JournalController.h"
#include "storage/Preferences.h"
#include "storage/SessionRepository.h"
#include "text/ErrorText.h"
#include "text/VitalsText.h"

namespace kap {

SessionForm::SessionForm(QObject* parent) : QObject(parent)
{
    connect(JournalController::instance(), &JournalController::aboutToLock, this, &SessionForm::clear);
    clear();
}

QDateTime SessionForm::now() const
{
    if (Journal* journal = JournalController::instance()->journal()) {
        return journal->clock().now();
    }
    const QDateTime local = QDateTime::currentDateTime();
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

void SessionForm::openNew()
{
    Session draft;
    draft.occurredAt = now();
    m_usedLastSession = false;
    if (Journal* journal = JournalController::instance()->journal()) {
        Result<std::optional<Session>> latest = journal->sessions().latest();
        if (latest && latest.value()) {
            const Session& last = *latest.value();
            draft.modality = last.modality;
            draft.route = last.route;
            draft.routeOther = last.routeOther;
            draft.doseMg = last.doseMg;
            draft.doseMgPerKg = last.doseMgPerKg;
            draft.provider = last.provider;
            draft.setting = last.setting;
            draft.present = last.present;
            draft.currency = last.currency;
            m_usedLastSession = true;
        }
        // Defaults chosen in Settings fill what the last session did not say.
        Preferences& prefs = journal->preferences();
        auto fill = [&prefs](QString& field, const char* key) {
            if (field.isEmpty()) {
                field = prefs.value(QString::fromLatin1(key));
            }
        };
        fill(draft.modality, "defaults.session.modality");
        fill(draft.route, "defaults.session.route");
        fill(draft.provider, "defaults.session.provider");
        fill(draft.setting, "defaults.session.setting");
        fill(draft.present, "defaults.session.present");
        fill(draft.currency, "defaults.session.currency");
        if (!draft.doseMg) {
            draft.doseMg = SessionValidator::parseNumber(prefs.value(QStringLiteral("defaults.session.doseMg")));
        }
    }
    if (draft.currency.isEmpty()) {
        draft.currency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    }
    QVariantMap fields = SessionValidator::toFields(draft);
    m_base = Session {};
    setStatus(false, QString());
    setFields(fields);
    Q_EMIT recordIdChanged();
}

bool SessionForm::openEdit(qint64 id)
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return false;
    }
    Result<Session> session = journal->sessions().get(id);
    if (!session) {
        setStatus(false, ErrorText::describe(session.error()));
        return false;
    }
    m_base = std::move(session).value();
    m_usedLastSession = false;
    setStatus(false, QString());
    setFields(SessionValidator::toFields(m_base));
    Q_EMIT recordIdChanged();
    return true;
}

void SessionForm::setField(const QString& name, const QVariant& value)
{
    if (m_fields.value(name) == value) {
        return;
    }
    QVariantMap fields = m_fields;
    fields.insert(name, value);
    setFields(fields);
}

void SessionForm::toggleSideEffect(const QString& key, bool on)
{
    QStringList effects = m_fields.value(QStringLiteral("sideEffects")).toStringList();
    if (on == effects.contains(key)) {
        return;
    }
    if (on) {
        effects.append(key);
    } else {
        effects.removeAll(key);
    }
    setField(QStringLiteral("sideEffects"), effects);
}

void SessionForm::addVital(const QString& moment)
{
    const std::optional<VitalMoment> parsed = vitals::momentFromKey(moment);
    if (!parsed) {
        return;
    }
    QString minutes;
    if (*parsed == VitalMoment::During) {
        minutes = QString::number(vitals::DuringMinutes);
    } else if (*parsed == VitalMoment::Discharge) {
        minutes = QString::number(vitals::DischargeMinutes);
    }
    QVariantList rows = m_fields.value(QStringLiteral("vitals")).toList();
    rows.append(QVariantMap { { QStringLiteral("moment"), moment }, { QStringLiteral("minutes"), minutes } });
    setField(QStringLiteral("vitals"), rows);
}

void SessionForm::setVital(int row, const QString& part, const QString& value)
{
    QVariantList rows = m_fields.value(QStringLiteral("vitals")).toList();
    if (row < 0 || row >= rows.size()) {
        return;
    }
    QVariantMap map = rows.at(row).toMap();
    map.insert(part, value);
    rows[row] = map;
    setField(QStringLiteral("vitals"), rows);
}

void SessionForm::removeVital(int row)
{
    QVariantList rows = m_fields.value(QStringLiteral("vitals")).toList();
    if (row < 0 || row >= rows.size()) {
        return;
    }
    rows.removeAt(row);
    setField(QStringLiteral("vitals"), rows);
}

QString SessionForm::vitalMomentLabel(const QString& moment, const QString& minutes) const
{
    VitalReading reading;
    reading.moment = vitals::momentFromKey(moment).value_or(VitalMoment::After);
    bool ok = false;
    const int value = minutes.trimmed().toInt(&ok);
    if (ok) {
        reading.minutesAfterDose = value;
    }
    return VitalsText::moment(reading);
}

bool SessionForm::save()
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return false;
    }
    std::optional<Session> session = SessionValidator::toSession(m_fields, now(), m_base);
    if (!session) {
        setStatus(false, tr("Some fields need a look before saving."));
        return false;
    }
    Status status;
    if (session->id > 0) {
        status = journal->sessions().update(*session);
    } else {
        Result<RecordId> added = journal->sessions().add(*session);
        status = added ? Status() : Status(added.error());
    }
    if (!status) {
        if (status.code() == ErrorCode::Conflict) {
            setStatus(true,
                tr("This session was changed in another window after you opened it. What you typed is still "
                   "here: save it over the other version, or reload the other version."));
        } else {
            setStatus(false, ErrorText::describe(status.error()));
        }
        return false;
    }
    const bool wasNew = m_base.id == 0;
    m_base = *session;
    setStatus(false, QString());
    if (wasNew) {
        Q_EMIT recordIdChanged();
    }
    EntryActions::instance()->notifyChanged(EntryKind::Session);
    Q_EMIT saved(m_base.id);
    return true;
}

bool SessionForm::saveOverwriting()
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal || m_base.id <= 0) {
        return false;
    }
    Result<Session> current = journal->sessions().get(m_base.id);
    if (!current) {
        setStatus(false, ErrorText::describe(current.error()));
        return false;
    }
    m_base.meta = current->meta;
    return save();
}

bool SessionForm::moveToTrash()
{
    if (m_base.id <= 0) {
        return false;
    }
    return EntryActions::instance()->moveToTrash(QStringLiteral("session"), m_base.id);
}

void SessionForm::clear()
{
    m_base = Session {};
    m_usedLastSession = false;
    Session empty;
    empty.occurredAt = now();
    setFields(SessionValidator::toFields(empty));
    setStatus(false, QString());
    Q_EMIT recordIdChanged();
}

void SessionForm::setFields(const QVariantMap& fields)
{
    m_fields = fields;
    m_errors = SessionValidator::validate(m_fields, now());
    Q_EMIT fieldsChanged();
}

void SessionForm::setStatus(bool conflict, const QString& message)
{
    if (m_conflict == conflict && m_errorMessage == message) {
        return;
    }
    m_conflict = conflict;
    m_errorMessage = message;
    Q_EMIT statusChanged();
}

} // namespace kap
