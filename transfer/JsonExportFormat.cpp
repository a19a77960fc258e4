// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Why one class of ~740 lines: it is the one definition of the export format, both directions,
// kept together so that an encoder and its decoder change in the same place; half of it is the
// decoder's per-field checks of outside input (fuzzed).

#include "transfer/JsonExportFormat.h"

#include "storage/Questionnaire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <functional>

namespace kap {

namespace {

// ---- encoding -------------------------------------------------------------------------

QJsonValue dateTime(const QDateTime& dt)
{
    if (!dt.isValid()) {
        return QJsonValue::Null;
    }
    const QDateTime withOffset
        = dt.timeSpec() == Qt::OffsetFromUTC || dt.timeSpec() == Qt::UTC ? dt : dt.toOffsetFromUtc(dt.offsetFromUtc());
    return withOffset.toString(Qt::ISODateWithMs);
}

QJsonValue day(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue::Null;
}

template <typename T> QJsonValue optional(const std::optional<T>& v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue::Null;
}

QJsonObject meta(const RecordMeta& m)
{
    return QJsonObject {
        { QStringLiteral("createdAt"), dateTime(m.createdAt) },
        { QStringLiteral("updatedAt"), dateTime(m.updatedAt) },
        { QStringLiteral("revision"), m.revision },
        { QStringLiteral("deletedAt"), m.deletedAt ? dateTime(*m.deletedAt) : QJsonValue::Null },
    };
}

QJsonArray encodeVitals(const QList<VitalReading>& readings)
{
    QJsonArray array;
    for (const VitalReading& r : readings) {
        array.append(QJsonObject {
            { QStringLiteral("moment"), vitals::momentKey(r.moment) },
            { QStringLiteral("minutesAfterDose"), optional(r.minutesAfterDose) },
            { QStringLiteral("systolic"), optional(r.systolic) },
            { QStringLiteral("diastolic"), optional(r.diastolic) },
            { QStringLiteral("heartRate"), optional(r.heartRate) },
            { QStringLiteral("spo2"), optional(r.spo2) },
        });
    }
    return array;
}

template <typename T> QJsonArray encodeAll(const QList<T>& items)
{
    QJsonArray out;
    for (const T& item : items) {
        out.append(JsonExportFormat::toJson(item));
    }
    return out;
}

// ---- decoding -------------------------------------------------------------------------

/// Reads fields of one JSON object and records the first problem with its path.
class Reader
{
public:
    Reader(const QJsonObject& object, QString path, QString* error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {
    }

    bool failed() const { return !m_error->isEmpty(); }

    void fail(const QString& key, const char* what)
    {
        if (m_error->isEmpty()) {
            *m_error = m_path + QLatin1Char('.') + key + QStringLiteral(": ") + QLatin1String(what);
        }
    }

    QJsonValue value(const QString& key) const { return m_object.value(key); }

    QString string(const QString& key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isString()) {
            fail(key, "not a string");
            return {};
        }
        return v.toString();
    }

    std::optional<double> number(const QString& key, double min, double max, bool integer)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            return std::nullopt;
        }
        if (!v.isDouble()) {
            fail(key, "not a number");
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max || (integer && std::floor(d) != d)) {
            fail(key, "number out of range");
            return std::nullopt;
        }
        return d;
    }

    /// Above 0 and at most `max`, as the editor and the CLI require.
    std::optional<double> dose(const QString& key, double max)
    {
        const auto d = number(key, 0, max, false);
        if (d && *d <= 0) {
            fail(key, "dose not above 0");
            return std::nullopt;
        }
        return d;
    }

    std::optional<int> optInt(const QString& key, int min, int max)
    {
        const auto d = number(key, min, max, true);
        return d ? std::optional<int>(int(*d)) : std::nullopt;
    }

    int requiredInt(const QString& key, int min, int max)
    {
        const auto v = optInt(key, min, max);
        if (!v) {
            fail(key, "required number missing");
            return min;
        }
        return *v;
    }

