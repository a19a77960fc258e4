// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Why one class of ~520 lines: a list model with paging, filters and week sections; data() is a
// long switch over its documented roles (the recipe for QML models), not a second job.

#include "app/journal/TimelineModel.h"

#include "app/journal/EntryActions.h"
#include "app/shell/JournalController.h"
#include "storage/OffsetTime.h"
#include "storage/PhaseRepository.h"
#include "storage/Questionnaire.h"
#include "storage/SessionRepository.h"
#include "text/EntryText.h"
#include "text/ErrorText.h"
#include "text/PhaseKindText.h"
#include "text/SeverityText.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QSet>

namespace kap {

namespace {

QString oneLine(const QString& text, int maxChars = 160)
{
    QString simplified = text.simplified();
    if (simplified.size() > maxChars) {
        simplified = simplified.left(maxChars - 1).trimmed() + QChar(0x2026);
    }
    return simplified;
}

QString dayRangeText(QDate first, QDate last)
{
    const QLocale locale;
    const QString from = locale.toString(first, QStringLiteral("d MMM"));
    const QString to = locale.toString(last, QStringLiteral("d MMM yyyy"));
    return TimelineModel::tr("%1 – %2").arg(from, to);
}

struct BandText
{
    QString text;
    QString key;
};

BandText bandOf(const QuestionnaireResponse& response)
{
    const std::optional<int> total = questionnaire::total(response.kind, response.answers);
    if (!total) {
        return {};
    }
    if (const std::optional<questionnaire::Severity> severity = questionnaire::severity(response.kind, *total)) {
        return { SeverityText::label(*severity), questionnaire::severityKey(*severity) };
    }
    return {};
}

QString entryKey(const TimelineEntry& entry)
{
    RecordId id = 0;
    std::visit([&id](const auto& record) { id = record.id; }, entry.record);
    return entryKindKey(entry.kind) + QLatin1Char(':') + QString::number(id);
}

} // namespace

TimelineModel::TimelineModel(QObject* parent) : QAbstractListModel(parent)
{
    JournalController* controller = JournalController::instance();
    connect(controller, &JournalController::aboutToLock, this, &TimelineModel::clear);
    connect(controller, &JournalController::unlocked, this, &TimelineModel::reload);
    connect(EntryActions::instance(), &EntryActions::entriesChanged, this, &TimelineModel::reload);
    if (controller->journal()) {
        reload();
    }
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Row& row = m_rows.at(index.row());
    const TimelineEntry& entry = row.entry;
    const QLocale locale;

    switch (role) {
    case KindRole:
        return entryKindKey(entry.kind);
    case RecordIdRole: {
        qint64 id = 0;
        std::visit([&id](const auto& record) { id = record.id; }, entry.record);
        return id;
    }
    case AtRole:
        return entry.at;
    case WhenTextRole:
        return locale.toString(entry.at, QStringLiteral("ddd d MMM yyyy, "))
            + EntryText::shortTime(entry.at.time(), locale);
    case SectionRole:
        return row.section;
    case TimeTextRole:
        return EntryText::shortTime(entry.at.time(), locale);
    case DayLineRole:
        return dayLine(index.row());
    default:
        break;
    }

    if (const auto* session = std::get_if<Session>(&entry.record)) {
        switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
            return EntryText::sessionSummary(*session);
        case ExcerptRole:
            return oneLine(session->intention.isEmpty() ? session->experience : session->intention);
        case MoodBeforeRole:
            return session->moodBefore.value_or(-1);
        case MoodAfterRole:
            return session->moodAfter.value_or(-1);
        case ChipsRole:
            return EntryText::sideEffects(session->sideEffects);
        case AccessibleTextRole: {
            QString text = tr("Session, %1").arg(EntryText::sessionSummary(*session));
            if (session->moodBefore && session->moodAfter) {
                text += tr(", mood %1 before and %2 after").arg(*session->moodBefore).arg(*session->moodAfter);
            }
            return text;
        }
        default:
            break;
        }
    } else if (const auto* note = std::get_if<IntegrationNote>(&entry.record)) {
        switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
            return note->title.isEmpty() ? tr("Untitled note") : note->title;
        case ExcerptRole:
            return oneLine(note->body);
        case ChipsRole:
            return note->tags;
        case LinkedTextRole:
            return note->sessionId ? linkedSessionText(*note->sessionId) : QString();
        case LinkedSessionIdRole:
            return qint64(note->sessionId.value_or(0));
        case AccessibleTextRole:
            return tr("Integration note, %1").arg(note->title.isEmpty() ? tr("Untitled note") : note->title);
        default:
            break;
        }
    } else if (const auto* checkin = std::get_if<MoodCheckin>(&entry.record)) {
        switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
            return tr("Mood check-in");
        case ExcerptRole:
            return oneLine(checkin->note);
        case MoodRole:
            return checkin->mood;
        case FiguresRole: {
            QStringList figures;
            if (checkin->anxiety) {
                figures << tr("Anxiety %1").arg(*checkin->anxiety);
            }
            if (checkin->energy) {
                figures << tr("Energy %1").arg(*checkin->energy);
            }
            if (checkin->sleep) {
                figures << tr("Sleep %1").arg(*checkin->sleep);
            }
            return figures.join(QStringLiteral(" · "));
        }
        case AccessibleTextRole:
            return tr("Mood check-in, mood %1 of 10").arg(checkin->mood);
        default:
            break;
        }
    } else if (const auto* response = std::get_if<QuestionnaireResponse>(&entry.record)) {
        const std::optional<int> total = questionnaire::total(response->kind, response->answers);
        const BandText band = bandOf(*response);
        switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
            return EntryText::questionnaireName(response->kind);
        case TotalRole:
            return total.value_or(-1);
        case BandRole:
            return band.text;
        case BandKeyRole:
            return band.key;
        case Item9Role:
            return questionnaire::item9Flag(*response);
        case AccessibleTextRole: {
            QString text = tr("%1, total %2, %3")
                               .arg(EntryText::questionnaireName(response->kind))
                               .arg(total.value_or(0))
                               .arg(band.text);
            if (questionnaire::item9Flag(*response)) {
                text += tr(", item 9 answered above zero");
            }
            return text;
        }
        default:
            break;
        }
    }

    switch (role) {
    case MoodRole:
    case MoodBeforeRole:
    case MoodAfterRole:
    case TotalRole:
        return -1;
    case LinkedSessionIdRole:
        return qint64(0);
    case Item9Role:
        return false;
    case ChipsRole:
        return QStringList();
    case TitleRole:
    case ExcerptRole:
    case LinkedTextRole:
    case BandRole:
    case BandKeyRole:
    case AccessibleTextRole:
    case FiguresRole:
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {
        { KindRole, "kind" },
        { RecordIdRole, "recordId" },
        { AtRole, "at" },
        { WhenTextRole, "whenText" },
        { SectionRole, "section" },
        { TitleRole, "title" },
        { ExcerptRole, "excerpt" },
        { MoodRole, "mood" },
        { MoodBeforeRole, "moodBefore" },
        { MoodAfterRole, "moodAfter" },
        { ChipsRole, "chips" },
        { LinkedTextRole, "linkedText" },
        { LinkedSessionIdRole, "linkedSessionId" },
        { TotalRole, "total" },
        { BandRole, "band" },
        { BandKeyRole, "bandKey" },
        { Item9Role, "item9" },
        { AccessibleTextRole, "accessibleText" },
        { TimeTextRole, "timeText" },
        { DayLineRole, "dayLine" },
        { FiguresRole, "figures" },
    };
}

