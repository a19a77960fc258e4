// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/Validator.h"

#include "cli/CliOutcome.h"
#include "cli/Console.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace kap::cli {

namespace {

QString dashed(const QString& option)
{
    return QStringLiteral("--") + option;
}

} // namespace

Validator::Validator(const QCommandLineParser& parser) : m_parser(parser) { }

std::optional<int> Validator::integer(const QString& option, int min, int max)
{
    if (!m_parser.isSet(option)) {
        return std::nullopt;
    }
    const QString value = m_parser.value(option);
    const auto number = parseInteger(value);
    if (!number || *number < min || *number > max) {
        const QString problem = tr("%1 must be a whole number from %2 to %3 (got \"%4\").");
        addProblem(problem.arg(dashed(option)).arg(min).arg(max).arg(value));
        return std::nullopt;
    }
    return number;
}

std::optional<double> Validator::positiveNumber(const QString& option, double max)
{
    if (!m_parser.isSet(option)) {
        return std::nullopt;
    }
    const QString value = m_parser.value(option);
    const auto number = parseNumber(value);
    if (!number || !(*number > 0) || *number > max) {
        const QString problem = tr("%1 must be a number above 0 and at most %2 (got \"%3\").");
        addProblem(problem.arg(dashed(option), QLocale::c().toString(max, 'g', 10), value));
        return std::nullopt;
    }
    return number;
}

std::optional<QDateTime> Validator::dateTime(const QString& option)
{
    if (!m_parser.isSet(option)) {
        return std::nullopt;
    }
    const QString value = m_parser.value(option);
    auto parsed = parseDateTime(value);
    if (!parsed) {
        const QString problem = tr("%1 is not a valid date and time: \"%2\". Use ISO 8601, e.g. 2026-03-02T09:30+01:00 "
                                   "(without an offset the time is local).");
        addProblem(problem.arg(dashed(option), value));
    }
    return parsed;
}

std::optional<QDate> Validator::date(const QString& option)
{
    if (!m_parser.isSet(option)) {
        return std::nullopt;
    }
    const QString value = m_parser.value(option);
    auto parsed = parseDate(value);
    if (!parsed) {
        addProblem(tr("%1 is not a valid date: \"%2\". Use YYYY-MM-DD, e.g. 2026-03-02.").arg(dashed(option), value));
    }
    return parsed;
}

std::optional<std::pair<int, int>> Validator::bloodPressure(const QString& option)
{
    if (!m_parser.isSet(option)) {
        return std::nullopt;
    }
    const QString value = m_parser.value(option);
    auto parsed = parseBloodPressure(value);
    if (!parsed) {
        const QString ranges = QStringLiteral("%1-%2 / %3-%4")
                                   .arg(vitals::SystolicMin)
                                   .arg(vitals::SystolicMax)
                                   .arg(vitals::DiastolicMin)
                                   .arg(vitals::DiastolicMax);
        const QString problem = tr("%1 must be a plausible blood pressure such as 120/80 (systolic above diastolic, "
                                   "%2; got \"%3\").");
        addProblem(problem.arg(dashed(option), ranges, value));
    }
    return parsed;
}

std::optional<std::int64_t> Validator::money(const QString& option)
{
    if (!m_parser.isSet(option)) {
        return std::nullopt;
    }
    const QString value = m_parser.value(option);
    auto parsed = parseMoneyCents(value);
    if (!parsed) {
        addProblem(tr("%1 must be an amount such as 250 or 250.00 (got \"%2\").").arg(dashed(option), value));
    }
    return parsed;
}

std::optional<QString> Validator::currency(const QString& option)
{
    if (!m_parser.isSet(option)) {
        return std::nullopt;
    }
    const QString value = m_parser.value(option).trimmed();
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    if (!code.match(value).hasMatch()) {
        addProblem(
            tr("%1 must be a three-letter currency code such as USD or EUR (got \"%2\").").arg(dashed(option), value));
        return std::nullopt;
    }
    return value.toUpper();
}

std::optional<QString> Validator::oneOf(const QString& option, const QStringList& allowed)
{
    if (!m_parser.isSet(option)) {
        return std::nullopt;
    }
    const QString value = m_parser.value(option).trimmed().toLower();
    if (!allowed.contains(value)) {
        const QString problem = tr("%1 must be one of %2 (got \"%3\").");
        addProblem(problem.arg(dashed(option), allowed.join(QStringLiteral(", ")), m_parser.value(option)));
        return std::nullopt;
    }
    return value;
}

QStringList Validator::list(const QString& option)
{
    return parseList(m_parser.values(option));
}

QString Validator::text(const QString& option) const
{
    return m_parser.value(option);
}

int Validator::report(Console& console) const
{
    for (const QString& problem : m_problems) {
        console.warn(problem);
    }
    return ExitInvalidData;
}

std::optional<int> Validator::parseInteger(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?[0-9]{1,9}$"));
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch()) {
        return std::nullopt;
    }
    return trimmed.toInt();
}