    std::optional<std::int64_t> optInt64(const QString& key, double min, double max)
    {
        const auto d = number(key, min, max, true);
        return d ? std::optional<std::int64_t>(std::int64_t(*d)) : std::nullopt;
    }

    RecordId id(const QString& key = QStringLiteral("id"))
    {
        const auto v = optInt64(key, 1, 9007199254740991.0);
        if (!v) {
            fail(key, "required id missing");
            return 0;
        }
        return *v;
    }

    QDateTime dateTime(const QString& key, bool required)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(key, "required date-time missing");
            }
            return {};
        }
        if (!v.isString()) {
            fail(key, "not a date-time");
            return {};
        }
        const QString text = v.toString();
        // An offset is required: a bare local time would mean a different instant elsewhere.
        const bool hasOffset = text.endsWith(QLatin1Char('Z'))
            || (text.size() > 6 && (text.at(text.size() - 6) == u'+' || text.at(text.size() - 6) == u'-'));
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!hasOffset || !dt.isValid()) {
            fail(key, "not a date-time with offset");
            return {};
        }
        return dt.toOffsetFromUtc(dt.offsetFromUtc());
    }

    QDate date(const QString& key, bool required)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(key, "required date missing");
            }
            return {};
        }
        const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!d.isValid()) {
            fail(key, "not a date");
        }
        return d;
    }

    QStringList strings(const QString& key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isArray()) {
            fail(key, "not an array");
            return {};
        }
        QStringList out;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString()) {
                fail(key, "array item is not a string");
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }

    RecordMeta meta()
    {
        RecordMeta m;
        const QJsonValue v = value(QStringLiteral("meta"));
        if (v.isUndefined() || v.isNull()) {
            return m;
        }
        if (!v.isObject()) {
            fail(QStringLiteral("meta"), "not an object");
            return m;
        }
        Reader r(v.toObject(), m_path + QStringLiteral(".meta"), m_error);
        m.createdAt = r.dateTime(QStringLiteral("createdAt"), false);
        m.updatedAt = r.dateTime(QStringLiteral("updatedAt"), false);
        m.revision = r.optInt(QStringLiteral("revision"), 0, 2147483647).value_or(1);
        const QDateTime deleted = r.dateTime(QStringLiteral("deletedAt"), false);
        if (deleted.isValid()) {
            m.deletedAt = deleted;
        }
        return m;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString* m_error;
};

Phase decodePhase(Reader& r)
{
    Phase p;
    p.id = r.id();
    const auto kind = phaseKindFromKey(r.string(QStringLiteral("kind")));
    if (!kind) {
        r.fail(QStringLiteral("kind"), "unknown phase kind");
    }
    p.kind = kind.value_or(PhaseKind::Other);
    p.label = r.string(QStringLiteral("label"));
    p.start = r.date(QStringLiteral("start"), true);
    const QDate end = r.date(QStringLiteral("end"), false);
    if (end.isValid()) {
        p.end = end;
        if (p.start.isValid() && end < p.start) {
            r.fail(QStringLiteral("end"), "before start");
        }
    }
    p.notes = r.string(QStringLiteral("notes"));
    p.meta = r.meta();
    return p;
}