QString TimelineModel::dayLine(int index) const
{
    const TimelineEntry& entry = m_rows.at(index).entry;
    if (entry.kind != EntryKind::Checkin) {
        return {};
    }
    if (index > 0) {
        const TimelineEntry& newer = m_rows.at(index - 1).entry;
        if (newer.kind == EntryKind::Checkin && newer.at.date() == entry.at.date()) {
            return {}; // under the day line of the newer check-in
        }
    }
    return QLocale().toString(entry.at.date(), QLocale::LongFormat);
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && JournalController::instance()->journal();
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    // Not re-entrant: a listener of rowsAboutToBeInserted (a view, the model tester) may ask for
    // more while this page is being inserted, and would fetch the same page twice.
    if (m_fetching || !canFetchMore(parent) || m_rows.isEmpty()) {
        return;
    }
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    // The repository returns entries strictly older than `before`. Entries sharing the last
    // loaded second would be skipped at a page boundary, so ask from the start of the next second
    // and drop what is already loaded (every entry of that second that is newer is loaded).
    const QDateTime lastAt = m_rows.last().entry.at;
    const qint64 lastSecond = lastAt.toSecsSinceEpoch();
    QSet<QString> tail;
    for (auto it = m_rows.crbegin(); it != m_rows.crend() && it->entry.at.toSecsSinceEpoch() <= lastSecond; ++it) {
        tail.insert(entryKey(it->entry));
    }
    const QDateTime nextSecond = offsettime::fromUtcMSecs((lastSecond + 1) * 1000);
    QList<Row> page = fetchPage(m_pageSize + static_cast<int>(tail.size()), nextSecond);
    const bool full = page.size() >= m_pageSize + tail.size();
    page.erase(std::remove_if(
                   page.begin(), page.end(), [&tail](const Row& row) { return tail.contains(entryKey(row.entry)); }),
        page.end());
    m_atEnd = !full || page.isEmpty();
    if (page.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    Q_EMIT countChanged();
}

TimelineQuery TimelineModel::baseQuery() const
{
    TimelineQuery query;
    for (const QString& key : m_kinds) {
        if (const std::optional<EntryKind> kind = entryKindFromKey(key); kind && *kind != EntryKind::Phase) {
            query.kinds.append(*kind);
        }
    }
    if (m_phaseId > 0) {
        for (const Phase& phase : m_phases) {
            if (phase.id == m_phaseId) {
                query.range.first = phase.start;
                query.range.last = phase.end.value_or(QDate());
            }
        }
    }
    return query;
}

QList<TimelineModel::Row> TimelineModel::fetchPage(int limit, const QDateTime& before)
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return {};
    }
    TimelineQuery query = baseQuery();
    query.limit = limit;
    query.before = before;
    Result<QList<TimelineEntry>> page = journal->timeline().page(query);
    if (!page) {
        setError(ErrorText::describe(page.error()));
        return {};
    }
    QList<Row> rows;
    rows.reserve(page->size());
    for (TimelineEntry& entry : page.value()) {
        const QDate day = entry.at.date();
        rows.append(Row { std::move(entry), sectionFor(day, m_phases, m_weekStart) });
    }
    return rows;
}

