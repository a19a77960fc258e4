// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/PhaseModel.h"

#include "app/journal/EntryActions.h"
#include "app/journal/PhaseSuggester.h"
#include "app/shell/JournalController.h"
#include "storage/PhaseRepository.h"
#include "storage/SessionRepository.h"
#include "text/EntryText.h"
#include "text/ErrorText.h"
#include "text/PhaseKindText.h"

#include <QLocale>

namespace kap {

namespace {

QString rangeText(const Phase& phase)
{
    const QLocale locale;
    const QString start = locale.toString(phase.start, QLocale::ShortFormat);
    if (!phase.end) {
        return PhaseModel::tr("from %1, ongoing").arg(start);
    }
    return PhaseModel::tr("%1 – %2").arg(start, locale.toString(*phase.end, QLocale::ShortFormat));
}

} // namespace

PhaseModel::PhaseModel(QObject* parent) : QAbstractListModel(parent)
{
    JournalController* controller = JournalController::instance();
    connect(controller, &JournalController::aboutToLock, this, &PhaseModel::clear);
    connect(controller, &JournalController::unlocked, this, &PhaseModel::reload);
    connect(EntryActions::instance(), &EntryActions::entriesChanged, this, [this](const QString& kind) {
        if (kind == QLatin1String("phase") || kind == QLatin1String("session")) {
            reload();
        }
    });
    if (controller->journal()) {
        reload();
    }
}

int PhaseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_phases.size());
}

QVariant PhaseModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Phase& phase = m_phases.at(index.row());
    switch (role) {
    case PhaseIdRole:
        return qint64(phase.id);
    case KindRole:
        return phaseKindKey(phase.kind);
    case Qt::DisplayRole:
    case KindTextRole:
        return PhaseKindText::label(phase.kind);
    case LabelRole:
        return phase.label;
    case StartRole:
        return phase.start.toString(Qt::ISODate);
    case EndRole:
        return phase.end ? phase.end->toString(Qt::ISODate) : QString();
    case RangeTextRole:
        return rangeText(phase);
    case NotesRole:
        return phase.notes;
    default:
        return {};
    }
}

QHash<int, QByteArray> PhaseModel::roleNames() const
{
    return {
        { PhaseIdRole, "phaseId" },
        { KindRole, "kind" },
        { KindTextRole, "kindText" },
        { LabelRole, "label" },
        { StartRole, "start" },
        { EndRole, "end" },
        { RangeTextRole, "rangeText" },
        { NotesRole, "notes" },
    };
}

QVariantList PhaseModel::kindOptions() const
{
    QVariantList list;
    for (PhaseKind kind : { PhaseKind::Induction, PhaseKind::Maintenance, PhaseKind::Other }) {
        list.append(QVariantMap {
            { QStringLiteral("key"), phaseKindKey(kind) }, { QStringLiteral("text"), PhaseKindText::label(kind) } });
    }
    return list;
}

QVariantMap PhaseModel::check(const QString& start, const QString& end) const
{
    QVariantMap errors;
    const QDate first = QDate::fromString(start.trimmed(), Qt::ISODate);
    if (!first.isValid()) {
        errors.insert(QStringLiteral("start"), tr("Enter the first day as year-month-day, for example 2026-03-02."));
    }
    if (!end.trimmed().isEmpty()) {
        const QDate last = QDate::fromString(end.trimmed(), Qt::ISODate);
        if (!last.isValid()) {
            errors.insert(QStringLiteral("end"), tr("Enter the last day as year-month-day, or leave it empty."));
        } else if (first.isValid() && last < first) {
            errors.insert(QStringLiteral("end"), tr("The last day cannot be before the first."));
        }
    }
    return errors;
}

bool PhaseModel::save(qint64 id, const QString& kind, const QString& label, const QString& start, const QString& end,
    const QString& notes)
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal || !check(start, end).isEmpty()) {
        return false;
    }
    Phase phase;
    if (id > 0) {
        Result<Phase> stored = journal->phases().get(id);
        if (!stored) {
            setError(ErrorText::describe(stored.error()));
            return false;
        }
        phase = std::move(stored).value();
    }
    phase.kind = phaseKindFromKey(kind).value_or(PhaseKind::Other);
    phase.label = label.trimmed();
    phase.start = QDate::fromString(start.trimmed(), Qt::ISODate);
    phase.end
        = end.trimmed().isEmpty() ? std::nullopt : std::optional<QDate>(QDate::fromString(end.trimmed(), Qt::ISODate));
    phase.notes = notes;
    Status status;
    if (id > 0) {
        status = journal->phases().update(phase);
    } else {
        Result<RecordId> added = journal->phases().add(phase);
        status = added ? Status() : Status(added.error());
    }
    if (!status) {
        setError(ErrorText::describe(status.error()));
        return false;
    }
    setError(QString());
    EntryActions::instance()->notifyChanged(EntryKind::Phase);
    return true;
}

bool PhaseModel::moveToTrash(qint64 id)
{
    return EntryActions::instance()->moveToTrash(QStringLiteral("phase"), id);
}

void PhaseModel::refreshSuggestions()
{
    m_suggested.clear();
    m_suggestions.clear();
    if (Journal* journal = JournalController::instance()->journal()) {
        Result<QList<Session>> sessions = journal->sessions().list();
        if (sessions) {
            QList<QDate> days;
            days.reserve(sessions->size());
            for (const Session& session : sessions.value()) {
                days.append(session.occurredAt.date());
            }
            m_suggested = PhaseSuggester::withoutOverlaps(PhaseSuggester::suggest(days), m_phases);
        }
    }
    for (const Phase& phase : m_suggested) {
        m_suggestions.append(QVariantMap {
            { QStringLiteral("kind"), phaseKindKey(phase.kind) },
            { QStringLiteral("kindText"), PhaseKindText::label(phase.kind) },
            { QStringLiteral("start"), phase.start.toString(Qt::ISODate) },
            { QStringLiteral("end"), phase.end ? phase.end->toString(Qt::ISODate) : QString() },
            { QStringLiteral("text"), tr("%1, %2").arg(PhaseKindText::label(phase.kind), rangeText(phase)) },
        });
    }
    Q_EMIT suggestionsChanged();
}

int PhaseModel::applySuggestions()
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return 0;
    }
    int added = 0;
    for (Phase phase : std::as_const(m_suggested)) {
        Result<RecordId> id = journal->phases().add(phase);
        if (!id) {
            setError(ErrorText::describe(id.error()));
            break;
        }
        ++added;
    }
    if (added > 0) {
        EntryActions::instance()->notifyChanged(EntryKind::Phase);
    }
    return added;
}

void PhaseModel::reload()
{
    beginResetModel();
    m_phases.clear();
    if (Journal* journal = JournalController::instance()->journal()) {
        Result<QList<Phase>> phases = journal->phases().list();
        if (phases) {
            m_phases = std::move(phases).value();
            std::reverse(m_phases.begin(), m_phases.end());
        } else {
            setError(ErrorText::describe(phases.error()));
        }
    }
    endResetModel();
    Q_EMIT countChanged();
    if (!m_suggestions.isEmpty()) {
        refreshSuggestions();
    }
}

void PhaseModel::clear()
{
    beginResetModel();
    m_phases.clear();
    endResetModel();
    m_suggested.clear();
    m_suggestions.clear();
    Q_EMIT suggestionsChanged();
    Q_EMIT countChanged();
    setError(QString());
}

void PhaseModel::setError(const QString& message)
{
    if (m_errorMessage == message) {
        return;
    }
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace kap
