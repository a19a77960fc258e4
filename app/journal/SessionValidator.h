// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace kap {

/// Checks a session as typed into the editor and turns it into a Session. Fields are the
/// editor's text, keyed by name (see SessionForm): empty means "not recorded" and is always
/// fine; what is typed must be plausible: dose > 0, vitals readings within Vitals.h's ranges (a
/// blood pressure is both numbers or neither, systolic above diastolic), 0-10 scales, a cost of 0
/// or more, a date and time that exist and are not more than a day ahead of `now`.
///
/// Vitals are `fields["vitals"]`, a list of maps with "moment" (Vitals.h's key), "minutes",
/// "systolic", "diastolic", "heartRate" and "spo2" as typed; a reading left blank is dropped.
/// Their errors are keyed "vitals.<row>.<part>".
class SessionValidator
{
    Q_DECLARE_TR_FUNCTIONS(SessionValidator)

public:
    /// field name -> translated message, for every field that is not acceptable.
    static QVariantMap validate(const QVariantMap& fields, const QDateTime& now);

    /// The session the fields describe, or nullopt when validate() finds problems. `base` keeps
    /// the id and revision of the record being edited. `now` supplies the UTC offset.
    static std::optional<Session> toSession(const QVariantMap& fields, const QDateTime& now, Session base = {});
    /// The fields showing `session` (the inverse of toSession()).
    static QVariantMap toFields(const Session& session);

    /// A number as typed: locale decimal separator or '.', surrounding spaces ignored.
    static std::optional<double> parseNumber(const QString& text);
    /// "HH:mm" (also "H:mm"); invalid when unparseable.
    static QTime parseTime(const QString& time);
    /// "yyyy-MM-dd" and "HH:mm" (also "H:mm") in the offset of `now`; invalid when unparseable.
    static QDateTime parseDateTime(const QString& date, const QString& time, const QDateTime& now);
};

} // namespace kap
