// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/RecordFormat.h"

#include "storage/Questionnaire.h"
#include "text/EntryText.h"
#include "text/RouteText.h"
#include "text/SearchText.h"
#include "text/SeverityText.h"

#include <QJsonArray>
#include <QLocale>

namespace kap::cli {

namespace {

QString dayText(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// First line of `text`, cut to `max` characters, for one-line listings.
QString excerpt(const QString& text, int max = 60)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > max) {
        line = line.left(max - 1) + QChar(0x2026);
    }
    return line;
}

QString money(std::int64_t cents, const QString& currency)
{
    return QStringLiteral("%1.%2 %3")
        .arg(cents / 100)
        .arg(cents % 100, 2, 10, QLatin1Char('0'))
        .arg(currency)
        .trimmed();
}

} // namespace

QString RecordFormat::isoDateTime(const QDateTime& at)
{
    if (!at.isValid()) {
        return {};
    }
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
}

QString RecordFormat::kindLabel(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Session:
        return tr("session");
    case EntryKind::Note:
        return tr("note");
    case EntryKind::Checkin:
        return tr("check-in");
    case EntryKind::Questionnaire:
        return tr("questionnaire");
    case EntryKind::Phase:
        return tr("phase");
    }
    return {};
}

QString RecordFormat::questionnaireName(QuestionnaireKind kind)
{
    return kind == QuestionnaireKind::Phq9 ? QStringLiteral("PHQ-9") : QStringLiteral("GAD-7");
}

QString RecordFormat::severityLabel(QuestionnaireKind kind, int total)
{
    const auto severity = questionnaire::severity(kind, total);
    if (!severity) {
        return {};
    }
    return SeverityText::inSentence(*severity); // the same words as the charts and the report
}

QString RecordFormat::plainSnippet(const QString& snippet)
{
    QString plain = snippet;
    plain.remove(QChar(SearchRepository::MatchStart));
    plain.remove(QChar(SearchRepository::MatchEnd));
    return plain;
}

QJsonObject RecordFormat::toJson(const SearchHit& hit)
{
    QJsonObject object;
    object.insert(QStringLiteral("kind"), entryKindKey(hit.kind));
    object.insert(QStringLiteral("id"), QJsonValue(qint64(hit.id)));
    // A phase has a first day, no time.
    object.insert(
        QStringLiteral("at"), hit.kind == EntryKind::Phase ? hit.at.date().toString(Qt::ISODate) : isoDateTime(hit.at));
    object.insert(QStringLiteral("title"), hit.title);
    object.insert(QStringLiteral("snippet"), plainSnippet(hit.snippet));
    object.insert(QStringLiteral("snippet_field"), searchFieldKey(hit.snippetField));
    QJsonArray foundIn;
    for (const SearchField field : hit.foundIn) {
        foundIn.append(searchFieldKey(field));
    }
    object.insert(QStringLiteral("found_in"), foundIn);
    return object;
}

QJsonObject RecordFormat::toJson(const TrashItem& item)
{
    QJsonObject object;
    object.insert(QStringLiteral("kind"), entryKindKey(item.kind));
    object.insert(QStringLiteral("id"), QJsonValue(qint64(item.id)));
    object.insert(QStringLiteral("deleted"), isoDateTime(item.deletedAt));
    object.insert(QStringLiteral("summary"), item.summary);
    return object;
}

QString RecordFormat::toLine(const Session& session)
{
    QStringList parts;
    if (!session.modality.isEmpty()) {
        parts << EntryText::modalityInList(session.modality);
    }
    if (!session.route.isEmpty()) {
        parts << RouteText::label(session.route, session.routeOther); // the app's and the report's word
    }
    parts << EntryText::doses(session, QLocale::c()); // the app's and the report's words
    if (session.moodBefore && session.moodAfter) {
        parts << tr("mood %1\u2192%2").arg(*session.moodBefore).arg(*session.moodAfter);
    }
    if (!session.provider.isEmpty()) {
        parts << session.provider;
    }
    if (session.costCents) {
        parts << money(*session.costCents, session.currency);
    }
    return QStringLiteral("%1  %2 %3  %4")
        .arg(dayText(session.occurredAt), kindLabel(EntryKind::Session), QString::number(session.id),
            parts.join(QStringLiteral(", ")));
}