/// Version 2's "vitals" array, or version 1's before/after values as two readings without a time.
/// Any whole number is read here; vitals::problem() then judges it with the editor's ranges.
QList<VitalReading> decodeVitals(Reader& r)
{
    constexpr int AnyMin = -1000000;
    constexpr int AnyMax = 1000000;
    QList<VitalReading> readings;
    const QJsonValue value = r.value(QStringLiteral("vitals"));
    if (value.isUndefined() || value.isNull()) {
        for (const auto& [moment, prefix] : { std::pair { VitalMoment::Before, QStringLiteral("Before") },
                 std::pair { VitalMoment::After, QStringLiteral("After") } }) {
            VitalReading reading;
            reading.moment = moment;
            reading.systolic = r.optInt(QStringLiteral("systolic") + prefix, AnyMin, AnyMax);
            reading.diastolic = r.optInt(QStringLiteral("diastolic") + prefix, AnyMin, AnyMax);
            reading.heartRate = r.optInt(QStringLiteral("heartRate") + prefix, AnyMin, AnyMax);
            if (reading.systolic || reading.diastolic || reading.heartRate) {
                readings.append(reading);
            }
        }
    } else if (!value.isArray() || value.toArray().size() > vitals::MaxReadings) {
        r.fail(QStringLiteral("vitals"), "not an array of at most 24 readings");
        return readings;
    } else {
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isObject()) {
                r.fail(QStringLiteral("vitals"), "a reading is not an object");
                return readings;
            }
            QString itemError;
            Reader reading(item.toObject(), QStringLiteral("vitals"), &itemError);
            const auto moment = vitals::momentFromKey(reading.string(QStringLiteral("moment")));
            VitalReading v;
            v.moment = moment.value_or(VitalMoment::After);
            v.minutesAfterDose = reading.optInt(QStringLiteral("minutesAfterDose"), AnyMin, AnyMax);
            v.systolic = reading.optInt(QStringLiteral("systolic"), AnyMin, AnyMax);
            v.diastolic = reading.optInt(QStringLiteral("diastolic"), AnyMin, AnyMax);
            v.heartRate = reading.optInt(QStringLiteral("heartRate"), AnyMin, AnyMax);
            v.spo2 = reading.optInt(QStringLiteral("spo2"), AnyMin, AnyMax);
            if (!moment || !itemError.isEmpty()) {
                r.fail(QStringLiteral("vitals"), "a reading has an unknown moment or a value that is not a number");
                return readings;
            }
            readings.append(v);
        }
    }
    for (const VitalReading& reading : readings) {
        if (!vitals::problem(reading).isEmpty()) {
            r.fail(QStringLiteral("vitals"), "implausible blood pressure, heart rate, SpO2 or time");
            break;
        }
    }
    return readings;
}

Session decodeSession(Reader& r)
{
    Session s;
    s.id = r.id();
    s.occurredAt = r.dateTime(QStringLiteral("occurredAt"), true);
    s.modality = r.string(QStringLiteral("modality"));
    s.route = r.string(QStringLiteral("route"));
    s.routeOther = r.string(QStringLiteral("routeOther"));
    s.doseMg = r.dose(QStringLiteral("doseMg"), limits::DoseMgMax);
    s.doseMgPerKg = r.dose(QStringLiteral("doseMgPerKg"), limits::DoseMgPerKgMax);
    s.provider = r.string(QStringLiteral("provider"));
    s.setting = r.string(QStringLiteral("setting"));
    s.present = r.string(QStringLiteral("present"));
    s.intention = r.string(QStringLiteral("intention"));
    s.moodBefore = r.optInt(QStringLiteral("moodBefore"), limits::RatingMin, limits::RatingMax);
    s.moodAfter = r.optInt(QStringLiteral("moodAfter"), limits::RatingMin, limits::RatingMax);
    s.vitals = decodeVitals(r);
    s.dissociation = r.optInt(QStringLiteral("dissociation"), limits::RatingMin, limits::RatingMax);
    s.dissociationClinicScore = r.optInt(QStringLiteral("dissociationClinicScore"), 0, vitals::ClinicScoreMax);
    s.dissociationClinicScale = r.string(QStringLiteral("dissociationClinicScale"));
    s.sideEffects = r.strings(QStringLiteral("sideEffects"));
    s.experience = r.string(QStringLiteral("experience"));
    s.costCents = r.optInt64(QStringLiteral("costCents"), 0, 9007199254740991.0);
    s.currency = r.string(QStringLiteral("currency"));
    s.meta = r.meta();
    return s;
}

