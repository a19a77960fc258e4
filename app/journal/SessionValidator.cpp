// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/SessionValidator.h"
#include "storage/OffsetTime.h"

#include <QLocale>
#include <QStringList>

#include <cmath>
#include <utility>

namespace kap {

namespace {

QString text(const QVariantMap& fields, const char* name)
{
    return fields.value(QString::fromLatin1(name)).toString().trimmed();
}

std::optional<int> parseInt(const QString& value)
{
    const std::optional<double> number = SessionValidator::parseNumber(value);
    if (!number || std::floor(*number) != *number || std::abs(*number) > 1e6) {
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

/// Checks one whole-number field against [min, max]; empty is fine.
void checkRange(
    QVariantMap& errors, const QVariantMap& fields, const char* name, int min, int max, const QString& message)
{
    const QString value = text(fields, name);
    if (value.isEmpty()) {
        return;
    }
    const std::optional<int> number = parseInt(value);
    if (!number || *number < min || *number > max) {
        errors.insert(QString::fromLatin1(name), message);
    }
}

std::optional<int> optInt(const QVariantMap& fields, const char* name)
{
    const QString value = text(fields, name);
    return value.isEmpty() ? std::nullopt : parseInt(value);
}

std::optional<double> optNumber(const QVariantMap& fields, const char* name)
{
    const QString value = text(fields, name);
    return value.isEmpty() ? std::nullopt : SessionValidator::parseNumber(value);
}

QString numberText(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'g', 8) : QString();
}

QString intText(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

/// A typed reading, or nullopt when every value is blank (the row is dropped). Unparseable
/// numbers read as blank here; validate() reports them first.
std::optional<VitalReading> readingOf(const QVariantMap& row)
{
    VitalReading reading;
    reading.moment = vitals::momentFromKey(text(row, "moment")).value_or(VitalMoment::After);
    reading.minutesAfterDose = optInt(row, "minutes");
    reading.systolic = optInt(row, "systolic");
    reading.diastolic = optInt(row, "diastolic");
    reading.heartRate = optInt(row, "heartRate");
    reading.spo2 = optInt(row, "spo2");
    if (!reading.systolic && !reading.diastolic && !reading.heartRate && !reading.spo2) {
        return std::nullopt;
    }
    return reading;
}

void checkVitals(QVariantMap& errors, const QVariantMap& fields)
{
    using namespace vitals;
    const QVariantList rows = fields.value(QStringLiteral("vitals")).toList();
    if (rows.size() > MaxReadings) {
        errors.insert(
            QStringLiteral("vitals"), SessionValidator::tr("Up to %1 readings per session.").arg(MaxReadings));
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QVariantMap row = rows.at(i).toMap();
        auto key = [i](const char* part) { return QStringLiteral("vitals.%1.%2").arg(i).arg(QLatin1String(part)); };
        QVariantMap rowErrors;
        checkRange(rowErrors, row, "minutes", MinutesMin, MinutesMax,
            SessionValidator::tr("Enter minutes after the dose from %1 to %2.").arg(MinutesMin).arg(MinutesMax));
        checkRange(rowErrors, row, "systolic", SystolicMin, SystolicMax,
            SessionValidator::tr("Systolic pressure is usually between %1 and %2.").arg(SystolicMin).arg(SystolicMax));
        checkRange(rowErrors, row, "diastolic", DiastolicMin, DiastolicMax,
            SessionValidator::tr("Diastolic pressure is usually between %1 and %2.")
                .arg(DiastolicMin)
                .arg(DiastolicMax));
        checkRange(rowErrors, row, "heartRate", HeartRateMin, HeartRateMax,
            SessionValidator::tr("Heart rate is usually between %1 and %2 beats a minute.")
                .arg(HeartRateMin)
                .arg(HeartRateMax));
        checkRange(rowErrors, row, "spo2", Spo2Min, Spo2Max,
            SessionValidator::tr("Oxygen saturation is between %1 and %2 %.").arg(Spo2Min).arg(Spo2Max));
        if (!text(row, "moment").isEmpty() && !momentFromKey(text(row, "moment"))) {
            rowErrors.insert(QStringLiteral("moment"), SessionValidator::tr("Choose when the reading was taken."));
        }
        // A blood pressure is a pair: one number alone cannot be charted or reported.
        if (!rowErrors.contains(QStringLiteral("systolic")) && !rowErrors.contains(QStringLiteral("diastolic"))) {
            const std::optional<int> s = optInt(row, "systolic");
            const std::optional<int> d = optInt(row, "diastolic");
            if (s.has_value() != d.has_value()) {
                rowErrors.insert(QLatin1String(s ? "diastolic" : "systolic"),
                    SessionValidator::tr("Enter both blood pressure numbers, or neither."));
            } else if (s && d && *s <= *d) {
                rowErrors.insert(QStringLiteral("systolic"),
                    SessionValidator::tr("The first (systolic) number is normally the higher one."));
            }
        }
        for (auto it = rowErrors.cbegin(); it != rowErrors.cend(); ++it) {
            errors.insert(key(it.key().toLatin1().constData()), it.value());
        }
    }
}

} // namespace

std::optional<double> SessionValidator::parseNumber(const QString& value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    double number = QLocale().toDouble(trimmed, &ok);
    if (!ok) {
        number = QLocale::c().toDouble(trimmed, &ok);
    }
    if (!ok || !std::isfinite(number)) {
        return std::nullopt;
    }
    return number;
}

QTime SessionValidator::parseTime(const QString& time)
{
    const QTime clock = QTime::fromString(time.trimmed(), QStringLiteral("HH:mm"));
    return clock.isValid() ? clock : QTime::fromString(time.trimmed(), QStringLiteral("H:mm"));
}

QDateTime SessionValidator::parseDateTime(const QString& date, const QString& time, const QDateTime& now)
{
    const QDate day = QDate::fromString(date.trimmed(), Qt::ISODate);
    const QTime clock = parseTime(time);
    if (!day.isValid() || !clock.isValid()) {
        return {};
    }
    return offsettime::at(day, clock, now.offsetFromUtc());
}

QVariantMap SessionValidator::validate(const QVariantMap& fields, const QDateTime& now)
{
    QVariantMap errors;

    // Date and time are checked each on its own, so that a wrong date never flags a right time.
    const QString date = text(fields, "date");
    const QString time = text(fields, "time");
    const bool dateValid = QDate::fromString(date, Qt::ISODate).isValid();
    const bool timeValid = parseTime(time).isValid();
    if (!dateValid) {
        errors.insert(QStringLiteral("date"), tr("Enter the date as year-month-day, for example 2026-03-02."));
    }
    if (!timeValid) {
        errors.insert(QStringLiteral("time"), tr("Enter the time as hours:minutes, for example 14:30."));
    }
    if (dateValid && timeValid && parseDateTime(date, time, now) > now.addDays(1)) {
        errors.insert(QStringLiteral("date"), tr("This is more than a day in the future."));
    }

    if (text(fields, "route") == QLatin1String("other") && text(fields, "routeOther").isEmpty()) {
        errors.insert(QStringLiteral("routeOther"), tr("Describe the route in your own words."));
    }

    for (const auto& [name, max] :
        { std::pair { "dose", limits::DoseMgMax }, std::pair { "dosePerKg", limits::DoseMgPerKgMax } }) {
        const QString value = text(fields, name);
        if (value.isEmpty()) {
            continue;
        }
        const std::optional<double> number = parseNumber(value);
        if (!number || *number <= 0 || *number > max) {
            errors.insert(
                QString::fromLatin1(name), tr("Enter a dose above 0 and at most %1.").arg(QLocale().toString(max)));
        }
    }

    for (const char* name : { "moodBefore", "moodAfter", "dissociation" }) {
        checkRange(errors, fields, name, limits::RatingMin, limits::RatingMax,
            tr("Enter a whole number from %1 to %2.").arg(limits::RatingMin).arg(limits::RatingMax));
    }

    checkRange(errors, fields, "dissociationClinicScore", 0, vitals::ClinicScoreMax,
        tr("Enter the clinic's score as a whole number from 0 to %1.").arg(vitals::ClinicScoreMax));
    checkVitals(errors, fields);

    const QString cost = text(fields, "cost");
    if (!cost.isEmpty()) {
        const std::optional<double> number = parseNumber(cost);
        if (!number || *number < 0 || *number > 1e9) {
            errors.insert(QStringLiteral("cost"), tr("Enter an amount of 0 or more."));
        }
    }
    return errors;
}

std::optional<Session> SessionValidator::toSession(const QVariantMap& fields, const QDateTime& now, Session base)
{
    if (!validate(fields, now).isEmpty()) {
        return std::nullopt;
    }
    Session session = std::move(base);
    session.occurredAt = parseDateTime(text(fields, "date"), text(fields, "time"), now);
    session.modality = text(fields, "modality");
    session.route = text(fields, "route");
    session.routeOther = session.route == QLatin1String("other") ? text(fields, "routeOther") : QString();
    session.doseMg = optNumber(fields, "dose");
    session.doseMgPerKg = optNumber(fields, "dosePerKg");
    session.provider = text(fields, "provider");
    session.setting = text(fields, "setting");
    session.present = text(fields, "present");
    session.intention = fields.value(QStringLiteral("intention")).toString();
    session.moodBefore = optInt(fields, "moodBefore");
    session.moodAfter = optInt(fields, "moodAfter");
    session.vitals.clear();
    for (const QVariant& row : fields.value(QStringLiteral("vitals")).toList()) {
        if (const std::optional<VitalReading> reading = readingOf(row.toMap())) {
            session.vitals.append(*reading);
        }
    }
    session.dissociation = optInt(fields, "dissociation");
    session.dissociationClinicScore = optInt(fields, "dissociationClinicScore");
    session.dissociationClinicScale = text(fields, "dissociationClinicScale");
    session.sideEffects.clear();
    for (const QString& effect : fields.value(QStringLiteral("sideEffects")).toStringList()) {
        if (!effect.trimmed().isEmpty() && !session.sideEffects.contains(effect.trimmed())) {
            session.sideEffects.append(effect.trimmed());
        }
    }
    session.experience = fields.value(QStringLiteral("experience")).toString();
    const std::optional<double> cost = optNumber(fields, "cost");
    session.costCents = cost ? std::optional<std::int64_t>(std::llround(*cost * 100.0)) : std::nullopt;
    session.currency = text(fields, "currency").toUpper();
    return session;
}

QVariantMap SessionValidator::toFields(const Session& session)
{
    QVariantMap fields;
    fields.insert(QStringLiteral("date"), session.occurredAt.date().toString(Qt::ISODate));
    fields.insert(QStringLiteral("time"), session.occurredAt.time().toString(QStringLiteral("HH:mm")));
    fields.insert(QStringLiteral("modality"), session.modality);
    fields.insert(QStringLiteral("route"), session.route);
    fields.insert(QStringLiteral("routeOther"), session.routeOther);
    fields.insert(QStringLiteral("dose"), numberText(session.doseMg));
    fields.insert(QStringLiteral("dosePerKg"), numberText(session.doseMgPerKg));
    fields.insert(QStringLiteral("provider"), session.provider);
    fields.insert(QStringLiteral("setting"), session.setting);
    fields.insert(QStringLiteral("present"), session.present);
    fields.insert(QStringLiteral("intention"), session.intention);
    fields.insert(QStringLiteral("moodBefore"), intText(session.moodBefore));
    fields.insert(QStringLiteral("moodAfter"), intText(session.moodAfter));
    QVariantList readings;
    for (const VitalReading& reading : session.vitals) {
        readings.append(QVariantMap {
            { QStringLiteral("moment"), vitals::momentKey(reading.moment) },
            { QStringLiteral("minutes"), intText(reading.minutesAfterDose) },
            { QStringLiteral("systolic"), intText(reading.systolic) },
            { QStringLiteral("diastolic"), intText(reading.diastolic) },
            { QStringLiteral("heartRate"), intText(reading.heartRate) },
            { QStringLiteral("spo2"), intText(reading.spo2) },
        });
    }
    fields.insert(QStringLiteral("vitals"), readings);
    fields.insert(QStringLiteral("dissociation"), intText(session.dissociation));
    fields.insert(QStringLiteral("dissociationClinicScore"), intText(session.dissociationClinicScore));
    fields.insert(QStringLiteral("dissociationClinicScale"), session.dissociationClinicScale);
    fields.insert(QStringLiteral("sideEffects"), session.sideEffects);
    fields.insert(QStringLiteral("experience"), session.experience);
    fields.insert(QStringLiteral("cost"),
        session.costCents ? QLocale().toString(static_cast<double>(*session.costCents) / 100.0, 'f', 2) : QString());
    fields.insert(QStringLiteral("currency"), session.currency);
    return fields;
}

} // namespace kap
