// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The records a person keeps, as plain values. Times are QDateTime values that carry the UTC
// offset in force when they were entered (Qt::OffsetFromUTC): storage keeps the UTC instant and
// that offset, so a day or a week is the person's local day or week even after travel or a DST
// change. Optional numbers use std::optional: "not recorded" is never confused with 0.

#include "storage/Vitals.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace kap {

using RecordId = std::int64_t;

/// Bookkeeping every record carries. `revision` grows by one on every successful update and is
/// how an edit made in another window is detected (optimistic concurrency).
struct RecordMeta
{
    QDateTime createdAt;
    QDateTime updatedAt;
    int revision = 0;
    std::optional<QDateTime> deletedAt; ///< set while the record is in the trash
};

enum class PhaseKind { Induction, Maintenance, Other };

/// A treatment period. A person can have several courses over the years (a second induction after
/// a relapse, then maintenance again).
struct Phase
{
    RecordId id = 0;
    PhaseKind kind = PhaseKind::Induction;
    QString label; ///< e.g. "First course"; may be empty
    QDate start;
    std::optional<QDate> end; ///< inclusive; open-ended while the phase continues
    QString notes;
    RecordMeta meta;

    bool contains(QDate day) const { return day >= start && (!end || day <= *end); }
};

/// One dose event. Free-text fields keep whatever the person wrote; the enumerated ones
/// (modality, route, setting) hold the keys listed beside them or, for route, "other" with
/// `routeOther` filled in.
struct Session
{
    RecordId id = 0;
    QDateTime occurredAt;
    QString modality; ///< one of modalitykeys::all(), or empty when not recorded
    QString route; ///< one of routekeys::all(), or empty when not recorded
    QString routeOther; ///< the person's own words when route is routekeys::Other
    std::optional<double> doseMg;
    std::optional<double> doseMgPerKg;
    QString provider; ///< provider or clinic
    QString setting; ///< one of settingkeys::all(), or empty when not recorded
    QString present; ///< one of presentkeys::all(), or free text (who was present)
    QString intention;
    std::optional<int> moodBefore; ///< 0-10
    std::optional<int> moodAfter; ///< 0-10
    QList<VitalReading> vitals; ///< timed readings, in the order taken (Vitals.h)
    std::optional<int> dissociation; ///< 0-10 self-rating: 0 none, 5 clearly detached, 10 completely
    std::optional<int> dissociationClinicScore; ///< a clinic's score, e.g. CADSS
    QString dissociationClinicScale; ///< its name as the clinic gave it, e.g. "CADSS"
    QStringList sideEffects; ///< keys of sideeffectkeys::all(), or free text
    QString experience; ///< the experience in their own words
    std::optional<std::int64_t> costCents;
    QString currency; ///< ISO 4217, e.g. "USD"
    RecordMeta meta;
};

/// The stored keys of Session::modality, in the order the screens offer them (labels: EntryText).
namespace modalitykeys {

constexpr QLatin1String Kap("kap");
constexpr QLatin1String IvInfusion("iv_infusion");
constexpr QLatin1String Esketamine("esketamine");
constexpr QLatin1String Other("other");
/// Every key above, in that order.
QStringList all();

} // namespace modalitykeys

/// The stored keys of Session::route, in the order the screens offer them (labels: text/RouteText).
namespace routekeys {

constexpr QLatin1String Sublingual("sublingual");
constexpr QLatin1String Intramuscular("im");
constexpr QLatin1String Intravenous("iv");
constexpr QLatin1String Intranasal("intranasal");
constexpr QLatin1String Oral("oral");
constexpr QLatin1String Other("other"); ///< with Session::routeOther in the person's words
/// Every key above, in that order.
QStringList all();

} // namespace routekeys

/// The stored keys of Session::setting, in the order the screens offer them (labels: EntryText).
namespace settingkeys {

constexpr QLatin1String Clinic("clinic");
constexpr QLatin1String Home("home");
constexpr QLatin1String Telehealth("telehealth");
constexpr QLatin1String Other("other");
/// Every key above, in that order.
QStringList all();

} // namespace settingkeys

/// The stored keys of Session::present (who was there), in the order the editor offers them
/// (labels: text/EntryText). Anything else is the person's own words.
namespace presentkeys {

constexpr QLatin1String Therapist("therapist");
constexpr QLatin1String Sitter("sitter");
constexpr QLatin1String Alone("alone");
/// Every key above, in that order.
QStringList all();

} // namespace presentkeys

/// The stored keys of Session::sideEffects that the editor offers as check boxes (labels:
/// text/EntryText). Anything else is the person's own words.
namespace sideeffectkeys {

constexpr QLatin1String Nausea("nausea");
constexpr QLatin1String Headache("headache");
constexpr QLatin1String Dizziness("dizziness");
constexpr QLatin1String Sedation("sedation");
constexpr QLatin1String Anxiety("anxiety"); ///< anxiety during the session
constexpr QLatin1String Urinary("urinary"); ///< bladder symptoms, a known risk of repeated use
/// Every key above, in that order.
QStringList all();

} // namespace sideeffectkeys