IntegrationNote decodeNote(Reader& r)
{
    IntegrationNote n;
    n.id = r.id();
    if (!r.value(QStringLiteral("sessionId")).isNull() && !r.value(QStringLiteral("sessionId")).isUndefined()) {
        n.sessionId = r.id(QStringLiteral("sessionId"));
    }
    n.writtenAt = r.dateTime(QStringLiteral("writtenAt"), true);
    n.title = r.string(QStringLiteral("title"));
    n.body = r.string(QStringLiteral("body"));
    n.tags = r.strings(QStringLiteral("tags"));
    n.meta = r.meta();
    return n;
}

MoodCheckin decodeCheckin(Reader& r)
{
    MoodCheckin c;
    c.id = r.id();
    c.at = r.dateTime(QStringLiteral("at"), true);
    c.mood = r.requiredInt(QStringLiteral("mood"), limits::RatingMin, limits::RatingMax);
    c.anxiety = r.optInt(QStringLiteral("anxiety"), limits::RatingMin, limits::RatingMax);
    c.energy = r.optInt(QStringLiteral("energy"), limits::RatingMin, limits::RatingMax);
    c.sleep = r.optInt(QStringLiteral("sleep"), limits::RatingMin, limits::RatingMax);
    c.note = r.string(QStringLiteral("note"));
    c.tags = r.strings(QStringLiteral("tags"));
    c.importKey = r.string(QStringLiteral("importKey"));
    c.meta = r.meta();
    return c;
}

QuestionnaireResponse decodeQuestionnaire(Reader& r)
{
    QuestionnaireResponse q;
    q.id = r.id();
    const auto kind = questionnaireKindFromKey(r.string(QStringLiteral("kind")));
    if (!kind) {
        r.fail(QStringLiteral("kind"), "unknown questionnaire kind");
    }
    q.kind = kind.value_or(QuestionnaireKind::Phq9);
    q.at = r.dateTime(QStringLiteral("at"), true);
    const QJsonValue answers = r.value(QStringLiteral("answers"));
    if (!answers.isArray()) {
        r.fail(QStringLiteral("answers"), "not an array");
    } else {
        for (const QJsonValue& a : answers.toArray()) {
            if (!a.isDouble() || a.toDouble() != std::floor(a.toDouble()) || a.toDouble() < 0 || a.toDouble() > 3) {
                r.fail(QStringLiteral("answers"), "answers must be whole numbers 0-3");
                break;
            }
            q.answers.append(int(a.toDouble()));
        }
    }
    if (!r.failed() && !questionnaire::isComplete(q.kind, q.answers)) {
        r.fail(QStringLiteral("answers"), "wrong number of answers");
    }
    q.difficulty = r.optInt(QStringLiteral("difficulty"), 0, questionnaire::DifficultyMax);
    q.meta = r.meta();
    return q;
}

Item9Change decodeItem9Change(Reader& r)
{
    Item9Change c;
    c.id = r.id();
    if (!r.value(QStringLiteral("questionnaireId")).isNull()) {
        c.questionnaireId = r.id(QStringLiteral("questionnaireId"));
    }
    const auto kind = item9ChangeKindFromKey(r.string(QStringLiteral("change")));
    if (!kind) {
        r.fail(QStringLiteral("change"), "unknown item-9 change");
    }
    c.kind = kind.value_or(Item9ChangeKind::AnswerLowered);
    c.answeredAt = r.dateTime(QStringLiteral("answeredAt"), true);
    c.previousAnswer = r.requiredInt(QStringLiteral("previousAnswer"), 1, 3);
    c.newAnswer = r.optInt(QStringLiteral("newAnswer"), 0, 2);
    if (!r.failed() && (c.kind == Item9ChangeKind::AnswerLowered) != c.newAnswer.has_value()) {
        r.fail(QStringLiteral("newAnswer"), "a lowered answer needs its new value, other changes none");
    }
    if (!r.failed() && c.newAnswer && *c.newAnswer >= c.previousAnswer) {
        r.fail(QStringLiteral("newAnswer"), "not lower than the previous answer");
    }
    c.changedAt = r.dateTime(QStringLiteral("changedAt"), true);
    return c;
}