void TimelineModel::reload()
{
    const int keep = std::max(m_pageSize, static_cast<int>(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    m_sessionTimes.clear();
    m_atEnd = true;
    loadPhases();
    if (JournalController::instance()->journal()) {
        setError(QString());
        m_rows = fetchPage(keep, QDateTime());
        m_atEnd = m_rows.size() < keep;
    }
    endResetModel();
    Q_EMIT countChanged();
}

void TimelineModel::resetAndReload()
{
    // A new filter starts from the top with one page, not with as many rows as were scrolled.
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_phases.clear();
    m_sessionTimes.clear();
    m_atEnd = true;
    endResetModel();
    m_phaseChoices.clear();
    Q_EMIT phaseChoicesChanged();
    Q_EMIT countChanged();
    setError(QString());
}

void TimelineModel::loadPhases()
{
    m_phases.clear();
    m_phaseChoices.clear();
    if (Journal* journal = JournalController::instance()->journal()) {
        Result<QList<Phase>> phases = journal->phases().list();
        if (phases) {
            m_phases = std::move(phases).value();
        }
    }
    const QLocale locale;
    m_phaseChoices.append(
        QVariantMap { { QStringLiteral("id"), qint64(0) }, { QStringLiteral("text"), tr("All phases") } });
    for (auto it = m_phases.crbegin(); it != m_phases.crend(); ++it) {
        QString name = PhaseKindText::label(it->kind);
        if (!it->label.isEmpty()) {
            name = tr("%1 (%2)").arg(name, it->label);
        }
        const QString text = tr("%1, from %2").arg(name, locale.toString(it->start, QLocale::ShortFormat));
        m_phaseChoices.append(
            QVariantMap { { QStringLiteral("id"), qint64(it->id) }, { QStringLiteral("text"), text } });
    }
    Q_EMIT phaseChoicesChanged();
}

QString TimelineModel::linkedSessionText(RecordId sessionId) const
{
    auto it = m_sessionTimes.constFind(sessionId);
    if (it == m_sessionTimes.cend()) {
        QDateTime at;
        if (Journal* journal = JournalController::instance()->journal()) {
            if (Result<Session> session = journal->sessions().get(sessionId); session && !session->meta.deletedAt) {
                at = session->occurredAt;
            }
        }
        it = m_sessionTimes.insert(sessionId, at);
    }
    if (!it->isValid()) {
        return {};
    }
    return tr("After the session of %1").arg(QLocale().toString(it->date(), QLocale::ShortFormat));
}

QString TimelineModel::sectionFor(QDate day, const QList<Phase>& phases, int weekStart)
{
    const Phase* found = nullptr;
    for (const Phase& phase : phases) {
        if (phase.contains(day) && (!found || phase.start > found->start)) {
            found = &phase;
        }
    }
    if (found) {
        const int index = static_cast<int>(found->start.daysTo(day) / 7);
        const QDate first = found->start.addDays(index * 7);
        QDate last = first.addDays(6);
        if (found->end && *found->end < last) {
            last = *found->end;
        }
        return tr("%1 · %2").arg(EntryText::phaseWeek(found->kind, found->label, index + 1), dayRangeText(first, last));
    }
    const int start = (weekStart >= 1 && weekStart <= 7) ? weekStart : 1;
    const int back = (day.dayOfWeek() - start + 7) % 7;
    const QDate first = day.addDays(-back);
    return tr("Week of %1").arg(dayRangeText(first, first.addDays(6)));
}

void TimelineModel::setKinds(const QStringList& kinds)
{
    if (m_kinds == kinds) {
        return;
    }
    m_kinds = kinds;
    Q_EMIT kindsChanged();
    resetAndReload();
}

void TimelineModel::setPhaseId(qint64 id)
{
    if (m_phaseId == id) {
        return;
    }
    m_phaseId = id;
    Q_EMIT phaseIdChanged();
    resetAndReload();
}

void TimelineModel::setWeekStart(int day)
{
    if (m_weekStart == day) {
        return;
    }
    m_weekStart = day;
    Q_EMIT weekStartChanged();
    if (!m_rows.isEmpty()) {
        reload();
    }
}

void TimelineModel::setPageSize(int size)
{
    size = std::max(1, size);
    if (m_pageSize == size) {
        return;
    }
    m_pageSize = size;
    Q_EMIT pageSizeChanged();
}

void TimelineModel::setError(const QString& message)
{
    if (m_errorMessage == message) {
        return;
    }
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace kap