/// Reflection written after a session, linked to it or free-standing.
struct IntegrationNote
{
    RecordId id = 0;
    std::optional<RecordId> sessionId;
    QDateTime writtenAt;
    QString title;
    QString body;
    QStringList tags;
    RecordMeta meta;
};

/// A quick mood rating; several a day are allowed. `importKey` is set for imported rows so a
/// re-import adds nothing (unique when not empty).
struct MoodCheckin
{
    RecordId id = 0;
    QDateTime at;
    int mood = 5; ///< 0-10, the chart's main line
    std::optional<int> anxiety; ///< 0-10
    std::optional<int> energy; ///< 0-10
    std::optional<int> sleep; ///< 0-10, sleep quality
    QString note;
    QStringList tags;
    QString importKey;
    RecordMeta meta;
};

/// The one home of the sessions' and check-ins' plausible ranges (the vitals' are in Vitals.h);
/// the editor, the check-in form, the CLI and JSON import all check against these.
namespace limits {

/// Every 0-10 self-rating: mood, anxiety, energy, sleep and dissociation.
constexpr int RatingMin = 0;
constexpr int RatingMax = 10;
/// A dose is above 0 and at most this: far beyond any ketamine dose, so only a typo is refused.
constexpr double DoseMgMax = 10000.0;
constexpr double DoseMgPerKgMax = 100.0;

} // namespace limits

enum class QuestionnaireKind { Phq9, Gad7 };

/// A completed PHQ-9 or GAD-7: the item answers (0-3 each). Totals, bands and the item-9 flag are
/// computed from the answers by Questionnaire.h, never stored separately by callers.
struct QuestionnaireResponse
{
    RecordId id = 0;
    QuestionnaireKind kind = QuestionnaireKind::Phq9;
    QDateTime at;
    QList<int> answers;
    /// The unscored last question ("how difficult have these problems made it ..."): 0 not
    /// difficult at all .. 3 extremely difficult; none when skipped.
    std::optional<int> difficulty;
    RecordMeta meta;
};

/// What happened to a flagged PHQ-9 item-9 answer (above 0). The flag never disappears silently:
/// lowering the answer or trashing the questionnaire leaves one of these, and the report shows it.
enum class Item9ChangeKind { AnswerLowered, MovedToTrash, Restored };

/// A dated trace of a flagged item-9 answer that was lowered, trashed or restored. Kept when the
/// questionnaire itself is purged.
struct Item9Change
{
    RecordId id = 0;
    /// The questionnaire it belongs to; none once that was purged.
    std::optional<RecordId> questionnaireId;
    Item9ChangeKind kind = Item9ChangeKind::AnswerLowered;
    /// When the questionnaire was answered (its own date and time at the change).
    QDateTime answeredAt;
    /// The flagged answer before the change: 1-3.
    int previousAnswer = 0;
    /// AnswerLowered: the new answer (0-2). Otherwise the answer stays as it was.
    std::optional<int> newAnswer;
    QDateTime changedAt;
};

/// One point of the daily mood series: the mean of the check-ins of one local day.
struct DailyMood
{
    QDate day;
    double mood = 0;
    std::optional<double> anxiety;
    std::optional<double> energy;
    std::optional<double> sleep;
    int count = 0;
};

/// The kinds of record that appear in the timeline, the trash and search results.
enum class EntryKind { Session, Note, Checkin, Questionnaire, Phase };

/// An inclusive range of local days; an invalid (null) QDate leaves that end open.
struct DayRange
{
    QDate first;
    QDate last;
    bool contains(QDate day) const { return (!first.isValid() || day >= first) && (!last.isValid() || day <= last); }
};

enum class SortOrder { OldestFirst, NewestFirst };

/// Range, order and paging for list queries. Trashed records are never listed.
struct ListQuery
{
    DayRange range;
    SortOrder order = SortOrder::OldestFirst;
    int limit = -1; ///< -1: no limit
    int offset = 0;
};

QString entryKindKey(EntryKind kind); ///< "session", "note", "checkin", "questionnaire", "phase"
std::optional<EntryKind> entryKindFromKey(const QString& key);
QString phaseKindKey(PhaseKind kind); ///< "induction", "maintenance", "other"
std::optional<PhaseKind> phaseKindFromKey(const QString& key);
QString questionnaireKindKey(QuestionnaireKind kind); ///< "phq9", "gad7"
QString item9ChangeKindKey(Item9ChangeKind kind); ///< "lowered", "trashed", "restored"
std::optional<Item9ChangeKind> item9ChangeKindFromKey(const QString& key);
std::optional<QuestionnaireKind> questionnaireKindFromKey(const QString& key);

} // namespace kap