template <typename T>
QList<T> decodeAll(const QJsonObject& root, const QString& key, T (*decode)(Reader&), QString* error)
{
    QList<T> out;
    const QJsonValue v = root.value(key);
    if (v.isUndefined() || v.isNull()) {
        return out;
    }
    if (!v.isArray()) {
        *error = key + QStringLiteral(": not an array");
        return out;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size() && error->isEmpty(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array.at(i).isObject()) {
            *error = path + QStringLiteral(": not an object");
            break;
        }
        Reader reader(array.at(i).toObject(), path, error);
        out.append(decode(reader));
    }
    return out;
}

} // namespace

// ---- one record each (the export's lists, and `kapjournal-cli list --json`) -------------

QJsonObject JsonExportFormat::toJson(const Phase& p)
{
    return QJsonObject {
        { QStringLiteral("id"), double(p.id) },
        { QStringLiteral("kind"), phaseKindKey(p.kind) },
        { QStringLiteral("label"), p.label },
        { QStringLiteral("start"), day(p.start) },
        { QStringLiteral("end"), p.end ? day(*p.end) : QJsonValue::Null },
        { QStringLiteral("notes"), p.notes },
        { QStringLiteral("meta"), meta(p.meta) },
    };
}

QJsonObject JsonExportFormat::toJson(const Session& s)
{
    return QJsonObject {
        { QStringLiteral("id"), double(s.id) },
        { QStringLiteral("occurredAt"), dateTime(s.occurredAt) },
        { QStringLiteral("modality"), s.modality },
        { QStringLiteral("route"), s.route },
        { QStringLiteral("routeOther"), s.routeOther },
        { QStringLiteral("doseMg"), optional(s.doseMg) },
        { QStringLiteral("doseMgPerKg"), optional(s.doseMgPerKg) },
        { QStringLiteral("provider"), s.provider },
        { QStringLiteral("setting"), s.setting },
        { QStringLiteral("present"), s.present },
        { QStringLiteral("intention"), s.intention },
        { QStringLiteral("moodBefore"), optional(s.moodBefore) },
        { QStringLiteral("moodAfter"), optional(s.moodAfter) },
        { QStringLiteral("vitals"), encodeVitals(s.vitals) },
        { QStringLiteral("dissociation"), optional(s.dissociation) },
        { QStringLiteral("dissociationClinicScore"), optional(s.dissociationClinicScore) },
        { QStringLiteral("dissociationClinicScale"), s.dissociationClinicScale },
        { QStringLiteral("sideEffects"), QJsonArray::fromStringList(s.sideEffects) },
        { QStringLiteral("experience"), s.experience },
        { QStringLiteral("costCents"), optional(s.costCents) },
        { QStringLiteral("currency"), s.currency },
        { QStringLiteral("meta"), meta(s.meta) },
    };
}

QJsonObject JsonExportFormat::toJson(const IntegrationNote& n)
{
    return QJsonObject {
        { QStringLiteral("id"), double(n.id) },
        { QStringLiteral("sessionId"), optional(n.sessionId) },
        { QStringLiteral("writtenAt"), dateTime(n.writtenAt) },
        { QStringLiteral("title"), n.title },
        { QStringLiteral("body"), n.body },
        { QStringLiteral("tags"), QJsonArray::fromStringList(n.tags) },
        { QStringLiteral("meta"), meta(n.meta) },
    };
}