std::optional<double> Validator::parseNumber(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)$"));
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<QDateTime> Validator::parseDateTime(const QString& text)
{
    // Date, "T" or one space, hours:minutes, optional seconds and fraction, optional Z or offset.
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate day = QDate::fromString(match.captured(1), Qt::ISODate);
    QString timeText = match.captured(2);
    timeText.replace(QLatin1Char(','), QLatin1Char('.'));
    const QTime time = QTime::fromString(timeText, Qt::ISODateWithMs);
    if (!day.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    const QString zone = match.captured(3);
    if (zone.isEmpty()) {
        const QDateTime local(day, time);
        // A time inside a DST gap does not exist: Qt 6.4 makes it invalid, Qt 6.7 and later move
        // it across the gap. Either way it is not the time the person typed.
        if (!local.isValid() || local.date() != day || local.time() != time) {
            return std::nullopt;
        }
        return local.toOffsetFromUtc(local.offsetFromUtc());
    }
    int offsetSeconds = 0;
    if (zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
        if (hours > 14 || minutes > 59) {
            return std::nullopt;
        }
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    const QDateTime result(day, time, QTimeZone(offsetSeconds));
    if (!result.isValid()) {
        return std::nullopt;
    }
    return result;
}

std::optional<QDate> Validator::parseDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch()) {
        return std::nullopt;
    }
    const QDate day = QDate::fromString(trimmed, Qt::ISODate);
    if (!day.isValid()) {
        return std::nullopt;
    }
    return day;
}

std::optional<std::pair<int, int>> Validator::parseBloodPressure(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,3})\\s*/\\s*(\\d{2,3})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int systolic = match.captured(1).toInt();
    const int diastolic = match.captured(2).toInt();
    if (systolic < vitals::SystolicMin || systolic > vitals::SystolicMax || diastolic < vitals::DiastolicMin
        || diastolic > vitals::DiastolicMax || systolic <= diastolic) {
        return std::nullopt;
    }
    return std::make_pair(systolic, diastolic);
}

std::optional<VitalReading> Validator::parseVitals(const QString& text)
{
    const QStringList tokens = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty()) {
        return std::nullopt;
    }
    static const QRegularExpression when(QStringLiteral("^([a-z]+)(?:\\+(\\d{1,4}))?$"));
    const auto whenMatch = when.match(tokens.first());
    const auto moment = whenMatch.hasMatch() ? vitals::momentFromKey(whenMatch.captured(1)) : std::nullopt;
    if (!moment) {
        return std::nullopt;
    }
    VitalReading reading;
    reading.moment = *moment;
    if (!whenMatch.captured(2).isEmpty()) {
        reading.minutesAfterDose = whenMatch.captured(2).toInt();
    }
    for (const QString& token : tokens.mid(1)) {
        if (token.contains(QLatin1Char('/')) && !reading.systolic) {
            const auto bp = parseBloodPressure(token);
            if (!bp) {
                return std::nullopt;
            }
            reading.systolic = bp->first;
            reading.diastolic = bp->second;
        } else if (token.startsWith(QLatin1String("hr=")) && !reading.heartRate) {
            reading.heartRate = parseInteger(token.mid(3));
            if (!reading.heartRate) {
                return std::nullopt;
            }
        } else if (token.startsWith(QLatin1String("spo2=")) && !reading.spo2) {
            reading.spo2 = parseInteger(token.mid(5));
            if (!reading.spo2) {
                return std::nullopt;
            }
        } else {
            return std::nullopt;
        }
    }
    if (!vitals::problem(reading).isEmpty()) {
        return std::nullopt;
    }
    return reading;
}

QList<VitalReading> Validator::vitalsReadings(const QString& option)
{
    QList<VitalReading> readings;
    for (const QString& value : m_parser.values(option)) {
        if (const auto reading = parseVitals(value)) {
            readings.append(*reading);
        } else {
            const QString problem = tr("%1 must look like \"during+40 135/88 hr=76 spo2=97\" (when: before, during, "
                                       "discharge or after, optionally +minutes after the dose; then a blood "
                                       "pressure, hr= and spo2= within plausible ranges; got \"%2\").");
            addProblem(problem.arg(dashed(option), value));
        }
    }
    return readings;
}

std::optional<std::int64_t> Validator::parseMoneyCents(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,10})(?:[.](\\d{1,2}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    std::int64_t cents = match.captured(1).toLongLong() * 100;
    const QString fraction = match.captured(2);
    if (!fraction.isEmpty()) {
        cents += fraction.size() == 1 ? fraction.toInt() * 10 : fraction.toInt();
    }
    return cents;
}

QStringList Validator::parseList(const QStringList& values)
{
    QStringList result;
    for (const QString& value : values) {
        for (const QString& part : value.split(QLatin1Char(','))) {
            const QString item = part.trimmed();
            if (!item.isEmpty() && !result.contains(item)) {
                result.append(item);
            }
        }
    }
    return result;
}

} // namespace kap::cli
