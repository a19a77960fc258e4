#include "SessionValidator.h"
#include "OffsetTime.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

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

QDateTime SessionValidator::parseDateTime(const QString& date, const QString& time, const QDateTime& now)
{
    const QDate day = QDate::fromString(date.trimmed(), Qt::ISODate);
    QTime clock = QTime::fromString(time.trimmed(), QStringLiteral("HH:mm"));
    if (!clock.isValid()) {
        clock = QTime::fromString(time.trimmed(), QStringLiteral("H:mm"));
    }
    if (!day.isValid() || !clock.isValid()) {
        return {};
    }
    return offsettime::at(day, clock, now.offsetFromUtc());
}

QVariantMap SessionValidator::validate(const QVariantMap& fields, const QDateTime& now)
{
    QVariantMap errors;

    const QString date = text(fields, "date");
    const QString time = text(fields, "time");
    if (!QDate::fromString(date, Qt::ISODate).isValid()) {
        errors.insert(QStringLiteral("date"), tr("Enter the date as year-month-day, for example 2026-03-02."));
    }
    const QDateTime at = parseDateTime(date.isEmpty() ? QStringLiteral("2000-01-01") : date, time, now);
    if (!at.isValid()) {
        errors.insert(QStringLiteral("time"), tr("Enter the time as hours:minutes, for example 14:30."));
    } else if (!errors.contains(QStringLiteral("date")) && at > now.addDays(1)) {
        errors.insert(QStringLiteral("date"), tr("This is more than a day in the future."));
    }

    if (text(fields, "route") == QLatin1String("other") && text(fields, "routeOther").isEmpty()) {
        errors.insert(QStringLiteral("routeOther"), tr("Describe the route in your own words."));
    }

    for (const char* name : { "dose", "dosePerKg" }) {
        const QString value = text(fields, name);
        if (value.isEmpty()) {
            continue;
        }
        const std::optional<double> number = parseNumber(value);
        if (!number || *number <= 0) {
            errors.insert(QString::fromLatin1(name), tr("Enter a dose above 0."));
        }
    }

    for (const char* name : { "moodBefore", "moodAfter", "dissociation" }) {
        checkRange(errors, fields, name, 0, 10, tr("Enter a whole number from 0 to 10."));
    }

    checkRange(errors, fields, "systolicBefore", SystolicMin, SystolicMax,
        tr("Systolic pressure is usually between %1 and %2.").arg(SystolicMin).arg(SystolicMax));
    checkRange(errors, fields, "systolicAfter", SystolicMin, SystolicMax,
        tr("Systolic pressure is usually between %1 and %2.").arg(SystolicMin).arg(SystolicMax));
    checkRange(errors, fields, "diastolicBefore", DiastolicMin, DiastolicMax,
        tr("Diastolic pressure is usually between %1 and %2.").arg(DiastolicMin).arg(DiastolicMax));
    checkRange(errors, fields, "diastolicAfter", DiastolicMin, DiastolicMax,
        tr("Diastolic pressure is usually between %1 and %2.").arg(DiastolicMin).arg(DiastolicMax));
    checkRange(errors, fields, "heartRateBefore", HeartRateMin, HeartRateMax,
        tr("Heart rate is usually between %1 and %2 beats a minute.").arg(HeartRateMin).arg(HeartRateMax));
    checkRange(errors, fields, "heartRateAfter", HeartRateMin, HeartRateMax,
        tr("Heart rate is usually between %1 and %2 beats a minute.").arg(HeartRateMin).arg(HeartRateMax));

    // A blood pressure is a pair: one number alone cannot be charted or reported.
    for (const auto& [systolic, diastolic] :
        { std::pair { "systolicBefore", "diastolicBefore" }, std::pair { "systolicAfter", "diastolicAfter" } }) {
        const QString sys = QString::fromLatin1(systolic);
        const QString dia = QString::fromLatin1(diastolic);
        if (errors.contains(sys) || errors.contains(dia)) {
            continue;
        }
        const std::optional<int> s = optInt(fields, systolic);
        const std::optional<int> d = optInt(fields, diastolic);
        if (s.has_value() != d.has_value()) {
            errors.insert(s ? dia : sys, tr("Enter both blood pressure numbers, or neither."));
        } else if (s && d && *s <= *d) {
            errors.insert(sys, tr("The first (systolic) number is normally the higher one."));
        }
    }

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
    session.systolicBefore = optInt(fields, "systolicBefore");
    session.diastolicBefore = optInt(fields, "diastolicBefore");
    session.heartRateBefore = optInt(fields, "heartRateBefore");
    session.systolicAfter = optInt(fields, "systolicAfter");
    session.diastolicAfter = optInt(fields, "diastolicAfter");
    session.heartRateAfter = optInt(fields, "heartRateAfter");
    session.dissociation = optInt(fields, "dissociation");
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
    fields.insert(QStringLiteral("systolicBefore"), intText(session.systolicBefore));
    fields.insert(QStringLiteral("diastolicBefore"), intText(session.diastolicBefore));
    fields.insert(QStringLiteral("heartRateBefore"), intText(session.heartRateBefore));
    fields.insert(QStringLiteral("systolicAfter"), intText(session.systolicAfter));
    fields.insert(QStringLiteral("diastolicAfter"), intText(session.diastolicAfter));
    fields.insert(QStringLiteral("heartRateAfter"), intText(session.heartRateAfter));
    fields.insert(QStringLiteral("dissociation"), intText(session.dissociation));
    fields.insert(QStringLiteral("sideEffects"), session.sideEffects);
    fields.insert(QStringLiteral("experience"), session.experience);
    fields.insert(QStringLiteral("cost"),
        session.costCents ? QLocale().toString(static_cast<double>(*session.costCents) / 100.0, 'f', 2) : QString());
    fields.insert(QStringLiteral("currency"), session.currency);
    return fields;
}

} // namespace kap