QJsonObject JsonExportFormat::toJson(const MoodCheckin& c)
{
    return QJsonObject {
        { QStringLiteral("id"), double(c.id) },
        { QStringLiteral("at"), dateTime(c.at) },
        { QStringLiteral("mood"), c.mood },
        { QStringLiteral("anxiety"), optional(c.anxiety) },
        { QStringLiteral("energy"), optional(c.energy) },
        { QStringLiteral("sleep"), optional(c.sleep) },
        { QStringLiteral("note"), c.note },
        { QStringLiteral("tags"), QJsonArray::fromStringList(c.tags) },
        { QStringLiteral("importKey"), c.importKey },
        { QStringLiteral("meta"), meta(c.meta) },
    };
}

QJsonObject JsonExportFormat::toJson(const QuestionnaireResponse& q)
{
    QJsonArray answers;
    for (int a : q.answers) {
        answers.append(a);
    }
    const auto total = questionnaire::total(q.kind, q.answers);
    const auto severity = total ? questionnaire::severity(q.kind, *total) : std::nullopt;
    return QJsonObject {
        { QStringLiteral("id"), double(q.id) },
        { QStringLiteral("kind"), questionnaireKindKey(q.kind) },
        { QStringLiteral("at"), dateTime(q.at) },
        { QStringLiteral("answers"), answers },
        { QStringLiteral("total"), total ? QJsonValue(*total) : QJsonValue::Null },
        { QStringLiteral("severity"), severity ? QJsonValue(questionnaire::severityKey(*severity)) : QJsonValue::Null },
        { QStringLiteral("item9Flag"), questionnaire::item9Flag(q) },
        { QStringLiteral("difficulty"), optional(q.difficulty) },
        { QStringLiteral("meta"), meta(q.meta) },
    };
}

QJsonObject JsonExportFormat::toJson(const Item9Change& c)
{
    return QJsonObject {
        { QStringLiteral("id"), double(c.id) },
        { QStringLiteral("questionnaireId"),
            c.questionnaireId ? QJsonValue(double(*c.questionnaireId)) : QJsonValue::Null },
        { QStringLiteral("change"), item9ChangeKindKey(c.kind) },
        { QStringLiteral("answeredAt"), dateTime(c.answeredAt) },
        { QStringLiteral("previousAnswer"), c.previousAnswer },
        { QStringLiteral("newAnswer"), optional(c.newAnswer) },
        { QStringLiteral("changedAt"), dateTime(c.changedAt) },
    };
}

QByteArray JsonExportFormat::encode(const JournalSnapshot& snapshot)
{
    QJsonObject prefs;
    for (auto it = snapshot.preferences.cbegin(); it != snapshot.preferences.cend(); ++it) {
        prefs.insert(it.key(), it.value());
    }
    const QJsonObject root {
        { QStringLiteral("format"), QLatin1String(FormatName) },
        { QStringLiteral("version"), Version },
        { QStringLiteral("exportedAt"), dateTime(snapshot.exportedAt) },
        { QStringLiteral("schemaVersion"), snapshot.schemaVersion },
        { QStringLiteral("phases"), encodeAll(snapshot.phases) },
        { QStringLiteral("sessions"), encodeAll(snapshot.sessions) },
        { QStringLiteral("notes"), encodeAll(snapshot.notes) },
        { QStringLiteral("checkins"), encodeAll(snapshot.checkins) },
        { QStringLiteral("questionnaires"), encodeAll(snapshot.questionnaires) },
        { QStringLiteral("item9Changes"), encodeAll(snapshot.item9Changes) },
        { QStringLiteral("preferences"), prefs },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

qsizetype JsonExportFormat::estimatedDocumentBytes(QByteArrayView json)
{
    // Strings end at the first quote not escaped by a backslash, for this count as for the parser,
    // so both see the same structure up to where the parser stops.
    qsizetype containers = 0;
    qsizetype separators = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++containers;
        } else if (c == ',' || c == ':') {
            ++separators;
        }
    }
    // Every value follows a separator or opens a container, except the first. The margins over
    // the measured costs cover the growth of lists and string buffers by doubling.
    const qsizetype values = separators + containers + 1;
    return 2 * json.size() + 32 * values + 256 * containers;
}