QString RecordFormat::toLine(const IntegrationNote& note)
{
    QString text = note.title.isEmpty() ? excerpt(note.body) : excerpt(note.title);
    if (note.sessionId) {
        text += tr(" (session %1)").arg(*note.sessionId);
    }
    if (!note.tags.isEmpty()) {
        text += QStringLiteral(" [%1]").arg(note.tags.join(QStringLiteral(", ")));
    }
    return QStringLiteral("%1  %2 %3  %4")
        .arg(dayText(note.writtenAt), kindLabel(EntryKind::Note), QString::number(note.id), text);
}

QString RecordFormat::toLine(const MoodCheckin& checkin)
{
    QStringList parts { tr("mood %1").arg(checkin.mood) };
    if (checkin.anxiety) {
        parts << tr("anxiety %1").arg(*checkin.anxiety);
    }
    if (checkin.energy) {
        parts << tr("energy %1").arg(*checkin.energy);
    }
    if (checkin.sleep) {
        parts << tr("sleep %1").arg(*checkin.sleep);
    }
    QString text = parts.join(QStringLiteral(", "));
    if (!checkin.note.isEmpty()) {
        text += QStringLiteral(": ") + excerpt(checkin.note);
    }
    if (!checkin.tags.isEmpty()) {
        text += QStringLiteral(" [%1]").arg(checkin.tags.join(QStringLiteral(", ")));
    }
    return QStringLiteral("%1  %2 %3  %4")
        .arg(dayText(checkin.at), kindLabel(EntryKind::Checkin), QString::number(checkin.id), text);
}

QString RecordFormat::toLine(const QuestionnaireResponse& response)
{
    const auto total = questionnaire::total(response.kind, response.answers);
    QString text = questionnaireName(response.kind);
    if (total) {
        text += tr(" total %1/%2 (%3)")
                    .arg(*total)
                    .arg(questionnaire::maxTotal(response.kind))
                    .arg(severityLabel(response.kind, *total));
    }
    if (questionnaire::item9Flag(response)) {
        text += tr(", item 9 answered above 0");
    }
    return QStringLiteral("%1  %2 %3  %4")
        .arg(dayText(response.at), kindLabel(EntryKind::Questionnaire), QString::number(response.id), text);
}

QString RecordFormat::toLine(const Phase& phase)
{
    QString text = phaseKindKey(phase.kind) + QStringLiteral(" ") + phase.start.toString(Qt::ISODate)
        + QStringLiteral(" \u2013 ") + (phase.end ? phase.end->toString(Qt::ISODate) : tr("ongoing"));
    if (!phase.label.isEmpty()) {
        text += QStringLiteral(": ") + excerpt(phase.label);
    }
    return QStringLiteral("%1        %2 %3  %4")
        .arg(phase.start.toString(Qt::ISODate), kindLabel(EntryKind::Phase), QString::number(phase.id), text);
}

QString RecordFormat::toLine(const SearchHit& hit)
{
    QString snippet = hit.snippet;
    snippet.replace(QChar(SearchRepository::MatchStart), QLatin1Char('['));
    snippet.replace(QChar(SearchRepository::MatchEnd), QLatin1Char(']'));
    QString text = hit.title.isEmpty() ? QString() : excerpt(hit.title) + QStringLiteral(": ");
    text += snippet.simplified();
    // A phase has a first day, no time (padded like toLine(Phase)).
    const QString when
        = hit.kind == EntryKind::Phase ? hit.at.date().toString(Qt::ISODate) + QString(6, u' ') : dayText(hit.at);
    return QStringLiteral("%1  %2 %3  %4  (%5)")
        .arg(when, kindLabel(hit.kind), QString::number(hit.id), text, SearchText::foundIn(hit.foundIn));
}

QString RecordFormat::toLine(const TrashItem& item)
{
    return tr("%1 %2  deleted %3  %4")
        .arg(kindLabel(item.kind), QString::number(item.id), dayText(item.deletedAt), item.summary);
}

} // namespace kap::cli
