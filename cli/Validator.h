// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Vitals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <utility>

namespace kap::cli {

class Console;

/// Reads option values and checks them, collecting every problem so a person sees all of them
/// at once ("--mood must be ... ; --at is not a date and time ..."). Each getter returns nullopt
/// both when the option is absent and when its value was rejected; call ok() before using the
/// values. The static parse*() functions are the rules themselves (unit-tested).
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    explicit Validator(const QCommandLineParser& parser);

    std::optional<int> integer(const QString& option, int min, int max);
    std::optional<double> positiveNumber(const QString& option, double max);
    std::optional<QDateTime> dateTime(const QString& option);
    std::optional<QDate> date(const QString& option);
    /// "120/80" -> (systolic, diastolic).
    std::optional<std::pair<int, int>> bloodPressure(const QString& option);
    /// Every occurrence of a repeatable --vitals option (parseVitals' form).
    QList<VitalReading> vitalsReadings(const QString& option);
    /// "250" or "250.00" -> cents.
    std::optional<std::int64_t> money(const QString& option);
    /// Three letters (ISO 4217), returned upper-case.
    std::optional<QString> currency(const QString& option);
    /// The value if it is one of `allowed`.
    std::optional<QString> oneOf(const QString& option, const QStringList& allowed);
    /// Comma-separated values of every occurrence of the option, trimmed, empty ones dropped,
    /// duplicates removed (first occurrence kept).
    QStringList list(const QString& option);
    /// The value as given ("" when absent).
    QString text(const QString& option) const;
    bool isSet(const QString& option) const { return m_parser.isSet(option); }

    void addProblem(const QString& problem) { m_problems.append(problem); }
    bool ok() const { return m_problems.isEmpty(); }
    const QStringList& problems() const { return m_problems; }
    /// Prints every problem on stderr and returns ExitInvalidData.
    int report(Console& console) const;

    static std::optional<int> parseInteger(const QString& text);
    static std::optional<double> parseNumber(const QString& text);
    /// ISO 8601 date and time, with seconds and offset optional ("T" or a space between date and
    /// time). Without an offset the time is local. The result carries its UTC offset
    /// (Qt::OffsetFromUTC), as storage expects.
    static std::optional<QDateTime> parseDateTime(const QString& text);
    /// YYYY-MM-DD.
    static std::optional<QDate> parseDate(const QString& text);
    /// Plausible adult readings only (Vitals.h: systolic 60-260, diastolic 30-160, systolic
    /// above diastolic): a typo such as 1200/80 is caught, not stored.
    static std::optional<std::pair<int, int>> parseBloodPressure(const QString& text);
    /// "WHEN[+MIN] [SYS/DIA] [hr=BPM] [spo2=PCT]", e.g. "during+40 135/88 hr=76": WHEN is before,
    /// during, discharge or after; at least one value; each within Vitals.h's ranges.
    static std::optional<VitalReading> parseVitals(const QString& text);
    static std::optional<std::int64_t> parseMoneyCents(const QString& text);
    static QStringList parseList(const QStringList& values);

private:
    const QCommandLineParser& m_parser;
    QStringList m_problems;
};

} // namespace kap::cli