Result<JournalSnapshot> JsonExportFormat::decode(const QByteArray& json)
{
    if (json.size() > MaxInputBytes) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("too_large"));
    }
    if (estimatedDocumentBytes(json) > MaxDocumentBytes) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("too_complex"));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("not a KAP Journal export (no top-level object)"));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FormatName)) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("not a KAP Journal export (format)"));
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble())) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("version: not a whole number"));
    }
    if (version.toDouble() > Version) {
        return makeError(ErrorCode::NewerVersion, QStringLiteral("export format version %1").arg(version.toDouble()));
    }

    JournalSnapshot snapshot;
    QString error;
    Reader top(root, QStringLiteral("$"), &error);
    snapshot.exportedAt = top.dateTime(QStringLiteral("exportedAt"), false);
    snapshot.schemaVersion = top.optInt(QStringLiteral("schemaVersion"), 0, 1000000).value_or(0);
    snapshot.phases = decodeAll<Phase>(root, QStringLiteral("phases"), &decodePhase, &error);
    snapshot.sessions = decodeAll<Session>(root, QStringLiteral("sessions"), &decodeSession, &error);
    snapshot.notes = decodeAll<IntegrationNote>(root, QStringLiteral("notes"), &decodeNote, &error);
    snapshot.checkins = decodeAll<MoodCheckin>(root, QStringLiteral("checkins"), &decodeCheckin, &error);
    snapshot.questionnaires
        = decodeAll<QuestionnaireResponse>(root, QStringLiteral("questionnaires"), &decodeQuestionnaire, &error);
    snapshot.item9Changes = decodeAll<Item9Change>(root, QStringLiteral("item9Changes"), &decodeItem9Change, &error);
    const QJsonValue prefs = root.value(QStringLiteral("preferences"));
    if (!prefs.isUndefined() && !prefs.isNull()) {
        if (!prefs.isObject()) {
            error = QStringLiteral("preferences: not an object");
        } else {
            const QJsonObject object = prefs.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (!it.value().isString()) {
                    error = QStringLiteral("preferences.%1: not a string").arg(it.key());
                    break;
                }
                snapshot.preferences.insert(it.key(), it.value().toString());
            }
        }
    }
    if (!error.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, error);
    }
    // Links and ids must be consistent before anything is written.
    QSet<RecordId> sessionIds;
    for (const Session& s : snapshot.sessions) {
        if (sessionIds.contains(s.id)) {
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("sessions: duplicate id %1").arg(s.id));
        }
        sessionIds.insert(s.id);
    }
    for (qsizetype i = 0; i < snapshot.notes.size(); ++i) {
        const auto& link = snapshot.notes.at(i).sessionId;
        if (link && !sessionIds.contains(*link)) {
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("notes[%1].sessionId: no such session").arg(i));
        }
    }
    QSet<RecordId> questionnaireIds;
    for (const QuestionnaireResponse& q : snapshot.questionnaires) {
        if (questionnaireIds.contains(q.id)) {
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("questionnaires: duplicate id %1").arg(q.id));
        }
        questionnaireIds.insert(q.id);
    }
    for (qsizetype i = 0; i < snapshot.item9Changes.size(); ++i) {
        const auto& link = snapshot.item9Changes.at(i).questionnaireId;
        if (link && !questionnaireIds.contains(*link)) {
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("item9Changes[%1].questionnaireId: no such questionnaire").arg(i));
        }
    }
    QSet<QString> importKeys;
    for (qsizetype i = 0; i < snapshot.checkins.size(); ++i) {
        const QString& key = snapshot.checkins.at(i).importKey;
        if (!key.isEmpty() && importKeys.contains(key)) {
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("checkins[%1].importKey: duplicate").arg(i));
        }
        importKeys.insert(key);
    }
    return snapshot;
}

} // namespace kap
